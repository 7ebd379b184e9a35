#include "questionnaireeditor.h"

#include "core/measures/measureservice.h"
#include "ui/common/feedback.h"
#include "ui/common/wrappinglabel.h"
#include "ui/measures/bandseditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

constexpr int kMaxText = 300;
constexpr int kValueColumn = 0;
constexpr int kWordsColumn = 1;
constexpr int kQuestionsTab = 0;
constexpr int kScoringTab = 1;

QList<std::pair<QString, QString>> preset(int which)
{
    QList<std::pair<QString, QString>> out;
    auto add = [&out](int value, const QString& words) { out.append({ QString::number(value), words }); };
    switch (which) {
    case 0:
        add(1, QuestionnaireEditor::tr("Strongly disagree"));
        add(2, QuestionnaireEditor::tr("Disagree"));
        add(3, QuestionnaireEditor::tr("Neither agree nor disagree"));
        add(4, QuestionnaireEditor::tr("Agree"));
        add(5, QuestionnaireEditor::tr("Strongly agree"));
        break;
    case 1:
        add(0, QuestionnaireEditor::tr("Not at all"));
        add(1, QuestionnaireEditor::tr("A little"));
        add(2, QuestionnaireEditor::tr("Quite a lot"));
        add(3, QuestionnaireEditor::tr("Very much"));
        break;
    default:
        add(0, QuestionnaireEditor::tr("0 (not at all)"));
        for (int i = 1; i < 10; ++i) {
            add(i, QString::number(i));
        }
        add(10, QuestionnaireEditor::tr("10 (completely)"));
        break;
    }
    return out;
}

QList<core::ResponseOption> yesNoNa()
{
    core::ResponseOption yes;
    yes.value = 1;
    yes.label = QuestionnaireEditor::tr("Yes");
    core::ResponseOption no;
    no.value = 0;
    no.label = QuestionnaireEditor::tr("No");
    core::ResponseOption na;
    na.value = 9;
    na.label = QuestionnaireEditor::tr("Not applicable");
    na.scored = false;
    return { yes, no, na };
}

QString kindWords(core::ItemKind kind)
{
    switch (kind) {
    case core::ItemKind::YesNoNa:
        return QuestionnaireEditor::tr("Yes / No / Not applicable");
    case core::ItemKind::Likert:
        return QuestionnaireEditor::tr("Scale");
    case core::ItemKind::FreeText:
        return QuestionnaireEditor::tr("Written answer");
    }
    return {};
}

QString slug(const QString& title)
{
    QString id = title.normalized(QString::NormalizationForm_KD).toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    id.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (id.size() > 40) {
        id = id.left(40);
        id.remove(QRegularExpression(QStringLiteral("-+$")));
    }
    return id.isEmpty() ? QStringLiteral("questionnaire") : id;
}

QPushButton* button(const QString& text, const char* name, const QString& accessible, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(accessible);
    b->setAutoDefault(false);
    return b;
}

} // namespace

