#include "wrappinglabel.h"

#include <QResizeEvent>

namespace alongside::ui {

WrappingLabel::WrappingLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

void WrappingLabel::setText(const QString& text)
{
    QLabel::setText(text);
    updateMinimumHeight();
}

void WrappingLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) {
        updateMinimumHeight();
    }
}

void WrappingLabel::updateMinimumHeight()
{
    const int h = heightForWidth(width() > 0 ? width() : sizeHint().width());
    if (h > 0 && h != minimumHeight()) {
        setMinimumHeight(h);
    }
}

} // namespace alongside::ui
