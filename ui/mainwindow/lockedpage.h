#pragma once

#include <QWidget>

class QLabel;

namespace alongside::ui {

class WrappingLabel;

/** What the window shows while locked: no records, who was logged in, and a way back in. */
class LockedPage : public QWidget
{
    Q_OBJECT

public:
    explicit LockedPage(QWidget* parent = nullptr);

    void setLockedBy(const QString& name, bool automatically);

signals:
    void unlockRequested();
    void closeRequested();

private:
    WrappingLabel* m_text = nullptr;
};

} // namespace alongside::ui