QuestionnaireEditor::QuestionnaireEditor(core::Database& db, const core::Actor& actor,
    const std::optional<core::MeasureDefinition>& existing, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_existing(existing)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("questionnaireEditor"));
    setWindowTitle(m_existing ? tr("Edit Questionnaire: %1").arg(m_existing->shortTitle) : tr("New Questionnaire"));

    // The ids in use, so a new questionnaire never becomes a new version of another one.
    auto all = core::MeasureService(m_db).definitions(m_actor);
    if (all) {
        for (const core::KnownMeasure& k : all.value()) {
            m_takenIds << k.definition.id;
        }
    } else {
        m_loadProblem = all.message();
    }

    auto* note = new WrappingLabel(m_existing
            ? tr("You are changing version %1. Saving makes version %2: answers already recorded keep version %1 "
                 "and its questions, so they keep their meaning; new responses use version %2.")
                  .arg(m_existing->version)
                  .arg(m_existing->version + 1)
            : tr("Type a title and the questions. Each question is answered Yes, No or Not applicable unless you "
                 "choose otherwise. If you change the questionnaire later, Alongside keeps every version, so "
                 "answers already recorded keep their meaning."),
        this);
    note->setObjectName(QStringLiteral("versionNote"));

    m_tabs->setObjectName(QStringLiteral("questionnaireTabs"));
    m_tabs->setAccessibleName(tr("Questionnaire"));
    m_tabs->addTab(makeQuestionsTab(), tr("&Questions"));
    m_tabs->addTab(makeScoringTab(), tr("Sc&oring"));

    m_feedback = new WrappingLabel(QString(), this);
    m_feedback->setObjectName(QStringLiteral("editorFeedbackLabel"));
    m_feedback->setAccessibleName(tr("Message"));
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveQuestionnaireButton"));
    save->setText(m_existing ? tr("&Save as Version %1").arg(m_existing->version + 1) : tr("&Save Questionnaire"));
    save->setAccessibleName(tr("Save the questionnaire"));
    save->setAutoDefault(false);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel without saving"));
    cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuestionnaireEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);

    m_loading = true;
    if (m_existing) {
        const core::MeasureDefinition& d = *m_existing;
        m_title->setText(d.title);
        m_shortTitle->setText(d.shortTitle);
        m_recall->setText(d.recallPeriod);
        m_notes->setPlainText(d.notes);
        for (const core::MeasureItem& item : d.items) {
            Draft draft;
            draft.text = item.text;
            draft.kind = item.kind;
            draft.original = item;
            if (item.kind == core::ItemKind::Likert) {
                for (const core::ResponseOption& o : item.options) {
                    draft.scale.append({ QString::number(o.value), o.label });
                }
            }
            m_drafts << draft;
        }
        m_scoring->setCurrentIndex(
            m_scoring->findData(d.hasTotal() ? int(core::ScoringMethod::Sum) : int(core::ScoringMethod::None)));
        m_direction->setCurrentIndex(d.higherIsBetter ? 0 : 1);
        m_bands->setBands(d.bands);
        if (d.missing.kind == core::MissingRule::Kind::Prorate) {
            m_missing->setCurrentIndex(1);
            m_maxMissing->setValue(d.missing.maxMissing);
        }
    } else {
        m_drafts << Draft {};
    }
    for (int i = 0; i < m_drafts.size(); ++i) {
        m_items->addItem(QString());
        refreshItemRow(i);
    }
    m_loading = false;
    m_items->setCurrentRow(0);
    updateId();
    updateScoring();
    resize(QSize(860, 680).expandedTo(layout->sizeHint()));
    if (!m_loadProblem.isEmpty()) {
        showProblem(m_loadProblem);
    }
    m_title->setFocus();
}

