#pragma once

#include "core/actor.h"
#include "core/supervision/supervisiontypes.h"

#include <QIcon>
#include <QIdentityProxyModel>
#include <QString>

#include <optional>

class QLabel;

namespace alongside::core {
class Database;
} // namespace alongside::core

namespace alongside::ui {

/**
 * How a supervision state looks everywhere it is shown: the same shapes as the compliance matrix
 * (a tick in a circle, a warning triangle, a cross in a square), a symbol that survives
 * black-and-white printing, and colours that only repeat what the words and shapes say.
 */
namespace supervisionlook {

QIcon icon(core::SupervisionDueState state);
/** "✓", "!" or "✕". */
QString symbol(core::SupervisionDueState state);
/** Text and background colours (#rrggbb) for print. */
QString textColour(core::SupervisionDueState state);
QString backgroundColour(core::SupervisionDueState state);
/** The key printed under tables: which symbol means what. */
QString key();

/** When one worker's next supervision is due, in words, and the state those words describe. */
struct NextDue
{
    std::optional<core::SupervisionDueState> state; // none: no supervision expected, or not worked out
    QString text;
};

/**
 * "Next supervision due on 3 November 2026. Overdue by 19 days.", or why none is expected, for one
 * worker today (with the charity's "due soon" window). The caller has checked that actor may see
 * supervision.
 */
NextDue nextDue(core::Database& db, const core::Actor& actor, qint64 workerId);

/**
 * Shows a NextDue: the state's icon (the same shapes as the tables) in iconLabel, hidden when
 * there is no state, and the sentence in textLabel.
 */
void showNextDue(QLabel* iconLabel, QLabel* textLabel, const NextDue& due);

} // namespace supervisionlook

/** Adds the state's icon and colours to the state column of a SupervisionModel (through any proxies). */
class SupervisionDecoration : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override;
};

} // namespace alongside::ui
