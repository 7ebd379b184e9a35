#include "measureentrydialog.h"

#include "core/auth/permissions.h"
#include "core/clients/clientservice.h"
#include "core/clock.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/feedback.h"
#include "ui/common/fonts.h"
#include "ui/common/prompts.h"
#include "ui/common/wrappinglabel.h"
#include "ui/workforce/formdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace alongside::ui {

namespace {

using core::ItemKind;
using core::MeasureDefinition;
using core::MeasureItem;
using core::ResponseOption;

/** "0 Not at all" for an option, without repeating a number the label already starts with. */
QString optionText(const ResponseOption& option)
{
    const QString number = QString::number(option.value);
    const QString label = option.label.trimmed();
    if (label.isEmpty() || label == number) {
        return number;
    }
    if (label.startsWith(number + QLatin1Char(' '))) {
        return label;
    }
    return MeasureEntryDialog::tr("%1 %2").arg(number, label);
}

/** True for the neutral labels of copyrighted items ("Item 3"), which say nothing the number does not. */
bool isNeutralLabel(const MeasureItem& item)
{
    return item.text.trimmed().isEmpty() || item.text.trimmed() == QStringLiteral("Item %1").arg(item.number);
}

QString episodeText(const core::Episode& e)
{
    const QDate today = core::Clock::instance().today();
    const QString state = e.isOpenOn(today) ? MeasureEntryDialog::tr("open")
        : e.endedOn.isValid()               ? MeasureEntryDialog::tr("ended %1").arg(shortDate(e.endedOn))
                                            : MeasureEntryDialog::tr("starts %1").arg(shortDate(e.startsOn));
    return MeasureEntryDialog::tr("%1, from %2 (%3)").arg(e.componentName, shortDate(e.startsOn), state);
}

/**
 * One item of the form. The row itself takes the keyboard focus (one Tab stop per item); its
 * answer buttons are for the mouse. A number chooses the answer with that value and moves on.
 */
class ItemRow : public QFrame
{
public:
    ItemRow(const MeasureItem& item, int count, QWidget* parent)
        : QFrame(parent)
        , m_item(item)
        , m_count(count)
    {
        setObjectName(QStringLiteral("item%1").arg(item.number));
        setFrameShape(QFrame::Box);
        setLineWidth(1);
        setFocusPolicy(item.isScored() ? Qt::StrongFocus : Qt::NoFocus);
        m_pendingTimer.setSingleShot(true);
        m_pendingTimer.setInterval(900);
        QObject::connect(&m_pendingTimer, &QTimer::timeout, this, [this] {
            m_pending.clear();
            advance();
        });

        m_marker = new QLabel(this);
        m_marker->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("▶ 99.")));
        m_marker->setAlignment(Qt::AlignRight | Qt::AlignTop);
        auto* text = new WrappingLabel(item.text, this);
        text->setTextFormat(Qt::PlainText);
        auto* grid = new QGridLayout(this);
        grid->setContentsMargins(6, 4, 6, 4);
        grid->setVerticalSpacing(2);
        grid->addWidget(m_marker, 0, 0, Qt::AlignTop);
        grid->addWidget(text, 0, 1);
        grid->setColumnStretch(1, 1);

        if (item.kind == ItemKind::FreeText) {
            m_text = new QPlainTextEdit(this);
            m_text->setObjectName(QStringLiteral("item%1Text").arg(item.number));
            m_text->setTabChangesFocus(true);
            m_text->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
            m_text->setAccessibleName(accessibleTitle(MeasureEntryDialog::tr("written answer")));
            grid->addWidget(m_text, 1, 1);
            QObject::connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
                if (onChanged) {
                    onChanged();
                }
            });
        } else {
            auto* answers = new QHBoxLayout;
            answers->setSpacing(14);
            for (const ResponseOption& option : item.options) {
                auto* button = new QRadioButton(buttonText(option), this);
                button->setObjectName(QStringLiteral("item%1Option%2").arg(item.number).arg(option.value));
                button->setAutoExclusive(false);
                button->setFocusPolicy(Qt::NoFocus); // the row has the focus; see keyPressEvent
                button->setAccessibleName(
                    MeasureEntryDialog::tr("Item %1: %2").arg(item.number).arg(optionText(option)));
                const int value = option.value;
                QObject::connect(button, &QRadioButton::clicked, this, [this, value, button] {
                    if (m_readOnly) {
                        button->setChecked(m_value == value);
                        return;
                    }
                    setFocus(Qt::MouseFocusReason);
                    choose(m_value == value ? std::nullopt : std::optional<int>(value));
                });
                answers->addWidget(button);
                m_buttons << button;
            }
            answers->addStretch(1);
            grid->addLayout(answers, 1, 1);
        }
        updateState();
    }

    const MeasureItem& item() const { return m_item; }

    /** The answer's words with the key that chooses it: "2 More than half the days", or "Y Yes". */
    QString buttonText(const ResponseOption& option) const
    {
        if (m_item.kind == ItemKind::YesNoNa) {
            for (const auto& [key, letter] :
                { std::pair { Qt::Key_Y, "Y" }, std::pair { Qt::Key_N, "N" }, std::pair { Qt::Key_A, "A" } }) {
                if (letterValue(key) == option.value) {
                    return MeasureEntryDialog::tr("%1 %2").arg(QLatin1String(letter), option.label);
                }
            }
        }
        return optionText(option);
    }

    std::optional<int> value() const { return m_value; }

    QString writtenAnswer() const { return m_text ? m_text->toPlainText().trimmed() : QString(); }

    /** The widget Tab stops at for this item. */
    QWidget* focusTarget() { return m_text ? static_cast<QWidget*>(m_text) : this; }

    void setValue(std::optional<int> value)
    {
        m_value = value;
        updateState();
    }

    void setWrittenAnswer(const QString& text)
    {
        if (m_text) {
            m_text->setPlainText(text);
        }
    }

    void setReadOnly(bool readOnly)
    {
        m_readOnly = readOnly;
        if (m_text) {
            m_text->setReadOnly(readOnly);
        }
    }

    std::function<void()> onChanged;
    std::function<void()> onAdvance;
    std::function<void()> onFocused;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (m_readOnly || !m_item.isScored()) {
            QFrame::keyPressEvent(event);
            return;
        }
        const int key = event->key();
        if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
            QFrame::keyPressEvent(event);
            return;
        }
        if (key >= Qt::Key_0 && key <= Qt::Key_9) {
            typed(QChar(QLatin1Char(char('0' + (key - Qt::Key_0)))));
            return;
        }
        if (m_item.kind == ItemKind::YesNoNa && (key == Qt::Key_Y || key == Qt::Key_N || key == Qt::Key_A)) {
            if (const auto value = letterValue(key)) {
                choose(*value);
                advance();
            } else {
                QApplication::beep();
            }
            return;
        }
        switch (key) {
        case Qt::Key_Backspace:
        case Qt::Key_Delete:
            m_pendingTimer.stop();
            m_pending.clear();
            choose(std::nullopt);
            return;
        case Qt::Key_Left:
        case Qt::Key_Right:
            step(key == Qt::Key_Right ? 1 : -1);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            advance();
            return;
        default:
            QFrame::keyPressEvent(event);
        }
    }

    void focusInEvent(QFocusEvent* event) override
    {
        QFrame::focusInEvent(event);
        updateState();
        if (onFocused) {
            onFocused();
        }
    }

    void focusOutEvent(QFocusEvent* event) override
    {
        QFrame::focusOutEvent(event);
        if (m_pendingTimer.isActive()) {
            m_pendingTimer.stop();
            m_pending.clear();
        }
        updateState();
    }