QWidget* QuestionnaireEditor::makeQuestionsTab()
{
    auto* page = new QWidget(this);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(kMaxText);
    m_title->setPlaceholderText(tr("For example: Exit questionnaire"));
    m_shortTitle = new QLineEdit(page);
    m_shortTitle->setObjectName(QStringLiteral("shortTitleEdit"));
    m_shortTitle->setAccessibleName(tr("Short title"));
    m_shortTitle->setMaxLength(60);
    m_shortTitle->setPlaceholderText(tr("Shown on charts and lists; the title if left empty"));
    m_id = new QLabel(page);
    m_id->setObjectName(QStringLiteral("idLabel"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recall = new QLineEdit(page);
    m_recall->setObjectName(QStringLiteral("recallEdit"));
    m_recall->setAccessibleName(tr("Time the questions ask about"));
    m_recall->setMaxLength(100);
    m_recall->setPlaceholderText(tr("Optional: the time the questions ask about, for example the last 2 weeks"));
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Optional: what the questionnaire is for, when to use it"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    connect(m_title, &QLineEdit::textChanged, this, &QuestionnaireEditor::updateId);
    // A message about what was wrong goes once the person starts putting it right; saving checks again.
    connect(m_title, &QLineEdit::textEdited, m_feedback, &QWidget::hide);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&hort title:"), m_shortTitle);
    form->addRow(tr("Kept in records as:"), m_id);
    form->addRow(tr("&Period asked about:"), m_recall);
    form->addRow(tr("&Notes:"), m_notes);

    m_items = new QListWidget(page);
    m_items->setObjectName(QStringLiteral("itemsList"));
    m_items->setAccessibleName(tr("Questions"));
    m_items->setWordWrap(true);
    connect(m_items, &QListWidget::currentRowChanged, this, &QuestionnaireEditor::loadDraft);
    auto* itemsLabel = new QLabel(tr("&List of questions, in order:"), page);
    itemsLabel->setBuddy(m_items);
    m_addItem = button(tr("&Add Question"), "addItemButton", tr("Add a question"), page);
    m_removeItem = button(tr("&Remove Question"), "removeItemButton", tr("Remove the chosen question"), page);
    m_upItem = button(tr("Move &Up"), "moveUpButton", tr("Move the chosen question up"), page);
    m_downItem = button(tr("Move &Down"), "moveDownButton", tr("Move the chosen question down"), page);
    connect(m_addItem, &QPushButton::clicked, this, &QuestionnaireEditor::addItem);
    connect(m_removeItem, &QPushButton::clicked, this, &QuestionnaireEditor::removeItem);
    connect(m_upItem, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(m_downItem, &QPushButton::clicked, this, [this] { moveItem(1); });
    auto* itemButtons = new QHBoxLayout;
    for (QPushButton* b : { m_addItem, m_removeItem, m_upItem, m_downItem }) {
        itemButtons->addWidget(b);
    }
    itemButtons->addStretch(1);
    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(itemsLabel);
    listColumn->addWidget(m_items, 1);
    listColumn->addLayout(itemButtons);

    auto* itemBox = new QGroupBox(tr("The chosen question"), page);
    m_itemText = new QLineEdit(itemBox);
    m_itemText->setObjectName(QStringLiteral("itemTextEdit"));
    m_itemText->setAccessibleName(tr("Question wording"));
    m_itemText->setMaxLength(kMaxText);
    m_itemText->setPlaceholderText(tr("For example: Did you feel listened to?"));
    connect(m_itemText, &QLineEdit::textEdited, m_feedback, &QWidget::hide);
    connect(m_itemText, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int row = m_items->currentRow();
        if (row >= 0 && row < m_drafts.size()) {
            m_drafts[row].text = text;
            refreshItemRow(row);
        }
    });
    m_itemKind = new QComboBox(itemBox);
    m_itemKind->setObjectName(QStringLiteral("itemKindCombo"));
    m_itemKind->setAccessibleName(tr("How it is answered"));
    m_itemKind->addItem(tr("Yes / No / Not applicable"), int(core::ItemKind::YesNoNa));
    m_itemKind->addItem(tr("Scale (choose one of a list of numbered answers)"), int(core::ItemKind::Likert));
    m_itemKind->addItem(tr("Written answer (free text)"), int(core::ItemKind::FreeText));
    connect(m_itemKind, &QComboBox::currentIndexChanged, this, &QuestionnaireEditor::kindChanged);

    m_scaleBox = new QWidget(itemBox);
    m_scale = new QTableWidget(0, 2, m_scaleBox);
    m_scale->setObjectName(QStringLiteral("scaleTable"));
    m_scale->setAccessibleName(tr("Answers on the scale"));
    m_scale->setAccessibleDescription(tr("One row for each answer: the number recorded and the words shown."));
    m_scale->setHorizontalHeaderLabels({ tr("Number"), tr("Words shown") });
    m_scale->horizontalHeader()->setSectionResizeMode(kValueColumn, QHeaderView::ResizeToContents);
    m_scale->horizontalHeader()->setSectionResizeMode(kWordsColumn, QHeaderView::Stretch);
    m_scale->verticalHeader()->setVisible(false);
    m_scale->setTabKeyNavigation(false);
    m_scale->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scale->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_scale, &QTableWidget::itemChanged, this, &QuestionnaireEditor::scaleEdited);
    auto* scaleLabel = new QLabel(tr("Ans&wers on the scale:"), m_scaleBox);
    scaleLabel->setBuddy(m_scale);
    m_preset = new QComboBox(m_scaleBox);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->setAccessibleName(tr("Fill in a ready-made scale"));
    m_preset->addItem(tr("Fill in a ready-made scale…"));
    m_preset->addItem(tr("1 to 5: Strongly disagree … Strongly agree"));
    m_preset->addItem(tr("0 to 3: Not at all … Very much"));
    m_preset->addItem(tr("0 to 10"));
    connect(m_preset, &QComboBox::activated, this, &QuestionnaireEditor::applyPreset);
    m_addAnswer = button(tr("Add Answ&er"), "addAnswerButton", tr("Add an answer to the scale"), m_scaleBox);
    m_removeAnswer = button(tr("Remo&ve Answer"), "removeAnswerButton", tr("Remove the chosen answer"), m_scaleBox);
    connect(m_addAnswer, &QPushButton::clicked, this, &QuestionnaireEditor::addScaleAnswer);
    connect(m_removeAnswer, &QPushButton::clicked, this, &QuestionnaireEditor::removeScaleAnswer);
    auto* scaleButtons = new QHBoxLayout;
    scaleButtons->addWidget(m_preset, 1);
    scaleButtons->addWidget(m_addAnswer);
    scaleButtons->addWidget(m_removeAnswer);
    auto* scaleLayout = new QVBoxLayout(m_scaleBox);
    scaleLayout->setContentsMargins(0, 0, 0, 0);
    scaleLayout->addWidget(scaleLabel);
    scaleLayout->addWidget(m_scale, 1);
    scaleLayout->addLayout(scaleButtons);

    auto* itemForm = new QFormLayout;
    itemForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    itemForm->addRow(tr("Word&ing:"), m_itemText);
    itemForm->addRow(tr("Answered &by:"), m_itemKind);
    auto* itemLayout = new QVBoxLayout(itemBox);
    itemLayout->addLayout(itemForm);
    itemLayout->addWidget(m_scaleBox, 1);
    itemLayout->addStretch(0);

    auto* columns = new QHBoxLayout;
    columns->addLayout(listColumn, 1);
    columns->addWidget(itemBox, 1);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(columns, 1);
    return page;
}

QWidget* QuestionnaireEditor::makeScoringTab()
{
    auto* page = new QWidget(this);
    m_scoring = new QComboBox(page);
    m_scoring->setObjectName(QStringLiteral("scoringCombo"));
    m_scoring->setAccessibleName(tr("Scoring"));
    m_scoring->addItem(tr("No total: report each answer"), int(core::ScoringMethod::None));
    m_scoring->addItem(tr("Total of the answers"), int(core::ScoringMethod::Sum));
    connect(m_scoring, &QComboBox::currentIndexChanged, this, &QuestionnaireEditor::updateScoring);
    m_scoringHint = new WrappingLabel(QString(), page);
    m_scoringHint->setObjectName(QStringLiteral("scoringHint"));

    m_missing = new QComboBox(page);
    m_missing->setObjectName(QStringLiteral("missingCombo"));
    m_missing->setAccessibleName(tr("Unanswered questions"));
    m_missing->addItem(tr("Every question with answers to choose from must be answered"));
    m_missing->addItem(tr("Some questions may be left unanswered"));
    m_maxMissing = new QSpinBox(page);
    m_maxMissing->setObjectName(QStringLiteral("maxMissingSpin"));
    m_maxMissing->setAccessibleName(tr("How many questions may be left unanswered"));
    m_maxMissing->setRange(1, 99);
    m_maxMissing->setPrefix(tr("at most "));
    m_maxMissing->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_missing, &QComboBox::currentIndexChanged, this, &QuestionnaireEditor::updateScoring);
    auto* missingRow = new QHBoxLayout;
    missingRow->addWidget(m_missing, 1);
    missingRow->addWidget(m_maxMissing);

    m_totalBox = new QGroupBox(tr("The total"), page);
    m_direction = new QComboBox(m_totalBox);
    m_direction->setObjectName(QStringLiteral("directionCombo"));
    m_direction->setAccessibleName(tr("What a higher total means"));
    m_direction->addItem(tr("A higher total is better"));
    m_direction->addItem(tr("A lower total is better"));
    connect(m_direction, &QComboBox::currentIndexChanged, this, &QuestionnaireEditor::updateScoring);
    m_bands = new BandsTable(m_totalBox);
    auto* bandsLabel = new QLabel(tr("Bands (optional), from the lowest totals to the highest:"), m_totalBox);
    auto* totalForm = new QFormLayout;
    totalForm->addRow(tr("&Meaning:"), m_direction);
    auto* totalLayout = new QVBoxLayout(m_totalBox);
    totalLayout->addLayout(totalForm);
    totalLayout->addWidget(bandsLabel);
    totalLayout->addWidget(m_bands, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&How it is scored:"), m_scoring);
    form->addRow(m_scoringHint);
    auto* missingLabel = new QLabel(tr("&Unanswered questions:"), page);
    missingLabel->setBuddy(m_missing);
    form->addRow(missingLabel, missingRow);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_totalBox, 1);
    layout->addStretch(0);
    return page;
}

