#include "aboutdialog.h"

#include "core/paths.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtGlobal>

namespace alongside::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Alongside"));

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("aboutTabs"));

    auto* about = new QWidget(tabs);
    auto* icon = new QLabel(about);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/alongside.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Alongside logo"));
    auto* text = new QLabel(about);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(false);
    text->setText(tr("<h2>Alongside %1</h2>"
                     "<p>Records and reports for user-led mental-health charities that run peer support: "
                     "volunteers and peer workers, the people they support, sessions, supervision, training "
                     "and outcomes.</p>"
                     "<p>Alongside is free software: you may share and change it under the terms of the GNU "
                     "General Public License, version 3 or (at your option) any later version. It comes with "
                     "no warranty.</p>"
                     "<p>Your records stay in one file on this computer. Alongside sends nothing anywhere.</p>")
                      .arg(QStringLiteral(ALONGSIDE_VERSION)));
    auto* aboutLayout = new QVBoxLayout(about);
    aboutLayout->addWidget(icon);
    aboutLayout->addWidget(text);
    aboutLayout->addStretch(1);
    tabs->addTab(about, tr("&About"));

    auto* components = new QTreeWidget(tabs);
    components->setObjectName(QStringLiteral("componentsList"));
    components->setAccessibleName(tr("Components and their licences"));
    components->setRootIsDecorated(false);
    components->setHeaderLabels({ tr("Component"), tr("Used for"), tr("Version"), tr("Licence") });
    const QString qt = QString::fromLatin1(qVersion());
    const QList<QStringList> rows = {
        { tr("Qt application framework"), tr("Screens, files and printing"), qt, tr("LGPL 3.0") },
        { tr("Qt Charts"), tr("Charts in reports"), qt, tr("GPL 3.0") },
        { tr("Qt SQLite driver"), tr("Reading and writing the database"), qt, tr("LGPL 3.0") },
        { tr("Qt SVG"), tr("Icons"), qt, tr("LGPL 3.0") },
        { tr("SQLite"), tr("The database engine"), core::sqliteVersion(), tr("Public domain") },
        { tr("libsodium"), tr("Password hashing (Argon2id)"), core::sodiumVersion(), tr("ISC") },
        { tr("libcsv"), tr("Reading and writing CSV files"), core::libcsvVersion(), tr("LGPL 2.1 or later") },
        { tr("libxlsxwriter"), tr("Writing Excel workbooks"), core::xlsxwriterVersion(), tr("BSD 2-Clause") },
        { tr("libzip"), tr("Opening Excel workbooks to import them"), core::libzipVersion(), tr("BSD 3-Clause") },
        { tr("Boost.Math"), tr("Confidence intervals in outcome reports"), core::boostVersion(),
            tr("Boost Software Licence 1.0") },
        { tr("GNU C++ library"), tr("Support for the C++ language"),
            QStringLiteral(__VERSION__).section(QLatin1Char(' '), 0, 0), tr("GPL 3.0 with runtime exception") },
    };
    for (const QStringList& row : rows) {
        new QTreeWidgetItem(components, row);
    }
    components->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    components->header()->setStretchLastSection(true);
    tabs->addTab(components, tr("&Components"));

    // The full texts of the licences above: Alongside's own (GPL) and the Qt libraries' (LGPL).
    const QList<QPair<QString, QString>> texts = {
        { QStringLiteral(":/licences/GPL-3.0.txt"), tr("&GPL 3.0") },
        { QStringLiteral(":/licences/LGPL-3.0.txt"), tr("L&GPL 3.0") },
    };
    for (const auto& [resource, title] : texts) {
        auto* licence = new QPlainTextEdit(tabs);
        licence->setObjectName(QFileInfo(resource).baseName() + QStringLiteral("Text"));
        licence->setAccessibleName(tr("Licence text: %1").arg(QString(title).remove(QLatin1Char('&'))));
        licence->setReadOnly(true);
        QFile file(resource);
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            licence->setPlainText(QString::fromUtf8(file.readAll()));
        }
        tabs->addTab(licence, title);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(760, 480);
}

} // namespace alongside::ui