private:
    QString accessibleTitle(const QString& what) const
    {
        return isNeutralLabel(m_item)
            ? MeasureEntryDialog::tr("Item %1 of %2: %3").arg(m_item.number).arg(m_count).arg(what)
            : MeasureEntryDialog::tr("Item %1 of %2: %3, %4").arg(m_item.number).arg(m_count).arg(m_item.text, what);
    }

    const ResponseOption* option(int value) const
    {
        for (const ResponseOption& o : m_item.options) {
            if (o.value == value) {
                return &o;
            }
        }
        return nullptr;
    }

    /** Y: the scored answer that says yes (else the highest), N: no (else the lowest), A: not applicable. */
    std::optional<int> letterValue(int key) const
    {
        const QChar letter = key == Qt::Key_Y ? QLatin1Char('y')
            : key == Qt::Key_N                ? QLatin1Char('n')
                                              : QLatin1Char('a');
        std::optional<int> lowest;
        std::optional<int> highest;
        for (const ResponseOption& o : m_item.options) {
            if (!o.scored) {
                if (letter == QLatin1Char('a')) {
                    return o.value;
                }
                continue;
            }
            if (letter != QLatin1Char('a') && o.label.trimmed().startsWith(letter, Qt::CaseInsensitive)) {
                return o.value;
            }
            lowest = lowest ? std::min(*lowest, o.value) : o.value;
            highest = highest ? std::max(*highest, o.value) : o.value;
        }
        return letter == QLatin1Char('y') ? highest : letter == QLatin1Char('n') ? lowest : std::nullopt;
    }

    /** A digit typed: answers up to 10 and more take two digits ("1" then "0" within a moment). */
    void typed(QChar digit)
    {
        QString candidate = m_pending + digit;
        auto matches = [this](const QString& typedText, bool* longer) {
            bool exact = false;
            *longer = false;
            for (const ResponseOption& o : m_item.options) {
                const QString v = QString::number(o.value);
                exact = exact || v == typedText;
                *longer = *longer || (v.size() > typedText.size() && v.startsWith(typedText));
            }
            return exact;
        };
        bool longer = false;
        bool exact = matches(candidate, &longer);
        if (!exact && !longer && !m_pending.isEmpty()) {
            candidate = QString(digit); // a fresh start
            exact = matches(candidate, &longer);
        }
        m_pendingTimer.stop();
        m_pending.clear();
        if (!exact && !longer) {
            QApplication::beep(); // no answer has that number
            return;
        }
        if (exact) {
            choose(candidate.toInt());
        }
        if (longer) {
            m_pending = candidate; // wait a moment for a second digit
            m_pendingTimer.start();
        } else {
            advance();
        }
    }

    void step(int by)
    {
        if (m_item.options.isEmpty()) {
            return;
        }
        int index = -1;
        for (int i = 0; i < m_item.options.size(); ++i) {
            if (m_value && m_item.options[i].value == *m_value) {
                index = i;
            }
        }
        index = index < 0 ? (by > 0 ? 0 : int(m_item.options.size()) - 1)
                          : std::clamp(index + by, 0, int(m_item.options.size()) - 1);
        choose(m_item.options[index].value);
    }

    void choose(std::optional<int> value)
    {
        if (m_readOnly) {
            return;
        }
        m_value = value;
        updateState();
        if (onChanged) {
            onChanged();
        }
    }

    void advance()
    {
        if (onAdvance) {
            onAdvance();
        }
    }

    void updateState()
    {
        for (int i = 0; i < m_buttons.size(); ++i) {
            m_buttons[i]->setChecked(m_value && m_item.options[i].value == *m_value);
        }
        // The item with the focus is marked by an arrow and a thicker frame, not by colour.
        const bool focused = hasFocus();
        m_marker->setText(focused ? MeasureEntryDialog::tr("▶ %1.").arg(m_item.number)
                                  : MeasureEntryDialog::tr("%1.").arg(m_item.number));
        QFont font = m_marker->font();
        font.setBold(focused);
        m_marker->setFont(font);
        setLineWidth(focused ? 3 : 1);
        setFrameShadow(focused ? QFrame::Plain : QFrame::Sunken);
        if (m_item.isScored()) {
            setAccessibleName(accessibleTitle(MeasureEntryDialog::tr("answer")));
            const ResponseOption* chosen = m_value ? option(*m_value) : nullptr;
            setAccessibleDescription(chosen ? MeasureEntryDialog::tr("Answered: %1").arg(optionText(*chosen))
                                            : MeasureEntryDialog::tr("Not answered. Type the number of the answer."));
        }
    }

    MeasureItem m_item;
    int m_count;
    QLabel* m_marker = nullptr;
    QList<QRadioButton*> m_buttons;
    QPlainTextEdit* m_text = nullptr;
    std::optional<int> m_value;
    bool m_readOnly = false;
    QString m_pending;
    QTimer m_pendingTimer;
};

