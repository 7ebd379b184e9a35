#include "lockedpage.h"

#include "ui/common/fonts.h"
#include "ui/common/wrappinglabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

LockedPage::LockedPage(QWidget* parent)
    : QWidget(parent)
    , m_text(new WrappingLabel(QString(), this))
{
    setObjectName(QStringLiteral("lockedPage"));
    auto* title = new QLabel(tr("Alongside is locked"), this);
    title->setFont(scaledFont(title->font(), 1.6));
    m_text->setObjectName(QStringLiteral("lockedText"));
    m_text->setFixedWidth(520);
    m_text->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto* unlock = new QPushButton(tr("&Unlock…"), this);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    auto* close = new QPushButton(tr("&Close Database"), this);
    close->setObjectName(QStringLiteral("closeLockedButton"));
    connect(unlock, &QPushButton::clicked, this, &LockedPage::unlockRequested);
    connect(close, &QPushButton::clicked, this, &LockedPage::closeRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_text);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addSpacing(12);
    for (QPushButton* b : { unlock, close }) {
        b->setMinimumWidth(220);
        layout->addWidget(b, 0, Qt::AlignHCenter);
    }
    layout->addStretch(2);
}

void LockedPage::setLockedBy(const QString& name, bool automatically)
{
    m_text->setText(automatically
            ? tr("Alongside locked itself because no one had used it for a while, so that people's records stay "
                 "private. %1 was logged in. Unlock to carry on, or log in as someone else.")
                  .arg(name)
            : tr("%1 locked Alongside so that people's records stay private. Unlock to carry on, or log in as "
                 "someone else.")
                  .arg(name));
}

} // namespace alongside::ui
