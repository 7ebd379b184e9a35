#include "firstrundialog.h"

#include "ui/common/fonts.h"
#include "ui/common/wrappinglabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace alongside::ui {

FirstRunDialog::FirstRunDialog(const QString& defaultPath, QWidget* parent)
    : QDialog(parent)
    , m_path(defaultPath)
    , m_demoPath(QFileInfo(defaultPath).absolutePath() + QStringLiteral("/alongside-demo.alongside"))
    , m_create(new QRadioButton(tr("&Create a new database for my charity"), this))
    , m_open(new QRadioButton(tr("&Open a database I already have…"), this))
    , m_name(new QLineEdit(this))
    , m_demo(new QCheckBox(tr("&Fill it with a fictional charity's records so I can try Alongside out"), this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Alongside"));

    auto* title = new QLabel(tr("Welcome to Alongside"), this);
    title->setFont(scaledFont(title->font(), 1.5));
    auto* intro = new QLabel(tr("Alongside keeps your volunteers, the people you support, sessions, supervision, "
                                "training and outcomes in one database file on this computer, and turns them into "
                                "reports for your trustees and funders."),
        this);
    intro->setWordWrap(true);

    m_create->setObjectName(QStringLiteral("createRadio"));
    m_open->setObjectName(QStringLiteral("openRadio"));
    m_name->setObjectName(QStringLiteral("charityNameEdit"));
    m_name->setAccessibleName(tr("Charity name"));
    m_name->setPlaceholderText(tr("For example: Riverside Peer Support"));
    m_demo->setObjectName(QStringLiteral("demoCheck"));
    m_create->setChecked(true);

    m_where = new WrappingLabel(QString(), this);
    m_where->setObjectName(QStringLiteral("firstRunPathLabel"));
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoNote = new WrappingLabel(tr("The demo records are made up and are kept in a separate file. When you are "
                                      "ready for real records, create your charity's database with File > New "
                                      "Database."),
        this);

    auto* nameForm = new QFormLayout;
    nameForm->setContentsMargins(24, 0, 0, 0);
    nameForm->addRow(tr("Charity &name:"), m_name);
    nameForm->addRow(m_demo);
    nameForm->addRow(m_demoNote);
    nameForm->addRow(m_where);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* go = buttons->addButton(tr("Con&tinue"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("continueButton"));
    go->setDefault(true);
    buttons->addButton(tr("Not No&w"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QRadioButton::toggled, this, &FirstRunDialog::updateEnabled);
    connect(m_demo, &QCheckBox::toggled, this, &FirstRunDialog::updateEnabled);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_create);
    layout->addLayout(nameForm);
    layout->addWidget(m_open);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(600);
    updateEnabled();
    m_name->setFocus();
}

void FirstRunDialog::updateEnabled()
{
    const bool create = m_create->isChecked();
    m_name->setEnabled(create);
    m_demo->setEnabled(create);
    m_demoNote->setVisible(create && m_demo->isChecked());
    m_where->setVisible(create);
    m_where->setText(tr("The database will be saved as %1. Alongside backs it up automatically every day into a "
                        "folder beside it.")
                         .arg(QDir::toNativeSeparators(databasePath())));
}

QString FirstRunDialog::databasePath() const
{
    return m_demo->isChecked() ? m_demoPath : m_path;
}

FirstRunDialog::Choice FirstRunDialog::choice() const
{
    return m_create->isChecked() ? Choice::Create : Choice::Open;
}

QString FirstRunDialog::charityName() const
{
    return m_name->text().trimmed();
}

bool FirstRunDialog::withDemoData() const
{
    return m_demo->isChecked();
}

} // namespace alongside::ui
