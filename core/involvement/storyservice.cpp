#include "storyservice.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/clients/clienttypes.h"
#include "core/clock.h"
#include "core/db/rowstore.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/involvement/identifiers.h"
#include "core/involvement/involvementservice.h"
#include "core/services/servicesupport.h"
#include "core/workforce/workforceservice.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace alongside::core {

namespace {

using service::nowStamp;
using service::refuse;
using service::today;

using Action = Permissions::Action;
using rows::Field;

constexpr int kMaxTitle = 200;
constexpr int kMaxBody = 50000;
constexpr int kMaxYearsBack = 50;

const char* const kEntity = "story";

Error noSuchStory(qint64 id)
{
    return Error { Error::Code::NotFound,
        StoryService::tr("This story no longer exists: someone may have removed it. Close it and look again."),
        QString::number(id) };
}

StoryConsentState consentState(const QVariant& consentPerson, qint64 personId, const QVariant& purpose,
    const QDate& given, const QDate& withdrawn, const QDate& asOf)
{
    if (consentPerson.isNull() || consentPerson.toLongLong() != personId || purpose.toString() != QLatin1String("story")
        || !given.isValid()) {
        return StoryConsentState::None;
    }
    if (withdrawn.isValid() && withdrawn <= asOf) {
        return StoryConsentState::Withdrawn;
    }
    return StoryConsentState::Stands;
}

// The consent columns every story read joins: c.person_id, c.purpose, c.given_on, c.withdrawn_on.
const char* const kConsentJoin = "LEFT JOIN consent c ON c.id = s.consent_id";

Result<QHash<qint64, QStringList>> themeNamesOf(Database& db, const QString& where, const QVariantList& bind)
{
    auto q = sql::query(db,
        QStringLiteral("SELECT l.story_id, t.name FROM story_theme_link l JOIN story_theme t ON t.id = l.theme_id "
                       "JOIN story s ON s.id = l.story_id WHERE %1 ORDER BY t.position, t.name")
            .arg(where),
        bind, QStringLiteral("read story themes"));
    if (!q) {
        return q.error();
    }
    QHash<qint64, QStringList> out;
    QSqlQuery& r = q.value();
    while (r.next()) {
        out[r.value(0).toLongLong()] << r.value(1).toString();
    }
    return out;
}

Result<QHash<qint64, QList<StoryPeriod>>> periodsOf(Database& db, const QString& where, const QVariantList& bind)
{
    auto q = sql::query(db,
        QStringLiteral("SELECT p.story_id, p.period_start, p.period_end FROM story_period p "
                       "JOIN story s ON s.id = p.story_id WHERE %1 ORDER BY p.period_start, p.period_end")
            .arg(where),
        bind, QStringLiteral("read story periods"));
    if (!q) {
        return q.error();
    }
    QHash<qint64, QList<StoryPeriod>> out;
    QSqlQuery& r = q.value();
    while (r.next()) {
        out[r.value(0).toLongLong()] << StoryPeriod { rows::toDate(r.value(1)), rows::toDate(r.value(2)) };
    }
    return out;
}

/** What to look for in a story by personId, written with writtenWith (0: no one). */
Result<identifiers::Sources> sourcesFor(Database& db, qint64 personId, qint64 writtenWith)
{
    identifiers::Sources sources;
    auto p = sql::query(db,
        QStringLiteral("SELECT given_name, family_name, known_as, date_of_birth, email, phone, postcode "
                       "FROM person WHERE id = ?"),
        { personId }, QStringLiteral("read a person"));
    if (!p) {
        return p.error();
    }
    QSqlQuery& pr = p.value();
    if (pr.next()) {
        for (int i = 0; i < 3; ++i) {
            if (!pr.value(i).isNull()) {
                sources.personNames << pr.value(i).toString();
            }
        }
        sources.dateOfBirth = rows::toDate(pr.value(3));
        for (int i = 4; i < 7; ++i) {
            if (!pr.value(i).isNull()) {
                sources.contacts << pr.value(i).toString();
            }
        }
    }
    auto w = sql::query(db,
        QStringLiteral(
            "SELECT p.given_name, p.family_name, p.known_as FROM worker w JOIN person p ON p.id = w.person_id "
            "WHERE p.id <> ? OR w.id = ?"),
        { personId, writtenWith }, QStringLiteral("read workers' names"));
    if (!w) {
        return w.error();
    }
    QSqlQuery& wr = w.value();
    while (wr.next()) {
        for (int i = 0; i < 3; ++i) {
            if (!wr.value(i).isNull() && !wr.value(i).toString().trimmed().isEmpty()) {
                sources.workerNames << wr.value(i).toString();
            }
        }
    }
    auto o = sql::query(db,
        QStringLiteral("SELECT given_name, family_name, known_as FROM person WHERE id <> ? "
                       "AND id NOT IN (SELECT person_id FROM worker)"),
        { personId }, QStringLiteral("read names on file"));
    if (!o) {
        return o.error();
    }
    QSqlQuery& orr = o.value();
    while (orr.next()) {
        for (int i = 0; i < 3; ++i) {
            if (!orr.value(i).isNull() && !orr.value(i).toString().trimmed().isEmpty()) {
                sources.otherNames << orr.value(i).toString();
            }
        }
    }
    return sources;
}

/** Everyone's names on file (workers' as workers), for checking many stories: see ownMatcher. */
Result<identifiers::Matcher> everyonesNames(Database& db)
{
    auto all = sourcesFor(db, 0, 0);
    if (!all) {
        return all.error();
    }
    identifiers::Sources s = all.value();
    s.personNames.clear();
    s.dateOfBirth = QDate();
    s.contacts.clear();
    return identifiers::Matcher(s);
}

/** The writer's own names, date of birth and contact details, from the columns at first. */
identifiers::Matcher ownMatcher(const QSqlQuery& r, int first)
{
    identifiers::Sources s;
    for (int i = 0; i < 3; ++i) {
        if (!r.value(first + i).isNull()) {
            s.personNames << r.value(first + i).toString();
        }
    }
    s.dateOfBirth = rows::toDate(r.value(first + 3));
    for (int i = 4; i < 7; ++i) {
        if (!r.value(first + i).isNull()) {
            s.contacts << r.value(first + i).toString();
        }
    }
    return identifiers::Matcher(s);
}

/** How many things in a story's title and anonymised text could identify someone. */
int identifiersIn(const identifiers::Matcher& everyone, const identifiers::Matcher& own, const QString& title,
    const QString& anonymised)
{
    int n = 0;
    for (const QString& text : { title, anonymised }) {
        n += int(identifiers::merged(everyone.find(text) + own.find(text)).size());
    }
    return n;
}

// The person columns ownMatcher reads, as p.*.
const char* const kPersonColumns
    = "p.given_name, p.family_name, p.known_as, p.date_of_birth, p.email, p.phone, p.postcode";

} // namespace

