#pragma once

#include "core/actor.h"
#include "core/measures/measuredefinition.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class BandsTable;
class WrappingLabel;

/**
 * The editor for a charity's own questionnaire (an exit questionnaire, a session feedback form):
 * its title, questions answered yes / no / not applicable, on a scale, or in writing, and whether
 * it has a total. Saving stores a new version through MeasureService::saveCustom, checked exactly
 * as a definition file is; responses already recorded keep the version they were given with. A new
 * question is a yes / no / not applicable one and a new questionnaire has no total, so the common
 * case needs only the title and the questions typed.
 */
class QuestionnaireEditor : public QDialog
{
    Q_OBJECT

public:
    /** existing: the current version of a charity's own questionnaire to change; nullopt for a new one. */
    QuestionnaireEditor(core::Database& db, const core::Actor& actor,
        const std::optional<core::MeasureDefinition>& existing, QWidget* parent = nullptr);

    /** The id and version stored by the last successful save. */
    QString savedId() const { return m_savedId; }

    int savedVersion() const { return m_savedVersion; }

    /** The id the questionnaire is kept under ("exit-questionnaire"); derived from the title for a new one. */
    QString measureId() const;

    void accept() override;

private:
    struct Draft
    {
        QString text;
        core::ItemKind kind = core::ItemKind::YesNoNa;
        QList<std::pair<QString, QString>> scale; // value as typed, words shown; Likert only
        core::MeasureItem original; // keeps what the editor does not show (reverse scoring, risk)
    };

    QWidget* makeQuestionsTab();
    QWidget* makeScoringTab();
    void loadDraft(int row);
    void refreshItemRow(int row);
    void addItem();
    void removeItem();
    void moveItem(int by);
    void kindChanged();
    void scaleEdited();
    void applyPreset(int index);
    void addScaleAnswer();
    void removeScaleAnswer();
    void updateScoring();
    void updateId();
    std::optional<core::MeasureDefinition> build(QString* problem, int* tab, QWidget** focus) const;
    std::optional<core::MeasureItem> buildItem(int index, QString* problem) const;
    void showProblem(const QString& text);

    core::Database& m_db;
    core::Actor m_actor;
    std::optional<core::MeasureDefinition> m_existing;
    QStringList m_takenIds;
    QString m_loadProblem; // the questionnaires in use could not be read: nothing is saved
    QList<Draft> m_drafts;
    QString m_savedId;
    int m_savedVersion = 0;
    bool m_loading = false;

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_shortTitle = nullptr;
    QLabel* m_id = nullptr;
    QLineEdit* m_recall = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QListWidget* m_items = nullptr;
    QPushButton* m_addItem = nullptr;
    QPushButton* m_removeItem = nullptr;
    QPushButton* m_upItem = nullptr;
    QPushButton* m_downItem = nullptr;
    QLineEdit* m_itemText = nullptr;
    QComboBox* m_itemKind = nullptr;
    QWidget* m_scaleBox = nullptr;
    QTableWidget* m_scale = nullptr;
    QComboBox* m_preset = nullptr;
    QPushButton* m_addAnswer = nullptr;
    QPushButton* m_removeAnswer = nullptr;
    QComboBox* m_scoring = nullptr;
    QLabel* m_scoringHint = nullptr;
    QComboBox* m_direction = nullptr;
    QWidget* m_totalBox = nullptr;
    BandsTable* m_bands = nullptr;
    QComboBox* m_missing = nullptr;
    QSpinBox* m_maxMissing = nullptr;
    WrappingLabel* m_feedback = nullptr;
};

} // namespace alongside::ui