QString QuestionnaireEditor::measureId() const
{
    if (m_existing) {
        return m_existing->id;
    }
    const QString base = slug(m_title->text());
    QString id = base;
    for (int n = 2; m_takenIds.contains(id); ++n) {
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    }
    return id;
}

void QuestionnaireEditor::updateId()
{
    m_id->setText(m_existing ? tr("%1 (kept for every version)").arg(m_existing->id)
                             : tr("%1 (made from the title)").arg(measureId()));
}

void QuestionnaireEditor::refreshItemRow(int row)
{
    if (row < 0 || row >= m_drafts.size() || row >= m_items->count()) {
        return;
    }
    const Draft& d = m_drafts[row];
    const QString text = d.text.trimmed().isEmpty() ? tr("(no wording yet)") : d.text.trimmed();
    m_items->item(row)->setText(tr("%1. %2 (%3)").arg(row + 1).arg(text, kindWords(d.kind)));
}

void QuestionnaireEditor::loadDraft(int row)
{
    const bool valid = row >= 0 && row < m_drafts.size();
    m_removeItem->setEnabled(valid && m_drafts.size() > 1);
    m_upItem->setEnabled(valid && row > 0);
    m_downItem->setEnabled(valid && row + 1 < m_drafts.size());
    m_itemText->setEnabled(valid);
    m_itemKind->setEnabled(valid);
    if (!valid) {
        return;
    }
    const bool wasLoading = m_loading;
    m_loading = true;
    const Draft& d = m_drafts[row];
    m_itemText->setText(d.text);
    m_itemKind->setCurrentIndex(m_itemKind->findData(int(d.kind)));
    {
        const QSignalBlocker block(m_scale);
        m_scale->setRowCount(0);
        for (const auto& [value, words] : d.scale) {
            const int r = m_scale->rowCount();
            m_scale->insertRow(r);
            m_scale->setItem(r, kValueColumn, new QTableWidgetItem(value));
            m_scale->setItem(r, kWordsColumn, new QTableWidgetItem(words));
        }
    }
    m_scaleBox->setVisible(d.kind == core::ItemKind::Likert);
    m_loading = wasLoading;
}