// ---- names ------------------------------------------------------------------------------------------

QStringList StoryService::authorTypeKeys()
{
    // Written by or with a person supported, a volunteer or a peer worker: a case study a member of
    // staff writes with someone is that person's story (written with the worker), on their consent.
    return { QString::fromLatin1(involvement::kSupported), QString::fromLatin1(involvement::kVolunteer),
        QString::fromLatin1(involvement::kPaidPeer) };
}

QString StoryService::consentStateName(StoryConsentState state)
{
    switch (state) {
    case StoryConsentState::None:
        return tr("No consent");
    case StoryConsentState::Stands:
        return tr("Consent given");
    case StoryConsentState::Withdrawn:
        return tr("Consent withdrawn");
    }
    return QString();
}

Status StoryService::validate(const Story& s, const QDate& today)
{
    if (s.personId <= 0) {
        return invalidInput(tr("Choose the person who wrote the story, or who it was written with."));
    }
    if (!authorTypeKeys().contains(s.authorType)) {
        return invalidInput(tr("Choose who wrote the story: a person supported, a volunteer or a paid peer worker. "
                               "A case study written by staff with someone is that person's story, written with "
                               "the worker."));
    }
    if (s.title.trimmed().isEmpty()) {
        return invalidInput(tr("Give the story a title, so it can be found again."));
    }
    if (s.title.trimmed().size() > kMaxTitle) {
        return invalidInput(tr("The title is too long: keep it under 200 characters."));
    }
    if (!s.writtenOn.isValid()) {
        return invalidInput(tr("Enter the date the story was written."));
    }
    if (s.writtenOn > today) {
        return invalidInput(tr("The date the story was written is in the future. Check the date."));
    }
    if (s.writtenOn < today.addYears(-kMaxYearsBack)) {
        return invalidInput(tr("The date the story was written is more than 50 years ago. Check the year."));
    }
    if (s.body.trimmed().isEmpty()) {
        return invalidInput(tr("Enter the story in the words it was written."));
    }
    if (s.body.size() > kMaxBody || s.anonymised.size() > kMaxBody) {
        return invalidInput(tr("The story is too long: keep it under 50,000 characters."));
    }
    for (const StoryPeriod& p : s.chosenFor) {
        if (!p.from.isValid() || !p.to.isValid() || p.to < p.from) {
            return invalidInput(tr("A report period chosen for the story has its end before its start. Choose the "
                                   "period again."));
        }
    }
    if (!s.chosenFor.isEmpty() && s.anonymised.trimmed().isEmpty()) {
        return invalidInput(tr("A story chosen for a report needs its anonymised version: only that version is "
                               "ever printed. Write it, or take the story off the report."));
    }
    return Status::ok();
}