struct Draft
{
    QList<std::optional<int>> answers;
    QStringList texts;
};

} // namespace

struct MeasureEntryDialog::Private
{
    core::Database& db;
    core::Actor actor;
    qint64 clientId = 0;
    bool canEdit = false;
    bool readOnly = false;
    QList<core::KnownMeasure> measures; // current versions
    QList<core::MeasureResponse> responses; // the person's, oldest first
    std::optional<MeasureDefinition> definition;
    QList<ItemRow*> rows;
    QHash<QString, Draft> drafts; // answers kept when another measure is chosen for a moment
    core::ScoreResult result;
    std::optional<core::MeasureResponse> recorded; // read-only view
    QList<int> acknowledgedRisks; // the items the tick was given for
    qint64 savedId = 0;
    core::MeasureResponseInput savedInput;

    QLabel* heading = nullptr;
    QComboBox* measure = nullptr;
    QComboBox* episode = nullptr;
    QDateEdit* date = nullptr;
    WrappingLabel* intro = nullptr;
    QFrame* riskBanner = nullptr;
    WrappingLabel* riskText = nullptr;
    QCheckBox* riskCheck = nullptr;
    WrappingLabel* riskSeen = nullptr;
    QScrollArea* scroll = nullptr;
    QWidget* itemsHost = nullptr;
    QVBoxLayout* itemsLayout = nullptr;
    QGroupBox* resultBox = nullptr;
    QLabel* answered = nullptr;
    WrappingLabel* score = nullptr;
    WrappingLabel* band = nullptr;
    WrappingLabel* caseness = nullptr;
    WrappingLabel* change = nullptr;
    WrappingLabel* reason = nullptr;
    QToolButton* aboutButton = nullptr;
    WrappingLabel* about = nullptr;
    WrappingLabel* copyright = nullptr;
    FeedbackBanner* problem = nullptr;
    QPushButton* save = nullptr;
    QPushButton* cancel = nullptr;

    explicit Private(core::Database& database)
        : db(database)
    { }
};