void QuestionnaireEditor::addItem()
{
    Draft draft;
    const int at = m_items->currentRow() >= 0 ? m_items->currentRow() + 1 : int(m_drafts.size());
    // A new question is answered as the one before it, so a run of similar questions needs only typing.
    if (at > 0) {
        const Draft& before = m_drafts[at - 1];
        draft.kind = before.kind;
        draft.scale = before.scale;
    }
    m_drafts.insert(at, draft);
    m_items->insertItem(at, QString());
    for (int i = at; i < m_drafts.size(); ++i) {
        refreshItemRow(i);
    }
    m_items->setCurrentRow(at);
    m_itemText->setFocus();
    updateScoring();
}

void QuestionnaireEditor::removeItem()
{
    const int row = m_items->currentRow();
    if (row < 0 || m_drafts.size() <= 1) {
        return;
    }
    m_drafts.removeAt(row);
    delete m_items->takeItem(row);
    for (int i = row; i < m_drafts.size(); ++i) {
        refreshItemRow(i);
    }
    m_items->setCurrentRow(std::min(row, int(m_drafts.size()) - 1));
    m_items->setFocus();
    updateScoring();
}

void QuestionnaireEditor::moveItem(int by)
{
    const int row = m_items->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_drafts.size()) {
        return;
    }
    m_drafts.swapItemsAt(row, to);
    refreshItemRow(row);
    refreshItemRow(to);
    m_items->setCurrentRow(to);
}

