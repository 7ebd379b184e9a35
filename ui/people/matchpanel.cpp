#include "matchpanel.h"

#include "core/auth/permissions.h"
#include "core/clients/clientservice.h"
#include "core/clients/matching.h"
#include "core/clock.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/people/matchsuggestionsdialog.h"
#include "ui/workforce/formdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

template<typename W> W* named(W* widget, const QString& objectName)
{
    widget->setObjectName(objectName);
    return widget;
}

QPushButton* newButton(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

MatchPanel::MatchPanel(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_undo(undo)
    , m_canEdit(core::Permissions::allowed(actor.role, core::Permissions::Action::EditRecords))
    , m_summary(new WrappingLabel(QString(), this))
    , m_table(new QTreeWidget(this))
    , m_find(newButton(this, tr("&Find a Mentor…"), QStringLiteral("findMentorButton")))
    , m_start(newButton(this, tr("S&tart Match…"), QStringLiteral("startMatchButton")))
    , m_end(newButton(this, tr("E&nd Match…"), QStringLiteral("endMatchButton")))
    , m_rematch(newButton(this, tr("Re-&match…"), QStringLiteral("rematchButton")))
    , m_caseload(newButton(this, tr("Mentor's &Caseload…"), QStringLiteral("caseloadButton")))
{
    setObjectName(QStringLiteral("matchPanel"));
    m_summary->setObjectName(QStringLiteral("matchSummaryLabel"));
    m_table->setObjectName(QStringLiteral("matchesTree"));
    m_table->setAccessibleName(tr("Mentor matches in this episode"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels({ tr("Mentor"), tr("Match"), tr("Proposed"), tr("Started"), tr("Planned end"), tr("Ended"),
        tr("Why suggested") });
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 5);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { m_find, m_start, m_end, m_rematch, m_caseload }) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_find, &QPushButton::clicked, this, &MatchPanel::findMentor);
    connect(m_start, &QPushButton::clicked, this, &MatchPanel::startMatch);
    connect(m_end, &QPushButton::clicked, this, &MatchPanel::endMatch);
    connect(m_rematch, &QPushButton::clicked, this, &MatchPanel::rematch);
    connect(m_caseload, &QPushButton::clicked, this, [this] {
        if (const core::MentorMatch* m = selected()) {
            emit caseloadRequested(m->mentorId);
        }
    });
    connect(m_table, &QTreeWidget::currentItemChanged, this, &MatchPanel::updateButtons);
    setEpisode(0, QString());
}

void MatchPanel::setEpisode(qint64 episodeId, const QString& personName)
{
    m_episodeId = episodeId;
    m_personName = personName;
    reload();
}

void MatchPanel::reload()
{
    m_table->clear();
    m_matches.clear();
    m_episode = core::Episode();
    if (m_episodeId == 0) {
        m_summary->setText(tr("Choose an episode above to see its mentor matches."));
        updateButtons();
        return;
    }
    auto episode = core::ClientService(m_db).episode(m_actor, m_episodeId);
    if (!episode) {
        m_summary->setText(episode.error().message);
        updateButtons();
        return;
    }
    m_episode = episode.value();
    if (m_episode.componentKind != QLatin1String("mentoring")) {
        m_summary->setText(
            tr("%1 is not a mentoring service, so this episode has no mentor.").arg(m_episode.componentName));
        updateButtons();
        return;
    }
    auto matches = core::MatchingService(m_db).matches(m_actor, m_episodeId);
    if (!matches) {
        m_summary->setText(matches.error().message);
        updateButtons();
        return;
    }
    m_matches = matches.value();
    QString summary;
    const core::MentorMatch* current = nullptr;
    for (const core::MentorMatch& m : std::as_const(m_matches)) {
        if (m.status != QLatin1String("ended") && !current) {
            current = &m;
        }
        QString status = core::ClientService::matchStatusName(m.status);
        if (m.status == QLatin1String("ended")) {
            status += QStringLiteral(": ") + core::ClientService::endingReasonName(m.endingReason);
        }
        auto* item = new QTreeWidgetItem(m_table,
            { m.mentorName, status, shortDate(m.proposedOn), shortDate(m.startedOn), shortDate(m.plannedEndOn),
                shortDate(m.endedOn), QString(m.reasons).replace(QLatin1Char('\n'), QStringLiteral("; ")) });
        item->setData(0, Qt::UserRole, m.id);
        item->setToolTip(6, m.reasons);
    }
    if (!current) {
        if (m_episode.endedOn.isValid()) {
            summary = tr("This episode has ended.");
        } else if (!m_matches.isEmpty()) {
            const core::MentorMatch& last = m_matches.first();
            summary = tr("The match with %1 ended on %2 (%3). Use Find a Mentor to match %4 again.")
                          .arg(last.mentorName, shortDate(last.endedOn),
                              core::ClientService::endingReasonName(last.endingReason), m_personName);
        } else {
            summary = tr("No mentor yet: use Find a Mentor to see who fits best.");
        }
    } else if (current->status == QLatin1String("proposed")) {
        summary = tr("%1 was proposed on %2. Start the match once both have agreed.")
                      .arg(current->mentorName, shortDate(current->proposedOn));
    } else {
        summary = tr("Matched with %1 since %2.").arg(current->mentorName, shortDate(current->startedOn));
        if (current->plannedEndOn.isValid()) {
            summary += QLatin1Char(' ') + tr("Planned end: %1.").arg(shortDate(current->plannedEndOn));
        }
    }
    m_summary->setText(summary);
    for (int column = 0; column < m_table->columnCount() - 1; ++column) {
        m_table->resizeColumnToContents(column);
    }
    if (m_table->topLevelItemCount() > 0) {
        m_table->setCurrentItem(m_table->topLevelItem(0));
    }
    updateButtons();
}

const core::MentorMatch* MatchPanel::selected() const
{
    const QTreeWidgetItem* item = m_table->currentItem();
    if (!item) {
        return nullptr;
    }
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const core::MentorMatch& m : m_matches) {
        if (m.id == id) {
            return &m;
        }
    }
    return nullptr;
}

