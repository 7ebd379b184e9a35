#include "demogenerator.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/clients/demographics.h"
#include "core/clock.h"
#include "core/db/sqldialect.h"
#include "core/db/transaction.h"
#include "core/services/demo/plan.h"
#include "core/services/settingsservice.h"

namespace alongside::core {

namespace demo {

Status Generator::readCatalogues()
{
    // Role types: the migration seeds them in the language of the day, so match by translated or
    // original name; a charity that deleted one gets it back.
    {
        auto q = sql::prepare(m_db, QStringLiteral("SELECT id, name FROM role_type ORDER BY id"));
        if (!q) {
            return q.status();
        }
        if (Status s = sql::exec(q.value(), QStringLiteral("demo data: read role types")); !s) {
            return s;
        }
        std::vector<std::pair<int, QString>> rows;
        while (q.value().next()) {
            rows.emplace_back(q.value().value(0).toInt(), q.value().value(1).toString());
        }
        for (int i = 0; i < RoleCount; ++i) {
            const QString original = fromUtf8(kSeedRoles[i].name);
            const QString translated = QCoreApplication::translate("alongside::core::schema", kSeedRoles[i].name);
            m_roleIds[std::size_t(i)] = 0;
            for (const auto& [id, name] : rows) {
                if (name == translated || name == original) {
                    m_roleIds[std::size_t(i)] = id;
                    break;
                }
            }
            if (m_roleIds[std::size_t(i)] != 0) {
                continue;
            }
            // As the migration seeds them: peer roles need an enhanced DBS check.
            auto insert = sql::prepare(m_db,
                QStringLiteral("INSERT INTO role_type (name, is_peer, default_pay_basis, supervision_interval_days, "
                               "dbs_level) VALUES (?, ?, ?, ?, ?)"));
            if (!insert) {
                return insert.status();
            }
            insert.value().addBindValue(translated);
            insert.value().addBindValue(kSeedRoles[i].isPeer);
            insert.value().addBindValue(QString::fromLatin1(kSeedRoles[i].payBasis));
            insert.value().addBindValue(orNull(kSeedRoles[i].supervisionDays > 0, kSeedRoles[i].supervisionDays));
            insert.value().addBindValue(orNull(kSeedRoles[i].isPeer != 0, QStringLiteral("enhanced")));
            if (Status s = sql::exec(insert.value(), QStringLiteral("demo data: add role type")); !s) {
                return s;
            }
            m_roleIds[std::size_t(i)] = insert.value().lastInsertId().toInt();
        }
    }

    // Service components: the first active one of each kind.
    {
        auto q = sql::prepare(m_db, QStringLiteral("SELECT id, kind FROM service_component ORDER BY active DESC, id"));
        if (!q) {
            return q.status();
        }
        if (Status s = sql::exec(q.value(), QStringLiteral("demo data: read service components")); !s) {
            return s;
        }
        m_componentIds.fill(0);
        while (q.value().next()) {
            const QString kind = q.value().value(1).toString();
            for (int i = 0; i < ComponentCount; ++i) {
                if (m_componentIds[std::size_t(i)] == 0 && kind == QLatin1String(kComponentKinds[i])) {
                    m_componentIds[std::size_t(i)] = q.value().value(0).toInt();
                }
            }
        }
        for (int i = 0; i < ComponentCount; ++i) {
            if (m_componentIds[std::size_t(i)] != 0) {
                continue;
            }
            auto insert
                = sql::prepare(m_db, QStringLiteral("INSERT INTO service_component (name, kind) VALUES (?, ?)"));
            if (!insert) {
                return insert.status();
            }
            insert.value().addBindValue(QCoreApplication::translate("alongside::core::schema", kComponentNames[i]));
            insert.value().addBindValue(QString::fromLatin1(kComponentKinds[i]));
            if (Status s = sql::exec(insert.value(), QStringLiteral("demo data: add service component")); !s) {
                return s;
            }
            m_componentIds[std::size_t(i)] = insert.value().lastInsertId().toInt();
        }
    }

    // Recruitment steps: matched by translated or original name like the role types; a charity that
    // deleted one gets it back at the end of the list.
    {
        auto q = sql::prepare(m_db, QStringLiteral("SELECT id, name FROM recruitment_step ORDER BY position, id"));
        if (!q) {
            return q.status();
        }
        if (Status s = sql::exec(q.value(), QStringLiteral("demo data: read recruitment steps")); !s) {
            return s;
        }
        std::vector<std::pair<int, QString>> rows;
        while (q.value().next()) {
            rows.emplace_back(q.value().value(0).toInt(), q.value().value(1).toString());
        }
        for (int i = 0; i < StepCount; ++i) {
            const QString original = fromUtf8(kSeedSteps[i]);
            const QString translated = QCoreApplication::translate("alongside::core::schema", kSeedSteps[i]);
            m_stepIds[std::size_t(i)] = 0;
            for (const auto& [id, name] : rows) {
                if (name == translated || name == original) {
                    m_stepIds[std::size_t(i)] = id;
                    break;
                }
            }
            if (m_stepIds[std::size_t(i)] != 0) {
                continue;
            }
            auto insert = sql::prepare(m_db,
                QStringLiteral("INSERT INTO recruitment_step (name, position) "
                               "SELECT ?, COALESCE(MAX(position), 0) + 1 FROM recruitment_step"));
            if (!insert) {
                return insert.status();
            }
            insert.value().addBindValue(translated);
            if (Status s = sql::exec(insert.value(), QStringLiteral("demo data: add recruitment step")); !s) {
                return s;
            }
            m_stepIds[std::size_t(i)] = insert.value().lastInsertId().toInt();
        }
    }

    // Supervision themes: matched by translated or original name like the recruitment steps; a
    // charity that deleted one gets it back at the end of the list (retired ones are used as they are).
    {
        auto q = sql::prepare(m_db, QStringLiteral("SELECT id, name FROM supervision_theme ORDER BY position, id"));
        if (!q) {
            return q.status();
        }
        if (Status s = sql::exec(q.value(), QStringLiteral("demo data: read supervision themes")); !s) {
            return s;
        }
        std::vector<std::pair<int, QString>> rows;
        while (q.value().next()) {
            rows.emplace_back(q.value().value(0).toInt(), q.value().value(1).toString());
        }
        for (int i = 0; i < ThemeCount; ++i) {
            const QString original = fromUtf8(kSeedThemes[i]);
            const QString translated = QCoreApplication::translate("alongside::core::schema", kSeedThemes[i]);
            m_themeIds[std::size_t(i)] = 0;
            for (const auto& [id, name] : rows) {
                if (name == translated || name == original) {
                    m_themeIds[std::size_t(i)] = id;
                    break;
                }
            }
            if (m_themeIds[std::size_t(i)] != 0) {
                continue;
            }
            auto insert = sql::prepare(m_db,
                QStringLiteral("INSERT INTO supervision_theme (name, position) "
                               "SELECT ?, COALESCE(MAX(position), 0) + 1 FROM supervision_theme"));
            if (!insert) {
                return insert.status();
            }
            insert.value().addBindValue(translated);
            if (Status s = sql::exec(insert.value(), QStringLiteral("demo data: add supervision theme")); !s) {
                return s;
            }
            m_themeIds[std::size_t(i)] = insert.value().lastInsertId().toInt();
        }
    }

    // Referral sub-sources: the demo's detail words are the names schema version 4 seeds, matched by
    // translated or original name within their category like the recruitment steps; a charity that
    // deleted one gets it back at the end of its category.
    {
        auto q = sql::prepare(m_db, QStringLiteral("SELECT id, category, name FROM referral_source ORDER BY id"));
        if (!q) {
            return q.status();
        }
        if (Status s = sql::exec(q.value(), QStringLiteral("demo data: read referral sources")); !s) {
            return s;
        }

        struct Row
        {
            int id;
            QString category;
            QString name;
        };

        std::vector<Row> rows;
        while (q.value().next()) {
            rows.push_back(
                { q.value().value(0).toInt(), q.value().value(1).toString(), q.value().value(2).toString() });
        }
        const demo::Words details[SourceCategoryCount]
            = { demo::selfReferralDetails(), demo::internalReferralDetails(), demo::externalReferralDetails() };
        for (int category = 0; category < SourceCategoryCount; ++category) {
            const QString key = QString::fromLatin1(kSourceCategories[category]);
            std::vector<int>& ids = m_sourceIds[std::size_t(category)];
            ids.clear();
            for (const char* detail : details[category]) {
                const QString original = fromUtf8(detail);
                const QString translated = QCoreApplication::translate("alongside::core::schema", detail);
                int id = 0;
                for (const Row& row : rows) {
                    if (row.category == key && (row.name == translated || row.name == original)) {
                        id = row.id;
                        break;
                    }
                }
                if (id == 0) {
                    auto insert = sql::query(m_db,
                        QStringLiteral("INSERT INTO referral_source (category, name, position) SELECT ?, ?, "
                                       "COALESCE(MAX(position), 0) + 1 FROM referral_source WHERE category = ?"),
                        { key, translated, key }, QStringLiteral("demo data: add referral source"));
                    if (!insert) {
                        return insert.status();
                    }
                    id = insert.value().lastInsertId().toInt();
                    rows.push_back({ id, key, translated });
                }
                ids.push_back(id);
            }
        }
    }

    // Training catalogue: the migration seeds it in the language of the day, so match by translated or
    // original title; a course that is missing is added (peer support training then becomes mandatory
    // for the peer roles, as the migration has it).
    {
        auto find = sql::prepare(m_db,
            QStringLiteral("SELECT id FROM training_course WHERE title = ? OR title = ? "
                           "ORDER BY title = ? DESC, id LIMIT 1"));
        if (!find) {
            return find.status();
        }
        auto insert = sql::prepare(m_db,
            QStringLiteral("INSERT INTO training_course (title, provider, length_days, credits, refresh_months, "
                           "mandatory) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!insert) {
            return insert.status();
        }
        auto courseRole = sql::prepare(m_db,
            QStringLiteral("INSERT INTO course_role (course_id, role_type_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        if (!courseRole) {
            return courseRole.status();
        }
        const auto courses = demo::trainingCourses();
        for (std::size_t i = 0; i < courses.size(); ++i) {
            const demo::CourseSpec& c = courses[i];
            const QString original = fromUtf8(c.title);
            const QString translated = QCoreApplication::translate("alongside::core::schema", c.title);
            find.value().addBindValue(translated);
            find.value().addBindValue(original);
            find.value().addBindValue(translated);
            if (Status s = sql::exec(find.value(), QStringLiteral("demo data: find training course")); !s) {
                return s;
            }
            if (find.value().next()) {
                m_courseIds[i] = find.value().value(0).toInt();
                find.value().finish();
                continue;
            }
            find.value().finish();
            insert.value().addBindValue(translated);
            insert.value().addBindValue(fromUtf8(c.provider));
            insert.value().addBindValue(c.lengthDays);
            insert.value().addBindValue(orNull(c.credits > 0, c.credits));
            insert.value().addBindValue(orNull(c.refreshMonths > 0, c.refreshMonths));
            insert.value().addBindValue(c.mandatory ? 1 : 0);
            if (Status s = sql::exec(insert.value(), QStringLiteral("demo data: add training course")); !s) {
                return s;
            }
            m_courseIds[i] = insert.value().lastInsertId().toInt();
            if (i == std::size_t(demo::PeerSupportInternal)) {
                for (int r = 0; r < RoleCount; ++r) {
                    if (kSeedRoles[r].isPeer == 0) {
                        continue;
                    }
                    courseRole.value().addBindValue(m_courseIds[i]);
                    courseRole.value().addBindValue(m_roleIds[std::size_t(r)]);
                    if (Status s = sql::exec(courseRole.value(), QStringLiteral("demo data: course for peer roles"));
                        !s) {
                        return s;
                    }
                }
            }
        }
    }
    return Status::ok();
}

Status Generator::readIdBases()
{
    // Explicit ids, counted on from the highest in use: no per-row lookups of generated ids.
    const std::pair<int*, const char*> tables[] = {
        { &m_base.person, "person" },
        { &m_base.worker, "worker" },
        { &m_base.workerStatus, "worker_status" },
        { &m_base.workerRole, "worker_role" },
        { &m_base.client, "client" },
        { &m_base.referral, "referral" },
        { &m_base.episode, "episode" },
        { &m_base.session, "session" },
        { &m_base.match, "mentor_match" },
        { &m_base.supervision, "supervision_entry" },
        { &m_base.arrangement, "supervision_arrangement" },
        { &m_base.action, "supervision_action" },
        { &m_base.completion, "training_completion" },
        { &m_base.response, "measure_response" },
        { &m_base.groupSession, "group_session" },
    };
    for (const auto& [base, table] : tables) {
        auto v = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + QString::fromLatin1(table));
        if (!v) {
            return v.status();
        }
        *base = v.value().toInt();
    }
    return Status::ok();
}

QString asciiLower(const QString& name)
{
    // For e-mail addresses: "Róisín O'Brien" becomes "roisin" and "obrien".
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z')) {
            out += c;
        }
    }
    return out;
}

quint16 slotBits(const QString& keys)
{
    static const QStringList all = Demographics::slotKeys();
    quint16 bits = 0;
    for (const QString& key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype i = all.indexOf(key.trimmed());
        if (i >= 0) {
            bits |= quint16(1u << i);
        }
    }
    return bits;
}

QString slotText(quint16 bits)
{
    static const QStringList all = Demographics::slotKeys();
    QStringList keys;
    for (int i = 0; i < int(all.size()); ++i) {
        if (bits & (1u << i)) {
            keys << all.at(i);
        }
    }
    return keys.join(QLatin1Char(','));
}

Person Generator::makePerson(Rng& rng, Day dob, std::initializer_list<int> genderWeights, double emailChance,
    double phoneChance, double postcodeChance)
{
    Person p;
    p.gender = rng.weighted(genderWeights);
    demo::Words given = demo::neutralGivenNames();
    if (p.gender == Female) {
        given = demo::femaleGivenNames();
    } else if (p.gender == Male) {
        given = demo::maleGivenNames();
    } else {
        const int which = rng.range(0, 2);
        given = which == 0 ? demo::femaleGivenNames() : which == 1 ? demo::maleGivenNames() : given;
    }
    p.given = fromUtf8(rng.pick(given));
    p.family = fromUtf8(rng.pick(demo::familyNames()));
    p.dob = dob;
    p.ethnicity = rng.weighted(kEthnicityWeights);
    if (rng.chance(emailChance)) {
        const QString local = asciiLower(p.given) + QLatin1Char('.') + asciiLower(p.family);
        const int n = ++m_emailCounts[local];
        p.email = local + (n > 1 ? QString::number(n) : QString()) + QStringLiteral("@example.org");
    }
    if (rng.chance(phoneChance)) {
        // Ofcom's range for drama: 07700 900000 to 900999 is never allocated to a real phone.
        p.phone = QStringLiteral("07700 900") + QString::number(rng.range(0, 999)).rightJustified(3, QLatin1Char('0'));
    }
    if (rng.chance(postcodeChance)) {
        static const char kLetters[] = "ABDEFGHJLNPQRSTUWXYZ";
        const int letters = int(sizeof kLetters) - 1;
        p.postcode = fromUtf8(rng.pick(demo::postcodeDistricts())) + QLatin1Char(' ') + QString::number(rng.range(1, 9))
            + QLatin1Char(kLetters[rng.range(0, letters - 1)]) + QLatin1Char(kLetters[rng.range(0, letters - 1)]);
    }
    return p;
}

Status Generator::preparePersonInsert(BatchInsert& insert)
{
    return insert.prepare(m_db, QStringLiteral("person"),
        { QStringLiteral("id"), QStringLiteral("given_name"), QStringLiteral("family_name"),
            QStringLiteral("date_of_birth"), QStringLiteral("gender"), QStringLiteral("ethnicity"),
            QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("postcode"), QStringLiteral("created_at"),
            QStringLiteral("updated_at") });
}

Status Generator::insertPerson(BatchInsert& insert, int id, const Person& p, const QString& createdAt)
{
    return insert.row(id, p.given, p.family, orNull(p.dob != 0, m_dates.text(p.dob)),
        QString::fromLatin1(kGenderCodes[p.gender]),
        p.ethnicity == 0 ? QStringLiteral("not_stated") : QString::number(p.ethnicity),
        orNull(!p.email.isEmpty(), p.email), orNull(!p.phone.isEmpty(), p.phone),
        orNull(!p.postcode.isEmpty(), p.postcode), createdAt, createdAt);
}

Status Generator::writeSettings()
{
    auto q = sql::prepare(m_db, SqlDialect().upsertSetting());
    if (!q) {
        return q.status();
    }
    const QString name = m_options.charityName.trimmed().isEmpty() ? fromUtf8(demo::defaultCharityName())
                                                                   : m_options.charityName.trimmed();
    q.value().addBindValue(QStringLiteral("charity_name"));
    q.value().addBindValue(name);
    if (Status s = sql::exec(q.value(), QStringLiteral("demo data: charity name")); !s) {
        return s;
    }
    // Marks the file as fictional, so the app can say so wherever it shows the data.
    q.value().addBindValue(QString::fromLatin1(CharitySettings::kDemoDataKey));
    q.value().addBindValue(QStringLiteral("1"));
    return sql::exec(q.value(), QStringLiteral("demo data: marker"));
}

Status Generator::run()
{
    // Parent and child rows go out in separate batches, so a child batch may be written before
    // its parents' batch: check foreign keys at commit instead (SQLite resets this at commit).
    if (Status s = sql::execute(m_db, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s) {
        return s;
    }
    if (Status s = readCatalogues(); !s) {
        return s;
    }
    if (Status s = readIdBases(); !s) {
        return s;
    }

    if (!m_reporter.begin(DemoGenerator::tr("Creating the workforce"), 0.0, kWorkforceEnd, m_targets.workers)) {
        return cancelled();
    }
    planWorkforce();
    planSupervisionLines();
    if (Status s = writeWorkforce(); !s) {
        return s;
    }
    if (Status s = writeRecruitment(); !s) {
        return s;
    }
    if (Status s = writeDbsChecks(); !s) {
        return s;
    }
    if (Status s = writeLivedExperience(); !s) {
        return s;
    }

    if (!m_reporter.begin(
            DemoGenerator::tr("Adding people supported"), kWorkforceEnd, kClientsEnd, m_targets.clients)) {
        return cancelled();
    }
    planClients();
    if (Status s = writeClients(); !s) {
        return s;
    }

    if (!m_reporter.begin(DemoGenerator::tr("Adding sessions"), kClientsEnd, kSessionsEnd, m_targets.sessions)) {
        return cancelled();
    }
    if (Status s = planAndWriteSessions(); !s) {
        return s;
    }
    if (Status s = writeGoals(); !s) {
        return s;
    }
    if (Status s = writeConsent(); !s) {
        return s;
    }

    if (!m_reporter.begin(
            DemoGenerator::tr("Adding questionnaires"), kSessionsEnd, kMeasuresEnd, m_targets.measureResponses)) {
        return cancelled();
    }
    if (Status s = planAndWriteMeasures(); !s) {
        return s;
    }

    // Roughly one supervision entry per active worker a month, plus their group meetings.
    if (!m_reporter.begin(DemoGenerator::tr("Adding supervision and training"), kMeasuresEnd, demo::kSupervisionEnd,
            qint64(m_targets.workers) * 12)) {
        return cancelled();
    }
    if (Status s = planAndWriteSupervision(); !s) {
        return s;
    }
    if (Status s = planAndWriteTraining(); !s) {
        return s;
    }
    if (Status s = writeVolunteerHours(); !s) {
        return s;
    }
    if (Status s = planAndWriteInvolvement(); !s) {
        return s;
    }
    return writeSettings();
}

} // namespace demo

DemoGenerator::Targets DemoGenerator::targets(Size size)
{
    switch (size) {
    case Size::Small:
        return { 30, 300, 5000, 1200 };
    case Size::Medium:
        return { 300, 5000, 100000, 20000 };
    case Size::Large:
        return { 2000, 50000, 1000000, 200000 };
    }
    return {};
}

bool DemoGenerator::parseSize(const QString& text, Size* size)
{
    const QString t = text.trimmed().toLower();
    Size parsed = Size::Small;
    if (t == QLatin1String("small")) {
        parsed = Size::Small;
    } else if (t == QLatin1String("medium")) {
        parsed = Size::Medium;
    } else if (t == QLatin1String("large")) {
        parsed = Size::Large;
    } else {
        return false;
    }
    if (size) {
        *size = parsed;
    }
    return true;
}

Status DemoGenerator::generate(Database& db, const Actor& actor, const Options& options, const Progress& progress)
{
    if (Status allowed = Permissions::require(actor, Permissions::Action::AddDemoData); !allowed) {
        return AuditLog(db).refused(actor, allowed, QStringLiteral("database"));
    }
    if (db.isReadOnly()) {
        return Error { Error::Code::InvalidInput, tr("This database is open read-only, so no demo data was added."),
            {} };
    }
    const QDate asAtDate = options.asAt.isValid() ? options.asAt : Clock::instance().today();

    Transaction transaction(db);
    if (!transaction.isActive()) {
        return transaction.beginStatus();
    }
    auto people = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM person"));
    if (!people) {
        return people.status();
    }
    if (people.value().toLongLong() > 0) {
        return Error { Error::Code::InvalidInput,
            tr("This database already holds people, so no demo data was added. Demo data can only be added "
               "to a new, empty database."),
            {} };
    }

    demo::Generator generator(db, options, demo::Day(asAtDate.toJulianDay()), progress);
    if (Status s = generator.run(); !s) {
        return s; // the transaction rolls back as it goes out of scope
    }
    if (Status s = AuditLog(db).record(actor,
            { QString::fromLatin1(AuditLog::kCreate), QStringLiteral("database"), {}, {},
                QStringLiteral("demo data, seed %1").arg(options.seed) });
        !s) {
        return s;
    }
    if (progress && !progress(tr("Saving"), demo::kSupervisionEnd)) {
        return Error { Error::Code::InvalidInput, tr("Demo data generation was cancelled; nothing was added."), {} };
    }
    if (Status s = transaction.commit(); !s) {
        return s;
    }
    if (progress) {
        progress(tr("Finished"), 1.0); // too late to cancel: the data is saved
    }
    return Status::ok();
}

} // namespace alongside::core
