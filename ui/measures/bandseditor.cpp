#include "bandseditor.h"

#include "ui/common/feedback.h"
#include "ui/common/wrappinglabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace alongside::ui {

namespace {

constexpr int kLabelColumn = 0;
constexpr int kFromColumn = 1;
constexpr int kToColumn = 2;
constexpr int kKeyRole = Qt::UserRole + 1;

QString num(double value)
{
    return QLocale().toString(value, 'g', 6);
}

std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    const double value = QLocale().toDouble(text.trimmed(), &ok);
    if (ok) {
        return value;
    }
    const double c = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(c) : std::nullopt;
}

/** A key for a new band, from its name: "Very high" -> "very-high". */
QString keyFor(const QString& label, const QSet<QString>& taken)
{
    QString key = label.toLower();
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    key.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (key.isEmpty()) {
        key = QStringLiteral("band");
    }
    QString unique = key;
    for (int n = 2; taken.contains(unique); ++n) {
        unique = QStringLiteral("%1-%2").arg(key).arg(n);
    }
    return unique;
}

QString fieldInWords(const QString& field)
{
    static const QRegularExpression indexed(
        QStringLiteral("^(bands|items|detailBands|sources)\\[(\\d+)\\](?:\\.(.*))?$"));
    const QRegularExpressionMatch m = indexed.match(field);
    if (m.hasMatch()) {
        const int n = m.captured(2).toInt() + 1;
        const QString list = m.captured(1);
        const QString rest = m.captured(3);
        QString what;
        if (list == QLatin1String("bands") || list == QLatin1String("detailBands")) {
            what = BandsEditor::tr("Band %1").arg(n);
        } else if (list == QLatin1String("items")) {
            what = BandsEditor::tr("Question %1").arg(n);
        } else {
            what = BandsEditor::tr("Source %1").arg(n);
        }
        static const QRegularExpression option(QStringLiteral("^options\\[(\\d+)\\](?:\\.(.*))?$"));
        const QRegularExpressionMatch o = option.match(rest);
        if (o.hasMatch()) {
            return BandsEditor::tr("%1, answer %2").arg(what).arg(o.captured(1).toInt() + 1);
        }
        if (rest == QLatin1String("min")) {
            return BandsEditor::tr("%1, lowest score").arg(what);
        }
        if (rest == QLatin1String("max")) {
            return BandsEditor::tr("%1, highest score").arg(what);
        }
        if (rest == QLatin1String("label") || rest == QLatin1String("key")) {
            return BandsEditor::tr("%1, name").arg(what);
        }
        if (rest == QLatin1String("text")) {
            return BandsEditor::tr("%1, wording").arg(what);
        }
        if (rest == QLatin1String("options")) {
            return BandsEditor::tr("%1, answers").arg(what);
        }
        return what;
    }
    static const QList<std::pair<QString, const char*>> names {
        { QStringLiteral("bands"), QT_TRANSLATE_NOOP("alongside::ui::BandsEditor", "Bands") },
        { QStringLiteral("items"), QT_TRANSLATE_NOOP("alongside::ui::BandsEditor", "Questions") },
        { QStringLiteral("id"), QT_TRANSLATE_NOOP("alongside::ui::BandsEditor", "Name kept in records") },
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("alongside::ui::BandsEditor", "Title") },
        { QStringLiteral("shortTitle"), QT_TRANSLATE_NOOP("alongside::ui::BandsEditor", "Short title") },
        { QStringLiteral("licence"), QT_TRANSLATE_NOOP("alongside::ui::BandsEditor", "Licence") },
        { QStringLiteral("caseness"), QT_TRANSLATE_NOOP("alongside::ui::BandsEditor", "Cut-off") },
        { QStringLiteral("caseness.value"), QT_TRANSLATE_NOOP("alongside::ui::BandsEditor", "Cut-off score") },
        { QStringLiteral("caseness.label"), QT_TRANSLATE_NOOP("alongside::ui::BandsEditor", "Cut-off description") },
        { QStringLiteral("change.reliable"), QT_TRANSLATE_NOOP("alongside::ui::BandsEditor", "Reliable change") },
        { QStringLiteral("change.meaningful"), QT_TRANSLATE_NOOP("alongside::ui::BandsEditor", "Meaningful change") },
        { QStringLiteral("scoring.missing.maxMissing"),
            QT_TRANSLATE_NOOP("alongside::ui::BandsEditor", "Questions that may be left unanswered") },
        { QStringLiteral("scoring.scoreRange"), QT_TRANSLATE_NOOP("alongside::ui::BandsEditor", "Score range") },
    };
    for (const auto& [key, words] : names) {
        if (key == field) {
            return BandsEditor::tr(words);
        }
    }
    return field;
}