void QuestionnaireEditor::kindChanged()
{
    const int row = m_items->currentRow();
    if (m_loading || row < 0 || row >= m_drafts.size()) {
        return;
    }
    Draft& d = m_drafts[row];
    d.kind = core::ItemKind(m_itemKind->currentData().toInt());
    if (d.kind == core::ItemKind::Likert && d.scale.isEmpty()) {
        // The scale of the nearest scale question above, else agree / disagree.
        for (int i = row - 1; i >= 0 && d.scale.isEmpty(); --i) {
            if (m_drafts[i].kind == core::ItemKind::Likert) {
                d.scale = m_drafts[i].scale;
            }
        }
        if (d.scale.isEmpty()) {
            d.scale = preset(0);
        }
    }
    refreshItemRow(row);
    loadDraft(row);
    updateScoring();
}

void QuestionnaireEditor::scaleEdited()
{
    const int row = m_items->currentRow();
    if (m_loading || row < 0 || row >= m_drafts.size()) {
        return;
    }
    QList<std::pair<QString, QString>> scale;
    for (int r = 0; r < m_scale->rowCount(); ++r) {
        const QTableWidgetItem* value = m_scale->item(r, kValueColumn);
        const QTableWidgetItem* words = m_scale->item(r, kWordsColumn);
        scale.append({ value ? value->text() : QString(), words ? words->text() : QString() });
    }
    m_drafts[row].scale = scale;
    updateScoring();
}

void QuestionnaireEditor::applyPreset(int index)
{
    const int row = m_items->currentRow();
    if (index <= 0 || row < 0 || row >= m_drafts.size()) {
        return;
    }
    m_drafts[row].scale = preset(index - 1);
    loadDraft(row);
    m_preset->setCurrentIndex(0);
    updateScoring();
}

void QuestionnaireEditor::addScaleAnswer()
{
    const int row = m_items->currentRow();
    if (row < 0 || row >= m_drafts.size()) {
        return;
    }
    bool ok = false;
    const int last = m_drafts[row].scale.isEmpty() ? -1 : m_drafts[row].scale.last().first.toInt(&ok);
    m_drafts[row].scale.append({ QString::number(ok || last == -1 ? last + 1 : 0), QString() });
    loadDraft(row);
    const int r = m_scale->rowCount() - 1;
    m_scale->setCurrentCell(r, kWordsColumn);
    m_scale->setFocus();
    m_scale->editItem(m_scale->item(r, kWordsColumn));
    updateScoring();
}

void QuestionnaireEditor::removeScaleAnswer()
{
    const int row = m_items->currentRow();
    const int answer = m_scale->currentRow();
    if (row < 0 || row >= m_drafts.size() || answer < 0 || answer >= m_drafts[row].scale.size()) {
        return;
    }
    m_drafts[row].scale.removeAt(answer);
    loadDraft(row);
    if (m_scale->rowCount() > 0) {
        m_scale->setCurrentCell(std::min(answer, m_scale->rowCount() - 1), kWordsColumn);
    }
    m_scale->setFocus();
    updateScoring();
}

