#pragma once

#include "core/involvement/involvementtypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace alongside::core::identifiers {

/** What to look for in a story's anonymised text. */
struct Sources
{
    QStringList personNames; // the writer's given name, family name and known-as name
    QStringList workerNames; // given and family names of the charity's workers
    QStringList otherNames; // the names of everyone else on file
    QDate dateOfBirth; // the writer's; null: none on file
    QStringList contacts; // the writer's phone, email and postcode
};

/**
 * Every place in text where something from sources appears, in order of position. Names match as
 * whole words, ignoring case and accents; a name that is also an everyday word ("Hope", "May",
 * "Will") matches only when written with a capital letter, and, unless it is the writer's own name,
 * not at the start of a sentence: so "it gave me hope" passes and "I met Hope" does not. A date of birth matches in the
 * forms people write dates (3/7/1985, 03-07-85, 1985-07-03, 3 July 1985, 3rd of July 1985, July 3rd, 1985); phone
 * numbers match on their digits whatever the spacing; email addresses and postcodes ignore case and spaces. Names
 * shorter than two letters are ignored.
 */
QList<IdentifierWarning> find(const QString& text, const Sources& sources);

/**
 * The same check, with the names indexed once: for checking many texts against the same sources
 * (a list of stories, a report).
 */
class Matcher
{
public:
    explicit Matcher(const Sources& sources);
    QList<IdentifierWarning> find(const QString& text) const;

private:
    struct Index;
    std::shared_ptr<Index> m_index;
};

/** Warnings from more than one check, in order, with those inside another dropped. */
QList<IdentifierWarning> merged(QList<IdentifierWarning> found);

/** True when word is an everyday English word that is also a first name ("hope", "will"). */
bool isEverydayWord(const QString& word);

} // namespace alongside::core::identifiers
