#include "inactivitywatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace alongside::ui {

InactivityWatcher::InactivityWatcher(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &InactivityWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

InactivityWatcher::~InactivityWatcher()
{
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void InactivityWatcher::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
    if (m_timer->isActive()) {
        m_timer->start();
    }
}

int InactivityWatcher::interval() const
{
    return m_timer->interval();
}

void InactivityWatcher::start()
{
    m_timer->start();
}

void InactivityWatcher::stop()
{
    m_timer->stop();
}

bool InactivityWatcher::isActive() const
{
    return m_timer->isActive();
}

bool InactivityWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer->isActive()) {
            m_timer->start(); // restart the countdown
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace alongside::ui
