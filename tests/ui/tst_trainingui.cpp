// The training catalogue, the group (cohort) recording form and the roles and recruitment steps
// catalogues, driven as a coordinator would: edits saved and read back through the services, each
// taken back by one undo, problems shown inside the dialog. With ALONGSIDE_SCREENSHOTS=DIR set, it
// also saves PNGs of what it shows.

#include "core/workforce/trainingservice.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/training/cataloguesdialog.h"
#include "ui/training/recordcohortdialog.h"
#include "ui/training/trainingcataloguedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <optional>

using namespace alongside;
using Role = core::Actor::Role;

namespace {

const QDate kToday(2026, 11, 22);

using test::checkKeyboardAndNames;
using test::screenshot;
using test::whenModal;

template<typename W> W* child(QWidget* parent, const char* name)
{
    return parent->findChild<W*>(QString::fromLatin1(name));
}

core::Actor as(Role role)
{
    return { QStringLiteral("casey"), role, 0, 0, QStringLiteral("Casey Coordinator") };
}

QTreeWidgetItem* rowStartingWith(QTreeWidget* table, const QString& text)
{
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->text(0).startsWith(text)) {
            return table->topLevelItem(i);
        }
    }
    return nullptr;
}

QListWidgetItem* itemStartingWith(QListWidget* list, const QString& text)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(text)) {
            return list->item(i);
        }
    }
    return nullptr;
}

int shownCount(QListWidget* list)
{
    int n = 0;
    for (int i = 0; i < list->count(); ++i) {
        n += list->item(i)->isHidden() ? 0 : 1;
    }
    return n;
}

void clickRow(QTreeWidget* table, QTreeWidgetItem* item)
{
    table->scrollToItem(item);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(item).center());
}

void click(QWidget* dialog, const char* button)
{
    auto* b = child<QPushButton>(dialog, button);
    QVERIFY2(b, button);
    QVERIFY2(b->isVisible(), button);
    QVERIFY2(b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

} // namespace

class TstTrainingUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void editsRefreshAndMandatoryRolesAndUndoes();
    void addsACourseAndUndoRetiresIt();
    void importsCompetences();
    void recordsACohortAndOneUndoRemovesIt();
    void refusesAFutureDateInline();
    void readOnlySeesNoSaveButtons();
    void addsARoleAndMovesAStep();

private:
    std::optional<core::Course> course(const QString& title) const;
    qint64 roleId(const QString& name) const;
    qint64 addWorker(const QString& given, const QString& family, const QString& status);

    std::unique_ptr<test::ScopedClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    core::Actor m_coordinator = as(Role::Coordinator);
    QUndoStack m_undo;
    QStringList m_undoErrors;
};

void TstTrainingUi::initTestCase()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    ui::prompts::setTestMode(true);
    ui::SavedChange::setErrorHandler([this](const core::Error& e) { m_undoErrors << e.message; });
    QVERIFY(m_dir.isValid());
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("training.alongside")));
    QVERIFY(m_db);

    // Fifteen people: most of them current, two who are not (shown only with "Show everyone").
    const QStringList given { QStringLiteral("Asha"), QStringLiteral("Ben"), QStringLiteral("Chidi"),
        QStringLiteral("Dana"), QStringLiteral("Eilidh"), QStringLiteral("Farid"), QStringLiteral("Grace"),
        QStringLiteral("Hamza"), QStringLiteral("Ioana"), QStringLiteral("Jack"), QStringLiteral("Kemi"),
        QStringLiteral("Liam"), QStringLiteral("Maya"), QStringLiteral("Niamh"), QStringLiteral("Owen") };
    const QStringList family { QStringLiteral("Patel"), QStringLiteral("Okafor"), QStringLiteral("Nwosu"),
        QStringLiteral("Whitfield-Montgomery"), QStringLiteral("MacLeod"), QStringLiteral("Rahman"),
        QStringLiteral("Evans"), QStringLiteral("Ali"), QStringLiteral("Popescu"), QStringLiteral("Turner"),
        QStringLiteral("Adeyemi"), QStringLiteral("Byrne"), QStringLiteral("Cohen"), QStringLiteral("Doyle"),
        QStringLiteral("Price") };
    const QStringList statuses { QStringLiteral("active"), QStringLiteral("active"), QStringLiteral("in_training"),
        QStringLiteral("active"), QStringLiteral("applicant"), QStringLiteral("active"), QStringLiteral("paused"),
        QStringLiteral("active"), QStringLiteral("in_training"), QStringLiteral("active"), QStringLiteral("active"),
        QStringLiteral("left"), QStringLiteral("active"), QStringLiteral("enquiry"), QStringLiteral("active") };
    for (int i = 0; i < given.size(); ++i) {
        QVERIFY(addWorker(given.at(i), family.at(i), statuses.at(i)) > 0);
    }
}

