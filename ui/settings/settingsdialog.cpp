#include "settingsdialog.h"

#include "core/auth/permissions.h"
#include "core/db/backupmanager.h"
#include "core/db/database.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/fonts.h"
#include "ui/common/prompts.h"
#include "ui/common/wrappinglabel.h"
#include "ui/privacy/retentionsettingseditor.h"

#include <QBuffer>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace alongside::ui {

SettingsDialog::SettingsDialog(core::Database& db, const core::Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_name(new QLineEdit(this))
    , m_logoPreview(new QLabel(this))
    , m_chooseLogo(new QPushButton(tr("&Choose…"), this))
    , m_removeLogo(new QPushButton(tr("Re&move"), this))
    , m_yearStart(new QComboBox(this))
    , m_threshold(new QSpinBox(this))
    , m_backups(new QSpinBox(this))
    , m_autoLock(new QSpinBox(this))
    , m_hourlyRate(new QDoubleSpinBox(this))
    , m_dbsRecheck(new QSpinBox(this))
    , m_expiryWarning(new QSpinBox(this))
    , m_noSessionWeeks(new QSpinBox(this))
    , m_defaultMentees(new QSpinBox(this))
    , m_supervisionDueSoon(new QSpinBox(this))
    , m_error(new WrappingLabel(QString(), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto loaded = core::SettingsService(m_db).load(m_actor);
    m_loadedOk = loaded.isOk();
    if (loaded) {
        m_settings = loaded.value();
    }

    m_name->setObjectName(QStringLiteral("charityNameEdit"));
    m_name->setMaxLength(core::CharitySettings::kMaxNameLength);
    m_name->setAccessibleName(tr("Charity name"));
    m_name->setPlaceholderText(tr("For example: Riverside Peer Support"));
    m_name->setText(m_settings.charityName);

    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setMinimumSize(96, 64);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setAccessibleName(tr("Logo preview"));
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    m_chooseLogo->setAccessibleName(tr("Choose a logo picture"));
    m_removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
    m_removeLogo->setAccessibleName(tr("Remove the logo"));
    connect(m_chooseLogo, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_settings.logoPng.clear();
        showLogo();
    });
    showLogo();

    m_yearStart->setObjectName(QStringLiteral("yearStartCombo"));
    m_yearStart->setAccessibleName(tr("Reporting year starts in"));
    const QLocale locale;
    for (int m = 1; m <= 12; ++m) {
        m_yearStart->addItem(locale.standaloneMonthName(m), m);
    }
    m_yearStart->setCurrentIndex(m_settings.yearStartMonth - 1);

    m_threshold->setObjectName(QStringLiteral("suppressionSpin"));
    m_threshold->setAccessibleName(tr("Small-number threshold"));
    m_threshold->setRange(core::CharitySettings::kMinSuppression, core::CharitySettings::kMaxSuppression);
    m_threshold->setValue(m_settings.suppressionThreshold);

    m_backups->setObjectName(QStringLiteral("backupsSpin"));
    m_backups->setAccessibleName(tr("Daily backups to keep"));
    m_backups->setRange(core::CharitySettings::kMinBackups, core::CharitySettings::kMaxBackups);
    m_backups->setValue(m_settings.backupsToKeep);

    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setAccessibleName(tr("Lock after this many minutes without use"));
    m_autoLock->setRange(core::CharitySettings::kMinAutoLock, core::CharitySettings::kMaxAutoLock);
    m_autoLock->setSuffix(tr(" minutes"));
    m_autoLock->setValue(m_settings.autoLockMinutes);

    m_hourlyRate->setObjectName(QStringLiteral("hourlyRateSpin"));
    m_hourlyRate->setAccessibleName(tr("Value of an hour of volunteering, in pounds"));
    m_hourlyRate->setPrefix(QStringLiteral("£"));
    m_hourlyRate->setDecimals(2);
    m_hourlyRate->setRange(0, core::CharitySettings::kMaxHourlyRatePence / 100.0);
    m_hourlyRate->setValue(m_settings.hourlyRatePence / 100.0);
    m_dbsRecheck->setObjectName(QStringLiteral("dbsRecheckSpin"));
    m_dbsRecheck->setAccessibleName(tr("Recheck DBS certificates after this many months"));
    m_dbsRecheck->setRange(0, core::CharitySettings::kMaxDbsRecheckMonths);
    m_dbsRecheck->setSuffix(tr(" months"));
    m_dbsRecheck->setSpecialValueText(tr("Never"));
    m_dbsRecheck->setValue(m_settings.dbsRecheckMonths);
    m_expiryWarning->setObjectName(QStringLiteral("expiryWarningSpin"));
    m_expiryWarning->setAccessibleName(tr("Warn about expiry this many days ahead"));
    m_expiryWarning->setRange(
        core::CharitySettings::kMinExpiryWarningDays, core::CharitySettings::kMaxExpiryWarningDays);
    m_expiryWarning->setSuffix(tr(" days"));
    m_expiryWarning->setValue(m_settings.expiryWarningDays);
    m_noSessionWeeks->setObjectName(QStringLiteral("noSessionWeeksSpin"));
    m_noSessionWeeks->setAccessibleName(tr("Alert when no session is logged for this many weeks"));
    m_noSessionWeeks->setRange(core::CharitySettings::kMinNoSessionWeeks, core::CharitySettings::kMaxNoSessionWeeks);
    m_noSessionWeeks->setSuffix(tr(" weeks"));
    m_noSessionWeeks->setValue(m_settings.noSessionWeeks);
    m_defaultMentees->setObjectName(QStringLiteral("defaultMenteesSpin"));
    m_defaultMentees->setAccessibleName(tr("Usual most mentees per mentor"));
    m_defaultMentees->setRange(0, core::CharitySettings::kMaxDefaultMentees);
    m_defaultMentees->setSuffix(tr(" at once"));
    m_defaultMentees->setSpecialValueText(tr("None"));
    m_defaultMentees->setValue(m_settings.defaultMaxMentees);

    m_supervisionDueSoon->setObjectName(QStringLiteral("supervisionDueSoonSpin"));
    m_supervisionDueSoon->setAccessibleName(tr("Supervision is due soon within this many days"));
    m_supervisionDueSoon->setRange(
        core::CharitySettings::kMinSupervisionDueSoonDays, core::CharitySettings::kMaxSupervisionDueSoonDays);
    m_supervisionDueSoon->setSuffix(tr(" days"));
    m_supervisionDueSoon->setValue(m_settings.supervisionDueSoonDays);

    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(m_chooseLogo, 0, Qt::AlignBottom);
    logoRow->addWidget(m_removeLogo, 0, Qt::AlignBottom);
    logoRow->addStretch(1);

    auto explain = [this](const QString& text) { return new WrappingLabel(text, this); };
    auto heading = [this](const QString& text) {
        auto* l = new QLabel(text, this);
        l->setFont(scaledFont(l->font(), 1.1));
        return l;
    };

    // One form for all sections, so every field starts at the same place.
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Small numbers and a month need small boxes; text and explanations take the width.
    for (QWidget* w : std::initializer_list<QWidget*> { m_yearStart, m_threshold, m_backups, m_autoLock, m_hourlyRate,
             m_dbsRecheck, m_expiryWarning, m_noSessionWeeks, m_defaultMentees, m_supervisionDueSoon }) {
        w->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_name->setMinimumWidth(360);

    form->addRow(heading(tr("Your charity")));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(QString(), explain(tr("The name and logo appear on the dashboard and at the top of reports.")));

    form->addRow(heading(tr("Reports")));
    form->addRow(tr("Reporting &year starts in:"), m_yearStart);
    form->addRow(tr("Hide counts &below:"), m_threshold);
    auto* thresholdNote = explain(QString());
    auto showThresholdNote = [thresholdNote](int n) {
        thresholdNote->setText(tr("Reports that leave the building show counts under %1 as \"<%1\" so that nobody "
                                  "can be identified from them. 5 is the usual choice.")
                                   .arg(n));
    };
    showThresholdNote(m_threshold->value());
    connect(m_threshold, &QSpinBox::valueChanged, this, showThresholdNote);
    form->addRow(QString(), thresholdNote);

    form->addRow(heading(tr("Volunteers and checks")));
    form->addRow(tr("An hour of volunteering is &worth:"), m_hourlyRate);
    form->addRow(QString(),
        explain(tr("Used to value volunteer hours in reports. The default is the UK National Living Wage from "
                   "April 2026.")));
    form->addRow(tr("Recheck &DBS certificates after:"), m_dbsRecheck);
    form->addRow(tr("Warn about &expiry:"), m_expiryWarning);
    form->addRow(QString(),
        explain(tr("A DBS check without its own recheck date is due this long after issue. Checks and training "
                   "that expire within the warning time are shown as \"expiring soon\".")));

    form->addRow(heading(tr("People supported and matching")));
    form->addRow(tr("Alert when &no session is logged for:"), m_noSessionWeeks);
    form->addRow(QString(),
        explain(tr("The dashboard lists people in mentoring or short-term support with no session logged for this "
                   "long, so nobody drifts away unnoticed.")));
    form->addRow(tr("&Usual most mentees per mentor:"), m_defaultMentees);
    form->addRow(QString(),
        explain(tr("Used when matching, for mentors whose record does not set their own limit. With None, only "
                   "mentors whose record sets a limit are suggested.")));

    form->addRow(heading(tr("Supervision")));
    form->addRow(tr("Supervision is due &soon within:"), m_supervisionDueSoon);
    form->addRow(QString(),
        explain(tr("People whose next supervision falls within this many days are shown as \"due soon\"; after the "
                   "date they are overdue.")));
    form->addRow(tr("Expected supervision:"), buildRoleIntervals());
    form->addRow(QString(),
        explain(tr("How often each role is expected to have supervision. A person's next supervision is due this "
                   "long after their last one (with more than one role, the most frequent counts). Choose None for "
                   "roles that are not supervised.")));

    form->addRow(heading(tr("Privacy")));
    form->addRow(tr("&Lock after:"), m_autoLock);
    form->addRow(QString(),
        explain(tr("When no one has used Alongside for this long, it locks itself and asks for a password, so "
                   "people's records are not left open on a shared computer.")));

    addRetentionSection(form, heading(tr("Retention")));

    const core::BackupManager backupManager(m_db.path());
    const QString folder = backupManager.folder();
    form->addRow(heading(tr("Backups")));
    form->addRow(tr("Daily backups to &keep:"), m_backups);
    form->addRow(QString(),
        explain(tr("Alongside backs up this database once a day, and keeps this many daily copies. Backups you make "
                   "with Back Up Now are never deleted automatically. Copy the backups folder to a USB stick or "
                   "another safe place regularly.")));
    auto* file = new WrappingLabel(QDir::toNativeSeparators(m_db.path()), this);
    file->setObjectName(QStringLiteral("settingsDatabaseFile"));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setMinimumWidth(360);
    form->addRow(tr("Database file:"), file);
    auto* folderLabel = new WrappingLabel(QDir::toNativeSeparators(folder), this);
    folderLabel->setObjectName(QStringLiteral("settingsBackupFolder"));
    folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folderLabel->setMinimumWidth(360);
    form->addRow(tr("Backups folder:"), folderLabel);
    auto* showFolder = new QPushButton(tr("Show Backups &Folder"), this);
    showFolder->setObjectName(QStringLiteral("showBackupsFolderButton"));
    showFolder->setEnabled(QFileInfo::exists(folder));
    showFolder->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(
        showFolder, &QPushButton::clicked, this, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    form->addRow(QString(), showFolder);

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->hide();
    if (!loaded) {
        // Saving now would replace the real settings with defaults: show why, and allow only Cancel.
        m_error->setText(tr("The settings could not be read, so they cannot be changed now. %1").arg(loaded.message()));
        m_error->show();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(loaded.isOk());
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    // The sections scroll, so that the dialog fits a small laptop screen; the buttons stay in view.
    auto* sections = new QWidget;
    sections->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setWidget(sections);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field; the area follows the focus
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    sections->setAutoFillBackground(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    const QSize content = sections->sizeHint();
    const int scrollBar = scroll->verticalScrollBar()->sizeHint().width();
    const QMargins margins = layout->contentsMargins();
    const QSize wanted(content.width() + scrollBar + margins.left() + margins.right(),
        content.height() + buttons->sizeHint().height() + layout->spacing() + margins.top() + margins.bottom());
    resize(wanted.boundedTo(screen()->availableSize() * 0.9));
    m_name->setFocus();
}

void SettingsDialog::addRetentionSection(QFormLayout* form, QLabel* heading)
{
    if (!core::Permissions::allowed(m_actor.role, core::Permissions::Action::EraseRecords)) {
        delete heading;
        return;
    }
    m_retention = new RetentionSettingsEditor(m_db, m_actor, this);
    m_retention->addTo(form, heading);
}

QWidget* SettingsDialog::buildRoleIntervals()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("supervisionIntervals"));
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    auto* roleHeading = new QLabel(tr("Role"), box);
    auto* everyHeading = new QLabel(tr("Supervised every"), box);
    QFont bold = roleHeading->font();
    bold.setBold(true);
    roleHeading->setFont(bold);
    everyHeading->setFont(bold);
    grid->addWidget(roleHeading, 0, 0);
    grid->addWidget(everyHeading, 0, 1, 1, 2);
    m_rolesProblem = new WrappingLabel(QString(), box);
    m_rolesProblem->setObjectName(QStringLiteral("supervisionIntervalsProblem"));
    m_rolesProblem->hide();
    auto types = core::WorkforceService(m_db).roleTypes(m_actor, true);
    if (!types) {
        m_rolesProblem->setText(tr("The roles could not be read: %1").arg(types.message()));
        m_rolesProblem->show();
        grid->addWidget(m_rolesProblem, 1, 0, 1, 3);
        return box;
    }
    int row = 1;
    for (const core::RoleType& type : types.value()) {
        if (!type.active && type.supervisionIntervalDays <= 0) {
            continue; // a retired role that expects nothing has nothing to set
        }
        RoleInterval r;
        r.type = type;
        const QString name = type.active ? type.name : tr("%1 (retired)").arg(type.name);
        auto* label = new QLabel(name, box);
        r.every = new QSpinBox(box);
        r.every->setObjectName(QStringLiteral("supervisionInterval_%1").arg(type.id));
        r.every->setAccessibleName(tr("Supervision interval for %1").arg(type.name));
        r.every->setRange(0, 365);
        r.every->setSpecialValueText(tr("None"));
        r.every->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        r.unit = new QComboBox(box);
        r.unit->setObjectName(QStringLiteral("supervisionUnit_%1").arg(type.id));
        r.unit->setAccessibleName(tr("Days or weeks, for %1").arg(type.name));
        r.unit->addItem(tr("days"), 1);
        r.unit->addItem(tr("weeks"), 7);
        r.unit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        const int days = type.supervisionIntervalDays;
        const bool weeks = days > 0 && days % 7 == 0;
        r.unit->setCurrentIndex(weeks ? 1 : 0);
        r.every->setValue(weeks ? days / 7 : std::max(0, days));
        label->setBuddy(r.every);
        auto updateUnit = [every = r.every, unit = r.unit] { unit->setEnabled(every->value() > 0); };
        connect(r.every, &QSpinBox::valueChanged, this, updateUnit);
        updateUnit();
        grid->addWidget(label, row, 0);
        grid->addWidget(r.every, row, 1);
        grid->addWidget(r.unit, row, 2);
        m_roleIntervals << r;
        ++row;
    }
    if (m_roleIntervals.isEmpty()) {
        m_rolesProblem->setText(tr("No roles yet: add them in Workforce > Roles, Services and Other Lists."));
        m_rolesProblem->show();
    }
    grid->addWidget(m_rolesProblem, row, 0, 1, 4);
    grid->setColumnStretch(3, 1);
    return box;
}

QSpinBox* SettingsDialog::supervisionIntervalSpin(qint64 roleTypeId) const
{
    for (const RoleInterval& r : m_roleIntervals) {
        if (r.type.id == roleTypeId) {
            return r.every;
        }
    }
    return nullptr;
}

QComboBox* SettingsDialog::supervisionUnitCombo(qint64 roleTypeId) const
{
    for (const RoleInterval& r : m_roleIntervals) {
        if (r.type.id == roleTypeId) {
            return r.unit;
        }
    }
    return nullptr;
}

QList<core::RoleType> SettingsDialog::changedRoleTypes() const
{
    QList<core::RoleType> changed;
    for (const RoleInterval& r : m_roleIntervals) {
        const int days = r.every->value() * r.unit->currentData().toInt();
        if (days != std::max(0, r.type.supervisionIntervalDays)) {
            core::RoleType type = r.type;
            type.supervisionIntervalDays = days;
            changed << type;
        }
    }
    return changed;
}

void SettingsDialog::showLogo()
{
    QPixmap pixmap;
    if (!m_settings.logoPng.isEmpty() && pixmap.loadFromData(m_settings.logoPng, "PNG")) {
        m_logoPreview->setPixmap(pixmap.scaled(96, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_logoPreview->setText(tr("No logo"));
    }
    m_removeLogo->setEnabled(!m_settings.logoPng.isEmpty());
}

bool SettingsDialog::setLogoFromFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        prompts::warning(this, tr("Logo not used"),
            tr("%1 could not be read as a picture (%2). Choose a PNG, JPEG or SVG file.")
                .arg(QDir::toNativeSeparators(path), reader.errorString()));
        return false;
    }
    if (image.width() > 512 || image.height() > 512) {
        image = image.scaled(512, 512, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    if (png.size() > core::CharitySettings::kMaxLogoBytes) {
        prompts::warning(this, tr("Logo not used"), tr("That picture is too detailed to store. Choose a simpler one."));
        return false;
    }
    m_settings.logoPng = png;
    showLogo();
    return true;
}

void SettingsDialog::chooseLogo()
{
    const QString path = prompts::openFileName(this, tr("Choose a Logo"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.png *.jpg *.jpeg *.svg *.gif *.bmp)"));
    if (!path.isEmpty()) {
        setLogoFromFile(path);
    }
}

void SettingsDialog::accept()
{
    if (!m_loadedOk) {
        return;
    }
    m_settings.charityName = m_name->text().trimmed();
    m_settings.yearStartMonth = m_yearStart->currentData().toInt();
    m_settings.suppressionThreshold = m_threshold->value();
    m_settings.backupsToKeep = m_backups->value();
    m_settings.autoLockMinutes = m_autoLock->value();
    m_settings.hourlyRatePence = int(std::lround(m_hourlyRate->value() * 100));
    m_settings.dbsRecheckMonths = m_dbsRecheck->value();
    m_settings.expiryWarningDays = m_expiryWarning->value();
    m_settings.noSessionWeeks = m_noSessionWeeks->value();
    m_settings.defaultMaxMentees = m_defaultMentees->value();
    m_settings.supervisionDueSoonDays = m_supervisionDueSoon->value();
    const QList<core::RoleType> roles = changedRoleTypes();
    for (const core::RoleType& type : roles) {
        if (core::Status s = core::WorkforceService::validate(type); !s) {
            m_error->setText(tr("%1: %2").arg(type.name, s.message()));
            m_error->show();
            return;
        }
    }
    if (m_retention) {
        if (core::Status v = m_retention->validate(); !v) {
            m_error->setText(v.message());
            m_error->show();
            return;
        }
    }
    const core::Status s = core::SettingsService(m_db).save(m_actor, m_settings);
    if (!s) {
        m_error->setText(s.message());
        m_error->show();
        return;
    }
    if (m_retention) {
        if (core::Status r = m_retention->save(); !r) {
            m_error->setText(
                tr("The other settings were saved, but the retention periods were not: %1").arg(r.message()));
            m_error->show();
            return;
        }
    }
    core::WorkforceService workforce(m_db);
    for (const core::RoleType& type : roles) {
        if (auto saved = workforce.saveRoleType(m_actor, type); !saved) {
            m_error->setText(tr("The other settings were saved, but the supervision interval of %1 was not: %2")
                                 .arg(type.name, saved.message()));
            m_error->show();
            return;
        }
        for (RoleInterval& r : m_roleIntervals) {
            if (r.type.id == type.id) {
                r.type = type; // saved: pressing OK again does not save it twice
            }
        }
    }
    QDialog::accept();
}

} // namespace alongside::ui
