#include "storiespanel.h"

#include "core/auth/permissions.h"
#include "core/involvement/involvementservice.h"
#include "core/involvement/storyservice.h"
#include "ui/common/feedback.h"
#include "ui/common/listexport.h"
#include "ui/common/prompts.h"
#include "ui/common/recordrows.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/involvement/storydialog.h"
#include "ui/workforce/formdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace alongside::ui {

namespace {

using Action = core::Permissions::Action;
using core::StoryService;

constexpr int kMaxThemeLength = 100;

enum Column
{
    WrittenOn,
    Title,
    Author,
    Themes,
    Consent,
    Anonymised,
    ChosenFor,
    ColumnCount
};

QString consentInWords(core::StoryConsentState state)
{
    switch (state) {
    case core::StoryConsentState::Stands:
        return StoriesPanel::tr("Given, stands");
    case core::StoryConsentState::Withdrawn:
        return StoriesPanel::tr("✗ Withdrawn: left out of reports");
    case core::StoryConsentState::None:
        return StoriesPanel::tr("✗ None recorded: not in reports");
    }
    return QString();
}

QPushButton* newButton(const QString& text, const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

/**
 * The charity's list of story themes: add, rename, reorder and retire (a theme no story has can
 * be removed). Each change is saved at once and goes on the window's undo stack.
 */
class StoryThemesDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(alongside::ui::StoryThemesDialog)

public:
    StoryThemesDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent)
        : QDialog(parent)
        , m_db(db)
        , m_actor(actor)
        , m_undo(undo)
        , m_canEdit(core::Permissions::allowed(actor.role, Action::EditCatalogues))
    {
        setObjectName(QStringLiteral("storyThemesDialog"));
        setWindowTitle(tr("Story Themes"));
        auto* intro = new WrappingLabel(tr("The themes a story can be tagged with, such as hope, connection or "
                                           "becoming a volunteer, in the order they are offered. A theme no longer "
                                           "used can be retired: it stays on the stories that have it. A theme that "
                                           "no story has can be removed."),
            this);
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("storyThemesList"));
        m_list->setAccessibleName(tr("Story themes, in order"));
        auto* listLabel = new QLabel(tr("Th&emes, in the order offered:"), this);
        listLabel->setBuddy(m_list);
        m_up = newButton(tr("Move &Up"), QStringLiteral("themeUpButton"), tr("Move the theme up"), this);
        m_down = newButton(tr("Move Do&wn"), QStringLiteral("themeDownButton"), tr("Move the theme down"), this);
        m_heading = new QLabel(this);
        m_heading->setObjectName(QStringLiteral("themeHeading"));
        QFont bold = m_heading->font();
        bold.setBold(true);
        m_heading->setFont(bold);
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("themeNameEdit"));
        m_name->setAccessibleName(tr("Theme name"));
        m_name->setMaxLength(kMaxThemeLength);
        m_active = new QCheckBox(tr("&Offered (untick to retire the theme)"), this);
        m_active->setObjectName(QStringLiteral("themeActiveCheck"));
        m_active->setAccessibleName(tr("Theme is offered"));
        m_feedback = new WrappingLabel(QString(), this);
        m_feedback->setObjectName(QStringLiteral("themeFeedbackLabel"));
        m_feedback->setAccessibleName(tr("Message"));
        m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_feedback->hide();
        m_add = newButton(tr("A&dd Theme"), QStringLiteral("addThemeButton"), tr("Add a theme"), this);
        m_remove = newButton(
            tr("Re&move Theme"), QStringLiteral("removeThemeButton"), tr("Remove the theme, if no story has it"), this);
        m_save = newButton(tr("Sa&ve Theme"), QStringLiteral("saveThemeButton"), tr("Save the theme"), this);
        auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
        close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
        close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the list of themes"));
        for (QPushButton* b : { m_up, m_down, m_add, m_remove, m_save, close->button(QDialogButtonBox::Close) }) {
            b->setAutoDefault(false);
        }

        auto* moves = new QVBoxLayout;
        moves->addWidget(m_up);
        moves->addWidget(m_down);
        moves->addStretch(1);
        auto* listRow = new QHBoxLayout;
        listRow->addWidget(m_list, 1);
        listRow->addLayout(moves);
        auto* form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->addRow(tr("&Name:"), m_name);
        form->addRow(QString(), m_active);
        auto* formButtons = new QHBoxLayout;
        formButtons->addWidget(m_add);
        formButtons->addWidget(m_remove);
        formButtons->addStretch(1);
        formButtons->addWidget(m_save);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addWidget(listLabel);
        layout->addLayout(listRow, 1);
        layout->addWidget(m_heading);
        layout->addLayout(form);
        layout->addWidget(m_feedback);
        layout->addLayout(formButtons);
        layout->addWidget(close);

        connect(m_list, &QListWidget::currentRowChanged, this, [this] { rowChanged(); });
        connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
        connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
        connect(m_add, &QPushButton::clicked, this, [this] { add(); });
        connect(m_save, &QPushButton::clicked, this, [this] { save(); });
        connect(m_remove, &QPushButton::clicked, this, [this] { remove(); });
        connect(m_name, &QLineEdit::returnPressed, this, [this] { save(); });
        connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

        if (!m_canEdit) {
            for (QWidget* w : std::initializer_list<QWidget*> { m_up, m_down, m_add, m_remove, m_save }) {
                w->hide();
            }
            m_name->setReadOnly(true);
            m_active->setEnabled(false);
            showProblem(core::Permissions::require(actor, Action::EditCatalogues).message());
        }
        reload(0);
        resize(520, 480);
        m_list->setFocus();
    }

    bool madeChanges() const { return m_changed; }

