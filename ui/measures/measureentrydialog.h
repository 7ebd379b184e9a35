#pragma once

#include "core/actor.h"
#include "core/measures/measuredefinition.h"
#include "core/measures/measureengine.h"
#include "core/measures/measureservice.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;

namespace alongside::core {
class Database;
} // namespace alongside::core

namespace alongside::ui {

/**
 * One questionnaire filled in for a person supported: the measure (the current version of each
 * shipped, adjusted or charity's own measure), the episode it belongs to and the day, then a form
 * made from the definition, one row per item. An item row takes the keyboard focus as a whole: the
 * number of an answer chooses it and moves on to the next item (Y, N and A too for yes / no / not
 * applicable), Backspace or Delete clears it, Left and Right step through the answers. Beside the
 * form, the result as it stands (answered items, total, the reported score, band, caseness and
 * change since the first score of the measure in the episode), or the engine's reason when it
 * cannot be scored, in which case Save is disabled. A risk item answered above its threshold shows
 * a banner with an icon and words at once, and Save stays disabled until the person entering it
 * ticks that they have seen it; the acknowledgement is recorded with the response. Saved through
 * core::MeasureService::record; a refusal is shown in the dialog and the answers are kept.
 * showRecorded() turns the dialog into a read-only view of a recorded response.
 */
class MeasureEntryDialog : public QDialog
{
    Q_OBJECT

public:
    MeasureEntryDialog(core::Database& db, const core::Actor& actor, qint64 clientId, QWidget* parent = nullptr);
    ~MeasureEntryDialog() override;

    /** Chooses the measure (its current version); false if it is not known. */
    bool setMeasure(const QString& measureId);
    /** Chooses the episode (0: not in an episode); false if it is not one of this person's. */
    bool setEpisode(qint64 episodeId);

    /** Shows a recorded response, read-only, scored with the version that scored it. */
    void showRecorded(const core::MeasureResponse& response);

    /** The id of the response saved; 0 until saved. */
    qint64 savedId() const;
    /**
     * What was saved, with its id, the definition version and the acknowledgement as stored, so
     * MeasureService::record(savedInput()) re-creates it after a removal (for redo).
     */
    core::MeasureResponseInput savedInput() const;

    /** The answers as they stand, one per item of the chosen measure. */
    QList<std::optional<int>> answers() const;
    /** The engine's result for the answers as they stand. */
    core::ScoreResult currentResult() const;

    QComboBox* measureCombo() const;
    QComboBox* episodeCombo() const;
    QDateEdit* dateEdit() const;
    QCheckBox* riskCheck() const;
    QPushButton* saveButton() const;

    /** "12.5", "7": a score as shown. */
    static QString scoreText(double score);
    /** "4 points better: a reliable improvement", or why no change can be given. */
    static QString changeText(const core::MeasureDefinition& definition, const core::ChangeResult& change);

    void accept() override;
    void reject() override;

private:
    void showDefinition();
    void updateResult();
    void updateSave();
    /** Moves the focus on from item index: to the next item, else the risk tick or Save. */
    void focusAfter(int index);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace alongside::ui
