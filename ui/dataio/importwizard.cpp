#include "importwizard.h"

#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/measures/measureservice.h"
#include "core/reports/csvfile.h"
#include "ui/common/feedback.h"
#include "ui/common/prompts.h"
#include "ui/common/wrappinglabel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizardPage>

namespace alongside::ui {

using core::dataio::DuplicateChoice;
using core::dataio::Encoding;
using core::dataio::FieldSpec;
using core::dataio::ImportCheck;
using core::dataio::ImportKind;
using core::dataio::SourceFormat;

namespace {

constexpr int kPreviewRows = 20;
constexpr int kSortRole = Qt::UserRole + 1;

QSettings userSettings()
{
    return QSettings(
        QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("alongside"), QStringLiteral("alongside"));
}

QString rowsText(int n)
{
    return n == 1 ? ImportWizard::tr("1 row") : ImportWizard::tr("%1 rows").arg(n);
}

QString problemsText(int n)
{
    return n == 1 ? ImportWizard::tr("1 problem") : ImportWizard::tr("%1 problems").arg(n);
}

QString duplicatesText(int n)
{
    return n == 1 ? ImportWizard::tr("1 possible duplicate") : ImportWizard::tr("%1 possible duplicates").arg(n);
}

QString choiceName(DuplicateChoice c)
{
    switch (c) {
    case DuplicateChoice::Ask:
        return ImportWizard::tr("Choose what to do…");
    case DuplicateChoice::AddNew:
        return ImportWizard::tr("Add as a new person");
    case DuplicateChoice::UseExisting:
        return ImportWizard::tr("Same person: add to their record");
    case DuplicateChoice::Skip:
        return ImportWizard::tr("Skip this row");
    }
    return {};
}

// The choices for a possible duplicate, starting at "Choose what to do…" (DuplicateChoice::Ask: nothing
// chosen yet). A row with the same reference as someone cannot be a new person (references are unique),
// so withNew is false for it.
void fillChoices(QComboBox* combo, bool withNew)
{
    const QList<DuplicateChoice> all
        = { DuplicateChoice::Ask, DuplicateChoice::AddNew, DuplicateChoice::UseExisting, DuplicateChoice::Skip };
    for (DuplicateChoice c : all) {
        if (c == DuplicateChoice::AddNew && !withNew) {
            continue;
        }
        combo->addItem(choiceName(c), int(c));
    }
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QTableView* makeTable(QWidget* parent, const QString& name, const QString& accessibleName)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

// --- File -------------------------------------------------------------------------------------------

class ImportFilePage : public QWizardPage
{
public:
    explicit ImportFilePage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void showTable();
    void fillMeasures();
    void kindChanged();

    ImportWizard* w;
    QLineEdit* pathEdit;
    QPushButton* chooseButton;
    WrappingLabel* found;
    QLabel* sheetLabel;
    QComboBox* sheetCombo;
    QLabel* encodingLabel;
    QComboBox* encodingCombo;
    QLabel* separatorLabel;
    QComboBox* separatorCombo;
    QComboBox* kindCombo;
    WrappingLabel* kindDescription;
    QLabel* measureLabel;
    QComboBox* measureCombo;
    QTableView* preview;
    QStandardItemModel* previewModel;
    bool measuresFilled = false;
};

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , w(wizard)
{
    setTitle(ImportWizard::tr("Choose the file"));
    setSubTitle(ImportWizard::tr("A spreadsheet saved as Excel (.xlsx) or CSV, with the column headings in its first "
                                 "row and one record on each row below."));

    pathEdit = new QLineEdit(this);
    pathEdit->setObjectName(QStringLiteral("importPath"));
    pathEdit->setReadOnly(true);
    pathEdit->setPlaceholderText(ImportWizard::tr("No file chosen yet"));
    pathEdit->setAccessibleName(ImportWizard::tr("File to import"));
    chooseButton = new QPushButton(ImportWizard::tr("C&hoose…"), this);
    chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    chooseButton->setAccessibleName(ImportWizard::tr("Choose the file to import"));

    found = new WrappingLabel(QString(), this);
    found->setObjectName(QStringLiteral("foundLabel"));
    found->setTextInteractionFlags(Qt::TextSelectableByMouse);
    found->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    sheetCombo = new QComboBox(this);
    sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    sheetCombo->setAccessibleName(ImportWizard::tr("Sheet of the workbook"));
    sheetLabel = buddyLabel(ImportWizard::tr("&Sheet:"), sheetCombo, this);

    encodingCombo = new QComboBox(this);
    encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    encodingCombo->setAccessibleName(ImportWizard::tr("How the file's text is stored (encoding)"));
    for (Encoding e : { Encoding::Utf8, Encoding::Utf8Bom, Encoding::Windows1252 }) {
        encodingCombo->addItem(core::dataio::encodingName(e), int(e));
    }
    encodingCombo->setToolTip(ImportWizard::tr("Alongside works this out from the file. Change it only if names "
                                               "with accents look wrong in the preview."));
    encodingLabel = buddyLabel(ImportWizard::tr("&Text stored as:"), encodingCombo, this);

    separatorCombo = new QComboBox(this);
    separatorCombo->setObjectName(QStringLiteral("separatorCombo"));
    separatorCombo->setAccessibleName(ImportWizard::tr("What separates the columns"));
    for (QChar c : { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') }) {
        separatorCombo->addItem(core::dataio::delimiterName(c), QString(c));
    }
    separatorCombo->setToolTip(ImportWizard::tr("Alongside works this out from the file. Change it only if the "
                                                "preview shows everything in one column."));
    separatorLabel = buddyLabel(ImportWizard::tr("Columns separated &by:"), separatorCombo, this);

    kindCombo = new QComboBox(this);
    kindCombo->setObjectName(QStringLiteral("kindCombo"));
    kindCombo->setAccessibleName(ImportWizard::tr("What the file holds"));
    for (const core::dataio::ImportKindInfo& info : core::dataio::importKinds()) {
        kindCombo->addItem(info.name, int(info.kind));
    }
    kindDescription = new WrappingLabel(QString(), this);
    kindDescription->setObjectName(QStringLiteral("kindDescription"));
    kindDescription->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    measureCombo = new QComboBox(this);
    measureCombo->setObjectName(QStringLiteral("measureCombo"));
    measureCombo->setAccessibleName(ImportWizard::tr("Which questionnaire the scores are for"));
    measureLabel = buddyLabel(ImportWizard::tr("&Questionnaire:"), measureCombo, this);
    // Sheets and questionnaires change with the file: each combo keeps room for its longest entry.
    for (QComboBox* combo : { sheetCombo, encodingCombo, separatorCombo, kindCombo, measureCombo }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }

    previewModel = new QStandardItemModel(this);
    preview = makeTable(this, QStringLiteral("previewTable"), ImportWizard::tr("The first rows of the file"));
    preview->setModel(previewModel);
    preview->horizontalHeader()->setDefaultSectionSize(130);
    // A file usually has more columns than fit: the scroll bar is always there to say so.
    preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    preview->verticalHeader()->show();
    preview->verticalHeader()->setDefaultSectionSize(preview->fontMetrics().height() + 8);
    auto* previewLabel = buddyLabel(
        ImportWizard::tr("&Preview of the first rows, numbered as your spreadsheet numbers them (scroll sideways for "
                         "more columns):"),
        preview, this);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(pathEdit, 1);
    fileRow->addWidget(chooseButton);
    auto* fileLabel = buddyLabel(ImportWizard::tr("&File:"), pathEdit, this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), found);
    form->addRow(sheetLabel, sheetCombo);
    auto* readRow = new QHBoxLayout;
    readRow->addWidget(encodingCombo);
    readRow->addSpacing(12);
    readRow->addWidget(separatorLabel);
    readRow->addWidget(separatorCombo);
    readRow->addStretch(1);
    form->addRow(encodingLabel, readRow);
    form->addRow(buddyLabel(ImportWizard::tr("The file &holds:"), kindCombo, this), kindCombo);
    form->addRow(QString(), kindDescription);
    form->addRow(measureLabel, measureCombo);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewLabel);
    layout->addWidget(preview, 1);

    connect(chooseButton, &QPushButton::clicked, this, [this] {
        QSettings settings = userSettings();
        QString folder = settings.value(QStringLiteral("import/folder")).toString();
        if (folder.isEmpty() || !QDir(folder).exists()) {
            folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        }
        const QString path = prompts::openFileName(this, ImportWizard::tr("Choose a Spreadsheet to Import"), folder,
            ImportWizard::tr("Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)"));
        if (path.isEmpty()) {
            return;
        }
        settings.setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
        w->openFile(path);
    });
    connect(sheetCombo, &QComboBox::activated, this, [this] {
        w->m_readOptions.sheet = sheetCombo->currentText();
        QString problem;
        if (!w->readAgain(&problem)) {
            prompts::warning(this, ImportWizard::tr("Could Not Read the Sheet"), problem);
        }
        showTable();
    });
    connect(encodingCombo, &QComboBox::activated, this, [this] {
        w->m_readOptions.encoding = Encoding(encodingCombo->currentData().toInt());
        QString problem;
        if (!w->readAgain(&problem)) {
            prompts::warning(this, ImportWizard::tr("Could Not Read the File"), problem);
        }
        showTable();
    });
    connect(separatorCombo, &QComboBox::activated, this, [this] {
        w->m_readOptions.delimiter = separatorCombo->currentData().toString().at(0);
        QString problem;
        if (!w->readAgain(&problem)) {
            prompts::warning(this, ImportWizard::tr("Could Not Read the File"), problem);
        }
        showTable();
    });
    connect(kindCombo, &QComboBox::currentIndexChanged, this, [this] { kindChanged(); });
    connect(measureCombo, &QComboBox::currentIndexChanged, this, [this] {
        w->m_options.measureId = measureCombo->currentData().toString();
        emit completeChanged();
    });
    kindChanged();
    showTable();
}

void ImportFilePage::initializePage()
{
    fillMeasures();
}

void ImportFilePage::fillMeasures()
{
    if (measuresFilled) {
        return;
    }
    measuresFilled = true;
    const QSignalBlocker block(measureCombo);
    measureCombo->clear();
    core::MeasureService measures(w->m_db);
    auto all = measures.definitions(w->m_actor);
    if (all) {
        for (const core::KnownMeasure& m : all.value()) {
            if (m.current) {
                measureCombo->addItem(m.definition.title, m.definition.id);
            }
        }
    }
    const int at = measureCombo->findData(w->m_options.measureId);
    measureCombo->setCurrentIndex(at >= 0 ? at : 0);
    w->m_options.measureId = measureCombo->currentData().toString();
}

void ImportFilePage::kindChanged()
{
    const auto kind = ImportKind(kindCombo->currentData().toInt());
    w->m_options.kind = kind;
    kindDescription->setText(core::dataio::kindInfo(kind).description);
    const bool measures = kind == ImportKind::MeasureResponses;
    if (measures) {
        fillMeasures();
    }
    measureLabel->setVisible(measures);
    measureCombo->setVisible(measures);
    emit completeChanged();
}

void ImportFilePage::showTable()
{
    const core::dataio::SourceTable& t = w->m_table;
    const bool have = w->m_haveTable;
    const bool csv = have && t.format == SourceFormat::Csv;
    const bool xlsx = have && t.format == SourceFormat::Xlsx;
    pathEdit->setText(QDir::toNativeSeparators(w->m_path));
    sheetLabel->setVisible(xlsx);
    sheetCombo->setVisible(xlsx);
    encodingLabel->setVisible(csv);
    encodingCombo->setVisible(csv);
    separatorLabel->setVisible(csv);
    separatorCombo->setVisible(csv);
    found->setVisible(!w->m_path.isEmpty());
    previewModel->clear();
    if (!have) {
        if (!w->m_path.isEmpty()) {
            found->setText(ImportWizard::tr("This file could not be read: see the message, then choose another file."));
        }
        emit completeChanged();
        return;
    }
    const int n = int(t.rows.size());
    if (csv) {
        found->setText(
            ImportWizard::tr("A CSV file: %1, columns separated by %2. %3 of data under %4 headings.")
                .arg(core::dataio::encodingName(t.encoding), core::dataio::delimiterName(t.delimiter), rowsText(n))
                .arg(t.headers.size()));
        const QSignalBlocker b1(encodingCombo);
        const QSignalBlocker b2(separatorCombo);
        encodingCombo->setCurrentIndex(encodingCombo->findData(int(t.encoding)));
        separatorCombo->setCurrentIndex(separatorCombo->findData(QString(t.delimiter)));
    } else {
        found->setText(ImportWizard::tr("An Excel workbook: sheet \"%1\" (%2 of %3). %4 of data under %5 headings.")
                           .arg(t.sheetName)
                           .arg(t.sheetNames.indexOf(t.sheetName) + 1)
                           .arg(t.sheetNames.size())
                           .arg(rowsText(n))
                           .arg(t.headers.size()));
        const QSignalBlocker block(sheetCombo);
        sheetCombo->clear();
        sheetCombo->addItems(t.sheetNames);
        sheetCombo->setCurrentIndex(std::max(0, int(t.sheetNames.indexOf(t.sheetName))));
    }
    if (n == 0) {
        found->setText(found->text() + QLatin1Char(' ')
            + ImportWizard::tr("There are no rows under the headings: there is nothing to import."));
    }
    previewModel->setColumnCount(int(t.headers.size()));
    previewModel->setHorizontalHeaderLabels(t.headers);
    for (int r = 0; r < std::min(n, kPreviewRows); ++r) {
        QList<QStandardItem*> items;
        for (int c = 0; c < t.headers.size(); ++c) {
            items.append(new QStandardItem(t.rows.at(r).cells.value(c)));
        }
        previewModel->appendRow(items);
        // The row numbers the check's problems use.
        previewModel->setVerticalHeaderItem(r, new QStandardItem(QString::number(t.rows.at(r).line)));
    }
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    if (!w->m_haveTable || w->m_table.rows.isEmpty() || w->m_table.headers.isEmpty()) {
        return false;
    }
    return w->m_options.kind != ImportKind::MeasureResponses || !w->m_options.measureId.isEmpty();
}

bool ImportFilePage::validatePage()
{
    QString problem;
    if (!w->loadFields(&problem)) {
        prompts::warning(this, ImportWizard::tr("Cannot Import This Kind of Record"), problem);
        return false;
    }
    return true;
}

// --- Columns ----------------------------------------------------------------------------------------

class ImportColumnsPage : public QWizardPage
{
public:
    explicit ImportColumnsPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    void rebuild();
    void updateRow(int i);
    QStringList missing() const;

