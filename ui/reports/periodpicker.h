#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;

namespace alongside::ui {

/**
 * Chooses the period a report covers: a financial quarter (quarters start in the charity's
 * year-start month), a financial year, or any from–to span. Starts on the last complete quarter.
 */
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Quarter,
        FinancialYear,
        Custom
    };

    explicit PeriodPicker(QWidget* parent = nullptr);

    /** Fills the quarters and years for a year starting in yearStartMonth, as seen on today. */
    void setup(int yearStartMonth, const QDate& today);

    Kind kind() const;
    void setKind(Kind kind);

    QDate from() const;
    QDate to() const;

    /** For file names and headings: "Q2 2026-27", "2026-27", "2026-07-01 to 2026-08-14". */
    QString shortName() const;

    /** "2026-27" for a year starting in April 2026; "2026" for a calendar year. */
    static QString financialYearName(const QDate& firstDay, int yearStartMonth);
    /** 1 to 4: which quarter of its financial year the quarter starting on firstDay is. */
    static int quarterNumber(const QDate& firstDay, int yearStartMonth);

    QComboBox* kindCombo() const { return m_kind; }

    QComboBox* quarterCombo() const { return m_quarter; }

    QComboBox* yearCombo() const { return m_year; }

    QDateEdit* fromEdit() const { return m_from; }

    QDateEdit* toEdit() const { return m_to; }

signals:
    void changed();

private:
    void showRows();

    int m_yearStartMonth = 4;
    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_quarter = nullptr;
    QComboBox* m_year = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace alongside::ui
