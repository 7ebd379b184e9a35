// The tabs of ClientRecordDialog that list dated rows (referrals and episodes, sessions, goals,
// outcome measures, consent): each row is changed through a small FormDialog, saved by ClientService and put on the
// undo stack with pushRow, so undo puts back exactly the row as it was.

#include "core/clients/clientservice.h"
#include "core/clients/matching.h"
#include "core/clock.h"
#include "core/measures/measureservice.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/recordrows.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/measures/measureentrydialog.h"
#include "ui/measures/outcomechart.h"
#include "ui/people/caseloaddialog.h"
#include "ui/people/clientrecorddialog.h"
#include "ui/people/matchpanel.h"
#include "ui/workforce/formdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyleOption>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

using core::ClientService;
using recordrows::addRow;
using recordrows::enableWithSelection;
using recordrows::findById;
using recordrows::keyCombo;
using recordrows::pushRow;
using recordrows::selectedId;
using recordrows::selectId;
using recordrows::tableBox;

constexpr int kProgressRole = Qt::UserRole + 1;

/** A goal's progress: the figure in words, then a bar beside it that repeats it (never over it). */
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QVariant progress = index.data(kProgressRole);
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : nullptr;
        if (!progress.isValid() || !style) {
            return;
        }
        const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) + 12;
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(textWidth, 4, -4, -4);
        if (bar.rect.width() < 20) {
            return; // too narrow for a bar: the words say it all
        }
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = progress.toInt();
        bar.textVisible = false;
        bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) + 100));
        return size;
    }
};

QLineEdit* formLine(
    QWidget* parent, const QString& objectName, const QString& accessibleName, const QString& text, int maxLength = 500)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}

QString sourceText(const QString& category, const QString& sourceName)
{
    return sourceName.isEmpty()
        ? ClientService::sourceCategoryName(category)
        : ClientRecordDialog::tr("%1: %2").arg(ClientService::sourceCategoryName(category), sourceName);
}

QString minutesText(const std::optional<int>& minutes)
{
    return minutes ? ClientRecordDialog::tr("%1 min").arg(*minutes) : ClientRecordDialog::tr("Not recorded");
}

} // namespace

template<typename T>
core::Status ClientRecordDialog::saveAndRecord(T row, const std::optional<T>& before, const QString& text,
    core::Result<qint64> (ClientService::*save)(const core::Actor&, const T&),
    core::Status (ClientService::*remove)(const core::Actor&, qint64))
{
    ClientService service(m_db);
    auto id = (service.*save)(m_actor, row);
    if (!id) {
        return id.status();
    }
    row.id = id.value();
    pushRow<ClientService, T>(m_undo, &m_db, m_actor, text, before, row, save, remove);
    return core::Status::ok();
}

template<typename T>
void ClientRecordDialog::removeSelected(const QList<T>& rows, QTreeWidget* table,
    const std::type_identity_t<std::function<QString(const T&)>>& text,
    core::Result<qint64> (ClientService::*save)(const core::Actor&, const T&),
    core::Status (ClientService::*remove)(const core::Actor&, qint64))
{
    const auto before = findById(rows, selectedId(table));
    if (!before) {
        return;
    }
    if (core::Status s = (ClientService(m_db).*remove)(m_actor, before->id); !s) {
        showMessage(s.message());
        return;
    }
    pushRow<ClientService, T>(m_undo, &m_db, m_actor, text(*before), before, std::nullopt, save, remove);
    changeSaved();
}

QString ClientRecordDialog::episodeLabel(const core::Episode& e) const
{
    const QDate today = core::Clock::instance().today();
    const QString state = e.isOpenOn(today) ? tr("open")
        : e.endedOn.isValid()               ? tr("ended %1").arg(shortDate(e.endedOn))
                                            : tr("starts %1").arg(shortDate(e.startsOn));
    return tr("%1, from %2 (%3)").arg(e.componentName, shortDate(e.startsOn), state);
}

// ---- referrals and episodes --------------------------------------------------------------------

QWidget* ClientRecordDialog::buildEpisodesTab()
{
    auto* page = new QWidget(this);
    m_referralTable = newRecordTable(QStringLiteral("referralTable"), tr("Referrals"),
        { tr("Referred on"), tr("Referred by"), tr("Detail"), tr("Triage"), tr("Reason") }, page);
    auto* addReferral = editButton(tr("&Add Referral…"), QStringLiteral("addReferralButton"), tr("Add a referral"));
    auto* editReferralButton
        = editButton(tr("&Edit…"), QStringLiteral("editReferralButton"), tr("Edit the selected referral"));
    auto* removeReferralButton
        = editButton(tr("Re&move"), QStringLiteral("removeReferralButton"), tr("Remove the selected referral"));
    connect(addReferral, &QPushButton::clicked, this, [this] { editReferral(true); });
    connect(editReferralButton, &QPushButton::clicked, this, [this] { editReferral(false); });
    connect(removeReferralButton, &QPushButton::clicked, this, &ClientRecordDialog::removeReferral);
    enableWithSelection(m_referralTable, { editReferralButton, removeReferralButton });
    if (m_canEdit) {
        connect(m_referralTable, &QTreeWidget::itemActivated, this, [this] { editReferral(false); });
    }

    m_episodeTable = newRecordTable(QStringLiteral("episodeTable"), tr("Episodes of support"),
        { tr("Service"), tr("Started"), tr("Planned end"), tr("Ended"), tr("Ending reason"), tr("Referral") }, page);
    auto* addEpisode = editButton(tr("Add E&pisode…"), QStringLiteral("addEpisodeButton"), tr("Add an episode"));
    auto* editEpisodeButton
        = editButton(tr("Ed&it…"), QStringLiteral("editEpisodeButton"), tr("Edit the selected episode"));
    auto* end = editButton(tr("E&nd Episode…"), QStringLiteral("endEpisodeButton"), tr("End the selected episode"));
    auto* removeEpisodeButton
        = editButton(tr("Remo&ve"), QStringLiteral("removeEpisodeButton"), tr("Remove the selected episode"));
    connect(addEpisode, &QPushButton::clicked, this, [this] { editEpisode(true); });
    connect(editEpisodeButton, &QPushButton::clicked, this, [this] { editEpisode(false); });
    connect(end, &QPushButton::clicked, this, &ClientRecordDialog::endEpisode);
    connect(removeEpisodeButton, &QPushButton::clicked, this, &ClientRecordDialog::removeEpisode);
    enableWithSelection(m_episodeTable, { editEpisodeButton, end, removeEpisodeButton });
    if (m_canEdit) {
        connect(m_episodeTable, &QTreeWidget::itemActivated, this, [this] { editEpisode(false); });
    }
    connect(
        m_episodeTable, &QTreeWidget::currentItemChanged, this, [this] { emit episodeSelected(selectedEpisodeId()); });

    // The selected episode's mentor match goes here.
    m_matchBox = new QGroupBox(tr("Mentor match"), page);
    m_matchBox->setObjectName(QStringLiteral("matchBox"));
    auto* matchLayout = new QVBoxLayout(m_matchBox);
    auto* matches = new MatchPanel(m_db, m_actor, m_undo, m_matchBox);
    matchLayout->addWidget(matches);
    m_matchBox->hide();
    connect(this, &ClientRecordDialog::episodeSelected, matches, [this, matches](qint64 episodeId) {
        matches->setEpisode(episodeId, m_name->text());
        m_matchBox->setVisible(!matches->isHidden());
    });
    connect(matches, &MatchPanel::caseloadRequested, this, [this](qint64 mentorId) {
        CaseloadDialog caseload(m_db, m_actor, mentorId, this);
        connect(&caseload, &CaseloadDialog::clientRequested, this, [this, &caseload](qint64 clientId) {
            if (clientId == m_clientId) {
                caseload.accept(); // this record is already open
                return;
            }
            ClientRecordDialog other(m_db, m_actor, m_undo, clientId, &caseload);
            other.exec();
        });
        caseload.exec();
    });

    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tableBox(tr("Referrals (newest first)"), m_referralTable,
        { addReferral, editReferralButton, removeReferralButton }, page));
    splitter->addWidget(tableBox(tr("Episodes of support (newest first)"), m_episodeTable,
        { addEpisode, editEpisodeButton, end, removeEpisodeButton }, page));
    splitter->addWidget(m_matchBox);
    splitter->setSizes({ 150, 200, 200 });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

