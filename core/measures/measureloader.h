#pragma once

#include "core/measures/measuredefinition.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace alongside::core {

/**
 * Reads one measure definition from JSON (the format is in docs/ARCHITECTURE.md, "Outcome measures") and checks it, so
 * the engine only ever sees a sound definition. Every error names the file and the field, e.g.
 * "phq9.json: bands[2].min: 9 overlaps the band before it (5-9)".
 */
class MeasureLoader
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::MeasureLoader)

public:
    static Result<MeasureDefinition> fromJson(const QByteArray& json, const QString& fileName);
    static Result<MeasureDefinition> fromFile(const QString& path);

    /**
     * The definition as JSON in the same format fromJson reads (every item lists its own answers),
     * so fromJson(toJson(d)) gives d back. Used to store a charity's own or adjusted definitions.
     */
    static QByteArray toJson(const MeasureDefinition& definition);
};

/**
 * Every measure definition Alongside knows: the ones shipped in the resource folder :/measures/
 * plus any extra folder (a charity's own questionnaires, or test data). Owns the definitions;
 * invariant: at most one definition per (id, version). A broken file is skipped and its error kept,
 * so one bad file never hides the others.
 */
class MeasureLibrary
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::MeasureLibrary)

public:
    static QString builtInFolder() { return QStringLiteral(":/measures"); }

    /** Loads the shipped definitions. */
    MeasureLibrary();

    /** Loads every *.json file in folder (sorted by name); returns how many loaded. */
    int loadFolder(const QString& folder);

    const QList<MeasureDefinition>& definitions() const { return m_definitions; }

    const QStringList& errors() const { return m_errors; }

    /** The definition with this id and version, or nullptr. */
    const MeasureDefinition* find(const QString& id, int version) const;
    /** The highest version with this id, or nullptr. */
    const MeasureDefinition* latest(const QString& id) const;

private:
    QList<MeasureDefinition> m_definitions;
    QStringList m_errors;
};

} // namespace alongside::core
