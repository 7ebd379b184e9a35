#include "matchsuggestionsdialog.h"

#include "core/clients/clientservice.h"
#include "core/clock.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/workforce/formdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

constexpr int kDefaultMatchWeeks = 26; // BRIEF §2: about four to six months

} // namespace

MatchSuggestionsDialog::MatchSuggestionsDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo,
    qint64 episodeId, const QString& personName, qint64 rematchOf, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_undo(undo)
    , m_episodeId(episodeId)
    , m_rematchOf(rematchOf)
    , m_personName(personName)
    , m_intro(new WrappingLabel(QString(), this))
    , m_ranked(new QTreeWidget(this))
    , m_reasons(new WrappingLabel(QString(), this))
    , m_excluded(new QTreeWidget(this))
    , m_excludedTitle(new QLabel(this))
    , m_startNow(new QCheckBox(tr("Start the match &now (otherwise it is proposed, to start once both agree)"), this))
    , m_on(newDateEdit(tr("Date"), core::Clock::instance().today(), this))
    , m_plannedEnd(newDateEdit(tr("Planned end"), core::Clock::instance().today(), this))
    , m_problem(new FeedbackBanner(QStringLiteral("problemLabel"), this))
{
    setObjectName(QStringLiteral("matchSuggestionsDialog"));
    setWindowTitle(rematchOf ? tr("Re-match %1").arg(personName) : tr("Find a Mentor for %1").arg(personName));
    m_intro->setObjectName(QStringLiteral("introLabel"));

    auto* rankedTitle = new QLabel(tr("&Eligible mentors, best match first:"), this);
    rankedTitle->setBuddy(m_ranked);
    m_ranked->setObjectName(QStringLiteral("rankedTree"));
    m_ranked->setAccessibleName(tr("Eligible mentors, best match first"));
    m_ranked->setRootIsDecorated(false);
    m_ranked->setUniformRowHeights(true);
    m_ranked->setHeaderLabels({ tr("Rank"), tr("Mentor"), tr("Score"), tr("Places left"), tr("Why") });
    m_ranked->header()->setStretchLastSection(true);

    m_reasons->setObjectName(QStringLiteral("reasonsLabel"));
    m_reasons->setAccessibleName(tr("Reasons for the selected mentor"));
    m_reasons->setTextFormat(Qt::PlainText);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reasons->setFocusPolicy(Qt::StrongFocus);

    m_excludedTitle->setObjectName(QStringLiteral("excludedTitle"));
    m_excludedTitle->setBuddy(m_excluded);
    m_excluded->setObjectName(QStringLiteral("excludedTree"));
    m_excluded->setAccessibleName(tr("Mentors who cannot be matched now, and why"));
    m_excluded->setRootIsDecorated(false);
    m_excluded->setHeaderLabels({ tr("Mentor"), tr("Why not") });
    m_excluded->header()->setStretchLastSection(true);

    m_startNow->setObjectName(QStringLiteral("startNowCheck"));
    m_on->setObjectName(QStringLiteral("onDateEdit"));
    m_plannedEnd->setObjectName(QStringLiteral("plannedEndEdit"));
    for (QDateEdit* edit : { m_on, m_plannedEnd }) {
        edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    m_startNow->setAccessibleName(tr("Start the match now"));
    const QDate today = core::Clock::instance().today();
    m_on->setDate(today);
    m_on->setMaximumDate(today);
    m_plannedEnd->setDate(today.addDays(7 * kDefaultMatchWeeks));
    auto episode = core::ClientService(m_db).episode(m_actor, m_episodeId);
    if (episode && episode.value().plannedEndOn.isValid() && episode.value().plannedEndOn > today) {
        m_plannedEnd->setDate(episode.value().plannedEndOn);
    }

    auto* when = new QFormLayout;
    when->addRow(m_startNow);
    m_dateLabel = new QLabel(tr("Proposed &on:"), this);
    m_dateLabel->setBuddy(m_on);
    when->addRow(m_dateLabel, m_on);
    when->addRow(tr("Planned &end (once started):"), m_plannedEnd);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Propose Match"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("proposeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(rankedTitle);
    topLayout->addWidget(m_ranked, 3);
    auto* reasonsTitle = new QLabel(tr("Why this mentor:"), this);
    topLayout->addWidget(reasonsTitle);
    topLayout->addWidget(m_reasons);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_excludedTitle);
    bottomLayout->addWidget(m_excluded);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(split, 1);
    layout->addLayout(when);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_ranked, &QTreeWidget::currentItemChanged, this, [this] {
        showReasons();
        updateButtons();
    });
    connect(m_ranked, &QTreeWidget::itemActivated, this, [this] { accept(); });
    connect(m_startNow, &QCheckBox::toggled, this, [this] { updateButtons(); });
    load();
    updateButtons();
    resize(900, 640);
}