void TstTrainingUi::cleanupTestCase()
{
    m_undo.clear();
    m_db.reset();
    m_clock.reset();
}

void TstTrainingUi::init()
{
    m_undo.clear();
    m_undoErrors.clear();
    ui::prompts::takeShown();
}

std::optional<core::Course> TstTrainingUi::course(const QString& title) const
{
    auto all = core::TrainingService(*m_db).courses(m_coordinator, true);
    if (all) {
        for (const core::Course& c : all.value()) {
            if (c.title == title) {
                return c;
            }
        }
    }
    return std::nullopt;
}

qint64 TstTrainingUi::roleId(const QString& name) const
{
    auto all = core::WorkforceService(*m_db).roleTypes(m_coordinator, true);
    if (all) {
        for (const core::RoleType& r : all.value()) {
            if (r.name == name) {
                return r.id;
            }
        }
    }
    return 0;
}

qint64 TstTrainingUi::addWorker(const QString& given, const QString& family, const QString& status)
{
    core::WorkerProfile p;
    p.givenName = given;
    p.familyName = family;
    core::StatusChange s { 0, 0, status, QDate(2025, 1, 1), QString() };
    if (status == QLatin1String("paused") || status == QLatin1String("left")) {
        s.reason = QStringLiteral("own reasons");
    }
    auto id = core::WorkforceService(*m_db).createWorker(m_coordinator, p, s);
    if (!id) {
        qWarning() << id.error().message;
        return 0;
    }
    return id.value();
}

