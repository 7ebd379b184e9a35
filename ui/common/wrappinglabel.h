#pragma once

#include <QLabel>

namespace alongside::ui {

/**
 * A word-wrapped label that always keeps room for all of its lines. Plain QLabel word wrap is
 * sized before its width is known, so layouts can clip the last lines; this one sets its minimum
 * height from heightForWidth() whenever its width changes.
 */
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(const QString& text = {}, QWidget* parent = nullptr);

    void setText(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateMinimumHeight();
};

} // namespace alongside::ui
