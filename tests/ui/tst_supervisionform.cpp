// The supervision log form as supervisors and coordinators drive it: a group reflective practice
// session recorded for three overdue workers, who are then up to date; a one-to-one saved and
// edited; a refused save that keeps what was typed; private notes shown only to the people in the
// session (and left as they were when anyone else saves); agreed actions; sign-offs cleared when a
// signed record is changed; undo; the printed record, never with the private notes; and the
// charity's list of supervision themes. With ALONGSIDE_SCREENSHOTS=DIR set, it also saves PNGs of
// the form and a PDF of a printed record.

#include "core/services/settingsservice.h"
#include "core/supervision/supervisionreport.h"
#include "core/supervision/supervisionservice.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/supervision/supervisionentrydialog.h"
#include "ui/training/cataloguesdialog.h"
#include "ui/workforce/formdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>

using namespace alongside;
using Role = core::Actor::Role;
using core::SupervisionService;
using test::checkKeyboardAndNames;
using test::chooseData;
using test::click;
using test::screenshot;
using test::whenModal;

namespace {

const QDate kToday(2026, 11, 22);
const QDate kStarted(2026, 1, 5);
const QString kSecret = QStringLiteral("PRIVATE-NOTE-MARKER-7731");

template<typename W> W* child(QWidget* parent, const char* name)
{
    return parent->findChild<W*>(QString::fromLatin1(name));
}

QListWidgetItem* itemFor(QListWidget* list, qint64 id)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toLongLong() == id) {
            return list->item(i);
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

} // namespace

class TstSupervisionForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void groupSessionBringsThreeUpToDate();
    void supervisorsOwnSuperviseesComeFirst();
    void oneToOneIsSavedAndEdited();
    void refusedSaveKeepsWhatWasTyped();
    void privateNotesAreHiddenFromOthersAndKept();
    void supervisorSeesAndSavesPrivateNotes();
    void actionsRoundTrip();
    void changingASignedRecordClearsItsSignOffs();
    void undoTakesTheSaveBack();
    void deleteAsksAndUndoBringsItBack();
    void recordsOfOthersAreNotOpenedOrSaved();
    void supervisorSupervisedByAnotherRecordsNoRefusals();
    void printedRecordNeverHasPrivateNotes();
    void keyboardAndNames();
    void themesTabAddsRetiresReordersAndRemoves();

private:
    qint64 addWorker(const QString& given, const QString& family, const QString& role);
    qint64 themeId(const QString& name);
    core::SupervisionEntry entry(const core::Actor& actor, qint64 id, bool notes = false);
    qint64 saveEntry(const core::Actor& actor, core::SupervisionEntry e);
    core::SupervisionEntry oneToOne(qint64 supervisee, const QString& summary);
    core::SupervisionStatus statusOf(qint64 workerId);

    std::unique_ptr<test::ScopedClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    QUndoStack m_undo;
    QStringList m_undoErrors;
    core::Actor m_admin = core::Actor::localUser();
    core::Actor m_sam; // a peer supervisor, with a linked worker record
    core::Actor m_cara; // a coordinator who is also a worker, not in the sessions below
    qint64 m_aisha = 0;
    qint64 m_ben = 0;
    qint64 m_chidi = 0;
    qint64 m_samWorker = 0;
    qint64 m_caraWorker = 0;
    qint64 m_nina = 0; // non-peer staff
};

qint64 TstSupervisionForm::addWorker(const QString& given, const QString& family, const QString& role)
{
    core::WorkforceService workforce(*m_db);
    core::WorkerProfile p;
    p.givenName = given;
    p.familyName = family;
    auto id = workforce.createWorker(m_admin, p, core::StatusChange { 0, 0, QStringLiteral("active"), kStarted, {} });
    if (!id) {
        qWarning() << id.message();
        return 0;
    }
    core::RoleAssignment r;
    r.workerId = id.value();
    r.roleTypeId
        = test::scalar(*m_db, QStringLiteral("SELECT id FROM role_type WHERE name = '%1'").arg(role)).toLongLong();
    r.startsOn = kStarted;
    if (auto saved = workforce.saveRole(m_admin, r); !saved) {
        qWarning() << saved.message();
        return 0;
    }
    return id.value();
}

qint64 TstSupervisionForm::themeId(const QString& name)
{
    auto themes = SupervisionService(*m_db).themes(m_admin, true);
    if (!themes) {
        return 0;
    }
    for (const core::SupervisionTheme& t : themes.value()) {
        if (t.name == name) {
            return t.id;
        }
    }
    return 0;
}

core::SupervisionEntry TstSupervisionForm::entry(const core::Actor& actor, qint64 id, bool notes)
{
    auto e = SupervisionService(*m_db).entry(actor, id, notes);
    if (!e) {
        qWarning() << e.message();
        return {};
    }
    return e.value();
}

qint64 TstSupervisionForm::saveEntry(const core::Actor& actor, core::SupervisionEntry e)
{
    auto id = SupervisionService(*m_db).saveEntry(actor, e);
    if (!id) {
        qWarning() << id.message();
        return 0;
    }
    return id.value();
}

core::SupervisionEntry TstSupervisionForm::oneToOne(qint64 supervisee, const QString& summary)
{
    core::SupervisionEntry e;
    e.heldOn = kToday.addDays(-3);
    e.durationMinutes = 50;
    e.kind = QString::fromLatin1(core::supervision::kReflective);
    e.supervisorWorkerId = m_samWorker;
    e.supervisorKind = QString::fromLatin1(core::supervision::kPeer);
    core::SupervisionAttendee a;
    a.workerId = supervisee;
    a.wellbeingIn = 5;
    a.wellbeingOut = 7;
    e.attendees << a;
    e.summary = summary;
    return e;
}

core::SupervisionStatus TstSupervisionForm::statusOf(qint64 workerId)
{
    auto table = SupervisionService(*m_db).compliance(m_admin, kToday, 7);
    if (!table) {
        qWarning() << table.message();
        return {};
    }
    for (const core::SupervisionStatus& row : table.value().rows) {
        if (row.workerId == workerId) {
            return row;
        }
    }
    return {};
}

