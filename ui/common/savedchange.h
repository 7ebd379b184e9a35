#pragma once

#include "core/result.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <optional>

namespace alongside::ui {

/**
 * A change already saved through a core service, put on the window's undo stack so that Edit >
 * Undo takes it back (and Redo makes it again) through the same service, audited like any change.
 * The first redo() does nothing: the change was made, and its problems shown, before it was pushed.
 * If taking back fails (someone changed the record since), the message is shown and the stack is
 * cleared rather than left pretending.
 */
class SavedChange : public QUndoCommand
{
public:
    using Step = std::function<core::Status()>;

    SavedChange(const QString& text, Step undo, Step redo);

    void undo() override;
    void redo() override;

    /** Where failures are shown (the main window sets this to a message box). */
    static void setErrorHandler(std::function<void(const core::Error&)> handler);

private:
    void run(const Step& step);

    Step m_undo;
    Step m_redo;
    bool m_done = true;
};

/**
 * Pushes the saving of one row. before: the row as it was (none for a new one); after: as saved,
 * with its id. save() writes a whole row (re-creating it with its id if it was removed); remove()
 * deletes by id. For a removal, pass after = std::nullopt.
 */
template<typename T>
void pushSaved(QUndoStack* stack, const QString& text, const std::optional<T>& before, const std::optional<T>& after,
    std::function<core::Result<qint64>(const T&)> save, std::function<core::Status(qint64)> remove)
{
    if (!stack) {
        return;
    }
    auto apply = [save, remove](const std::optional<T>& from, const std::optional<T>& to) -> core::Status {
        if (to) {
            auto r = save(*to);
            return r ? core::Status::ok() : core::Status(r.error());
        }
        return remove(from->id);
    };
    stack->push(new SavedChange(
        text, [apply, before, after] { return apply(after, before); },
        [apply, before, after] { return apply(before, after); }));
}

} // namespace alongside::ui