void QuestionnaireEditor::updateScoring()
{
    bool allScales = true;
    int scored = 0;
    for (const Draft& d : m_drafts) {
        if (d.kind != core::ItemKind::FreeText) {
            ++scored;
            allScales = allScales && d.kind == core::ItemKind::Likert;
        }
    }
    const bool total = m_scoring->currentData().toInt() == int(core::ScoringMethod::Sum);
    m_totalBox->setVisible(total);
    m_maxMissing->setVisible(m_missing->currentIndex() == 1);
    m_maxMissing->setMaximum(std::max(1, scored - 1));
    if (!allScales || scored == 0) {
        m_scoringHint->setText(tr("A total can be given only when every question with answers to choose from is "
                                  "answered on a scale. Each answer is reported on its own."));
    } else if (total) {
        // The range the total can take, for the bands; unreadable numbers are left out until saving.
        double low = 0;
        double high = 0;
        for (const Draft& d : m_drafts) {
            if (d.kind != core::ItemKind::Likert) {
                continue;
            }
            std::optional<int> lo;
            std::optional<int> hi;
            for (const auto& answer : d.scale) {
                bool ok = false;
                const int v = answer.first.trimmed().toInt(&ok);
                if (ok) {
                    lo = std::min(lo.value_or(v), v);
                    hi = std::max(hi.value_or(v), v);
                }
            }
            low += lo.value_or(0);
            high += hi.value_or(0);
        }
        m_bands->setRange(low, high, m_direction->currentIndex() == 0);
        m_scoringHint->setText(tr("The total adds up the numbers of the answers chosen. Bands are optional; if you "
                                  "give them, they must cover every total from %1 to %2 without gaps.")
                                   .arg(low)
                                   .arg(high));
    } else {
        m_scoringHint->setText(tr("Each answer is reported on its own, as it was given."));
    }
}

std::optional<core::MeasureItem> QuestionnaireEditor::buildItem(int index, QString* problem) const
{
    const Draft& d = m_drafts[index];
    core::MeasureItem item = d.original;
    item.number = index + 1;
    item.text = d.text.trimmed();
    if (item.text.isEmpty()) {
        *problem = tr("Question %1 has no wording. Type the question, or remove it.").arg(index + 1);
        return std::nullopt;
    }
    if (d.kind != d.original.kind) {
        item.reverse = false;
        item.risk.reset();
        item.bands.clear();
    }
    item.kind = d.kind;
    item.options.clear();
    if (d.kind == core::ItemKind::YesNoNa) {
        item.options = d.original.kind == core::ItemKind::YesNoNa && d.original.options.size() == 3 ? d.original.options
                                                                                                    : yesNoNa();
    } else if (d.kind == core::ItemKind::Likert) {
        QSet<int> seen;
        for (int i = 0; i < d.scale.size(); ++i) {
            bool ok = false;
            const QString typed = d.scale[i].first.trimmed();
            const int value = typed.toInt(&ok);
            const QString words = d.scale[i].second.trimmed();
            if (!ok) {
                *problem = tr("Question %1, answer %2: \"%3\" is not a whole number. Type the number recorded for "
                              "this answer, such as 1.")
                               .arg(index + 1)
                               .arg(i + 1)
                               .arg(typed);
                return std::nullopt;
            }
            if (words.isEmpty()) {
                *problem = tr("Question %1, answer %2 has no words. Type what the person sees, such as \"Agree\".")
                               .arg(index + 1)
                               .arg(i + 1);
                return std::nullopt;
            }
            if (seen.contains(value)) {
                *problem = tr("Question %1: the number %2 is given to two answers. Give each answer its own number.")
                               .arg(index + 1)
                               .arg(value);
                return std::nullopt;
            }
            seen.insert(value);
            core::ResponseOption option;
            option.value = value;
            option.label = words;
            item.options << option;
        }
        if (item.options.size() < 2) {
            *problem = tr("Question %1 is answered on a scale but has fewer than two answers. Add the answers, or "
                          "fill in a ready-made scale.")
                           .arg(index + 1);
            return std::nullopt;
        }
    }
    if (item.risk && (item.risk->above < item.minValue() || item.risk->above >= item.maxValue())) {
        item.risk.reset(); // the answers changed under it: it could no longer be raised
    }
    return item;
}

