#include "measuresdialog.h"

#include "core/auth/permissions.h"
#include "ui/common/feedback.h"
#include "ui/common/wrappinglabel.h"
#include "ui/measures/bandseditor.h"
#include "ui/measures/questionnaireeditor.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString num(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString kindWords(core::ItemKind kind)
{
    switch (kind) {
    case core::ItemKind::Likert:
        return MeasuresDialog::tr("scale");
    case core::ItemKind::YesNoNa:
        return MeasuresDialog::tr("yes / no / not applicable");
    case core::ItemKind::FreeText:
        return MeasuresDialog::tr("written answer");
    }
    return {};
}

QString optionsWords(const QList<core::ResponseOption>& options)
{
    QStringList parts;
    for (const core::ResponseOption& o : options) {
        if (!o.scored) {
            parts << MeasuresDialog::tr("%1 (not scored)").arg(o.label);
        } else if (o.label == QString::number(o.value)) {
            parts << o.label; // a bare number on the form: "4", not "4 = 4"
        } else {
            parts << MeasuresDialog::tr("%1 = %2").arg(o.value).arg(o.label);
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString methodWords(const core::MeasureDefinition& d)
{
    switch (d.method) {
    case core::ScoringMethod::Sum:
        return MeasuresDialog::tr("The total of the answers.");
    case core::ScoringMethod::Mean:
        return MeasuresDialog::tr("The average of the answers given.");
    case core::ScoringMethod::SumTimesFactor:
        return MeasuresDialog::tr("The total of the answers multiplied by %1.").arg(num(d.factor));
    case core::ScoringMethod::Lookup:
        return MeasuresDialog::tr("The total of the answers, converted with the published table.");
    case core::ScoringMethod::None:
        return MeasuresDialog::tr("No total: each answer is reported on its own.");
    }
    return {};
}

QString casenessWords(const core::Caseness& c)
{
    switch (c.when) {
    case core::Caseness::When::AtOrAbove:
        return MeasuresDialog::tr("%1 or more").arg(num(c.value));
    case core::Caseness::When::Above:
        return MeasuresDialog::tr("above %1").arg(num(c.value));
    case core::Caseness::When::AtOrBelow:
        return MeasuresDialog::tr("%1 or less").arg(num(c.value));
    case core::Caseness::When::Below:
        return MeasuresDialog::tr("below %1").arg(num(c.value));
    }
    return {};
}

QString bandsWords(const QList<core::ScoreBand>& bands)
{
    QStringList parts;
    for (const core::ScoreBand& b : bands) {
        // Labels that already give their range ("Low (0-4)") are not given it twice.
        const bool ranged = b.label.contains(QStringLiteral("%1-%2").arg(num(b.min), num(b.max)));
        parts << (ranged ? b.label : MeasuresDialog::tr("%1 (%2 to %3)").arg(b.label, num(b.min), num(b.max)));
    }
    return parts.join(QStringLiteral("; "));
}

QString section(const QString& heading)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(heading));
}

QString para(const QString& label, const QString& text)
{
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(label), esc(text));
}

} // namespace

