// File ▸ Export Everything to a Folder: every control reachable by keyboard with a name, the
// sensitive fields off unless ticked, and the export written as chosen. With ALONGSIDE_SCREENSHOTS=DIR
// set, the dialog is left there as a PNG for a person to look at.

#include "core/db/database.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/mainwindow/fullexportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace alongside;

class TstFullExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyboardAndNames();
    void sensitiveOffByDefault();
    void tabReachesEveryControl();
    void exportButtonNeedsAFolder();

private:
    test::ScopedClock m_clock { QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
};

void TstFullExportDialog::initTestCase()
{
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("empty.alongside")));
    QVERIFY(m_db);
}

void TstFullExportDialog::keyboardAndNames()
{
    ui::FullExportDialog dialog(*m_db, core::Actor::localUser());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    test::checkKeyboardAndNames(&dialog,
        { QStringLiteral("folderEdit"), QStringLiteral("browseButton"), QStringLiteral("sensitiveCheck"),
            QStringLiteral("exportButton") });
    auto* cancel = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel);
    QVERIFY(!cancel->accessibleName().isEmpty());
    // Nothing is cut off: the explanation and the check box are shown whole at the dialog's size.
    auto* sensitive = dialog.findChild<QCheckBox*>(QStringLiteral("sensitiveCheck"));
    QVERIFY(sensitive->width() >= sensitive->sizeHint().width());
    auto* explanation = dialog.findChild<QWidget*>(QStringLiteral("explanation"));
    QVERIFY(explanation->height() >= explanation->heightForWidth(explanation->width()));
    test::screenshot(&dialog, QStringLiteral("full-export-dialog"));
}

void TstFullExportDialog::sensitiveOffByDefault()
{
    ui::FullExportDialog dialog(*m_db, core::Actor::localUser());
    auto* sensitive = dialog.findChild<QCheckBox*>(QStringLiteral("sensitiveCheck"));
    QVERIFY(sensitive);
    QVERIFY(!sensitive->isChecked());
    QVERIFY(!dialog.includeSensitive());
    sensitive->setChecked(true);
    QVERIFY(dialog.includeSensitive());
}

void TstFullExportDialog::tabReachesEveryControl()
{
    ui::FullExportDialog dialog(*m_db, core::Actor::localUser());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QSet<QString> reached;
    for (int i = 0; i < 12; ++i) {
        if (QWidget* w = QApplication::focusWidget()) {
            reached.insert(w->objectName());
        }
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &dialog, Qt::Key_Tab);
    }
    for (const char* name : { "folderEdit", "browseButton", "sensitiveCheck", "exportButton" }) {
        QVERIFY2(reached.contains(QString::fromLatin1(name)), name);
    }
    // The space bar ticks the check box when it has the focus.
    auto* sensitive = dialog.findChild<QCheckBox*>(QStringLiteral("sensitiveCheck"));
    sensitive->setFocus();
    QTest::keyClick(sensitive, Qt::Key_Space);
    QVERIFY(dialog.includeSensitive());
}

void TstFullExportDialog::exportButtonNeedsAFolder()
{
    ui::FullExportDialog dialog(*m_db, core::Actor::localUser());
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("exportButton"));
    QVERIFY(button->isEnabled());
    dialog.setFolder(QStringLiteral("  "));
    QVERIFY(!button->isEnabled());
    dialog.setFolder(m_dir.filePath(QStringLiteral("out")));
    QVERIFY(button->isEnabled());
}

QTEST_MAIN(TstFullExportDialog)
#include "tst_fullexportdialog.moc"
