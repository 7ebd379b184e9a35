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
#include <QPushButton>
#include <QStandardPaths>

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
    auto json = core::privacy::SubjectAccess::writeJsonAndFiles(pack.value(), folder);
    if (!json) {
        return json.error();
    }
    const QString pdf
        = QDir(folder).filePath(core::privacy::SubjectAccess::baseFileName(pack.value()) + QStringLiteral(".pdf"));
    if (core::Status s = reports::savePdf(core::privacy::SubjectAccess::toReport(pack.value()), pdf); !s) {
        return s.error();
    }
    return pdf;
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