// ---- themes -----------------------------------------------------------------------------------------

Result<QList<StoryTheme>> StoryService::themes(const Actor& actor, bool includeInactive) const
{
    if (Status s = refuse(m_db, actor, Action::OpenClientRecords, QStringLiteral("story_theme")); !s) {
        return s.error();
    }
    auto q = sql::query(m_db,
        QStringLiteral("SELECT id, name, position, active FROM story_theme %1 ORDER BY position, name")
            .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")),
        {}, QStringLiteral("read story themes"));
    if (!q) {
        return q.error();
    }
    QList<StoryTheme> out;
    QSqlQuery& r = q.value();
    while (r.next()) {
        out << StoryTheme { r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toInt(),
            r.value(3).toInt() == 1 };
    }
    return out;
}

Result<qint64> StoryService::saveTheme(const Actor& actor, const StoryTheme& theme)
{
    if (Status s = refuse(m_db, actor, Action::EditCatalogues, QStringLiteral("story_theme"), theme.id); !s) {
        return s.error();
    }
    const QString name = theme.name.trimmed();
    if (name.isEmpty()) {
        return invalidInput(tr("Enter the theme's name."));
    }
    if (name.size() > kMaxTitle) {
        return invalidInput(tr("The theme's name is too long: keep it under 200 characters."));
    }
    auto clash
        = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM story_theme WHERE lower(name) = lower(?) AND id <> ?"),
            { name, theme.id });
    if (!clash) {
        return clash.error();
    }
    if (clash.value().toInt() > 0) {
        return invalidInput(tr("There is already a theme called \u201C%1\u201D. Choose another name.").arg(name));
    }
    return rows::save(m_db, actor, QStringLiteral("story_theme"), theme.id,
        { { QStringLiteral("name"), name }, { QStringLiteral("position"), theme.position },
            { QStringLiteral("active"), theme.active ? 1 : 0 } });
}

Status StoryService::removeTheme(const Actor& actor, qint64 id)
{
    if (Status s = refuse(m_db, actor, Action::EditCatalogues, QStringLiteral("story_theme"), id); !s) {
        return s;
    }
    auto used = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM story_theme_link WHERE theme_id = ?"), { id });
    if (!used) {
        return used.error();
    }
    if (used.value().toInt() > 0) {
        return invalidInput(tr("Stories use this theme, so it cannot be removed. Untick \u201CIn use\u201D to retire "
                               "it instead."));
    }
    return rows::remove(m_db, actor, QStringLiteral("story_theme"), id);
}

// ---- stories ----------------------------------------------------------------------------------------