    ImportWizard* w;
    QScrollArea* scroll;
    QWidget* grid = nullptr;
    QList<QComboBox*> combos;
    QList<QLabel*> samples;
    WrappingLabel* status;
};

ImportColumnsPage::ImportColumnsPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , w(wizard)
{
    setTitle(ImportWizard::tr("Match the columns"));
    setSubTitle(ImportWizard::tr("For each thing Alongside keeps, choose the column of your file that holds it. "
                                 "Alongside has guessed from the headings; check each one against the example."));
    scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("columnsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    status = new WrappingLabel(QString(), this);
    status->setObjectName(QStringLiteral("columnsStatus"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(status);
}

void ImportColumnsPage::initializePage()
{
    const QString signature = QString::number(int(w->m_options.kind)) + QLatin1Char('|') + w->m_options.measureId
        + QLatin1Char('|') + w->m_table.headers.join(QChar(0x1f));
    if (signature != w->m_columnsBuiltFor) {
        w->m_columnsBuiltFor = signature;
        w->m_options.mapping = core::dataio::Importer::autoMatch(w->m_fields, w->m_table.headers);
        rebuild();
    }
    emit completeChanged();
}

void ImportColumnsPage::rebuild()
{
    combos.clear();
    samples.clear();
    grid = new QWidget;
    auto* g = new QGridLayout(grid);
    g->setColumnStretch(1, 1);
    g->setColumnStretch(2, 1);
    g->setHorizontalSpacing(12);
    auto* h1 = new QLabel(ImportWizard::tr("In Alongside"), grid);
    auto* h2 = new QLabel(ImportWizard::tr("Column in your file"), grid);
    auto* h3 = new QLabel(ImportWizard::tr("First value in that column"), grid);
    for (QLabel* h : { h1, h2, h3 }) {
        QFont f = h->font();
        f.setBold(true);
        h->setFont(f);
    }
    g->addWidget(h1, 0, 0);
    g->addWidget(h2, 0, 1);
    g->addWidget(h3, 0, 2);
    int row = 1;
    for (int i = 0; i < w->m_fields.size(); ++i) {
        const FieldSpec& f = w->m_fields.at(i);
        auto* combo = new QComboBox(grid);
        combo->setObjectName(QStringLiteral("column_") + f.key);
        combo->addItem(ImportWizard::tr("(not in the file)"), -1);
        for (int c = 0; c < w->m_table.headers.size(); ++c) {
            const QString header = w->m_table.headers.at(c).trimmed();
            combo->addItem(header.isEmpty() ? ImportWizard::tr("Column %1 (no heading)").arg(c + 1) : header, c);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(w->m_options.mapping.value(f.key, -1))));
        combo->setToolTip(f.help);
        combo->setAccessibleDescription(f.help);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        QString title = f.title;
        if (f.required) {
            title = ImportWizard::tr("%1 (required)").arg(f.title);
        } else if (!f.oneOf.isEmpty()) {
            title = ImportWizard::tr("%1 (this or another marked \"one of\")").arg(f.title);
        }
        combo->setAccessibleName(title);
        auto* label = new QLabel(title, grid);
        label->setBuddy(combo);
        label->setToolTip(f.help);
        if (f.required) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        auto* sample = new QLabel(grid);
        sample->setObjectName(QStringLiteral("sample_") + f.key);
        sample->setTextFormat(Qt::PlainText);
        sample->setMinimumWidth(120);
        sample->setWordWrap(true); // a date's reason for not being read can be long
        auto* help = new WrappingLabel(f.help, grid);
        QFont small = help->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        help->setFont(small);
        help->setForegroundRole(QPalette::PlaceholderText);
        g->addWidget(label, row, 0, Qt::AlignVCenter);
        g->addWidget(combo, row, 1, Qt::AlignVCenter);
        g->addWidget(sample, row, 2, Qt::AlignVCenter);
        g->addWidget(help, row + 1, 0, 1, 3);
        g->setRowMinimumHeight(row + 2, 6);
        row += 3;
        combos.append(combo);
        samples.append(sample);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, i] {
            const int column = combos.at(i)->currentData().toInt();
            const QString key = w->m_fields.at(i).key;
            if (column < 0) {
                w->m_options.mapping.remove(key);
            } else {
                w->m_options.mapping.insert(key, column);
            }
            updateRow(i);
            emit completeChanged();
        });
        updateRow(i);
    }
    g->setRowStretch(row, 1);
    scroll->setWidget(grid); // deletes the previous grid
}

void ImportColumnsPage::updateRow(int i)
{
    const int column = combos.at(i)->currentData().toInt();
    QString value;
    if (column >= 0) {
        for (const core::dataio::SourceRow& r : w->m_table.rows) {
            const QString cell = r.cells.value(column).trimmed();
            if (!cell.isEmpty()) {
                value = cell;
                break;
            }
        }
        if (value.isEmpty()) {
            value = ImportWizard::tr("(the column is empty)");
        }
    } else {
        value = ImportWizard::tr("—");
    }
    const FieldSpec& field = w->m_fields.at(i);
    if (column >= 0 && field.dateRule != FieldSpec::DateRule::None && !value.isEmpty()
        && value != ImportWizard::tr("(the column is empty)")) {
        // How the date is read, so that a day-first reading (3/7 is 3 July) is seen before the check.
        QString why;
        const QDate d = core::dataio::Importer::readDate(field, value, &why);
        const QString shown = d.isValid()
            ? ImportWizard::tr("%1 → %2").arg(value.simplified(), QLocale().toString(d, QStringLiteral("d MMMM yyyy")))
            : ImportWizard::tr("Cannot be read: %1").arg(why);
        samples.at(i)->setText(shown);
        samples.at(i)->setToolTip(d.isValid() ? ImportWizard::tr("Read as %1 (dates are read day first).")
                                                    .arg(QLocale().toString(d, QStringLiteral("d MMMM yyyy")))
                                              : why);
        return;
    }
    const QString shown = value.size() > 40 ? value.left(39) + QChar(0x2026) : value;
    samples.at(i)->setText(shown.simplified());
    samples.at(i)->setToolTip(value);
}

QStringList ImportColumnsPage::missing() const
{
    QStringList out;
    QHash<QString, QStringList> groups;
    QStringList groupOrder;
    for (const FieldSpec& f : w->m_fields) {
        if (f.required && !w->m_options.mapping.contains(f.key)) {
            out.append(f.title);
        }
        if (!f.oneOf.isEmpty()) {
            if (!groups.contains(f.oneOf)) {
                groupOrder.append(f.oneOf);
            }
            groups[f.oneOf].append(f.key);
        }
    }
    for (const QString& group : groupOrder) {
        bool any = false;
        QStringList titles;
        for (const FieldSpec& f : w->m_fields) {
            if (f.oneOf == group) {
                any = any || w->m_options.mapping.contains(f.key);
                titles.append(f.title);
            }
        }
        if (!any) {
            out.append(ImportWizard::tr("one of %1").arg(titles.join(ImportWizard::tr(" or "))));
        }
    }
    return out;
}

bool ImportColumnsPage::isComplete() const
{
    const QStringList gaps = missing();
    if (gaps.isEmpty()) {
        int matched = int(w->m_options.mapping.size());
        status->setText(matched == 1
                ? ImportWizard::tr("1 column will be imported. Columns not chosen here are left out.")
                : ImportWizard::tr("%1 columns will be imported. Columns not chosen here are left out.").arg(matched));
        setFeedbackColour(status, Feedback::Good);
        return true;
    }
    status->setText(ImportWizard::tr("To go on, choose a column for: %1. If your file does not have it, add it to "
                                     "the spreadsheet, save it, and choose the file again.")
                        .arg(gaps.join(ImportWizard::tr(", "))));
    setFeedbackColour(status, Feedback::Problem);
    return false;
}

// --- Check ------------------------------------------------------------------------------------------

class ImportCheckPage : public QWizardPage
{
public:
    explicit ImportCheckPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    void runCheck(bool reread);
    void showCheck();
    void updateStatus();
    void saveProblems();
    int undecided() const;