QString casenessLabel(core::Caseness::When when, double value)
{
    switch (when) {
    case core::Caseness::When::AtOrAbove:
        return BandsEditor::tr("In the clinical range (%1 or more)").arg(num(value));
    case core::Caseness::When::Above:
        return BandsEditor::tr("In the clinical range (above %1)").arg(num(value));
    case core::Caseness::When::AtOrBelow:
        return BandsEditor::tr("In the clinical range (%1 or less)").arg(num(value));
    case core::Caseness::When::Below:
        return BandsEditor::tr("In the clinical range (below %1)").arg(num(value));
    }
    return {};
}

} // namespace

QString plainDefinitionProblem(const QString& message, const QString& measureId)
{
    QString text = message;
    for (const QString& prefix :
        QStringList { measureId + QStringLiteral(": "), QStringLiteral("%1 version ").arg(measureId) }) {
        if (!measureId.isEmpty() && text.startsWith(prefix)) {
            text = text.mid(prefix.size());
            static const QRegularExpression version(QStringLiteral("^\\d+: "));
            text.remove(version);
        }
    }
    static const QRegularExpression field(
        QStringLiteral("^([A-Za-z0-9_.\\[\\]]+): (.*)$"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = field.match(text);
    if (m.hasMatch() && m.captured(1).contains(QRegularExpression(QStringLiteral("^[a-z]")))) {
        QString problem = m.captured(2);
        if (!problem.endsWith(QLatin1Char('.'))) {
            problem += QLatin1Char('.');
        }
        return BandsEditor::tr("%1: %2 Change it and save again.").arg(fieldInWords(m.captured(1)), problem);
    }
    return text;
}

// ---- BandsTable --------------------------------------------------------------------------------

BandsTable::BandsTable(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(tr("Add &Band"), this))
    , m_remove(new QPushButton(tr("Remo&ve Band"), this))
    , m_range(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("bandsTable"));
    m_table->setAccessibleName(tr("Bands"));
    m_table->setAccessibleDescription(tr("One row for each band: its name, lowest score and highest score. Bands "
                                         "go from the lowest scores to the highest, without gaps or overlaps."));
    m_table->setHorizontalHeaderLabels({ tr("Band name"), tr("From score"), tr("To score") });
    m_table->horizontalHeader()->setSectionResizeMode(kLabelColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(kFromColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(kToColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setMinimumHeight(150);
    m_add->setObjectName(QStringLiteral("addBandButton"));
    m_add->setAccessibleName(tr("Add a band"));
    m_remove->setObjectName(QStringLiteral("removeBandButton"));
    m_remove->setAccessibleName(tr("Remove the chosen band"));
    m_range->setObjectName(QStringLiteral("scoreRangeLabel"));
    m_range->setWordWrap(true);
    connect(m_add, &QPushButton::clicked, this, &BandsTable::addBand);
    connect(m_remove, &QPushButton::clicked, this, &BandsTable::removeBand);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_range);
    layout->addLayout(buttons);
}

void BandsTable::setBands(const QList<core::ScoreBand>& bands)
{
    m_table->setRowCount(0);
    for (const core::ScoreBand& b : bands) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* label = new QTableWidgetItem(b.label);
        label->setData(kKeyRole, b.key);
        m_table->setItem(row, kLabelColumn, label);
        m_table->setItem(row, kFromColumn, new QTableWidgetItem(num(b.min)));
        m_table->setItem(row, kToColumn, new QTableWidgetItem(num(b.max)));
    }
    if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(0, kLabelColumn);
    }
}

std::optional<QList<core::ScoreBand>> BandsTable::bands(QString* problem) const
{
    QList<core::ScoreBand> out;
    QSet<QString> taken;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, kLabelColumn)->data(kKeyRole).toString();
        if (!key.isEmpty()) {
            taken.insert(key);
        }
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        core::ScoreBand band;
        const QTableWidgetItem* label = m_table->item(row, kLabelColumn);
        band.label = label ? label->text().trimmed() : QString();
        if (band.label.isEmpty()) {
            *problem
                = tr("Band %1 has no name. Type a name that describes the score, such as \"Moderate\".").arg(row + 1);
            return std::nullopt;
        }
        for (int column : { kFromColumn, kToColumn }) {
            const QTableWidgetItem* cell = m_table->item(row, column);
            const std::optional<double> value = parseNumber(cell ? cell->text() : QString());
            if (!value) {
                *problem = (column == kFromColumn
                        ? tr("Band %1 (%2): the lowest score \"%3\" is not a number. Type a number, such as 5.")
                        : tr("Band %1 (%2): the highest score \"%3\" is not a number. Type a number, such as 9."))
                               .arg(row + 1)
                               .arg(band.label, cell ? cell->text() : QString());
                return std::nullopt;
            }
            (column == kFromColumn ? band.min : band.max) = *value;
        }
        band.key = label->data(kKeyRole).toString();
        if (band.key.isEmpty()) {
            band.key = keyFor(band.label, taken);
            taken.insert(band.key);
        }
        out << band;
    }
    return out;
}

