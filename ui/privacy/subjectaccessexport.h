#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QString>

#include <functional>

class QBoxLayout;
class QPushButton;
class QWidget;

namespace alongside::core {
class Database;
}

namespace alongside::ui::privacy {

/**
 * Writes the subject access pack of one person into folder: "<date> subject access <reference or
 * person id>.pdf" (readable), the same name .json (machine-readable, docs/DATA_FORMATS.md) and the
 * files held in the record in a folder beside them. No name is in any file name. Returns the PDF's
 * path. Needs ExportRecords; gathering the pack is audit-logged by core.
 */
core::Result<QString> writeSubjectAccess(
    core::Database& db, const core::Actor& actor, qint64 personId, const QString& folder);

/**
 * Adds a "Subject Access Export…" button to layout when actor may export records: it asks for a
 * folder, writes the pack there and says where. personId is read when the button is pressed.
 */
QPushButton* addSubjectAccessButton(QWidget* dialog, QBoxLayout* layout, core::Database& db, const core::Actor& actor,
    const std::function<qint64()>& personId);

} // namespace alongside::ui::privacy
