#include "backupmanager.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace alongside::core {

namespace {

constexpr auto kStampFormat = "yyyy-MM-dd_HHmmss";

Error ioError(QString message, QString detail = {})
{
    return Error { Error::Code::Io, std::move(message), std::move(detail) };
}

// Removes a database file and its WAL companions.
void removeDatabaseFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

const QString kCompanions[] = { QStringLiteral("-wal"), QStringLiteral("-shm") };

// Health records: only the user may read the backups (the folder and each file).
constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool makePrivateFolder(const QString& path)
{
    const bool existed = QFileInfo::exists(path);
    if (!QDir().mkpath(path)) {
        return false;
    }
    if (!existed) {
        QFile::setPermissions(path, kPrivateFile | QFileDevice::ExeOwner);
    }
    return true;
}

bool syncToDisk(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite)) {
        return false;
    }
#ifdef Q_OS_UNIX
    return ::fsync(f.handle()) == 0;
#else
    return f.flush();
#endif
}

} // namespace

BackupManager::BackupManager(QString databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{ }

QString BackupManager::kindTag(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return QStringLiteral("daily");
    case Kind::Manual:
        return QStringLiteral("manual");
    case Kind::BeforeUpgrade:
        return QStringLiteral("before-upgrade");
    case Kind::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return QStringLiteral("manual");
}

QString BackupManager::folder() const
{
    const QFileInfo info(m_databasePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-backups");
}

Status BackupManager::backupTo(Database& db, const QString& outPath)
{
    const QFileInfo out(outPath);
    const QString shown = QDir::toNativeSeparators(out.absoluteFilePath());
    if (out.exists()) {
        return ioError(tr("%1 already exists. Choose a new file name for the backup.").arg(shown));
    }
    if (!makePrivateFolder(out.absolutePath())) {
        return ioError(tr("Alongside could not create the folder %1 for the backup. Check that you may write there.")
                           .arg(QDir::toNativeSeparators(out.absolutePath())));
    }
    const QString part = out.absoluteFilePath() + QStringLiteral(".part");
    removeDatabaseFiles(part);
    QString quoted = part;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (Status s = sql::execute(db, QStringLiteral("VACUUM INTO '%1'").arg(quoted)); !s) {
        removeDatabaseFiles(part);
        const bool full = s.error().code == Error::Code::DiskFull;
        return Error { full ? Error::Code::DiskFull : Error::Code::Io,
            full ? tr("There is not enough free disk space to write the backup to %1. Free some space or choose "
                      "another drive. Your database has not been changed.")
                       .arg(shown)
                 : tr("Alongside could not write the backup to %1: the disk may be full, or the drive may have been "
                      "removed. Free some space or choose another drive. Your database has not been changed.")
                       .arg(shown),
            s.error().detail };
    }
    // SQLite does not sync a VACUUM INTO file; a backup must survive a power cut once it exists.
    if (!syncToDisk(part)) {
        removeDatabaseFiles(part);
        return ioError(tr("Alongside could not finish writing the backup to %1 (the drive may have been removed). "
                          "Your database has not been changed.")
                           .arg(shown));
    }
    if (Status s = verify(part); !s) {
        removeDatabaseFiles(part);
        return ioError(tr("The backup written to %1 did not pass its check, so it was removed. Your database has "
                          "not been changed. Try again, or choose another drive.")
                           .arg(shown),
            s.message());
    }
    if (!QFile::rename(part, out.absoluteFilePath())) {
        removeDatabaseFiles(part);
        return ioError(tr("Alongside could not finish writing the backup %1.").arg(shown));
    }
    removeDatabaseFiles(part); // the -shm/-wal that verification may have left
    QFile::setPermissions(out.absoluteFilePath(), kPrivateFile);
    return Status::ok();
}

Result<QString> BackupManager::createBackup(Database& db, Kind kind) const
{
    const QString stamp = Clock::instance().now().toString(QString::fromLatin1(kStampFormat));
    const QString base = folder() + QLatin1Char('/') + QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('_')
        + stamp + QLatin1Char('_') + kindTag(kind);
    QString path = base + QStringLiteral(".alongside");
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = base + QStringLiteral("-%1.alongside").arg(n);
    }
    if (Status s = backupTo(db, path); !s) {
        return s.error();
    }
    return path;
}

QList<BackupManager::Backup> BackupManager::backups() const
{
    static const QRegularExpression pattern(QStringLiteral(
        "_(\\d{4}-\\d{2}-\\d{2}_\\d{6})_(daily|manual|before-upgrade|before-restore)(-\\d+)?\\.alongside$"));
    QList<Backup> result;
    // No name filter: a database called "Riverside [old]" would be read as a wildcard pattern.
    const QString prefix = QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('_');
    const QFileInfoList files = QDir(folder()).entryInfoList(QDir::Files);
    for (const QFileInfo& f : files) {
        const auto m = pattern.match(f.fileName());
        if (!f.fileName().startsWith(prefix) || !m.hasMatch() || m.capturedStart() != prefix.size() - 1) {
            continue;
        }
        Backup b;
        b.path = f.absoluteFilePath();
        b.takenAt = QDateTime::fromString(m.captured(1), QString::fromLatin1(kStampFormat));
        const QString tag = m.captured(2);
        b.kind = tag == QLatin1String("daily")       ? Kind::Daily
            : tag == QLatin1String("before-upgrade") ? Kind::BeforeUpgrade
            : tag == QLatin1String("before-restore") ? Kind::BeforeRestore
                                                     : Kind::Manual;
        b.size = f.size();
        result << b;
    }
    std::sort(result.begin(), result.end(), [](const Backup& a, const Backup& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return result;
}

std::optional<BackupManager::Backup> BackupManager::newest() const
{
    const auto all = backups();
    for (const Backup& b : all) {
        if (b.kind != Kind::BeforeRestore) { // a replaced file is not what "newest backup" means
            return b;
        }
    }
    return std::nullopt;
}

Result<bool> BackupManager::ensureDailyBackup(Database& db, int keep) const
{
    const QDate today = Clock::instance().now().date();
    const auto all = backups();
    const bool haveToday = std::any_of(
        all.begin(), all.end(), [&](const Backup& b) { return b.kind == Kind::Daily && b.takenAt.date() == today; });
    if (haveToday) {
        return false;
    }
    if (auto made = createBackup(db, Kind::Daily); !made) {
        return made.error();
    }
    if (Status s = rotate(keep); !s) {
        return s.error();
    }
    return true;
}

Status BackupManager::rotate(int keep) const
{
    int seen = 0;
    const auto all = backups();
    for (const Backup& b : all) {
        if (b.kind != Kind::Daily) {
            continue;
        }
        if (++seen > std::max(1, keep) && !QFile::remove(b.path)) {
            return ioError(tr("Alongside could not delete the old backup %1.").arg(QDir::toNativeSeparators(b.path)));
        }
    }
    return Status::ok();
}

Status BackupManager::verify(const QString& backupPath)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto opened = Database::open(backupPath, options);
    if (!opened) {
        return opened.error();
    }
    Database& db = *opened.value();
    auto check = sql::scalar(db, QStringLiteral("PRAGMA integrity_check"));
    if (!check || check.value().toString() != QLatin1String("ok")) {
        return Error { Error::Code::Damaged,
            tr("%1 is damaged and cannot be used as a backup.").arg(QDir::toNativeSeparators(backupPath)),
            check ? check.value().toString() : check.error().detail };
    }
    if (db.schemaVersion() < 1) {
        return Error { Error::Code::NotAlongside,
            tr("%1 is not a complete Alongside database.").arg(QDir::toNativeSeparators(backupPath)), {} };
    }
    return Status::ok();
}

Result<QString> BackupManager::restore(const QString& backupPath) const
{
    QLockFile lock(Database::lockFilePath(m_databasePath));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return Error { Error::Code::Locked,
            tr("The database is still open (in this or another copy of Alongside). Close it and try again."), {} };
    }
    if (!makePrivateFolder(folder())) {
        return ioError(tr("Alongside could not create the backups folder %1.").arg(QDir::toNativeSeparators(folder())));
    }

    // Stage the replacement through SQLite rather than copying bytes: a backup that still has its
    // own -wal file beside it (a file kept by an earlier restore after a crash) is read whole, and
    // the staged copy is self-contained, synced and checked before anything is moved.
    const QString staging = m_databasePath + QStringLiteral(".restoring");
    removeDatabaseFiles(staging);
    {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto source = Database::open(backupPath, options);
        if (!source) {
            return source.error();
        }
        if (Status s = backupTo(*source.value(), staging); !s) {
            return s.error();
        }
    }

    // Keep the file being replaced, with its WAL companions, so nothing is ever lost by a restore.
    QString kept;
    QStringList moved; // companions moved aside, to put back on failure
    auto putBack = [&] {
        if (!kept.isEmpty()) {
            QFile::rename(kept, m_databasePath);
            for (const QString& suffix : std::as_const(moved)) {
                QFile::rename(kept + suffix, m_databasePath + suffix);
            }
        }
        removeDatabaseFiles(staging);
    };
    if (QFileInfo::exists(m_databasePath)) {
        const QString stamp = Clock::instance().now().toString(QString::fromLatin1(kStampFormat));
        const QString base = folder() + QLatin1Char('/') + QFileInfo(m_databasePath).completeBaseName()
            + QLatin1Char('_') + stamp + QStringLiteral("_before-restore");
        kept = base + QStringLiteral(".alongside");
        for (int n = 2; QFileInfo::exists(kept); ++n) {
            kept = base + QStringLiteral("-%1.alongside").arg(n);
        }
        if (!QFile::rename(m_databasePath, kept)) {
            removeDatabaseFiles(staging);
            return ioError(tr("Alongside could not move the current database aside, so it restored nothing. Check "
                              "that no other program has the file open."));
        }
        for (const QString& suffix : kCompanions) {
            if (!QFileInfo::exists(m_databasePath + suffix)) {
                continue;
            }
            if (!QFile::rename(m_databasePath + suffix, kept + suffix)) {
                putBack();
                return ioError(tr("Alongside could not move the current database's journal aside, so it restored "
                                  "nothing. Your database is as it was."));
            }
            moved << suffix;
        }
    }
    // A journal left at the target would be replayed onto the restored file: never rename over one.
    for (const QString& suffix : kCompanions) {
        if (QFileInfo::exists(m_databasePath + suffix)) {
            putBack();
            return ioError(tr("Alongside found a leftover journal file beside the database, so it restored nothing. "
                              "Your database is as it was."));
        }
    }
    if (!QFile::rename(staging, m_databasePath)) {
        putBack();
        return ioError(tr("Alongside could not put the backup in place. Your database is as it was."));
    }
    QFile::setPermissions(m_databasePath, kPrivateFile);
    return kept;
}

} // namespace alongside::core
