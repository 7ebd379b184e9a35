#pragma once

#include "core/actor.h"
#include "core/supervision/supervisiontypes.h"

#include <QIcon>
#include <QIdentityProxyModel>
#include <QString>

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

/**
 * "✕ Next supervision due on 3 November 2026: overdue by 19 days.", or why none is expected, for
 * one worker today (with the charity's "due soon" window). The caller has checked that actor may
 * see supervision.
 */
QString nextDueSentence(core::Database& db, const core::Actor& actor, qint64 workerId);

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