private:
    void reload(qint64 selectId)
    {
        auto list = StoryService(m_db).themes(m_actor, true);
        const QSignalBlocker block(m_list);
        m_list->clear();
        if (!list) {
            m_themes.clear();
            showProblem(list.message());
            updateButtons();
            return;
        }
        m_themes = list.takeValue();
        int select = m_themes.isEmpty() ? -1 : 0;
        for (int i = 0; i < m_themes.size(); ++i) {
            const core::StoryTheme& t = m_themes.at(i);
            auto* item = new QListWidgetItem(
                t.active ? tr("%1. %2").arg(i + 1).arg(t.name) : tr("%1. %2 (retired)").arg(i + 1).arg(t.name), m_list);
            item->setData(Qt::UserRole, t.id);
            if (selectId != 0 && t.id == selectId) {
                select = i;
            }
        }
        m_list->setCurrentRow(select);
        show(select >= 0 ? m_themes.at(select) : core::StoryTheme {});
        updateButtons();
    }

    void show(const core::StoryTheme& theme)
    {
        m_theme = theme;
        m_heading->setText(theme.id == 0 ? tr("New theme") : tr("Theme: %1").arg(theme.name));
        m_name->setText(theme.name);
        m_active->setChecked(theme.active);
    }

    void rowChanged()
    {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_themes.size()) {
            m_feedback->hide();
            show(m_themes.at(row));
        }
        updateButtons();
    }

    void updateButtons()
    {
        const int row = m_theme.id != 0 ? m_list->currentRow() : -1;
        m_up->setEnabled(row > 0);
        m_down->setEnabled(row >= 0 && row < m_themes.size() - 1);
        m_remove->setEnabled(m_theme.id != 0);
    }

    void add()
    {
        {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(-1);
            m_list->clearSelection();
        }
        m_feedback->hide();
        core::StoryTheme theme;
        for (const core::StoryTheme& t : std::as_const(m_themes)) {
            theme.position = std::max(theme.position, t.position);
        }
        ++theme.position; // at the end
        show(theme);
        updateButtons();
        m_name->setFocus();
    }

    void save()
    {
        if (!m_canEdit) {
            return;
        }
        const core::StoryTheme before = m_theme;
        core::StoryTheme after = m_theme;
        after.name = m_name->text().trimmed();
        after.active = m_active->isChecked();
        auto saved = StoryService(m_db).saveTheme(m_actor, after);
        if (!saved) {
            showProblem(saved.message());
            m_name->setFocus();
            return;
        }
        m_changed = true;
        const bool adding = before.id == 0;
        after.id = saved.value();
        reload(after.id);
        showDone(adding ? tr("Saved: the theme “%1” was added.").arg(after.name)
                : before.active && !after.active
                ? tr("Saved: “%1” is retired. It stays on the stories that have it, and is no longer offered.")
                      .arg(after.name)
                : tr("Saved: the changes to “%1”.").arg(after.name));
        if (m_undo) {
            core::Database* db = &m_db;
            const core::Actor actor = m_actor;
            if (adding) {
                m_undo->push(new SavedChange(
                    tr("Add story theme %1").arg(after.name),
                    [db, actor, after] { return StoryService(*db).removeTheme(actor, after.id); },
                    [db, actor, after] { return StoryService(*db).saveTheme(actor, after).status(); }));
            } else {
                m_undo->push(new SavedChange(
                    tr("Change story theme %1").arg(after.name),
                    [db, actor, before] { return StoryService(*db).saveTheme(actor, before).status(); },
                    [db, actor, after] { return StoryService(*db).saveTheme(actor, after).status(); }));
            }
        }
    }

    void remove()
    {
        if (!m_canEdit || m_theme.id == 0) {
            return;
        }
        const core::StoryTheme before = m_theme;
        if (core::Status s = StoryService(m_db).removeTheme(m_actor, before.id); !s) {
            showProblem(s.message());
            return;
        }
        m_changed = true;
        m_theme = core::StoryTheme {};
        reload(0);
        showDone(tr("Removed the theme “%1”. Edit > Undo brings it back.").arg(before.name));
        if (m_undo) {
            core::Database* db = &m_db;
            const core::Actor actor = m_actor;
            m_undo->push(new SavedChange(
                tr("Remove story theme %1").arg(before.name),
                [db, actor, before] { return StoryService(*db).saveTheme(actor, before).status(); },
                [db, actor, before] { return StoryService(*db).removeTheme(actor, before.id); }));
        }
    }

    void move(int by)
    {
        const int row = m_list->currentRow();
        const int to = row + by;
        if (!m_canEdit || row < 0 || to < 0 || to >= m_themes.size()) {
            return;
        }
        QList<core::StoryTheme> order = m_themes;
        order.swapItemsAt(row, to);
        // Numbered 1, 2, 3… so that equal positions cannot leave the order to chance.
        QList<core::StoryTheme> before;
        QList<core::StoryTheme> after;
        for (int i = 0; i < order.size(); ++i) {
            if (order.at(i).position != i + 1) {
                before << order.at(i);
                core::StoryTheme moved = order.at(i);
                moved.position = i + 1;
                after << moved;
            }
        }
        auto saveAll = [](core::Database* db, const core::Actor& actor, const QList<core::StoryTheme>& themes) {
            for (const core::StoryTheme& t : themes) {
                if (auto r = StoryService(*db).saveTheme(actor, t); !r) {
                    return r.status();
                }
            }
            return core::Status::ok();
        };
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        const qint64 id = m_themes.at(row).id;
        if (const core::Status s = saveAll(db, actor, after); !s) {
            saveAll(db, actor, before); // never leave the order half changed
            reload(id);
            showProblem(s.message());
            return;
        }
        m_changed = true;
        reload(id);
        m_list->setFocus();
        m_feedback->hide();
        if (m_undo) {
            const QString name = m_themes.value(to).name;
            m_undo->push(new SavedChange(
                by < 0 ? tr("Move story theme %1 up").arg(name) : tr("Move story theme %1 down").arg(name),
                [saveAll, db, actor, before] { return saveAll(db, actor, before); },
                [saveAll, db, actor, after] { return saveAll(db, actor, after); }));
        }
    }

    void showProblem(const QString& message)
    {
        m_feedback->setText(tr("Problem: %1").arg(message));
        setFeedbackColour(m_feedback, Feedback::Problem);
        m_feedback->show();
    }

    void showDone(const QString& message)
    {
        m_feedback->setText(message);
        setFeedbackColour(m_feedback, Feedback::Good);
        m_feedback->show();
    }

    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    bool m_canEdit;
    bool m_changed = false;
    QList<core::StoryTheme> m_themes;
    core::StoryTheme m_theme;

    QListWidget* m_list;
    QPushButton* m_up;
    QPushButton* m_down;
    QLabel* m_heading;
    QLineEdit* m_name;
    QCheckBox* m_active;
    WrappingLabel* m_feedback;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_save;
};

} // namespace