void TstTrainingUi::editsRefreshAndMandatoryRolesAndUndoes()
{
    const QString title = QStringLiteral("Train the trainer");
    const std::optional<core::Course> original = course(title);
    QVERIFY(original);
    QCOMPARE(original->refreshMonths, 0);
    QVERIFY(original->mandatoryRoleIds.isEmpty());
    const qint64 trainer = roleId(QStringLiteral("Peer trainer"));
    const qint64 supervisor = roleId(QStringLiteral("Peer supervisor"));
    QVERIFY(trainer > 0 && supervisor > 0);

    ui::TrainingCatalogueDialog dialog(*m_db, m_coordinator, &m_undo);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    checkKeyboardAndNames(&dialog,
        { QStringLiteral("coursesTable"), QStringLiteral("showRetiredCheck"), QStringLiteral("titleEdit"),
            QStringLiteral("providerEdit"), QStringLiteral("daysSpin"), QStringLiteral("hoursSpin"),
            QStringLiteral("creditsSpin"), QStringLiteral("accreditationEdit"), QStringLiteral("refreshSpin"),
            QStringLiteral("mandatoryAllCheck"), QStringLiteral("roleList"), QStringLiteral("competenceList"),
            QStringLiteral("activeCheck"), QStringLiteral("newCourseButton"), QStringLiteral("saveCourseButton"),
            QStringLiteral("importCompetencesButton"), QStringLiteral("recordGroupButton") });
    auto* table = child<QTreeWidget>(&dialog, "coursesTable");
    QCOMPARE(table->topLevelItemCount(), 6); // the seeded catalogue
    QTreeWidgetItem* safeguarding = rowStartingWith(table, QStringLiteral("Safeguarding refresher"));
    QVERIFY(safeguarding);
    QCOMPARE(safeguarding->text(2), QStringLiteral("Every 36 months"));
    QCOMPARE(safeguarding->text(3), QStringLiteral("Every role"));
    QCOMPARE(safeguarding->text(1), QStringLiteral("0.5 days"));

    // "Every role" makes the role list moot.
    clickRow(table, safeguarding);
    QVERIFY(ui::prompts::takeShown().isEmpty()); // nothing was changed, so nothing to discard
    QVERIFY(child<QCheckBox>(&dialog, "mandatoryAllCheck")->isChecked());
    QVERIFY(!child<QListWidget>(&dialog, "roleList")->isEnabled());

    QTreeWidgetItem* row = rowStartingWith(table, title);
    QVERIFY(row);
    clickRow(table, row);
    QCOMPARE(child<QLineEdit>(&dialog, "titleEdit")->text(), title);
    QCOMPARE(dialog.currentCourseId(), original->id);
    auto* refresh = child<QSpinBox>(&dialog, "refreshSpin");
    QCOMPARE(refresh->text(), QStringLiteral("Does not expire"));
    auto* roles = child<QListWidget>(&dialog, "roleList");
    QVERIFY(roles->isEnabled());
    refresh->setFocus();
    refresh->selectAll();
    QTest::keyClicks(refresh, QStringLiteral("24"));
    QCOMPARE(refresh->value(), 24);
    itemStartingWith(roles, QStringLiteral("Peer trainer"))->setCheckState(Qt::Checked);
    itemStartingWith(roles, QStringLiteral("Peer supervisor"))->setCheckState(Qt::Checked);
    click(&dialog, "saveCourseButton");

    auto* feedback = child<QLabel>(&dialog, "feedbackLabel");
    QVERIFY(feedback->isVisible());
    QVERIFY2(feedback->text().startsWith(QStringLiteral("Saved")), qPrintable(feedback->text()));
    std::optional<core::Course> saved = course(title);
    QVERIFY(saved);
    QCOMPARE(saved->refreshMonths, 24);
    QList<qint64> expected { trainer, supervisor };
    std::sort(expected.begin(), expected.end());
    QCOMPARE(saved->mandatoryRoleIds, expected);
    row = rowStartingWith(table, title);
    QCOMPARE(row->text(2), QStringLiteral("Every 24 months"));
    QCOMPARE(row->text(3), QStringLiteral("Peer trainer, Peer supervisor")); // in the order they were added
    QCOMPARE(m_undo.count(), 1);
    QCOMPARE(m_undo.undoText(), QStringLiteral("Change course %1").arg(title));
    screenshot(&dialog, QStringLiteral("training-catalogue-edited"));

    // Undo puts back the old values, and the open dialog shows them.
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    QCOMPARE(*course(title), *original);
    QCOMPARE(refresh->value(), 0);
    QCOMPARE(itemStartingWith(roles, QStringLiteral("Peer trainer"))->checkState(), Qt::Unchecked);
    QCOMPARE(rowStartingWith(table, title)->text(2), QStringLiteral("Does not expire"));
    m_undo.redo();
    QCOMPARE(course(title)->refreshMonths, 24);
    m_undo.undo();
    QCOMPARE(*course(title), *original);

    // A title cannot be emptied: the message shows in the dialog, which stays open.
    child<QLineEdit>(&dialog, "titleEdit")->clear();
    click(&dialog, "saveCourseButton");
    QVERIFY(feedback->text().startsWith(QStringLiteral("Problem: ")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(course(title)->title, title);
    QCOMPARE(m_undo.count(), 1);
}

void TstTrainingUi::addsACourseAndUndoRetiresIt()
{
    ui::TrainingCatalogueDialog dialog(*m_db, m_coordinator, &m_undo);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = child<QTreeWidget>(&dialog, "coursesTable");
    const int before = table->topLevelItemCount();
    click(&dialog, "newCourseButton");
    QVERIFY(!child<QPushButton>(&dialog, "recordGroupButton")->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "titleEdit"), QStringLiteral("Suicide awareness"));
    child<QDoubleSpinBox>(&dialog, "hoursSpin")->setValue(3);
    child<QSpinBox>(&dialog, "creditsSpin")->setValue(0); // "none" is an answer, unlike "not set"
    click(&dialog, "saveCourseButton");
    std::optional<core::Course> added = course(QStringLiteral("Suicide awareness"));
    QVERIFY(added);
    QVERIFY(added->active);
    QVERIFY(added->lengthHours && *added->lengthHours == 3.0);
    QVERIFY(!added->lengthDays);
    QVERIFY(added->credits && *added->credits == 0);
    QCOMPARE(table->topLevelItemCount(), before + 1);
    QCOMPARE(dialog.currentCourseId(), added->id);
    QCOMPARE(m_undo.undoText(), QStringLiteral("Add course Suicide awareness"));

    // Courses cannot be deleted: undo retires the new one.
    m_undo.undo();
    QVERIFY(!course(QStringLiteral("Suicide awareness"))->active);
    QCOMPARE(table->topLevelItemCount(), before);
    child<QCheckBox>(&dialog, "showRetiredCheck")->setChecked(true);
    QCOMPARE(table->topLevelItemCount(), before + 1);
    QVERIFY(rowStartingWith(table, QStringLiteral("Suicide awareness (retired)")));
    m_undo.redo();
    QVERIFY(course(QStringLiteral("Suicide awareness"))->active);
}

void TstTrainingUi::importsCompetences()
{
    ui::TrainingCatalogueDialog dialog(*m_db, m_coordinator, &m_undo);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* competences = child<QListWidget>(&dialog, "competenceList");
    QCOMPARE(competences->count(), 1); // the "none yet" hint
    QVERIFY(!(competences->item(0)->flags() & Qt::ItemIsUserCheckable));

    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("framework.csv"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Domain,Competence\r\n"
                "Values and principles,\"Hope, recovery and self-determination\"\r\n"
                "Core skills,Active listening\r\n"
                "Core skills,Sharing lived experience safely and with purpose\r\n"
                "Safety,Recognising and responding to safeguarding concerns\r\n");
    }
    ui::prompts::queueFileName(good);
    click(&dialog, "importCompetencesButton");
    auto all = core::TrainingService(*m_db).competences(m_coordinator);
    QVERIFY(all);
    QCOMPARE(all.value().size(), 4);
    const QStringList shown = ui::prompts::takeShown();
    QVERIFY2(shown.join(u'\n').contains(QStringLiteral("4 competences added")), qPrintable(shown.join(u'\n')));
    QCOMPARE(competences->count(), 4);
    QVERIFY(itemStartingWith(competences, QStringLiteral("Core skills — Active listening")));

    // Tick two for a course and save; they read back.
    auto* table = child<QTreeWidget>(&dialog, "coursesTable");
    clickRow(table, rowStartingWith(table, QStringLiteral("Peer support training (internal)")));
    itemStartingWith(competences, QStringLiteral("Core skills — Active listening"))->setCheckState(Qt::Checked);
    itemStartingWith(competences, QStringLiteral("Values and principles"))->setCheckState(Qt::Checked);
    click(&dialog, "saveCourseButton");
    QCOMPARE(course(QStringLiteral("Peer support training (internal)"))->competenceIds.size(), 2);
    screenshot(&dialog, QStringLiteral("training-catalogue"));

    // A malformed file adds nothing and the dialog says which line is wrong.
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Core skills,Empathy\nOnly a domain\n");
    }
    ui::prompts::queueFileName(bad);
    click(&dialog, "importCompetencesButton");
    auto* feedback = child<QLabel>(&dialog, "feedbackLabel");
    QVERIFY(feedback->isVisible());
    QVERIFY2(feedback->text().startsWith(QStringLiteral("Problem: ")), qPrintable(feedback->text()));
    QVERIFY2(feedback->text().contains(QStringLiteral("Line 2")), qPrintable(feedback->text()));
    QCOMPARE(core::TrainingService(*m_db).competences(m_coordinator).value().size(), 4);
    QCOMPARE(competences->count(), 4);
    screenshot(&dialog, QStringLiteral("training-catalogue-import-problem"));

    // Cancelling the file dialog does nothing.
    click(&dialog, "importCompetencesButton");
    QCOMPARE(core::TrainingService(*m_db).competences(m_coordinator).value().size(), 4);
}

