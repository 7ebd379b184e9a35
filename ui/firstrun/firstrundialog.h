#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace alongside::ui {

/**
 * Shown the first time Alongside starts on a computer: create the charity's database in the
 * standard place (optionally with fictional demo data to try things out), or open an existing one.
 */
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Create,
        Open
    };

    explicit FirstRunDialog(const QString& defaultPath, QWidget* parent = nullptr);

    Choice choice() const;
    QString charityName() const;
    bool withDemoData() const;

    /** Where to create the database: the standard place, or beside it for demo data. */
    QString databasePath() const;

private:
    void updateEnabled();

    QString m_path;
    QString m_demoPath;
    QLabel* m_where;
    QLabel* m_demoNote;
    QRadioButton* m_create;
    QRadioButton* m_open;
    QLineEdit* m_name;
    QCheckBox* m_demo;
};

} // namespace alongside::ui
