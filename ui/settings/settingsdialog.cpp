#include "settingsdialog.h"

#include "core/db/backupmanager.h"
#include "core/db/database.h"
#include "ui/common/prompts.h"
#include "ui/common/wrappinglabel.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace alongside::ui {

SettingsDialog::SettingsDialog(core::Database& db, const core::Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_name(new QLineEdit(this))
    , m_logoPreview(new QLabel(this))
    , m_chooseLogo(new QPushButton(tr("C&hoose…"), this))
    , m_removeLogo(new QPushButton(tr("Re&move"), this))
    , m_yearStart(new QComboBox(this))
    , m_threshold(new QSpinBox(this))
    , m_backups(new QSpinBox(this))
    , m_error(new WrappingLabel(QString(), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto loaded = core::SettingsService(m_db).load(m_actor);
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

    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(m_chooseLogo);
    logoRow->addWidget(m_removeLogo);
    logoRow->addStretch(1);

    auto explain = [this](const QString& text) {
        auto* l = new WrappingLabel(text, this);
        l->setForegroundRole(QPalette::PlaceholderText);
        return l;
    };

    auto* charity = new QGroupBox(tr("Your charity"), this);
    auto* charityForm = new QFormLayout(charity);
    charityForm->addRow(tr("&Name:"), m_name);
    auto* logoLabel = new QLabel(tr("Logo:"), this);
    charityForm->addRow(logoLabel, logoRow);
    charityForm->addRow(QString(), explain(tr("The name and logo appear on the dashboard and at the top of reports.")));

    auto* reports = new QGroupBox(tr("Reports"), this);
    auto* reportsForm = new QFormLayout(reports);
    reportsForm->addRow(tr("Reporting &year starts in:"), m_yearStart);
    reportsForm->addRow(tr("&Hide counts below:"), m_threshold);
    reportsForm->addRow(QString(),
        explain(tr("Reports that leave the building show small counts as \"<%1\" so that nobody can be "
                   "identified from them. 5 is the usual choice.")
                    .arg(m_settings.suppressionThreshold)));

    const core::BackupManager backupManager(m_db.path());
    auto* safety = new QGroupBox(tr("Backups"), this);
    auto* safetyForm = new QFormLayout(safety);
    safetyForm->addRow(tr("Daily backups to &keep:"), m_backups);
    safetyForm->addRow(QString(),
        explain(tr("Alongside backs up this database once a day when it is opened, and keeps this many daily "
                   "copies. Backups you make yourself are never deleted automatically.")));
    auto* file = new WrappingLabel(QDir::toNativeSeparators(m_db.path()), this);
    file->setObjectName(QStringLiteral("settingsDatabaseFile"));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    safetyForm->addRow(tr("Database file:"), file);
    auto* folder = new WrappingLabel(QDir::toNativeSeparators(backupManager.folder()), this);
    folder->setObjectName(QStringLiteral("settingsBackupFolder"));
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    safetyForm->addRow(tr("Backups folder:"), folder);

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->hide();
    if (!loaded) {
        m_error->setText(loaded.message());
        m_error->show();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(charity);
    layout->addWidget(reports);
    layout->addWidget(safety);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(600);
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
    m_settings.charityName = m_name->text().trimmed();
    m_settings.yearStartMonth = m_yearStart->currentData().toInt();
    m_settings.suppressionThreshold = m_threshold->value();
    m_settings.backupsToKeep = m_backups->value();
    const core::Status s = core::SettingsService(m_db).save(m_actor, m_settings);
    if (!s) {
        m_error->setText(s.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace alongside::ui