std::optional<core::MeasureDefinition> QuestionnaireEditor::build(QString* problem, int* tab, QWidget** focus) const
{
    core::MeasureDefinition d = m_existing.value_or(core::MeasureDefinition {});
    *tab = kQuestionsTab;
    d.title = m_title->text().trimmed();
    if (d.title.isEmpty()) {
        *problem = tr("Type a title for the questionnaire, such as \"Exit questionnaire\".");
        *focus = m_title;
        return std::nullopt;
    }
    d.id = measureId();
    d.shortTitle = m_shortTitle->text().trimmed().isEmpty() ? d.title : m_shortTitle->text().trimmed();
    d.recallPeriod = m_recall->text().trimmed();
    d.notes = m_notes->toPlainText().trimmed();
    if (d.licence.trimmed().isEmpty()) {
        d.licence = tr("Written by this charity for its own use; no licence is needed.");
    }
    d.items.clear();
    for (int i = 0; i < m_drafts.size(); ++i) {
        const std::optional<core::MeasureItem> item = buildItem(i, problem);
        if (!item) {
            *focus = m_items;
            return std::nullopt;
        }
        d.items << *item;
    }
    if (d.scoredItemCount() == 0) {
        *problem = tr("Every question has a written answer. Add at least one question answered Yes / No / Not "
                      "applicable or on a scale, so that the questionnaire can be recorded and counted.");
        *focus = m_items;
        return std::nullopt;
    }

    *tab = kScoringTab;
    d.detailBands.clear();
    d.lookup.clear();
    d.factor = 1;
    d.higherIsBetter = m_direction->currentIndex() == 0;
    const bool total = m_scoring->currentData().toInt() == int(core::ScoringMethod::Sum);
    if (total) {
        for (const core::MeasureItem& item : std::as_const(d.items)) {
            if (item.kind == core::ItemKind::YesNoNa) {
                *problem = tr("Question %1 is answered Yes / No / Not applicable, so the questionnaire cannot have "
                              "a total. Choose \"No total\", or answer every question on a scale.")
                               .arg(item.number);
                *focus = m_scoring;
                return std::nullopt;
            }
        }
        d.method = core::ScoringMethod::Sum;
        d.scoreMin = d.rawMin();
        d.scoreMax = d.rawMax();
        QString bandsProblem;
        const auto bands = m_bands->bands(&bandsProblem);
        if (!bands) {
            *problem = bandsProblem;
            *focus = m_bands->table();
            return std::nullopt;
        }
        d.bands = *bands;
        if (!m_existing || !m_existing->hasTotal()) {
            d.caseness.reset();
            d.casenessAnyItemAtMost.reset();
            d.change = core::ChangeThresholds {};
        }
        if (d.caseness && (d.caseness->value < d.scoreMin || d.caseness->value > d.scoreMax)) {
            d.caseness.reset(); // the questions changed the range: set it again with Adjust Bands and Thresholds
        }
    } else {
        d.method = core::ScoringMethod::None;
        d.scoreMin = 0;
        d.scoreMax = 0;
        d.bands.clear();
        d.caseness.reset();
        d.casenessAnyItemAtMost.reset();
        d.change = core::ChangeThresholds {};
    }
    if (m_missing->currentIndex() == 1) {
        d.missing.kind = core::MissingRule::Kind::Prorate;
        d.missing.maxMissing = m_maxMissing->value();
        if (d.scoredItemCount() < 2) {
            *problem = tr("With only one question to choose an answer for, it must be answered. Choose \"Every "
                          "question with answers to choose from must be answered\".");
            *focus = m_missing;
            return std::nullopt;
        }
    } else {
        d.missing = core::MissingRule {};
    }
    *tab = -1;
    return d;
}

void QuestionnaireEditor::showProblem(const QString& text)
{
    m_feedback->setText(text);
    setFeedbackColour(m_feedback, Feedback::Problem);
    m_feedback->show();
}

void QuestionnaireEditor::accept()
{
    if (!m_loadProblem.isEmpty()) {
        showProblem(m_loadProblem);
        return;
    }
    QString problem;
    int tab = -1;
    QWidget* focus = nullptr;
    const std::optional<core::MeasureDefinition> d = build(&problem, &tab, &focus);
    if (!d) {
        showProblem(problem);
        if (tab >= 0) {
            m_tabs->setCurrentIndex(tab);
        }
        if (focus) {
            focus->setFocus();
        }
        return;
    }
    auto saved = core::MeasureService(m_db).saveCustom(m_actor, *d);
    if (!saved) {
        showProblem(plainDefinitionProblem(saved.message(), d->id));
        return;
    }
    m_savedId = d->id;
    m_savedVersion = saved.value();
    QDialog::accept();
}

} // namespace alongside::ui