void TstSupervisionForm::initTestCase()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    ui::prompts::setTestMode(true);
    ui::SavedChange::setErrorHandler([this](const core::Error& e) { m_undoErrors << e.message; });
    QVERIFY(m_dir.isValid());
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("supervision.alongside")));
    QVERIFY(m_db);

    // Three peer mentors, supervision expected monthly, none had any since they started in January.
    m_aisha = addWorker(QStringLiteral("Aisha"), QStringLiteral("Khan"), QStringLiteral("Volunteer peer mentor"));
    m_ben = addWorker(QStringLiteral("Ben"), QStringLiteral("Green"), QStringLiteral("Volunteer peer mentor"));
    m_chidi = addWorker(QStringLiteral("Chidi"), QStringLiteral("Obi"), QStringLiteral("Volunteer peer mentor"));
    m_samWorker = addWorker(QStringLiteral("Sam"), QStringLiteral("Reed"), QStringLiteral("Peer supervisor"));
    m_caraWorker = addWorker(QStringLiteral("Cara"), QStringLiteral("Jones"), QStringLiteral("Coordinator"));
    m_nina = addWorker(QStringLiteral("Nina"), QStringLiteral("Shah"), QStringLiteral("Non-peer staff"));
    QVERIFY(m_aisha && m_ben && m_chidi && m_samWorker && m_caraWorker && m_nina);
    m_sam = { QStringLiteral("sam"), Role::Supervisor, 2, m_samWorker, QStringLiteral("Sam Reed") };
    m_cara = { QStringLiteral("cara"), Role::Coordinator, 3, m_caraWorker, QStringLiteral("Cara Jones") };

    auto settings = core::SettingsService(*m_db).load(m_admin);
    QVERIFY(settings);
    core::CharitySettings charity = settings.value();
    charity.charityName = QStringLiteral("Riverside Peer Support");
    QVERIFY(core::SettingsService(*m_db).save(m_admin, charity));

    // Sam supervises Aisha and Ben (Chidi's supervisor is someone else).
    for (qint64 w : { m_aisha, m_ben }) {
        core::SupervisionArrangement a;
        a.workerId = w;
        a.supervisorWorkerId = m_samWorker;
        a.supervisorKind = QString::fromLatin1(core::supervision::kPeer);
        a.startsOn = kStarted;
        auto id = SupervisionService(*m_db).saveArrangement(m_admin, a);
        QVERIFY2(id, qPrintable(id.message()));
    }
}

void TstSupervisionForm::cleanupTestCase()
{
    ui::SavedChange::setErrorHandler({});
    m_db.reset();
}

void TstSupervisionForm::init()
{
    m_undo.clear();
    m_undoErrors.clear();
    ui::prompts::takeShown();
}

// ---- the test: a group session brings three people up to date --------------------------

void TstSupervisionForm::groupSessionBringsThreeUpToDate()
{
    for (qint64 w : { m_aisha, m_ben, m_chidi }) {
        const core::SupervisionStatus row = statusOf(w);
        QCOMPARE(row.workerId, w);
        QCOMPARE(row.state, core::SupervisionDueState::Overdue);
        QVERIFY(row.overdueDays > 0);
    }

    ui::SupervisionEntryDialog dialog(*m_db, m_sam, &m_undo);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Opened by a supervisor: they are the supervisor, as a peer (they hold a peer role).
    auto* supervisor = child<QComboBox>(&dialog, "supervisorCombo");
    QCOMPARE(supervisor->currentData().toLongLong(), m_samWorker);
    QCOMPARE(child<QComboBox>(&dialog, "supervisorKindCombo")->currentData().toString(),
        QString::fromLatin1(core::supervision::kPeer));
    QVERIFY(!child<QPushButton>(&dialog, "printButton")->isEnabled()); // nothing saved yet

    chooseData(child<QComboBox>(&dialog, "kindCombo"), QString::fromLatin1(core::supervision::kGroupReflective));
    auto* list = child<QListWidget>(&dialog, "peopleList");
    QVERIFY(list->isVisible());
    QVERIFY(!child<QComboBox>(&dialog, "superviseeCombo")->isVisible());
    const QList<qint64> three { m_aisha, m_ben, m_chidi };
    for (qint64 w : three) {
        QListWidgetItem* item = itemFor(list, w);
        QVERIFY(item);
        item->setCheckState(Qt::Checked);
    }
    QCOMPARE(child<QLabel>(&dialog, "peopleCountLabel")->text(), QStringLiteral("3 people ticked"));
    const int checkIns[] = { 6, 3, 8 };
    for (int i = 0; i < 3; ++i) {
        auto* in = dialog.findChild<QSpinBox*>(QStringLiteral("checkInSpin%1").arg(i));
        auto* out = dialog.findChild<QSpinBox*>(QStringLiteral("checkOutSpin%1").arg(i));
        QVERIFY(in && out);
        QCOMPARE(in->value(), -1);
        QCOMPARE(in->text(), QStringLiteral("Not asked"));
        in->setValue(checkIns[i]);
        out->setValue(checkIns[i] + 1);
    }
    itemStartingWith(child<QListWidget>(&dialog, "themesList"), QStringLiteral("Boundaries"))
        ->setCheckState(Qt::Checked);
    child<QPlainTextEdit>(&dialog, "summaryEdit")
        ->setPlainText(QStringLiteral("Endings with mentees; keeping boundaries over the holidays."));
    // As on an 800 x 600 screen (the offscreen one), then at the size it opens with on 1024 x 700.
    screenshot(&dialog, QStringLiteral("supervision-form-group-small"));
    dialog.resize(1000, 640);
    screenshot(&dialog, QStringLiteral("supervision-form-group"));
    screenshot(child<QWidget>(&dialog, "formPage"), QStringLiteral("supervision-form-group-whole"));

    click(&dialog, "saveButton");
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedId() > 0);
    QVERIFY2(dialog.summary().contains(QStringLiteral("Aisha Khan")), qPrintable(dialog.summary()));
    QCOMPARE(m_undo.count(), 1);

    for (qint64 w : three) {
        const core::SupervisionStatus row = statusOf(w);
        QCOMPARE(row.state, core::SupervisionDueState::UpToDate);
        QCOMPARE(row.lastHeldOn, kToday);
        QCOMPARE(row.overdueDays, 0);
    }
    const core::SupervisionEntry saved = entry(m_sam, dialog.savedId());
    QCOMPARE(saved.kind, QString::fromLatin1(core::supervision::kGroupReflective));
    QCOMPARE(saved.attendees.size(), 3);
    for (const core::SupervisionAttendee& a : saved.attendees) {
        const int i = int(three.indexOf(a.workerId));
        QVERIFY(i >= 0);
        QCOMPARE(a.wellbeingIn, std::optional<int>(checkIns[i]));
        QCOMPARE(a.wellbeingOut, std::optional<int>(checkIns[i] + 1));
    }
    QCOMPARE(saved.themeIds, QList<qint64> { themeId(QStringLiteral("Boundaries")) });
    QCOMPARE(saved.supervisorWorkerId, m_samWorker);
}