Result<QList<StorySummary>> StoryService::stories(const Actor& actor, qint64 personId) const
{
    if (Status s = refuse(m_db, actor, Action::OpenClientRecords, QString::fromLatin1(kEntity)); !s) {
        return s.error();
    }
    const QString where = personId > 0 ? QStringLiteral("s.person_id = ?") : QStringLiteral("1 = 1");
    const QVariantList bind = personId > 0 ? QVariantList { personId } : QVariantList {};
    auto q = sql::query(m_db,
        QStringLiteral("SELECT s.id, s.person_id, p.given_name, p.family_name, p.known_as, s.author_type, s.title, "
                       "s.written_on, s.anonymised IS NOT NULL, c.person_id, c.purpose, c.given_on, c.withdrawn_on, "
                       "s.anonymised, %3 FROM story s JOIN person p ON p.id = s.person_id %1 WHERE %2 "
                       "ORDER BY s.written_on DESC, s.id DESC")
            .arg(QString::fromLatin1(kConsentJoin), where, QString::fromLatin1(kPersonColumns)),
        bind, QStringLiteral("read stories"));
    if (!q) {
        return q.error();
    }
    auto themes = themeNamesOf(m_db, where, bind);
    if (!themes) {
        return themes.error();
    }
    auto periods = periodsOf(m_db, where, bind);
    if (!periods) {
        return periods.error();
    }
    const QDate asOf = today();
    auto everyone = everyonesNames(m_db);
    if (!everyone) {
        return everyone.error();
    }
    QList<StorySummary> out;
    QSqlQuery& r = q.value();
    while (r.next()) {
        StorySummary s;
        s.id = r.value(0).toLongLong();
        s.personId = r.value(1).toLongLong();
        s.personName
            = WorkforceService::displayName(r.value(2).toString(), r.value(3).toString(), r.value(4).toString());
        s.authorType = r.value(5).toString();
        s.title = r.value(6).toString();
        s.writtenOn = rows::toDate(r.value(7));
        s.hasAnonymised = r.value(8).toInt() == 1;
        s.consentState = consentState(
            r.value(9), s.personId, r.value(10), rows::toDate(r.value(11)), rows::toDate(r.value(12)), asOf);
        s.themeNames = themes.value().value(s.id);
        s.chosenFor = periods.value().value(s.id);
        s.identifiersLeft = identifiersIn(everyone.value(), ownMatcher(r, 14), s.title, r.value(13).toString());
        out << s;
    }
    return out;
}

