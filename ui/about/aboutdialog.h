#pragma once

#include <QDialog>

namespace alongside::ui {

/** Version, purpose, and the licence of Alongside and of every component it uses. */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace alongside::ui
