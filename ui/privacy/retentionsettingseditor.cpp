#include "retentionsettingseditor.h"

#include "ui/common/wrappinglabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace alongside::ui {

namespace {

/** A spin box whose 0 reads "Never" and whose unit agrees with the number. */
QSpinBox* periodSpin(QWidget* parent, int maximum, const QString& one, const QString& many)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(0, maximum);
    spin->setSpecialValueText(RetentionSettingsEditor::tr("Never"));
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto unit = [spin, one, many](int value) { spin->setSuffix(value == 1 ? one : many); };
    QObject::connect(spin, &QSpinBox::valueChanged, spin, unit);
    unit(spin->value());
    return spin;
}

} // namespace

RetentionSettingsEditor::RetentionSettingsEditor(core::Database& db, const core::Actor& actor, QWidget* parent)
    : QObject(parent)
    , m_db(db)
    , m_actor(actor)
    , m_parent(parent)
    , m_supported(periodSpin(parent, core::RetentionSettings::kMaxYears, tr(" year"), tr(" years")))
    , m_worker(periodSpin(parent, core::RetentionSettings::kMaxYears, tr(" year"), tr(" years")))
    , m_applicant(periodSpin(parent, core::RetentionSettings::kMaxMonths, tr(" month"), tr(" months")))
{
    m_supported->setObjectName(QStringLiteral("retentionSupportedSpin"));
    m_supported->setAccessibleName(tr("Keep records of people supported for this many years after the last contact"));
    m_worker->setObjectName(QStringLiteral("retentionWorkerSpin"));
    m_worker->setAccessibleName(tr("Keep records of volunteers and workers for this many years after they leave"));
    m_applicant->setObjectName(QStringLiteral("retentionApplicantSpin"));
    m_applicant->setAccessibleName(tr("Keep records of unsuccessful applicants for this many months"));
    auto loaded = core::RetentionService(m_db).load(m_actor);
    const core::RetentionSettings s = loaded ? loaded.value() : core::RetentionSettings();
    m_supported->setValue(s.supportedYears);
    m_worker->setValue(s.workerYears);
    m_applicant->setValue(s.applicantMonths);
}

void RetentionSettingsEditor::addTo(QFormLayout* form, QLabel* heading)
{
    auto explain = [this](const QString& text) { return new WrappingLabel(text, m_parent); };
    form->addRow(heading);
    form->addRow(tr("People &supported, after their last contact:"), m_supported);
    form->addRow(QString(),
        explain(tr("The last contact is the latest referral, session, questionnaire, goal, consent or meeting, or "
                   "the end of their last episode. Nobody with an episode still open is listed.")));
    form->addRow(tr("Volunteers and &workers, after leaving:"), m_worker);
    form->addRow(tr("Unsuccessful a&pplicants, after their last change:"), m_applicant);
    form->addRow(QString(),
        explain(tr("An unsuccessful applicant is someone who never started training or volunteering: an enquiry or "
                   "application that went no further, or who left before starting.")));
    form->addRow(QString(),
        explain(tr("Tools > Records Past Retention lists the records past these periods so you can anonymise "
                   "them, or erase an unsuccessful applicant's record from the record itself, since no report needs "
                   "it: the law asks you to keep personal data no longer than you need it. Never means records of "
                   "that kind are never listed. Six years, and six months for applicants, are usual choices.")));
}

core::RetentionSettings RetentionSettingsEditor::settings() const
{
    core::RetentionSettings s;
    s.supportedYears = m_supported->value();
    s.workerYears = m_worker->value();
    s.applicantMonths = m_applicant->value();
    return s;
}

core::Status RetentionSettingsEditor::validate() const
{
    return core::RetentionService::validate(settings());
}

core::Status RetentionSettingsEditor::save()
{
    return core::RetentionService(m_db).save(m_actor, settings());
}

} // namespace alongside::ui
