#include "ui/reports/periodpicker.h"

#include "core/reports/reports.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

namespace alongside::ui {

namespace {

constexpr int kQuarters = 12; // three years back
constexpr int kYears = 6;

QDateEdit* dateEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    return edit;
}

} // namespace

PeriodPicker::PeriodPicker(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_kind(new QComboBox(this))
    , m_quarter(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_from(dateEdit(this, QStringLiteral("reportFrom"), tr("First day of the period")))
    , m_to(dateEdit(this, QStringLiteral("reportTo"), tr("Last day of the period")))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind->setObjectName(QStringLiteral("reportPeriodKind"));
    m_kind->setAccessibleName(tr("Kind of period"));
    m_kind->addItem(tr("A quarter"), int(Kind::Quarter));
    m_kind->addItem(tr("A financial year"), int(Kind::FinancialYear));
    m_kind->addItem(tr("Other dates"), int(Kind::Custom));
    m_quarter->setObjectName(QStringLiteral("reportQuarter"));
    m_quarter->setAccessibleName(tr("Quarter"));
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setAccessibleName(tr("Financial year"));
    // The choices are long ("Q2 2026/27, Jul–Sep 2026 (so far)"): the combos take the width they are
    // given rather than asking for it, so a narrow panel never clips them.
    for (QComboBox* c : { m_kind, m_quarter, m_year }) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
    }

    auto addRow = [this](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };
    addRow(tr("&Period:"), m_kind);
    addRow(tr("&Quarter:"), m_quarter);
    addRow(tr("Financial &year:"), m_year);
    addRow(tr("&From:"), m_from);
    addRow(tr("&To:"), m_to);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showRows();
        emit changed();
    });
    for (QComboBox* c : { m_quarter, m_year }) {
        connect(c, &QComboBox::currentIndexChanged, this, &PeriodPicker::changed);
    }
    for (QDateEdit* d : { m_from, m_to }) {
        connect(d, &QDateEdit::dateChanged, this, &PeriodPicker::changed);
    }
    setup(m_yearStartMonth, QDate::currentDate());
}

int PeriodPicker::quarterNumber(const QDate& firstDay, int yearStartMonth)
{
    return ((firstDay.month() - yearStartMonth + 12) % 12) / 3 + 1;
}

QString PeriodPicker::financialYearName(const QDate& firstDay, int yearStartMonth)
{
    const int startYear = firstDay.month() >= yearStartMonth ? firstDay.year() : firstDay.year() - 1;
    if (yearStartMonth == 1) {
        return QString::number(startYear);
    }
    return QStringLiteral("%1-%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

void PeriodPicker::setup(int yearStartMonth, const QDate& today)
{
    m_yearStartMonth = yearStartMonth >= 1 && yearStartMonth <= 12 ? yearStartMonth : 4;
    const QSignalBlocker blockQuarter(m_quarter);
    const QSignalBlocker blockYear(m_year);
    m_quarter->clear();
    m_year->clear();
    // The quarter in progress first, then complete quarters, newest first.
    core::report::Period q = core::report::quarterContaining(today, m_yearStartMonth);
    for (int i = 0; i < kQuarters; ++i) {
        // The words the printed report uses for the period ("Q2 2026/27, Jul–Sep 2026").
        QString text = core::report::makePeriod(q.from, q.to, m_yearStartMonth).label;
        if (i == 0) {
            text = tr("%1 (so far)").arg(text);
        }
        m_quarter->addItem(text, q.from);
        m_quarter->setItemData(m_quarter->count() - 1, q.to, Qt::UserRole + 1);
        q = core::report::quarterContaining(q.from.addDays(-1), m_yearStartMonth);
    }
    m_quarter->setCurrentIndex(1); // the last complete quarter
    core::report::Period y = core::report::financialYearContaining(today, m_yearStartMonth);
    for (int i = 0; i < kYears; ++i) {
        QString text = core::report::makePeriod(y.from, y.to, m_yearStartMonth).label;
        text = i == 0 ? tr("%1 (so far)").arg(text) : text;
        m_year->addItem(text, y.from);
        m_year->setItemData(m_year->count() - 1, y.to, Qt::UserRole + 1);
        y = core::report::financialYearContaining(y.from.addDays(-1), m_yearStartMonth);
    }
    m_year->setCurrentIndex(1); // the last complete year
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setMaximumDate(today);
        m_to->setMaximumDate(today.addYears(1));
        m_from->setDate(m_quarter->itemData(1).toDate());
        m_to->setDate(m_quarter->itemData(1, Qt::UserRole + 1).toDate());
    }
    showRows();
    emit changed();
}

PeriodPicker::Kind PeriodPicker::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void PeriodPicker::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QDate PeriodPicker::from() const
{
    switch (kind()) {
    case Kind::Quarter:
        return m_quarter->currentData().toDate();
    case Kind::FinancialYear:
        return m_year->currentData().toDate();
    case Kind::Custom:
        break;
    }
    return m_from->date();
}

QDate PeriodPicker::to() const
{
    switch (kind()) {
    case Kind::Quarter:
        return m_quarter->currentData(Qt::UserRole + 1).toDate();
    case Kind::FinancialYear:
        return m_year->currentData(Qt::UserRole + 1).toDate();
    case Kind::Custom:
        break;
    }
    return m_to->date();
}

QString PeriodPicker::shortName() const
{
    switch (kind()) {
    case Kind::Quarter:
        return tr("Q%1 %2")
            .arg(quarterNumber(from(), m_yearStartMonth))
            .arg(financialYearName(from(), m_yearStartMonth));
    case Kind::FinancialYear:
        return financialYearName(from(), m_yearStartMonth);
    case Kind::Custom:
        break;
    }
    return tr("%1 to %2").arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate));
}

void PeriodPicker::showRows()
{
    const Kind k = kind();
    m_form->setRowVisible(m_quarter, k == Kind::Quarter);
    m_form->setRowVisible(m_year, k == Kind::FinancialYear);
    m_form->setRowVisible(m_from, k == Kind::Custom);
    m_form->setRowVisible(m_to, k == Kind::Custom);
}

} // namespace alongside::ui
