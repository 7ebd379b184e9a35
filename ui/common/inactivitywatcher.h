#pragma once

#include <QObject>

class QTimer;

namespace alongside::ui {

/**
 * Emits idle() when the application has had no keyboard or mouse input for interval(). Watches
 * every window of the application through an event filter, so time spent in a dialog counts as
 * activity too.
 */
class InactivityWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InactivityWatcher(QObject* parent = nullptr);
    ~InactivityWatcher() override;

    void setInterval(int milliseconds);

    int interval() const;

    /** Starts (or restarts) watching; stop() pauses it, for example while locked. */
    void start();
    void stop();

    bool isActive() const;

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer = nullptr;
};

} // namespace alongside::ui
