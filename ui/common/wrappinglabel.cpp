#include "wrappinglabel.h"

#include <QResizeEvent>

namespace alongside::ui {

WrappingLabel::WrappingLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The size hint is the height the text needs at the current width; it is the least it gets.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

QSize WrappingLabel::sizeHint() const
{
    QSize hint = QLabel::sizeHint();
    // Before it is shown its width is a placeholder: keep QLabel's own estimate until then.
    if (testAttribute(Qt::WA_WState_Created) && width() > 0) {
        hint.setHeight(heightForWidth(width()));
    }
    return hint;
}

QSize WrappingLabel::minimumSizeHint() const
{
    return { QLabel::minimumSizeHint().width(), sizeHint().height() };
}

void WrappingLabel::showEvent(QShowEvent* event)
{
    QLabel::showEvent(event);
    updateGeometry(); // the width is known for certain only now
}

void WrappingLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) {
        updateGeometry(); // the height it needs depends on the width: let the layout ask again
    }
}

} // namespace alongside::ui