StoriesPanel::StoriesPanel(QWidget* parent)
    : QWidget(parent)
    , m_intro(new WrappingLabel(tr("Stories and case studies written by or with the people the charity supports, "
                                   "its volunteers and workers. A report uses a story's anonymised version, only "
                                   "while the writer's consent stands."),
          this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(newRecordTable(QStringLiteral("storiesTable"), tr("Stories"),
          { tr("Written"), tr("Title"), tr("Written by"), tr("Themes"), tr("Consent"), tr("Anonymised"),
              tr("Chosen for report") },
          this))
    , m_count(new QLabel(this))
    , m_message(new WrappingLabel(QString(), this))
    , m_new(newButton(tr("&New Story…"), QStringLiteral("newStoryButton"), tr("Write a new story"), this))
    , m_open(newButton(tr("&Open…"), QStringLiteral("openStoryButton"), tr("Open the selected story"), this))
    , m_remove(newButton(tr("Re&move"), QStringLiteral("removeStoryButton"), tr("Remove the selected story"), this))
    , m_themes(newButton(tr("T&hemes…"), QStringLiteral("storyThemesButton"), tr("The list of story themes"), this))
{
    setObjectName(QStringLiteral("storiesPanel"));
    m_filter->setObjectName(QStringLiteral("storyFilterCombo"));
    m_filter->setAccessibleName(tr("Which stories to show"));
    m_filter->addItem(tr("All stories"), int(Filter::All));
    m_filter->addItem(tr("Chosen for a report"), int(Filter::Chosen));
    m_filter->addItem(tr("Consent withdrawn or missing"), int(Filter::NoConsent));
    m_filter->addItem(tr("No anonymised version yet"), int(Filter::NotAnonymised));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    m_search->setObjectName(QStringLiteral("storySearch"));
    m_search->setAccessibleName(tr("Search stories by title or writer"));
    m_search->setPlaceholderText(tr("Title or writer"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_search);
    m_count->setObjectName(QStringLiteral("storiesCount"));
    m_message->setObjectName(QStringLiteral("storiesMessage"));
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(8);
    m_message->hide();

    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->header()->setStretchLastSection(true);
    for (const auto& [column, width] :
        { std::pair { WrittenOn, 95 }, std::pair { Title, 200 }, std::pair { Author, 200 }, std::pair { Themes, 150 },
            std::pair { Consent, 200 }, std::pair { Anonymised, 90 } }) {
        m_table->setColumnWidth(column, width);
    }

    auto* top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addSpacing(12);
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    buttons->addSpacing(12);
    m_exporter = new ListExporter(m_table, tr("Stories and case studies"), QStringLiteral("story_list"), this);
    m_exporter->setFilterWidgets({ m_filter, m_search });
    m_exporter->addButtons(buttons);
    buttons->addWidget(m_themes);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { fill(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { fill(); });
    connect(m_table, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });
    connect(m_table, &QTreeWidget::itemActivated, this, [this] { openStory(selectedId()); });
    connect(m_new, &QPushButton::clicked, this, [this] { newStory(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openStory(selectedId()); });
    connect(m_remove, &QPushButton::clicked, this, &StoriesPanel::removeSelected);
    connect(m_themes, &QPushButton::clicked, this, &StoriesPanel::editThemes);
    updateButtons();
}

void StoriesPanel::setContext(core::Database* db, const core::Actor& actor, QUndoStack* undo)
{
    m_db = db;
    m_actor = actor;
    m_undo = undo;
    m_exporter->setContext(db, actor);
    if (!db) {
        clear();
        return;
    }
    m_yearStartMonth = storyYearStartMonth(*db, actor);
    const bool canEdit = core::Permissions::allowed(actor.role, Action::EditRecords);
    m_new->setVisible(canEdit);
    m_remove->setVisible(canEdit);
    refresh();
}

void StoriesPanel::refresh()
{
    if (!m_db) {
        return;
    }
    auto stories = StoryService(*m_db).stories(m_actor);
    if (!stories) {
        m_stories.clear();
        m_message->setText(tr("Problem: %1").arg(stories.message()));
        setFeedbackColour(m_message, Feedback::Problem);
        m_message->show();
    } else {
        m_stories = stories.takeValue();
        m_message->hide();
    }
    fill();
}

void StoriesPanel::clear()
{
    m_db = nullptr;
    m_stories.clear();
    m_table->clear();
    m_count->clear();
    m_message->hide();
    updateButtons();
}

void StoriesPanel::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(int(filter))));
}

QList<qint64> StoriesPanel::shownIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        ids << m_table->topLevelItem(i)->data(0, Qt::UserRole).toLongLong();
    }
    return ids;
}