    ImportWizard* w;
    WrappingLabel* summary;
    QProgressBar* progress;
    QPushButton* cancelButton;
    QTableView* problems;
    QStandardItemModel* problemModel;
    QPushButton* saveButton;
    QLabel* problemsLabel;
    QLabel* duplicatesLabel;
    QTableWidget* duplicates;
    QComboBox* allChoice;
    QPushButton* applyAllButton;
    QPushButton* againButton;
    WrappingLabel* status;
    bool cancelRequested = false;
    bool pending = false;
};

ImportCheckPage::ImportCheckPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , w(wizard)
{
    setTitle(ImportWizard::tr("Check the rows"));
    setSubTitle(ImportWizard::tr("Alongside reads every row and lists anything it cannot take. Nothing is saved in "
                                 "this step."));
    summary = new WrappingLabel(QString(), this);
    summary->setObjectName(QStringLiteral("checkSummary"));
    progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("checkProgress"));
    progress->setAccessibleName(ImportWizard::tr("Checking progress"));
    cancelButton = new QPushButton(ImportWizard::tr("Cancel the Check"), this);
    cancelButton->setObjectName(QStringLiteral("cancelCheckButton"));
    cancelButton->setAccessibleName(ImportWizard::tr("Cancel the check"));

    problemModel = new QStandardItemModel(0, 3, this);
    problemModel->setHorizontalHeaderLabels(
        { ImportWizard::tr("Row"), ImportWizard::tr("Column"), ImportWizard::tr("Problem") });
    problemModel->setSortRole(kSortRole);
    problems = makeTable(this, QStringLiteral("problemTable"), ImportWizard::tr("Problems found in the file"));
    problems->setModel(problemModel);
    problems->setWordWrap(true);
    problems->setSortingEnabled(true);
    problems->sortByColumn(0, Qt::AscendingOrder);
    problems->horizontalHeader()->setStretchLastSection(true);
    problems->horizontalHeader()->resizeSection(0, 60);
    problems->horizontalHeader()->resizeSection(1, 150);
    problems->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    problemsLabel = buddyLabel(ImportWizard::tr("&Problems to fix in the spreadsheet:"), problems, this);
    saveButton = new QPushButton(ImportWizard::tr("&Save Problem List…"), this);
    saveButton->setObjectName(QStringLiteral("saveProblemsButton"));
    saveButton->setAccessibleName(ImportWizard::tr("Save the problem list as a CSV file"));

