#include "fullexportdialog.h"

#include "core/dataio/fullexport.h"
#include "ui/common/prompts.h"
#include "ui/common/wrappinglabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace alongside::ui {

FullExportDialog::FullExportDialog(core::Database& db, const core::Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_folder(new QLineEdit(this))
    , m_sensitive(new QCheckBox(tr("&Include the sensitive fields (lived experience, risk notes, stories as "
                                   "written)"),
          this))
{
    setObjectName(QStringLiteral("fullExportDialog"));
    setWindowTitle(tr("Export Everything to a Folder"));

    auto* what = new WrappingLabel(
        tr("Alongside will write everything in this database into a new folder: one spreadsheet file (CSV) for each "
           "kind of record, the training certificates as files, a README that says what the folder is, and a "
           "manifest for programs.\n\nThe folder will hold special-category (health) data about real people. Keep "
           "it on an encrypted drive or in a locked place, share it only with those entitled to see it, and delete "
           "it when it is no longer needed. Supervision private notes and passwords are never included."),
        this);
    what->setObjectName(QStringLiteral("explanation"));

    auto* folderLabel = new QLabel(tr("New &folder:"), this);
    folderLabel->setBuddy(m_folder);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setAccessibleName(tr("The new folder to export to"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(core::dataio::FullExport::suggestedFolderName()));
    m_folder->setMinimumWidth(420);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAccessibleName(tr("Choose where to put the new folder"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &FullExportDialog::browse);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_sensitive->setObjectName(QStringLiteral("sensitiveCheck"));
    m_sensitive->setAccessibleName(tr("Include the sensitive fields"));
    m_sensitive->setChecked(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export everything to the folder"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, &FullExportDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addSpacing(6);
    layout->addLayout(folderRow);
    layout->addWidget(m_sensitive);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateButtons();
}

QString FullExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

bool FullExportDialog::includeSensitive() const
{
    return m_sensitive->isChecked();
}

void FullExportDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

void FullExportDialog::setIncludeSensitive(bool on)
{
    m_sensitive->setChecked(on);
}

void FullExportDialog::browse()
{
    const QString parent = QFileDialog::getExistingDirectory(
        this, tr("Choose Where to Put the New Folder"), QFileInfo(folder()).absolutePath());
    if (!parent.isEmpty()) {
        m_folder->setText(QDir(parent).filePath(core::dataio::FullExport::suggestedFolderName()));
    }
}

void FullExportDialog::updateButtons()
{
    m_export->setEnabled(!folder().isEmpty());
}

bool FullExportDialog::run()
{
    QProgressDialog progress(tr("Exporting everything…"), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(tr("Export Everything to a Folder"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto done = core::dataio::FullExport(m_db).run(
        m_actor, folder(), includeSensitive(), [&progress](int step, int total, const QString& doing) {
            progress.setMaximum(total);
            progress.setValue(step);
            progress.setLabelText(doing);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!done) {
        if (done.error().code != core::Error::Code::Cancelled) {
            prompts::warning(this, tr("Export Failed"), done.message(), done.error().detail);
        }
        return false;
    }
    qint64 rows = 0;
    for (const core::dataio::ExportedTable& t : done.value().tables) {
        rows += t.rows;
    }
    prompts::information(this, tr("Export Finished"),
        tr("Everything is in %1 (%2 tables, %3 rows in all). README.txt in the folder says what each file is.\n\nThe "
           "folder holds special-category data: keep it safe and delete it when it is no longer needed.")
            .arg(QDir::toNativeSeparators(done.value().folder))
            .arg(done.value().tables.size())
            .arg(QLocale().toString(rows)));
    return true;
}

void FullExportDialog::exportEverything(core::Database& db, const core::Actor& actor, QWidget* parent)
{
    if (core::Status s = core::dataio::FullExport::mayExport(actor); !s) {
        prompts::warning(parent, tr("Export Everything to a Folder"), s.message());
        return;
    }
    FullExportDialog dialog(db, actor, parent);
    while (dialog.exec() == QDialog::Accepted) {
        if (dialog.run()) {
            return;
        }
    }
}

} // namespace alongside::ui
