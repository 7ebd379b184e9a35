#pragma once

#include <QLabel>

namespace alongside::ui {

/**
 * A word-wrapped label that always keeps room for all of its lines. Plain QLabel guesses its
 * height for a width it does not have yet, so layouts can clip the last lines or leave gaps; this
 * one reports the height its text needs at its actual width, and asks for a new layout whenever
 * that width changes.
 */
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(const QString& text = {}, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
};

} // namespace alongside::ui