    duplicates = new QTableWidget(0, 5, this);
    duplicates->setObjectName(QStringLiteral("duplicateTable"));
    duplicates->setAccessibleName(ImportWizard::tr("Rows that may be someone already on file"));
    duplicates->setHorizontalHeaderLabels({ ImportWizard::tr("Row"), ImportWizard::tr("In your file"),
        ImportWizard::tr("Looks like"), ImportWizard::tr("Why"), ImportWizard::tr("What to do") });
    duplicates->verticalHeader()->hide();
    duplicates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    duplicates->setWordWrap(true);
    duplicates->setTabKeyNavigation(false);
    duplicates->horizontalHeader()->resizeSection(0, 50);
    duplicates->horizontalHeader()->resizeSection(1, 170);
    duplicates->horizontalHeader()->resizeSection(2, 200);
    duplicates->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    duplicates->horizontalHeader()->resizeSection(4, 230);
    duplicates->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    duplicatesLabel = buddyLabel(ImportWizard::tr("Possible &duplicates:"), duplicates, this);
    allChoice = new QComboBox(this);
    allChoice->setObjectName(QStringLiteral("allDuplicatesChoice"));
    allChoice->setAccessibleName(ImportWizard::tr("Choice for every possible duplicate"));
    fillChoices(allChoice, true);
    applyAllButton = new QPushButton(ImportWizard::tr("&Apply to All"), this);
    applyAllButton->setObjectName(QStringLiteral("applyAllButton"));
    applyAllButton->setAccessibleName(ImportWizard::tr("Apply this choice to every possible duplicate"));
    applyAllButton->setToolTip(ImportWizard::tr("A row with the same reference as someone on file cannot be added "
                                                "as a new person: \"Add as a new person\" leaves such rows as they "
                                                "are."));
    applyAllButton->setEnabled(false);