qint64 StoriesPanel::selectedId() const
{
    return recordrows::selectedId(m_table);
}

void StoriesPanel::fill()
{
    const qint64 keep = selectedId();
    const auto filter = Filter(m_filter->currentData().toInt());
    const QString search = m_search->text().trimmed();
    m_table->clear();
    int shown = 0;
    for (const core::StorySummary& s : std::as_const(m_stories)) {
        const bool chosen = !s.chosenFor.isEmpty();
        if ((filter == Filter::Chosen && !chosen)
            || (filter == Filter::NoConsent && s.consentState == core::StoryConsentState::Stands)
            || (filter == Filter::NotAnonymised && s.hasAnonymised && s.identifiersLeft == 0)) {
            continue;
        }
        if (!search.isEmpty() && !s.title.contains(search, Qt::CaseInsensitive)
            && !s.personName.contains(search, Qt::CaseInsensitive)) {
            continue;
        }
        QStringList periods;
        for (const core::StoryPeriod& p : s.chosenFor) {
            periods << storyPeriodShortName(p, m_yearStartMonth);
        }
        const QString author = tr("%1 (%2)").arg(s.personName, core::InvolvementService::standingName(s.authorType));
        QTreeWidgetItem* item = recordrows::addRow(m_table, s.id,
            { shortDate(s.writtenOn), s.title, author, s.themeNames.join(QStringLiteral(", ")),
                consentInWords(s.consentState),
                !s.hasAnonymised            ? tr("✗ Not yet")
                    : s.identifiersLeft > 0 ? tr("✗ Names or details left in")
                                            : tr("Yes"),
                chosen ? periods.join(QStringLiteral("; ")) : tr("Not chosen") });
        for (int c = 0; c < ColumnCount; ++c) {
            item->setToolTip(c, item->text(c));
        }
        ++shown;
    }
    recordrows::selectId(m_table, keep);
    if (m_stories.isEmpty()) {
        m_count->setText(tr("No stories yet."));
    } else if (shown == int(m_stories.size())) {
        m_count->setText(m_stories.size() == 1 ? tr("1 story") : tr("%1 stories").arg(m_stories.size()));
    } else {
        m_count->setText(m_stories.size() == 1 ? tr("%1 of 1 story shown").arg(shown)
                                               : tr("%1 of %2 stories shown").arg(shown).arg(m_stories.size()));
    }
    updateButtons();
}

