#include "subjectaccessexport.h"

#include "core/auth/permissions.h"
#include "core/privacy/subjectaccess.h"
#include "ui/common/prompts.h"
#include "ui/reports/reportrender.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace alongside::ui::privacy {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(alongside::ui::privacy::SubjectAccessExport)
};

} // namespace

core::Result<QString> writeSubjectAccess(
    core::Database& db, const core::Actor& actor, qint64 personId, const QString& folder)
{
    auto pack = core::privacy::SubjectAccess(db).gather(actor, personId);
    if (!pack) {
        return pack.error();
    }
    // Everything is written into a hidden folder beside the target first and moved into place only
    // when the JSON, the files and the PDF are all written: a full disk never leaves half a pack.
    QTemporaryDir staging(QDir(folder).filePath(QStringLiteral(".alongside-subject-access-XXXXXX")));
    if (!staging.isValid()) {
        return core::Error { core::Error::Code::Io,
            Words::tr("Alongside could not write in %1. Choose a folder you can save files in.")
                .arg(QDir::toNativeSeparators(folder)),
            staging.errorString() };
    }
    auto json = core::privacy::SubjectAccess::writeJsonAndFiles(pack.value(), staging.path());
    if (!json) {
        return json.error();
    }
    const QString base = core::privacy::SubjectAccess::baseFileName(pack.value());
    if (core::Status s = reports::savePdf(core::privacy::SubjectAccess::toReport(pack.value()),
            QDir(staging.path()).filePath(base + QStringLiteral(".pdf")));
        !s) {
        return s.error();
    }
    const QDir from(staging.path());
    const QDir to(folder);
    for (const QString& name : from.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = to.filePath(name);
        // A pack made earlier the same day is replaced by this newer one.
        if (QFileInfo(target).isDir()) {
            QDir(target).removeRecursively();
        } else if (QFileInfo::exists(target)) {
            QFile::remove(target);
        }
        if (!QDir().rename(from.filePath(name), target)) {
            return core::Error { core::Error::Code::Io,
                Words::tr("Alongside could not put the subject access pack in %1. Check that the folder can be "
                          "written to and try again.")
                    .arg(QDir::toNativeSeparators(folder)),
                QStringLiteral("rename failed: %1").arg(name) };
        }
    }
    return to.filePath(base + QStringLiteral(".pdf"));
}

QPushButton* addSubjectAccessButton(QWidget* dialog, QBoxLayout* layout, core::Database& db, const core::Actor& actor,
    const std::function<qint64()>& personId)
{
    if (!core::Permissions::allowed(actor.role, core::Permissions::Action::ExportRecords)) {
        return nullptr;
    }
    auto* button = new QPushButton(Words::tr("Subject &Access Export…"), dialog);
    button->setObjectName(QStringLiteral("subjectAccessButton"));
    button->setAccessibleName(Words::tr("Export everything held about this person (subject access)"));
    button->setToolTip(Words::tr("Writes everything Alongside holds about this person as a readable PDF and a "
                                 "machine-readable JSON file, for a subject access request."));
    button->setAutoDefault(false);
    layout->addWidget(button);
    QObject::connect(button, &QPushButton::clicked, dialog, [dialog, &db, actor, personId] {
        const qint64 id = personId();
        if (id <= 0) {
            return;
        }
        const QString folder
            = QFileDialog::getExistingDirectory(dialog, Words::tr("Choose a Folder for the Subject Access Pack"),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (folder.isEmpty()) {
            return;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto written = writeSubjectAccess(db, actor, id, folder);
        QApplication::restoreOverrideCursor();
        if (!written) {
            prompts::warning(dialog, Words::tr("Subject Access Export"), written.message(), written.error().detail);
            return;
        }
        prompts::information(dialog, Words::tr("Subject Access Pack Written"),
            Words::tr("Everything held about this person is in %1, with a JSON file of the same name (and any files "
                      "held in the record in a folder beside it).\n\nIt holds their personal and sensitive data: send "
                      "it to them securely and delete your copy when the request is closed.")
                .arg(QDir::toNativeSeparators(written.value())));
    });
    return button;
}

} // namespace alongside::ui::privacy
