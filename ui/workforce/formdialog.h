#pragma once

#include "core/result.h"

#include <QDate>
#include <QDialog>
#include <QWidget>

#include <functional>

class QCheckBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QTreeWidget;

namespace alongside::ui {

class WrappingLabel;

/**
 * A problem (or good news) under a form: an icon beside coloured text. The text always says which it
 * is ("Problem: ..."), so neither colour nor icon carries the meaning alone. Hidden until shown.
 */
class FeedbackBanner : public QWidget
{
    Q_OBJECT

public:
    /** The label gets labelObjectName, so tests and screen readers find the text itself. */
    FeedbackBanner(const QString& labelObjectName, QWidget* parent);

    void showProblem(const QString& message);
    void showGood(const QString& message);

    WrappingLabel* label() const { return m_text; }

private:
    QLabel* m_icon;
    WrappingLabel* m_text;
};

/**
 * A small form for one row of a worker's record: fields in a form, the service's problem shown in
 * words under it, OK and Cancel. Owns its widgets only; the caller fills the form and sets save(),
 * which validates and saves through a core service. A refused value keeps the dialog open.
 */
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    FormDialog(const QString& title, const QString& okText, QWidget* parent);

    QFormLayout* form() const { return m_form; }

    /** Called on OK; the dialog closes only if it returns ok. */
    void setSave(std::function<core::Status()> save) { m_save = std::move(save); }

    /** Shows "Problem: message" under the form. */
    void showProblem(const QString& message);

    void accept() override;

private:
    QFormLayout* m_form;
    FeedbackBanner* m_problem;
    std::function<core::Status()> m_save;
};

/**
 * A date that may be unknown or not yet set: a check box says whether there is one, and the date
 * field is enabled only when it is ticked. date() is null when unticked, so nothing is guessed.
 */
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    OptionalDateEdit(const QString& checkText, const QString& accessibleName, QWidget* parent = nullptr);

    void setDate(const QDate& date);
    /** The date, or a null date when unticked. */
    QDate date() const;
    /** The date offered when the box is ticked and no date was set. */
    void setDefaultDate(const QDate& date);
    void setReadOnly(bool readOnly);

    QCheckBox* checkBox() const { return m_check; }

    QDateEdit* dateEdit() const { return m_edit; }

signals:
    void dateChanged();

private:
    QCheckBox* m_check;
    QDateEdit* m_edit;
};

/** A QDateEdit with a calendar popup, the locale's short format and an accessible name. */
QDateEdit* newDateEdit(const QString& accessibleName, const QDate& date, QWidget* parent);

/** A read-only, sortable, single-selection table of whole rows, as used on every tab of the record. */
QTreeWidget* newRecordTable(
    const QString& objectName, const QString& accessibleName, const QStringList& headers, QWidget* parent);

/** "12 Mar 2026", or `empty` for a null date. */
QString shortDate(const QDate& date, const QString& empty = {});

} // namespace alongside::ui
