#include "caseloaddialog.h"

#include "core/clients/clientservice.h"
#include "core/clock.h"
#include "ui/common/listexport.h"
#include "ui/common/wrappinglabel.h"
#include "ui/workforce/formdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace alongside::ui {

CaseloadDialog::CaseloadDialog(core::Database& db, const core::Actor& actor, qint64 mentorId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_mentor(new QComboBox(this))
    , m_showEnded(new QCheckBox(tr("Show &ended matches too"), this))
    , m_summary(new WrappingLabel(QString(), this))
    , m_lines(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("caseloadDialog"));
    setWindowTitle(tr("Mentor Caseloads"));

    m_mentor->setObjectName(QStringLiteral("mentorCombo"));
    m_mentor->setAccessibleName(tr("Mentor"));
    m_mentor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto mentors = core::MatchingService(m_db).mentors(m_actor);
    if (mentors) {
        for (const core::MentorCandidate& m : mentors.value()) {
            m_mentor->addItem(m.name, m.workerId);
        }
    }
    m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(mentorId)));
    m_showEnded->setObjectName(QStringLiteral("showEndedCheck"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    m_lines->setObjectName(QStringLiteral("caseloadTree"));
    m_lines->setAccessibleName(tr("The mentor's matches"));
    m_lines->setRootIsDecorated(false);
    m_lines->setUniformRowHeights(true);
    m_lines->setHeaderLabels({ tr("Person"), tr("Service"), tr("Match status"), tr("Since"), tr("Planned end"),
        tr("Last session"), tr("Sessions attended") });
    m_lines->header()->setStretchLastSection(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Mentor:"), m_mentor);
    form->addRow(m_showEnded);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* open = buttons->addButton(tr("&Open Record"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openRecordButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto openCurrent = [this] {
        if (const QTreeWidgetItem* item = m_lines->currentItem()) {
            emit clientRequested(item->data(0, Qt::UserRole).toLongLong());
        }
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_lines, &QTreeWidget::itemActivated, this, openCurrent);
    connect(
        m_lines, &QTreeWidget::currentItemChanged, this, [this, open] { open->setEnabled(m_lines->currentItem()); });
    open->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_lines, 1);
    auto* exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    auto* exporter = new ListExporter(m_lines, tr("Mentor caseload"), QStringLiteral("caseload"), this);
    exporter->setContext(&m_db, m_actor);
    exporter->setFilterWidgets({ m_mentor, m_showEnded });
    exporter->addButtons(exportRow);
    layout->addLayout(exportRow);
    layout->addWidget(buttons);

    connect(m_mentor, &QComboBox::currentIndexChanged, this, [this] { load(); });
    connect(m_showEnded, &QCheckBox::toggled, this, [this] { load(); });
    load();
    resize(860, 480);
}

qint64 CaseloadDialog::mentorId() const
{
    return m_mentor->currentData().toLongLong();
}

void CaseloadDialog::load()
{
    m_lines->clear();
    if (m_mentor->count() == 0) {
        m_summary->setText(
            tr("Nobody holds a peer role yet, so there are no caseloads. Give a volunteer or peer worker "
               "a peer role on their record first."));
        return;
    }
    auto result = core::MatchingService(m_db).caseload(m_actor, mentorId());
    if (!result) {
        m_summary->setText(tr("The caseload cannot be shown: %1").arg(result.error().message));
        return;
    }
    m_caseload = result.value();
    const int current = m_caseload.current();
    QString summary = m_caseload.capacity > 0
        ? tr("%1 has %2 of %3 places in use (proposed matches hold a place).")
              .arg(m_caseload.mentorName)
              .arg(current)
              .arg(m_caseload.capacity)
        : tr("%1 takes no mentees at present; %2 current match(es).").arg(m_caseload.mentorName).arg(current);
    if (current == 0) {
        summary += QLatin1Char(' ') + tr("Nobody is matched with them now.");
    }
    m_summary->setText(summary);
    for (const core::CaseloadLine& line : std::as_const(m_caseload.lines)) {
        if (line.match.status == QLatin1String("ended") && !m_showEnded->isChecked()) {
            continue;
        }
        const QDate since
            = line.match.status == QLatin1String("proposed") ? line.match.proposedOn : line.match.startedOn;
        QString status = core::ClientService::matchStatusName(line.match.status);
        if (line.match.status == QLatin1String("ended")) {
            status = tr("Ended %1: %2")
                         .arg(shortDate(line.match.endedOn),
                             core::ClientService::endingReasonName(line.match.endingReason));
        }
        auto* item = new QTreeWidgetItem(m_lines,
            { line.match.clientName, line.componentName, status, shortDate(since), shortDate(line.match.plannedEndOn),
                line.lastSession.isValid() ? shortDate(line.lastSession) : tr("None yet"),
                QString::number(line.sessionsAttended) });
        item->setData(0, Qt::UserRole, line.match.clientId);
    }
    for (int column = 0; column < m_lines->columnCount(); ++column) {
        m_lines->resizeColumnToContents(column);
    }
}

} // namespace alongside::ui
