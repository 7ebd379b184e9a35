<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QObject</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::app::Cli</name>
    <message>
        <source>alongside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;alongside %1 --help&quot; to see how to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  the operation failed (for example the disk is full)
  2  the command line was wrong
  3  the database file does not exist
  4  the file is not an Alongside database, or is from a newer version
  5  the database is damaged
  6  another copy of Alongside has the file open
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alongside [--db FILE]
       alongside COMMAND [options]

Without a command, Alongside opens its window (on FILE if --db is given).

Commands:
  demo     create a fictional charity&apos;s data in a new database
  check    check a database file and count its records
  backup   copy a database to a backup file, safely, even while it is open

Options:
  -h, --help     show this help (or a command&apos;s help: alongside COMMAND --help)
  -v, --version  show the version

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small, medium or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the data ends (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alongside demo --db FILE [--size small|medium|large] [--seed N] [--as-at DATE]

Creates a fictional charity&apos;s data in FILE, which must be new or empty.
small: about 30 volunteers and staff, 300 people supported, 5,000 sessions.
medium: 300, 5,000 and 100,000. large: 2,000, 50,000 and 1,000,000 sessions
with 200,000 questionnaires. The same seed and date give the same data.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be small, medium or large, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-at must be a date written as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created demo data in %1: %2 volunteers and staff, %3 people supported, %4 sessions, %5 questionnaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 s. File size: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alongside check --db FILE

Checks FILE without changing it: that it is an Alongside database, its version,
a full integrity check, and how many records each table holds.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check needs --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database version: %1 (this Alongside uses version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken links between records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: PROBLEMS FOUND. Restore the newest backup, or contact whoever supports your Alongside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alongside backup --db FILE --out BACKUP

Writes a complete, checked copy of FILE to BACKUP (which must not exist yet).
Safe while Alongside has FILE open.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs --db FILE and --out BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 and checked the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alongside: &quot;%1&quot; is not a command. Commands are demo, check and backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;alongside --help&quot; to see how to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for whoever supports your Alongside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is from an earlier version of Alongside. It will be backed up and updated when Alongside next opens it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::BackupManager</name>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not create the folder %1 for the backup. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free disk space to write the backup to %1. Free some space or choose another drive. Your database has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup written to %1 did not pass its check, so it was removed. Your database has not been changed. Try again, or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not finish writing the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not delete the old backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete Alongside database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is still open (in this or another copy of Alongside). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not create the backups folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not move the current database aside, so it restored nothing. Check that no other program has the file open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not write the backup to %1: the disk may be full, or the drive may have been removed. Free some space or choose another drive. Your database has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not finish writing the backup to %1 (the drive may have been removed). Your database has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not move the current database&apos;s journal aside, so it restored nothing. Your database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside found a leftover journal file beside the database, so it restored nothing. Your database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not put the backup in place. Your database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::DashboardService</name>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::Database</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1. Check the name and folder, or create a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not create the folder %1. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Alongside database: it is not a database file at all. Alongside has not changed it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside cannot use %1 because it may not write in that folder. Move the file to a folder you may change, or ask whoever manages the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty database, not an Alongside database. Alongside has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not prepare %1 for safe writing. If the file is on a network drive, copy it to this computer and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside needs to update %1 to this version, but could not back it up first, so it has not changed it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not create %1. Check that you may write in that folder and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database made by another program, not by Alongside. Alongside has not changed it. Choose an Alongside database, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Alongside (database version %2; this version reads up to %3). Alongside has not changed it. Install the newer version of Alongside to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not update the database to version %1, so it left it as it was. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside may not read %1. Check the file&apos;s permissions, or ask whoever manages the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside already has %1 open on this computer. Switch to that window, or close it, then try again. Two copies changing one file could lose work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked as open in Alongside on the computer &quot;%2&quot;. If Alongside is running there, close it there first: two copies changing one file could lose work. If that computer is switched off, or the file was copied from it, it is safe to open the file here anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it failed Alongside&apos;s integrity check. Alongside has not changed it. Restore the newest backup instead (File &gt; Restore from Backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: it is damaged or it is not an Alongside database. Alongside has not changed it. If it is your usual database, restore the newest backup (File &gt; Restore from Backup).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::DemoGenerator</name>
    <message>
        <source>Demo data generation was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training courses could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be made at the requested size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the workforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding people supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding supervision and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only, so no demo data was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds people, so no demo data was added. Demo data can only be added to a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::SettingsService</name>
    <message>
        <source>The charity name is too long: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is too large: choose a picture under 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting year must start in a month from January to December.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The small-number threshold must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of daily backups to keep must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::Sql</name>
    <message>
        <source>The disk is full, so Alongside could not save. Nothing has been lost: the last change was not made. Free some space (empty the recycle bin, remove large files) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another task. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only, so the change could not be saved. Check that you may write to the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused because it would make the records inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not complete the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not write to the database file: the disk may be full, or a USB stick or network drive may have been disconnected. Nothing has been lost: the last change was not made. Check the drive and free space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the newest backup (File &gt; Restore from Backup) and check the most recent records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::schema</name>
    <message>
        <source>Volunteer peer mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessional peer support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed peer support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-peer staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 peer mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer support group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::AboutDialog</name>
    <message>
        <source>About Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Alongside %1&lt;/h2&gt;&lt;p&gt;Records and reports for user-led mental-health charities that run peer support: volunteers and peer workers, the people they support, sessions, supervision, training and outcomes.&lt;/p&gt;&lt;p&gt;Alongside is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Your records stay in one file on this computer. Alongside sends nothing anywhere.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGPL 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPL 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt SQLite driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU C++ library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPL 3.0 with runtime exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt application framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens, files and printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and writing the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support for the C++ language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPL 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;GPL 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::DashboardPage</name>
    <message>
        <source>Charity logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your charity&apos;s name and logo in &lt;a href=&quot;settings&quot;&gt;Settings&lt;/a&gt;: they appear here and on every report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no records yet. The figures below fill in as volunteers, people supported and sessions are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active volunteers and peer workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active today, of %1 on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With at least one session attended, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended sessions, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest backup: %1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet. Use File &gt; Back Up Now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; Everyone in this database is made up. Use it to try Alongside; create your charity&apos;s own database with File &gt; New Database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::EmptyStatePage</name>
    <message>
        <source>No database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside keeps your charity&apos;s records in one database file on this computer. Create a new one for your charity, open one you already have, or try Alongside with a fictional charity&apos;s demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try It with &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::FirstRunDialog</name>
    <message>
        <source>&amp;Create a new database for my charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a database I already have…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill it with a fictional charity&apos;s records so I can try Alongside out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside keeps your volunteers, the people you support, sessions, supervision, training and outcomes in one database file on this computer, and turns them into reports for your trustees and funders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Riverside Peer Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database will be saved as %1. Alongside backs it up automatically every day into a folder beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo records are made up and are kept in a separate file. When you are ready for real records, create your charity&apos;s database with File &gt; New Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not No&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::MainWindow</name>
    <message>
        <source>Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Demo Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside databases (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not make today&apos;s automatic backup. Your database is open and safe to use, but please make a backup soon (File &gt; Back Up Now). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was updated to this version of Alongside. A copy from before the update is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is from %1. Restore it now? The damaged file will be kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file at %1. Alongside will not overwrite it: choose another name, or open it with File &gt; Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a fictional charity&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete, checked copy of your database is in %1.

For safety against fire, theft or a broken computer, also copy the backups folder to a USB stick or another place regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has been restored. The file it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking today&apos;s backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside cannot find the database you used last, %1.

If it is on a USB stick or a network drive, connect it and choose File &gt; Open Recent. Otherwise open or create a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Open Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily Backup Not Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Already Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Open the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Already Exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Data Not Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity Name Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Cannot Be Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with %2?

Anything recorded since that backup will no longer be in the database. The current file is kept in the backups folder, so nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has been restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now will be kept in the backups folder, so nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside databases (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup taken on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups in that folder yet. Use Other File… for a copy kept elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::SettingsDialog</name>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Riverside Peer Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting year starts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small-number threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and logo appear on the dashboard and at the top of reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;year starts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups to &amp;keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a picture (%2). Choose a PNG, JPEG or SVG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That picture is too detailed to store. Choose a simpler one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide counts &amp;below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports that leave the building show counts under %1 as &quot;&lt;%1&quot; so that nobody can be identified from them. 5 is the usual choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside backs up this database once a day, and keeps this many daily copies. Backups you make with Back Up Now are never deleted automatically. Copy the backups folder to a USB stick or another safe place regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Backups &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be read, so they cannot be changed now. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