void TstSupervisionForm::supervisorsOwnSuperviseesComeFirst()
{
    ui::SupervisionEntryDialog dialog(*m_db, m_sam, &m_undo);
    dialog.show();
    chooseData(child<QComboBox>(&dialog, "kindCombo"), QString::fromLatin1(core::supervision::kGroupReflective));
    auto* list = child<QListWidget>(&dialog, "peopleList");
    // Sam's supervisees, Ben Green and Aisha Khan (by family name), are offered first and say so.
    QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), m_ben);
    QCOMPARE(list->item(1)->data(Qt::UserRole).toLongLong(), m_aisha);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("you supervise")), qPrintable(list->item(0)->text()));
    QVERIFY(!list->item(2)->text().contains(QStringLiteral("supervise")));
    auto* mine = child<QPushButton>(&dialog, "addSuperviseesButton");
    QVERIFY(!mine->isHidden());
    QCOMPARE(mine->text(), QStringLiteral("Add M&y Supervisees"));
    // The search hides others; the button ticks both and clears the search.
    QTest::keyClicks(child<QLineEdit>(&dialog, "peopleFilterEdit"), QStringLiteral("chi"));
    QVERIFY(itemFor(list, m_aisha)->isHidden());
    QVERIFY(!itemFor(list, m_chidi)->isHidden());
    QTest::mouseClick(mine, Qt::LeftButton);
    QCOMPARE(itemFor(list, m_aisha)->checkState(), Qt::Checked);
    QCOMPARE(itemFor(list, m_ben)->checkState(), Qt::Checked);
    QCOMPARE(itemFor(list, m_chidi)->checkState(), Qt::Unchecked);
    QVERIFY(!itemFor(list, m_aisha)->isHidden());
    QVERIFY(dialog.findChild<QSpinBox*>(QStringLiteral("checkInSpin1")));
    QVERIFY(!dialog.findChild<QSpinBox*>(QStringLiteral("checkInSpin2")));

    // Back to a one-to-one: one person is kept, and the form says so.
    chooseData(child<QComboBox>(&dialog, "kindCombo"), QString::fromLatin1(core::supervision::kReflective));
    QVERIFY(!dialog.findChild<QSpinBox*>(QStringLiteral("checkInSpin1")));
    QVERIFY(child<QLabel>(&dialog, "peopleNoteLabel")->text().startsWith(QStringLiteral("Only Ben Green is kept")));
    auto* one = child<QComboBox>(&dialog, "superviseeCombo");
    QCOMPARE(one->currentData().toLongLong(), m_ben);
    QCOMPARE(one->itemData(0).toLongLong(), m_ben); // supervisees first in the 1:1 list too
    QCOMPARE(one->itemData(1).toLongLong(), m_aisha);

    // A coordinator choosing Nina (non-peer staff) gets "non-peer" guessed; Sam has no supervisees button for them.
    ui::SupervisionEntryDialog other(*m_db, m_cara, &m_undo);
    other.show();
    auto* supervisor = child<QComboBox>(&other, "supervisorCombo");
    QCOMPARE(supervisor->currentIndex(), -1); // Cara's own record is not assumed: she is a coordinator here
    chooseData(supervisor, m_nina);
    QCOMPARE(child<QComboBox>(&other, "supervisorKindCombo")->currentData().toString(),
        QString::fromLatin1(core::supervision::kNonPeer));
    chooseData(supervisor, m_samWorker);
    QCOMPARE(child<QComboBox>(&other, "supervisorKindCombo")->currentData().toString(),
        QString::fromLatin1(core::supervision::kPeer));
    QVERIFY(child<QPushButton>(&other, "addSuperviseesButton")->text().contains(QStringLiteral("Sam Reed")));
}

// ---- one-to-one --------------------------------------------------------------------------------

