// The list of people supported as a model: its columns and roles, the search and every filter, and
// sorting, under QAbstractItemModelTester; then the same models over what ClientService lists.

#include "core/clients/clientservice.h"
#include "core/db/database.h"
#include "core/models/clientlistmodel.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using namespace alongside::core;

namespace {

const QDate kToday(2026, 11, 22);

ClientSummary summary(qint64 id, const QString& given, const QString& family, const QString& status)
{
    ClientSummary c;
    c.clientId = id;
    c.personId = id + 100;
    c.name = given + QLatin1Char(' ') + family;
    c.sortName = family + QStringLiteral(", ") + given;
    c.status = status;
    c.referredOn = kToday.addDays(-int(id) * 10);
    c.sourceCategory = QStringLiteral("self");
    return c;
}

/** Five people: waiting, open with a mentor, open in a group, closed, open with a risk note. */
QList<ClientSummary> people()
{
    ClientSummary amira = summary(1, QStringLiteral("Amira"), QStringLiteral("Haddad"), QStringLiteral("waiting"));
    amira.sourceCategory = QStringLiteral("external");
    amira.sourceId = 7;
    amira.sourceName = QStringLiteral("GP");

    ClientSummary ben = summary(2, QStringLiteral("Ben"), QStringLiteral("Okafor"), QStringLiteral("open"));
    ben.services = { QStringLiteral("1:1 peer mentoring") };
    ben.componentIds = { 11 };
    ben.mentors = { QStringLiteral("Asha Patel") };
    ben.mentorIds = { 21 };
    ben.lastSession = kToday.addDays(-3);
    ben.sessionsAttended = 4;
    ben.sourceCategory = QStringLiteral("external");
    ben.sourceId = 8;
    ben.sourceName = QStringLiteral("Community mental health team");

    ClientSummary chloe = summary(3, QStringLiteral("Chloe"), QStringLiteral("Williams"), QStringLiteral("open"));
    chloe.services = { QStringLiteral("Peer support group") };
    chloe.componentIds = { 14 };
    chloe.sourceCategory = QStringLiteral("internal");

    ClientSummary dev = summary(4, QStringLiteral("Dev"), QStringLiteral("Sharma"), QStringLiteral("closed"));
    dev.services = { QStringLiteral("1:1 peer mentoring") };
    dev.componentIds = { 11 };
    dev.lastSession = kToday.addDays(-90);

    ClientSummary efua = summary(5, QStringLiteral("Efua"), QStringLiteral("Mensah"), QStringLiteral("open"));
    efua.name = QStringLiteral("Efua Mensah (Effie)");
    efua.services = { QStringLiteral("1:1 peer mentoring"), QStringLiteral("Peer support group") };
    efua.componentIds = { 11, 14 };
    efua.mentors = { QStringLiteral("Ben Green") };
    efua.mentorIds = { 22 };
    efua.hasRiskNote = true;
    efua.sourceCategory = QStringLiteral("external");
    efua.sourceId = 7;
    efua.sourceName = QStringLiteral("GP");
    return { amira, ben, chloe, dev, efua };
}

QStringList names(const QAbstractItemModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        out << model.index(r, ClientListModel::Name).data().toString();
    }
    return out;
}

} // namespace

class TstClientModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void columnsAndRoles();
    void searchAndFilters();
    void sorting();
    void overWhatTheServiceLists();

private:
    std::unique_ptr<test::ScopedClock> m_clock;
};

void TstClientModels::initTestCase()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
}

