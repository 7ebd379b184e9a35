#!/usr/bin/env bash
# Rebuilds the committed fixtures in tests/data from a built `alongside` and the sqlite3 shell.
# Usage: tests/data/make-fixtures.sh build/dev/app/alongside
# The fixtures are committed; rerun this only when adding a schema version (then add
# schema-v<N>.alongside and keep the older ones).
set -euo pipefail
exe=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

"$exe" demo --db demo.alongside --size small --seed 11 --as-at 2026-11-22 >/dev/null 2>&1

# A tiny current-version database with a few linked rows of every kind (and the audit entry of
# the demo data that filled it).
cp demo.alongside v1.alongside
sqlite3 v1.alongside <<'SQL'
PRAGMA foreign_keys = ON;
CREATE TEMP TABLE keep_client AS SELECT id, person_id FROM client ORDER BY id LIMIT 3;
CREATE TEMP TABLE keep_worker AS
  SELECT DISTINCT w.id, w.person_id FROM worker w
  WHERE w.id IN (SELECT mentor_id FROM mentor_match m JOIN episode e ON e.id = m.episode_id
                 JOIN referral r ON r.id = e.referral_id WHERE r.client_id IN (SELECT id FROM keep_client))
     OR w.id IN (SELECT id FROM worker ORDER BY id LIMIT 2);
DELETE FROM mentor_match WHERE mentor_id NOT IN (SELECT id FROM keep_worker);
UPDATE session SET worker_id = NULL WHERE worker_id NOT IN (SELECT id FROM keep_worker);
DELETE FROM person WHERE id NOT IN (SELECT person_id FROM keep_client UNION SELECT person_id FROM keep_worker);
DELETE FROM supervision_entry WHERE id NOT IN (SELECT entry_id FROM supervision_attendee);
PRAGMA journal_mode = DELETE;
VACUUM;
SQL
# Named after its schema version; older versions' fixtures stay as they were committed.
version=$(sqlite3 v1.alongside "PRAGMA user_version;")
cp v1.alongside "$here/schema-v$version.alongside"

# The fixtures below are made once and kept: the tests know where their damage is. Delete one to
# make it again.
if [[ -e "$here/corrupt-pages.alongside" ]]; then
  ls -l "$here"
  exit 0
fi

# Made by a newer Alongside: same file, higher schema version.
cp v1.alongside newer.alongside
sqlite3 newer.alongside "PRAGMA user_version = 99;" >/dev/null
cp newer.alongside "$here/newer-version.alongside"

# Damaged: the first 40 KiB of a real database (the header still promises the rest).
sqlite3 demo.alongside "PRAGMA journal_mode = DELETE;" >/dev/null
head -c 40960 demo.alongside > "$here/truncated.alongside"

# Damaged inside: the header and schema read fine, but ten table pages are overwritten, so only the
# integrity check finds it.
cp v1.alongside "$here/corrupt-pages.alongside"
python3 - "$here/corrupt-pages.alongside" <<'PY'
import sys
with open(sys.argv[1], 'r+b') as f:
    for page in range(20, 30):
        f.seek(page * 4096 + 8)
        f.write(bytes([0xA5]) * 600)
PY

# Another program's database, and an empty SQLite file.
rm -f "$here/foreign.sqlite" "$here/empty.sqlite"
sqlite3 "$here/foreign.sqlite" "CREATE TABLE invoice (id INTEGER PRIMARY KEY, customer TEXT, total REAL);
  INSERT INTO invoice VALUES (1, 'Example Ltd', 120.5);"
sqlite3 "$here/empty.sqlite" "CREATE TABLE t (x); DROP TABLE t;"

# Not a database at all.
printf 'Minutes of the volunteers meeting.\nNot a database.\n' > "$here/not-a-database.alongside"
ls -l "$here"
