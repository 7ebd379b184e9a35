#include "savedchange.h"

namespace alongside::ui {

namespace {
std::function<void(const core::Error&)>& errorHandler()
{
    static std::function<void(const core::Error&)> handler;
    return handler;
}
} // namespace

SavedChange::SavedChange(const QString& text, Step undo, Step redo)
    : m_undo(std::move(undo))
    , m_redo(std::move(redo))
{
    setText(text);
}

void SavedChange::setErrorHandler(std::function<void(const core::Error&)> handler)
{
    errorHandler() = std::move(handler);
}

void SavedChange::undo()
{
    run(m_undo);
}

void SavedChange::redo()
{
    if (m_done) {
        m_done = false; // pushed after the change was made
        return;
    }
    run(m_redo);
}

void SavedChange::run(const Step& step)
{
    const core::Status s = step();
    if (!s) {
        setObsolete(true); // QUndoStack drops it; the history before it no longer matches the records
        if (errorHandler()) {
            errorHandler()(s.error());
        }
    }
}

} // namespace alongside::ui