void TstClientModels::columnsAndRoles()
{
    ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setClients(people());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(ClientListModel::ColumnCount));
    for (int c = 0; c < model.columnCount(); ++c) {
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    const int ben = model.rowOf(2);
    QCOMPARE(ben, 1);
    QCOMPARE(model.rowOf(99), -1);
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(cell(ben, ClientListModel::Name).toString(), QStringLiteral("Ben Okafor"));
    QCOMPARE(cell(ben, ClientListModel::Status).toString(), ClientService::clientStatusName(QStringLiteral("open")));
    QCOMPARE(cell(ben, ClientListModel::Services).toString(), QStringLiteral("1:1 peer mentoring"));
    QCOMPARE(cell(ben, ClientListModel::Mentor).toString(), QStringLiteral("Asha Patel"));
    QCOMPARE(cell(ben, ClientListModel::Source).toString(), QStringLiteral("Community mental health team"));
    QCOMPARE(cell(ben, ClientListModel::Source, Qt::ToolTipRole).toString(),
        ClientService::sourceCategoryName(QStringLiteral("external"))
            + QStringLiteral(": Community mental health team"));
    QCOMPARE(cell(ben, ClientListModel::Source, Qt::AccessibleTextRole).toString(),
        cell(ben, ClientListModel::Source, Qt::ToolTipRole).toString());
    QVERIFY(!cell(ben, ClientListModel::LastSession).toString().isEmpty());
    QCOMPARE(cell(ben, 0, ClientListModel::ClientIdRole).toLongLong(), 2);
    QCOMPARE(cell(ben, 0, ClientListModel::PersonIdRole).toLongLong(), 102);
    QCOMPARE(cell(ben, 0, ClientListModel::StatusKeyRole).toString(), QStringLiteral("open"));
    QCOMPARE(cell(ben, 0, ClientListModel::ComponentIdsRole).toList(), QVariantList { qint64(11) });
    QCOMPARE(cell(ben, 0, ClientListModel::MentorIdsRole).toList(), QVariantList { qint64(21) });
    QCOMPARE(cell(ben, 0, ClientListModel::SourceCategoryRole).toString(), QStringLiteral("external"));
    QCOMPARE(cell(ben, 0, ClientListModel::SourceIdRole).toLongLong(), 8);

    // The risk note is marked in words, for the eye and for a screen reader; nobody else is marked.
    const int efua = model.rowOf(5);
    QCOMPARE(cell(efua, ClientListModel::RiskNote).toString(), QStringLiteral("Risk note"));
    QVERIFY(cell(efua, ClientListModel::RiskNote, ClientListModel::HasRiskNoteRole).toBool());
    QVERIFY(cell(efua, ClientListModel::RiskNote, Qt::ToolTipRole).toString().contains(QStringLiteral("Efua")));
    QCOMPARE(
        cell(efua, ClientListModel::RiskNote, Qt::AccessibleTextRole).toString(), QStringLiteral("Has a risk note"));
    QCOMPARE(cell(ben, ClientListModel::RiskNote).toString(), QString());
    QVERIFY(!cell(ben, ClientListModel::RiskNote, ClientListModel::HasRiskNoteRole).toBool());
    QCOMPARE(cell(ben, ClientListModel::RiskNote, Qt::AccessibleTextRole).toString(), QStringLiteral("No risk note"));

    // Blanks say what they mean: no session yet, no mentor.
    const int amira = model.rowOf(1);
    QCOMPARE(cell(amira, ClientListModel::LastSession).toString(), QStringLiteral("None yet"));
    QCOMPARE(cell(amira, ClientListModel::Mentor, Qt::AccessibleTextRole).toString(), QStringLiteral("No mentor"));
    QCOMPARE(cell(amira, ClientListModel::Source).toString(), QStringLiteral("GP"));
    QCOMPARE(cell(model.rowOf(3), ClientListModel::Source).toString(),
        ClientService::sourceCategoryName(QStringLiteral("internal")));

    model.setClients({});
    QCOMPARE(model.rowCount(), 0);
}

