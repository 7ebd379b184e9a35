<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>QObject</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of something this person took part in with others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out because they are other people&apos;s data: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionEntryDialog</name>
    <message>
        <source>Supervision record of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>The PDF could not be saved as %1 (%2). Choose a folder you may save in, check that the disk is not full and that the file is not open in another program, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
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
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has accounts: run &quot;alongside %1&quot; with --user NAME, and give that account&apos;s password when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator&apos;s user name (files with accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alongside demo --db FILE [--size small|medium|large] [--seed N] [--as-at DATE]
                     [--user NAME]

Creates a fictional charity&apos;s data in FILE, which must be new or empty.
small: about 30 volunteers and staff, 300 people supported, 5,000 sessions.
medium: 300, 5,000 and 100,000. large: 2,000, 50,000 and 1,000,000 sessions
with 200,000 questionnaires. The same seed and date give the same data.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older copy (a backup) whose log must still be here, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alongside audit verify --db FILE [--user NAME] [--against BACKUP]

Walks FILE&apos;s audit log from its first entry and checks that no entry has been
changed, deleted, added or reordered since it was written. With --against, also
checks that every entry of an older copy (a backup) is still present, unchanged,
which finds entries removed from the end. Needs an administrator&apos;s login on a
database with accounts; Alongside must not have FILE open.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only audit command is &quot;audit verify&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify needs --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: THE AUDIT LOG HAS BEEN TAMPERED WITH. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries of the older copy found unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this file and its backups as they are, and tell whoever is responsible for data protection at your charity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (alongside report NAME …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from DATE --to DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--as-at DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--compare previous,ytd]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day an &quot;as at&quot; report is for (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, html, csv, xlsx or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add columns for the previous period, the year to date, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name (files with accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the reports and what each one shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alongside report NAME --db FILE --from DATE --to DATE --format FORMAT --out PATH
                       [--compare previous,ytd] [--user NAME]
       alongside report NAME --db FILE [--as-at DATE] --format FORMAT --out PATH
                       [--user NAME]
       alongside report --list

Writes the report NAME to PATH as pdf, html, csv, xlsx or json (FORMAT), with
small numbers suppressed at the threshold in Settings, as for anything that leaves
the building. NAME is one of these (--list says what each shows):
  %1

Reports over a period need --from and --to, its first and last day (for example
--from 2026-07-01 --to 2026-09-30). The others are &quot;as at&quot; a day: --as-at, or
today if left out. The quarterly report adds columns for the previous period and
the year to date with --compare previous,ytd. Dates are written YYYY-MM-DD.

On a database without accounts, report reads FILE without changing it and works
while Alongside has it open. On a database with accounts it needs --user NAME and
that account&apos;s password; the login and the report are recorded in the audit log,
so Alongside must not have FILE open. PATH is replaced if it exists. The JSON is
described in docs/REPORT_JSON.md.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs the name of a report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no report called &quot;%1&quot;. The reports are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --format pdf, html, csv, xlsx or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be pdf, html, csv, xlsx or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --out PATH, the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1 is a folder: give the name of the file to write in it, for example %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: the folder %1 does not exist. Create it first, or choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers a period: give --from DATE and --to DATE instead of --as-at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --from DATE and --to DATE, the first and last day of the period (for example --from 2026-07-01 --to 2026-09-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be a date written as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be a date written as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to %1 is before --from %2: the period must end on or after the day it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is as at a day: give --as-at DATE (or leave it out for today) instead of --from and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no comparison columns: leave out --compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare takes previous, ytd or previous,ytd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare takes previous, ytd or previous,ytd, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not start the drawing it needs for a PDF. Write HTML instead, or contact whoever supports your Alongside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a database with accounts, report logs you in and records the report in the audit log, which it cannot do while Alongside has the file open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote &quot;%1&quot; (%2) as %3 to %4 (%5).</source>
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
  7  wrong user name or password, or the account may not do this
  8  import: the file has problems; nothing was imported
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
  audit    check that the audit log has not been tampered with (audit verify)
  report   write a report (quarterly and others) as PDF, HTML, CSV, XLSX or JSON
  export   write everything in a database to a folder of CSV files (administrators)
  import   bring a spreadsheet (CSV or XLSX) of records in, all or nothing

check and backup read no one&apos;s records, so they need no login. On a database
with accounts, demo, audit, report, import and export ask for --user NAME and that
account&apos;s password, from the terminal (not shown) or from the first line of standard input.

Options:
  -h, --help     show this help (or a command&apos;s help: alongside COMMAND --help)
  -v, --version  show the version

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new folder to write (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the sensitive fields (lived experience, risk notes, stories as written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alongside export --db FILE --out FOLDER [--include-sensitive] [--user NAME]

Writes everything in FILE to a new FOLDER: one CSV file per table (column names
in the first row), training certificates as files, README.txt and manifest.json.
Sensitive fields are left empty unless --include-sensitive is given; supervision
private notes and passwords are never written. The folder appears whole or not at
all. It holds special-category data: keep it safe and delete it when done.
Needs an administrator&apos;s login on a database with accounts.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --db FILE and --out FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 tables (%2 rows) and %3 certificate files to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds special-category data: keep it safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do everything, then put the database back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures: the questionnaire the scores are for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with rows that may be someone already on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alongside import --db FILE --kind KIND SPREADSHEET [--dry-run] [--measure ID]
                       [--sheet NAME] [--on-duplicate ask|new|existing|skip] [--user NAME]

Brings the rows of SPREADSHEET (CSV or Excel .xlsx, headings in the first row)
into FILE, all or nothing. KIND is what the file holds, one of:
  %1
Columns are matched to what Alongside keeps by their headings (see
docs/DATA_FORMATS.md). Every row is checked first; any problem is written to
standard error as &quot;row 7, Date of birth: ...&quot; and nothing is imported (exit 8).

A row that may be someone already on file (or an earlier row) stops the import
too, unless --on-duplicate says what to do with such rows: new (add them as new
people), existing (add the row to the person on file) or skip (leave them out).
--dry-run does everything and then puts the database back: nothing is saved.
measures needs --measure ID, the questionnaire (for example wemwbs).
Needs an administrator&apos;s login on a database with accounts; Alongside must not
have FILE open.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes one spreadsheet, not &quot;%1&quot; as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs --kind KIND, one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no kind of record called &quot;%1&quot;. The kinds are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs the spreadsheet to read, after the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind measures needs --measure ID, the questionnaire the scores are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate must be ask, new, existing or skip, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns left out (Alongside keeps nothing like them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2 may be the same person as %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 possible duplicate to decide on (--on-duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 possible duplicates to decide on (--on-duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read, %2 ready; %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 would be imported, creating %2. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out as possible duplicates: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alongside: &quot;%1&quot; is not a command. Commands are demo, check, backup, audit, report, import and export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::AccountService</name>
    <message>
        <source>Try again after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters. Three or four random words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is too long: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name can use only letters a to z, digits, dots, dashes and underscores, and no spaces (for example sam.jones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account called %1. Choose another user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has accounts: log in, and ask an administrator for an account if you need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new account could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not right. Check that Caps Lock is off and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There have been too many wrong passwords for %1. %2, or ask an administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has been turned off. Ask your Alongside administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would leave no one able to manage accounts. Make another account an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot turn off your own account while you are using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning off this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet, so there is no password to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is no longer active. Ask your Alongside administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password that is different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::AuditLog</name>
    <message>
        <source>Entries %1 to %2 are missing: they have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 has been changed since it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: entries have been removed, added or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 differs from the same entry in the older copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, which is in the older copy, is no longer in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised a person</source>
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
    <name>alongside::core::ClientListModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a risk note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a risk note: read it at the top of their record before contacting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::ClientService</name>
    <message>
        <source>%1 is in the future. Enter the date it happened, on or before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode no longer exists: it may have been removed. Close the record and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s record no longer exists: it may have been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session on %1 is before this person was referred (%2). Check the date: a session can only follow the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session on %1 is before the %2 episode started (%3). Check the date, or change the episode&apos;s start first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session on %1 is after the %2 episode ended (%3). Check the date, or change the episode&apos;s end first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral source chosen is not one of the %1 sources. Choose the source again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal (another service of the charity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External (another organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signposted elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 mentoring (needs a mentor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 short-term support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-matched with another mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor no longer available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised use for evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with named services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of their story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s first name (or the name they use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long: keep names and contact details under %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is too long: keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is before 1900. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the gender from the list, or &quot;Not stated&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ethnic group from the list, or &quot;Not stated&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mentor&apos;s gender the person would like from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the week Alongside knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area of lived experience Alongside knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the risk note was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the referral came from: self, internal or external.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the triage outcome from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The triage date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The triage date is before the referral date. Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service this episode is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the episode started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end is before the start. Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start. Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the episode ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ending reason needs an end date. Enter the date the episode ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the episode (service) this session belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session on %1 is in the future. Log sessions once they have happened; for a planned session, log it on the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lasts between 0 and %1 minutes. Check the duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the session was held: face to face, telephone, video, home visit or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the person attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the goal, in the person&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal is too long: keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the goal was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the goal was set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is a percentage between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal was achieved before it was set. Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the goal was achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the consent is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent was withdrawn before it was given. Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date consent was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the services the person agreed their information may be shared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the source is self, internal or external.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the referral source (up to %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the service (up to %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of service it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone you cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a person supported. Open their record and add the new referral there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already has sessions, so their record cannot be taken back. End their episode instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support under this referral began on %1, before the new referral date. Check the date: a referral comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral has episodes of support. Remove those first, or keep the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the person&apos;s only referral. Keep it; correct it if something is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode no longer exists: it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral for this episode no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode starts on %1, before the referral on %2. Check the date: support follows the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service chosen no longer exists. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode has a session on %1, before the new start date. Start it on or before that day, or correct the session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode has a session on %1, after the new end date. End it on or after that day, or correct the session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode has a mentor match from %1, after the new end date. End the episode on or after that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode has sessions or mentor matches. End it instead of removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker chosen is no longer on file. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the course or group that met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the group met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting on %1 is in the future. Record the register on or after the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is empty. Add the people in the group, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the register twice. Keep one line for each person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether %1 attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this course or group. Take them off the register, or add an episode for them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That episode belongs to someone else. Choose one of this person&apos;s episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a source called &quot;%1&quot;. Use that one, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a service called &quot;%1&quot;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has mentor matches, so it must stay a mentoring service. Add a new service instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::ComplianceModel</name>
    <message>
        <source>Done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::ComplianceService</name>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBS check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 check; the role needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::Csv</name>
    <message>
        <source>There was not enough memory to read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid CSV near line %1 (%2). Check that quotes are paired, or save it again from your spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in UTF-8, so some letters would be garbled. Save it again from your spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved (%1). Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
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
    <message>
        <source>The demo data could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::Demographics</name>
    <message>
        <source>Asian: Bangladeshi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian: Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian: Indian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian: Pakistani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian: any other Asian background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black: African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black: Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black: any other Black background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: White and Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: White and Black African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: White and Black Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: any other mixed background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: English, Welsh, Scottish, Northern Irish or British</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: Irish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: Gypsy or Irish Traveller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: Roma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: any other White background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: Arab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: any other ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian, Asian British or Asian Welsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black, Black British, Black Welsh, Caribbean or African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed or multiple ethnic groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known or not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 daytime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::ErasureService</name>
    <message>
        <source>The person asked for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by mistake, or a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was anonymised on %1, so a name, contact details or a reference cannot be put back on it. If the person has come back, add them as someone new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with record number %1: the record may have been erased already. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has a login account, and the audit trail must keep it. Disable the account (Tools &gt; Accounts) and anonymise the record instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was the mentor in %1 of other people supported, which belong to those people&apos;s records. Anonymise this person instead: the matches stay, without their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 supervision arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supervision arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is the supervisor in %1 of other volunteers or workers, which belong to those people&apos;s records and would be deleted with them. In each of those records (Supervision tab), change the supervisor or remove the arrangement first; or anonymise this person instead: the arrangements stay, without their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was already anonymised on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s login account is still enabled. Disable it first (Tools &gt; Accounts), then anonymise the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: no record was anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record was anonymised, because record number %1 could not be: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::InvolvementService</name>
    <message>
        <source>This meeting no longer exists: someone may have removed it. Close it and look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid peer worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a person supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a paid peer worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s name is too long: keep it under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s purpose is too long: keep it under 4,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the group meets must be between 1 and 104 weeks, or left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the group that met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s date is in the future. Record a meeting once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s date is more than 30 years ago. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s length must be between 0 and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place is too long: keep it under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic is too long: keep each topic under 200 characters, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long: keep them under 4,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people who attended: a meeting needs at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the list of people who attended twice. Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of each person who attended who is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or organisation is too long: keep each under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on file, so can attend only as a stakeholder. To record them as a person supported, volunteer or member of staff, add them to Alongside first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each person attended as: person supported, volunteer, paid peer worker, staff or stakeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each decision needs a few words saying what was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision or change is too long: keep each under 1,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision has a date for its change but no words saying what changed. Add what changed, or clear the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change&apos;s date is in the future. Record the change once it has been made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is dated before the meeting that decided it. Check the date of the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action needs a few words saying what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is too long: keep each under 1,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is marked done on a day in the future. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is marked done before the meeting that agreed it. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a group called “%1”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group has meetings on record, so it cannot be removed. Untick “In use” to retire it instead: its meetings stay in the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group chosen has been removed. Choose the group again, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone named in this meeting no longer has a record in Alongside: they may have been erased. Choose the people again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service named in a decision has been removed from the list. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision or action in this meeting belongs to another meeting. Add it again as a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action no longer exists: someone may have changed the meeting. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action cannot be marked done on a day in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action cannot be marked done before the meeting that agreed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person no longer has a record in Alongside: they may have been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story, written %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::MatchingService</name>
    <message>
        <source>Already proposed or matched with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had an earlier match with this person that ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training missing or expired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBS check not in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision overdue: it was due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes no mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At capacity: %1 of %2 mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares none of the lived experience asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares lived experience: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the gender asked for (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s ethnic background is not recorded, so a shared one cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares ethnic background: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not share the ethnic background asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s languages are not recorded, so a shared one cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks none of the person&apos;s languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not free at any of the times asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free at the same times: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in the same postcode district (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in the same postcode area (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not make home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 place free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 places free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode no longer exists: someone may have removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors are matched only in mentoring episodes, and this episode is in &quot;%1&quot; (%2). Choose the person&apos;s mentoring episode, or start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s record no longer exists: it may have been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBS check expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DBS check recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBS check not at the level the role needs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This match no longer exists: someone may have removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already has an active match with %1, and an episode has one mentor at a time. End that match first, or use Re-match to change mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been proposed as this person&apos;s mentor. Start or end that match before proposing someone else, or use Re-match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mentor&apos;s record no longer exists: it may have been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a peer role on %2 (or has left), so cannot be a mentor then. Check their roles and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be matched on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mentoring episode the match belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the match is proposed, active or ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the match was proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the match was proposed is in the future. Propose a match on the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposed match has not started or ended yet: clear those dates, or mark it active or ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the match started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match starts before it was proposed. Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is in the future. Start a match on or after the day of the first meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end must be after the match starts. Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active match has no end date: clear it, or mark the match ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an ended match has an ending reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the match ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match ends before it started (%1). Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is in the future. Record an ending on or after the day it happens; a planned end date can be set while the match is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the match ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode is not open on %1 (it runs from %2%3). Propose the match on a day the episode is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This match has already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This match has ended, so it cannot start. Propose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode ended on %1, so the match cannot start after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This match has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This match has already ended. Propose a new mentor instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already this person&apos;s mentor. Choose someone else to re-match with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed every check; no other preference to weigh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::MeasureEngine</name>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2, but %3 answers were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is a written answer and takes no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 was given %2, but its answers run from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be scored: %2. Check the answers against the paper form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be scored: %2 not answered, and its scoring rules need every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be scored: %2 not answered, and its scoring rules allow at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be scored: no item was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be scored: its conversion table has no entry for a total of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no total score, so change is shown item by item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change needs a complete first and last %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::MeasureLibrary</name>
    <message>
        <source>%1: %2 version %3 is already loaded from another file; this one was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::MeasureLoader</name>
    <message>
        <source>is missing; it must be some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; it must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; it must be an object { ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object { ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; it must be a list [ ... ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list [ ... ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object { &quot;value&quot;: ..., &quot;label&quot;: ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by another answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object { &quot;key&quot;, &quot;label&quot;, &quot;min&quot;, &quot;max&quot; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1 is below min %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps the band before it (%2-%3); list bands from lowest to highest without overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lowest band must start at the lowest score, %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest band must end at the highest score, %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a score of %1 falls in a gap between bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not known to this version of Alongside, which reads format 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lower-case letters, digits and hyphens, such as &quot;phq9&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no items; a measure needs at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object { &quot;number&quot;, &quot;text&quot;, ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but items must be numbered 1, 2, 3 ... in order (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use likert, yesNoNa or freeText</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a free-text item has no answers to choose, reverse scoring or risk rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least two scored answers (give them here or in &quot;options&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a yes/no/not applicable item needs exactly three answers, one of them &quot;scored&quot;: false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2 and below %3, or no answer could raise the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no scored items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scoring method; use sum, mean, sumTimesFactor, lookup or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be from 1 to %2 (fewer than the number of scored items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conversion table needs whole totals, so it cannot be prorated; use &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a missing-item rule; use none or prorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a pair [raw total, score], such as [7, 7.00]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw total %1 cannot happen: totals run from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw total %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no score for a raw total of %1; it must cover every total from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says %1-%2, but the items and scoring method give %3-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a measure with no total (method &quot;none&quot;) cannot have one; give item bands instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 lies outside the scores %3-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not known; use atOrAbove, above, atOrBelow or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies outside the scores %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not valid JSON (%2 at character %3). Fix the file or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a measure definition must be one JSON object { ... }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::MeasureService</name>
    <message>
        <source>Version %1 of the measure &quot;%2&quot; is not known to this copy of Alongside. Update Alongside, or choose another measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; is not known to this copy of Alongside. Choose another measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A questionnaire kept in this file cannot be read: %1. Restore a backup, or ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a measure that comes with Alongside. Give your own questionnaire another name, or change this measure&apos;s bands with Adjust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no total score, so it has no bands or thresholds to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the questionnaire was filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the questionnaire was filled in is in the future. Enter the date it happened, on or before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer on file: they may have been removed. Close the record and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode no longer exists: it may have been removed. Close the record and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That episode belongs to someone else. Choose one of this person&apos;s episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response is already recorded. A response is not changed once entered: remove it and enter the answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 items but %3 answers were given. Enter one answer for each item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Confirm that you have seen this and will act on it, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of %2 is not a yes / no / not applicable question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter either the answer to each item of %1 or its total, not both: the total is worked out from the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no total score: enter the answer to each item instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 total is not a number. Enter the total as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 score must be from %2 to %3, but %4 was given. Check the score against the paper form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> If %1 is the total of the answers, its metric score is %2: enter that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2 metric score: metric scores are the values of its conversion table, such as %3 or %4. Enter the metric score as the table gives it.%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 total must be from %2 to %3, but %4 was given. Enter the total of the answers, before it is multiplied by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 total must be from %2 to %3, but %4 was given. Check the total against the paper form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::PasswordHasher</name>
    <message>
        <source>Alongside could not start its password protection on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough free memory to protect the password. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key settings for this account are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough free memory to derive the key. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::Permissions</name>
    <message>
        <source>Your account (%1) cannot %2. If you need to, ask your Alongside administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search for people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the records of volunteers and peer workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the records of the people supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see lived-experience details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see other people&apos;s supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see supervision records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export people&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the charity&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, including settings, accounts, backups and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day-to-day work: volunteers, people supported, matches, sessions and supervision summaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision they give or receive, and the records of volunteers and peer workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard and reports only, with small numbers always hidden. No one&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can look up records but change nothing; no lived experience or supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the lists of roles, recruitment steps and training courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import records from spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase or anonymise people&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::PersonService</name>
    <message>
        <source>This record no longer exists: it may have been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; is already %2&apos;s: each person&apos;s reference must be different. Check the reference from your old records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::RetentionService</name>
    <message>
        <source>Person supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer or worker (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuccessful applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>years and months</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable their login, then anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase or anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records of people supported for 0 (never review) to %1 years after their last contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records of volunteers and workers for 0 (never review) to %1 years after they leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records of unsuccessful applicants for 0 (never review) to %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::RowStore</name>
    <message>
        <source>That entry no longer exists: someone may have removed it already.</source>
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
    <message>
        <source>Locking after inactivity must be set to between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of an hour of volunteering must be between £0 and £%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DBS recheck interval must be between 0 (no routine recheck) and %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn about expiring checks and training between %1 and %2 days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert about people with no session logged after between %1 and %2 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual number of mentees for a mentor must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show supervision as due soon between %1 and %2 days before it is due.</source>
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
    <name>alongside::core::StoryService</name>
    <message>
        <source>This story no longer exists: someone may have removed it. Close it and look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person who wrote the story, or who it was written with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the story a title, so it can be found again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long: keep it under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the story was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the story was written is in the future. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the story was written is more than 50 years ago. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the story in the words it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story is too long: keep it under 50,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report period chosen for the story has its end before its start. Choose the period again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story chosen for a report needs its anonymised version: only that version is ever printed. Write it, or take the story off the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the theme&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme&apos;s name is too long: keep it under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a theme called “%1”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories use this theme, so it cannot be removed. Untick “In use” to retire it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who wrote this story no longer has a record in Alongside: they may have been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker who helped write the story no longer has a record. Choose them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent chosen has been removed. Choose the consent again, or record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story can rest only on its writer&apos;s own consent to use a story. Choose that consent, or record it on the Consent tab of their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the themes chosen has been removed from the list. Choose the themes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who wrote the story: a person supported, a volunteer or a paid peer worker. A case study written by staff with someone is that person&apos;s story, written with the worker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::SupervisionModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the last session, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from %1 (no session since then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::SupervisionReport</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wellbeing at check-in %2, at check-out %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in Alongside for the supervisor and the people supervised only; never printed or exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supervision record no longer exists: someone may have removed it. Close it and look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supervision record is between other people: only its supervisor and the people supervised can print it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::SupervisionService</name>
    <message>
        <source>Private notes can be read only by the supervisor and the people supervised in that session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supervision record no longer exists: someone may have removed it. Close it and look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can see this only for your own supervision. Ask a coordinator about other people&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supervisor: a worker of the charity, or type the name of someone from outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s name is too long: keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor from outside the charity is an external supervisor: set the kind of supervisor to External, or choose a worker of the charity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either a worker of the charity or an outside supervisor, not both. Clear one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor who works for the charity is a peer or a non-peer supervisor: choose which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is dated before the session. Sign off on or after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is dated in the future. Enter the day it was given, on or before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one line management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one reflective or peer supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group reflective practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief after an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (peer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (non-peer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the supervision session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session on %1 is in the future. Record supervision on or after the day it took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session date, %1, is more than %2 years ago. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervision session lasts between 1 and %1 minutes. Check the duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of session, such as one-to-one reflective supervision or group reflective practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the session was held: in person, by video call or by telephone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people who took part in the group, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the person who was supervised, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one-to-one: keep one person supervised, or choose group reflective practice for a session with several people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the people supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who was supervised for each line, or remove the empty line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice. Keep one line for each person supervised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor cannot also be one of the people supervised. Choose a different supervisor, or take them off the list of people supervised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing check-ins and check-outs are scores from 0 to 10. Check the scores for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shareable summary is too long: keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private notes are too long: keep them under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe each agreed action, or remove the empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreed action is too long: keep each under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of an action&apos;s owner is too long: keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is due before the session that agreed it. Choose a due date on or after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is marked done before the session that agreed it. Choose a done date on or after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is marked done on a day in the future. Enter the day it was done, on or before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person who is supervised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone cannot be their own supervisor. Choose a different supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the supervision arrangement starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date, %1, is more than %2 years ago. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date, %1, is more than a year ahead. Enter arrangements up to a year in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrangement ends before it starts. Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name is too long: keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supervision record is between other people: only its supervisor and the people supervised can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a supervisor you can record only sessions you took part in, as the supervisor or as someone supervised. Ask a coordinator to record this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes can be written only by the supervisor and the people supervised in the session. Leave them for one of them to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has private notes, so only its supervisor or the people supervised can change who took part. Ask one of them to make the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone named in this record no longer has a record in Alongside: they may have been erased. Choose the people again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the themes chosen has been removed from the list. Choose the themes again, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action in this record belongs to another supervision record. Add it again as a new action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a supervisor you can remove only sessions you took part in. Ask a coordinator to remove this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has private notes that only its supervisor and the people supervised can read, so only they can remove it (no one else could put the notes back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action no longer exists: its supervision record may have been changed. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action was agreed on %1: it cannot be done before then. Choose a date on or after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the action was done is in the future. Enter the day it was done, on or before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can see who supervises only yourself and the people you supervise. Ask a coordinator about anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person supervised or the supervisor no longer has a record in Alongside. Choose them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the theme&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme&apos;s name is too long: keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a theme called &quot;%1&quot;. Use that one, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This theme is used by 1 supervision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This theme is used by %1 supervision records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so it cannot be removed. Retire it instead: it stays on those records but is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a supervisor you can update only your own actions and those from sessions you took part in. Ask a coordinator to update this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::TrainingService</name>
    <message>
        <source>Enter the course title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length in days must be more than 0 and at most 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length in hours must be more than 0 and at most 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits must be between 0 and 360.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh interval must be between 0 (never) and 120 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who completed the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the course was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion date is in the future. Record a course once it has been completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date is on or before the completion date. Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file is larger than 10 MB. Scan it at a lower resolution or save it as a PDF, then attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a course called &quot;%1&quot;. Choose another title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 needs two cells, the domain and the competence. Nothing was imported; correct the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is too long to be a competence. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no competences in it. Each line needs a domain and a competence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one person who completed the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is attached to this course record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::WorkerListModel</name>
    <message>
        <source>No current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::WorkforceService</name>
    <message>
        <source>Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid (volunteer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (employed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced with barred list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bipolar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eating disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trauma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suicidal feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurodivergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is more than 110 years ago. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address needs an @. Correct it or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most mentees at once must be between 0 and 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the status started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status date is in the future. Record a status on or after the day it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a short reason for pausing or leaving (for example &quot;own health&quot; or &quot;moved away&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the role is unpaid, sessional or paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the DBS level the role needs, or &quot;Not needed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role can need between 0 and 5 references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervision interval must be between 0 (none expected) and 366 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the role started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role ends before it starts. Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funding ends before the role starts. Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week must be between 0 and 80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a recruitment step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the step was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date is in the future. Record a step once it has been done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the referee&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the reference was requested is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the reference was received is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference was received before it was requested. Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the reference was received before marking whether it is satisfactory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the level of the DBS check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the issue date printed on the DBS certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DBS issue date is in the future. Check the date on the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recheck date is on or before the issue date. Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DBS certificate number has digits only (12 on current certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the volunteering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date is in the future. Record hours once they have been given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours must be more than 0 and at most 24 for one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lived experience is recorded only with the person&apos;s consent: enter the date they gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose areas of lived experience from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s record no longer exists: it may have been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone you cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already has sessions, supervision, matches or an account, so their record cannot be taken back. Record them as &quot;Left&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a role called &quot;%1&quot;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the recruitment step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a step called &quot;%1&quot;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the week. Tick the days and times the person is usually free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference is too long: keep it under 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::dataio::DuplicateFinder</name>
    <message>
        <source>same reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name, and no date of birth to tell them apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(person supported, and volunteer or worker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(person supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(volunteer or worker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (row %2 of this file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::dataio::FullExport</name>
    <message>
        <source>The export could not write %1 (%2). Check that the disk is not full and that you may write to the folder, then try again. Nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new folder name, so that nothing already there is mixed up with the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not create a folder in %1 (%2). Check that you may write there and that the disk is not full. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not create a folder for the files it holds. Check that the disk is not full, then try again. Nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing README.txt and manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALONGSIDE: A FULL EXPORT OF THE DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds everything in the Alongside database %1, one CSV file per table (UTF-8, comma separated, the first row naming the columns). An empty cell means no value. Dates are as stored (year-month-day; times in UTC). Training certificates are the files in the certificates folder; the certificate column of training_completion.csv names each one. A text that starts with = + - or @ has an apostrophe put in front of it, so that a spreadsheet program shows it rather than running it as a formula; remove that apostrophe if you load the files into another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THIS FOLDER HOLDS SPECIAL-CATEGORY (HEALTH) DATA ABOUT REAL PEOPLE. Keep it on an encrypted drive or in a locked place, never send it by ordinary email, share it only with those entitled to see it, and delete it (and any copies) as soon as it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive fields: INCLUDED (lived experience, risk notes, stories as written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive fields: left empty (lived experience, risk notes, stories as written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always left empty: supervision private notes (only the people in the supervision may read them) and account passwords&apos; hashes and salts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in each table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificate files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists the same for programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was written but could not be given its name %1. Check that nothing else made a folder of that name, then try again. Nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::dataio::ImportValues</name>
    <message>
        <source>&quot;%1&quot; has a two-digit year: write the year in full, %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a two-digit year: write the year in full, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it as dd/mm/yyyy (e.g. 03/05/2025) or yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UK date: there is no month %2. Write the day first (dd/mm/yyyy): %3 if you meant %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no month %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is before 1900: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: %2 has %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is empty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the year must have four digits; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: &quot;%2&quot; is not the name of a month; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: every row needs a value in this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is in the future (today is %3): only what has already happened can be imported. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; gives an age of %3: check the year (ages from 0 to 120 are accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; this row has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of %2 from %3 to %4; this row has %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3; this row has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values accepted for %2: write one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::dataio::Importer</name>
    <message>
        <source>Importing %1 is not available in this version of Alongside: enter them on their screens instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers and peer workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is one person who delivers support, with their status and, if given, their role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is one person supported, with their first referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is a further referral of someone already on file, and may start a service for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is one session with a person supported, added to the service they were in on the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is one completed questionnaire: item by item, or the total only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is one course of the training catalogue completed by a worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is one supervision session: who, when, what kind and with whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID from your old records, as imported with the person. Finds them even if the name is spelt differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their first name, as on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their family name (surname), as on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells apart two people of the same name: dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is matched to %1: every row needs it. Choose the column that holds it, or add one to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is matched to any of %1: match at least one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 values but the header has %2 columns: %3 inside a value needs the value in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 values but the header has %2 columns: a value may be missing, or a line break inside a value needs the value in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has 1 problem: correct it and check the file again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 problems: correct them and check the file again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row may be someone already on file: choose what to do with it first. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows may be someone already on file: choose what to do with each first. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 could not be saved: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the questionnaire was filled in: dd/mm/yyyy, not in the future. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service the questionnaire belongs to, when the person was in more than one on the day. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written answer. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer as a number from %1 to %2, or as written on the form (%3). Empty: not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric score from the conversion table, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total score (%1). With no item answers the row is recorded as a total only; with them it is checked against the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no answers and no total: give the answer to each item, or the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no answers: give the answer to each item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total is %1, but the answers give %2: check the answers and the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers cannot be scored (%1), so the total cannot be checked against them: complete the answers, or leave the answers out to record the total only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has never been in the service &quot;%2&quot;: check the service&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was in more than one service on %2 (%3): add a Service column saying which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not in the service &quot;%2&quot; on %3: check the date, or leave the service empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 given on %2 is already on file for %3: this row may have been imported before. Take the row out, or remove the one on file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is also a %2 given on %3 for %4: keep one of the two rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk answers not yet seen (each shows in the person&apos;s record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the questionnaire the file holds (for example phq9 or wemwbs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of %2 is answered from %3 to %4; this row has %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of %2 is answered with a number from %3 to %4 or with the words on the form (%5); this row has &quot;%6&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID from your old records (optional, unique): later files can find the person by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their first name, or the name they use. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name they prefer, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy or yyyy-mm-dd; an age from 0 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1. Empty: not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the Census 2021 groups (e.g. &quot;White: Irish&quot;) or its number 1 to 19, or &quot;Not stated&quot;. Empty: not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: it needs an @. Correct it or leave the cell empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person on file this row was to be added to no longer exists: check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; is already %2&apos;s: choose &quot;Use existing&quot; or &quot;Skip&quot;, or correct the reference if this is a different person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is the same person as row %1, which this file already adds: choose &quot;Skip&quot;, or &quot;Add new&quot; if they are different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a volunteer or worker: choose &quot;Skip&quot;, or &quot;Add new&quot; if this is a different person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a person supported: choose &quot;Skip&quot; (add further referrals with a referrals file), or &quot;Add new&quot; if this is a different person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service from your catalogue (e.g. &quot;1:1 peer mentoring&quot;) to start for the person. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the service began: dd/mm/yyyy, not before the referral. Empty: the referral date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service on file: write one of %2, or add it to the service components catalogue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row gives a service start date but no service: write the service, or leave the date empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service starts (%1) before the referral (%2): a service starts on or after its referral. Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the referral: dd/mm/yyyy, not in the future. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1. Empty: taken from the source, else self-referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source from your referral sources catalogue (e.g. &quot;GP&quot;). Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text, e.g. the practice&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a referral source of more than one type: add a referral type column to say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral source on file: add it to the referral sources catalogue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral source on file: write one of %2, or add it to the referral sources catalogue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the session: dd/mm/yyyy, not in the future. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes, a whole number from 0 to 600. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1 (also F2F, phone). Empty: face to face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1 (also DNA). Empty: attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor or worker who held it: their name as on file, or their reference. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service the session belongs to, when the person was in more than one on the day. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has never been in the service &quot;%2&quot;: check the service&apos;s name, or import a referral that starts it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not in any service on %2: check the date, or import a referral that starts a service on or before that day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1. Empty: one-to-one reflective or peer supervision, or group reflective practice when more than one person was supervised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes, a whole number from 1 to 600. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1. Empty: in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor, when they are a volunteer or worker on file: their name as on file or their reference. Otherwise use External supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a supervisor from outside the charity, when there is no Supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people supervised: each one&apos;s name as on file or reference, separated by ; or , when there are several. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shareable summary of the session. Private notes are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisees has no names: write each person&apos;s name, separated by ; or ,.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has both a Supervisor and an External supervisor: keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row does not say who the supervisor was: give a Supervisor on file or an External supervisor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision of %1 on %2 with this supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on file: this row may have been imported before. Take the row out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also on row %2: keep one of the two rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervision sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who completed the course, in one column: their name as on file (&quot;Sam Okafor&quot;), or their reference. Instead of the reference and name columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s title as in the training catalogue (capitals do not matter). Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the course was completed: dd/mm/yyyy, not in the future. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date printed on the certificate, after the completion date. Optional: empty, it is worked out from the course&apos;s refresh interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who ran the course. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits earned, a whole number from 0 to 360. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on (%1) is on or before the completion date (%2): check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed &quot;%2&quot; on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 also says %2: keep one of the two rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no course called &quot;%1&quot; in the training catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close names: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or add the course in Workforce ▸ Training Catalogue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1. Empty: Active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the status began: dd/mm/yyyy. Empty: the role&apos;s start date, else today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they paused or left: needed for those statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role from your roles catalogue (e.g. &quot;Volunteer peer mentor&quot;). Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1. Empty: the role&apos;s usual basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the role began: dd/mm/yyyy. Empty: the status date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role on file, and the roles catalogue is empty: add the role there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role on file: write one of %2, or add the role to the roles catalogue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row gives a pay basis or role start but no role: write the role, or leave those empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who has paused or left needs a reason: fill in %1 (for example &quot;own health&quot; or &quot;moved away&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who has paused or left needs a reason: add a Reason column (for example &quot;own health&quot; or &quot;moved away&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteers and peer workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::dataio::PeopleIndex</name>
    <message>
        <source>people supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteers or workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the people supported first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the volunteers and peer workers first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; belongs to someone who is not a person supported: check the reference, or import them as a person supported first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; belongs to someone who is not a volunteer or worker: check the reference, or import them as a volunteer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one on file has the reference &quot;%1&quot;: check it, or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row does not say who it is about: give a reference or a given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 are called %3 and born on %4: give a reference column to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one among the %1 on file is called %2: check the spelling, or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one among the %1 on file is called %2 and born on %3: check the date of birth, or %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 are called %3: add a date of birth or reference column to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one among the %1 on file is called &quot;%2&quot;: write their given and family name as on file, or their reference, or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 are called &quot;%3&quot;: write their reference instead to say which.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::dataio::RowReader</name>
    <message>
        <source>%1 is %2 characters long: keep it to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row does not say who it is about: give their reference or their given name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::dataio::SourceReader</name>
    <message>
        <source>The file is empty: it has no rows. Check that you chose the right file, and that it was saved with its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is saved as &quot;Unicode Text&quot; (UTF-16), which Alongside cannot read. Save it again from your spreadsheet as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a text spreadsheet: it holds binary data. Choose a CSV file or an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot separate the columns of a CSV file. Choose comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote (&quot;) that opens in row %1 is never closed, so the rest of the file would run into one cell. Add the closing quote, or save the file again from your spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote (&quot;) that opens in row %1 (line %2 of the text) is never closed, so the rest of the file would run into one cell. Add the closing quote, or save the file again from your spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to read the file. Split it into smaller files and import each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows: every line is blank. Check that you chose the right file, and that it was saved with its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected with a password, so Alongside cannot read it. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, and clear the password), save it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), which Alongside cannot read. Open it in Excel and save it as .xlsx or CSV from Excel (File &gt; Save As), then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB, more than the %2 MB Alongside can import at once. Split it into smaller files and import each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 cells, more than Alongside can import at once. Split it into smaller files and import each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist. Check its name and folder, and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a file. Choose the spreadsheet inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened (%2). Check that you may read it and that it is not open in another program, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read (%2). If it is on a network drive or a memory stick, copy it to this computer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with a byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged and cannot be read. Open it in Excel and save it again (or save it as CSV), then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is too large to import: part of it would unpack to more than %1 MB. Split the data into smaller workbooks and import each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected with a password, so Alongside cannot read it. Save a copy without the password and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx). Choose a workbook saved by Excel, or a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods), which Alongside cannot read. Save it as .xlsx or CSV (File &gt; Save As) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a zip archive, not an Excel workbook. Choose the .xlsx workbook itself, or a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheets, so there is nothing to import. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet called “%1”. Its sheets are: %2. Choose one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “%1” has no rows. Choose the sheet that holds the data, or check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::identifiers</name>
    <message>
        <source>“%1” is the writer&apos;s name. Replace it, for example with “the writer” or a made-up name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the name of someone who works with the charity. Replace it with their role, for example “my mentor”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like the writer&apos;s date of birth. Leave it out, or give an age range instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is one of the writer&apos;s contact details (phone, email or postcode). Take it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the name of someone on the charity&apos;s records. Replace it, for example with Ǌ friend” or “someone in the group”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::outcomes</name>
    <message>
        <source>There are no pairs of first and last scores, so there is no mean change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidence interval needs at least two pairs of scores; there is %n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidence level must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS Talking Therapies outcomes need a caseness cut-off and a reliable-change threshold for both the depression and the anxiety measure. Set them in the measures&apos; settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finished course of treatment must need at least one treatment session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one band of sessions attended, for example 1, 2, 4, 7 and 13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bands of sessions attended must start at increasing numbers (%1 follows %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::outcomes::CompletionBand</name>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::privacy::SubjectAccess</name>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer or worker record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as a volunteer or worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBS checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lived experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as a person supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting periods a story was chosen for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer or worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most people mentored at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact&apos;s relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid or unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Update Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recheck due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of lived experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk note updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s gender wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared experience wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants a mentor of the same ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants a mentor with the same language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by (kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by (detail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total prorated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk item flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk seen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk seen at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor from outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing at the start (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing at the end (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (not on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with record number %1. They may have been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1 (%2 bytes), written as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack holds everything Alongside holds about this person: their own records in full, including sensitive details and the private notes of supervision they took part in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that belong to other people but name this person as a volunteer or worker (a session they delivered, a match where they were the mentor, supervision they gave, an action they own, a story written with them, an account linked to them) are listed with their dates and kinds only: the other person&apos;s words and identity are withheld, because they are someone else&apos;s personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record numbers are Alongside&apos;s own; references between records use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers (question: answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing, start → end (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name, contact details and the details that describe them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a volunteer or worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their record as a volunteer or member of staff: status, roles, recruitment checks, training and hours given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a person supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their record as someone the charity supports: referrals, support, sessions, mentoring and goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wellbeing questionnaires they answered, with their scores and answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervision they received, with its notes, including private notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they agreed to, and when, and anything withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories they told the charity, as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement meetings they took part in, and the actions they were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of kinds this version of Alongside has no heading for, shown as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Alongside holds about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who this pack is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charity&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is in this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records by others that mention them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other people&apos;s records that name them as a volunteer or worker: dates and kinds only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has looked at the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time someone opened, changed or exported their records in Alongside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some details are left out because they are other people&apos;s personal data. Where a record belongs to someone else but names this person (a session they delivered, a match where they were the mentor, supervision they gave, an action they own, a story written with them), only its dates and kinds are shown: the other person&apos;s name, words and record are withheld. In records of things they took part in with others (a supervision session, a meeting), the other people taking part are left out. Each table says underneath what it leaves out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was left out, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file of the same name holds the same records in a form a computer can read, with Alongside&apos;s own names for each detail. Dates are written as day, month and year; times are local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine-readable copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files held in the record are in the folder beside this document: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records belong to other people. They are listed because they name this person as a volunteer or worker; only their dates and kinds are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that mention this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one else&apos;s record mentions this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries about their records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has no entries about this person&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subject access %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a folder that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). Check that you may write to the folder and that the disk is not full, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the pack&apos;s files could not be made in %1. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::report::Formats</name>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart is drawn in the PDF and the printed report; its figures are shown here as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDFs are written by the report window (Save as PDF) or by the command line (alongside report … --format pdf). Choose HTML, CSV, XLSX or JSON here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved as %1 (%2). Choose a folder you may write to, such as your Documents folder, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved as %1: there is not enough space on the disk. Nothing was written. Free some space or choose another drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved as %1, and nothing was written. Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be made (%1). Check that there is space on the disk for temporary files, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::report::ListReports</name>
    <message>
        <source>This account is not linked to a worker record, so there is no one it supervises. Ask a coordinator for this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks and training against what each worker&apos;s roles require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people whose status on the day is applicant, in training, active or paused and who hold a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In date, per requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of whom expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything their roles require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In date: done and not lapsed on the day, including what expires soon. The last row counts each person once: in date only when every requirement is; someone with something expired and something missing is counted under expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one held a role on this day, so there is nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell says in words where the person stands: done (with the date it expires, if it does), expires (within %1 days of the day, as set in Settings), expired, missing, or not needed for their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requirement is a DBS check at the highest level any of the person&apos;s roles needs, that role&apos;s number of satisfactory references, and each course mandatory for every role or for one of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report names people. Keep it inside the team: it is not for trustees or funders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone whose roles expect supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people you supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where people stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people whose roles expect supervision on the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon: the next supervision is due within %1 days of the day (as set in Settings), or on it. Overdue: it was due before the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue or due soon, most overdue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people whose supervision is overdue or due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next supervision is due the shortest expected interval of the person&apos;s roles after their last session (or after they started, if they have had none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one&apos;s supervision is overdue or due soon on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseloads per mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches held against each mentor&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentors: people holding a peer role on the day who had not left, and anyone else with a current match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the limit by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes no mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 place free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 places free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mentor over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentors over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: started on or before the day and not ended by it. Proposed: proposed on or before the day and not yet started or ended; a proposal holds a place, as it does when matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentor whose record sets no limit has the default from Settings (%1). Free places: the limit less active and proposed matches, never below 0; a mentor over the limit is said so in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one held a peer role or had a match on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report names mentors (never the people they support). Keep it inside the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor matches that ended in the period, and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How matches ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor matches that had started and ended in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each match is one person supported with one mentor; someone re-matched has one match ending &quot;re-matched&quot; and a new one. A match with no reason recorded is counted as &quot;other&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match ended in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the matches lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the day the match started to the day it ended, in weeks of 7 days: half the matches were shorter, half longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches begun and proposals withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches that started in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed matches that ended in the period before they started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal that ends before the first meeting is not counted among the matches that ended above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is named: every figure counts matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workforce snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid and unpaid workers, FTE, vacancies and sickness (the HEE benchmarking themes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people in post on the day: holding a role, with the status active or paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in post by role, paid and unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with two roles is counted under each, so the last row counts roles held; n counts each person once. Paused people (away for a while, for example for their own health) are still in post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one was in post on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone holding a role, by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people holding a role on the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time equivalent (FTE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE of paid staff in post, by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people in post on the day in a paid or sessional role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With hours recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All paid roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with two paid roles is counted under each, and twice in the last row; n counts each person once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE is the hours a week recorded for each paid or sessional role held on the day, divided by a full-time week of %1 hours (the NHS Agenda for Change standard). Alongside records hours per role, not contracts: a role with no hours recorded is counted under People but adds nothing to the FTE. Volunteers&apos; hours are recorded as hours given, not as a post, so they have no FTE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one was in post in a paid or sessional role on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies are not recorded in Alongside: it holds the people in post and their roles, not the posts the charity has funding or plans for. Count vacant posts from the charity&apos;s own establishment list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sickness absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sickness absence is not recorded in Alongside: there are no absence days or rates to report. What is recorded is a pause, with a reason in the person&apos;s own words (often their own health); the table of statuses above shows how many people were paused on the day, for any reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is named: every figure counts people or hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::report::Reports</name>
    <message>
        <source>The report was cancelled before it was finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first and the last day of the period, as YYYY-MM-DD (for example 2026-07-01 and 2026-09-30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2). Swap the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts on %1, which is in the future, so there is nothing to report yet. Choose a period that has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is longer than %1 years. Choose a shorter one (a report covers a quarter or a financial year, usually).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;as at&quot; day %1 is in the future. Choose today or a day before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting reach and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting referral sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing wellbeing scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting exit questionnaire answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with NHS Talking Therapies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the workforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting co-production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the report together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables with up to %1 figures a row also show the comparison periods; wider tables show this period only, so that every figure stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For trustees and funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every table gives the period it covers and its n, the number of people (or sessions, or pairs of scores) it counts. No one is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach, referrals, demographics, outcomes, goals, exit questionnaire, workforce, co-production and stories, for trustees and funders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each worker&apos;s checks and training against what their role requires, as at a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers whose supervision is overdue or due soon, as at a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseloads per mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people each mentor is matched with, against their limit, as at a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor matches that ended in the period and how they ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workforce snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid and unpaid workers, FTE, vacancies and sickness, as at a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report called &quot;%1&quot;. The reports are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small numbers are NOT suppressed in this preview. It may identify people: do not print it, send it or show it outside the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::report::Words</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small numbers are suppressed: a count of fewer than %1 people is shown as &quot;%2&quot;, a figure hidden so that a total or percentage cannot reveal a small count as &quot;%3&quot;, and a statistic over fewer than %1 people as &quot;%4&quot;. Zero is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this report needed suppressing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n&lt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::report::quarterly::Coproduction</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group met in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported, volunteers, staff and partners shape the service together in the charity&apos;s groups. This section shows how often each group met, who came, and how many decisions and changes to the service came out of the meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings held in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings of each group held on a day in the period. Groups that did not meet are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people at meetings, by standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people at meetings in the period, counted once in each group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person counts once in a group, under what they were at their latest meeting of it in the period: a person supported, a volunteer, a paid peer worker, staff, or a stakeholder (a partner, commissioner or family member). Someone who came to two groups counts in both, so the groups are not added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendances at meetings, by standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendances at meetings in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attendance is one person at one meeting: someone who came to three meetings counts three times, under what they were at each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and changes to the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions made at meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made to the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions: those recorded at meetings held in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: decisions (from any meeting) whose change to the service was made on a day in the period, or, where no day is recorded, decided at a meeting in the period. What was decided is not printed here: it is written freely and may name people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::report::quarterly::ExitQuestionnaire</name>
    <message>
        <source>Exit questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When their support ends, people are asked to fill in a short questionnaire about it. For each question, the table shows how many people answered yes, no or &quot;does not apply&quot;, and the share who said yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to show: no questionnaire of the charity&apos;s own with yes or no questions has been filled in yet. A charity adds its exit questionnaire in Outcome measures, as a questionnaire of its own with yes / no / not applicable questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which questionnaire: every questionnaire of the charity&apos;s own with yes / no / not applicable questions that has ever been filled in; each has a table of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people who returned a questionnaire in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who returned it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said yes to every question that applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% yes to every question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answers to each question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people who returned the questionnaire in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts are of answers given on questionnaires filled in during the period; a question left blank is not counted. Answered = yes + no + does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% yes is the share of yes among the people who answered yes or no: &quot;does not apply&quot; is left out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions adds up the answers to every question, so one person counts once for each question they answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall satisfaction: the share of people who said yes to every yes or no question that applied to them. People who answered only &quot;does not apply&quot; are left out of the share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::report::quarterly::Goals</name>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People agree goals of their own with their peer worker and record when each is achieved. This section counts the people supported in the period who had goals, and how many of them had achieved more than half of their goals by the end of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals set and achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people supported in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with goals set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who achieved more than half of their goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported in the period: everyone with at least one session they attended (one to one or in a group) on a day in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with goals set: people supported in the period with at least one goal set on or before the last day of the period (% of people supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved more than half: of the goals a person had set by the end of the period, more than half were marked achieved on or before that day (% of people with goals set). Exactly half does not count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::report::quarterly::Outcomes</name>
    <message>
        <source>read the episodes that ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wellbeing band at the first and the last score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people with a first and a last %1 score in an episode, the last in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First score: people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First score: %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last score: people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last score: %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General population %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs: the first and the last %1 score of each episode, where the last was given in the period and on a later day than the first (the first may be from an earlier period). An episode with a single score, or scores on one day only, is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWEMWBS scores are on the metric scale (the raw total converted with Warwick&apos;s table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands used (the measure&apos;s current settings): %1. The bands describe scores, not people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General population %: an estimate, not a published distribution. It is the share of a normal curve with the mean (%1) and standard deviation (%2) of adults in the Scottish Health Survey 2018 that falls in each band; real scores are not quite normal, so read it as a rough guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General population %: the shipped SWEMWBS bands are set at roughly the 15th and 85th percentiles of adults in England (Health Survey for England), so about 15% of people score low, 70% average and 15% high (an approximation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No general population column: the measure notes give no population distribution for the bands in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: first and last scores by wellbeing band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people&apos;s wellbeing changed while we supported them, from the Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS, 14 questions) and its short form (SWEMWBS, 7 questions). Higher scores mean better wellbeing. We compare each person&apos;s first score with their last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in wellbeing scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs of first and last scores are given for each measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean first score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean last score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaningful improvement %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable improvement %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: meaningful improvement is a rise of %2 points or more; reliable improvement a rise of %3 points or more (the measure&apos;s current settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean change is the average of each person&apos;s last score minus their first; a positive change is an improvement. The 95% confidence interval (paired t method) is the range the true average change is likely to lie in: if it does not include 0, the change is unlikely to be chance. Warwick advises at least 30 pairs before drawing conclusions about a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEMWBS and SWEMWBS are on different scales (SWEMWBS metric scores run from 7 to 35), so their figures are not comparable with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion of first and last wellbeing scores, by sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episodes that ended in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a wellbeing score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a first and a last score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes (a person&apos;s time with one service) that ended in the period, by the sessions they attended in the whole episode. &quot;With a wellbeing score&quot;: at least one WEMWBS or SWEMWBS score in the episode. &quot;With a first and a last score&quot;: a WEMWBS or SWEMWBS score on two different days. % paired is of those with a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison with NHS Talking Therapies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For people who completed the PHQ-9 (depression) and GAD-7 (anxiety) questionnaires, the recovery and improvement rates NHS Talking Therapies services report, worked out the same way so they can be compared. We are a peer-support service, not a therapy service: read the comparison as a guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episodes that ended in the period with a PHQ-9 or GAD-7 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 sessions attended (not a finished course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished, without a first and last score on both questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished a course, with first and last scores on both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At caseness at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at caseness at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes (a person&apos;s time with one service) that ended in the period and had at least one PHQ-9 or GAD-7 score. A finished course of treatment is at least %1 sessions attended; we do not record which sessions were assessments, so every attended session counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At caseness: PHQ-9 %1 or more, or GAD-7 %2 or more, at the first score (the clinical range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery and improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episodes that finished a course with first and last PHQ-9 and GAD-7 scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery: at caseness at the start and below both cut-offs at the end; out of the episodes at caseness at the start. Reliable improvement: a fall of %1 or more on PHQ-9 or %2 or more on GAD-7, with no reliable rise on the other; out of all finished episodes, including those not at caseness. Reliable recovery: both recovered and reliably improved; out of those at caseness at the start. Reliable deterioration: a rise of that size on either; out of all finished episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These follow the NHS Talking Therapies (formerly IAPT) definitions, applied to the first and last scores of each episode. They are IAPT-style figures, not official ones: anxiety is measured by GAD-7 only (NHS services use a disorder-specific measure where one applies), and an improvement counts only when the other measure has not reliably got worse. The national target is 50% recovery.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::report::quarterly::People</name>
    <message>
        <source>count the people who attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the sessions delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the service components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people came to us in the period, how many took part, and how many sessions we delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the appointments not attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people who attended at least one session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who attended at least one session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who attended at least two sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments not attended (did-not-attend rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People referred: people with a referral received in the period (someone referred twice counts once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended: people with at least one (or two) sessions marked &quot;attended&quot; in the period, one-to-one or in a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions delivered: one-to-one sessions attended, plus group meetings with at least one person attending (a group meeting counts once, however many came).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did-not-attend rate: appointments marked &quot;did not attend&quot; as a share of appointments attended or not attended, one line per person on a group register. Appointments cancelled by the person or by the service are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions delivered, by service and how they were held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service components are set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is counted under the service of the episode it belongs to (a group meeting under its own service) and under the way it was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions delivered, by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the referrals we received in the period came from: people referring themselves, our other services, or other organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the referrals by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the referral sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals received in the period, by the source recorded on the referral. Someone referred twice in the period counts twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-referral: the person came to us themselves. Internal: from another of our services. External: from another organisation (GP, NHS team, another charity…). The indented rows are the sources within each of these; percentages are of all referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who we supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ethnic group, gender and age of the people who attended at least one session in the period, as they told us. Every category is listed, with zeros, so periods can be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known / not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five high-level ethnic groups of the 2021 Census (England and Wales). &quot;Not known / not stated&quot;: the person was not asked, or chose not to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender as the person described it. &quot;Other&quot;: non-binary, or described in another way. &quot;Not known / not stated&quot;: not recorded, or the person chose not to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age on the first day of the period (%1), from the date of birth recorded. &quot;Not specified&quot;: no date of birth recorded, or under %2 on that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::report::quarterly::Stories</name>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story was chosen for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own words: stories from people the charity supports and its volunteers and workers, chosen for this period and printed with their consent. Names and details that could identify anyone have been taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 story was left out because the writer&apos;s consent to use it does not stand today (it was withdrawn, or never recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stories were left out because the writer&apos;s consent to use them does not stand today (it was withdrawn, or never recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 story was left out because it has no anonymised version, or a name or other detail that could identify someone is still in it or in its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stories were left out because they have no anonymised version, or a name or other detail that could identify someone is still in them or in their titles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::report::quarterly::Workforce</name>
    <message>
        <source>Active volunteers and paid peer workers by role, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteers and paid peer workers active on the last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid (volunteers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volunteers or paid peer workers were active on the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: the worker&apos;s status on the last day of the period is Active and they hold a role that day. Volunteers are people in an unpaid role; paid peer workers hold a paid or sessional role of a type marked as a peer role. Staff in roles that are not peer roles are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person is counted once: under their paid role if they have one, otherwise under the role they have held longest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starters and leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people who started or left in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: volunteers and paid peer workers whose status first became Active on a day in the period. Left: those whose status was set to Left on a day in the period (counted once however many times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours and their value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people who recorded volunteer hours in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who recorded hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: every volunteer hours entry dated in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: the hours at %1%2 an hour, the rate set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training compliance on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required course done and in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required course missing or out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workers whose roles require training, on the last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the compliance matrix as it stood on the last day of the period: workers whose status was applicant, in training, active or paused and who held a role, and whose roles require at least one course (courses mandatory for every role or for one of theirs). A course that lapses soon still counts as in date. DBS checks and references are not part of this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision compliance on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workers whose roles expect supervision, on the last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the supervision compliance table as it stood on the last day of the period: everyone whose roles expect supervision at set intervals. Overdue: their next supervision was due before that day (counted from their last session, or from when they started).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression: from being supported to volunteering to paid work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people who took up their first volunteer or first paid peer role in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by the charity before, became volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers who became paid peer workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became volunteers: people whose first unpaid role started in the period and who had been referred to the charity before that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became paid peer workers: people whose first paid or sessional peer role started in the period and who had held an unpaid role before that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversity of the workforce beside the people supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteers and paid peer workers active on the last day of the period (the people supported beside them are counted in the heading rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workforce %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known or not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workforce: the volunteers and paid peer workers in the first table. People supported: everyone with at least one session they attended in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each heading row (gender, ethnic group, age) is everyone; the rows under it add up to it. Ethnic groups are the Census 2021 high-level groups. Age is on the last day of the period; &quot;not specified&quot; includes no date of birth and ages below the first band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender &quot;not known or not stated&quot; includes people who were not asked and answers that are not on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charity&apos;s peer workforce: volunteers and paid peer workers, who joined and who left, the hours volunteers gave, whether training and supervision are up to date, how many people moved from being supported to volunteering and on to paid work, and how the workforce compares with the people it supports.</source>
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
    <message>
        <source>Enquiry received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informal chat or interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of conduct signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lone-working agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer induction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer support training (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited peer support training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding refresher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflet or poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another service of the charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary care mental health team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community mental health team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary sector organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of lived experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk or safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role clarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own wellbeing and triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working with staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-production group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported, volunteers, staff and partners shaping the service together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers&apos; peer support group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers meeting to support each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becoming a volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning and purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment</source>
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
    <message>
        <source>libsodium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password hashing (Argon2id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcsv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and writing CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGPL 2.1 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost.Math</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence intervals in outcome reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost Software Licence 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libxlsxwriter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing Excel workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSD 2-Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libzip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Excel workbooks to import them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSD 3-Clause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::AccountEditDialog</name>
    <message>
        <source>New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: sam.jones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they type to log in: letters a to z, digits, dots, dashes and underscores. It cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Sam Jones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked worker record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (worker no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked &amp;worker record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the account to the person&apos;s own volunteer or worker record, so that supervision rules know who they are. Type part of a name to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will be asked to choose their own password the first time they log in. Tell them this first password in person or by phone, not by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker records could not be read, so the account can be linked to none. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cre&amp;ate Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no worker record called &quot;%1&quot;. Choose one from the list, or None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::AccountFormDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nfirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again in the second box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::AccountsDialog</name>
    <message>
        <source>&amp;New Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who uses Alongside should have their own account. The role decides what they can see and change. Turn off the account of someone who leaves, rather than sharing it: the audit log then still says who did what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the selected account&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn O&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selected account on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selected account off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Off Account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the account %1? Nobody will be able to log in with it until an administrator turns it on again. Its history stays in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Not Turned Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Not Turned On</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::AdministratorSetupDialog</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Administrator Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who looks after this database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside keeps personal and health information about the people your charity supports, so everyone who uses it logs in with their own account. Start with the administrator: the person who sets up accounts for colleagues, changes settings and looks after backups. You can add other accounts after this, from Tools &gt; Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example sam.jones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example Sam Jones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this password safe. If it is lost and there is no other administrator, no one can manage accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::AuditLogDialog</name>
    <message>
        <source>Check the Log Is &amp;Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change, every record opened, every login and every backup, newest first. Entries name the fields involved but never their contents, and cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user name (failed login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: person 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind of record and its number (&quot;person 12&quot;), a number alone, or a kind alone (&quot;account&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the log is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every entry&apos;s fingerprint against the one before it, to show whether any entry has been changed, removed or added since it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln entries from the newest %L1 in these dates. Narrow the dates to see older ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %Ln entries. Narrow the dates or filters to see older ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact: the log has no entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact: all %Ln entries check out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tampered: %1 Entries from no. %2 on cannot be trusted. Backups made before then still hold the log as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::BandsEditor</name>
    <message>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, answer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name kept in records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaningful change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions that may be left unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the clinical range (%1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the clinical range (above %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the clinical range (%1 or less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the clinical range (below %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Change it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust Bands and Thresholds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no total score, so it has no bands or thresholds to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving makes a new version of this measure. Results already recorded keep the version that scored them, with its bands; new responses are scored with the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;nds, from the lowest scores to the highest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: In the clinical range (10 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable change, in points; 0 for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or more points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaningful change, in points; 0 for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the c&amp;linical range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Described as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reliable change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meaningful change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the &amp;Published Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the published values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published values are in the form. Save to use them for new responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change between someone&apos;s first and last score of at least this many points is flagged on their chart. Set it to 0 to turn this off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::BandsTable</name>
    <message>
        <source>Add &amp;Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row for each band: its name, lowest score and highest score. Bands go from the lowest scores to the highest, without gaps or overlaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1 has no name. Type a name that describes the score, such as &quot;Moderate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1 (%2): the lowest score &quot;%3&quot; is not a number. Type a number, such as 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1 (%2): the highest score &quot;%3&quot; is not a number. Type a number, such as 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores run from %1 to %2; a higher score is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores run from %1 to %2; a lower score is better.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::CaseloadDialog</name>
    <message>
        <source>Show &amp;ended matches too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor Caseloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor&apos;s matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds a peer role yet, so there are no caseloads. Give a volunteer or peer worker a peer role on their record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 of %3 places in use (proposed matches hold a place).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no mentees at present; %2 current match(es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is matched with them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor caseload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::CataloguesDialog</name>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment &amp;steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles people hold. Each role says how often its holders should have supervision and which checks they need before they start. A role that is no longer used can be made inactive; it stays on old records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBS check needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peer role (held by people with lived experience)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default pay basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision expected every so many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (untick when the role is no longer used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default pa&amp;y basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upervision every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;BS check needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferences needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps of recruitment, in the order they usually happen. Each worker&apos;s record shows them as a checklist. References and the DBS check have records of their own, and induction is a course. A step you do not use can be switched off; it stays on old records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment steps, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps, in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;ed (untick to switch the step off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the role &quot;%1&quot; was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the changes to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (switched off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the step &quot;%1&quot; was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, Services and Other Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servi&amp;ces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referra&amp;l sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services offered to people supported: 1:1 mentoring, short-term support, courses and groups. A person&apos;s record shows which they take part in; courses and groups have an attendance register for each meeting. A service no longer offered can be made inactive; it stays on old records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services &amp;offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (untick when the service is no longer offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the service &quot;%1&quot; was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where referrals come from, under the three types of referral: self-referral (for example: our website, a poster), internal (another of the charity&apos;s services) and external (for example: a GP practice, the community mental health team). They are offered in this order when a referral is recorded. A source no longer used can be made inactive; it stays on old referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources, in the order &amp;offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the list: lower numbers are offered first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (untick when the source is no longer used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place in the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a referral source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the referral source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the referral source &quot;%1&quot; was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add referral source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change referral source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision t&amp;hemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The themes a supervision record can be tagged with, such as boundaries or endings. They are offered in this order when supervision is recorded. A theme no longer used can be retired: it stays on the records that have it. A theme that no record has can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision themes, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Th&amp;emes, in the order offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the theme up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the theme down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offered (untick to retire the theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the theme, if no record has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the theme &quot;%1&quot; was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: &quot;%1&quot; is retired. It stays on the records that have it, and is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add supervision theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change supervision theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the theme &quot;%1&quot;. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove supervision theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move theme %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move theme %1 down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ChangePasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Your Own Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, your account has a temporary password set by an administrator. Choose your own password now; no one else, administrators included, will know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ClientRecordDialog</name>
    <message>
        <source>Ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of a Person Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals and Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(Updated on %2.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything a mentor or coordinator must know before contacting this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: English, Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &amp;home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s gender wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lived experience the person would like their mentor to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would like a mentor of the same ethnic &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would like a mentor of the same ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would like a mentor who speaks their lang&amp;uage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would like a mentor who speaks their language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on matching preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;amily name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality monitoring (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the person chose to answer. &quot;Not asked&quot;: the question was not asked; &quot;Not stated&quot;: they chose not to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnic group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown at the top of the record whenever it is not empty. Keep it short and factual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor&apos;s gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared lived e&amp;xperience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the saved details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk note recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add E&amp;pisode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd Episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes of support (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tri&amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage n&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a referral first: every episode of support belongs to a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endin&amp;g reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add episode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change episode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active mentor match in this episode ends on the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End episode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove episode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions marked &quot;Group register&quot; were recorded with a group&apos;s attendance register: change them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an episode of support first (on the Referrals and Episodes tab): every session belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief and factual: the person may ask to see their record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Episode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals, in the person&apos;s own words (oldest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the person&apos;s own words, e.g. &quot;Get out of the house twice a week&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tied to one service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress, per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;chieved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stands?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected consent was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected consent (a mistake, not a withdrawal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record each purpose the person agreed to, with the date. When they withdraw it, use Withdraw: the record of what they agreed to is kept. Remove is only for a consent recorded by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services it may be shared with, by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How: e.g. phone and text, not letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;Questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a questionnaire the person filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View Answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the answers of the selected questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome measures (oldest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change is measured from the first score of the same questionnaire in the same episode. A response is never changed once recorded: if it was entered wrongly, remove it and record it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire shown in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yes, %2 no, %3 not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (prorated: an item was missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in an episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk answer, not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk answer, seen by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement and &amp;Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID from your old records, if any: imports find the person by it. No two people can have the same reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise this record: remove names, contact details and notes, keep the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person and everything recorded about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (total only: no answers to each item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: total only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::CompletionDialog</name>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From the certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Certificate &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Training Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date from the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the attached certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompleted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no courses in the training catalogue yet. Add them under Training first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the course: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the course: does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as entered below; the course alone would give %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB. Scan it at a lower resolution or save it as a PDF, then attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Check that the file is still there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be attached when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Certificate As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be saved as %1: %2. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::CompliancePage</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With something expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With something expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With something missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon means within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 people. %3 fully in date. Items: %4 expired, %5 expiring soon, %6 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1. Expiring soon: within %2 days. %3 people shown. Printed %4 by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: contains personal data about volunteers and staff. Store securely and shred when no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Compliance Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Compliance Matrix as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Compliance Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is cleared, trained and in date on %1 (see &quot;As of&quot;), for everyone who is an applicant, in training, active or paused and holds a role. &quot;Expiring soon&quot; means within %2 days. Double-click a person to open their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: ✓ done (&quot;to&quot; the date it lapses), ! expiring soon, ✕ expired on the date shown, ? missing, – not needed by the person&apos;s roles.</source>
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
    <message>
        <source>Your administrator can add the charity&apos;s name and logo in Settings: they appear here and on every report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Numbers under %1 are hidden to protect privacy.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks and training to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Compliance Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminders could not be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired and %2 expiring in the next %3 days. Double-click one to open the person&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the compliance matrix is missing a check or a course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people are missing a check or a course they need: see the compliance matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has expired, and nothing expires in the next %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts could not be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in mentoring or short-term support has had a session logged in the last %1 weeks, and no planned end falls in the next %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who need attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with no session logged for %2 weeks or more, and %3 with a planned end in the next %4 days. Double-click one, or select it and press Enter, to open the person&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session logged since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (mentor: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Supervision area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is overdue for supervision could not be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is overdue for supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one you supervise is overdue for supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person is overdue for supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people are overdue for supervision, most overdue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of the people you supervise is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the people you supervise are overdue, most overdue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click one, or select it and press Enter, to see their supervision history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, last supervised %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::DuplicateChoiceDialog</name>
    <message>
        <source>Add the Referral to &amp;Their Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Their Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support This Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as Someone &amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with the same name is already on file. If it is the same person, use their record rather than add them twice. Add someone new only if they are a different person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on file with the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this referral to the selected person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected person&apos;s record without adding anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected person a person supported, keeping their details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new person after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Form</source>
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
    <name>alongside::ui::ErasureDialog</name>
    <message>
        <source>Erase a Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise a Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANONYMISE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 completely?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing deletes the person and everything recorded about them. Use it when the person asks to be forgotten or was added by mistake. Their numbers leave your reports too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymising removes everything that identifies the person and keeps the numbers your reports need, so past figures stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name or %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type %1 here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the person&apos;s name (%1) or %2 here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Alongside cannot do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside cannot find the person&apos;s name where someone typed it into other people&apos;s records (a group&apos;s meeting notes, another person&apos;s session notes), nor what the person wrote about others. Check those by hand if the request covers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole record: names, contact details, date of birth and the charity&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals, episodes, sessions, matches, goals, questionnaires and the risk note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses, roles, recruitment steps, references, DBS checks, training, hours, lived experience, and supervision where they were the only person supervised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent, stories and meeting attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone, and Undo is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (the record is shown as &quot;%1&quot;) and the charity&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email, phone, address and postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day and month of birth: only the year is kept, as 1 July, so age groups stay right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notes and free text: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk note, referral reasons, session notes, goal descriptions, written answers in questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status reasons, emergency contacts, access needs, supervision notes where they were the only person supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referees, DBS certificate numbers and training certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their story (1), which is in their own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their stories (%1), which are in their own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions, groups and supervision they led for other people stay in those people&apos;s records, without their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log records that record number %1 was erased, and why; never the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 questionnaire with its score and band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questionnaires with their scores and bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 goal&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goals&apos; progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 course completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 courses completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supervision sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your reports: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates, statuses, roles, service and referral categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality monitoring answers (such as gender and ethnicity), for diversity figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they had a login account, its user name stays, because the audit trail names it. Where their name was saved as who recorded something (a consent, a meeting, training, a risk prompt), it becomes &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervision arrangement in which they supervise someone else (1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervision arrangements in which they supervise others (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match they had as a mentor with someone else (1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matches they had as a mentor with others (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made before now still hold the record. Daily backups are deleted as newer ones replace them: Alongside keeps the newest %1, so the last one holding it goes after %1 more days on which Alongside is opened. Backups made with Back Up Now, before an upgrade or before a restore are kept until you delete them from the backups folder, and copies you made elsewhere until you delete them. Restoring one of them brings the record back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already anonymised on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was anonymised on %1: names, contact details and notes were removed, and they cannot be added back. Its numbers stay for your reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::FeedbackBanner</name>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::FindPersonDialog</name>
    <message>
        <source>Find a Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer or worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1: type more of the name to narrow it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Not Opened</source>
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
    <name>alongside::ui::FullExportDialog</name>
    <message>
        <source>&amp;Include the sensitive fields (lived experience, risk notes, stories as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Everything to a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside will write everything in this database into a new folder: one spreadsheet file (CSV) for each kind of record, the training certificates as files, a README that says what the folder is, and a manifest for programs.

The folder will hold special-category (health) data about real people. Keep it on an encrypted drive or in a locked place, share it only with those entitled to see it, and delete it when it is no longer needed. Supervision private notes and passwords are never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new folder to export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to put the new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything to the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Where to Put the New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is in %1 (%2 tables, %3 rows in all). README.txt in the folder says what each file is.

The folder holds special-category data: keep it safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::GroupRegisterDialog</name>
    <message>
        <source>Date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All &amp;Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a Group Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of one meeting of a course or group. Everyone with an open place in it on the day is listed: mark who came. Each person&apos;s record gets the session. To correct an earlier meeting, pick it under Meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: a new one or an earlier one to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for example: week 3, managing sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, about the meeting as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course or group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark everyone on the register as attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this meeting and its register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meeting and its register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no course or group in the list of services. Add one under Roles, Services and Other Lists, then record its meetings here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone no longer on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 on the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has an open place in %1 on %2. Add the people who take part from their records (a new episode in %1), then take the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 more with a place, not on this register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in the register of %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the register of %1 on %2: %3 of %4 attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the register of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the register of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting of %1 on %2? Its register of %3 is taken off everyone&apos;s record. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the meeting of %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::GroupsDialog</name>
    <message>
        <source>No set rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In use (untick when the group no longer meets; its meetings stay on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups whose meetings are recorded: the co-production group, a volunteers&apos; peer support group and so on, in the order they are offered. A group that no longer meets can be retired; its meetings stay on file. A group with no meetings can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets every so many weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected group up the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected group down the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the group &quot;%1&quot; was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the changes to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the group &quot;%1&quot;. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ImportWizard</name>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person: add to their record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet saved as Excel (.xlsx) or CSV, with the column headings in its first row and one record on each row below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file&apos;s text is stored (encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside works this out from the file. Change it only if names with accents look wrong in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text stored as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What separates the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside works this out from the file. Change it only if the preview shows everything in one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns separated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which questionnaire the scores are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows, numbered as your spreadsheet numbers them (scroll sideways for more columns):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Spreadsheet to Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Read the Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Read the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be read: see the message, then choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file: %1, columns separated by %2. %3 of data under %4 headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook: sheet &quot;%1&quot; (%2 of %3). %4 of data under %5 headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no rows under the headings: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import This Kind of Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each thing Alongside keeps, choose the column of your file that holds it. Alongside has guessed from the headings; check each one against the example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value in that column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (no heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this or another marked &quot;one of&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the column is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 (dates are read day first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 column will be imported. Columns not chosen here are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns will be imported. Columns not chosen here are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on, choose a column for: %1. If your file does not have it, add it to the spreadsheet, save it, and choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside reads every row and lists anything it cannot take. Nothing is saved in this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems to fix in the spreadsheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Problem List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the problem list as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that may be someone already on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice for every possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this choice to every possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row with the same reference as someone on file cannot be added as a new person: &quot;Add as a new person&quot; leaves such rows as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again and check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After fixing the spreadsheet and saving it, read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Columns Have Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s column headings are not what they were, so Alongside has matched them again. Go Back to the columns step to check the matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled. Choose Check Again to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems to fix in the spreadsheet: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems to fix in the spreadsheet (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References are unique: this row is the person with that reference, or a mistake to skip or correct in the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates (%1): decide for each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 about the file as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet: nothing can be imported until the check has run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import is not possible yet: fix the %1 in the spreadsheet (Save Problem List gives you the list), save it, then choose Check Again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import is not possible yet: choose what to do for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: %1 ready to import. Choose Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - problems.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Problem List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem list was not saved as %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem list is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file goes in together, or nothing does: if anything stops the import, the database is left exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try It First (Dry Run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the import without saving anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the file into the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; will be imported as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left out as you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it first to see what would be created without saving anything, then Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved: the database is exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import did not happen. %1 The database is exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 would be imported, creating %2. Nothing was saved: choose Import to bring them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be left out as you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Finish to close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::InvolvementPage</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-production and Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-production and stories views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings of the co-production group and the other involvement groups: who came and in what capacity, what was decided and what changed because of it. Double-click a meeting to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the meetings of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance by standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions / changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gro&amp;ups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the involvement groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; and 1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Remove the Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the meeting of %1 on %2? Its attendance, decisions and actions go with it. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-production meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ListExporter</name>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the rows and columns shown, as filtered and sorted, as CSV or Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the rows and columns shown, as filtered and sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table shown as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by %1, ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As shown on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As shown on screen. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not saved as %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::LockedPage</name>
    <message>
        <source>Alongside is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside locked itself because no one had used it for a while, so that people&apos;s records stay private. %1 was logged in. Unlock to carry on, or log in as someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 locked Alongside so that people&apos;s records stay private. Unlock to carry on, or log in as someone else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::LoginDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log In to Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside was locked to keep people&apos;s records private. Log in to carry on; another user can log in here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds people&apos;s personal and health information. Log in with your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten your password? An administrator can set a temporary one for you (Tools &gt; Accounts).</source>
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
    <message>
        <source>&amp;Lock Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange My Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Read Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The undo history has been cleared, because it no longer matches the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volunteers and Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compliance Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Training for a &amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, Services and Other &amp;Lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Group Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services and Referral Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer Someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor &amp;Caseloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Supervision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My Supervisees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone&apos;s Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisees by Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaires and Measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-production and stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;o-production and Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from a Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Everything to a Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records Past &amp;Retention…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::MatchPanel</name>
    <message>
        <source>&amp;Find a Mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart Match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd Match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s &amp;Caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor matches in this episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an episode above to see its mentor matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mentoring service, so this episode has no mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor yet: use Find a Mentor to see who fits best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was proposed on %2. Start the match once both have agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched with %1 since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Match with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the match started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the match with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the Match with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the match ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the match ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about the ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the match with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match with %1 ended on %2 (%3). Use Find a Mentor to match %4 again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::MatchSuggestionsDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a Mentor for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eligible mentors, best match first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible mentors, best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the selected mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors who cannot be matched now, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the match now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors cannot be suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared lived experience was not considered: your role cannot see people&apos;s lived experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can be matched today: see below why each mentor is shut out. Free a place, bring a check up to date, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stated preference met</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Not eligible now (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a mentor above to see why they are suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met (+%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passes every check; %2 stated no preference this mentor meets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match Proposed, Not Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match was proposed but could not start: %1 Start it from the person&apos;s record once that is put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the match &amp;now (otherwise it is proposed, to start once both agree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;end (once started):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors for %1 who are active, trained for the role, have a DBS check and supervision in date, and have a place free on %2. They are ranked by what %1 asked for; the reasons say why; the score adds up what each mentor offers of it. Choose one and propose the match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match with %1 ends today as &quot;re-matched&quot; when you propose the new mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose New Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the match starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::MeasureEntryDialog</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered. Type the number of the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charity&apos;s own questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (bands set by the charity, version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in an episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the questionnaire was filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Episode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date filled in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk answer: act on it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I ha&amp;ve seen this answer and will follow our safety procedure now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have seen this risk answer and will follow our safety procedure now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About This &amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the licence, recall period, notes and sources of this measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not record questionnaires. Ask a coordinator or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change (0 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up %1 (better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up %1 (worse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down %1 (better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down %1 (worse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a reliable and meaningful improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a reliable and meaningful deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a reliable improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a reliable deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a meaningful improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a meaningful deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a reliable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this measure has no threshold for reliable change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the questionnaire the person filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of each answer: the form moves on to the next item. Backspace clears an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For yes or no items, Y, N and A answer yes, no and not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 not applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 not applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be scored yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No total: each item is reported on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: this questionnaire has no bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (metric score; raw total %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mean of the items answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (raw total %2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prorated: 1 item was missing, so the total was scaled up from %1 answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prorated: %1 items were missing, so the total was scaled up from %2 answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This measure has no cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given for this measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in an episode: no change is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first score in this episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will be the first score in this episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First score %1 on %2; the change shows once this one can be scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (first score %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acknowledgement was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick that you have seen the risk answer before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — answers given on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the questionnaire the person filled in, then enter the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk Answer Not Yet Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.

Tick &quot;I have seen this answer and will follow our safety procedure now&quot; before saving, and follow your safety procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Answer the missing items, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Without Saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.

This risk answer has not been saved. Follow your safety procedure now whatever you choose, and record the questionnaire so that the answer is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard These Answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers you entered have not been saved. Discard them, or go back and save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be scored yet: %1 Because of the risk answer you can save it now without a score, so that the risk answer is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total only: no answers to each item are on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total only: this questionnaire was recorded from its total, so the answer to each item is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total only: this questionnaire was recorded from its total, so the answer to each item is not on file, and its risk question could not be checked. Ask about it at the next contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::MeasuresDialog</name>
    <message>
        <source>scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes / no / not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total of the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average of the answers given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total of the answers multiplied by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total of the answers, converted with the published table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No total: each answer is reported on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires and Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaires and outcome measures people supported can fill in. Choose one to see its questions, scoring, bands and licence. Every change makes a new version: answers already recorded keep the version that scored them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaires and outcome measures people supported can fill in. Choose one to see its questions, scoring, bands and licence. Only coordinators and administrators can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the chosen questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About the chosen one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust &amp;Bands and Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust bands and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This charity&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted by this charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes with Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this charity&apos;s own questionnaires can be edited; adjust the bands of one that comes with Alongside instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire has no total, so it has no bands to adjust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (comes with Alongside; its bands or thresholds were adjusted by this charity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright line to show with the form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers for every question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored in reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk question: an answer above %1 raises a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2; a higher score is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2; a lower score is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 may be left unanswered; the total is scaled up to make up for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 may be left unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: every question with answers to choose from must be answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finer bands inside these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical cut-off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also a prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when any single answer is %1 or less, whatever the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points or more between the first and last score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaningful change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: %2, made by %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (current: new responses use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: version %1 of the new questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1. Answers already recorded keep the version they were given with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1. Results already recorded keep the version that scored them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::MeetingDialog</name>
    <message>
        <source>Add a Person on File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least two letters of their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without adding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer or staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one on file has a name containing &quot;%1&quot;. Someone not on file can be added with Add Someone Not on File….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One meeting of a group: who came and in what capacity, what was talked about, what was decided and what changed because of it, and the actions agreed. Everyone&apos;s standing is what they were on the day of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group that met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the meeting took place: today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the meeting was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the community room, or online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One topic per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change someone&apos;s standing with the list on their row. The organisation can be typed for people not on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person on file who attended, found by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Someone &amp;Not on File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stakeholder who is not on file, by name and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance by standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions, and what changed because of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed because of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add D&amp;ecision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t Decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add A&amp;ction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agreed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups yet. Close this form, choose Groups… on the Co-production and Stories page and add the group that met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on file: recorded by name and organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing of %1 at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone not on file is recorded as a stakeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Someone Not on File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the local NHS trust, or a family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For partners, commissioners, family members and others who are not on file. They are recorded as stakeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: run the Tuesday group in the evening as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty until something has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the service changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service component the change was to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service co&amp;mponent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is %1 characters long; keep it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the service changed: tick Changed on and choose the date, or leave What changed empty until it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what changed because of the decision, or untick Changed on until something has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Agreed Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an Agreed Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: ask the council about the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone who attended, or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was agreed, for example: ask the council about the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the meeting record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in the meeting of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes to %1 on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 on %2, with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this meeting are not saved. Discard them, or go back and save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::NewReferralDialog</name>
    <message>
        <source>%1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, date of birth not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (already a person supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (volunteer or staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the practice, or who made the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;amily name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tri&amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the person referred and their referral. Everything else (services, sessions, goals, consent) goes on their record, which opens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a referral for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::NewWorkerDialog</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Person Who Delivers Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;amily name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they are now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role s&amp;tarts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a volunteer, peer worker or member of staff. You can fill in the rest of their record after adding them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, date of birth not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (delivers support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a person supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with the same name is already on file:

%1

If this is the same person, choose Cancel and open their record instead. Add a new record only if they are someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added, but their role was not: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::OptionalDateEdit</name>
    <message>
        <source>%1: entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::OutcomeChart</name>
    <message>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 response could not be scored and is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 responses could not be scored and are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome scores chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome measure chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no total score, so there is no line to draw: see each answer in the table above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 scores yet. The chart appears once two %1 questionnaires have been scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one %1 score so far: %2 (%3) on %4. The chart appears once there are two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off (dashed line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First score (square)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last score (triangle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reliable improvement (%1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reliable deterioration (%1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meaningful improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meaningful improvement (%1 or more) but not a reliable one (%2 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meaningful improvement (%1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meaningful deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meaningful deterioration (%1 or more) but not a reliable one (%2 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meaningful deterioration (%1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meaningful change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a meaningful change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reliable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a reliable change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 scores from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1 (%2), last %3 (%4): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher scores are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower scores are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scores chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashed line marks the cut-off: %1. The last score, %2, is in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashed line marks the cut-off: %1. The last score, %2, is outside that range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::PeoplePage</name>
    <message>
        <source>Show people with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show people in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show people with mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show people referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show people referred from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer Someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people supported by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current (all but closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer someone: add a person supported with their referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servi&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer the first person supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been referred yet. When someone is referred, add them here with Refer Someone: their referral, support, sessions, goals and consent are then kept in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been referred yet. Someone with a coordinator or administrator account can add the people referred for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::PeriodPicker</name>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::PersonRecordDialog</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer or peer worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening this record has been noted in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::QuestionnaireEditor</name>
    <message>
        <source>Strongly disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quite a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (not at all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 (completely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / No / Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Questionnaire: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are changing version %1. Saving makes version %2: answers already recorded keep version %1 and its questions, so they keep their meaning; new responses use version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a title and the questions. Each question is answered Yes, No or Not applicable unless you choose otherwise. If you change the questionnaire later, Alongside keeps every version, so answers already recorded keep their meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;oring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Exit questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on charts and lists; the title if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the questions ask about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the time the questions ask about, for example the last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what the questionnaire is for, when to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hort title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in records as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period asked about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List of questions, in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen question up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen question down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Did you feel listened to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (choose one of a list of numbered answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written answer (free text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers on the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row for each answer: the number recorded and the words shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ans&amp;wers on the scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a ready-made scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a ready-made scale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 5: Strongly disagree … Strongly agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 3: Not at all … Very much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Answ&amp;er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an answer to the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word&amp;ing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No total: report each answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question with answers to choose from must be answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some questions may be left unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many questions may be left unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a higher total means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A higher total is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lower total is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands (optional), from the lowest totals to the highest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it is scored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unanswered questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (kept for every version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (made from the title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no wording yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A total can be given only when every question with answers to choose from is answered on a scale. Each answer is reported on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total adds up the numbers of the answers chosen. Bands are optional; if you give them, they must cover every total from %1 to %2 without gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer is reported on its own, as it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 has no wording. Type the question, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1, answer %2: &quot;%3&quot; is not a whole number. Type the number recorded for this answer, such as 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1, answer %2 has no words. Type what the person sees, such as &quot;Agree&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: the number %2 is given to two answers. Give each answer its own number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 is answered on a scale but has fewer than two answers. Add the answers, or fill in a ready-made scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a title for the questionnaire, such as &quot;Exit questionnaire&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by this charity for its own use; no licence is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question has a written answer. Add at least one question answered Yes / No / Not applicable or on a scale, so that the questionnaire can be recorded and counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 is answered Yes / No / Not applicable, so the questionnaire cannot have a total. Choose &quot;No total&quot;, or answer every question on a scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With only one question to choose an answer for, it must be answered. Choose &quot;Every question with answers to choose from must be answered&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::RecordCohortDialog</name>
    <message>
        <source>Show &amp;everyone, including people who have left or only enquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a Course for a Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a course a group took together: enter the course and date once, then tick everyone who completed it. Each person gets their own training record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who delivered it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, recorded for everyone ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date completed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who completed it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who completed the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick everyone shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people are ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the course for everyone ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; for 1 person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &quot;%1&quot; for %2 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 for 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 for %2 people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ReportsPage</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add year-to-date colum&amp;ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add year-to-date columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show small n&amp;umbers (this screen only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show small numbers on this screen only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows counts below the suppression threshold in the preview. Printing, PDF and every export still hide them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing, PDF and exports always hide small numbers, whatever the preview shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel building the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress building the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web Page (HTML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: small numbers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ NOT FOR SHARING. Small numbers are shown in this preview and may identify people. Do not photograph, copy or show this screen outside the team. Printing, PDF and exports hide them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report and its period, then press Build Report. The pages appear here exactly as they will print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building a copy with small numbers hidden, for printing and saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The report shown is the one built before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be built. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small numbers hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small numbers SHOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built a copy with small numbers hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built: %1, %2. This list names people: keep it inside the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built: %1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report could not be noted in the audit log. %1

Try again; if it keeps happening, ask your administrator to check the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Report as a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save the Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved as %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (small numbers hidden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. This list names people: keep it inside the team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for your own account, %1. It takes effect straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a temporary password for %1. They will have to choose their own password the next time they log in. Tell them the temporary one in person or by phone, not by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
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
    <name>alongside::ui::RetentionReviewDialog</name>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nonymise Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records Past Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose records are past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact or leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past retention by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick everyone in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick everyone in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise the people ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year after their last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years after their last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year after leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years after leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month after their last change of status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months after their last change of status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1, with the retention periods in Settings (people supported: %2; volunteers and workers: %3; unsuccessful applicants: %4). A person is listed only when every part of their record is past its period. Anonymising keeps the numbers your reports need and removes names, contact details and notes; anonymised people are not listed again. Unsuccessful applicants&apos; records are needed by no report, so you may erase them completely instead: open their record and choose Erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no reference</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record is past its retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nonymise 1 Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nonymise %1 People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise %1, as past the retention period?

Their names, contact details, references, notes and other free text, referees, emergency contacts, DBS certificate numbers, certificates and stories are removed; the date of birth keeps only the year. Counts, scores, bands, hours, dates, statuses, roles and equality monitoring answers stay for your reports.

This cannot be undone. Backups made before now still hold these records: Alongside keeps the newest %2 daily backups, and backups made with Back Up Now or before an upgrade or restore until you delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise 1 Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise %1 People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymising records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::RetentionSettingsEditor</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records of people supported for this many years after the last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records of volunteers and workers for this many years after they leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records of unsuccessful applicants for this many months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp;supported, after their last contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last contact is the latest referral, session, questionnaire, goal, consent or meeting, or the end of their last episode. Nobody with an episode still open is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers and &amp;workers, after leaving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuccessful a&amp;pplicants, after their last change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsuccessful applicant is someone who never started training or volunteering: an enquiry or application that went no further, or who left before starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools &gt; Records Past Retention lists the records past these periods so you can anonymise them, or erase an unsuccessful applicant&apos;s record from the record itself, since no report needs it: the law asks you to keep personal data no longer than you need it. Never means records of that kind are never listed. Six years, and six months for applicants, are usual choices.</source>
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
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When no one has used Alongside for this long, it locks itself and asks for a password, so people&apos;s records are not left open on a shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of an hour of volunteering, in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recheck DBS certificates after this many months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn about expiry this many days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hour of volunteering is &amp;worth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to value volunteer hours in reports. The default is the UK National Living Wage from April 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recheck &amp;DBS certificates after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn about &amp;expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DBS check without its own recheck date is due this long after issue. Checks and training that expire within the warning time are shown as &quot;expiring soon&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when no session is logged for this many weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual most mentees per mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supported and matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when &amp;no session is logged for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard lists people in mentoring or short-term support with no session logged for this long, so nobody drifts away unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usual most mentees per mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when matching, for mentors whose record does not set their own limit. With None, only mentors whose record sets a limit are suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision is due soon within this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision is due &amp;soon within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose next supervision falls within this many days are shown as &quot;due soon&quot;; after the date they are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected supervision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each role is expected to have supervision. A person&apos;s next supervision is due this long after their last one (with more than one role, the most frequent counts). Choose None for roles that are not supervised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervised every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision interval for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days or weeks, for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles yet: add them in Workforce &gt; Roles, Services and Other Lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other settings were saved, but the supervision interval of %1 was not: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other settings were saved, but the retention periods were not: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::StoriesPanel</name>
    <message>
        <source>Given, stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Withdrawn: left out of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ None recorded: not in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories and case studies written by or with the people the charity supports, its volunteers and workers. A report uses a story&apos;s anonymised version, only while the writer&apos;s consent stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hemes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of story themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which stories to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anonymised version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stories by title or writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stories yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 1 story shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 stories shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Not Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the story “%1” by %2? Its themes and the reports it is chosen for go with it. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the story “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Names or details left in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories and case studies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::StoryDialog</name>
    <message>
        <source>“%1” could identify someone: take it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year %1 (%2 %3 to %4 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 to %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Q%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the writer by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find writer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The writer wrote as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker who helped write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the story was written: today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written wit&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to use the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent the story rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rests &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Consent Given…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the writer gave consent today to use their story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes of the story: tick each that applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report periods the story is chosen for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report period to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the story for the report period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer choose the story for the selected period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports on these periods use the anonymised version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report on a period takes the anonymised version of each story chosen for it, while the writer&apos;s consent stands and no name or date of birth is left in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the writer&apos;s own words, names and all. Kept on file and never put in a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised version for reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version reports use. Take out anything that could identify the writer or anyone else; the check below lists what it finds as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the Words as Writte&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the words as written into the anonymised version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things in the anonymised version that could identify someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a warning to select the words in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one (written alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No themes yet: add them with Themes… on the Stories list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to use a story on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given %1 — withdrawn on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given %1, stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the writer first: the story rests on their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent: this story cannot be used in any report until the writer&apos;s consent to use their story is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn on %1: this story is left out of every report from then on, until new consent is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent does not stand today: the story cannot be used in any report until consent is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Consent Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 gave consent today, %2, for their story to be used, anonymised, in the charity&apos;s reports? It can be withdrawn at any time on their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1&apos;s consent to use a story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 gave consent on %2 to use their story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one found: check the spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen for any report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story is already chosen for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Anonymised Version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anonymised version already has text. Replace it with the words as written?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: the text could not be checked. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anonymised version yet: a report can use the story only once there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found 1 thing that could identify someone. It is marked in the text; choose it below to select it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 things that could identify someone. They are marked in the text; choose one below to select it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in the story “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who wrote the story: type part of their name under Find writer, then choose them from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anonymised version still has 1 thing that could identify someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anonymised version still has %1 things that could identify someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save With Identifiers Left?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The story is chosen for a report, but the report will leave it out until the anonymised version is fixed. Save it as it is for now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes to the story “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the story “%1” by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the story “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the story “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Story by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story has changes that are not saved. Discard them, or go back and save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ No names on file, dates of birth or contact details found. Check for anyone else named, such as family or friends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::StoryThemesDialog</name>
    <message>
        <source>Story Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The themes a story can be tagged with, such as hope, connection or becoming a volunteer, in the order they are offered. A theme no longer used can be retired: it stays on the stories that have it. A theme that no story has can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story themes, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Th&amp;emes, in the order offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the theme up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the theme down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offered (untick to retire the theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the theme, if no story has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list of themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the theme “%1” was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: “%1” is retired. It stays on the stories that have it, and is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the changes to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add story theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change story theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the theme “%1”. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove story theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move story theme %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move story theme %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::SupervisionEntryDialog</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, or choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: very low, 10: very good. &quot;Not asked&quot; (below 0) when it was not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One supervision or reflective practice session, one-to-one or in a group. Coordinators can see everything here except the private notes, which are for the supervisor and the people supervised only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this supervision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the saved record, without the private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the supervision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the session took place: today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the session was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;worker of the charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor is a worker of the charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone &amp;outside the charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor is someone outside the charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of supervisor: peer or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the supervisor outside the charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name, and organisation if useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superv&amp;ises as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person supervised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the list of workers by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers: tick everyone who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tic&amp;k everyone who took part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing is asked at the start (check-in) and at the end (check-out), from 0 (very low) to 10 (very good). Leave &quot;Not asked&quot; when it was not asked. Each person ticks Signed once they have read and agreed the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes talked about: tick each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes talked a&amp;bout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charity&apos;s list of themes is empty. Add themes under Roles, Services and Other Lists (Supervision themes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was talked about and agreed, in words everyone in the session is happy to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinators can read it, and it is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes, seen only by the supervisor and the people supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add A&amp;ction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agreed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Do&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected action done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned by the supervisor on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor&apos;s sign-off date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is signed off once the supervisor and everyone supervised have signed it (each person on their own line above). If a signed record is changed, its sign-offs are cleared so that everyone signs what it now says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone no longer on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is signed off: changing what it says clears the sign-offs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has sign-offs: changing what it says clears them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 is kept: a one-to-one session has one person supervised. Choose &quot;%2&quot; to record several people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a peer role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no peer role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add M&amp;y Supervisees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Everyone Supervised b&amp;y %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick everyone you supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick everyone %1 supervises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You supervise them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — you supervise them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — supervised by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 not shown by the search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has signed the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen only by the supervisor and the people supervised in this session. Private notes are never printed or exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes are seen only by the supervisor and the people supervised. Your account is not linked to a worker record, so Alongside cannot tell whether you took part: private notes are not shown to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes are seen only by the supervisor and the people supervised in this session. You are neither, so they are not shown to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are no longer the supervisor or one of the people supervised in this record as it now stands, so its private notes are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes can be written only by the supervisor or one of the people supervised. To write some, choose yourself as the supervisor or as one of the people supervised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed is kept in this form, and saved only if you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has private notes: they stay as they are when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has no private notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off: no one supervised is chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by the supervisor and everyone supervised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet signed off: waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs cleared: this record had been signed, and you have changed what it says, so its sign-offs were taken off. The supervisor and the people supervised sign again once they have read the change: Signed on each person&apos;s line, and Sign-off at the end of the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record first: Print… prints the record as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes first: Print… prints the record as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the record as saved, without the private notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Agreed Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an Agreed Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: read the lone working policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker, or type anyone&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was agreed, for example: read the lone working policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date done cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in the supervision record of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the list of workers. Choose the supervisor from the list, or choose &quot;Someone outside the charity&quot; and type their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the list of workers. Choose the person supervised from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes to %1 on %2 with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 on %2 with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the supervision record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record supervision on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Supervision Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the supervision record of %1 with %2? Its themes, actions and sign-offs go with it. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the supervision record of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the supervision record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision Record — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: contains personal data about volunteers and staff. Store securely and shred when no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Supervision Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::SupervisionHistoryDialog</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Supervision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected session&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a supervision session with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisor recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no shareable summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[has private notes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions recorded that you may see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::SupervisionPage</name>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My supervisees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose supervisees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisees of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Supervision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a supervision session with the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected person&apos;s supervision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected action done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisees and when each is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions from their sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 supervisee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 supervisees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supervisor to see the people they supervise, when each is next due and the actions still open from their sessions. Double-click a person to see their supervision history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people you supervise, when each is next due and the actions still open from your sessions with them. Double-click a person to see their supervision history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not linked to a record of a person who delivers support, so Alongside cannot tell whom you supervise. Ask an administrator to link your account to your record (Tools &gt; Accounts &gt; Edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is recorded as supervising anyone at present. Add each person&apos;s supervisors on the Supervision tab of their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one whose roles expect supervision is supervised by %1 at present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 supervisee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supervisees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue, %2 due soon, %3 up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open actions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Not Marked Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark action &quot;%1&quot; done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, role or supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, role or supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision of everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the table shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table shown as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone whose roles expect supervision, as of %1: when each was last supervised, when they are next due and how many days overdue. &quot;Due soon&quot; means within %2 (see Settings). Double-click a person to see their supervision history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision: who is due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered: %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, matching &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: contains personal data about volunteers and staff. It holds no supervision notes. Store securely and shred when no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Supervision Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervision-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Supervision Table as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervision-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Supervision Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of 1 person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of everyone: %1 overdue, %2 due soon, %3 up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1. Due soon: within %2. %3 shown: %4 overdue, %5 due soon, %6 up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::TimelineWidget</name>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a story or case study by or with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stages yet: nothing is recorded about their involvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on their timeline yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first. Double-click a meeting or a story to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::TrainingCatalogueDialog</name>
    <message>
        <source>Show retired c&amp;ourses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory for &amp;every role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve (untick to retire the course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Competences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record for a &amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The courses your charity offers or recognises. A course with a refresh interval must be taken again before it expires; mandatory courses show on the compliance matrix for the roles they are mandatory for. Courses are never deleted: untick Active to retire one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The courses your charity offers or recognises. Your role can look at the catalogue but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Courses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show retired courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: delivered by our own trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and/or &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Level 3 award, awarding body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means the course does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory for every role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles the course is mandatory for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory for these ro&amp;les:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competences the course covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpetences it covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in &amp;days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accreditation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import competences from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the course for a group of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No competences yet. Import your framework from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the course &quot;%1&quot; was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the changes to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add course %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change course %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Competences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than 1 MB, which is too big for a list of competences. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No competences added: every one in the file is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 competence added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 competences added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competences Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::WellbeingChart</name>
    <message>
        <source>Wellbeing check-ins chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wellbeing check-ins recorded yet. The chart appears once two sessions have a check-in or check-out score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one session has a wellbeing score so far (%1: %2). The chart appears once two sessions have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-out %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing at the start and end of supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s wellbeing at the start and end of supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in (start of session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out (end of session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest %1 out of 10 at check-in and %2 at check-out, on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest %1 out of 10 at check-in, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest %1 out of 10 at check-out, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and 1 check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 check-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest check-in: %1 out of 10, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::WorkerRecordDialog</name>
    <message>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of a Person Who Delivers Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status and Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recruitment and Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lived Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1. Current roles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact&apos;s relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most mentees at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight or heterosexual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gay or lesbian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bisexual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddhist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jewish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muslim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sikh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;amily name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations&amp;hip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phon&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability, languages and access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access nee&amp;ds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most &amp;mentees at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality monitoring (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the person chose to answer. Leave empty if not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;xual orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel&amp;igion or belief:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive: recorded only with the person&apos;s consent and used only for matching. It is never exported or reported. Opening this tab is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of lived experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Areas (tick those the person agreed to record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: happy for mentees to know; not to be shared with funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on lived experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disclosure preference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Lived Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lived-experience record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Withdrawn — &amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn: delete the lived-experience record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete lived experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything recorded about %1&apos;s lived experience? Do this when they withdraw their consent. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when pausing or leaving, e.g. &quot;own health&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours a week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;ds on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the step&apos;s done date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBS checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recheck due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a DBS check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected DBS check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected DBS check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBS checks (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Step Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a recruitment step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referee&apos;s contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Satisfactory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add DBS Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit DBS Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed to the &amp;Update Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed to the Update Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recheck due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recheck due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the recheck date unset to use the charity&apos;s usual interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a DBS check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a DBS check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per month, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours given (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: the hours at the charity&apos;s hourly rate for volunteer time (set in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: drop-in group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a course completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training completed (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded before Alongside used the standard list. Choose from the list to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else, for example: not in school holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daytime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can do h&amp;ome visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can do home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually &amp;free:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;vailability notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the supervision history, with the wellbeing chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Supervisor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected supervision arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected supervision arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected supervision arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who supervises them (current first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person can have more than one supervisor at once, for example one at the charity and one at a partner organisation. Their sessions are recorded with Supervision &gt; Record Supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Supervision Arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone on &amp;record here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor is someone on record here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone &amp;outside the charity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor is someone outside the charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the supervisor outside the charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for example: the partner NHS trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add supervisor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change supervision by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Supervision Arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End supervision by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove supervisor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement and &amp;Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID from your old records, if any: imports find the person by it. No two people can have the same reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise this record: remove names, contact details and notes, keep the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person and everything recorded about them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::WorkforcePage</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people who deliver support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show people with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show people with role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person who delivers support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first person who delivers support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been added yet. Add your volunteers, peer workers and staff here: their status, roles, checks, hours and training are then kept in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been added yet. Someone with a coordinator or administrator account can add the people who deliver support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current (all but left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::attendancewords</name>
    <message>
        <source>%1 supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 paid peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 paid peer worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid peer workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one attending yet: add the people who came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attending: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::printing</name>
    <message>
        <source>Could Not Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that you may save in that folder and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::privacy::SubjectAccessExport</name>
    <message>
        <source>Alongside could not write in %1. Choose a folder you can save files in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside could not put the subject access pack in %1. Check that the folder can be written to and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject &amp;Access Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything held about this person (subject access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes everything Alongside holds about this person as a readable PDF and a machine-readable JSON file, for a subject access request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Folder for the Subject Access Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject Access Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject Access Pack Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about this person is in %1, with a JSON file of the same name (and any files held in the record in a folder beside it).

It holds their personal and sensitive data: send it to them securely and delete your copy when the request is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::reports::ReportRender</name>
    <message>
        <source>As at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: too few people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: the table this chart draws from is not in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL — names people: keep it inside the charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT suppressed — do not share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list is for the people who may see these names. Do not send it to trustees or funders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small numbers are shown as they are, so someone could be recognised. This copy is for checking inside the charity only: make the report again with suppression on before sharing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small numbers are suppressed: counts below %1 are shown as %2, figures hidden so that a total cannot reveal them as %3, and statistics over fewer than %1 people as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::supervisionlook</name>
    <message>
        <source>Key: %1 %2, %3 %4, %5 %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the next supervision is due could not be worked out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervision is expected at present: the person is not active, or none of their current roles sets how often supervision is due (see Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next supervision due on %1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
