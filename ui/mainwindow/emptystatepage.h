#pragma once

#include <QWidget>

class QPushButton;

namespace alongside::ui {

/** What the window shows when no database is open: what Alongside is and the ways to start. */
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePage(QWidget* parent = nullptr);

signals:
    void createRequested();
    void openRequested();
    void demoRequested();
};

} // namespace alongside::ui