qint64 ClientRecordDialog::selectedEpisodeId() const
{
    return m_episodeTable ? selectedId(m_episodeTable) : 0;
}

void ClientRecordDialog::loadEpisodes()
{
    ClientService service(m_db);
    auto sources = service.referralSources(m_actor, true);
    if (sources) {
        m_sources = sources.value();
    }
    auto components = service.components(m_actor, true);
    if (components) {
        m_components = components.value();
    }
    auto referrals = service.referrals(m_actor, m_clientId);
    auto episodes = service.episodes(m_actor, m_clientId);
    m_referrals = referrals ? referrals.value() : QList<core::Referral>();
    m_episodes = episodes ? episodes.value() : QList<core::Episode>();

    const qint64 referralId = selectedId(m_referralTable);
    m_referralTable->clear();
    for (const core::Referral& r : std::as_const(m_referrals)) {
        const QString triage = r.triageOutcome.isEmpty()
            ? tr("Not yet")
            : tr("%1 (%2)").arg(
                ClientService::triageOutcomeName(r.triageOutcome), shortDate(r.triageOn, tr("no date")));
        addRow(m_referralTable, r.id,
            { shortDate(r.referredOn), sourceText(r.sourceCategory, r.sourceName), r.sourceDetail, triage,
                r.reason.simplified() });
    }
    selectId(m_referralTable, referralId);

    const qint64 episodeId = selectedId(m_episodeTable);
    m_episodeTable->clear();
    for (const core::Episode& e : std::as_const(m_episodes)) {
        QString referral;
        for (const core::Referral& r : std::as_const(m_referrals)) {
            if (r.id == e.referralId) {
                referral = tr("Referred %1").arg(shortDate(r.referredOn));
            }
        }
        addRow(m_episodeTable, e.id,
            { e.componentName, shortDate(e.startsOn), shortDate(e.plannedEndOn, tr("Not set")),
                shortDate(e.endedOn, tr("Open")),
                e.endingReason.isEmpty() ? QString() : ClientService::endingReasonName(e.endingReason), referral });
    }
    selectId(m_episodeTable, episodeId);
    emit episodeSelected(selectedEpisodeId()); // also when the same episode is selected again

    for (const core::Status& s : { sources.status(), components.status(), referrals.status(), episodes.status() }) {
        if (!s) {
            showMessage(s.message());
        }
    }
}