void TstTrainingUi::recordsACohortAndOneUndoRemovesIt()
{
    const std::optional<core::Course> induction = course(QStringLiteral("Volunteer induction"));
    QVERIFY(induction);
    core::TrainingService training(*m_db);
    QVERIFY(training.completions(m_coordinator, 0, induction->id).value().isEmpty());

    ui::TrainingCatalogueDialog catalogue(*m_db, m_coordinator, &m_undo);
    catalogue.show();
    QVERIFY(QTest::qWaitForWindowExposed(&catalogue));
    auto* table = child<QTreeWidget>(&catalogue, "coursesTable");
    clickRow(table, rowStartingWith(table, QStringLiteral("Volunteer induction")));

    bool saw = false;
    QList<qint64> recorded;
    whenModal<ui::RecordCohortDialog>([&](ui::RecordCohortDialog* d) {
        saw = true;
        checkKeyboardAndNames(d,
            { QStringLiteral("courseCombo"), QStringLiteral("dateEdit"), QStringLiteral("providerEdit"),
                QStringLiteral("noteEdit"), QStringLiteral("searchEdit"), QStringLiteral("showEveryoneCheck"),
                QStringLiteral("peopleList"), QStringLiteral("selectAllButton"), QStringLiteral("clearButton"),
                QStringLiteral("okButton") });
        QCOMPARE(child<QComboBox>(d, "courseCombo")->currentData().toLongLong(), induction->id);
        QCOMPARE(child<QDateEdit>(d, "dateEdit")->date(), kToday);
        auto* people = child<QListWidget>(d, "peopleList");
        auto* count = child<QLabel>(d, "countLabel");
        QCOMPARE(people->count(), 15);
        QCOMPARE(shownCount(people), 13); // not the one who left, nor the enquiry
        QVERIFY(itemStartingWith(people, QStringLiteral("Liam Byrne"))->isHidden());
        child<QCheckBox>(d, "showEveryoneCheck")->setChecked(true);
        QCOMPARE(shownCount(people), 15);
        child<QCheckBox>(d, "showEveryoneCheck")->setChecked(false);
        QCOMPARE(count->text(), QStringLiteral("0 people ticked"));

        // Select all shown, then clear.
        click(d, "selectAllButton");
        QCOMPARE(count->text(), QStringLiteral("13 people ticked"));
        click(d, "clearButton");
        QCOMPARE(count->text(), QStringLiteral("0 people ticked"));

        // Search, tick; the ticks stay when the search changes.
        auto* search = child<QLineEdit>(d, "searchEdit");
        for (const QString& name : { QStringLiteral("asha"), QStringLiteral("okafor"), QStringLiteral("grace") }) {
            search->clear();
            QTest::keyClicks(search, name);
            QCOMPARE(shownCount(people), 1);
            click(d, "selectAllButton");
        }
        QCOMPARE(count->text(), QStringLiteral("3 people ticked (2 not shown)"));
        search->clear();
        QCOMPARE(count->text(), QStringLiteral("3 people ticked"));
        QTest::keyClicks(child<QLineEdit>(d, "providerEdit"), QStringLiteral("Our own trainers"));
        screenshot(d, QStringLiteral("record-cohort"));
        click(d, "okButton");
        QVERIFY(!d->isVisible());
        recorded = d->recordedIds();
    });
    click(&catalogue, "recordGroupButton");
    QVERIFY(saw);
    QCOMPARE(recorded.size(), 3);

    auto done = training.completions(m_coordinator, 0, induction->id);
    QVERIFY(done);
    QCOMPARE(done.value().size(), 3);
    QStringList names;
    for (const core::Completion& c : done.value()) {
        names << c.workerName;
        QCOMPARE(c.completedOn, kToday);
        QCOMPARE(c.provider, QStringLiteral("Our own trainers"));
    }
    names.sort();
    QCOMPARE(names,
        QStringList({ QStringLiteral("Asha Patel"), QStringLiteral("Ben Okafor"), QStringLiteral("Grace Evans") }));
    QVERIFY(child<QLabel>(&catalogue, "feedbackLabel")->text().contains(QStringLiteral("for 3 people")));

    // One undo takes back all three; redo brings back the same records.
    QCOMPARE(m_undo.count(), 1);
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    QVERIFY(training.completions(m_coordinator, 0, induction->id).value().isEmpty());
    m_undo.redo();
    QVERIFY(m_undoErrors.isEmpty());
    auto again = training.completions(m_coordinator, 0, induction->id);
    QCOMPARE(again.value().size(), 3);
    QList<qint64> ids;
    for (const core::Completion& c : again.value()) {
        ids << c.id;
    }
    std::sort(ids.begin(), ids.end());
    std::sort(recorded.begin(), recorded.end());
    QCOMPARE(ids, recorded);
    m_undo.undo();
    QVERIFY(training.completions(m_coordinator, 0, induction->id).value().isEmpty());
}

