#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace alongside::ui {

enum class Feedback
{
    Good,
    Problem
};

/**
 * Colours a label's text for good news or a problem, dark enough on a light palette and light enough
 * on a dark one. Colour only repeats what the words say: the text itself must say which it is.
 */
inline void setFeedbackColour(QLabel* label, Feedback kind)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    QColor colour;
    if (kind == Feedback::Good) {
        colour = dark ? QColor(0x8c, 0xe0, 0x9c) : QColor(0x1b, 0x6e, 0x2e);
    } else {
        colour = dark ? QColor(0xff, 0x9a, 0x90) : QColor(0xb0, 0x1c, 0x1c);
    }
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

} // namespace alongside::ui
