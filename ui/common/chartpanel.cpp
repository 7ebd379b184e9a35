#include "chartpanel.h"

#include "ui/common/wrappinglabel.h"

#include <QChartView>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace alongside::ui {

ChartPanel::ChartPanel(const QString& prefix, const QString& accessibleName, int minimumHeight, QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_empty(new WrappingLabel(QString(), this))
    , m_summary(new WrappingLabel(QString(), this))
{
    setObjectName(prefix + QStringLiteral("Chart"));
    m_view->setObjectName(prefix + QStringLiteral("ChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(minimumHeight);
    m_view->setFocusPolicy(Qt::StrongFocus); // a screen reader reaches it and reads the summary
    m_view->setAccessibleName(accessibleName);
    m_empty->setObjectName(prefix + QStringLiteral("EmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_summary->setObjectName(prefix + QStringLiteral("SummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);
}

QChartView* ChartPanel::chartView() const
{
    return m_stack->currentWidget() == m_view ? m_view : nullptr;
}

void ChartPanel::showChart()
{
    m_stack->setCurrentWidget(m_view);
}

void ChartPanel::showText()
{
    m_stack->setCurrentWidget(m_empty);
}

} // namespace alongside::ui