void MatchPanel::updateButtons()
{
    const bool mentoring = m_episode.id != 0 && m_episode.componentKind == QLatin1String("mentoring");
    const bool open = mentoring && !m_episode.endedOn.isValid();
    bool hasCurrent = false;
    for (const core::MentorMatch& m : std::as_const(m_matches)) {
        hasCurrent = hasCurrent || m.status != QLatin1String("ended");
    }
    const core::MentorMatch* m = selected();
    const QString status = m ? m->status : QString();
    m_find->setEnabled(m_canEdit && open && !hasCurrent);
    m_start->setEnabled(m_canEdit && open && status == QLatin1String("proposed"));
    m_end->setEnabled(
        m_canEdit && mentoring && (status == QLatin1String("active") || status == QLatin1String("proposed")));
    m_rematch->setEnabled(m_canEdit && open && status == QLatin1String("active"));
    m_caseload->setEnabled(m != nullptr);
    for (QPushButton* b : { m_find, m_start, m_end, m_rematch }) {
        b->setVisible(m_canEdit);
    }
    setVisible(m_episode.id != 0 && mentoring);
}

void MatchPanel::pushChange(const QString& text, const core::MentorMatch& before)
{
    auto after = core::MatchingService(m_db).matches(m_actor, m_episodeId);
    if (!m_undo || !after) {
        return;
    }
    for (const core::MentorMatch& m : after.value()) {
        if (m.id == before.id) {
            core::Database* db = &m_db;
            const core::Actor actor = m_actor;
            pushSaved<core::MentorMatch>(
                m_undo, text, before, m,
                [db, actor](const core::MentorMatch& x) { return core::MatchingService(*db).saveMatch(actor, x); },
                [db, actor](qint64 id) { return core::MatchingService(*db).removeMatch(actor, id); });
        }
    }
}

void MatchPanel::findMentor()
{
    if (!m_find->isEnabled()) {
        return;
    }
    MatchSuggestionsDialog dialog(m_db, m_actor, m_undo, m_episodeId, m_personName, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void MatchPanel::rematch()
{
    const core::MentorMatch* m = selected();
    if (!m || !m_rematch->isEnabled()) {
        return;
    }
    MatchSuggestionsDialog dialog(m_db, m_actor, m_undo, m_episodeId, m_personName, m->id, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void MatchPanel::startMatch()
{
    const core::MentorMatch* selectedMatch = selected();
    if (!selectedMatch || !m_start->isEnabled()) {
        return;
    }
    const core::MentorMatch before = *selectedMatch;
    const QDate today = core::Clock::instance().today();
    FormDialog dialog(tr("Start the Match with %1").arg(before.mentorName), tr("&Start Match"), this);
    dialog.setObjectName(QStringLiteral("startMatchDialog"));
    auto* on = named(newDateEdit(tr("Date the match started"), today, &dialog), QStringLiteral("startedOnEdit"));
    const QDate plannedDefault = m_episode.plannedEndOn.isValid() && m_episode.plannedEndOn > today
        ? m_episode.plannedEndOn
        : today.addDays(7 * 26);
    auto* planned = named(newDateEdit(tr("Planned end"), plannedDefault, &dialog), QStringLiteral("plannedEndEdit"));
    dialog.form()->addRow(tr("&Started on:"), on);
    dialog.form()->addRow(tr("&Planned end:"), planned);
    dialog.setSave([this, &before, on, planned] {
        return core::MatchingService(m_db).start(m_actor, before.id, on->date(), planned->date());
    });
    if (dialog.exec() == QDialog::Accepted) {
        pushChange(tr("Start the match with %1").arg(before.mentorName), before);
        reload();
        emit changed();
    }
}

void MatchPanel::endMatch()
{
    const core::MentorMatch* selectedMatch = selected();
    if (!selectedMatch || !m_end->isEnabled()) {
        return;
    }
    const core::MentorMatch before = *selectedMatch;
    FormDialog dialog(tr("End the Match with %1").arg(before.mentorName), tr("&End Match"), this);
    dialog.setObjectName(QStringLiteral("endMatchDialog"));
    auto* on = named(newDateEdit(tr("Date the match ended"), core::Clock::instance().today(), &dialog),
        QStringLiteral("endedOnEdit"));
    auto* reason = new QComboBox(&dialog);
    reason->setObjectName(QStringLiteral("endingReasonCombo"));
    reason->setAccessibleName(tr("Why the match ended"));
    for (const QString& key : core::ClientService::matchEndingReasonKeys()) {
        if (key != QLatin1String("rematched")) { // re-matching has its own button
            reason->addItem(core::ClientService::endingReasonName(key), key);
        }
    }
    auto* note = new QLineEdit(&dialog);
    note->setObjectName(QStringLiteral("endingNoteEdit"));
    note->setAccessibleName(tr("Note about the ending"));
    note->setMaxLength(500);
    dialog.form()->addRow(tr("&Ended on:"), on);
    dialog.form()->addRow(tr("&Why:"), reason);
    dialog.form()->addRow(tr("N&ote:"), note);
    dialog.setSave([this, &before, on, reason, note] {
        return core::MatchingService(m_db).end(
            m_actor, before.id, on->date(), reason->currentData().toString(), note->text());
    });
    if (dialog.exec() == QDialog::Accepted) {
        pushChange(tr("End the match with %1").arg(before.mentorName), before);
        reload();
        emit changed();
    }
}

} // namespace alongside::ui
