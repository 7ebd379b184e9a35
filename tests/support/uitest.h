#pragma once

// Helpers for GUI tests (header-only: the test support library itself has no widgets).

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace alongside::test {

/** Runs `f` on the next modal dialog of type D as soon as it is shown (exec() blocks the test). */
template<typename D> void whenModal(std::function<void(D*)> f)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, f, tries] {
        if (auto* d = qobject_cast<D*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            f(d);
            // A failed QVERIFY inside f returns early: close the dialog so the test fails, not hangs.
            if (d->isVisible()) {
                d->reject();
            }
        } else if (++*tries > 500) {
            timer->stop();
            timer->deleteLater();
            qWarning("no modal dialog of the expected type appeared");
        }
    });
    timer->start();
}

/** With ALONGSIDE_SCREENSHOTS=DIR set, saves w as DIR/name.png for a person to look at. */
inline void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("ALONGSIDE_SCREENSHOTS");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    QTest::qWait(100); // let pending layout requests settle, as they would on screen
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Every named control can be reached with Tab and has a name for screen readers; every label with
// a mnemonic leads somewhere.
inline void checkKeyboardAndNames(QWidget* dialog, const QStringList& names)
{
    for (const QString& name : names) {
        auto* w = dialog->findChild<QWidget*>(name);
        QVERIFY2(w, qPrintable(name));
        QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(name));
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(name));
    }
    const auto labels = dialog->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->text().contains(QLatin1Char('&')) && !label->text().contains(QStringLiteral("&&"))) {
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
    }
}

/** Clicks the named push button, which must be shown and enabled. */
inline void click(QWidget* parent, const char* button)
{
    auto* b = parent->findChild<QPushButton*>(QString::fromLatin1(button));
    QVERIFY2(b, button);
    QVERIFY2(b->isVisible() && b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

/** The index of the tab whose text, without mnemonics, is text; -1 if none. */
inline int tabIndex(QTabWidget* tabs, const QString& text)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(QLatin1Char('&')) == text) {
            return i;
        }
    }
    return -1;
}

/** Chooses the combo box item whose data is data. */
inline void chooseData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

} // namespace alongside::test