MeasureEntryDialog::MeasureEntryDialog(core::Database& db, const core::Actor& actor, qint64 clientId, QWidget* parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(db))
{
    d->actor = actor;
    d->clientId = clientId;
    d->canEdit = core::Permissions::allowed(actor.role, core::Permissions::Action::EditRecords);
    setObjectName(QStringLiteral("measureEntryDialog"));
    setWindowTitle(tr("Record a Questionnaire"));

    core::ClientService clients(db);
    core::MeasureService service(db);
    QString name;
    QStringList problems;
    if (auto profile = clients.profile(actor, clientId)) {
        const core::ClientProfile& p = profile.value();
        name = core::WorkforceService::displayName(p.givenName, p.familyName, p.knownAs);
    } else {
        problems << profile.message();
    }
    d->heading = new QLabel(name.isEmpty() ? tr("Questionnaire") : tr("Questionnaire for %1").arg(name), this);
    d->heading->setObjectName(QStringLiteral("headingLabel"));
    d->heading->setFont(scaledFont(d->heading->font(), 1.3));

    // The measure: shipped ones (as the charity may have adjusted them) first, then the charity's own.
    d->measure = new QComboBox(this);
    d->measure->setObjectName(QStringLiteral("measureCombo"));
    d->measure->setAccessibleName(tr("Questionnaire"));
    auto* model = new QStandardItemModel(d->measure);
    auto add = [model](const QString& text, const QVariant& id) {
        auto* item = new QStandardItem(text);
        item->setData(id, Qt::UserRole);
        model->appendRow(item);
        return item;
    };
    add(tr("Choose a questionnaire…"), QString());
    if (auto known = service.definitions(actor)) {
        for (const core::KnownMeasure& k : known.value()) {
            if (k.current) {
                d->measures << k;
            }
        }
    } else {
        problems << known.message();
    }
    std::stable_sort(d->measures.begin(), d->measures.end(), [](const auto& a, const auto& b) {
        const bool aOwn = a.source == QLatin1String("custom");
        const bool bOwn = b.source == QLatin1String("custom");
        if (aOwn != bOwn) {
            return bOwn;
        }
        return a.definition.shortTitle.localeAwareCompare(b.definition.shortTitle) < 0;
    });
    bool ownHeading = false;
    for (const core::KnownMeasure& k : std::as_const(d->measures)) {
        if (k.source == QLatin1String("custom") && !ownHeading) {
            ownHeading = true;
            QStandardItem* heading = add(tr("The charity's own questionnaires"), QVariant());
            heading->setFlags(Qt::NoItemFlags); // a heading, not a choice
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
        }
        QString text = tr("%1 — %2").arg(k.definition.shortTitle, k.definition.title);
        if (k.source == QLatin1String("adjusted")) {
            text = tr("%1 (bands set by the charity, version %2)").arg(text).arg(k.definition.version);
        } else if (k.definition.version != 1) {
            text = tr("%1 (version %2)").arg(text).arg(k.definition.version);
        }
        add(k.source == QLatin1String("custom") ? QStringLiteral("    ") + text : text, k.definition.id);
    }
    d->measure->setModel(model);
    d->measure->setMinimumContentsLength(40);
    d->measure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    // The episode: the open one (else the latest) unless another is chosen.
    d->episode = new QComboBox(this);
    d->episode->setObjectName(QStringLiteral("episodeCombo"));
    d->episode->setAccessibleName(tr("Episode of support"));
    d->episode->addItem(tr("Not in an episode"), qint64(0));
    const QDate today = core::Clock::instance().today();
    if (auto episodes = clients.episodes(actor, clientId)) {
        qint64 chosen = episodes.value().isEmpty() ? 0 : episodes.value().first().id; // newest first
        for (const core::Episode& e : episodes.value()) {
            d->episode->addItem(episodeText(e), e.id);
        }
        for (const core::Episode& e : episodes.value()) {
            if (e.isOpenOn(today)) {
                chosen = e.id;
                break;
            }
        }
        d->episode->setCurrentIndex(std::max(0, d->episode->findData(chosen)));
    } else {
        problems << episodes.message();
    }

    d->date = newDateEdit(tr("Date the questionnaire was filled in"), today, this);
    d->date->setObjectName(QStringLiteral("dateEdit"));
    d->date->setMaximumDate(today);

    auto* top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    top->addRow(tr("&Questionnaire:"), d->measure);
    top->addRow(tr("&Episode:"), d->episode);
    top->addRow(tr("&Date filled in:"), d->date);

    d->intro = new WrappingLabel(QString(), this);
    d->intro->setObjectName(QStringLiteral("introLabel"));
    d->intro->setTextFormat(Qt::PlainText);

    // The risk prompt: an icon, a bold heading and a thick frame, so it does not rely on colour.
    d->riskBanner = new QFrame(this);
    d->riskBanner->setObjectName(QStringLiteral("riskPrompt"));
    d->riskBanner->setAccessibleName(tr("Risk answer"));
    d->riskBanner->setFrameShape(QFrame::Box);
    d->riskBanner->setLineWidth(3);
    auto* riskIcon = new QLabel(d->riskBanner);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    riskIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    auto* riskTitle = new QLabel(tr("Risk answer: act on it now"), d->riskBanner);
    riskTitle->setObjectName(QStringLiteral("riskTitle"));
    riskTitle->setFont(scaledFont(riskTitle->font(), 1.2));
    setFeedbackColour(riskTitle, Feedback::Problem);
    d->riskText = new WrappingLabel(QString(), d->riskBanner);
    d->riskText->setObjectName(QStringLiteral("riskPromptText"));
    d->riskText->setTextFormat(Qt::PlainText);
    d->riskCheck
        = new QCheckBox(tr("I ha&ve seen this answer and will follow our safety procedure now"), d->riskBanner);
    d->riskCheck->setObjectName(QStringLiteral("riskAcknowledgedCheck"));
    d->riskCheck->setAccessibleName(tr("I have seen this risk answer and will follow our safety procedure now"));
    d->riskSeen = new WrappingLabel(QString(), d->riskBanner);
    d->riskSeen->setObjectName(QStringLiteral("riskSeenLabel"));
    d->riskSeen->hide();
    auto* riskWords = new QVBoxLayout;
    riskWords->setSpacing(4);
    riskWords->addWidget(riskTitle);
    riskWords->addWidget(d->riskText);
    riskWords->addWidget(d->riskCheck);
    riskWords->addWidget(d->riskSeen);
    auto* riskLayout = new QHBoxLayout(d->riskBanner);
    riskLayout->addWidget(riskIcon, 0, Qt::AlignTop);
    riskLayout->addLayout(riskWords, 1);
    d->riskBanner->hide();

    // The items.
    d->itemsHost = new QWidget;
    d->itemsLayout = new QVBoxLayout(d->itemsHost);
    d->itemsLayout->setSpacing(4);
    d->scroll = new QScrollArea(this);
    d->scroll->setObjectName(QStringLiteral("itemsArea"));
    d->scroll->setWidget(d->itemsHost);
    d->scroll->setWidgetResizable(true);
    d->scroll->setFocusPolicy(Qt::NoFocus);

    // The result as it stands.
    d->resultBox = new QGroupBox(tr("Result so far"), this);
    d->resultBox->setObjectName(QStringLiteral("resultBox"));
    d->answered = new QLabel(d->resultBox);
    d->answered->setObjectName(QStringLiteral("answeredLabel"));
    auto newValue = [this](const char* objectName) {
        auto* label = new WrappingLabel(QString(), d->resultBox);
        label->setObjectName(QString::fromLatin1(objectName));
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    d->score = newValue("scoreLabel");
    d->score->setFont(scaledFont(d->score->font(), 1.15));
    d->band = newValue("bandLabel");
    d->caseness = newValue("casenessLabel");
    d->change = newValue("changeLabel");
    d->reason = newValue("reasonLabel");
    setFeedbackColour(d->reason, Feedback::Problem);
    auto* resultForm = new QFormLayout(d->resultBox);
    resultForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    resultForm->addRow(tr("Answered:"), d->answered);
    resultForm->addRow(tr("Score:"), d->score);
    resultForm->addRow(tr("Band:"), d->band);
    resultForm->addRow(tr("Clinical range:"), d->caseness);
    resultForm->addRow(tr("Change since first:"), d->change);
    resultForm->addRow(d->reason);

    d->aboutButton = new QToolButton(this);
    d->aboutButton->setObjectName(QStringLiteral("aboutMeasureButton"));
    d->aboutButton->setText(tr("About This &Measure"));
    d->aboutButton->setAccessibleName(tr("Show or hide the licence, recall period, notes and sources of this measure"));
    d->aboutButton->setCheckable(true);
    d->aboutButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    d->aboutButton->setArrowType(Qt::RightArrow);
    d->aboutButton->setFocusPolicy(Qt::StrongFocus);
    d->about = new WrappingLabel(QString(), this);
    d->about->setObjectName(QStringLiteral("aboutMeasureLabel"));
    d->about->setTextFormat(Qt::RichText);
    d->about->setOpenExternalLinks(true);
    d->about->setTextInteractionFlags(Qt::TextBrowserInteraction);
    d->about->hide();
    connect(d->aboutButton, &QToolButton::toggled, this, [this](bool on) {
        d->aboutButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        d->about->setVisible(on);
    });

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 8, 0); // room between the words and a scroll bar
    sideLayout->addWidget(d->resultBox);
    sideLayout->addWidget(d->aboutButton, 0, Qt::AlignLeft);
    sideLayout->addWidget(d->about);
    sideLayout->addStretch(1);
    auto* sideScroll = new QScrollArea(this);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setFocusPolicy(Qt::NoFocus);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setMinimumWidth(300);

    auto* middle = new QHBoxLayout;
    middle->addWidget(d->scroll, 3);
    middle->addWidget(sideScroll, 1);

    d->copyright = new WrappingLabel(QString(), this);
    d->copyright->setObjectName(QStringLiteral("copyrightLabel"));
    d->copyright->setTextFormat(Qt::PlainText);
    d->copyright->hide();

    d->problem = new FeedbackBanner(QStringLiteral("problemLabel"), this);

    auto* buttons = new QDialogButtonBox(this);
    d->save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    d->save->setObjectName(QStringLiteral("saveButton"));
    d->save->setAccessibleName(tr("Save the answers"));
    d->save->setAutoDefault(false); // Enter on an item moves on; it never saves by surprise
    d->cancel = buttons->addButton(QDialogButtonBox::Cancel);
    d->cancel->setObjectName(QStringLiteral("cancelButton"));
    d->cancel->setAccessibleName(tr("Close without saving"));
    d->cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeasureEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeasureEntryDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(d->heading);
    layout->addLayout(top);
    layout->addWidget(d->intro);
    layout->addWidget(d->riskBanner);
    layout->addLayout(middle, 1);
    layout->addWidget(d->copyright);
    layout->addWidget(d->problem);
    layout->addWidget(buttons);

    // Labels with mnemonics lead to their fields.
    for (QWidget* field :
        { static_cast<QWidget*>(d->measure), static_cast<QWidget*>(d->episode), static_cast<QWidget*>(d->date) }) {
        if (auto* label = qobject_cast<QLabel*>(top->labelForField(field))) {
            label->setBuddy(field);
        }
    }

    if (auto all = service.responses(actor, clientId)) {
        d->responses = all.value();
    } else if (d->canEdit) {
        problems << all.message();
    }

    connect(d->measure, &QComboBox::currentIndexChanged, this, [this] {
        if (d->readOnly) {
            return;
        }
        // Keep what was entered on the measure being left.
        if (d->definition) {
            Draft draft;
            for (ItemRow* row : std::as_const(d->rows)) {
                draft.answers << row->value();
                draft.texts << row->writtenAnswer();
            }
            d->drafts.insert(d->definition->id, draft);
        }
        const QString id = d->measure->currentData().toString();
        d->definition.reset();
        if (!id.isEmpty()) {
            auto found = core::MeasureService(d->db).currentDefinition(id);
            if (found) {
                d->definition = found.value();
            } else {
                d->problem->showProblem(found.message());
            }
        }
        // Build the form from the definition.
        for (ItemRow* row : std::as_const(d->rows)) {
            row->deleteLater();
        }
        d->rows.clear();
        while (QLayoutItem* item = d->itemsLayout->takeAt(0)) {
            delete item;
        }
        d->riskCheck->setChecked(false);
        d->acknowledgedRisks.clear();
        if (d->definition) {
            const MeasureDefinition& def = *d->definition;
            const Draft draft = d->drafts.value(def.id);
            QWidget* previous = d->date;
            for (int i = 0; i < def.items.size(); ++i) {
                auto* row = new ItemRow(def.items[i], int(def.items.size()), d->itemsHost);
                if (i < draft.answers.size()) {
                    row->setValue(draft.answers[i]);
                }
                if (i < draft.texts.size()) {
                    row->setWrittenAnswer(draft.texts[i]);
                }
                row->onChanged = [this] { updateResult(); };
                row->onAdvance = [this, i] { focusAfter(i); };
                row->onFocused = [this, row] { d->scroll->ensureWidgetVisible(row, 10, 10); };
                d->itemsLayout->addWidget(row);
                row->show(); // at once, so the keyboard can reach it before the next event loop pass
                d->rows << row;
                QWidget::setTabOrder(previous, row->focusTarget());
                previous = row->focusTarget();
            }
            QWidget::setTabOrder(previous, d->riskCheck);
            QWidget::setTabOrder(d->riskCheck, d->aboutButton);
        }
        d->itemsLayout->addStretch(1);
        showDefinition();
        updateResult();
    });
    connect(d->episode, &QComboBox::currentIndexChanged, this, [this] { updateResult(); });
    connect(d->date, &QDateEdit::dateChanged, this, [this] { updateResult(); });
    connect(d->riskCheck, &QCheckBox::toggled, this, [this](bool on) {
        d->acknowledgedRisks.clear();
        if (on) {
            for (const core::RiskFlag& flag : std::as_const(d->result.risks)) {
                d->acknowledgedRisks << flag.itemNumber;
            }
        }
        updateSave();
    });

    if (!d->canEdit) {
        // Looking is all this role may do: no form to fill in, and the reason in words.
        d->save->hide();
        problems << tr("Your role may not record questionnaires. Ask a coordinator or administrator.");
    }
    if (!problems.isEmpty()) {
        d->problem->showProblem(problems.join(QLatin1Char('\n')));
    }
    showDefinition();
    updateResult();
    resize(1040, 780);
}