MeasuresDialog::MeasuresDialog(core::Database& db, const core::Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_canEdit(core::Permissions::allowed(actor.role, core::Permissions::Action::EditCatalogues))
{
    setObjectName(QStringLiteral("measuresDialog"));
    setWindowTitle(tr("Questionnaires and Measures"));

    auto* intro = new WrappingLabel(m_canEdit
            ? tr("The questionnaires and outcome measures people supported can fill in. Choose one to see its "
                 "questions, scoring, bands and licence. Every change makes a new version: answers already recorded "
                 "keep the version that scored them.")
            : tr("The questionnaires and outcome measures people supported can fill in. Choose one to see its "
                 "questions, scoring, bands and licence. Only coordinators and administrators can change them."),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("measuresList"));
    m_list->setAccessibleName(tr("Questionnaires and measures"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({ tr("Questionnaire"), tr("Version"), tr("Kind") });
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &MeasuresDialog::showCurrent);
    auto* listLabel = new QLabel(tr("&Questionnaires:"), this);
    listLabel->setBuddy(m_list);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("measureDetails"));
    m_details->setAccessibleName(tr("About the chosen questionnaire"));
    m_details->setOpenExternalLinks(true);
    auto* detailsLabel = new QLabel(tr("&About the chosen one:"), this);
    detailsLabel->setBuddy(m_details);

    m_new = new QPushButton(tr("&New Questionnaire…"), this);
    m_new->setObjectName(QStringLiteral("newQuestionnaireButton"));
    m_new->setAccessibleName(tr("New questionnaire"));
    m_edit = new QPushButton(tr("&Edit Questionnaire…"), this);
    m_edit->setObjectName(QStringLiteral("editQuestionnaireButton"));
    m_edit->setAccessibleName(tr("Edit the chosen questionnaire"));
    m_adjust = new QPushButton(tr("Adjust &Bands and Thresholds…"), this);
    m_adjust->setObjectName(QStringLiteral("adjustBandsButton"));
    m_adjust->setAccessibleName(tr("Adjust bands and thresholds"));
    for (QPushButton* b : { m_new, m_edit, m_adjust }) {
        b->setAutoDefault(false);
        b->setVisible(m_canEdit);
    }
    connect(m_new, &QPushButton::clicked, this, &MeasuresDialog::newQuestionnaire);
    connect(m_edit, &QPushButton::clicked, this, &MeasuresDialog::editQuestionnaire);
    connect(m_adjust, &QPushButton::clicked, this, &MeasuresDialog::adjustBands);

    m_feedback = new WrappingLabel(QString(), this);
    m_feedback->setObjectName(QStringLiteral("measuresFeedbackLabel"));
    m_feedback->setAccessibleName(tr("Message"));
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->hide();

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(detailsLabel);
    rightLayout->addWidget(m_details, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("measuresSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_adjust);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_feedback);
    layout->addLayout(buttons);

    resize(QSize(1040, 680).expandedTo(layout->sizeHint()));
    splitter->setSizes({ 440, 600 });
    reload();
    m_list->setFocus();
}

QString MeasuresDialog::sourceWords(const QString& source)
{
    if (source == QLatin1String("custom")) {
        return tr("This charity's own");
    }
    if (source == QLatin1String("adjusted")) {
        return tr("Adjusted by this charity");
    }
    return tr("Comes with Alongside");
}

void MeasuresDialog::reload(const QString& measureId)
{
    const QString keep = measureId.isEmpty() ? currentId() : measureId;
    auto all = core::MeasureService(m_db).definitions(m_actor);
    m_list->clear();
    if (!all) {
        m_all.clear();
        m_feedback->setText(all.message());
        setFeedbackColour(m_feedback, Feedback::Problem);
        m_feedback->show();
        showCurrent();
        return;
    }
    m_all = all.value();
    QList<QTreeWidgetItem*> rows;
    for (const core::KnownMeasure& k : std::as_const(m_all)) {
        if (!k.current) {
            continue;
        }
        auto* row = new QTreeWidgetItem;
        const core::MeasureDefinition& d = k.definition;
        row->setText(0, d.shortTitle);
        row->setData(0, Qt::AccessibleDescriptionRole, d.title);
        row->setText(1, QString::number(d.version));
        row->setText(2, sourceWords(k.source));
        row->setData(0, kIdRole, d.id);
        row->setData(2, kIdRole, k.source);
        row->setToolTip(0, d.title);
        rows << row;
    }
    // Own questionnaires last, each group in title order.
    std::sort(rows.begin(), rows.end(), [](QTreeWidgetItem* a, QTreeWidgetItem* b) {
        const bool ownA = a->data(2, kIdRole).toString() == QLatin1String("custom");
        const bool ownB = b->data(2, kIdRole).toString() == QLatin1String("custom");
        return ownA != ownB ? ownB : a->text(0).localeAwareCompare(b->text(0)) < 0;
    });
    m_list->addTopLevelItems(rows);
    if (!select(keep) && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    showCurrent();
}

bool MeasuresDialog::select(const QString& measureId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (!measureId.isEmpty() && m_list->topLevelItem(i)->data(0, kIdRole).toString() == measureId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QString MeasuresDialog::currentId() const
{
    const QTreeWidgetItem* row = m_list->currentItem();
    return row ? row->data(0, kIdRole).toString() : QString();
}

const core::KnownMeasure* MeasuresDialog::current() const
{
    const QString id = currentId();
    for (const core::KnownMeasure& k : m_all) {
        if (k.current && k.definition.id == id) {
            return &k;
        }
    }
    return nullptr;
}

void MeasuresDialog::showCurrent()
{
    const core::KnownMeasure* k = current();
    m_details->setHtml(k ? detailsHtml(*k) : QString());
    m_edit->setEnabled(k && k->source == QLatin1String("custom"));
    m_edit->setToolTip(k && k->source != QLatin1String("custom")
            ? tr("Only this charity's own questionnaires can be edited; adjust the bands of one that comes with "
                 "Alongside instead.")
            : QString());
    m_adjust->setEnabled(k && k->definition.hasTotal());
    m_adjust->setToolTip(k && !k->definition.hasTotal()
            ? tr("This questionnaire has no total, so it has no bands to adjust.")
            : QString());
}

QString MeasuresDialog::detailsHtml(const core::KnownMeasure& k) const
{
    const core::MeasureDefinition& d = k.definition;
    QString html;
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(d.shortTitle == d.title ? d.title : tr("%1: %2").arg(d.shortTitle, d.title)));
    html += para(tr("Version:"),
        k.source == QLatin1String("adjusted")
            ? tr("%1 (comes with Alongside; its bands or thresholds were adjusted by this charity)").arg(d.version)
            : tr("%1 (%2)").arg(d.version).arg(sourceWords(k.source)));
    if (!d.copyright.trimmed().isEmpty()) {
        html += para(tr("Copyright line to show with the form:"), d.copyright);
    }
    html += para(tr("Licence:"), d.licence);
    if (!d.recallPeriod.isEmpty()) {
        html += para(tr("Asks about:"), d.recallPeriod);
    }
    if (!d.itemNote.isEmpty()) {
        html += para(tr("Question wording:"), d.itemNote);
    }

    html += section(tr("Questions"));
    bool shared = true;
    for (const core::MeasureItem& item : d.items) {
        shared = shared && item.kind == d.items.first().kind && item.options.size() == d.items.first().options.size();
        for (int i = 0; shared && i < item.options.size(); ++i) {
            shared = item.options[i].value == d.items.first().options[i].value
                && item.options[i].label == d.items.first().options[i].label;
        }
    }
    if (shared && d.items.size() > 1 && d.items.first().isScored()) {
        html += para(tr("Answers for every question:"), optionsWords(d.items.first().options));
    }
    html += QStringLiteral("<ol>");
    for (const core::MeasureItem& item : d.items) {
        QStringList extras { kindWords(item.kind) };
        if (!shared && item.isScored()) {
            extras << optionsWords(item.options);
        }
        if (item.reverse) {
            extras << tr("scored in reverse");
        }
        if (item.risk) {
            extras << tr("risk question: an answer above %1 raises a prompt").arg(item.risk->above);
        }
        if (!item.bands.isEmpty()) {
            extras << tr("bands: %1").arg(bandsWords(item.bands));
        }
        html += QStringLiteral("<li>%1 <i>(%2)</i></li>").arg(esc(item.text), esc(extras.join(QStringLiteral("; "))));
    }
    html += QStringLiteral("</ol>");

    html += section(tr("Scoring"));
    html += para(tr("Score:"), methodWords(d));
    if (d.hasTotal()) {
        html += para(tr("Scores run:"),
            d.higherIsBetter ? tr("from %1 to %2; a higher score is better.").arg(num(d.scoreMin), num(d.scoreMax))
                             : tr("from %1 to %2; a lower score is better.").arg(num(d.scoreMin), num(d.scoreMax)));
    }
    html += para(tr("Unanswered questions:"),
        d.missing.kind == core::MissingRule::Kind::Prorate
            ? (d.hasTotal() ? tr("up to %1 may be left unanswered; the total is scaled up to make up for them.")
                                  .arg(d.missing.maxMissing)
                            : tr("up to %1 may be left unanswered.").arg(d.missing.maxMissing))
            : tr("none: every question with answers to choose from must be answered."));

    if (d.hasTotal()) {
        html += section(tr("Bands"));
        if (d.bands.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("No bands.")));
        } else {
            html += QStringLiteral("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th>"
                                   "<th>%3</th></tr>")
                        .arg(esc(tr("Band")), esc(tr("From")), esc(tr("To")));
            for (const core::ScoreBand& b : d.bands) {
                html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                            .arg(esc(b.label), num(b.min), num(b.max));
            }
            html += QStringLiteral("</table>");
        }
        if (!d.detailBands.isEmpty()) {
            html += para(tr("Finer bands inside these:"), bandsWords(d.detailBands));
        }
        html += para(tr("Clinical cut-off:"),
            d.caseness ? tr("%1: %2.").arg(casenessWords(*d.caseness), d.caseness->label) : tr("none."));
        if (d.caseness && d.casenessAnyItemAtMost) {
            html += para(tr("Also a prompt:"),
                tr("when any single answer is %1 or less, whatever the total.").arg(*d.casenessAnyItemAtMost));
        }
        html += para(tr("Reliable change:"),
            d.change.reliable ? tr("%1 points or more between the first and last score.").arg(num(*d.change.reliable))
                              : tr("not set."));
        html += para(tr("Meaningful change:"),
            d.change.meaningful
                ? tr("%1 points or more between the first and last score.").arg(num(*d.change.meaningful))
                : tr("not set."));
    }
    if (!d.notes.isEmpty()) {
        html += section(tr("Notes"));
        html += QStringLiteral("<p>%1</p>").arg(esc(d.notes));
    }
    if (!d.sources.isEmpty()) {
        html += section(tr("Sources"));
        html += QStringLiteral("<ul>");
        for (const core::MeasureSource& s : d.sources) {
            QString line = esc(s.citation);
            if (!s.url.isEmpty()) {
                line += QStringLiteral(": <a href=\"%1\">%2</a>").arg(esc(s.url), esc(s.url));
            }
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ul>");
    }

    html += section(tr("Versions"));
    html += QStringLiteral("<ul>");
    for (const core::KnownMeasure& v : m_all) {
        if (v.definition.id != d.id) {
            continue;
        }
        QString line = tr("Version %1: %2").arg(v.definition.version).arg(sourceWords(v.source));
        if (v.createdAt.isValid()) {
            line = tr("Version %1: %2, made by %3 on %4")
                       .arg(v.definition.version)
                       .arg(sourceWords(v.source), v.createdBy.isEmpty() ? tr("someone not recorded") : v.createdBy,
                           QLocale().toString(v.createdAt.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")));
        }
        if (v.current) {
            line += tr(" (current: new responses use it)");
        }
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    }
    html += QStringLiteral("</ul>");
    return html;
}

void MeasuresDialog::showSaved(const QString& text)
{
    m_feedback->setText(text);
    setFeedbackColour(m_feedback, Feedback::Good);
    m_feedback->show();
}

void MeasuresDialog::newQuestionnaire()
{
    QuestionnaireEditor editor(m_db, m_actor, std::nullopt, this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    reload(editor.savedId());
    showSaved(tr("Saved: version %1 of the new questionnaire.").arg(editor.savedVersion()));
}

void MeasuresDialog::editQuestionnaire()
{
    const core::KnownMeasure* k = current();
    if (!k || k->source != QLatin1String("custom")) {
        return;
    }
    QuestionnaireEditor editor(m_db, m_actor, k->definition, this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    reload(editor.savedId());
    showSaved(tr("Saved as version %1. Answers already recorded keep the version they were given with.")
                  .arg(editor.savedVersion()));
}

void MeasuresDialog::adjustBands()
{
    const core::KnownMeasure* k = current();
    if (!k || !k->definition.hasTotal()) {
        return;
    }
    const QString id = k->definition.id;
    BandsEditor editor(m_db, m_actor, id, this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    reload(id);
    showSaved(tr("Saved as version %1. Results already recorded keep the version that scored them.")
                  .arg(editor.savedVersion()));
}

} // namespace alongside::ui