    againButton = new QPushButton(ImportWizard::tr("Check A&gain"), this);
    againButton->setObjectName(QStringLiteral("checkAgainButton"));
    againButton->setAccessibleName(ImportWizard::tr("Read the file again and check it"));
    againButton->setToolTip(ImportWizard::tr("After fixing the spreadsheet and saving it, read it again."));
    status = new WrappingLabel(QString(), this);
    status->setObjectName(QStringLiteral("checkStatus"));

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(progress, 1);
    progressRow->addWidget(cancelButton);
    auto* problemRow = new QHBoxLayout;
    problemRow->addWidget(problemsLabel, 1);
    problemRow->addWidget(saveButton);
    auto* dupRow = new QHBoxLayout;
    dupRow->addWidget(duplicatesLabel, 1);
    dupRow->addWidget(allChoice);
    dupRow->addWidget(applyAllButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(status, 1);
    bottom->addWidget(againButton, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(progressRow);
    layout->addLayout(problemRow);
    layout->addWidget(problems, 3);
    layout->addLayout(dupRow);
    layout->addWidget(duplicates, 2);
    layout->addLayout(bottom);

    connect(cancelButton, &QPushButton::clicked, this, [this] { cancelRequested = true; });
    connect(saveButton, &QPushButton::clicked, this, [this] { saveProblems(); });
    connect(againButton, &QPushButton::clicked, this, [this] { runCheck(true); });
    connect(allChoice, &QComboBox::currentIndexChanged, this, [this] {
        applyAllButton->setEnabled(DuplicateChoice(allChoice->currentData().toInt()) != DuplicateChoice::Ask);
    });
    connect(applyAllButton, &QPushButton::clicked, this, [this] {
        const int choice = allChoice->currentData().toInt();
        for (int r = 0; r < duplicates->rowCount(); ++r) {
            auto* combo = qobject_cast<QComboBox*>(duplicates->cellWidget(r, 4));
            const int index = combo ? combo->findData(choice) : -1;
            if (index >= 0) { // a choice a row does not offer (a new person, for a same reference) leaves it be
                combo->setCurrentIndex(index);
            }
        }
    });
}

void ImportCheckPage::initializePage()
{
    // Start once the page is on screen, so the progress bar is seen.
    pending = true;
    w->m_check.reset();
    problemModel->removeRows(0, problemModel->rowCount());
    duplicates->setRowCount(0);
    summary->setText(ImportWizard::tr("Checking…"));
    status->clear();
    QTimer::singleShot(0, this, [this] {
        if (pending && w->currentPage() == this) {
            runCheck(false);
        }
    });
}

void ImportCheckPage::runCheck(bool reread)
{
    pending = false;
    if (w->m_busy) {
        return;
    }
    if (reread) {
        const QStringList headersBefore = w->m_table.headers;
        QString problem;
        if (!w->readAgain(&problem)) {
            w->m_check.reset();
            summary->setText(ImportWizard::tr("The file could not be read again: %1").arg(problem));
            showCheck();
            return;
        }
        if (w->m_table.headers != headersBefore) {
            // The columns moved: match them again rather than read the wrong ones.
            w->m_columnsBuiltFor.clear();
            w->m_options.mapping = core::dataio::Importer::autoMatch(w->m_fields, w->m_table.headers);
            prompts::information(this, ImportWizard::tr("The Columns Have Changed"),
                ImportWizard::tr("The file's column headings are not what they were, so Alongside has matched them "
                                 "again. Go Back to the columns step to check the matches."));
        }
    }
    cancelRequested = false;
    progress->setValue(0);
    progress->show();
    cancelButton->show();
    cancelButton->setFocus();
    summary->setText(ImportWizard::tr("Checking %1…").arg(rowsText(int(w->m_table.rows.size()))));
    w->setBusy(true);
    auto result
        = w->m_importer.check(w->m_actor, w->m_table, w->m_options, w->busyProgress(progress, &cancelRequested));
    w->setBusy(false);
    if (!result) {
        w->m_check.reset();
        if (result.error().code == core::Error::Code::Cancelled || cancelRequested) {
            summary->setText(ImportWizard::tr("The check was cancelled. Choose Check Again to run it."));
        } else {
            summary->setText(ImportWizard::tr("The file could not be checked: %1").arg(result.error().message));
        }
    } else {
        w->m_check = result.value();
    }
    showCheck();
}

void ImportCheckPage::showCheck()
{
    progress->hide();
    cancelButton->hide();
    problemModel->removeRows(0, problemModel->rowCount());
    duplicates->setRowCount(0);
    const bool have = w->m_check.has_value();
    saveButton->setEnabled(have && !w->m_check->problems.isEmpty());
    if (!have) {
        problemsLabel->setText(ImportWizard::tr("&Problems to fix in the spreadsheet:"));
        updateStatus();
        return;
    }
    const ImportCheck& c = *w->m_check;

    problems->setSortingEnabled(false);
    for (const core::dataio::ImportProblem& p : c.problems) {
        auto* row = new QStandardItem(p.line > 0 ? QString::number(p.line) : ImportWizard::tr("whole file"));
        row->setData(p.line, kSortRole);
        row->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* column = new QStandardItem(p.column);
        column->setData(p.column, kSortRole);
        auto* message = new QStandardItem(p.message);
        message->setData(p.message, kSortRole);
        message->setToolTip(p.message);
        problemModel->appendRow({ row, column, message });
    }
    problems->setSortingEnabled(true);
    problems->resizeRowsToContents();
    problemsLabel->setText(c.problems.isEmpty()
            ? ImportWizard::tr("&Problems to fix in the spreadsheet: none.")
            : ImportWizard::tr("&Problems to fix in the spreadsheet (%1):").arg(c.problems.size()));
    problems->setVisible(!c.problems.isEmpty());
    saveButton->setVisible(!c.problems.isEmpty());

    duplicates->setRowCount(int(c.duplicates.size()));
    for (int i = 0; i < c.duplicates.size(); ++i) {
        const core::dataio::PossibleDuplicate& d = c.duplicates.at(i);
        auto* line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, d.line);
        duplicates->setItem(i, 0, line);
        duplicates->setItem(i, 1, new QTableWidgetItem(d.incoming));
        duplicates->setItem(i, 2, new QTableWidgetItem(d.existing));
        duplicates->setItem(i, 3, new QTableWidgetItem(d.reason));
        auto* combo = new QComboBox(duplicates);
        combo->setObjectName(QStringLiteral("duplicateChoice_%1").arg(d.line));
        combo->setAccessibleName(ImportWizard::tr("What to do with row %1").arg(d.line));
        fillChoices(combo, !d.sameReference);
        if (d.sameReference) {
            combo->setToolTip(ImportWizard::tr("References are unique: this row is the person with that reference, "
                                               "or a mistake to skip or correct in the spreadsheet."));
        }
        DuplicateChoice chosen = w->m_options.duplicateChoices.value(d.line, w->m_options.duplicateDefault);
        if (combo->findData(int(chosen)) < 0) { // a new person, for a same reference: not offered
            chosen = DuplicateChoice::Ask;
            w->m_options.duplicateChoices.insert(d.line, chosen);
        }
        combo->setCurrentIndex(combo->findData(int(chosen)));
        const int lineNo = d.line;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, lineNo] {
            w->m_options.duplicateChoices.insert(lineNo, DuplicateChoice(combo->currentData().toInt()));
            updateStatus();
        });
        duplicates->setCellWidget(i, 4, combo);
    }
    duplicates->resizeRowsToContents();
    const bool anyDuplicates = !c.duplicates.isEmpty();
    duplicatesLabel->setText(anyDuplicates
            ? ImportWizard::tr("Possible &duplicates (%1): decide for each row.").arg(c.duplicates.size())
            : ImportWizard::tr("Possible &duplicates: none."));
    duplicates->setVisible(anyDuplicates);
    allChoice->setVisible(anyDuplicates);
    allChoice->setCurrentIndex(0);
    applyAllButton->setVisible(anyDuplicates);
    updateStatus();
}