MeasureEntryDialog::~MeasureEntryDialog() = default;

bool MeasureEntryDialog::setMeasure(const QString& measureId)
{
    const int index = d->measure->findData(measureId);
    if (index < 0 || measureId.isEmpty()) {
        return false;
    }
    d->measure->setCurrentIndex(index);
    return true;
}

bool MeasureEntryDialog::setEpisode(qint64 episodeId)
{
    const int index = d->episode->findData(episodeId);
    if (index < 0) {
        return false;
    }
    d->episode->setCurrentIndex(index);
    return true;
}

qint64 MeasureEntryDialog::savedId() const
{
    return d->savedId;
}

core::MeasureResponseInput MeasureEntryDialog::savedInput() const
{
    return d->savedInput;
}

QList<std::optional<int>> MeasureEntryDialog::answers() const
{
    QList<std::optional<int>> out;
    for (const ItemRow* row : std::as_const(d->rows)) {
        out << (row->item().isScored() ? row->value() : std::nullopt);
    }
    return out;
}

core::ScoreResult MeasureEntryDialog::currentResult() const
{
    return d->result;
}

QComboBox* MeasureEntryDialog::measureCombo() const
{
    return d->measure;
}

QComboBox* MeasureEntryDialog::episodeCombo() const
{
    return d->episode;
}

QDateEdit* MeasureEntryDialog::dateEdit() const
{
    return d->date;
}

QCheckBox* MeasureEntryDialog::riskCheck() const
{
    return d->riskCheck;
}

QPushButton* MeasureEntryDialog::saveButton() const
{
    return d->save;
}

QString MeasureEntryDialog::scoreText(double score)
{
    if (std::abs(score - std::round(score)) < 0.005) {
        return QString::number(qRound(score));
    }
    QString text = QString::number(score, 'f', 2);
    while (text.endsWith(QLatin1Char('0'))) {
        text.chop(1);
    }
    return text;
}

