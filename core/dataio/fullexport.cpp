#include "fullexport.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/db/schema.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/reports/csvfile.h"
#include "core/services/servicesupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

namespace alongside::core::dataio {

namespace {

QString quoted(const QString& identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

/** A file name made only of letters, digits, dots, dashes and underscores. */
QString safeName(const QString& name)
{
    QString s = name.trimmed();
    s.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    while (s.startsWith(QLatin1Char('.'))) {
        s.remove(0, 1);
    }
    if (s.isEmpty()) {
        s = QStringLiteral("certificate");
    }
    return s.left(80);
}

Status writeWhole(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error { Error::Code::Io,
            FullExport::tr("The export could not write %1 (%2). Check that the disk is not full and that you may "
                           "write to the folder, then try again. Nothing was left behind.")
                .arg(QFileInfo(path).fileName(), file.errorString()),
            path };
    }
    return Status::ok();
}

Result<QStringList> columnsOf(Database& db, const QString& table)
{
    auto q = sql::query(db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)), {},
        QStringLiteral("read the columns of a table"));
    if (!q) {
        return q.error();
    }
    QStringList columns;
    while (q.value().next()) {
        columns << q.value().value(1).toString();
    }
    return columns;
}

} // namespace

Status FullExport::mayExport(const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permissions::Action::ExportRecords); !s) {
        return s;
    }
    return Permissions::require(actor, Permissions::Action::ChangeSettings);
}

QString FullExport::suggestedFolderName()
{
    return tr("Alongside export %1").arg(service::today().toString(Qt::ISODate));
}

QList<QPair<QString, QString>> FullExport::neverExported()
{
    return { { QStringLiteral("supervision_entry"), QStringLiteral("private_notes") },
        { QStringLiteral("account"), QStringLiteral("password_hash") },
        { QStringLiteral("account"), QStringLiteral("kdf_salt") } };
}

