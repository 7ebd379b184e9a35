#include "emptystatepage.h"

#include "ui/common/fonts.h"
#include "ui/common/wrappinglabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

EmptyStatePage::EmptyStatePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyStatePage"));
    auto* title = new QLabel(tr("No database is open"), this);
    title->setFont(scaledFont(title->font(), 1.6));
    auto* text = new WrappingLabel(tr("Alongside keeps your charity's records in one database file on this computer. "
                                      "Create a new one for your charity, open one you already have, or try Alongside "
                                      "with a fictional charity's demo data."),
        this);
    text->setFixedWidth(520);
    text->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    auto* create = new QPushButton(tr("&Create a New Database…"), this);
    create->setObjectName(QStringLiteral("createDatabaseButton"));
    auto* open = new QPushButton(tr("&Open a Database…"), this);
    open->setObjectName(QStringLiteral("openDatabaseButton"));
    auto* demo = new QPushButton(tr("Try It with &Demo Data…"), this);
    demo->setObjectName(QStringLiteral("demoDatabaseButton"));
    connect(create, &QPushButton::clicked, this, &EmptyStatePage::createRequested);
    connect(open, &QPushButton::clicked, this, &EmptyStatePage::openRequested);
    connect(demo, &QPushButton::clicked, this, &EmptyStatePage::demoRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    // A centred row rather than an aligned item, so the layout wraps the text at its real width.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(12);
    for (QPushButton* b : { create, open, demo }) {
        b->setMinimumWidth(260);
        layout->addWidget(b, 0, Qt::AlignHCenter);
    }
    layout->addStretch(2);
}

} // namespace alongside::ui