QString MeasureEntryDialog::changeText(const MeasureDefinition& definition, const core::ChangeResult& change)
{
    if (!change.applicable) {
        return change.reason;
    }
    const double size = std::abs(change.difference);
    const QString points = std::abs(size - 1) < 0.005 ? tr("1 point") : tr("%1 points").arg(scoreText(size));
    if (size < 0.005) {
        return tr("No change (0 points)");
    }
    const bool better = (change.difference > 0) == definition.higherIsBetter;
    const QString movement = change.difference > 0
        ? (better ? tr("Up %1 (better)").arg(points) : tr("Up %1 (worse)").arg(points))
        : (better ? tr("Down %1 (better)").arg(points) : tr("Down %1 (worse)").arg(points));
    const bool reliable = change.reliableImprovement || change.reliableDeterioration;
    const bool meaningful = change.meaningfulImprovement || change.meaningfulDeterioration;
    const bool improvement = change.reliableImprovement || change.meaningfulImprovement;
    if (reliable && meaningful) {
        return improvement ? tr("%1: a reliable and meaningful improvement").arg(movement)
                           : tr("%1: a reliable and meaningful deterioration").arg(movement);
    }
    if (reliable) {
        return improvement ? tr("%1: a reliable improvement").arg(movement)
                           : tr("%1: a reliable deterioration").arg(movement);
    }
    if (meaningful) {
        return improvement ? tr("%1: a meaningful improvement").arg(movement)
                           : tr("%1: a meaningful deterioration").arg(movement);
    }
    if (definition.change.reliable || definition.change.meaningful) {
        return tr("%1: not a reliable change").arg(movement);
    }
    return tr("%1 (this measure has no threshold for reliable change)").arg(movement);
}