void TstTrainingUi::refusesAFutureDateInline()
{
    const std::optional<core::Course> course = this->course(QStringLiteral("Safeguarding refresher"));
    QVERIFY(course);
    ui::RecordCohortDialog dialog(*m_db, m_coordinator, &m_undo, course->id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(!error->isVisible());

    // Nobody ticked.
    click(&dialog, "okButton");
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Tick at least one")), qPrintable(error->text()));

    auto* people = child<QListWidget>(&dialog, "peopleList");
    itemStartingWith(people, QStringLiteral("Kemi Adeyemi"))->setCheckState(Qt::Checked);
    QVERIFY(!error->isVisible());
    child<QDateEdit>(&dialog, "dateEdit")->setDate(kToday.addDays(3));
    click(&dialog, "okButton");
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Problem: ")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("in the future")), qPrintable(error->text()));
    QVERIFY(core::TrainingService(*m_db).completions(m_coordinator, 0, course->id).value().isEmpty());
    QCOMPARE(m_undo.count(), 0);
    screenshot(&dialog, QStringLiteral("record-cohort-future-date"));
}

void TstTrainingUi::readOnlySeesNoSaveButtons()
{
    const core::Actor reader = as(Role::ReadOnly);
    {
        ui::TrainingCatalogueDialog dialog(*m_db, reader, &m_undo);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const char* name :
            { "saveCourseButton", "newCourseButton", "importCompetencesButton", "recordGroupButton" }) {
            QVERIFY2(!child<QPushButton>(&dialog, name)->isVisible(), name);
        }
        QVERIFY(child<QLineEdit>(&dialog, "titleEdit")->isReadOnly());
        QVERIFY(child<QSpinBox>(&dialog, "refreshSpin")->isReadOnly());
        QVERIFY(!child<QCheckBox>(&dialog, "activeCheck")->isEnabled());
        auto* roles = child<QListWidget>(&dialog, "roleList");
        QVERIFY(!(roles->item(0)->flags() & Qt::ItemIsUserCheckable));
        QCOMPARE(child<QTreeWidget>(&dialog, "coursesTable")->topLevelItemCount(), 7);
        screenshot(&dialog, QStringLiteral("training-catalogue-read-only"));
    }
    {
        ui::CataloguesDialog dialog(*m_db, reader, &m_undo);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const char* name : { "addRoleButton", "saveRoleButton", "addStepButton", "saveStepButton", "moveUpButton",
                 "moveDownButton" }) {
            QVERIFY2(
                !child<QPushButton>(&dialog, name)->isVisible() && child<QPushButton>(&dialog, name)->isHidden(), name);
        }
        QVERIFY(child<QLineEdit>(&dialog, "roleNameEdit")->isReadOnly());
        QVERIFY(child<QTreeWidget>(&dialog, "rolesTable")->topLevelItemCount() > 0);
    }
    QCOMPARE(m_undo.count(), 0);
}