void MatchSuggestionsDialog::load()
{
    auto result = core::MatchingService(m_db).suggest(m_actor, m_episodeId);
    if (!result) {
        m_intro->setText(tr("Mentors cannot be suggested: %1").arg(result.error().message));
        m_problem->showProblem(result.error().message);
        return;
    }
    m_suggestions = result.value();
    QString intro = tr("Mentors for %1 who are active, trained for the role, have a DBS check and supervision in "
                       "date, and have a place free on %2. They are ranked by what %1 asked for; the reasons say "
                       "why; the score adds up what each mentor offers of it. Choose one and propose the match.")
                        .arg(m_personName, QLocale().toString(m_suggestions.asOf, QLocale::LongFormat));
    if (m_rematchOf) {
        const auto current = core::MatchingService(m_db).matches(m_actor, m_episodeId);
        for (const core::MentorMatch& m : current ? current.value() : QList<core::MentorMatch>()) {
            if (m.id == m_rematchOf) {
                intro += QLatin1Char(' ')
                    + tr("The match with %1 ends today as \"re-matched\" when you propose the new mentor.")
                          .arg(m.mentorName);
            }
        }
    }
    if (!m_suggestions.livedExperienceConsidered) {
        intro += QLatin1Char(' ')
            + tr("Shared lived experience was not considered: your role cannot see people's lived experience.");
    }
    if (m_suggestions.ranked.isEmpty()) {
        intro += QLatin1Char(' ')
            + tr("Nobody can be matched today: see below why each mentor is shut out. Free a place, bring a "
                 "check up to date, or try again later.");
    }
    m_intro->setText(intro);

    m_ranked->clear();
    int rank = 0;
    for (const core::MentorCandidate& c : std::as_const(m_suggestions.ranked)) {
        QStringList met;
        for (const core::MatchReason& r : c.reasons) {
            if (r.points > 0 && r.key != QLatin1String("capacity")) { // places have their own column
                met << r.text;
            }
        }
        auto* item = new QTreeWidgetItem(m_ranked,
            { QString::number(++rank), c.name, QString::number(c.score), QString::number(c.capacityLeft),
                met.isEmpty() ? tr("No stated preference met") : met.join(QStringLiteral("; ")) });
        item->setData(0, Qt::UserRole, c.workerId);
        item->setToolTip(4, c.reasonsText());
    }
    for (int column = 0; column < 4; ++column) {
        m_ranked->resizeColumnToContents(column);
    }
    if (m_ranked->topLevelItemCount() > 0) {
        m_ranked->setCurrentItem(m_ranked->topLevelItem(0));
    }

    m_excluded->clear();
    for (const core::MentorCandidate& c : std::as_const(m_suggestions.excluded)) {
        auto* item = new QTreeWidgetItem(m_excluded, { c.name, c.exclusions.join(QStringLiteral("; ")) });
        item->setToolTip(1, c.exclusions.join(QLatin1Char('\n')));
    }
    m_excluded->resizeColumnToContents(0);
    m_excludedTitle->setText(tr("&Not eligible now (%n):", nullptr, int(m_suggestions.excluded.size())));
    showReasons();
}

