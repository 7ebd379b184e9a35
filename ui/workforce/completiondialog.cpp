#include "completiondialog.h"

#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/workforce/trainingservice.h"
#include "ui/common/feedback.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/workforce/formdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

namespace alongside::ui {

CompletionDialog::CompletionDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 workerId,
    const std::optional<core::Completion>& existing, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_undo(undo)
    , m_workerId(workerId)
    , m_existing(existing)
    , m_canEdit(core::Permissions::allowed(actor.role, core::Permissions::Action::EditRecords))
    , m_course(new QComboBox(this))
    , m_completed(newDateEdit(tr("Completed on"), core::Clock::instance().today(), this))
    , m_overrideExpiry(new QCheckBox(tr("&From the certificate:"), this))
    , m_expires(newDateEdit(tr("Expires on"), core::Clock::instance().today(), this))
    , m_computedExpiry(new QLabel(this))
    , m_provider(new QLineEdit(this))
    , m_credits(new QSpinBox(this))
    , m_note(new QLineEdit(this))
    , m_certificate(new QLabel(this))
    , m_attach(new QPushButton(tr("A&ttach…"), this))
    , m_saveAs(new QPushButton(tr("Save Certificate &As…"), this))
    , m_removeCertificate(new QPushButton(tr("Remo&ve Certificate"), this))
    , m_feedback(new FeedbackBanner(QStringLiteral("problemLabel"), this))
{
    setObjectName(QStringLiteral("completionDialog"));
    setWindowTitle(!existing ? tr("Record Training Completed") : m_canEdit ? tr("Edit Training") : tr("Training"));

    m_course->setObjectName(QStringLiteral("courseCombo"));
    m_course->setAccessibleName(tr("Course"));
    m_course->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_course->setMinimumContentsLength(30);
    auto courses = core::TrainingService(m_db).courses(m_actor, true);
    if (courses) {
        m_courses = courses.value();
    }
    for (const core::Course& c : std::as_const(m_courses)) {
        if (c.active || (existing && existing->courseId == c.id)) {
            m_course->addItem(c.title, c.id);
        }
    }
    m_completed->setObjectName(QStringLiteral("completedOnEdit"));
    m_overrideExpiry->setObjectName(QStringLiteral("overrideExpiryCheck"));
    m_overrideExpiry->setAccessibleName(tr("Expiry date from the certificate"));
    m_expires->setObjectName(QStringLiteral("expiresOnEdit"));
    m_expires->setEnabled(false);
    m_computedExpiry->setObjectName(QStringLiteral("computedExpiryLabel"));
    m_provider->setObjectName(QStringLiteral("providerEdit"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->setMaxLength(200);
    m_credits->setObjectName(QStringLiteral("creditsSpin"));
    m_credits->setAccessibleName(tr("Credits"));
    m_credits->setRange(-1, 360);
    m_credits->setSpecialValueText(tr("Not set"));
    m_credits->setValue(-1);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaxLength(500);
    m_certificate->setObjectName(QStringLiteral("certificateLabel"));
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setAccessibleName(tr("Attach a certificate file"));
    m_saveAs->setObjectName(QStringLiteral("saveCertificateButton"));
    m_saveAs->setAccessibleName(tr("Save the certificate as a file"));
    m_removeCertificate->setObjectName(QStringLiteral("removeCertificateButton"));
    m_removeCertificate->setAccessibleName(tr("Remove the attached certificate"));

    if (existing) {
        m_course->setCurrentIndex(std::max(0, m_course->findData(existing->courseId)));
        m_completed->setDate(existing->completedOn);
        m_overrideExpiry->setChecked(existing->expiresOn.isValid());
        if (existing->expiresOn.isValid()) {
            m_expires->setDate(existing->expiresOn);
        }
        m_provider->setText(existing->provider);
        m_credits->setValue(existing->credits.value_or(-1));
        m_note->setText(existing->note);
        m_hasCertificate = existing->hasCertificate;
        m_certificateName = existing->certificateName;
    }
    connect(m_overrideExpiry, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);
    connect(m_overrideExpiry, &QCheckBox::toggled, this, &CompletionDialog::updateExpiry);
    connect(m_course, &QComboBox::currentIndexChanged, this, &CompletionDialog::updateExpiry);
    connect(m_completed, &QDateEdit::dateChanged, this, &CompletionDialog::updateExpiry);
    connect(m_attach, &QPushButton::clicked, this, &CompletionDialog::attachCertificate);
    connect(m_saveAs, &QPushButton::clicked, this, &CompletionDialog::saveCertificateAs);
    connect(m_removeCertificate, &QPushButton::clicked, this, &CompletionDialog::removeCertificate);

    auto* expiry = new QHBoxLayout;
    expiry->addWidget(m_overrideExpiry);
    expiry->addWidget(m_expires, 1);
    auto* certificateButtons = new QHBoxLayout;
    certificateButtons->addWidget(m_attach);
    certificateButtons->addWidget(m_saveAs);
    certificateButtons->addWidget(m_removeCertificate);
    certificateButtons->addStretch(1);

    auto* courseLabel = new QLabel(tr("&Course:"), this);
    courseLabel->setBuddy(m_course);
    auto* completedLabel = new QLabel(tr("C&ompleted on:"), this);
    completedLabel->setBuddy(m_completed);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(courseLabel, m_course);
    form->addRow(completedLabel, m_completed);
    form->addRow(tr("Expires:"), m_computedExpiry);
    form->addRow(QString(), expiry);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("C&redits:"), m_credits);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("Certificate:"), m_certificate);
    form->addRow(QString(), certificateButtons);

    auto* buttons = new QDialogButtonBox(
        m_canEdit ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    if (QPushButton* ok = buttons->button(QDialogButtonBox::Ok)) {
        ok->setObjectName(QStringLiteral("okButton"));
        ok->setText(existing ? tr("&Save") : tr("&Record"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &CompletionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    if (!m_canEdit) {
        m_course->setEnabled(false);
        m_completed->setReadOnly(true);
        m_overrideExpiry->setEnabled(false);
        m_expires->setReadOnly(true);
        m_provider->setReadOnly(true);
        m_credits->setReadOnly(true);
        m_note->setReadOnly(true);
        m_attach->hide();
        m_removeCertificate->hide();
    }
    if (!courses) {
        showFeedback(courses.message(), true);
    } else if (m_courses.isEmpty()) {
        showFeedback(tr("There are no courses in the training catalogue yet. Add them under Training first."), true);
    }
    updateExpiry();
    updateCertificate();
    m_course->setFocus();
}

void CompletionDialog::showFeedback(const QString& message, bool problem)
{
    if (problem) {
        m_feedback->showProblem(message);
    } else {
        m_feedback->showGood(message);
    }
}

void CompletionDialog::updateExpiry()
{
    int refreshMonths = 0;
    for (const core::Course& c : std::as_const(m_courses)) {
        if (c.id == m_course->currentData().toLongLong()) {
            refreshMonths = c.refreshMonths;
        }
    }
    const QDate fromCourse = core::TrainingService::expiryDate(m_completed->date(), {}, refreshMonths);
    const QString courseText = fromCourse.isValid() ? tr("From the course: %1").arg(shortDate(fromCourse))
                                                    : tr("From the course: does not expire");
    m_computedExpiry->setText(m_overrideExpiry->isChecked()
            ? tr("%1 (as entered below; the course alone would give %2)")
                  .arg(shortDate(m_expires->date()), fromCourse.isValid() ? shortDate(fromCourse) : tr("no expiry"))
            : courseText);
    if (!m_overrideExpiry->isChecked() && fromCourse.isValid()) {
        m_expires->setDate(fromCourse);
    }
}

void CompletionDialog::updateCertificate()
{
    m_certificate->setText(m_hasCertificate ? m_certificateName : tr("None attached"));
    m_saveAs->setEnabled(m_hasCertificate);
    m_removeCertificate->setEnabled(m_hasCertificate);
    m_attach->setText(m_hasCertificate ? tr("Replace &With…") : tr("A&ttach…"));
}

void CompletionDialog::attachCertificate()
{
    const QString path = prompts::openFileName(
        this, tr("Attach Certificate"), QDir::homePath(), tr("Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const QFileInfo info(path);
    if (info.size() > core::TrainingService::kMaxCertificateBytes) {
        showFeedback(tr("%1 is larger than 10 MB. Scan it at a lower resolution or save it as a PDF, then attach it "
                        "again.")
                         .arg(info.fileName()),
            true);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showFeedback(tr("%1 could not be read: %2. Check that the file is still there and try again.")
                         .arg(info.fileName(), file.errorString()),
            true);
        return;
    }
    m_newCertificate = file.readAll();
    m_certificateName = info.fileName();
    m_hasCertificate = true;
    m_certificateChanged = true;
    updateCertificate();
    showFeedback(tr("%1 will be attached when you save.").arg(m_certificateName), false);
}

void CompletionDialog::saveCertificateAs()
{
    QByteArray bytes = m_newCertificate;
    if (bytes.isEmpty()) {
        if (!m_existing) {
            return;
        }
        auto stored = core::TrainingService(m_db).certificate(m_actor, m_existing->id);
        if (!stored) {
            showFeedback(stored.message(), true);
            return;
        }
        bytes = stored.value();
    }
    const QString path = prompts::saveFileName(
        this, tr("Save Certificate As"), QDir::home().filePath(m_certificateName), tr("All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showFeedback(tr("The certificate could not be saved as %1: %2. Choose another folder and try again.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return;
    }
    showFeedback(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)), false);
}

void CompletionDialog::removeCertificate()
{
    m_newCertificate.clear();
    m_certificateName.clear();
    m_hasCertificate = false;
    m_certificateChanged = true;
    updateCertificate();
}

void CompletionDialog::accept()
{
    if (!m_canEdit) {
        QDialog::accept();
        return;
    }
    core::Completion c = m_existing.value_or(core::Completion {});
    c.workerId = m_workerId;
    c.courseId = m_course->currentData().toLongLong();
    c.courseTitle = m_course->currentText();
    c.completedOn = m_completed->date();
    c.expiresOn = m_overrideExpiry->isChecked() ? m_expires->date() : QDate();
    c.provider = m_provider->text().trimmed();
    c.credits = m_credits->value() < 0 ? std::nullopt : std::optional<int>(m_credits->value());
    c.note = m_note->text().trimmed();
    c.certificate = m_newCertificate;
    c.certificateName = m_certificateName;
    c.hasCertificate = m_hasCertificate;
    if (core::Status s = core::TrainingService::validate(c); !s) {
        showFeedback(s.message(), true);
        return;
    }
    core::TrainingService service(m_db);
    std::optional<core::Completion> before = m_existing;
    if (before && before->hasCertificate && m_certificateChanged) {
        // Undo must put back the file that was replaced or removed, so keep it with the step.
        auto old = service.certificate(m_actor, before->id);
        if (old) {
            before->certificate = old.value();
        }
    }
    auto id = service.saveCompletion(m_actor, c);
    if (!id) {
        showFeedback(id.message(), true);
        return;
    }
    c.id = id.value();
    m_completionId = c.id;
    core::Database* db = &m_db;
    const core::Actor actor = m_actor;
    pushSaved<core::Completion>(
        m_undo, m_existing ? tr("Change %1").arg(c.courseTitle) : tr("Record %1").arg(c.courseTitle), before, c,
        [db, actor](const core::Completion& row) { return core::TrainingService(*db).saveCompletion(actor, row); },
        [db, actor](qint64 rowId) { return core::TrainingService(*db).removeCompletion(actor, rowId); });
    QDialog::accept();
}

} // namespace alongside::ui
