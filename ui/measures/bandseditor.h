#pragma once

#include "core/actor.h"
#include "core/measures/measuredefinition.h"
#include "core/measures/measureservice.h"

#include <QDialog>
#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * A problem MeasureLoader or MeasureService found in a definition, in words for the person who
 * typed it: "phq9: bands[2].min: 9 overlaps ..." becomes "Band 3, lowest score: 9 overlaps ...".
 */
QString plainDefinitionProblem(const QString& message, const QString& measureId);

/**
 * The score bands of a measure as an editable table (name, lowest score, highest score) with Add
 * and Remove buttons. A band keeps its stored key when renamed; a new band gets a key made from
 * its name, so results already scored keep pointing at the band they fell in.
 */
class BandsTable : public QWidget
{
    Q_OBJECT

public:
    explicit BandsTable(QWidget* parent = nullptr);

    void setBands(const QList<core::ScoreBand>& bands);
    /** The bands as typed, or nullopt with *problem set when a row cannot be read. */
    std::optional<QList<core::ScoreBand>> bands(QString* problem) const;
    void setReadOnly(bool readOnly);
    /** The score range shown under the table for orientation ("Scores run from 0 to 27."). */
    void setRange(double low, double high, bool higherIsBetter);

    QTableWidget* table() const { return m_table; }

private:
    void addBand();
    void removeBand();

    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_range = nullptr;
};

/**
 * "Adjust Bands and Thresholds": changes the bands, the caseness cut-off and the reliable and
 * meaningful change of a measure with a total. Saving makes a new version (MeasureService::adjust);
 * results already recorded keep the version that scored them. For a measure that comes with
 * Alongside, "Restore the Published Values" fills the form with the published definition's values.
 */
class BandsEditor : public QDialog
{
    Q_OBJECT

public:
    BandsEditor(core::Database& db, const core::Actor& actor, const QString& measureId, QWidget* parent = nullptr);

    /** False when the measure could not be read or has no total; loadProblem() says why. */
    bool isUsable() const { return m_definition.has_value() && m_definition->hasTotal(); }

    QString loadProblem() const { return m_loadProblem; }

    /** The version stored by the last successful save; 0 before. */
    int savedVersion() const { return m_savedVersion; }

    void accept() override;

private:
    void fill(const core::MeasureAdjustment& adjustment);
    void restorePublished();
    void updateCaseness();
    void showProblem(const QString& text);

    core::Database& m_db;
    core::Actor m_actor;
    QString m_measureId;
    std::optional<core::MeasureDefinition> m_definition;
    std::optional<core::MeasureDefinition> m_published;
    QString m_loadProblem;
    int m_savedVersion = 0;
    bool m_filling = false;
    bool m_labelTyped = false; // the cut-off description was typed, so it is not made from the value

    BandsTable* m_bands = nullptr;
    QComboBox* m_casenessWhen = nullptr;
    QDoubleSpinBox* m_casenessValue = nullptr;
    QLineEdit* m_casenessLabel = nullptr;
    QDoubleSpinBox* m_reliable = nullptr;
    QDoubleSpinBox* m_meaningful = nullptr;
    QPushButton* m_restore = nullptr;
    WrappingLabel* m_feedback = nullptr;
};

} // namespace alongside::ui