Result<FullExportResult> FullExport::run(
    const Actor& actor, const QString& folder, bool includeSensitive, const FullExportProgress& progress)
{
    if (Status s = service::refuse(m_db, actor, Permissions::Action::ExportRecords, QStringLiteral("database")); !s) {
        return s.error();
    }
    if (Status s = service::refuse(m_db, actor, Permissions::Action::ChangeSettings, QStringLiteral("database")); !s) {
        return s.error();
    }
    const QFileInfo target(folder);
    if (folder.trimmed().isEmpty()) {
        return invalidInput(tr("Choose a folder to export to."));
    }
    if (target.exists()) {
        return invalidInput(tr("%1 already exists. Choose a new folder name, so that nothing already there is "
                               "mixed up with the export.")
                                .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    const QDir parent = target.absoluteDir();
    if (!parent.exists()) {
        return Error { Error::Code::NotFound,
            tr("The folder %1 does not exist. Choose a folder that does.")
                .arg(QDir::toNativeSeparators(parent.absolutePath())),
            {} };
    }
    // The hidden sibling the export is written into: renamed into place only when complete.
    QTemporaryDir partial(parent.absoluteFilePath(QLatin1Char('.') + target.fileName() + QStringLiteral("-XXXXXX")));
    if (!partial.isValid()) {
        return Error { Error::Code::Io,
            tr("Alongside could not create a folder in %1 (%2). Check that you may write there and that the disk "
               "is not full. Nothing was written.")
                .arg(QDir::toNativeSeparators(parent.absolutePath()), partial.errorString()),
            {} };
    }
    const QDir out(partial.path());

    // One snapshot of the whole file, and the audit entry saved with it.
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }

    QSet<QString> sensitive;
    if (!includeSensitive) {
        for (const schema::SensitiveField& f : schema::sensitiveFields()) {
            sensitive.insert(f.table + QLatin1Char('.') + f.column);
        }
    }
    for (const auto& [table, column] : neverExported()) {
        sensitive.insert(table + QLatin1Char('.') + column);
    }

    FullExportResult result;
    result.generatedAt = Clock::instance().now().toUTC();
    result.includesSensitive = includeSensitive;
    const QStringList tables = schema::tableNames();
    const int total = int(tables.size()) + 2;
    int step = 0;
    auto cancelled = [&](const QString& doing) { return progress && !progress(step, total, doing); };
    auto stop = [] {
        return Error { Error::Code::Cancelled, tr("The export was cancelled. Nothing was left behind."), {} };
    };

    for (const QString& table : tables) {
        if (cancelled(tr("Writing %1").arg(table))) {
            return stop();
        }
        auto columns = columnsOf(m_db, table);
        if (!columns) {
            return columns.error();
        }
        ExportedTable written;
        written.name = table;
        written.fileName = table + QStringLiteral(".csv");
        written.columns = columns.value();
        for (const QString& c : written.columns) {
            if (sensitive.contains(table + QLatin1Char('.') + c)) {
                written.withheld << c;
            }
        }
        QStringList selected;
        for (const QString& c : written.columns) {
            selected << quoted(c);
        }
        auto q = sql::query(m_db,
            QStringLiteral("SELECT rowid, %1 FROM %2 ORDER BY rowid")
                .arg(selected.join(QStringLiteral(", ")), quoted(table)),
            {}, QStringLiteral("read a table for the full export"));
        if (!q) {
            return q.error();
        }
        QList<QStringList> rows;
        rows << written.columns;
        while (q.value().next()) {
            QStringList cells;
            const qint64 rowid = q.value().value(0).toLongLong();
            for (int i = 0; i < written.columns.size(); ++i) {
                const QString& column = written.columns.at(i);
                const QVariant v = q.value().value(i + 1);
                if (v.isNull() || written.withheld.contains(column)) {
                    cells << QString();
                } else if (v.typeId() == QMetaType::QByteArray) {
                    // Blobs are written as files of their own; the cell names the file.
                    QString relative;
                    if (table == QLatin1String("training_completion") && column == QLatin1String("certificate")) {
                        const int nameColumn = int(written.columns.indexOf(QStringLiteral("certificate_name")));
                        const QString name = nameColumn >= 0 ? q.value().value(nameColumn + 1).toString() : QString();
                        relative = QStringLiteral("certificates/%1-%2").arg(rowid).arg(safeName(name));
                        ++result.certificates;
                    } else {
                        relative = QStringLiteral("files/%1/%2-%3.bin").arg(table).arg(rowid).arg(column);
                    }
                    if (!out.mkpath(QFileInfo(relative).path())) {
                        return Error { Error::Code::Io,
                            tr("The export could not create a folder for the files it holds. Check that the disk is "
                               "not full, then try again. Nothing was left behind."),
                            {} };
                    }
                    if (Status s = writeWhole(out.filePath(relative), v.toByteArray()); !s) {
                        return s.error();
                    }
                    cells << relative;
                } else {
                    cells << v.toString();
                }
            }
            rows << cells;
            ++written.rows;
        }
        if (Status s = csv::saveFile(out.filePath(written.fileName), csv::write(rows)); !s) {
            return s.error();
        }
        result.tables << written;
        ++step;
    }

    if (cancelled(tr("Writing README.txt and manifest.json"))) {
        return stop();
    }
    const QLocale locale;
    const int schemaVersion = m_db.schemaVersion();
    QString readme;
    readme += tr("ALONGSIDE: A FULL EXPORT OF THE DATABASE") + QStringLiteral("\n\n");
    readme += tr("This folder holds everything in the Alongside database %1, one CSV file per table (UTF-8, comma "
                 "separated, the first row naming the columns). An empty cell means no value. Dates are as stored "
                 "(year-month-day; times in UTC). Training certificates are the files in the certificates folder; "
                 "the certificate column of training_completion.csv names each one. A text that starts with = + - or @ "
                 "has an apostrophe put in front of it, so that a spreadsheet program shows it rather than running "
                 "it as a formula; remove that apostrophe if you load the files into another database.")
                  .arg(QFileInfo(m_db.path()).fileName())
        + QStringLiteral("\n\n");
    readme += tr("THIS FOLDER HOLDS SPECIAL-CATEGORY (HEALTH) DATA ABOUT REAL PEOPLE. Keep it on an encrypted drive "
                 "or in a locked place, never send it by ordinary email, share it only with those entitled to see "
                 "it, and delete it (and any copies) as soon as it is no longer needed.")
        + QStringLiteral("\n\n");
    readme += tr("Made: %1 (UTC)").arg(result.generatedAt.toString(Qt::ISODate)) + QLatin1Char('\n');
    readme += tr("Made by: %1 (%2)").arg(actor.shownName(), Permissions::roleName(actor.role)) + QLatin1Char('\n');
    readme += tr("Schema version: %1").arg(schemaVersion) + QLatin1Char('\n');
    readme
        += (includeSensitive ? tr("Sensitive fields: INCLUDED (lived experience, risk notes, stories as written).")
                             : tr("Sensitive fields: left empty (lived experience, risk notes, stories as written)."))
        + QLatin1Char('\n');
    readme += tr("Always left empty: supervision private notes (only the people in the supervision may read them) and "
                 "account passwords' hashes and salts.")
        + QStringLiteral("\n\n");
    readme += tr("Rows in each table:") + QLatin1Char('\n');
    qint64 allRows = 0;
    for (const ExportedTable& t : std::as_const(result.tables)) {
        readme += QStringLiteral("  %1  %2\n").arg(t.fileName, -32).arg(locale.toString(t.rows));
        allRows += t.rows;
    }
    if (result.certificates == 1) {
        readme += QLatin1Char('\n') + tr("1 certificate file.") + QLatin1Char('\n');
    } else {
        readme += QLatin1Char('\n') + tr("%1 certificate files.").arg(result.certificates) + QLatin1Char('\n');
    }
    readme += QLatin1Char('\n') + tr("manifest.json lists the same for programs.") + QLatin1Char('\n');
    if (Status s = writeWhole(out.filePath(QStringLiteral("README.txt")), readme.toUtf8()); !s) {
        return s.error();
    }

    QJsonArray tableArray;
    for (const ExportedTable& t : std::as_const(result.tables)) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), t.name);
        o.insert(QStringLiteral("file"), t.fileName);
        o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(t.columns));
        o.insert(QStringLiteral("withheldColumns"), QJsonArray::fromStringList(t.withheld));
        o.insert(QStringLiteral("rows"), double(t.rows));
        tableArray.append(o);
    }
    QJsonObject manifest;
    manifest.insert(QStringLiteral("format"), QStringLiteral("alongside-full-export"));
    manifest.insert(QStringLiteral("formatVersion"), 1);
    manifest.insert(QStringLiteral("schemaVersion"), schemaVersion);
    manifest.insert(QStringLiteral("generatedAt"), result.generatedAt.toString(Qt::ISODate));
    manifest.insert(QStringLiteral("generatedBy"), actor.userName);
    manifest.insert(QStringLiteral("includesSensitive"), includeSensitive);
    manifest.insert(QStringLiteral("certificates"), result.certificates);
    manifest.insert(QStringLiteral("tables"), tableArray);
    if (Status s = writeWhole(out.filePath(QStringLiteral("manifest.json")), QJsonDocument(manifest).toJson()); !s) {
        return s.error();
    }
    ++step;

    if (cancelled(tr("Finishing"))) {
        return stop();
    }
    QStringList counts;
    for (const ExportedTable& t : std::as_const(result.tables)) {
        counts << QStringLiteral("%1 %2").arg(t.name).arg(t.rows);
    }
    const QString note = QStringLiteral("full export%1; %2 rows: %3")
                             .arg(includeSensitive ? QStringLiteral(" with sensitive fields") : QString())
                             .arg(allRows)
                             .arg(counts.join(QStringLiteral(", ")));
    if (Status s = AuditLog(m_db).record(
            actor, { QString::fromLatin1(AuditLog::kExport), QStringLiteral("database"), {}, {}, note });
        !s) {
        return s.error();
    }
    if (!QDir().rename(partial.path(), target.absoluteFilePath())) {
        return Error { Error::Code::Io,
            tr("The export was written but could not be given its name %1. Check that nothing else made a folder "
               "of that name, then try again. Nothing was left behind.")
                .arg(QDir::toNativeSeparators(target.absoluteFilePath())),
            {} };
    }
    partial.setAutoRemove(false);
    if (Status s = tx.commit(); !s) {
        QDir(target.absoluteFilePath()).removeRecursively();
        return s.error();
    }
    result.folder = target.absoluteFilePath();
    ++step;
    if (progress) {
        progress(step, total, tr("Done"));
    }
    return result;
}

} // namespace alongside::core::dataio