void MatchSuggestionsDialog::showReasons()
{
    const QTreeWidgetItem* item = m_ranked->currentItem();
    if (!item) {
        m_reasons->setText(tr("Choose a mentor above to see why they are suggested."));
        return;
    }
    const qint64 workerId = item->data(0, Qt::UserRole).toLongLong();
    for (const core::MentorCandidate& c : std::as_const(m_suggestions.ranked)) {
        if (c.workerId != workerId) {
            continue;
        }
        QStringList lines;
        for (const core::MatchReason& r : c.reasons) {
            lines << (r.points > 0 ? tr("Met (+%1): %2").arg(r.points).arg(r.text) : tr("Not met: %1").arg(r.text));
        }
        if (lines.isEmpty()) {
            lines << tr("%1 passes every check; %2 stated no preference this mentor meets.").arg(c.name, m_personName);
        }
        m_reasons->setText(lines.join(QLatin1Char('\n')));
        return;
    }
}

void MatchSuggestionsDialog::updateButtons()
{
    m_ok->setEnabled(m_ranked->currentItem() != nullptr);
    m_ok->setText(m_startNow->isChecked() ? tr("&Start Match")
            : m_rematchOf                 ? tr("&Propose New Mentor")
                                          : tr("&Propose Match"));
    m_plannedEnd->setEnabled(m_startNow->isChecked());
    if (m_dateLabel) {
        m_dateLabel->setText(m_startNow->isChecked() ? tr("Starts &on:") : tr("Proposed &on:"));
    }
    m_plannedEnd->setToolTip(m_startNow->isChecked() ? QString() : tr("Set when the match starts."));
}

void MatchSuggestionsDialog::accept()
{
    const QTreeWidgetItem* item = m_ranked->currentItem();
    if (!item) {
        m_problem->showProblem(tr("Choose a mentor first."));
        return;
    }
    const qint64 workerId = item->data(0, Qt::UserRole).toLongLong();
    QString reasons;
    for (const core::MentorCandidate& c : std::as_const(m_suggestions.ranked)) {
        if (c.workerId == workerId) {
            reasons = c.reasonsText();
        }
    }
    core::MatchingService matching(m_db);
    std::optional<core::MentorMatch> endedBefore;
    if (m_rematchOf) {
        auto matches = matching.matches(m_actor, m_episodeId);
        if (matches) {
            for (const core::MentorMatch& m : matches.value()) {
                if (m.id == m_rematchOf) {
                    endedBefore = m;
                }
            }
        }
    }
    auto id = m_rematchOf ? matching.rematch(m_actor, m_rematchOf, workerId, m_on->date(), reasons)
                          : matching.propose(m_actor, m_episodeId, workerId, m_on->date(), reasons);
    if (!id) {
        m_problem->showProblem(id.error().message);
        return;
    }
    m_matchId = id.value();
    if (m_startNow->isChecked()) {
        if (core::Status s = matching.start(m_actor, m_matchId, m_on->date(), m_plannedEnd->date()); !s) {
            // The proposal stands; say why it could not start, and how to start it later.
            prompts::warning(this, tr("Match Proposed, Not Started"),
                tr("The match was proposed but could not start: %1 Start it from the person's record once "
                   "that is put right.")
                    .arg(s.error().message));
        }
    }

    // Undo takes the new match away (and, for a re-match, puts the old one back as it was).
    auto matches = matching.matches(m_actor, m_episodeId);
    std::optional<core::MentorMatch> created;
    std::optional<core::MentorMatch> endedAfter;
    if (matches) {
        for (const core::MentorMatch& m : matches.value()) {
            if (m.id == m_matchId) {
                created = m;
            }
            if (m.id == m_rematchOf) {
                endedAfter = m;
            }
        }
    }
    if (m_undo && created) {
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        auto save = [db, actor](const core::MentorMatch& m) { return core::MatchingService(*db).saveMatch(actor, m); };
        auto remove = [db, actor](qint64 matchId) { return core::MatchingService(*db).removeMatch(actor, matchId); };
        const QString text = m_rematchOf ? tr("Re-match %1").arg(m_personName)
                                         : tr("Match %1 with %2").arg(m_personName, created->mentorName);
        m_undo->beginMacro(text);
        if (endedBefore && endedAfter) {
            pushSaved<core::MentorMatch>(m_undo, text, endedBefore, endedAfter, save, remove);
        }
        pushSaved<core::MentorMatch>(m_undo, text, std::nullopt, created, save, remove);
        m_undo->endMacro();
    }
    QDialog::accept();
}

} // namespace alongside::ui