void TstSupervisionForm::oneToOneIsSavedAndEdited()
{
    qint64 id = 0;
    {
        ui::SupervisionEntryDialog dialog(*m_db, m_cara, &m_undo);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseData(child<QComboBox>(&dialog, "kindCombo"), QString::fromLatin1(core::supervision::kLineManagement));
        child<QDateEdit>(&dialog, "dateEdit")->setDate(kToday.addDays(-1));
        child<QSpinBox>(&dialog, "durationSpin")->setValue(45);
        chooseData(child<QComboBox>(&dialog, "formatCombo"), QString::fromLatin1(core::supervision::kVideo));
        // The supervisor is someone outside the charity.
        child<QRadioButton>(&dialog, "supervisorExternalRadio")->click();
        QVERIFY(child<QRadioButton>(&dialog, "supervisorExternalRadio")->isChecked());
        QVERIFY(!child<QComboBox>(&dialog, "supervisorCombo")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "externalNameEdit"), QStringLiteral("Dr Maya Fern (NHS trust)"));
        chooseData(child<QComboBox>(&dialog, "superviseeCombo"), m_chidi);
        QVERIFY(dialog.findChild<QSpinBox*>(QStringLiteral("checkInSpin0")));
        dialog.findChild<QSpinBox*>(QStringLiteral("checkInSpin0"))->setValue(4);
        itemStartingWith(child<QListWidget>(&dialog, "themesList"), QStringLiteral("Caseload"))
            ->setCheckState(Qt::Checked);
        child<QPlainTextEdit>(&dialog, "summaryEdit")->setPlainText(QStringLiteral("Caseload review."));

        // Two agreed actions: one for Chidi with a due date, one for someone outside, typed in.
        whenModal<ui::FormDialog>([chidi = m_chidi](ui::FormDialog* f) {
            QTest::keyClicks(
                child<QLineEdit>(f, "actionDescriptionEdit"), QStringLiteral("Read the lone working policy"));
            auto* owner = child<QComboBox>(f, "actionOwnerCombo");
            QCOMPARE(owner->itemData(0).toLongLong(), chidi); // the person supervised is offered first
            owner->setCurrentIndex(owner->findText(QStringLiteral("Chidi Obi")));
            auto* due = child<ui::OptionalDateEdit>(f, "actionDueEdit");
            due->checkBox()->setChecked(true);
            due->dateEdit()->setDate(QDate(2026, 12, 15));
            click(f, "okButton");
        });
        click(&dialog, "addActionButton");
        whenModal<ui::FormDialog>([](ui::FormDialog* f) {
            QTest::keyClicks(child<QLineEdit>(f, "actionDescriptionEdit"), QStringLiteral("Send the referral pack"));
            child<QComboBox>(f, "actionOwnerCombo")->setEditText(QStringLiteral("Dr Maya Fern"));
            click(f, "okButton");
        });
        click(&dialog, "addActionButton");
        auto* actions = child<QTreeWidget>(&dialog, "actionsTable");
        QCOMPARE(actions->topLevelItemCount(), 2);
        QCOMPARE(actions->topLevelItem(0)->text(1), QStringLiteral("Chidi Obi"));
        QCOMPARE(actions->topLevelItem(1)->text(1), QStringLiteral("Dr Maya Fern"));
        QCOMPARE(actions->topLevelItem(1)->text(2), QStringLiteral("No date"));
        dialog.resize(1000, 640);
        screenshot(&dialog, QStringLiteral("supervision-form-one-to-one"));
        screenshot(child<QWidget>(&dialog, "formPage"), QStringLiteral("supervision-form-one-to-one-whole"));
        click(&dialog, "saveButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        id = dialog.savedId();
    }
    QVERIFY(id > 0);
    core::SupervisionEntry saved = entry(m_admin, id);
    QCOMPARE(saved.kind, QString::fromLatin1(core::supervision::kLineManagement));
    QCOMPARE(saved.heldOn, kToday.addDays(-1));
    QCOMPARE(saved.durationMinutes, 45);
    QCOMPARE(saved.format, QString::fromLatin1(core::supervision::kVideo));
    QCOMPARE(saved.supervisorWorkerId, qint64(0));
    QCOMPARE(saved.externalSupervisor, QStringLiteral("Dr Maya Fern (NHS trust)"));
    QCOMPARE(saved.supervisorKind, QString::fromLatin1(core::supervision::kExternal));
    QCOMPARE(saved.attendees.size(), 1);
    QCOMPARE(saved.attendees.first().workerId, m_chidi);
    QCOMPARE(saved.attendees.first().wellbeingIn, std::optional<int>(4));
    QVERIFY(!saved.attendees.first().wellbeingOut.has_value());
    QCOMPARE(saved.themeIds, QList<qint64> { themeId(QStringLiteral("Caseload")) });
    QCOMPARE(saved.summary, QStringLiteral("Caseload review."));
    QCOMPARE(saved.actions.size(), 2);

    // Edited: the form shows what was saved; a change of summary and duration is saved.
    {
        ui::SupervisionEntryDialog dialog(*m_db, m_cara, &m_undo, id);
        dialog.show();
        QVERIFY(child<QRadioButton>(&dialog, "supervisorExternalRadio")->isChecked());
        QCOMPARE(child<QLineEdit>(&dialog, "externalNameEdit")->text(), QStringLiteral("Dr Maya Fern (NHS trust)"));
        QCOMPARE(child<QComboBox>(&dialog, "superviseeCombo")->currentData().toLongLong(), m_chidi);
        QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("checkInSpin0"))->value(), 4);
        QCOMPARE(child<QSpinBox>(&dialog, "durationSpin")->value(), 45);
        QVERIFY(child<QPushButton>(&dialog, "printButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "deleteButton")->isHidden());
        child<QSpinBox>(&dialog, "durationSpin")->setValue(60);
        QVERIFY(!child<QPushButton>(&dialog, "printButton")->isEnabled()); // prints only what is saved
        child<QPlainTextEdit>(&dialog, "summaryEdit")->setPlainText(QStringLiteral("Caseload review; two actions."));
        click(&dialog, "saveButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedId(), id);
    }
    saved = entry(m_admin, id);
    QCOMPARE(saved.durationMinutes, 60);
    QCOMPARE(saved.summary, QStringLiteral("Caseload review; two actions."));
    QCOMPARE(saved.actions.size(), 2);

    // Opened and saved with no change: nothing is written, nothing goes on the stack.
    const int stacked = m_undo.count();
    ui::SupervisionEntryDialog same(*m_db, m_cara, &m_undo, id);
    same.show();
    click(&same, "saveButton");
    QCOMPARE(same.result(), int(QDialog::Accepted));
    QVERIFY(same.summary().startsWith(QStringLiteral("Nothing was changed")));
    QCOMPARE(m_undo.count(), stacked);
}

void TstSupervisionForm::refusedSaveKeepsWhatWasTyped()
{
    auto count
        = [this] { return test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry")).toInt(); };
    const int before = count();
    ui::SupervisionEntryDialog dialog(*m_db, m_sam, &m_undo);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseData(child<QComboBox>(&dialog, "kindCombo"), QString::fromLatin1(core::supervision::kGroupReflective));
    child<QPlainTextEdit>(&dialog, "summaryEdit")->setPlainText(QStringLiteral("Talked about endings."));
    child<QPlainTextEdit>(&dialog, "privateNotesEdit")->setPlainText(QStringLiteral("Sam's own note"));
    child<QSpinBox>(&dialog, "durationSpin")->setValue(90);
    // No one ticked: refused, in words, and the form keeps everything.
    click(&dialog, "saveButton");
    QVERIFY(dialog.isVisible());
    auto* problem = child<QLabel>(&dialog, "problemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("Problem: ")), qPrintable(problem->text()));
    QCOMPARE(child<QPlainTextEdit>(&dialog, "summaryEdit")->toPlainText(), QStringLiteral("Talked about endings."));
    QCOMPARE(child<QPlainTextEdit>(&dialog, "privateNotesEdit")->toPlainText(), QStringLiteral("Sam's own note"));
    QCOMPARE(child<QSpinBox>(&dialog, "durationSpin")->value(), 90);
    QCOMPARE(dialog.savedId(), qint64(0));
    QCOMPARE(count(), before);
    QCOMPARE(m_undo.count(), 0);
    screenshot(&dialog, QStringLiteral("supervision-form-refused"));

    // A supervisor typed in who is not on the list is refused too, and the typing kept.
    auto* supervisor = child<QComboBox>(&dialog, "supervisorCombo");
    supervisor->setEditText(QStringLiteral("Someone Unknown"));
    itemFor(child<QListWidget>(&dialog, "peopleList"), m_ben)->setCheckState(Qt::Checked);
    click(&dialog, "saveButton");
    QVERIFY(dialog.isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("Someone Unknown")), qPrintable(problem->text()));
    QCOMPARE(supervisor->currentText(), QStringLiteral("Someone Unknown"));
    QCOMPARE(count(), before);

    // Fixed, it saves.
    chooseData(supervisor, m_samWorker);
    click(&dialog, "saveButton");
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(), before + 1);
    QCOMPARE(
        entry(m_sam, dialog.savedId(), true).privateNotes, std::optional<QString>(QStringLiteral("Sam's own note")));
}

// ---- private notes -----------------------------------------------------------------------------

void TstSupervisionForm::privateNotesAreHiddenFromOthersAndKept()
{
    core::SupervisionEntry e = oneToOne(m_aisha, QStringLiteral("Boundaries with a mentee."));
    e.privateNotes = kSecret;
    const qint64 id = saveEntry(m_sam, e);
    QVERIFY(id > 0);

    {
        ui::SupervisionEntryDialog dialog(*m_db, m_cara, &m_undo, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* notes = child<QPlainTextEdit>(&dialog, "privateNotesEdit");
        QVERIFY(!notes->isVisible());
        QVERIFY(!notes->toPlainText().contains(kSecret));
        const QString info = child<QLabel>(&dialog, "notesInfoLabel")->text();
        QVERIFY2(info.contains(QStringLiteral("You are neither")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("This record has private notes")), qPrintable(info));
        // Nothing in the dialog holds the notes.
        for (QPlainTextEdit* edit : dialog.findChildren<QPlainTextEdit*>()) {
            QVERIFY(!edit->toPlainText().contains(kSecret));
        }
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            QVERIFY(!label->text().contains(kSecret));
        }
        screenshot(&dialog, QStringLiteral("supervision-form-notes-hidden"));

        // Her change to the summary is saved; the notes she never saw stay as they were.
        child<QPlainTextEdit>(&dialog, "summaryEdit")
            ->setPlainText(QStringLiteral("Boundaries with a mentee (edited)."));
        click(&dialog, "saveButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const core::SupervisionEntry after = entry(m_sam, id, true);
    QCOMPARE(after.summary, QStringLiteral("Boundaries with a mentee (edited)."));
    QCOMPARE(after.privateNotes, std::optional<QString>(kSecret));

    // An account linked to no worker is told why.
    core::Actor admin = m_admin;
    ui::SupervisionEntryDialog unlinked(*m_db, admin, &m_undo, id);
    unlinked.show();
    QVERIFY(child<QLabel>(&unlinked, "notesInfoLabel")->text().contains(QStringLiteral("not linked to a worker")));
    QVERIFY(child<QPlainTextEdit>(&unlinked, "privateNotesEdit")->isHidden());
}

void TstSupervisionForm::supervisorSeesAndSavesPrivateNotes()
{
    core::SupervisionEntry e = oneToOne(m_ben, QStringLiteral("Self-disclosure."));
    e.privateNotes = kSecret;
    const qint64 id = saveEntry(m_sam, e);
    QVERIFY(id > 0);
    {
        ui::SupervisionEntryDialog dialog(*m_db, m_sam, &m_undo, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* notes = child<QPlainTextEdit>(&dialog, "privateNotesEdit");
        QVERIFY(notes->isVisible());
        QCOMPARE(notes->toPlainText(), kSecret);
        QVERIFY(child<QLabel>(&dialog, "notesInfoLabel")->text().contains(QStringLiteral("never printed or exported")));
        notes->setPlainText(QStringLiteral("Ben felt his own history come up; follow up next time."));
        click(&dialog, "saveButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(entry(m_sam, id, true).privateNotes,
        std::optional<QString>(QStringLiteral("Ben felt his own history come up; follow up next time.")));

    // The supervisee reads them too.
    core::Actor ben = { QStringLiteral("ben"), Role::Supervisor, 4, m_ben, QStringLiteral("Ben Green") };
    ui::SupervisionEntryDialog theirs(*m_db, ben, &m_undo, id);
    theirs.show();
    QVERIFY(!child<QPlainTextEdit>(&theirs, "privateNotesEdit")->isHidden());
    QVERIFY(child<QPlainTextEdit>(&theirs, "privateNotesEdit")->toPlainText().startsWith(QStringLiteral("Ben felt")));
}

// ---- actions, sign-off, undo -------------------------------------------------------------------

void TstSupervisionForm::actionsRoundTrip()
{
    core::SupervisionEntry e = oneToOne(m_chidi, QStringLiteral("Role clarity."));
    core::SupervisionAction open;
    open.description = QStringLiteral("Shadow a group session");
    open.ownerWorkerId = m_chidi;
    open.dueOn = kToday.addDays(-2); // overdue
    core::SupervisionAction typed;
    typed.description = QStringLiteral("Ask the GP practice about leaflets");
    typed.ownerText = QStringLiteral("Front desk");
    e.actions << open << typed;
    const qint64 id = saveEntry(m_sam, e);
    QVERIFY(id > 0);

    ui::SupervisionEntryDialog dialog(*m_db, m_sam, &m_undo, id);
    dialog.show();
    auto* table = child<QTreeWidget>(&dialog, "actionsTable");
    QCOMPARE(table->topLevelItemCount(), 2);
    QTreeWidgetItem* first = table->topLevelItem(0)->text(0).startsWith(QStringLiteral("Shadow"))
        ? table->topLevelItem(0)
        : table->topLevelItem(1);
    QCOMPARE(first->text(1), QStringLiteral("Chidi Obi"));
    QVERIFY2(first->text(2).contains(QStringLiteral("overdue")), qPrintable(first->text(2)));
    QCOMPARE(first->text(3), QStringLiteral("Open"));
    auto* markDone = child<QPushButton>(&dialog, "markDoneButton");
    QVERIFY(!markDone->isEnabled()); // nothing selected
    table->setCurrentItem(first);
    QVERIFY(markDone->isEnabled());
    QTest::mouseClick(markDone, Qt::LeftButton);
    QVERIFY(table->currentItem()->text(3).startsWith(QStringLiteral("Done")));
    QVERIFY(!markDone->isEnabled());
    // The other one is removed.
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->text(0).startsWith(QStringLiteral("Ask"))) {
            table->setCurrentItem(table->topLevelItem(i));
        }
    }
    QVERIFY(table->currentItem()->text(1) == QStringLiteral("Front desk"));
    click(&dialog, "removeActionButton");
    QCOMPARE(table->topLevelItemCount(), 1);
    // And one edited through its form.
    table->setCurrentItem(table->topLevelItem(0));
    whenModal<ui::FormDialog>([](ui::FormDialog* f) {
        auto* description = child<QLineEdit>(f, "actionDescriptionEdit");
        QCOMPARE(description->text(), QStringLiteral("Shadow a group session"));
        QVERIFY(child<ui::OptionalDateEdit>(f, "actionDoneEdit")->date().isValid());
        description->setText(QStringLiteral("Shadow two group sessions"));
        click(f, "okButton");
    });
    click(&dialog, "editActionButton");
    click(&dialog, "saveButton");
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const core::SupervisionEntry saved = entry(m_sam, id);
    QCOMPARE(saved.actions.size(), 1);
    QCOMPARE(saved.actions.first().description, QStringLiteral("Shadow two group sessions"));
    QCOMPARE(saved.actions.first().ownerWorkerId, m_chidi);
    QCOMPARE(saved.actions.first().dueOn, kToday.addDays(-2));
    QCOMPARE(saved.actions.first().doneOn, kToday);
}

void TstSupervisionForm::changingASignedRecordClearsItsSignOffs()
{
    core::SupervisionEntry e = oneToOne(m_aisha, QStringLiteral("Endings."));
    e.supervisorSignedOn = kToday.addDays(-2);
    e.attendees.first().signedOn = kToday.addDays(-1);
    const qint64 id = saveEntry(m_sam, e);
    QVERIFY(id > 0);
    QVERIFY(entry(m_sam, id).isSignedOff());

    // Only ticking off an action or signing is not a change to what the record says.
    {
        ui::SupervisionEntryDialog dialog(*m_db, m_sam, &m_undo, id);
        dialog.show();
        auto* signedBox = child<QCheckBox>(&dialog, "signedCheck0");
        QVERIFY(signedBox->isChecked());
        QVERIFY(signedBox->text().contains(QStringLiteral("Signed")));
        QVERIFY(child<ui::OptionalDateEdit>(&dialog, "supervisorSignedEdit")->date().isValid());
        QVERIFY(child<QLabel>(&dialog, "signStatusLabel")->text().startsWith(QStringLiteral("Signed off")));
        QVERIFY(child<QLabel>(&dialog, "signOffsClearedLabel")->isHidden());
        child<QSpinBox>(&dialog, "durationSpin")->setValue(55);
        // Now it is changed: the sign-offs go, and the form says why.
        QVERIFY(!signedBox->isChecked());
        QVERIFY(!child<ui::OptionalDateEdit>(&dialog, "supervisorSignedEdit")->date().isValid());
        auto* cleared = child<QLabel>(&dialog, "signOffsClearedLabel");
        QVERIFY(!cleared->isHidden());
        QVERIFY2(cleared->text().startsWith(QStringLiteral("Sign-offs cleared")), qPrintable(cleared->text()));
        QVERIFY(child<QLabel>(&dialog, "signStatusLabel")->text().contains(QStringLiteral("Aisha Khan")));
        screenshot(&dialog, QStringLiteral("supervision-form-signoffs-cleared"));
        click(&dialog, "saveButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    core::SupervisionEntry saved = entry(m_sam, id);
    QCOMPARE(saved.durationMinutes, 55);
    QVERIFY(!saved.supervisorSignedOn.isValid());
    QVERIFY(!saved.attendees.first().signedOn.isValid());
    QVERIFY(!saved.isSignedOff());

    // Signing again is not a change of content: it stays signed.
    {
        ui::SupervisionEntryDialog dialog(*m_db, m_sam, &m_undo, id);
        dialog.show();
        child<ui::OptionalDateEdit>(&dialog, "supervisorSignedEdit")->checkBox()->setChecked(true);
        child<QCheckBox>(&dialog, "signedCheck0")->setChecked(true);
        QVERIFY(child<QLabel>(&dialog, "signOffsClearedLabel")->isHidden());
        click(&dialog, "saveButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    saved = entry(m_sam, id);
    QVERIFY(saved.isSignedOff());
    QCOMPARE(saved.supervisorSignedOn, kToday);
    QCOMPARE(saved.attendees.first().signedOn, kToday);
}

void TstSupervisionForm::undoTakesTheSaveBack()
{
    auto exists = [this](qint64 id) {
        return test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE id = %1").arg(id))
                   .toInt()
            == 1;
    };
    qint64 id = 0;
    {
        ui::SupervisionEntryDialog dialog(*m_db, m_sam, &m_undo, 0, { m_ben });
        dialog.show();
        QCOMPARE(child<QComboBox>(&dialog, "superviseeCombo")->currentData().toLongLong(), m_ben);
        child<QPlainTextEdit>(&dialog, "summaryEdit")->setPlainText(QStringLiteral("Use of lived experience."));
        child<QPlainTextEdit>(&dialog, "privateNotesEdit")->setPlainText(kSecret);
        click(&dialog, "saveButton");
        id = dialog.savedId();
    }
    QVERIFY(id > 0);
    QCOMPARE(m_undo.count(), 1);
    QVERIFY(m_undo.undoText().startsWith(QStringLiteral("Record supervision on")));
    m_undo.undo();
    QVERIFY2(m_undoErrors.isEmpty(), qPrintable(m_undoErrors.join(QLatin1Char('\n'))));
    QVERIFY(!exists(id));
    m_undo.redo();
    QVERIFY(exists(id));
    QCOMPARE(entry(m_sam, id, true).privateNotes, std::optional<QString>(kSecret));

    // An edit undone puts back what it said.
    {
        ui::SupervisionEntryDialog dialog(*m_db, m_sam, &m_undo, id);
        dialog.show();
        child<QPlainTextEdit>(&dialog, "summaryEdit")->setPlainText(QStringLiteral("Changed my mind."));
        click(&dialog, "saveButton");
    }
    QCOMPARE(entry(m_sam, id).summary, QStringLiteral("Changed my mind."));
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    QCOMPARE(entry(m_sam, id).summary, QStringLiteral("Use of lived experience."));
    QCOMPARE(entry(m_sam, id, true).privateNotes, std::optional<QString>(kSecret));
}

void TstSupervisionForm::deleteAsksAndUndoBringsItBack()
{
    const qint64 id = saveEntry(m_sam, oneToOne(m_ben, QStringLiteral("To be deleted.")));
    QVERIFY(id > 0);
    ui::SupervisionEntryDialog keep(*m_db, m_sam, &m_undo, id);
    keep.show();
    ui::prompts::queueAnswer(false);
    click(&keep, "deleteButton");
    QVERIFY(ui::prompts::takeShown().first().startsWith(QStringLiteral("Delete Supervision Record: ")));
    QVERIFY(entry(m_sam, id).id == id);

    ui::SupervisionEntryDialog dialog(*m_db, m_sam, &m_undo, id);
    dialog.show();
    ui::prompts::queueAnswer(true);
    click(&dialog, "deleteButton");
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.summary().startsWith(QStringLiteral("Deleted")));
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE id = %1").arg(id)).toInt(), 0);
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    QCOMPARE(entry(m_sam, id).summary, QStringLiteral("To be deleted."));
}

void TstSupervisionForm::recordsOfOthersAreNotOpenedOrSaved()
{
    const qint64 id = saveEntry(m_sam, oneToOne(m_aisha, QStringLiteral("Between Sam and Aisha.")));
    QVERIFY(id > 0);
    // Nina supervises, but not in this session: the record is not shown, and nothing can be saved.
    const core::Actor nina = { QStringLiteral("nina"), Role::Supervisor, 5, m_nina, QStringLiteral("Nina Shah") };
    ui::SupervisionEntryDialog dialog(*m_db, nina, &m_undo, id);
    dialog.show();
    auto* problem = child<QLabel>(&dialog, "problemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("between other people")), qPrintable(problem->text()));
    QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "printButton")->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, "deleteButton")->isHidden());
    QVERIFY(child<QPlainTextEdit>(&dialog, "summaryEdit")->toPlainText().isEmpty());
    QVERIFY(!child<QPushButton>(&dialog, "addActionButton")->isEnabled());

    // A trustee cannot record supervision at all, and is told so.
    ui::SupervisionEntryDialog trustee(
        *m_db, { QStringLiteral("tess"), Role::Trustee, 7, 0, QStringLiteral("Tess Trustee") }, &m_undo);
    trustee.show();
    QVERIFY(child<QLabel>(&trustee, "problemLabel")->text().contains(QStringLiteral("record supervision")));
    QVERIFY(!child<QPushButton>(&trustee, "saveButton")->isEnabled());
    QVERIFY(!child<QComboBox>(&trustee, "kindCombo")->isEnabled());
}

// ---- printing ----------------------------------------------------------------------------------

void TstSupervisionForm::supervisorSupervisedByAnotherRecordsNoRefusals()
{
    // Sam, a supervisor, records his own supervision by Nina: the form does not ask after Nina's
    // supervisees (Sam may not see them), so nothing is refused and nothing refused is audited.
    const auto refusals = [this] {
        return test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused'")).toInt();
    };
    const int before = refusals();
    ui::SupervisionEntryDialog dialog(*m_db, m_sam, &m_undo, 0, {});
    dialog.show();
    test::chooseData(child<QComboBox>(&dialog, "supervisorCombo"), m_nina);
    QCOMPARE(child<QComboBox>(&dialog, "supervisorCombo")->currentData().toLongLong(), m_nina);
    child<QDateEdit>(&dialog, "dateEdit")->setDate(kToday.addDays(-1));
    test::chooseData(child<QComboBox>(&dialog, "superviseeCombo"), m_samWorker);
    QCOMPARE(refusals(), before);
    QVERIFY(!child<QPushButton>(&dialog, "addSuperviseesButton")->isVisibleTo(&dialog));
    // And the session is saved: Sam took part, as the person supervised.
    click(&dialog, "saveButton");
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedId() > 0);
    QCOMPARE(refusals(), before);
}

void TstSupervisionForm::printedRecordNeverHasPrivateNotes()
{
    core::SupervisionEntry e;
    e.heldOn = kToday.addDays(-4);
    e.durationMinutes = 90;
    e.kind = QString::fromLatin1(core::supervision::kGroupReflective);
    e.supervisorWorkerId = m_samWorker;
    e.supervisorKind = QString::fromLatin1(core::supervision::kPeer);
    for (qint64 w : { m_aisha, m_ben, m_chidi }) {
        core::SupervisionAttendee a;
        a.workerId = w;
        a.wellbeingIn = 6;
        a.wellbeingOut = 8;
        e.attendees << a;
    }
    e.themeIds << themeId(QStringLiteral("Endings")) << themeId(QStringLiteral("Boundaries"));
    e.summary = QStringLiteral("Planning endings before the holidays.\nEveryone agreed a last-session plan.");
    e.privateNotes = kSecret;
    core::SupervisionAction a;
    a.description = QStringLiteral("Write a last-session plan");
    a.ownerWorkerId = m_aisha;
    a.dueOn = kToday.addDays(14);
    e.actions << a;
    e.supervisorSignedOn = kToday.addDays(-4);
    const qint64 id = saveEntry(m_sam, e);
    QVERIFY(id > 0);

    // Even given an entry that holds the notes, the HTML is built without them.
    core::SupervisionEntry withNotes = entry(m_sam, id, true);
    QCOMPARE(withNotes.privateNotes, std::optional<QString>(kSecret));
    const QString html = ui::supervisionRecordHtml(withNotes, QStringLiteral("Riverside Peer Support"),
        QStringLiteral("Sam Reed"), QDateTime(kToday, QTime(10, 0), Qt::UTC));
    QVERIFY(!html.contains(kSecret));
    QTextDocument doc;
    doc.setHtml(html);
    const QString text = doc.toPlainText();
    QVERIFY(!text.contains(kSecret));
    for (const QString& expected : { QStringLiteral("Supervision record"), QStringLiteral("Riverside Peer Support"),
             QStringLiteral("Sam Reed"), QStringLiteral("Aisha Khan"), QStringLiteral("Planning endings"),
             QStringLiteral("Write a last-session plan") }) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    // Printed to PDF by the supervisor (who may read the notes): not there, and the print is audited.
    const auto audited
        = [this] { return test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(); };
    const int auditBefore = audited();
    const QString dir = qEnvironmentVariable("ALONGSIDE_SCREENSHOTS");
    const QString path = dir.isEmpty() ? m_dir.filePath(QStringLiteral("record.pdf"))
                                       : QDir(dir).filePath(QStringLiteral("supervision-record.pdf"));
    QFile::remove(path);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(QPageSize::A4));
        const core::Status s = ui::printSupervisionRecord(*m_db, m_sam, id, &printer);
        QVERIFY2(s, qPrintable(s.message()));
        QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Portrait);
    }
    const QByteArray pdf = test::fileBytes(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(!pdf.contains(kSecret.toUtf8()));
    QVERIFY(audited() > auditBefore);
    // Where poppler's pdftotext is installed, the PDF's text itself is read back.
    if (const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext")); !pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, { path, QStringLiteral("-") });
        QVERIFY(process.waitForFinished(30000));
        const QString printed = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(printed.contains(QStringLiteral("Riverside Peer Support")), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("Aisha Khan")));
        QVERIFY(printed.contains(QStringLiteral("Printed 22 Nov 2026")));
        QVERIFY(!printed.contains(kSecret));
    }

    // Someone who may not see the record cannot print it.
    core::Actor stranger = { QStringLiteral("nina"), Role::Supervisor, 5, m_nina, QStringLiteral("Nina Shah") };
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(QStringLiteral("refused.pdf")));
    QVERIFY(!ui::printSupervisionRecord(*m_db, stranger, id, &printer));
}

