#pragma once

#include "core/actor.h"
#include "core/involvement/involvementtypes.h"

#include <QDialog>
#include <QList>

#include <memory>

class QUndoStack;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

/**
 * Writes or edits one story or case study: the writer (fixed when opened from a person's record,
 * else found by name), who they wrote as, the worker who helped write it, title, date, themes, the
 * consent to use a story that it rests on (with Record Consent Given… for consent given now), the
 * words as written, and the anonymised version for reports. The anonymised text is checked as it
 * is typed: anything that could identify someone (the writer's names, date of birth or contact
 * details, a worker's name) is listed in words under it and marked in the text. "Chosen for
 * report" lists the quarters or financial years the story is chosen for. Saved in one go through
 * StoryService::saveStory; one undo takes it back. Read-only without EditRecords.
 */
class StoryDialog : public QDialog
{
    Q_OBJECT

public:
    /** storyId 0: a new story; personId: the writer of a new story, fixed (0: chosen in the dialog). */
    StoryDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 storyId = 0, qint64 personId = 0,
        QWidget* parent = nullptr);
    ~StoryDialog() override;

    /** The id of the story saved (after Save). */
    qint64 savedId() const;
    /** What was saved, in a sentence (after the dialog closed with Save). */
    QString summary() const;

    /** The identifier warnings listed now for the anonymised text. */
    QList<core::IdentifierWarning> warnings() const;
    /** Checks the anonymised text now rather than after the pause in typing. */
    void checkNow();

    void accept() override;
    /** Asks before unsaved changes are thrown away. */
    void reject() override;

protected:
    /** Return on a warning selects its words (rather than pressing Save). */
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/**
 * "April to June 2026 (Q1 2026–27)", "Financial year 2026–27" or "3 Mar 2026 to 2 Apr 2026": a
 * period a story is chosen for, named against the charity's financial year (its first month).
 */
QString storyPeriodName(const core::StoryPeriod& period, int yearStartMonth);

/** The same, briefly, for a list: "Apr–Jun 2026", "Year 2026–27", "3 Mar 2026 – 2 Apr 2026". */
QString storyPeriodShortName(const core::StoryPeriod& period, int yearStartMonth);

/** The quarters and financial years offered when choosing a story for a report, around today. */
QList<core::StoryPeriod> storyPeriodChoices(const QDate& today, int yearStartMonth);

/** The charity's financial year's first month (April unless set otherwise). */
int storyYearStartMonth(core::Database& db, const core::Actor& actor);

} // namespace alongside::ui
