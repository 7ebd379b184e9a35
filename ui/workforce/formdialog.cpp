#include "formdialog.h"

#include "core/clock.h"
#include "ui/common/feedback.h"
#include "ui/common/wrappinglabel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alongside::ui {

FeedbackBanner::FeedbackBanner(const QString& labelObjectName, QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new WrappingLabel(QString(), this))
{
    m_text->setObjectName(labelObjectName);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setAlignment(Qt::AlignTop);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void FeedbackBanner::showProblem(const QString& message)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_text->setText(tr("Problem: %1").arg(message));
    m_text->setAccessibleName(tr("Problem"));
    setFeedbackColour(m_text, Feedback::Problem);
    show();
}

void FeedbackBanner::showGood(const QString& message)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this).pixmap(size, size));
    m_text->setText(message);
    m_text->setAccessibleName(tr("Done"));
    setFeedbackColour(m_text, Feedback::Good);
    show();
}

FormDialog::FormDialog(const QString& title, const QString& okText, QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_problem(new FeedbackBanner(QStringLiteral("problemLabel"), this))
{
    setObjectName(QStringLiteral("formDialog"));
    setWindowTitle(title);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void FormDialog::showProblem(const QString& message)
{
    m_problem->showProblem(message);
}

void FormDialog::accept()
{
    if (m_save) {
        const core::Status s = m_save();
        if (!s) {
            showProblem(s.message());
            return;
        }
    }
    QDialog::accept();
}

OptionalDateEdit::OptionalDateEdit(const QString& checkText, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText, this))
    , m_edit(newDateEdit(accessibleName, core::Clock::instance().today(), this))
{
    m_check->setAccessibleName(tr("%1: entered").arg(accessibleName));
    m_edit->setEnabled(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_check, &QCheckBox::toggled, this, &OptionalDateEdit::dateChanged);
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::dateChanged);
}

void OptionalDateEdit::setDate(const QDate& date)
{
    m_check->setChecked(date.isValid());
    if (date.isValid()) {
        m_edit->setDate(date);
    }
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDefaultDate(const QDate& date)
{
    if (!m_check->isChecked()) {
        m_edit->setDate(date);
    }
}

void OptionalDateEdit::setReadOnly(bool readOnly)
{
    m_check->setEnabled(!readOnly);
    m_edit->setReadOnly(readOnly);
}

QDateEdit* newDateEdit(const QString& accessibleName, const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    // The locale's short format, but always with a four-digit year: a date of birth needs the century.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    edit->setDisplayFormat(format);
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setMaximumDate(QDate(2200, 12, 31));
    edit->setDate(date);
    return edit;
}

QTreeWidget* newRecordTable(
    const QString& objectName, const QString& accessibleName, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTreeWidget(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setRootIsDecorated(false);
    table->setUniformRowHeights(true);
    table->setAllColumnsShowFocus(true);
    table->setAlternatingRowColors(true);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setHeaderLabels(headers);
    table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->header()->setStretchLastSection(true);
    return table;
}

QString shortDate(const QDate& date, const QString& empty)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : empty;
}

} // namespace alongside::ui