void BandsTable::setReadOnly(bool readOnly)
{
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
}

void BandsTable::setRange(double low, double high, bool higherIsBetter)
{
    m_range->setText(higherIsBetter
            ? tr("Scores run from %1 to %2; a higher score is better.").arg(num(low), num(high))
            : tr("Scores run from %1 to %2; a lower score is better.").arg(num(low), num(high)));
}

void BandsTable::addBand()
{
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() + 1 : m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, kLabelColumn, new QTableWidgetItem);
    m_table->setItem(row, kFromColumn, new QTableWidgetItem);
    m_table->setItem(row, kToColumn, new QTableWidgetItem);
    m_table->setCurrentCell(row, kLabelColumn);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, kLabelColumn));
}

void BandsTable::removeBand()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        return;
    }
    m_table->removeRow(row);
    if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), kLabelColumn);
    }
    m_table->setFocus();
}

// ---- BandsEditor -------------------------------------------------------------------------------

BandsEditor::BandsEditor(core::Database& db, const core::Actor& actor, const QString& measureId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_measureId(measureId)
{
    setObjectName(QStringLiteral("bandsEditor"));
    core::MeasureService service(m_db);
    auto current = service.currentDefinition(measureId);
    if (current) {
        m_definition = current.value();
    } else {
        m_loadProblem = current.message();
    }
    auto all = service.definitions(m_actor);
    if (all) {
        // The published values: the newest version that came with Alongside.
        for (const core::KnownMeasure& k : all.value()) {
            if (k.definition.id == measureId && k.source == QLatin1String("shipped")) {
                m_published = k.definition;
            }
        }
    }
    const QString name = m_definition ? m_definition->shortTitle : measureId;
    setWindowTitle(tr("Adjust Bands and Thresholds: %1").arg(name));
    if (m_definition && !m_definition->hasTotal()) {
        m_loadProblem = tr("%1 has no total score, so it has no bands or thresholds to change.").arg(name);
    }

    auto* heading = new QLabel(
        m_definition ? tr("%1 (version %2)").arg(m_definition->title).arg(m_definition->version) : measureId, this);
    heading->setObjectName(QStringLiteral("measureHeading"));
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setWordWrap(true);

    auto* note = new WrappingLabel(tr("Saving makes a new version of this measure. Results already recorded keep "
                                      "the version that scored them, with its bands; new responses are scored with "
                                      "the new version."),
        this);
    note->setObjectName(QStringLiteral("versionNote"));

    m_bands = new BandsTable(this);
    auto* bandsBox = new QGroupBox(tr("Bands"), this);
    auto* bandsLabel = new QLabel(tr("Ba&nds, from the lowest scores to the highest:"), bandsBox);
    bandsLabel->setBuddy(m_bands->table());
    auto* bandsLayout = new QVBoxLayout(bandsBox);
    bandsLayout->addWidget(bandsLabel);
    bandsLayout->addWidget(m_bands, 1);

    m_casenessWhen = new QComboBox(this);
    m_casenessWhen->setObjectName(QStringLiteral("casenessWhenCombo"));
    m_casenessWhen->setAccessibleName(tr("Clinical cut-off"));
    m_casenessWhen->addItem(tr("No cut-off"), -1);
    m_casenessWhen->addItem(tr("At or above"), int(core::Caseness::When::AtOrAbove));
    m_casenessWhen->addItem(tr("Above"), int(core::Caseness::When::Above));
    m_casenessWhen->addItem(tr("At or below"), int(core::Caseness::When::AtOrBelow));
    m_casenessWhen->addItem(tr("Below"), int(core::Caseness::When::Below));
    m_casenessValue = new QDoubleSpinBox(this);
    m_casenessValue->setObjectName(QStringLiteral("casenessValueSpin"));
    m_casenessValue->setAccessibleName(tr("Cut-off score"));
    m_casenessValue->setDecimals(2);
    m_casenessLabel = new QLineEdit(this);
    m_casenessLabel->setObjectName(QStringLiteral("casenessLabelEdit"));
    m_casenessLabel->setAccessibleName(tr("Cut-off description"));
    m_casenessLabel->setPlaceholderText(tr("For example: In the clinical range (10 or more)"));
    m_casenessLabel->setMaxLength(200);
    connect(m_casenessWhen, &QComboBox::currentIndexChanged, this, &BandsEditor::updateCaseness);
    connect(m_casenessValue, &QDoubleSpinBox::valueChanged, this, &BandsEditor::updateCaseness);
    connect(m_casenessLabel, &QLineEdit::textEdited, this, [this] { m_labelTyped = true; });

    m_reliable = new QDoubleSpinBox(this);
    m_reliable->setObjectName(QStringLiteral("reliableSpin"));
    m_reliable->setAccessibleName(tr("Reliable change, in points; 0 for none"));
    m_reliable->setSuffix(tr(" or more points"));
    m_reliable->setSpecialValueText(tr("None: not flagged"));
    m_meaningful = new QDoubleSpinBox(this);
    m_meaningful->setObjectName(QStringLiteral("meaningfulSpin"));
    m_meaningful->setAccessibleName(tr("Meaningful change, in points; 0 for none"));
    m_meaningful->setSuffix(tr(" or more points"));
    m_meaningful->setSpecialValueText(tr("None: not flagged"));
    if (m_definition) {
        const double span = std::max(1.0, m_definition->scoreMax - m_definition->scoreMin);
        m_casenessValue->setRange(m_definition->scoreMin, m_definition->scoreMax);
        m_reliable->setRange(0, span);
        m_meaningful->setRange(0, span);
        m_bands->setRange(m_definition->scoreMin, m_definition->scoreMax, m_definition->higherIsBetter);
        // Whole-number scores are shown without decimals unless a value already has some.
        const core::MeasureDefinition& d = *m_definition;
        bool whole = d.method == core::ScoringMethod::Sum
            || (d.method == core::ScoringMethod::SumTimesFactor && d.factor == std::floor(d.factor));
        auto integral = [](std::optional<double> v) { return !v || *v == std::floor(*v); };
        for (const core::MeasureDefinition* source :
            std::initializer_list<const core::MeasureDefinition*> { &d, m_published ? &*m_published : nullptr }) {
            if (source) {
                whole = whole && integral(source->change.reliable) && integral(source->change.meaningful)
                    && integral(source->caseness ? std::optional<double>(source->caseness->value) : std::nullopt);
            }
        }
        for (QDoubleSpinBox* spin : { m_casenessValue, m_reliable, m_meaningful }) {
            spin->setDecimals(whole ? 0 : 2);
        }
    }

    auto* thresholds = new QGroupBox(tr("Cut-off and change"), this);
    auto* form = new QFormLayout(thresholds);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* casenessRow = new QHBoxLayout;
    casenessRow->addWidget(m_casenessWhen);
    casenessRow->addWidget(m_casenessValue);
    casenessRow->addStretch(1);
    auto* casenessLabel = new QLabel(tr("In the c&linical range:"), thresholds);
    casenessLabel->setBuddy(m_casenessWhen);
    form->addRow(casenessLabel, casenessRow);
    form->addRow(tr("&Described as:"), m_casenessLabel);
    form->addRow(tr("&Reliable change:"), m_reliable);
    form->addRow(tr("&Meaningful change:"), m_meaningful);
    m_reliable->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_meaningful->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* changeNote = new WrappingLabel(tr("A change between someone's first and last score of at least this many "
                                            "points is flagged on their chart. Set it to 0 to turn this off."),
        thresholds);
    form->addRow(changeNote);

    m_feedback = new WrappingLabel(QString(), this);
    m_feedback->setObjectName(QStringLiteral("bandsFeedbackLabel"));
    m_feedback->setAccessibleName(tr("Message"));
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveBandsButton"));
    save->setText(tr("&Save as New Version"));
    save->setAccessibleName(tr("Save as a new version"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel without saving"));
    m_restore = buttons->addButton(tr("Restore the &Published Values"), QDialogButtonBox::ResetRole);
    m_restore->setObjectName(QStringLiteral("restorePublishedButton"));
    m_restore->setAccessibleName(tr("Restore the published values"));
    m_restore->setVisible(m_published.has_value());
    connect(m_restore, &QPushButton::clicked, this, &BandsEditor::restorePublished);
    connect(buttons, &QDialogButtonBox::accepted, this, &BandsEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addWidget(bandsBox, 1);
    layout->addWidget(thresholds);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);

    if (isUsable()) {
        fill(core::MeasureAdjustment::of(*m_definition));
    } else {
        showProblem(m_loadProblem);
        save->setEnabled(false);
    }
    resize(QSize(640, 640).expandedTo(layout->sizeHint()));
    m_bands->table()->setFocus();
}

void BandsEditor::fill(const core::MeasureAdjustment& adjustment)
{
    m_filling = true;
    m_bands->setBands(adjustment.bands);
    if (adjustment.caseness) {
        m_casenessWhen->setCurrentIndex(m_casenessWhen->findData(int(adjustment.caseness->when)));
        m_casenessValue->setValue(adjustment.caseness->value);
        m_casenessLabel->setText(adjustment.caseness->label);
    } else {
        m_casenessWhen->setCurrentIndex(0);
        m_casenessLabel->clear();
    }
    m_reliable->setValue(adjustment.change.reliable.value_or(0));
    m_meaningful->setValue(adjustment.change.meaningful.value_or(0));
    m_labelTyped = false;
    updateCaseness(); // while filling: keeps the measure's own description of its cut-off
    m_filling = false;
}

void BandsEditor::restorePublished()
{
    if (!m_published) {
        return;
    }
    fill(core::MeasureAdjustment::of(*m_published));
    m_feedback->setText(tr("The published values are in the form. Save to use them for new responses."));
    setFeedbackColour(m_feedback, Feedback::Good);
    m_feedback->show();
}

void BandsEditor::updateCaseness()
{
    const int when = m_casenessWhen->currentData().toInt();
    m_casenessValue->setEnabled(when >= 0);
    m_casenessLabel->setEnabled(when >= 0);
    // A description the person has not typed follows the cut-off, so it never names an old value.
    if (!m_filling && !m_labelTyped && when >= 0) {
        const QString made = casenessLabel(core::Caseness::When(when), m_casenessValue->value());
        if (m_casenessLabel->text() != made) {
            m_casenessLabel->setText(made);
        }
    }
}

void BandsEditor::showProblem(const QString& text)
{
    m_feedback->setText(text);
    setFeedbackColour(m_feedback, Feedback::Problem);
    m_feedback->show();
}

void BandsEditor::accept()
{
    if (!isUsable()) {
        showProblem(m_loadProblem);
        return;
    }
    QString problem;
    const std::optional<QList<core::ScoreBand>> bands = m_bands->bands(&problem);
    if (!bands) {
        showProblem(problem);
        m_bands->table()->setFocus();
        return;
    }
    core::MeasureAdjustment adjustment;
    adjustment.bands = *bands;
    const int when = m_casenessWhen->currentData().toInt();
    if (when >= 0) {
        core::Caseness c;
        c.when = core::Caseness::When(when);
        c.value = m_casenessValue->value();
        c.label = m_casenessLabel->text().trimmed();
        if (c.label.isEmpty()) {
            c.label = casenessLabel(c.when, c.value);
        }
        adjustment.caseness = c;
    }
    if (m_reliable->value() > 0) {
        adjustment.change.reliable = m_reliable->value();
    }
    if (m_meaningful->value() > 0) {
        adjustment.change.meaningful = m_meaningful->value();
    }
    auto saved = core::MeasureService(m_db).adjust(m_actor, m_measureId, adjustment);
    if (!saved) {
        showProblem(plainDefinitionProblem(saved.message(), m_measureId));
        return;
    }
    m_savedVersion = saved.value();
    QDialog::accept();
}

} // namespace alongside::ui