int ImportCheckPage::undecided() const
{
    if (!w->m_check) {
        return 0;
    }
    int n = 0;
    for (const core::dataio::PossibleDuplicate& d : w->m_check->duplicates) {
        if (w->m_options.duplicateChoices.value(d.line, w->m_options.duplicateDefault) == DuplicateChoice::Ask) {
            ++n;
        }
    }
    return n;
}

void ImportCheckPage::updateStatus()
{
    int skipped = 0; // duplicates the user chose to leave out
    if (w->m_check) {
        w->m_check->undecided = undecided();
        // Every row read is counted once: ready, waiting for a decision on a possible duplicate, to be
        // skipped (a duplicate so decided), or with problems (a row may have several).
        const ImportCheck& c = *w->m_check;
        const int waiting = c.undecided;
        for (const core::dataio::PossibleDuplicate& d : c.duplicates) {
            if (w->m_options.duplicateChoices.value(d.line, w->m_options.duplicateDefault) == DuplicateChoice::Skip) {
                ++skipped;
            }
        }
        const int ready = c.rowsReady - waiting - skipped;
        const int withProblems = c.rowsRead - c.rowsReady;
        QStringList parts;
        parts << ImportWizard::tr("%1 ready").arg(ready);
        if (waiting > 0) {
            parts << ImportWizard::tr("%1 waiting for your decision").arg(waiting);
        }
        if (skipped > 0) {
            parts << ImportWizard::tr("%1 to skip").arg(skipped);
        }
        if (withProblems > 0) {
            parts << ImportWizard::tr("%1 with problems").arg(withProblems);
        }
        QString text = c.rowsRead == 1
            ? ImportWizard::tr("1 row read: %1.").arg(parts.join(QStringLiteral(", ")))
            : ImportWizard::tr("%1 rows read: %2.").arg(c.rowsRead).arg(parts.join(QStringLiteral(", ")));
        if (withProblems == 0 && !c.problems.isEmpty()) {
            text += QLatin1Char(' ')
                + ImportWizard::tr("%1 about the file as a whole.").arg(problemsText(int(c.problems.size())));
        }
        summary->setText(text);
    }
    if (!w->m_check) {
        status->setText(ImportWizard::tr("Not checked yet: nothing can be imported until the check has run."));
        setFeedbackColour(status, Feedback::Problem);
    } else if (!w->m_check->problems.isEmpty()) {
        status->setText(ImportWizard::tr("Import is not possible yet: fix the %1 in the spreadsheet (Save Problem "
                                         "List gives you the list), save it, then choose Check Again.")
                            .arg(problemsText(int(w->m_check->problems.size()))));
        setFeedbackColour(status, Feedback::Problem);
    } else if (w->m_check->undecided > 0) {
        status->setText(ImportWizard::tr("Import is not possible yet: choose what to do for %1.")
                            .arg(duplicatesText(w->m_check->undecided)));
        setFeedbackColour(status, Feedback::Problem);
    } else {
        status->setText(ImportWizard::tr("No problems: %1 ready to import. Choose Next.")
                            .arg(rowsText(w->m_check->rowsReady - skipped)));
        setFeedbackColour(status, Feedback::Good);
    }
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return !w->m_busy && w->m_check.has_value() && w->m_check->canImport();
}