Result<Story> StoryService::story(const Actor& actor, qint64 id)
{
    const QString entity = QString::fromLatin1(kEntity);
    if (Status s = refuse(m_db, actor, Action::OpenClientRecords, entity, id); !s) {
        return s.error();
    }
    auto q = sql::query(m_db,
        QStringLiteral("SELECT s.person_id, p.given_name, p.family_name, p.known_as, s.author_type, s.written_with_id, "
                       "wp.given_name, wp.family_name, wp.known_as, s.title, s.written_on, s.body, s.anonymised, "
                       "s.consent_id, c.person_id, c.purpose, c.given_on, c.withdrawn_on, s.recorded_by "
                       "FROM story s JOIN person p ON p.id = s.person_id %1 "
                       "LEFT JOIN worker w ON w.id = s.written_with_id LEFT JOIN person wp ON wp.id = w.person_id "
                       "WHERE s.id = ?")
            .arg(QString::fromLatin1(kConsentJoin)),
        { id }, QStringLiteral("read a story"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& r = q.value();
    if (!r.next()) {
        return noSuchStory(id);
    }
    Story s;
    s.id = id;
    s.personId = r.value(0).toLongLong();
    s.personName = WorkforceService::displayName(r.value(1).toString(), r.value(2).toString(), r.value(3).toString());
    s.authorType = r.value(4).toString();
    s.writtenWithWorkerId = r.value(5).toLongLong();
    if (!r.value(6).isNull()) {
        s.writtenWithName
            = WorkforceService::displayName(r.value(6).toString(), r.value(7).toString(), r.value(8).toString());
    }
    s.title = r.value(9).toString();
    s.writtenOn = rows::toDate(r.value(10));
    s.body = r.value(11).toString();
    s.anonymised = r.value(12).toString();
    s.consentId = r.value(13).toLongLong();
    s.consentGivenOn = rows::toDate(r.value(16));
    s.consentWithdrawnOn = rows::toDate(r.value(17));
    s.consentState
        = consentState(r.value(14), s.personId, r.value(15), s.consentGivenOn, s.consentWithdrawnOn, today());
    s.recordedBy = r.value(18).toString();

    auto t = sql::query(m_db,
        QStringLiteral("SELECT t.id, t.name FROM story_theme_link l JOIN story_theme t ON t.id = l.theme_id "
                       "WHERE l.story_id = ? ORDER BY t.position, t.name"),
        { id }, QStringLiteral("read story themes"));
    if (!t) {
        return t.error();
    }
    QSqlQuery& tr_ = t.value();
    while (tr_.next()) {
        s.themeIds << tr_.value(0).toLongLong();
        s.themeNames << tr_.value(1).toString();
    }
    auto periods = periodsOf(m_db, QStringLiteral("s.id = ?"), { id });
    if (!periods) {
        return periods.error();
    }
    s.chosenFor = periods.value().value(id);
    if (Status a
        = AuditLog(m_db).record(actor, { QString::fromLatin1(AuditLog::kView), entity, QString::number(id), {}, {} });
        !a) {
        return a.error();
    }
    return s;
}

Result<qint64> StoryService::saveStory(const Actor& actor, const Story& input)
{
    const QString entity = QString::fromLatin1(kEntity);
    if (Status s = refuse(m_db, actor, Action::EditRecords, entity, input.id); !s) {
        return s.error();
    }
    if (Status v = validate(input, today()); !v) {
        return v.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    auto person = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = ?"), { input.personId });
    if (!person) {
        return person.error();
    }
    if (person.value().toInt() == 0) {
        return Error { Error::Code::NotFound,
            tr("The person who wrote this story no longer has a record in Alongside: they may have been erased."),
            QStringLiteral("person") };
    }
    if (input.writtenWithWorkerId > 0) {
        auto worker = sql::scalar(
            m_db, QStringLiteral("SELECT COUNT(*) FROM worker WHERE id = ?"), { input.writtenWithWorkerId });
        if (!worker) {
            return worker.error();
        }
        if (worker.value().toInt() == 0) {
            return invalidInput(tr("The worker who helped write the story no longer has a record. Choose them again."));
        }
    }
    if (input.consentId > 0) {
        auto c = sql::query(m_db, QStringLiteral("SELECT person_id, purpose FROM consent WHERE id = ?"),
            { input.consentId }, QStringLiteral("check consent"));
        if (!c) {
            return c.error();
        }
        QSqlQuery& cr = c.value();
        if (!cr.next()) {
            return invalidInput(tr("The consent chosen has been removed. Choose the consent again, or record it."));
        }
        if (cr.value(0).toLongLong() != input.personId || cr.value(1).toString() != QLatin1String("story")) {
            return invalidInput(tr("A story can rest only on its writer's own consent to use a story. Choose that "
                                   "consent, or record it on the Consent tab of their record."));
        }
    }
    QSet<qint64> themeIds(input.themeIds.cbegin(), input.themeIds.cend());
    if (!themeIds.isEmpty()) {
        QStringList ids;
        for (qint64 t : themeIds) {
            ids << QString::number(t);
        }
        auto n = sql::scalar(
            m_db, QStringLiteral("SELECT COUNT(*) FROM story_theme WHERE id IN (%1)").arg(ids.join(u',')), {});
        if (!n) {
            return n.error();
        }
        if (n.value().toInt() != themeIds.size()) {
            return invalidInput(
                tr("One of the themes chosen has been removed from the list. Choose the themes again."));
        }
    }

    auto existing = input.id > 0
        ? sql::query(m_db,
            QStringLiteral("SELECT person_id, author_type, written_with_id, title, written_on, body, anonymised, "
                           "consent_id FROM story WHERE id = ?"),
            { input.id }, QStringLiteral("read a story"))
        : Result<QSqlQuery>(QSqlQuery());
    if (!existing) {
        return existing.error();
    }
    const bool exists = input.id > 0 && existing.value().next();
    const QList<Field> fields = {
        { QStringLiteral("person_id"), input.personId },
        { QStringLiteral("author_type"), input.authorType },
        { QStringLiteral("written_with_id"),
            input.writtenWithWorkerId > 0 ? QVariant(input.writtenWithWorkerId) : QVariant() },
        { QStringLiteral("title"), input.title.trimmed() },
        { QStringLiteral("written_on"), rows::date(input.writtenOn) },
        { QStringLiteral("body"), input.body.trimmed() },
        { QStringLiteral("anonymised"), rows::text(input.anonymised) },
        { QStringLiteral("consent_id"), input.consentId > 0 ? QVariant(input.consentId) : QVariant() },
    };
    QStringList changed;
    qint64 id = input.id;
    if (exists) {
        QStringList sets;
        QVariantList bind;
        for (int i = 0; i < fields.size(); ++i) {
            const QVariant old = existing.value().value(i);
            if (old.isNull() != fields[i].value.isNull() || old.toString() != fields[i].value.toString()) {
                changed << fields[i].column;
                sets << fields[i].column + QStringLiteral(" = ?");
                bind << fields[i].value;
            }
        }
        sets << QStringLiteral("updated_at = ?");
        bind << nowStamp() << id;
        auto q
            = sql::query(m_db, QStringLiteral("UPDATE story SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))),
                bind, QStringLiteral("save a story"));
        if (!q) {
            return q.error();
        }
    } else {
        QStringList columns;
        QVariantList bind;
        if (id > 0) {
            columns << QStringLiteral("id");
            bind << id;
        }
        for (const Field& f : fields) {
            columns << f.column;
            changed << f.column;
            bind << f.value;
        }
        columns << QStringLiteral("recorded_by") << QStringLiteral("created_at") << QStringLiteral("updated_at");
        bind << (input.recordedBy.isEmpty() ? actor.shownName() : input.recordedBy) << nowStamp() << nowStamp();
        auto q = sql::query(m_db,
            QStringLiteral("INSERT INTO story (%1) VALUES (%2)")
                .arg(columns.join(QStringLiteral(", ")),
                    QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
            bind, QStringLiteral("save a story"));
        if (!q) {
            return q.error();
        }
        if (id <= 0) {
            id = q.value().lastInsertId().toLongLong();
        }
    }

    // Themes and periods, written again whole; a period keeps who chose it and when.
    QHash<QString, QPair<QVariant, QVariant>> chosenBefore;
    QSet<qint64> themesBefore;
    if (exists) {
        auto p = sql::query(m_db,
            QStringLiteral(
                "SELECT period_start, period_end, chosen_by, chosen_on FROM story_period WHERE story_id = ?"),
            { id }, QStringLiteral("read story periods"));
        if (!p) {
            return p.error();
        }
        QSqlQuery& pr = p.value();
        while (pr.next()) {
            chosenBefore.insert(pr.value(0).toString() + u'|' + pr.value(1).toString(), { pr.value(2), pr.value(3) });
        }
        auto t = sql::query(m_db, QStringLiteral("SELECT theme_id FROM story_theme_link WHERE story_id = ?"), { id },
            QStringLiteral("read"));
        if (!t) {
            return t.error();
        }
        while (t.value().next()) {
            themesBefore.insert(t.value().value(0).toLongLong());
        }
    }
    if (themesBefore != themeIds) {
        changed << QStringLiteral("themes");
    }
    for (const QString& table : { QStringLiteral("story_theme_link"), QStringLiteral("story_period") }) {
        auto q = sql::query(m_db, QStringLiteral("DELETE FROM %1 WHERE story_id = ?").arg(table), { id },
            QStringLiteral("save a story"));
        if (!q) {
            return q.error();
        }
    }
    for (qint64 t : std::as_const(themeIds)) {
        auto q = sql::query(m_db, QStringLiteral("INSERT INTO story_theme_link (story_id, theme_id) VALUES (?, ?)"),
            { id, t }, QStringLiteral("save story themes"));
        if (!q) {
            return q.error();
        }
    }
    QSet<QString> periodKeys;
    bool periodsChanged = false;
    for (const StoryPeriod& p : input.chosenFor) {
        const QString key = rows::date(p.from).toString() + u'|' + rows::date(p.to).toString();
        if (periodKeys.contains(key)) {
            continue;
        }
        periodKeys.insert(key);
        const auto before = chosenBefore.constFind(key);
        const bool had = before != chosenBefore.cend();
        periodsChanged = periodsChanged || !had;
        auto q = sql::query(m_db,
            QStringLiteral("INSERT INTO story_period (story_id, period_start, period_end, chosen_by, chosen_on) "
                           "VALUES (?, ?, ?, ?, ?)"),
            { id, rows::date(p.from), rows::date(p.to), had ? before->first : QVariant(actor.shownName()),
                had ? before->second : rows::date(today()) },
            QStringLiteral("save report periods"));
        if (!q) {
            return q.error();
        }
    }
    if (periodsChanged || periodKeys.size() != chosenBefore.size()) {
        changed << QStringLiteral("chosen_for");
    }
    if (Status a = AuditLog(m_db).record(actor,
            { QString::fromLatin1(exists ? AuditLog::kUpdate : AuditLog::kCreate), entity, QString::number(id), changed,
                {} });
        !a) {
        return a.error();
    }
    if (Status c = tx.commit(); !c) {
        return c.error();
    }
    return id;
}

Status StoryService::removeStory(const Actor& actor, qint64 id)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QString::fromLatin1(kEntity), id); !s) {
        return s;
    }
    Status removed = rows::remove(m_db, actor, QString::fromLatin1(kEntity), id);
    if (!removed && removed.error().code == Error::Code::NotFound) {
        return noSuchStory(id);
    }
    return removed;
}

Result<QList<Consent>> StoryService::storyConsents(const Actor& actor, qint64 personId) const
{
    if (Status s = refuse(m_db, actor, Action::OpenClientRecords, QStringLiteral("consent")); !s) {
        return s.error();
    }
    auto q = sql::query(m_db,
        QStringLiteral("SELECT id, given_on, detail, withdrawn_on, recorded_by, note FROM consent "
                       "WHERE person_id = ? AND purpose = 'story' ORDER BY given_on DESC, id DESC"),
        { personId }, QStringLiteral("read consent"));
    if (!q) {
        return q.error();
    }
    QList<Consent> out;
    QSqlQuery& r = q.value();
    while (r.next()) {
        Consent c;
        c.id = r.value(0).toLongLong();
        c.personId = personId;
        c.purpose = QStringLiteral("story");
        c.givenOn = rows::toDate(r.value(1));
        c.detail = r.value(2).toString();
        c.withdrawnOn = rows::toDate(r.value(3));
        c.recordedBy = r.value(4).toString();
        c.note = r.value(5).toString();
        out << c;
    }
    return out;
}

Result<QList<IdentifierWarning>> StoryService::checkAnonymised(
    const Actor& actor, qint64 personId, qint64 writtenWithWorkerId, const QString& text) const
{
    if (Status s = refuse(m_db, actor, Action::OpenClientRecords, QString::fromLatin1(kEntity)); !s) {
        return s.error();
    }
    auto sources = sourcesFor(m_db, personId, writtenWithWorkerId);
    if (!sources) {
        return sources.error();
    }
    return identifiers::find(text, sources.value());
}

Result<ReportStories> StoryService::reportStories(
    const Actor& actor, const QDate& from, const QDate& to, const QDate& asOf) const
{
    if (Status s = refuse(m_db, actor, Action::RunAggregateReports, QString::fromLatin1(kEntity)); !s) {
        return s.error();
    }
    const QString where = QStringLiteral("EXISTS (SELECT 1 FROM story_period sp WHERE sp.story_id = s.id "
                                         "AND sp.period_start <= ? AND sp.period_end >= ?)");
    const QVariantList bind = { rows::date(to), rows::date(from) };
    auto q = sql::query(m_db,
        QStringLiteral(
            "SELECT s.id, s.person_id, s.title, s.author_type, s.written_on, s.anonymised, s.written_with_id, "
            "c.person_id, c.purpose, c.given_on, c.withdrawn_on, %3 FROM story s "
            "JOIN person p ON p.id = s.person_id %1 WHERE %2 ORDER BY s.written_on, s.id")
            .arg(QString::fromLatin1(kConsentJoin), where, QString::fromLatin1(kPersonColumns)),
        bind, QStringLiteral("read stories for a report"));
    if (!q) {
        return q.error();
    }
    auto themes = themeNamesOf(m_db, where, bind);
    if (!themes) {
        return themes.error();
    }
    auto everyone = everyonesNames(m_db);
    if (!everyone) {
        return everyone.error();
    }
    ReportStories out;
    QSqlQuery& r = q.value();
    while (r.next()) {
        const qint64 id = r.value(0).toLongLong();
        const qint64 personId = r.value(1).toLongLong();
        const StoryConsentState state
            = consentState(r.value(7), personId, r.value(8), rows::toDate(r.value(9)), rows::toDate(r.value(10)), asOf);
        if (state != StoryConsentState::Stands || rows::toDate(r.value(9)) > asOf) {
            ++out.withoutConsent;
            continue;
        }
        const QString text = r.value(5).toString().trimmed();
        if (text.isEmpty()) {
            ++out.notAnonymised;
            continue;
        }
        // Nothing that could identify anyone, in the text or in the title (both are printed).
        if (identifiersIn(everyone.value(), ownMatcher(r, 11), r.value(2).toString(), text) > 0) {
            ++out.notAnonymised;
            continue;
        }
        out.stories << ReportStory { id, r.value(2).toString(), r.value(3).toString(), rows::toDate(r.value(4)), text,
            themes.value().value(id) };
    }
    return out;
}

} // namespace alongside::core