void ClientRecordDialog::editReferral(bool adding)
{
    std::optional<core::Referral> before;
    core::Referral referral;
    referral.clientId = m_clientId;
    referral.referredOn = core::Clock::instance().today();
    if (!adding) {
        before = findById(m_referrals, selectedId(m_referralTable));
        if (!before) {
            return;
        }
        referral = *before;
    }
    FormDialog dialog(
        adding ? tr("Add Referral") : tr("Edit Referral"), adding ? tr("&Add Referral") : tr("&Save"), this);
    auto* referredOn = newDateEdit(tr("Referred on"), referral.referredOn, &dialog);
    referredOn->setObjectName(QStringLiteral("referredOnEdit"));
    auto* category = keyCombo(&dialog, tr("Referred by"), ClientService::sourceCategoryKeys(),
        &ClientService::sourceCategoryName, referral.sourceCategory);
    category->setObjectName(QStringLiteral("sourceCategoryCombo"));
    auto* source = new QComboBox(&dialog);
    source->setObjectName(QStringLiteral("sourceCombo"));
    source->setAccessibleName(tr("Referral source"));
    auto fillSources = [this, category, source, current = referral.sourceId] {
        source->clear();
        source->addItem(tr("Not recorded"), qint64(0));
        for (const core::ReferralSource& s : std::as_const(m_sources)) {
            if (s.category == category->currentData().toString() && (s.active || s.id == current)) {
                source->addItem(s.name, s.id);
            }
        }
        source->setCurrentIndex(std::max(0, source->findData(current)));
        source->setEnabled(source->count() > 1);
    };
    fillSources();
    connect(category, &QComboBox::currentIndexChanged, &dialog, fillSources);
    auto* detail
        = formLine(&dialog, QStringLiteral("sourceDetailEdit"), tr("Referral detail"), referral.sourceDetail, 300);
    auto* reason = new QPlainTextEdit(referral.reason, &dialog);
    reason->setObjectName(QStringLiteral("reasonEdit"));
    reason->setAccessibleName(tr("Reason for the referral"));
    reason->setTabChangesFocus(true);
    reason->setMaximumHeight(70);
    auto* triage = new QComboBox(&dialog);
    triage->setObjectName(QStringLiteral("triageCombo"));
    triage->setAccessibleName(tr("Triage outcome"));
    triage->addItem(ClientService::triageOutcomeName(QString()), QString());
    for (const QString& key : ClientService::triageOutcomeKeys()) {
        triage->addItem(ClientService::triageOutcomeName(key), key);
    }
    triage->setCurrentIndex(std::max(0, triage->findData(referral.triageOutcome)));
    auto* triageOn = newDateEdit(
        tr("Triage date"), referral.triageOn.isValid() ? referral.triageOn : core::Clock::instance().today(), &dialog);
    triageOn->setObjectName(QStringLiteral("triageOnEdit"));
    triageOn->setEnabled(!referral.triageOutcome.isEmpty());
    connect(triage, &QComboBox::currentIndexChanged, &dialog,
        [triage, triageOn] { triageOn->setEnabled(!triage->currentData().toString().isEmpty()); });
    auto* triageNote
        = formLine(&dialog, QStringLiteral("triageNoteEdit"), tr("Triage note"), referral.triageNote, 1000);
    QFormLayout* form = dialog.form();
    form->addRow(tr("&Referred on:"), referredOn);
    form->addRow(tr("Referred b&y:"), category);
    form->addRow(tr("&Source:"), source);
    form->addRow(tr("De&tail:"), detail);
    form->addRow(tr("Reaso&n:"), reason);
    form->addRow(tr("Tri&age:"), triage);
    form->addRow(tr("Triage &date:"), triageOn);
    form->addRow(tr("Triage n&ote:"), triageNote);
    dialog.setSave([&]() -> core::Status {
        core::Referral r = referral;
        r.referredOn = referredOn->date();
        r.sourceCategory = category->currentData().toString();
        r.sourceId = source->currentData().toLongLong();
        r.sourceName = r.sourceId > 0 ? source->currentText() : QString();
        r.sourceDetail = detail->text().trimmed();
        r.reason = reason->toPlainText().trimmed();
        r.triageOutcome = triage->currentData().toString();
        r.triageOn = r.triageOutcome.isEmpty() ? QDate() : triageOn->date();
        r.triageNote = triageNote->text().trimmed();
        if (core::Status s = ClientService::validate(r, core::Clock::instance().today()); !s) {
            return s;
        }
        return saveAndRecord<core::Referral>(r, before, adding ? tr("Add a referral") : tr("Change a referral"),
            &ClientService::saveReferral, &ClientService::removeReferral);
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void ClientRecordDialog::removeReferral()
{
    removeSelected<core::Referral>(
        m_referrals, m_referralTable, [this](const core::Referral&) { return tr("Remove a referral"); },
        &ClientService::saveReferral, &ClientService::removeReferral);
}

void ClientRecordDialog::editEpisode(bool adding)
{
    if (m_referrals.isEmpty()) {
        showMessage(tr("Add a referral first: every episode of support belongs to a referral."));
        return;
    }
    std::optional<core::Episode> before;
    core::Episode episode;
    episode.referralId = m_referrals.first().id; // the newest
    episode.startsOn = core::Clock::instance().today();
    if (!adding) {
        before = findById(m_episodes, selectedId(m_episodeTable));
        if (!before) {
            return;
        }
        episode = *before;
    }
    FormDialog dialog(adding ? tr("Add Episode") : tr("Edit Episode"), adding ? tr("&Add Episode") : tr("&Save"), this);
    auto* referral = new QComboBox(&dialog);
    referral->setObjectName(QStringLiteral("referralCombo"));
    referral->setAccessibleName(tr("Referral"));
    for (const core::Referral& r : std::as_const(m_referrals)) {
        referral->addItem(
            tr("Referred on %1 (%2)").arg(shortDate(r.referredOn), sourceText(r.sourceCategory, r.sourceName)), r.id);
    }
    referral->setCurrentIndex(std::max(0, referral->findData(episode.referralId)));
    auto* component = new QComboBox(&dialog);
    component->setObjectName(QStringLiteral("componentCombo"));
    component->setAccessibleName(tr("Service"));
    for (const core::ServiceComponent& c : std::as_const(m_components)) {
        if (c.active || c.id == episode.componentId) {
            component->addItem(c.name, c.id);
        }
    }
    component->setCurrentIndex(std::max(0, component->findData(episode.componentId)));
    auto* starts = newDateEdit(tr("Starts on"), episode.startsOn, &dialog);
    starts->setObjectName(QStringLiteral("startsOnEdit"));
    auto* plannedEnd = new OptionalDateEdit(tr("Set:"), tr("Planned end"), &dialog);
    plannedEnd->setObjectName(QStringLiteral("plannedEndEdit"));
    plannedEnd->setDate(episode.plannedEndOn);
    plannedEnd->setDefaultDate(episode.startsOn.addMonths(6));
    QFormLayout* form = dialog.form();
    form->addRow(tr("&Referral:"), referral);
    form->addRow(tr("Ser&vice:"), component);
    form->addRow(tr("&Starts on:"), starts);
    form->addRow(tr("&Planned end:"), plannedEnd);
    OptionalDateEdit* ended = nullptr;
    QComboBox* reason = nullptr;
    QLineEdit* note = nullptr;
    if (!adding && episode.endedOn.isValid()) {
        // An ended episode's ending can be corrected here; an open one is ended with End Episode.
        ended = new OptionalDateEdit(tr("Ended:"), tr("Ended on"), &dialog);
        ended->setObjectName(QStringLiteral("endedOnEdit"));
        ended->setDate(episode.endedOn);
        reason = keyCombo(&dialog, tr("Ending reason"), ClientService::endingReasonKeys(),
            &ClientService::endingReasonName, episode.endingReason);
        reason->setObjectName(QStringLiteral("endingReasonCombo"));
        note = formLine(&dialog, QStringLiteral("endingNoteEdit"), tr("Note on the ending"), episode.endingNote);
        form->addRow(tr("&Ended on:"), ended);
        form->addRow(tr("Endin&g reason:"), reason);
        form->addRow(tr("N&ote:"), note);
    }
    dialog.setSave([&]() -> core::Status {
        core::Episode e = episode;
        e.referralId = referral->currentData().toLongLong();
        e.componentId = component->currentData().toLongLong();
        e.componentName = component->currentText();
        e.startsOn = starts->date();
        e.plannedEndOn = plannedEnd->date();
        if (ended) {
            e.endedOn = ended->date();
            e.endingReason = e.endedOn.isValid() ? reason->currentData().toString() : QString();
            e.endingNote = e.endedOn.isValid() ? note->text().trimmed() : QString();
        }
        if (core::Status s = ClientService::validate(e, core::Clock::instance().today()); !s) {
            return s;
        }
        return saveAndRecord<core::Episode>(e, before,
            adding ? tr("Add episode %1").arg(e.componentName) : tr("Change episode %1").arg(e.componentName),
            &ClientService::saveEpisode, &ClientService::removeEpisode);
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void ClientRecordDialog::endEpisode()
{
    const auto before = findById(m_episodes, selectedId(m_episodeTable));
    if (!before) {
        return;
    }
    FormDialog dialog(tr("End Episode"), tr("E&nd Episode"), this);
    auto* ends = newDateEdit(
        tr("Last day"), before->endedOn.isValid() ? before->endedOn : core::Clock::instance().today(), &dialog);
    ends->setObjectName(QStringLiteral("endedOnEdit"));
    auto* reason = keyCombo(&dialog, tr("Ending reason"), ClientService::endingReasonKeys(),
        &ClientService::endingReasonName, before->endingReason);
    reason->setObjectName(QStringLiteral("endingReasonCombo"));
    auto* note = formLine(&dialog, QStringLiteral("endingNoteEdit"), tr("Note on the ending"), before->endingNote);
    dialog.form()->addRow(tr("Episode:"), new QLabel(episodeLabel(*before), &dialog));
    dialog.form()->addRow(tr("&Last day:"), ends);
    dialog.form()->addRow(tr("&Reason:"), reason);
    dialog.form()->addRow(tr("N&ote:"), note);
    dialog.form()->addRow(
        QString(), new WrappingLabel(tr("An active mentor match in this episode ends on the same day."), &dialog));
    dialog.setSave([&]() -> core::Status {
        core::Episode e = *before;
        e.endedOn = ends->date();
        e.endingReason = reason->currentData().toString();
        e.endingNote = note->text().trimmed();
        if (core::Status s = ClientService::validate(e, core::Clock::instance().today()); !s) {
            return s;
        }
        auto id = ClientService(m_db).saveEpisode(m_actor, e);
        if (!id) {
            return id.status();
        }
        pushRow<ClientService, core::Episode>(m_undo, &m_db, m_actor, tr("End episode %1").arg(e.componentName), before,
            e, &ClientService::saveEpisode, &ClientService::removeEpisode);
        return core::Status::ok();
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void ClientRecordDialog::removeEpisode()
{
    removeSelected<core::Episode>(
        m_episodes, m_episodeTable,
        [this](const core::Episode& e) { return tr("Remove episode %1").arg(e.componentName); },
        &ClientService::saveEpisode, &ClientService::removeEpisode);
}

// ---- sessions ----------------------------------------------------------------------------------

QWidget* ClientRecordDialog::buildSessionsTab()
{
    auto* page = new QWidget(this);
    m_sessionTable = newRecordTable(QStringLiteral("sessionTable"), tr("Sessions"),
        { tr("Date"), tr("Service"), tr("Duration"), tr("Mode"), tr("Attendance"), tr("Worker"), tr("Group"),
            tr("Note") },
        page);
    auto* add = editButton(tr("&Log Session…"), QStringLiteral("logSessionButton"), tr("Log a session"));
    auto* edit = editButton(tr("&Edit…"), QStringLiteral("editSessionButton"), tr("Edit the selected session"));
    auto* remove = editButton(tr("&Remove"), QStringLiteral("removeSessionButton"), tr("Remove the selected session"));
    connect(add, &QPushButton::clicked, this, [this] { editSession(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editSession(false); });
    connect(remove, &QPushButton::clicked, this, &ClientRecordDialog::removeSession);
    // A line of a group's register is changed in the register, where the whole group is.
    auto update = [this, edit, remove] {
        const auto session = findById(m_sessions, selectedId(m_sessionTable));
        const bool own = session && session->groupSessionId == 0;
        edit->setEnabled(own);
        remove->setEnabled(own);
    };
    connect(m_sessionTable, &QTreeWidget::currentItemChanged, this, update);
    update();
    if (m_canEdit) {
        connect(m_sessionTable, &QTreeWidget::itemActivated, this, [this] {
            const auto session = findById(m_sessions, selectedId(m_sessionTable));
            if (session && session->groupSessionId == 0) {
                editSession(false);
            }
        });
    }
    m_groupNote = new WrappingLabel(
        tr("Sessions marked \"Group register\" were recorded with a group's attendance register: change them "
           "there."),
        page);
    m_groupNote->setObjectName(QStringLiteral("groupNoteLabel"));
    m_groupNote->hide();
    auto* box = tableBox(tr("Sessions (newest first)"), m_sessionTable, { add, edit, remove }, page);
    box->layout()->addWidget(m_groupNote);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(box);
    return page;
}

void ClientRecordDialog::loadSessions()
{
    const qint64 id = selectedId(m_sessionTable);
    m_sessionTable->clear();
    auto sessions = ClientService(m_db).sessions(m_actor, m_clientId);
    m_sessions = sessions ? sessions.value() : QList<core::Session>();
    bool anyGroup = false;
    for (const core::Session& s : std::as_const(m_sessions)) {
        QString service;
        for (const core::Episode& e : std::as_const(m_episodes)) {
            if (e.id == s.episodeId) {
                service = e.componentName;
            }
        }
        anyGroup = anyGroup || s.groupSessionId > 0;
        addRow(m_sessionTable, s.id,
            { shortDate(s.heldOn), service, minutesText(s.durationMinutes), ClientService::modeName(s.mode),
                ClientService::attendanceName(s.attendance), s.workerName.isEmpty() ? tr("Not recorded") : s.workerName,
                s.groupSessionId > 0 ? tr("Group register") : QString(), s.note.simplified() });
    }
    selectId(m_sessionTable, id);
    m_groupNote->setVisible(anyGroup);
    if (!sessions) {
        showMessage(sessions.message());
    }
}

qint64 ClientRecordDialog::likelyWorker(qint64 episodeId) const
{
    auto matches = core::MatchingService(m_db).matches(m_actor, episodeId);
    if (matches) {
        for (const core::MentorMatch& m : matches.value()) {
            if (m.status == QLatin1String("active")) {
                return m.mentorId;
            }
        }
    }
    for (const core::Session& s : m_sessions) { // newest first
        if (s.episodeId == episodeId && s.workerId > 0) {
            return s.workerId;
        }
    }
    return 0;
}

void ClientRecordDialog::editSession(bool adding)
{
    if (m_episodes.isEmpty()) {
        showMessage(tr("Add an episode of support first (on the Referrals and Episodes tab): every session belongs to "
                       "one."));
        return;
    }
    const QDate today = core::Clock::instance().today();
    std::optional<core::Session> before;
    core::Session session;
    session.heldOn = today;
    session.durationMinutes = 60;
    session.episodeId = m_episodes.first().id; // the newest, unless one is open today
    for (const core::Episode& e : std::as_const(m_episodes)) {
        if (e.isOpenOn(today)) {
            session.episodeId = e.id;
            break;
        }
    }
    if (!adding) {
        before = findById(m_sessions, selectedId(m_sessionTable));
        if (!before) {
            return;
        }
        session = *before;
    }
    FormDialog dialog(adding ? tr("Log Session") : tr("Edit Session"), adding ? tr("&Log Session") : tr("&Save"), this);
    auto* episode = new QComboBox(&dialog);
    episode->setObjectName(QStringLiteral("episodeCombo"));
    episode->setAccessibleName(tr("Episode of support"));
    for (const core::Episode& e : std::as_const(m_episodes)) {
        episode->addItem(episodeLabel(e), e.id);
    }
    episode->setCurrentIndex(std::max(0, episode->findData(session.episodeId)));
    auto* date = newDateEdit(tr("Date of the session"), session.heldOn, &dialog);
    date->setObjectName(QStringLiteral("heldOnEdit"));
    auto* duration = new QSpinBox(&dialog);
    duration->setObjectName(QStringLiteral("durationSpin"));
    duration->setAccessibleName(tr("Duration in minutes"));
    duration->setRange(0, 600);
    duration->setSingleStep(15);
    duration->setSpecialValueText(tr("Not recorded"));
    duration->setSuffix(tr(" minutes"));
    duration->setValue(session.durationMinutes.value_or(0));
    auto* mode = keyCombo(&dialog, tr("Mode"), ClientService::modeKeys(), &ClientService::modeName, session.mode);
    mode->setObjectName(QStringLiteral("modeCombo"));
    auto* attendance = keyCombo(
        &dialog, tr("Attendance"), ClientService::attendanceKeys(), &ClientService::attendanceName, session.attendance);
    attendance->setObjectName(QStringLiteral("attendanceCombo"));
    auto* worker = new QComboBox(&dialog);
    worker->setObjectName(QStringLiteral("workerCombo"));
    worker->setAccessibleName(tr("Worker"));
    worker->addItem(tr("Not recorded"), qint64(0));
    auto workers = core::WorkforceService(m_db).list(m_actor);
    if (workers) {
        for (const core::WorkerSummary& w : workers.value()) {
            if (w.status != QLatin1String("left") || w.workerId == session.workerId) {
                worker->addItem(w.name, w.workerId);
            }
        }
    }
    if (session.workerId > 0 && worker->findData(session.workerId) < 0) {
        worker->addItem(session.workerName, session.workerId);
    }
    auto chooseWorker = [worker](qint64 id) { worker->setCurrentIndex(std::max(0, worker->findData(id))); };
    chooseWorker(adding ? likelyWorker(session.episodeId) : session.workerId);
    if (adding) {
        // A new session is most likely with the episode's mentor, and lasts nothing if it did not happen.
        connect(episode, &QComboBox::currentIndexChanged, &dialog,
            [this, episode, chooseWorker] { chooseWorker(likelyWorker(episode->currentData().toLongLong())); });
        connect(attendance, &QComboBox::currentIndexChanged, &dialog, [attendance, duration] {
            if (attendance->currentData().toString() != QLatin1String("attended")) {
                duration->setValue(0);
            }
        });
    }
    auto* note = formLine(&dialog, QStringLiteral("noteEdit"), tr("Note"), session.note, 2000);
    note->setPlaceholderText(tr("Brief and factual: the person may ask to see their record"));
    QFormLayout* form = dialog.form();
    form->addRow(tr("&Episode:"), episode);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("D&uration:"), duration);
    form->addRow(tr("&Mode:"), mode);
    form->addRow(tr("&Attendance:"), attendance);
    form->addRow(tr("&Worker:"), worker);
    form->addRow(tr("&Note:"), note);
    dialog.setSave([&]() -> core::Status {
        core::Session s = session;
        s.episodeId = episode->currentData().toLongLong();
        s.heldOn = date->date();
        s.durationMinutes = duration->value() > 0 ? std::optional<int>(duration->value()) : std::nullopt;
        s.mode = mode->currentData().toString();
        s.attendance = attendance->currentData().toString();
        s.workerId = worker->currentData().toLongLong();
        s.workerName = s.workerId > 0 ? worker->currentText() : QString();
        s.note = note->text().trimmed();
        if (core::Status st = ClientService::validate(s, core::Clock::instance().today()); !st) {
            return st;
        }
        return saveAndRecord<core::Session>(s, before,
            adding ? tr("Log a session on %1").arg(shortDate(s.heldOn))
                   : tr("Change the session on %1").arg(shortDate(s.heldOn)),
            &ClientService::saveSession, &ClientService::removeSession);
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void ClientRecordDialog::removeSession()
{
    const auto session = findById(m_sessions, selectedId(m_sessionTable));
    if (!session || session->groupSessionId > 0) {
        return;
    }
    removeSelected<core::Session>(
        m_sessions, m_sessionTable,
        [this](const core::Session& s) { return tr("Remove the session on %1").arg(shortDate(s.heldOn)); },
        &ClientService::saveSession, &ClientService::removeSession);
}

// ---- goals -------------------------------------------------------------------------------------

QWidget* ClientRecordDialog::buildGoalsTab()
{
    auto* page = new QWidget(this);
    m_goalTable = newRecordTable(QStringLiteral("goalTable"), tr("Goals"),
        { tr("Goal"), tr("Set on"), tr("Progress"), tr("Achieved"), tr("Service") }, page);
    m_goalTable->setItemDelegateForColumn(2, new ProgressDelegate(m_goalTable));
    auto* add = editButton(tr("&Add Goal…"), QStringLiteral("addGoalButton"), tr("Add a goal"));
    auto* edit = editButton(tr("&Edit…"), QStringLiteral("editGoalButton"), tr("Edit the selected goal"));
    auto* remove = editButton(tr("&Remove"), QStringLiteral("removeGoalButton"), tr("Remove the selected goal"));
    connect(add, &QPushButton::clicked, this, [this] { editGoal(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editGoal(false); });
    connect(remove, &QPushButton::clicked, this, &ClientRecordDialog::removeGoal);
    enableWithSelection(m_goalTable, { edit, remove });
    if (m_canEdit) {
        connect(m_goalTable, &QTreeWidget::itemActivated, this, [this] { editGoal(false); });
    }
    auto* box
        = tableBox(tr("Goals, in the person's own words (oldest first)"), m_goalTable, { add, edit, remove }, page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(box);
    return page;
}

void ClientRecordDialog::loadGoals()
{
    const qint64 id = selectedId(m_goalTable);
    m_goalTable->clear();
    auto goals = ClientService(m_db).goals(m_actor, m_clientId);
    m_goals = goals ? goals.value() : QList<core::Goal>();
    for (const core::Goal& g : std::as_const(m_goals)) {
        QString service;
        if (const auto e = findById(m_episodes, g.episodeId)) {
            service = e->componentName;
        }
        QTreeWidgetItem* item = addRow(m_goalTable, g.id,
            { g.description, shortDate(g.setOn), tr("%1%").arg(g.progress), shortDate(g.achievedOn, tr("Not yet")),
                service });
        item->setData(2, kProgressRole, g.progress);
        item->setData(2, Qt::AccessibleTextRole, tr("%1 per cent").arg(g.progress));
    }
    selectId(m_goalTable, id);
    if (!goals) {
        showMessage(goals.message());
    }
}

void ClientRecordDialog::editGoal(bool adding)
{
    std::optional<core::Goal> before;
    core::Goal goal;
    goal.clientId = m_clientId;
    goal.setOn = core::Clock::instance().today();
    if (!adding) {
        before = findById(m_goals, selectedId(m_goalTable));
        if (!before) {
            return;
        }
        goal = *before;
    }
    FormDialog dialog(adding ? tr("Add Goal") : tr("Edit Goal"), adding ? tr("&Add Goal") : tr("&Save"), this);
    auto* description = formLine(&dialog, QStringLiteral("descriptionEdit"), tr("Goal"), goal.description);
    description->setPlaceholderText(tr("In the person's own words, e.g. \"Get out of the house twice a week\""));
    description->setMinimumWidth(360);
    auto* setOn = newDateEdit(tr("Set on"), goal.setOn, &dialog);
    setOn->setObjectName(QStringLiteral("setOnEdit"));
    auto* episode = new QComboBox(&dialog);
    episode->setObjectName(QStringLiteral("episodeCombo"));
    episode->setAccessibleName(tr("Episode of support"));
    episode->addItem(tr("Not tied to one service"), qint64(0));
    for (const core::Episode& e : std::as_const(m_episodes)) {
        episode->addItem(episodeLabel(e), e.id);
    }
    episode->setCurrentIndex(std::max(0, episode->findData(goal.episodeId)));
    auto* progress = new QSpinBox(&dialog);
    progress->setObjectName(QStringLiteral("progressSpin"));
    progress->setAccessibleName(tr("Progress, per cent"));
    progress->setRange(0, 100);
    progress->setSingleStep(10);
    progress->setSuffix(tr("%"));
    progress->setValue(goal.progress);
    auto* achieved = new OptionalDateEdit(tr("Achieved:"), tr("Achieved on"), &dialog);
    achieved->setObjectName(QStringLiteral("achievedOnEdit"));
    achieved->setDate(goal.achievedOn);
    achieved->setDefaultDate(core::Clock::instance().today());
    // An achieved goal is all the way there.
    auto sync = [achieved, progress] {
        if (achieved->date().isValid()) {
            progress->setValue(100);
        }
        progress->setEnabled(!achieved->date().isValid());
    };
    connect(achieved, &OptionalDateEdit::dateChanged, &dialog, sync);
    sync();
    QFormLayout* form = dialog.form();
    form->addRow(tr("&Goal:"), description);
    form->addRow(tr("&Set on:"), setOn);
    form->addRow(tr("Ser&vice:"), episode);
    form->addRow(tr("&Progress:"), progress);
    form->addRow(tr("A&chieved:"), achieved);
    dialog.setSave([&]() -> core::Status {
        core::Goal g = goal;
        g.description = description->text().trimmed();
        g.setOn = setOn->date();
        g.episodeId = episode->currentData().toLongLong();
        g.achievedOn = achieved->date();
        g.progress = g.achievedOn.isValid() ? 100 : progress->value();
        if (core::Status s = ClientService::validate(g, core::Clock::instance().today()); !s) {
            return s;
        }
        return saveAndRecord<core::Goal>(g, before, adding ? tr("Add a goal") : tr("Change a goal"),
            &ClientService::saveGoal, &ClientService::removeGoal);
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void ClientRecordDialog::removeGoal()
{
    removeSelected<core::Goal>(
        m_goals, m_goalTable, [this](const core::Goal&) { return tr("Remove a goal"); }, &ClientService::saveGoal,
        &ClientService::removeGoal);
}

// ---- outcomes ----------------------------------------------------------------------------------

namespace {

/** The input that re-creates a recorded response exactly: same id, version and acknowledgement. */
core::MeasureResponseInput inputOf(const core::MeasureResponse& r)
{
    core::MeasureResponseInput input;
    input.id = r.id;
    input.clientId = r.clientId;
    input.episodeId = r.episodeId;
    input.measureId = r.measureId;
    input.definitionVersion = r.definitionVersion;
    input.administeredOn = r.administeredOn;
    if (r.totalOnly) {
        input.enteredTotal = r.enteredTotal;
    } else {
        input.answers = r.answers;
        input.textAnswers = r.textAnswers;
    }
    if (r.riskFlagged) {
        core::RiskAcknowledgement seen;
        seen.by = r.riskAcknowledgedBy;
        seen.at = r.riskAcknowledgedAt;
        input.riskAcknowledgement = seen;
    }
    return input;
}

core::Status recordAgain(core::Database* db, const core::Actor& actor, const core::MeasureResponseInput& input)
{
    auto id = core::MeasureService(*db).record(actor, input);
    return id ? core::Status::ok() : core::Status(id.error());
}

} // namespace

QWidget* ClientRecordDialog::buildOutcomesTab()
{
    auto* page = new QWidget(this);
    m_outcomeTable = newRecordTable(QStringLiteral("outcomeTable"), tr("Questionnaires filled in"),
        { tr("Date"), tr("Questionnaire"), tr("Score"), tr("Band"), tr("Change since first"), tr("Risk answer"),
            tr("Episode") },
        page);
    auto* add = editButton(tr("Record a &Questionnaire…"), QStringLiteral("recordQuestionnaireButton"),
        tr("Record a questionnaire the person filled in"));
    auto* view = new QPushButton(tr("&View Answers…"), page);
    view->setObjectName(QStringLiteral("viewAnswersButton"));
    view->setAccessibleName(tr("View the answers of the selected questionnaire"));
    auto* remove
        = editButton(tr("Re&move"), QStringLiteral("removeResponseButton"), tr("Remove the selected questionnaire"));
    connect(add, &QPushButton::clicked, this, &ClientRecordDialog::recordQuestionnaire);
    connect(view, &QPushButton::clicked, this, &ClientRecordDialog::viewAnswers);
    connect(remove, &QPushButton::clicked, this, &ClientRecordDialog::removeResponse);
    enableWithSelection(m_outcomeTable, { view, remove });
    connect(m_outcomeTable, &QTreeWidget::itemActivated, this, &ClientRecordDialog::viewAnswers);
    auto* box = tableBox(tr("Outcome measures (oldest first)"), m_outcomeTable, { add, view, remove }, page);
    box->layout()->addWidget(new WrappingLabel(
        tr("Change is measured from the first score of the same questionnaire in the same episode. A response is "
           "never changed once recorded: if it was entered wrongly, remove it and record it again."),
        page));

    // One measure at a time over time, under the table.
    auto* chartBox = new QGroupBox(tr("Scores over time"), page);
    chartBox->setObjectName(QStringLiteral("outcomeChartBox"));
    m_chartMeasure = new QComboBox(chartBox);
    m_chartMeasure->setObjectName(QStringLiteral("chartMeasureCombo"));
    m_chartMeasure->setAccessibleName(tr("Questionnaire shown in the chart"));
    m_chartMeasure->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* chartLabel = new QLabel(tr("C&hart:"), chartBox);
    chartLabel->setBuddy(m_chartMeasure);
    m_chart = new OutcomeChart(chartBox);
    m_chart->setObjectName(QStringLiteral("outcomeChart"));
    connect(m_chartMeasure, &QComboBox::currentIndexChanged, this, &ClientRecordDialog::showOutcomeChart);
    auto* pick = new QHBoxLayout;
    pick->addWidget(chartLabel);
    pick->addWidget(m_chartMeasure);
    pick->addStretch(1);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addLayout(pick);
    chartLayout->addWidget(m_chart, 1);

    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(box);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

void ClientRecordDialog::loadOutcomeChart()
{
    const QString chosen = m_chartMeasure->currentData().toString();
    const QSignalBlocker block(m_chartMeasure);
    m_chartMeasure->clear();
    for (const core::MeasureResponse& r : std::as_const(m_responses)) {
        if (m_chartMeasure->findData(r.measureId) < 0) {
            m_chartMeasure->addItem(r.shortTitle, r.measureId);
        }
    }
    // The one chosen before, else the measure answered last.
    int index = m_chartMeasure->findData(chosen);
    if (index < 0 && !m_responses.isEmpty()) {
        index = m_chartMeasure->findData(m_responses.last().measureId);
    }
    m_chartMeasure->setCurrentIndex(index);
    m_chartMeasure->setEnabled(m_chartMeasure->count() > 1);
    showOutcomeChart();
}

void ClientRecordDialog::showOutcomeChart()
{
    const QString id = m_chartMeasure->currentData().toString();
    // No questionnaire yet: the table says so, and there is nothing to chart.
    m_chart->parentWidget()->setVisible(!id.isEmpty());
    if (id.isEmpty()) {
        return;
    }
    auto definition = core::MeasureService(m_db).currentDefinition(id);
    if (!definition) {
        showMessage(definition.message());
        return;
    }
    QList<core::MeasureResponse> responses;
    for (const core::MeasureResponse& r : std::as_const(m_responses)) {
        if (r.measureId == id) {
            responses << r;
        }
    }
    m_chart->setResponses(definition.value(), responses,
        core::WorkforceService::displayName(m_profile.givenName, m_profile.familyName, m_profile.knownAs));
}

void ClientRecordDialog::loadOutcomes()
{
    const qint64 id = selectedId(m_outcomeTable);
    m_outcomeTable->clear();
    auto responses = core::MeasureService(m_db).responses(m_actor, m_clientId);
    m_responses = responses ? responses.value() : QList<core::MeasureResponse>();
    core::MeasureService measures(m_db);
    for (const core::MeasureResponse& r : std::as_const(m_responses)) {
        const QString measure = r.definitionVersion == 1
            ? r.shortTitle
            : tr("%1 (version %2)").arg(r.shortTitle).arg(r.definitionVersion);
        QString score;
        QString band = r.result.bandLabel;
        if (!r.result.complete) {
            score = tr("Not scored: %1").arg(r.result.reason);
        } else if (!r.result.score) {
            QStringList items;
            for (const core::ItemBandResult& b : r.result.itemBands) {
                items << tr("item %1: %2").arg(b.itemNumber).arg(b.value);
            }
            score = items.join(QStringLiteral(", "));
            QStringList bands;
            for (const core::ItemBandResult& b : r.result.itemBands) {
                bands << tr("item %1: %2").arg(b.itemNumber).arg(b.bandLabel);
            }
            band = bands.join(QStringLiteral(", "));
            if (items.isEmpty()) {
                // A questionnaire of yes / no / not applicable items (an exit questionnaire): the count of each.
                score = tr("No total");
                if (auto definition = measures.definition(r.measureId, r.definitionVersion)) {
                    int yes = 0, no = 0, notApplicable = 0;
                    for (int i = 0; i < definition.value().items.size() && i < r.answers.size(); ++i) {
                        const auto answer = r.answers[i]
                            ? core::MeasureService::yesNoOf(definition.value().items[i], *r.answers[i])
                            : std::nullopt;
                        if (answer) {
                            (*answer == core::outcomes::YesNoAnswer::Yes         ? yes
                                    : *answer == core::outcomes::YesNoAnswer::No ? no
                                                                                 : notApplicable)
                                += 1;
                        }
                    }
                    if (yes + no + notApplicable > 0) {
                        score = tr("%1 yes, %2 no, %3 not applicable").arg(yes).arg(no).arg(notApplicable);
                    }
                }
            }
        } else {
            score = MeasureEntryDialog::scoreText(*r.result.score);
            if (r.totalOnly) {
                score = tr("%1 (total only: no answers to each item)").arg(score);
            } else if (r.prorated) {
                score = tr("%1 (prorated: an item was missing)").arg(score);
            }
        }
        QString change;
        if (r.changeSinceFirst) {
            auto definition = measures.definition(r.measureId, r.definitionVersion);
            change = definition ? MeasureEntryDialog::changeText(definition.value(), *r.changeSinceFirst)
                                : r.changeSinceFirst->reason;
        } else if (r.episodeId == 0) {
            change = tr("Not in an episode");
        } else if (r.result.complete && r.result.score) {
            change = tr("First score");
        } else if (r.result.complete) {
            change = tr("No total score");
        }
        QString risk = tr("None");
        if (r.totalOnly) {
            risk = tr("Not known: total only");
        }
        if (r.riskFlagged) {
            risk = r.riskAcknowledgedBy.isEmpty()
                ? tr("Risk answer, not acknowledged")
                : tr("Risk answer, seen by %1 on %2")
                      .arg(r.riskAcknowledgedBy, shortDate(r.riskAcknowledgedAt.toLocalTime().date()));
        }
        QString episode = tr("Not in an episode");
        if (const auto e = findById(m_episodes, r.episodeId)) {
            episode = tr("%1, from %2").arg(e->componentName, shortDate(e->startsOn));
        }
        QTreeWidgetItem* item = addRow(
            m_outcomeTable, r.id, { shortDate(r.administeredOn), measure, score, band, change, risk, episode });
        if (r.riskFlagged) {
            QFont bold = item->font(5);
            bold.setBold(true);
            item->setFont(5, bold);
        }
    }
    selectId(m_outcomeTable, id);
    if (!m_outcomeTable->currentItem() && m_outcomeTable->topLevelItemCount() > 0) {
        // Oldest first, so the newest (and any risk answer just recorded) is at the bottom: show it.
        m_outcomeTable->scrollToItem(m_outcomeTable->topLevelItem(m_outcomeTable->topLevelItemCount() - 1));
    }
    loadOutcomeChart();
    if (!responses) {
        showMessage(responses.message());
    }
}

void ClientRecordDialog::recordQuestionnaire()
{
    MeasureEntryDialog dialog(m_db, m_actor, m_clientId, this);
    if (const qint64 episode = selectedEpisodeId(); episode > 0) {
        dialog.setEpisode(episode);
    }
    if (dialog.exec() != QDialog::Accepted || dialog.savedId() <= 0) {
        return;
    }
    const core::MeasureResponseInput input = dialog.savedInput();
    if (m_undo) {
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        const QString title = dialog.measureCombo()->currentText().section(QStringLiteral(" — "), 0, 0);
        m_undo->push(new SavedChange(
            tr("Record %1 on %2").arg(title, shortDate(input.administeredOn)),
            [db, actor, input] { return core::MeasureService(*db).removeResponse(actor, input.id); },
            [db, actor, input] { return recordAgain(db, actor, input); }));
    }
    changeSaved();
    selectId(m_outcomeTable, input.id);
}

void ClientRecordDialog::viewAnswers()
{
    const auto response = findById(m_responses, selectedId(m_outcomeTable));
    if (!response) {
        return;
    }
    MeasureEntryDialog dialog(m_db, m_actor, m_clientId, this);
    dialog.showRecorded(*response);
    dialog.exec();
}

void ClientRecordDialog::removeResponse()
{
    const auto response = findById(m_responses, selectedId(m_outcomeTable));
    if (!response) {
        return;
    }
    if (core::Status s = core::MeasureService(m_db).removeResponse(m_actor, response->id); !s) {
        showMessage(s.message());
        return;
    }
    if (m_undo) {
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        const core::MeasureResponseInput input = inputOf(*response);
        m_undo->push(new SavedChange(
            tr("Remove %1 of %2").arg(response->shortTitle, shortDate(response->administeredOn)),
            [db, actor, input] { return recordAgain(db, actor, input); },
            [db, actor, input] { return core::MeasureService(*db).removeResponse(actor, input.id); }));
    }
    changeSaved();
}

// ---- consent -----------------------------------------------------------------------------------

QWidget* ClientRecordDialog::buildConsentTab()
{
    auto* page = new QWidget(this);
    m_consentTable = newRecordTable(QStringLiteral("consentTable"), tr("Consent"),
        { tr("Purpose"), tr("Given on"), tr("Stands?"), tr("Detail"), tr("Recorded by"), tr("Note") }, page);
    auto* add = editButton(tr("&Record Consent…"), QStringLiteral("recordConsentButton"), tr("Record consent"));
    auto* withdraw = editButton(tr("&Withdraw…"), QStringLiteral("withdrawConsentButton"),
        tr("Record that the selected consent was withdrawn"));
    auto* remove = editButton(tr("Re&move"), QStringLiteral("removeConsentButton"),
        tr("Remove the selected consent (a mistake, not a withdrawal)"));
    connect(add, &QPushButton::clicked, this, &ClientRecordDialog::recordConsent);
    connect(withdraw, &QPushButton::clicked, this, &ClientRecordDialog::withdrawConsent);
    connect(remove, &QPushButton::clicked, this, &ClientRecordDialog::removeConsent);
    enableWithSelection(m_consentTable, { remove });
    // Withdrawing is for consent that still stands.
    auto update = [this, withdraw] {
        const auto consent = findById(m_consents, selectedId(m_consentTable));
        withdraw->setEnabled(consent && !consent->withdrawnOn.isValid());
    };
    connect(m_consentTable, &QTreeWidget::currentItemChanged, this, update);
    update();
    auto* box = tableBox(tr("Consent (newest first)"), m_consentTable, { add, withdraw, remove }, page);
    box->layout()->addWidget(new WrappingLabel(
        tr("Record each purpose the person agreed to, with the date. When they withdraw it, use Withdraw: the "
           "record of what they agreed to is kept. Remove is only for a consent recorded by mistake."),
        page));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(box);
    return page;
}

void ClientRecordDialog::loadConsent()
{
    const qint64 id = selectedId(m_consentTable);
    m_consentTable->clear();
    if (m_profile.personId <= 0) {
        m_consents.clear();
        return; // the profile could not be read: its problem is shown already
    }
    auto consents = ClientService(m_db).consents(m_actor, m_profile.personId);
    m_consents = consents ? consents.value() : QList<core::Consent>();
    for (const core::Consent& c : std::as_const(m_consents)) {
        addRow(m_consentTable, c.id,
            { ClientService::consentPurposeName(c.purpose), shortDate(c.givenOn),
                c.withdrawnOn.isValid() ? tr("No: withdrawn on %1").arg(shortDate(c.withdrawnOn)) : tr("Yes"), c.detail,
                c.recordedBy, c.note.simplified() });
    }
    selectId(m_consentTable, id);
    if (!consents) {
        showMessage(consents.message());
    }
}

void ClientRecordDialog::recordConsent()
{
    FormDialog dialog(tr("Record Consent"), tr("&Record Consent"), this);
    auto* purpose = keyCombo(&dialog, tr("Purpose"), ClientService::consentPurposeKeys(),
        &ClientService::consentPurposeName, QStringLiteral("service"));
    purpose->setObjectName(QStringLiteral("purposeCombo"));
    auto* givenOn = newDateEdit(tr("Given on"), core::Clock::instance().today(), &dialog);
    givenOn->setObjectName(QStringLiteral("givenOnEdit"));
    auto* detail = formLine(&dialog, QStringLiteral("detailEdit"), tr("Detail"), QString());
    auto hint = [purpose, detail] {
        const QString key = purpose->currentData().toString();
        detail->setPlaceholderText(key == QLatin1String("sharing")
                ? ClientRecordDialog::tr("The services it may be shared with, by name")
                : key == QLatin1String("contact") ? ClientRecordDialog::tr("How: e.g. phone and text, not letters")
                                                  : QString());
    };
    connect(purpose, &QComboBox::currentIndexChanged, &dialog, hint);
    hint();
    auto* note = formLine(&dialog, QStringLiteral("noteEdit"), tr("Note"), QString());
    dialog.form()->addRow(tr("&Purpose:"), purpose);
    dialog.form()->addRow(tr("&Given on:"), givenOn);
    dialog.form()->addRow(tr("&Detail:"), detail);
    dialog.form()->addRow(tr("&Note:"), note);
    dialog.setSave([&]() -> core::Status {
        core::Consent c;
        c.personId = m_profile.personId;
        c.purpose = purpose->currentData().toString();
        c.givenOn = givenOn->date();
        c.detail = detail->text().trimmed();
        c.note = note->text().trimmed();
        if (core::Status s = ClientService::validate(c, core::Clock::instance().today()); !s) {
            return s;
        }
        ClientService service(m_db);
        auto id = service.saveConsent(m_actor, c);
        if (!id) {
            return id.status();
        }
        c.id = id.value();
        // As saved (the service fills in who recorded it): read back, so redo writes the same row.
        auto saved = service.consents(m_actor, c.personId);
        if (saved) {
            if (auto again = findById(saved.value(), c.id)) {
                c = *again;
            }
        }
        pushRow<ClientService, core::Consent>(m_undo, &m_db, m_actor,
            tr("Record consent: %1").arg(ClientService::consentPurposeName(c.purpose)), std::nullopt, c,
            &ClientService::saveConsent, &ClientService::removeConsent);
        return core::Status::ok();
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void ClientRecordDialog::withdrawConsent()
{
    const auto before = findById(m_consents, selectedId(m_consentTable));
    if (!before || before->withdrawnOn.isValid()) {
        return;
    }
    FormDialog dialog(tr("Withdraw Consent"), tr("&Withdraw"), this);
    auto* withdrawnOn = newDateEdit(tr("Withdrawn on"), core::Clock::instance().today(), &dialog);
    withdrawnOn->setObjectName(QStringLiteral("withdrawnOnEdit"));
    auto* note = formLine(&dialog, QStringLiteral("noteEdit"), tr("Note"), before->note);
    dialog.form()->addRow(tr("Purpose:"), new QLabel(ClientService::consentPurposeName(before->purpose), &dialog));
    dialog.form()->addRow(tr("Given on:"), new QLabel(shortDate(before->givenOn), &dialog));
    dialog.form()->addRow(tr("&Withdrawn on:"), withdrawnOn);
    dialog.form()->addRow(tr("&Note:"), note);
    dialog.setSave([&]() -> core::Status {
        core::Consent c = *before;
        c.withdrawnOn = withdrawnOn->date();
        c.note = note->text().trimmed();
        if (core::Status s = ClientService::validate(c, core::Clock::instance().today()); !s) {
            return s;
        }
        return saveAndRecord<core::Consent>(c, before,
            tr("Withdraw consent: %1").arg(ClientService::consentPurposeName(c.purpose)), &ClientService::saveConsent,
            &ClientService::removeConsent);
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void ClientRecordDialog::removeConsent()
{
    removeSelected<core::Consent>(
        m_consents, m_consentTable,
        [this](const core::Consent& c) {
            return tr("Remove consent: %1").arg(ClientService::consentPurposeName(c.purpose));
        },
        &ClientService::saveConsent, &ClientService::removeConsent);
}

} // namespace alongside::ui