void TstClientModels::searchAndFilters()
{
    ClientListModel model;
    ClientFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClients(people());
    QCOMPARE(filter.rowCount(), 5);

    // Search as you type: any part of the name, every word, whatever the case.
    filter.setSearchText(QStringLiteral("OKA"));
    QCOMPARE(names(filter), QStringList { QStringLiteral("Ben Okafor") });
    filter.setSearchText(QStringLiteral("effie"));
    QCOMPARE(names(filter), QStringList { QStringLiteral("Efua Mensah (Effie)") });
    filter.setSearchText(QStringLiteral("  efua   mens "));
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText(QStringLiteral("efua okafor"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setSearchText(QStringLiteral("GP")); // the source is not searched: only names
    QCOMPARE(filter.rowCount(), 0);
    filter.setSearchText({});
    QCOMPARE(filter.rowCount(), 5);

    filter.setStatusFilter(QString::fromLatin1(ClientFilterModel::kCurrent));
    QCOMPARE(filter.rowCount(), 4);
    QVERIFY(!names(filter).contains(QStringLiteral("Dev Sharma")));
    filter.setStatusFilter(QStringLiteral("closed"));
    QCOMPARE(names(filter), QStringList { QStringLiteral("Dev Sharma") });
    filter.setStatusFilter(QStringLiteral("waiting"));
    QCOMPARE(names(filter), QStringList { QStringLiteral("Amira Haddad") });
    filter.setStatusFilter({});

    filter.setComponentFilter(14);
    QCOMPARE(filter.rowCount(), 2); // Chloe and Efua
    filter.setComponentFilter(11);
    QCOMPARE(filter.rowCount(), 3); // Ben, Dev and Efua
    filter.setStatusFilter(QString::fromLatin1(ClientFilterModel::kCurrent));
    QCOMPARE(filter.rowCount(), 2); // filters combine
    filter.setStatusFilter({});
    filter.setComponentFilter(0);

    filter.setMentorFilter(21);
    QCOMPARE(names(filter), QStringList { QStringLiteral("Ben Okafor") });
    filter.setMentorFilter(ClientFilterModel::kNoMentor);
    QCOMPARE(filter.rowCount(), 3); // Amira, Chloe, Dev
    filter.setMentorFilter(0);

    filter.setSourceCategoryFilter(QStringLiteral("external"));
    QCOMPARE(filter.rowCount(), 3);
    filter.setSourceFilter(7);
    QCOMPARE(filter.rowCount(), 2); // Amira and Efua, from a GP
    filter.setSourceCategoryFilter(QStringLiteral("self"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setSourceFilter(0);
    QCOMPARE(filter.rowCount(), 1); // Dev
    filter.setSourceCategoryFilter({});
    QCOMPARE(filter.rowCount(), 5);

    // A new list keeps the filters.
    filter.setStatusFilter(QStringLiteral("open"));
    QList<ClientSummary> more = people();
    more << summary(6, QStringLiteral("Finn"), QStringLiteral("O'Brien"), QStringLiteral("open"));
    model.setClients(more);
    QCOMPARE(filter.rowCount(), 4);
}

void TstClientModels::sorting()
{
    ClientListModel model;
    ClientFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClients(people());

    // By family name, not by the first name shown.
    filter.sort(ClientListModel::Name, Qt::AscendingOrder);
    QCOMPARE(names(filter),
        QStringList({ QStringLiteral("Amira Haddad"), QStringLiteral("Efua Mensah (Effie)"),
            QStringLiteral("Ben Okafor"), QStringLiteral("Dev Sharma"), QStringLiteral("Chloe Williams") }));
    // People with a risk note come first.
    filter.sort(ClientListModel::RiskNote, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Efua Mensah (Effie)"));
    // Dates sort as dates: the earliest referral (the highest id here) first.
    filter.sort(ClientListModel::ReferredOn, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Efua Mensah (Effie)"));
    QCOMPARE(filter.index(4, 0).data().toString(), QStringLiteral("Amira Haddad"));
    filter.sort(ClientListModel::LastSession, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Ben Okafor"));
    filter.sort(ClientListModel::Status, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, ClientListModel::Status).data(ClientListModel::StatusKeyRole).toString(),
        ClientService::clientStatusKeys().first());
}

void TstClientModels::overWhatTheServiceLists()
{
    QTemporaryDir dir;
    auto db = test::openOrCreate(dir.filePath(QStringLiteral("models.alongside")));
    QVERIFY(db);
    Actor admin = Actor::localUser();
    admin.role = Actor::Role::Administrator;
    admin.userName = QStringLiteral("tester");
    ClientService service(*db);
    auto sources = service.referralSources(admin);
    QVERIFY(sources);
    qint64 gp = 0;
    for (const ReferralSource& s : sources.value()) {
        if (s.category == QLatin1String("external") && gp == 0) {
            gp = s.id;
        }
    }
    QVERIFY(gp > 0);
    auto refer = [&](const QString& given, const QString& category, qint64 source, const QString& risk) {
        ClientProfile p;
        p.givenName = given;
        p.familyName = QStringLiteral("Model");
        p.riskNote = risk;
        p.riskUpdatedOn = risk.isEmpty() ? QDate() : kToday;
        Referral r;
        r.referredOn = kToday.addDays(-30);
        r.sourceCategory = category;
        r.sourceId = source;
        auto id = service.createClient(admin, p, r);
        return id ? id.value() : qint64(0);
    };
    const qint64 one = refer(QStringLiteral("One"), QStringLiteral("external"), gp, QStringLiteral("Lives alone"));
    const qint64 two = refer(QStringLiteral("Two"), QStringLiteral("self"), 0, QString());
    QVERIFY(one > 0 && two > 0);
    auto referrals = service.referrals(admin, two);
    QVERIFY(referrals && referrals.value().size() == 1);
    auto components = service.components(admin);
    QVERIFY(components && !components.value().isEmpty());
    Episode e;
    e.referralId = referrals.value().first().id;
    e.componentId = components.value().first().id;
    e.startsOn = kToday.addDays(-20);
    QVERIFY(service.saveEpisode(admin, e));

    ClientListModel model;
    ClientFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto list = service.list(admin);
    QVERIFY2(list, qPrintable(list.message()));
    model.setClients(list.value());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(model.rowOf(one), 0).data(ClientListModel::HasRiskNoteRole).toBool());
    QVERIFY(!model.index(model.rowOf(two), 0).data(ClientListModel::HasRiskNoteRole).toBool());
    filter.setSourceCategoryFilter(QStringLiteral("external"));
    filter.setSourceFilter(gp);
    QCOMPARE(names(filter), QStringList { QStringLiteral("One Model") });
    filter.setSourceCategoryFilter({});
    filter.setSourceFilter(0);
    filter.setComponentFilter(components.value().first().id);
    QCOMPARE(names(filter), QStringList { QStringLiteral("Two Model") });
    filter.setComponentFilter(0);
    filter.setStatusFilter(QStringLiteral("waiting"));
    QCOMPARE(names(filter), QStringList { QStringLiteral("One Model") });
}

QTEST_GUILESS_MAIN(TstClientModels)
#include "tst_clientmodels.moc"
