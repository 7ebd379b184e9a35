#include "prompts.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QQueue>

namespace alongside::ui::prompts {

namespace {

struct TestState
{
    bool on = false;
    QQueue<bool> answers;
    QQueue<QString> files;
    QStringList shown;
};

TestState& test()
{
    static TestState state;
    return state;
}

bool record(const QString& title, const QString& text)
{
    if (!test().on) {
        return false;
    }
    test().shown << title + QStringLiteral(": ") + text;
    return true;
}

} // namespace

void information(QWidget* parent, const QString& title, const QString& text)
{
    if (record(title, text)) {
        return;
    }
    QMessageBox::information(parent, title, text);
}

void warning(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    if (record(title, text)) {
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setDetailedText(details);
    box.exec();
}

bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText)
{
    if (record(title, text)) {
        return !test().answers.isEmpty() && test().answers.dequeue();
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* yes = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(qobject_cast<QPushButton*>(box.button(QMessageBox::Cancel)));
    box.exec();
    return box.clickedButton() == yes;
}

QString openFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    if (record(title, dir)) {
        return test().files.isEmpty() ? QString() : test().files.dequeue();
    }
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString saveFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    if (record(title, dir)) {
        return test().files.isEmpty() ? QString() : test().files.dequeue();
    }
    // Alongside never overwrites a file (callers refuse an existing one), so the dialog must not ask.
    return QFileDialog::getSaveFileName(parent, title, dir, filter, nullptr, QFileDialog::DontConfirmOverwrite);
}

void setTestMode(bool on)
{
    test() = TestState();
    test().on = on;
}

void queueAnswer(bool accept)
{
    test().answers.enqueue(accept);
}

void queueFileName(const QString& path)
{
    test().files.enqueue(path);
}

QStringList takeShown()
{
    QStringList shown;
    shown.swap(test().shown);
    return shown;
}

} // namespace alongside::ui::prompts