void TstTrainingUi::addsARoleAndMovesAStep()
{
    core::WorkforceService workforce(*m_db);
    ui::CataloguesDialog dialog(*m_db, m_coordinator, &m_undo);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    checkKeyboardAndNames(&dialog,
        { QStringLiteral("rolesTable"), QStringLiteral("roleNameEdit"), QStringLiteral("rolePeerCheck"),
            QStringLiteral("rolePayCombo"), QStringLiteral("roleSupervisionSpin"), QStringLiteral("roleDbsCombo"),
            QStringLiteral("roleReferencesSpin"), QStringLiteral("roleActiveCheck"), QStringLiteral("addRoleButton"),
            QStringLiteral("saveRoleButton"), QStringLiteral("stepsList"), QStringLiteral("stepNameEdit"),
            QStringLiteral("stepEnabledCheck"), QStringLiteral("addStepButton"), QStringLiteral("saveStepButton"),
            QStringLiteral("moveUpButton"), QStringLiteral("moveDownButton") });
    auto* roles = child<QTreeWidget>(&dialog, "rolesTable");
    const int before = roles->topLevelItemCount();
    QTreeWidgetItem* partner = rowStartingWith(roles, QStringLiteral("Partner staff"));
    QVERIFY(partner);
    QCOMPARE(partner->text(1), QStringLiteral("No"));
    QCOMPARE(partner->text(3), QStringLiteral("No interval"));
    QCOMPARE(partner->text(4), QStringLiteral("Not needed"));
    screenshot(&dialog, QStringLiteral("catalogues-roles"));

    click(&dialog, "addRoleButton");
    QTest::keyClicks(child<QLineEdit>(&dialog, "roleNameEdit"), QStringLiteral("Peer group facilitator"));
    auto* dbs = child<QComboBox>(&dialog, "roleDbsCombo");
    dbs->setCurrentIndex(dbs->findData(QStringLiteral("enhanced")));
    child<QSpinBox>(&dialog, "roleSupervisionSpin")->setValue(28);
    child<QSpinBox>(&dialog, "roleReferencesSpin")->setValue(1);
    auto* pay = child<QComboBox>(&dialog, "rolePayCombo");
    pay->setCurrentIndex(pay->findData(QStringLiteral("sessional")));
    click(&dialog, "saveRoleButton");
    QCOMPARE(roles->topLevelItemCount(), before + 1);
    const qint64 id = roleId(QStringLiteral("Peer group facilitator"));
    QVERIFY(id > 0);
    core::RoleType stored;
    const QList<core::RoleType> allRoles = workforce.roleTypes(m_coordinator, true).value();
    for (const core::RoleType& r : allRoles) {
        if (r.id == id) {
            stored = r;
        }
    }
    QCOMPARE(stored.dbsLevel, QStringLiteral("enhanced"));
    QCOMPARE(stored.supervisionIntervalDays, 28);
    QCOMPARE(stored.referencesRequired, 1);
    QCOMPARE(stored.defaultPayBasis, QStringLiteral("sessional"));
    QVERIFY(stored.isPeer);
    QVERIFY(stored.active);
    QCOMPARE(roles->currentItem()->text(0), QStringLiteral("Peer group facilitator"));
    QCOMPARE(m_undo.undoText(), QStringLiteral("Add role Peer group facilitator"));

    // A duplicate name is refused inline.
    click(&dialog, "addRoleButton");
    QTest::keyClicks(child<QLineEdit>(&dialog, "roleNameEdit"), QStringLiteral("peer trainer"));
    click(&dialog, "saveRoleButton");
    auto* roleFeedback = child<QLabel>(&dialog, "roleFeedbackLabel");
    QVERIFY(roleFeedback->isVisible());
    QVERIFY2(roleFeedback->text().contains(QStringLiteral("already a role")), qPrintable(roleFeedback->text()));
    QCOMPARE(roles->topLevelItemCount(), before + 1);

    // Undo: roles cannot be deleted, so the new one becomes inactive.
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    QVERIFY(!workforce.roleTypes(m_coordinator).value().contains(stored));
    QCOMPARE(rowStartingWith(roles, QStringLiteral("Peer group facilitator"))->text(6), QStringLiteral("No"));

    // Recruitment steps: move the third up.
    child<QTabWidget>(&dialog, "cataloguesTabs")->setCurrentIndex(1);
    auto* steps = child<QListWidget>(&dialog, "stepsList");
    auto names = [&workforce, this] {
        QStringList out;
        const QList<core::RecruitmentStep> all = workforce.steps(m_coordinator, true).value();
        for (const core::RecruitmentStep& s : all) {
            out << s.name;
        }
        return out;
    };
    const QStringList original = names();
    QCOMPARE(original.value(2), QStringLiteral("Informal chat or interview"));
    QCOMPARE(steps->count(), original.size());
    steps->setCurrentRow(2);
    QCOMPARE(child<QLineEdit>(&dialog, "stepNameEdit")->text(), QStringLiteral("Informal chat or interview"));
    click(&dialog, "moveUpButton");
    QStringList moved = original;
    moved.swapItemsAt(1, 2);
    QCOMPARE(names(), moved);
    QCOMPARE(steps->currentRow(), 1);
    QCOMPARE(steps->item(1)->text(), QStringLiteral("2. Informal chat or interview"));
    QVERIFY(!child<QPushButton>(&dialog, "moveUpButton")->isEnabled() || steps->currentRow() > 0);
    m_undo.undo();
    QCOMPARE(names(), original);
    m_undo.redo();
    QCOMPARE(names(), moved);

    // Rename and switch off a step; add one at the end.
    steps->setCurrentRow(5);
    auto* stepName = child<QLineEdit>(&dialog, "stepNameEdit");
    stepName->selectAll();
    QTest::keyClicks(stepName, QStringLiteral("Phone and badge issued"));
    child<QCheckBox>(&dialog, "stepEnabledCheck")->setChecked(false);
    click(&dialog, "saveStepButton");
    QCOMPARE(names().value(5), QStringLiteral("Phone and badge issued"));
    QCOMPARE(steps->item(5)->text(), QStringLiteral("6. Phone and badge issued (switched off)"));
    const QList<core::RecruitmentStep> used = workforce.steps(m_coordinator).value();
    for (const core::RecruitmentStep& s : used) {
        QVERIFY(s.name != QStringLiteral("Phone and badge issued")); // switched off
    }
    click(&dialog, "addStepButton");
    QTest::keyClicks(stepName, QStringLiteral("Welcome call"));
    click(&dialog, "saveStepButton");
    QCOMPARE(names().last(), QStringLiteral("Welcome call"));
    QCOMPARE(steps->currentItem()->text(), QStringLiteral("%1. Welcome call").arg(original.size() + 1));
    screenshot(&dialog, QStringLiteral("catalogues-steps"));
    m_undo.undo(); // the new step is switched off, not deleted
    QCOMPARE(workforce.steps(m_coordinator).value().size(), original.size() - 1);
}

QTEST_MAIN(TstTrainingUi)
#include "tst_trainingui.moc"