void ImportCheckPage::saveProblems()
{
    if (!w->m_check) {
        return;
    }
    const QFileInfo source(w->m_path);
    const QString suggested
        = source.absoluteDir().filePath(ImportWizard::tr("%1 - problems.csv").arg(source.completeBaseName()));
    const QString path = prompts::saveFileName(
        this, ImportWizard::tr("Save the Problem List"), suggested, ImportWizard::tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QList<QStringList> rows;
    rows.append({ ImportWizard::tr("Row"), ImportWizard::tr("Column"), ImportWizard::tr("Problem") });
    for (int r = 0; r < problemModel->rowCount(); ++r) {
        rows.append(
            { problemModel->item(r, 0)->text(), problemModel->item(r, 1)->text(), problemModel->item(r, 2)->text() });
    }
    if (core::Status s = core::csv::saveFile(path, core::csv::write(rows)); !s) {
        prompts::warning(this, ImportWizard::tr("Could Not Save the List"),
            ImportWizard::tr("The problem list was not saved as %1. %2")
                .arg(QDir::toNativeSeparators(path), s.message()));
        return;
    }
    status->setText(ImportWizard::tr("The problem list is saved as %1.").arg(QDir::toNativeSeparators(path))
        + QLatin1Char(' ') + status->text());
}

// --- Import -----------------------------------------------------------------------------------------

class ImportRunPage : public QWizardPage
{
public:
    explicit ImportRunPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    void run(bool dryRun);

    ImportWizard* w;
    WrappingLabel* intro;
    QPushButton* dryRunButton;
    QPushButton* importButton;
    QProgressBar* progress;
    QPushButton* cancelButton;
    WrappingLabel* result;
    bool cancelRequested = false;
};

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , w(wizard)
{
    setTitle(ImportWizard::tr("Import"));
    setSubTitle(ImportWizard::tr("The whole file goes in together, or nothing does: if anything stops the import, the "
                                 "database is left exactly as it was."));
    intro = new WrappingLabel(QString(), this);
    intro->setObjectName(QStringLiteral("importIntro"));
    dryRunButton = new QPushButton(ImportWizard::tr("&Try It First (Dry Run)"), this);
    dryRunButton->setObjectName(QStringLiteral("dryRunButton"));
    dryRunButton->setAccessibleName(ImportWizard::tr("Try the import without saving anything"));
    importButton = new QPushButton(ImportWizard::tr("&Import"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setAccessibleName(ImportWizard::tr("Import the file into the database"));
    progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setAccessibleName(ImportWizard::tr("Import progress"));
    cancelButton = new QPushButton(ImportWizard::tr("Cancel the Import"), this);
    cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    cancelButton->setAccessibleName(ImportWizard::tr("Cancel the import"));
    result = new WrappingLabel(QString(), this);
    result->setObjectName(QStringLiteral("importResult"));
    result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(dryRunButton);
    buttons->addWidget(importButton);
    buttons->addStretch(1);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(progress, 1);
    progressRow->addWidget(cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addLayout(progressRow);
    layout->addSpacing(8);
    layout->addWidget(result);
    layout->addStretch(1);
    setFinalPage(true);

    connect(dryRunButton, &QPushButton::clicked, this, [this] { run(true); });
    connect(importButton, &QPushButton::clicked, this, [this] { run(false); });
    connect(cancelButton, &QPushButton::clicked, this, [this] { cancelRequested = true; });
}

void ImportRunPage::initializePage()
{
    const int ready = w->m_check ? w->m_check->rowsReady : 0;
    int skipped = 0;
    if (w->m_check) {
        for (const core::dataio::PossibleDuplicate& d : w->m_check->duplicates) {
            if (w->m_options.duplicateChoices.value(d.line, w->m_options.duplicateDefault) == DuplicateChoice::Skip) {
                ++skipped;
            }
        }
    }
    QString text = ImportWizard::tr("%1 of \"%2\" will be imported as %3.")
                       .arg(rowsText(ready - skipped), QFileInfo(w->m_path).fileName(),
                           core::dataio::kindInfo(w->m_options.kind).name.toLower());
    if (skipped > 0) {
        text += QLatin1Char(' ') + ImportWizard::tr("%1 left out as you chose.").arg(rowsText(skipped));
    }
    text += QLatin1Char(' ')
        + ImportWizard::tr("Try it first to see what would be created without saving anything, then Import.");
    intro->setText(text);
    progress->hide();
    cancelButton->hide();
    result->clear();
    dryRunButton->setEnabled(true);
    importButton->setEnabled(true);
}

bool ImportRunPage::isComplete() const
{
    // Finish only once the file is in: before that, Finish could be taken for "import". Cancel leaves.
    return !w->m_busy && w->m_importedForReal;
}

void ImportRunPage::run(bool dryRun)
{
    if (w->m_busy) {
        return;
    }
    cancelRequested = false;
    result->clear();
    progress->setValue(0);
    progress->show();
    cancelButton->show();
    cancelButton->setFocus();
    dryRunButton->setEnabled(false);
    importButton->setEnabled(false);
    w->setBusy(true);
    auto done
        = w->m_importer.run(w->m_actor, w->m_table, w->m_options, dryRun, w->busyProgress(progress, &cancelRequested));
    w->setBusy(false);
    progress->hide();
    cancelButton->hide();
    if (!done) {
        const bool cancelled = done.error().code == core::Error::Code::Cancelled || cancelRequested;
        result->setText(cancelled ? ImportWizard::tr("Cancelled. Nothing was saved: the database is exactly as it was.")
                                  : ImportWizard::tr("The import did not happen. %1 The database is exactly as it was.")
                                        .arg(done.error().message));
        setFeedbackColour(result, Feedback::Problem);
        dryRunButton->setEnabled(true);
        importButton->setEnabled(true);
        importButton->setFocus();
        emit completeChanged();
        return;
    }
    const core::dataio::ImportResult& r = done.value();
    w->m_result = r;
    QStringList parts;
    for (const auto& [what, count] : r.created) {
        parts.append(ImportWizard::tr("%1 %2").arg(count).arg(what));
    }
    const QString created = parts.isEmpty() ? ImportWizard::tr("nothing new") : parts.join(ImportWizard::tr(", "));
    QString text = r.dryRun
        ? ImportWizard::tr("Dry run: %1 would be imported, creating %2. Nothing was saved: choose Import to bring "
                           "them in.")
              .arg(rowsText(r.rowsImported), created)
        : ImportWizard::tr("Imported %1: %2.").arg(rowsText(r.rowsImported), created);
    if (r.rowsSkipped > 0) {
        text += QLatin1Char(' ')
            + (r.dryRun ? ImportWizard::tr("%1 would be left out as you chose.").arg(rowsText(r.rowsSkipped))
                        : ImportWizard::tr("%1 left out as you chose.").arg(rowsText(r.rowsSkipped)));
    }
    if (!r.dryRun) {
        text += QLatin1Char(' ') + ImportWizard::tr("Choose Finish to close this window.");
    }
    result->setText(text);
    setFeedbackColour(result, Feedback::Good);
    if (r.dryRun) {
        dryRunButton->setEnabled(true);
        importButton->setEnabled(true);
        importButton->setFocus();
    } else {
        // Imported: going back and importing again would bring the same rows in twice.
        w->m_importedForReal = true;
        intro->setText(ImportWizard::tr("\"%1\" has been imported.").arg(QFileInfo(w->m_path).fileName()));
        dryRunButton->hide();
        importButton->hide();
        w->setOption(QWizard::NoBackButtonOnLastPage, true);
        w->setOption(QWizard::NoCancelButton, true);
        emit w->imported();
        if (QAbstractButton* finish = w->button(QWizard::FinishButton)) {
            finish->setFocus();
        }
    }
    emit completeChanged();
}

// --- The wizard -------------------------------------------------------------------------------------

ImportWizard::ImportWizard(core::Database& db, const core::Actor& actor, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
    , m_actor(actor)
    , m_importer(db)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from a Spreadsheet"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setPage(FilePage, new ImportFilePage(this));
    setPage(ColumnsPage, new ImportColumnsPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    setPage(ImportPage, new ImportRunPage(this));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    resize(900, 650);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::openFile(const QString& path)
{
    m_path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    m_readOptions = core::dataio::ReadOptions();
    m_check.reset();
    m_result.reset();
    QString problem;
    const bool ok = readAgain(&problem);
    auto* page = static_cast<ImportFilePage*>(this->page(FilePage));
    if (!ok) {
        prompts::warning(this, tr("Could Not Read the File"), problem);
    }
    page->showTable();
    return ok;
}

void ImportWizard::setKind(core::dataio::ImportKind kind, const QString& measureId)
{
    auto* page = static_cast<ImportFilePage*>(this->page(FilePage));
    if (!measureId.isEmpty()) {
        page->fillMeasures();
        const int at = page->measureCombo->findData(measureId);
        if (at >= 0) {
            page->measureCombo->setCurrentIndex(at);
        }
        m_options.measureId = measureId;
    }
    page->kindCombo->setCurrentIndex(page->kindCombo->findData(int(kind)));
}

bool ImportWizard::readAgain(QString* problem)
{
    auto read = core::dataio::readFile(m_path, m_readOptions);
    if (!read) {
        m_haveTable = false;
        m_table = core::dataio::SourceTable();
        *problem = read.error().message;
        return false;
    }
    m_table = read.value();
    m_haveTable = true;
    return true;
}

bool ImportWizard::loadFields(QString* problem)
{
    auto fields = m_importer.fields(m_options.kind, m_options.measureId);
    if (!fields) {
        *problem = fields.error().message;
        return false;
    }
    m_fields = fields.value();
    return true;
}

core::dataio::ImportProgress ImportWizard::busyProgress(QProgressBar* bar, bool* cancelRequested)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [bar, cancelRequested, timer](int done, int total) {
        // Paint and take clicks (Cancel) now and then: often enough to feel alive, rarely enough to be fast.
        if (timer->elapsed() >= 40 || done == total) {
            bar->setMaximum(std::max(1, total));
            bar->setValue(std::clamp(done, 0, std::max(1, total)));
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            timer->restart();
        }
        return !*cancelRequested;
    };
}

void ImportWizard::setBusy(bool busy)
{
    m_busy = busy;
    // QWizard sets its buttons again when a page's completeness changes: ask first, then hold them.
    if (auto* p = currentPage()) {
        emit p->completeChanged();
    }
    for (QWizard::WizardButton b :
        { QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton, QWizard::FinishButton }) {
        if (QAbstractButton* button = this->button(b)) {
            button->setEnabled(!busy);
        }
    }
    if (!busy && currentPage()) {
        emit currentPage()->completeChanged();
    }
}

void ImportWizard::reject()
{
    if (m_busy) {
        return; // Cancel beside the progress bar stops the work; the window stays until it has.
    }
    QWizard::reject();
}

} // namespace alongside::ui