void StoriesPanel::updateButtons()
{
    const bool selected = m_db && selectedId() > 0;
    m_open->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_new->setEnabled(m_db != nullptr);
    m_themes->setEnabled(m_db != nullptr);
}

void StoriesPanel::newStory(qint64 personId)
{
    if (!m_db) {
        return;
    }
    if (core::Status s = core::Permissions::require(m_actor, Action::EditRecords); !s) {
        prompts::warning(this, tr("New Story"), s.message());
        return;
    }
    StoryDialog dialog(*m_db, m_actor, m_undo, 0, personId, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        recordrows::selectId(m_table, dialog.savedId());
        emit changed();
    }
}

void StoriesPanel::openStory(qint64 id)
{
    if (!m_db || id <= 0) {
        return;
    }
    StoryDialog dialog(*m_db, m_actor, m_undo, id, 0, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedId() > 0) {
        refresh();
        recordrows::selectId(m_table, id);
        emit changed();
    } else {
        refresh(); // consent may have been recorded from the dialog
    }
}

void StoriesPanel::removeSelected()
{
    const qint64 id = selectedId();
    if (!m_db || id <= 0) {
        return;
    }
    StoryService service(*m_db);
    auto story = service.story(m_actor, id);
    if (!story) {
        prompts::warning(this, tr("Story Not Removed"), story.message());
        return;
    }
    const core::Story before = story.value();
    if (!prompts::confirm(this, tr("Remove Story"),
            tr("Remove the story “%1” by %2? Its themes and the reports it is chosen for go with it. Edit > Undo "
               "brings it back.")
                .arg(before.title, before.personName),
            tr("Remove"))) {
        return;
    }
    if (core::Status s = service.removeStory(m_actor, id); !s) {
        prompts::warning(this, tr("Story Not Removed"), s.message());
        return;
    }
    core::Database* db = m_db;
    const core::Actor actor = m_actor;
    pushSaved<core::Story>(
        m_undo, tr("Remove the story “%1”").arg(before.title), before, std::nullopt,
        [db, actor](const core::Story& s) { return StoryService(*db).saveStory(actor, s); },
        [db, actor](qint64 removed) { return StoryService(*db).removeStory(actor, removed); });
    refresh();
    emit changed();
}

void StoriesPanel::editThemes()
{
    if (!m_db) {
        return;
    }
    StoryThemesDialog dialog(*m_db, m_actor, m_undo, this);
    dialog.exec();
    if (dialog.madeChanges()) {
        refresh();
        emit changed();
    }
}

} // namespace alongside::ui