void MeasureEntryDialog::showDefinition()
{
    if (!d->definition) {
        d->intro->setText(d->readOnly ? QString() : tr("Choose the questionnaire the person filled in."));
        d->copyright->hide();
        d->aboutButton->setEnabled(false);
        d->about->clear();
        return;
    }
    const MeasureDefinition& def = *d->definition;
    QStringList intro;
    intro << def.title + QLatin1Char('.');
    if (!def.recallPeriod.isEmpty()) {
        intro << tr("About %1.").arg(def.recallPeriod);
    }
    if (!def.itemNote.isEmpty()) {
        intro << def.itemNote;
    }
    if (!d->readOnly) {
        intro << tr("Type the number of each answer: the form moves on to the next item. Backspace clears an answer.");
        for (const MeasureItem& item : def.items) {
            if (item.kind == ItemKind::YesNoNa) {
                intro << tr("For yes or no items, Y, N and A answer yes, no and not applicable.");
                break;
            }
        }
    }
    d->intro->setText(intro.join(QLatin1Char(' ')));
    d->copyright->setText(def.copyright);
    d->copyright->setVisible(!def.copyright.isEmpty());

    QString html
        = QStringLiteral("<p><b>%1</b> (%2)</p>")
              .arg(def.title.toHtmlEscaped(), def.version == 1 ? tr("version 1") : tr("version %1").arg(def.version));
    auto para = [&html](const QString& heading, const QString& text) {
        if (!text.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
        }
    };
    para(tr("Licence:"), def.licence);
    para(tr("Recall period:"), def.recallPeriod);
    para(tr("Notes:"), def.notes);
    if (!def.sources.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Sources:").toHtmlEscaped());
        for (const core::MeasureSource& s : def.sources) {
            html += s.url.isEmpty() ? QStringLiteral("<li>%1</li>").arg(s.citation.toHtmlEscaped())
                                    : QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                                          .arg(s.url.toHtmlEscaped(), s.citation.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    d->about->setText(html);
    d->aboutButton->setEnabled(true);
}

void MeasureEntryDialog::updateResult()
{
    const bool haveForm = d->definition.has_value();
    d->resultBox->setEnabled(haveForm);
    d->answered->clear();
    d->score->clear();
    d->band->clear();
    d->caseness->clear();
    d->change->clear();
    d->reason->clear();
    d->reason->hide();
    if (!haveForm) {
        d->result = core::ScoreResult();
        d->riskBanner->hide();
        updateSave();
        return;
    }
    const MeasureDefinition& def = *d->definition;
    d->result = d->recorded ? d->recorded->result : core::MeasureEngine::score(def, answers());
    const core::ScoreResult& r = d->result;

    int scored = 0;
    int notApplicable = 0;
    for (const ItemRow* row : std::as_const(d->rows)) {
        if (!row->item().isScored()) {
            continue;
        }
        ++scored;
        if (row->value()) {
            for (const ResponseOption& o : row->item().options) {
                if (o.value == *row->value() && !o.scored) {
                    ++notApplicable;
                }
            }
        }
    }
    QString answeredText = tr("%1 of %2").arg(r.answered + notApplicable).arg(scored);
    if (notApplicable > 0) {
        answeredText += QLatin1Char(' ')
            + (notApplicable == 1 ? tr("(1 not applicable)") : tr("(%1 not applicable)").arg(notApplicable));
    }
    if (d->recorded && d->recorded->totalOnly) {
        answeredText = tr("Total only: no answers to each item are on file");
    }
    d->answered->setText(answeredText);

    if (!r.complete) {
        d->score->setText(tr("Not yet"));
        d->reason->setText(r.risks.isEmpty() || d->readOnly
                ? tr("Cannot be scored yet: %1").arg(r.reason)
                : tr("Cannot be scored yet: %1 Because of the risk answer you can save it now without a score, "
                     "so that the risk answer is on file.")
                      .arg(r.reason));
        d->reason->show();
    } else if (!def.hasTotal()) {
        d->score->setText(tr("No total: each item is reported on its own."));
        QStringList bands;
        for (const core::ItemBandResult& b : r.itemBands) {
            bands << tr("Item %1: %2 (%3)").arg(b.itemNumber).arg(b.bandLabel).arg(b.value);
        }
        d->band->setText(bands.isEmpty() ? tr("None: this questionnaire has no bands") : bands.join(QLatin1Char('\n')));
    } else if (r.score) {
        QString text;
        const QString total = scoreText(r.total);
        switch (def.method) {
        case core::ScoringMethod::Lookup:
            text = tr("%1 (metric score; raw total %2)").arg(scoreText(*r.score), total);
            break;
        case core::ScoringMethod::Mean:
            text = tr("%1 (mean of the items answered)").arg(scoreText(*r.score));
            break;
        case core::ScoringMethod::SumTimesFactor:
            text = tr("%1 (raw total %2 × %3)").arg(scoreText(*r.score), total, scoreText(def.factor));
            break;
        default:
            text = tr("%1 (total)").arg(scoreText(*r.score));
            break;
        }
        if (r.prorated) {
            text += QLatin1Char('\n')
                + (r.missing == 1 ? tr("Prorated: 1 item was missing, so the total was scaled up from %1 answered.")
                                        .arg(r.answered)
                                  : tr("Prorated: %1 items were missing, so the total was scaled up from %2 answered.")
                                        .arg(r.missing)
                                        .arg(r.answered));
        }
        d->score->setText(text);
        QString band = r.bandLabel;
        if (!r.detailBandLabel.isEmpty()) {
            band = tr("%1 (%2)").arg(band, r.detailBandLabel);
        }
        d->band->setText(band.isEmpty() ? tr("None") : band);
    }
    if (r.complete && def.caseness) {
        d->caseness->setText(r.caseness
                ? (*r.caseness ? tr("Yes: %1").arg(def.caseness->label) : tr("No: %1").arg(def.caseness->label))
                : tr("Not given"));
    } else if (r.complete) {
        d->caseness->setText(tr("This measure has no cut-off"));
    }

    // Change since the first score of this measure in this episode.
    const qint64 episodeId = d->episode->currentData().toLongLong();
    if (!def.hasTotal()) {
        d->change->setText(tr("Not given for this measure"));
    } else if (d->recorded) {
        d->change->setText(d->recorded->changeSinceFirst ? changeText(def, *d->recorded->changeSinceFirst)
                : d->recorded->episodeId == 0            ? tr("Not in an episode: no change is given")
                                                         : tr("The first score in this episode"));
    } else if (episodeId == 0) {
        d->change->setText(tr("Not in an episode: no change is given"));
    } else {
        const core::MeasureResponse* first = nullptr;
        for (const core::MeasureResponse& response : std::as_const(d->responses)) {
            if (response.measureId == def.id && response.episodeId == episodeId && response.result.complete
                && response.result.score && response.administeredOn <= d->date->date()) {
                first = &response;
                break;
            }
        }
        if (!first) {
            d->change->setText(tr("This will be the first score in this episode"));
        } else if (!r.complete || !r.score) {
            d->change->setText(tr("First score %1 on %2; the change shows once this one can be scored")
                                   .arg(scoreText(*first->result.score), shortDate(first->administeredOn)));
        } else {
            const core::ChangeResult c = core::MeasureEngine::change(def, first->result, r);
            d->change->setText(
                tr("%1 (first score %2 on %3)")
                    .arg(changeText(def, c), scoreText(*first->result.score), shortDate(first->administeredOn)));
        }
    }

    // The risk prompt, at once.
    QStringList flags;
    QList<int> flagged;
    for (const core::RiskFlag& flag : r.risks) {
        flags << flag.label;
        flagged << flag.itemNumber;
    }
    if (d->recorded) {
        if (d->recorded->riskFlagged) {
            d->riskText->setText(flags.join(QLatin1Char('\n')));
            d->riskSeen->setText(d->recorded->riskAcknowledgedBy.isEmpty()
                    ? tr("No acknowledgement was recorded.")
                    : tr("Seen by %1 on %2.")
                          .arg(d->recorded->riskAcknowledgedBy,
                              QLocale().toString(d->recorded->riskAcknowledgedAt.toLocalTime(), QLocale::ShortFormat)));
            d->riskSeen->show();
            d->riskCheck->hide();
            d->riskBanner->show();
        } else {
            d->riskBanner->hide();
        }
    } else if (flags.isEmpty()) {
        d->riskBanner->hide();
        if (d->riskCheck->isChecked()) {
            d->riskCheck->setChecked(false);
        }
    } else {
        d->riskText->setText(flags.join(QLatin1Char('\n')));
        if (d->riskCheck->isChecked() && flagged != d->acknowledgedRisks) {
            d->riskCheck->setChecked(false); // a new risk answer needs its own tick
        }
        d->riskBanner->setAccessibleDescription(d->riskText->text());
        if (d->riskBanner->isHidden()) {
            d->riskBanner->show();
            QApplication::beep();
        }
    }

    QStringList summary;
    summary << tr("Answered %1.").arg(d->answered->text());
    for (QLabel* label : { static_cast<QLabel*>(d->score), static_cast<QLabel*>(d->band),
             static_cast<QLabel*>(d->caseness), static_cast<QLabel*>(d->change), static_cast<QLabel*>(d->reason) }) {
        if (!label->text().isEmpty() && !label->isHidden()) {
            summary << label->text();
        }
    }
    d->resultBox->setAccessibleDescription(summary.join(QLatin1Char(' ')));
    updateSave();
}

void MeasureEntryDialog::updateSave()
{
    const bool riskPending = !d->result.risks.isEmpty() && !d->riskCheck->isChecked();
    // A risk answer is saved even when the rest cannot be scored yet (too many unanswered), without a score.
    const bool savable = d->result.complete || !d->result.risks.isEmpty();
    d->save->setEnabled(!d->readOnly && d->canEdit && d->definition && savable && !riskPending && d->savedId == 0);
    if (riskPending) {
        d->save->setToolTip(tr("Tick that you have seen the risk answer before saving."));
    } else if (d->definition && !d->result.complete) {
        d->save->setToolTip(d->result.reason);
    } else {
        d->save->setToolTip(QString());
    }
}

void MeasureEntryDialog::focusAfter(int index)
{
    if (index + 1 < d->rows.size()) {
        d->rows[index + 1]->focusTarget()->setFocus(Qt::TabFocusReason);
        return;
    }
    if (d->riskBanner->isVisible() && d->riskCheck->isVisible() && !d->riskCheck->isChecked()) {
        d->riskCheck->setFocus(Qt::TabFocusReason);
    } else if (d->save->isVisible() && d->save->isEnabled()) {
        d->save->setFocus(Qt::TabFocusReason);
    }
}

void MeasureEntryDialog::showRecorded(const core::MeasureResponse& response)
{
    d->readOnly = true;
    d->recorded = response;
    setWindowTitle(tr("Answers Given"));
    auto found = core::MeasureService(d->db).definition(response.measureId, response.definitionVersion);
    if (!found) {
        d->problem->showProblem(found.message());
        return;
    }
    d->definition.reset(); // so choosing the measure below does not keep a draft
    int index = d->measure->findData(response.measureId);
    if (index < 0) {
        d->measure->addItem(response.shortTitle, response.measureId);
        index = d->measure->count() - 1;
    }
    {
        const QSignalBlocker block(d->measure);
        d->measure->setCurrentIndex(index);
    }
    d->measure->setEnabled(false);
    {
        const QSignalBlocker block(d->episode);
        const int e = d->episode->findData(response.episodeId);
        d->episode->setCurrentIndex(std::max(0, e));
    }
    d->episode->setEnabled(false);
    {
        const QSignalBlocker block(d->date);
        d->date->setMinimumDate(QDate(1900, 1, 1));
        d->date->setDate(response.administeredOn);
    }
    d->date->setReadOnly(true);
    d->resultBox->setTitle(tr("Result"));
    d->heading->setText(tr("%1 — answers given on %2").arg(d->heading->text(), shortDate(response.administeredOn)));

    d->definition = found.value();
    const MeasureDefinition& def = *d->definition;
    for (ItemRow* row : std::as_const(d->rows)) {
        row->deleteLater();
    }
    d->rows.clear();
    while (QLayoutItem* item = d->itemsLayout->takeAt(0)) {
        delete item;
    }
    if (response.totalOnly) {
        // Recorded from its total alone (e.g. brought in from a spreadsheet): there are no answers to show.
        auto* note = new QLabel(def.riskItemNumbers().isEmpty()
                ? tr("Total only: this questionnaire was recorded from its total, so the answer to each item is "
                     "not on file.")
                : tr("Total only: this questionnaire was recorded from its total, so the answer to each item is "
                     "not on file, and its risk question could not be checked. Ask about it at the next contact."),
            d->itemsHost);
        note->setObjectName(QStringLiteral("totalOnlyNote"));
        note->setWordWrap(true);
        note->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
        note->setFocusPolicy(Qt::StrongFocus);
        note->setAccessibleName(note->text());
        d->itemsLayout->addWidget(note);
    }
    for (int i = 0; !response.totalOnly && i < def.items.size(); ++i) {
        auto* row = new ItemRow(def.items[i], int(def.items.size()), d->itemsHost);
        row->setValue(i < response.answers.size() ? response.answers[i] : std::nullopt);
        row->setWrittenAnswer(i < response.textAnswers.size() ? response.textAnswers[i] : QString());
        row->setReadOnly(true);
        row->onFocused = [this, row] { d->scroll->ensureWidgetVisible(row, 10, 10); };
        d->itemsLayout->addWidget(row);
        row->show();
        d->rows << row;
    }
    d->itemsLayout->addStretch(1);
    d->save->hide();
    d->cancel->setText(tr("Close"));
    d->cancel->setAccessibleName(tr("Close the answers"));
    d->problem->hide();
    showDefinition();
    updateResult();
}

void MeasureEntryDialog::accept()
{
    if (d->readOnly || d->savedId != 0) {
        QDialog::accept();
        return;
    }
    if (!d->canEdit) {
        d->problem->showProblem(tr("Your role may not record questionnaires. Ask a coordinator or administrator."));
        return;
    }
    if (!d->definition) {
        d->problem->showProblem(tr("Choose the questionnaire the person filled in, then enter the answers."));
        d->measure->setFocus();
        return;
    }
    updateResult();
    if (!d->result.risks.isEmpty() && !d->riskCheck->isChecked()) {
        prompts::warning(this, tr("Risk Answer Not Yet Acknowledged"),
            tr("%1.\n\nTick \"I have seen this answer and will follow our safety procedure now\" before saving, and "
               "follow your safety procedure.")
                .arg(d->riskText->text()));
        d->scroll->ensureWidgetVisible(d->riskBanner);
        d->riskCheck->setFocus();
        return;
    }
    if (!d->result.complete && d->result.risks.isEmpty()) {
        d->problem->showProblem(tr("%1 Answer the missing items, then save.").arg(d->result.reason));
        return;
    }
    core::MeasureResponseInput input;
    input.clientId = d->clientId;
    input.episodeId = d->episode->currentData().toLongLong();
    input.measureId = d->definition->id;
    input.definitionVersion = d->definition->version;
    input.administeredOn = d->date->date();
    input.answers = answers();
    for (const ItemRow* row : std::as_const(d->rows)) {
        input.textAnswers << row->writtenAnswer();
    }
    if (!d->result.risks.isEmpty()) {
        core::RiskAcknowledgement seen;
        seen.by = d->actor.shownName();
        // Stored to the millisecond, so that re-creating the response (redo) keeps the same moment.
        seen.at = core::Clock::instance().now().toUTC();
        input.riskAcknowledgement = seen;
    }
    auto id = core::MeasureService(d->db).record(d->actor, input);
    if (!id) {
        d->problem->showProblem(id.message()); // the answers stay as they are
        return;
    }
    input.id = id.value();
    d->savedId = id.value();
    d->savedInput = input;
    QDialog::accept();
}

void MeasureEntryDialog::reject()
{
    if (!d->readOnly && d->savedId == 0 && d->canEdit && !d->result.risks.isEmpty()) {
        const bool leave = prompts::confirm(this, tr("Leave Without Saving?"),
            tr("%1.\n\nThis risk answer has not been saved. Follow your safety procedure now whatever you choose, "
               "and record the questionnaire so that the answer is on file.")
                .arg(d->riskText->text()),
            tr("Leave Without Saving"));
        if (!leave) {
            d->riskCheck->setFocus();
            return;
        }
    } else if (!d->readOnly && d->savedId == 0 && d->canEdit) {
        // Answers typed in are never dropped without asking.
        const bool answered = std::any_of(d->rows.cbegin(), d->rows.cend(),
            [](const ItemRow* row) { return row->value().has_value() || !row->writtenAnswer().isEmpty(); });
        if (answered
            && !prompts::confirm(this, tr("Discard These Answers?"),
                tr("The answers you entered have not been saved. Discard them, or go back and save them?"),
                tr("Discard Answers"))) {
            return;
        }
    }
    QDialog::reject();
}

} // namespace alongside::ui