void TstSupervisionForm::keyboardAndNames()
{
    ui::SupervisionEntryDialog dialog(*m_db, m_sam, &m_undo, 0, { m_aisha, m_ben });
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(child<QComboBox>(&dialog, "kindCombo")->currentData().toString(),
        QString::fromLatin1(core::supervision::kGroupReflective));
    checkKeyboardAndNames(&dialog,
        { QStringLiteral("kindCombo"), QStringLiteral("dateEdit"), QStringLiteral("durationSpin"),
            QStringLiteral("formatCombo"), QStringLiteral("supervisorWorkerRadio"), QStringLiteral("supervisorCombo"),
            QStringLiteral("supervisorKindCombo"), QStringLiteral("supervisorExternalRadio"),
            QStringLiteral("externalNameEdit"), QStringLiteral("superviseeCombo"), QStringLiteral("peopleFilterEdit"),
            QStringLiteral("peopleList"), QStringLiteral("addSuperviseesButton"), QStringLiteral("checkInSpin0"),
            QStringLiteral("checkOutSpin0"), QStringLiteral("signedCheck0"), QStringLiteral("checkInSpin1"),
            QStringLiteral("themesList"), QStringLiteral("summaryEdit"), QStringLiteral("privateNotesEdit"),
            QStringLiteral("actionsTable"), QStringLiteral("addActionButton"), QStringLiteral("editActionButton"),
            QStringLiteral("markDoneButton"), QStringLiteral("removeActionButton"), QStringLiteral("deleteButton"),
            QStringLiteral("printButton"), QStringLiteral("saveButton"), QStringLiteral("cancelButton") });
    auto* signedEdit = child<ui::OptionalDateEdit>(&dialog, "supervisorSignedEdit");
    QVERIFY(!signedEdit->checkBox()->accessibleName().isEmpty());
    QVERIFY(!signedEdit->dateEdit()->accessibleName().isEmpty());

    // Tab goes through the form in reading order: the session, the supervisor, the people, and on.
    child<QComboBox>(&dialog, "kindCombo")->setFocus();
    QStringList visited;
    for (int i = 0; i < 40 && !visited.contains(QStringLiteral("saveButton")); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* w = QApplication::focusWidget();
        while (w && w->objectName().isEmpty()) {
            w = w->parentWidget();
        }
        if (w && !visited.contains(w->objectName())) {
            visited << w->objectName();
        }
    }
    const QStringList order { QStringLiteral("dateEdit"), QStringLiteral("durationSpin"), QStringLiteral("formatCombo"),
        QStringLiteral("supervisorCombo"), QStringLiteral("peopleFilterEdit"), QStringLiteral("peopleList"),
        QStringLiteral("checkInSpin0"), QStringLiteral("checkOutSpin0"), QStringLiteral("signedCheck0"),
        QStringLiteral("checkInSpin1"), QStringLiteral("themesList"), QStringLiteral("summaryEdit"),
        QStringLiteral("privateNotesEdit"), QStringLiteral("actionsTable"), QStringLiteral("saveButton") };
    int last = -1;
    for (const QString& name : order) {
        const int at = int(visited.indexOf(name));
        QVERIFY2(at > last, qPrintable(name + QStringLiteral(" in ") + visited.join(QLatin1Char(' '))));
        last = at;
    }

    // The mouse wheel scrolls the form: it changes a check-in only when that field has the focus.
    auto* spin = dialog.findChild<QSpinBox*>(QStringLiteral("checkInSpin1"));
    spin->setValue(5);
    child<QComboBox>(&dialog, "kindCombo")->setFocus();
    auto wheel = [spin] {
        QWheelEvent event(QPointF(5, 5), spin->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, 120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(spin, &event);
    };
    wheel();
    QCOMPARE(spin->value(), 5);
    spin->setFocus();
    QVERIFY(spin->hasFocus());
    wheel();
    QCOMPARE(spin->value(), 6);
}

// ---- the charity's themes ----------------------------------------------------------------------

void TstSupervisionForm::themesTabAddsRetiresReordersAndRemoves()
{
    auto activeNames = [this] {
        QStringList names;
        auto themes = SupervisionService(*m_db).themes(m_admin);
        for (const core::SupervisionTheme& t : themes.value()) {
            names << t.name;
        }
        return names;
    };
    ui::CataloguesDialog dialog(*m_db, m_admin, &m_undo);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showTab(ui::CataloguesDialog::Tab::SupervisionThemes);
    checkKeyboardAndNames(&dialog,
        { QStringLiteral("themesList"), QStringLiteral("themeNameEdit"), QStringLiteral("themeActiveCheck"),
            QStringLiteral("addThemeButton"), QStringLiteral("removeThemeButton"), QStringLiteral("saveThemeButton"),
            QStringLiteral("themeUpButton"), QStringLiteral("themeDownButton") });
    auto* list = child<QListWidget>(&dialog, "themesList");
    const int before = list->count();
    QVERIFY(before >= 9); // the seeded themes
    QCOMPARE(list->item(0)->text(), QStringLiteral("1. Boundaries"));

    // Added at the end.
    click(&dialog, "addThemeButton");
    QTest::keyClicks(child<QLineEdit>(&dialog, "themeNameEdit"), QStringLiteral("Lone working"));
    click(&dialog, "saveThemeButton");
    QCOMPARE(list->count(), before + 1);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("%1. Lone working").arg(before + 1));
    QVERIFY(activeNames().contains(QStringLiteral("Lone working")));
    QCOMPARE(m_undo.undoText(), QStringLiteral("Add supervision theme Lone working"));
    QVERIFY(child<QLabel>(&dialog, "themeFeedbackLabel")->text().startsWith(QStringLiteral("Saved")));

    // A name already on the list is refused in words.
    click(&dialog, "addThemeButton");
    QTest::keyClicks(child<QLineEdit>(&dialog, "themeNameEdit"), QStringLiteral("lone WORKING"));
    click(&dialog, "saveThemeButton");
    QVERIFY(child<QLabel>(&dialog, "themeFeedbackLabel")->text().startsWith(QStringLiteral("Problem: ")));
    QCOMPARE(list->count(), before + 1);

    // Moved up one place.
    list->setCurrentItem(itemStartingWith(list, QStringLiteral("%1. Lone working").arg(before + 1)));
    click(&dialog, "themeUpButton");
    QCOMPARE(list->currentItem()->text(), QStringLiteral("%1. Lone working").arg(before));
    QCOMPARE(activeNames().value(before - 1), QStringLiteral("Lone working"));
    m_undo.undo();
    QVERIFY(m_undoErrors.isEmpty());
    QCOMPARE(activeNames().last(), QStringLiteral("Lone working"));

    // Renamed and retired: no longer offered, still on the list as retired.
    list->setCurrentItem(itemStartingWith(list, QStringLiteral("%1. Lone working").arg(before + 1)));
    auto* name = child<QLineEdit>(&dialog, "themeNameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Lone and remote working"));
    child<QCheckBox>(&dialog, "themeActiveCheck")->setChecked(false);
    click(&dialog, "saveThemeButton");
    QVERIFY(!activeNames().contains(QStringLiteral("Lone and remote working")));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("%1. Lone and remote working (retired)").arg(before + 1));
    screenshot(&dialog, QStringLiteral("catalogues-supervision-themes"));
    {
        ui::SupervisionEntryDialog form(*m_db, m_sam, &m_undo);
        form.show();
        QVERIFY(!itemStartingWith(child<QListWidget>(&form, "themesList"), QStringLiteral("Lone")));
    }

    // A theme no record has is removed; one that records have is refused, with advice to retire it.
    click(&dialog, "removeThemeButton");
    QCOMPARE(list->count(), before);
    QVERIFY(!itemStartingWith(list, QStringLiteral("%1. Lone").arg(before + 1)));
    m_undo.undo();
    QVERIFY2(m_undoErrors.isEmpty(), qPrintable(m_undoErrors.join(QLatin1Char('\n'))));
    QCOMPARE(list->count(), before + 1);
    list->setCurrentItem(itemStartingWith(list, QStringLiteral("1. Boundaries")));
    click(&dialog, "removeThemeButton");
    const QString problem = child<QLabel>(&dialog, "themeFeedbackLabel")->text();
    QVERIFY2(problem.startsWith(QStringLiteral("Problem: ")), qPrintable(problem));
    QVERIFY(activeNames().contains(QStringLiteral("Boundaries")));

    // Read-only roles see the list without edit buttons.
    ui::CataloguesDialog reader(*m_db, { QStringLiteral("ro"), Role::ReadOnly, 6, 0, QString() }, &m_undo);
    for (const char* button : { "addThemeButton", "saveThemeButton", "removeThemeButton", "themeUpButton" }) {
        QVERIFY(child<QPushButton>(&reader, button)->isHidden());
    }
    QVERIFY(child<QLineEdit>(&reader, "themeNameEdit")->isReadOnly());
}

QTEST_MAIN(TstSupervisionForm)
#include "tst_supervisionform.moc"
