#pragma once

#include "core/actor.h"
#include "core/workforce/workforcetypes.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace alongside::core {
class Database;
} // namespace alongside::core

namespace alongside::ui {

class FeedbackBanner;

/**
 * Records (or changes) one course a worker completed: the course, when, an expiry date from the
 * certificate if it differs from the course's refresh interval, and the certificate file itself.
 * Saves through TrainingService on OK and puts the change on the undo stack; a refused value keeps
 * the dialog open with the service's reason. Roles that may not change records can only read it and
 * save the certificate.
 */
class CompletionDialog : public QDialog
{
    Q_OBJECT

public:
    CompletionDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 workerId,
        const std::optional<core::Completion>& existing, QWidget* parent = nullptr);

    /** The completion saved, once accepted. */
    qint64 completionId() const { return m_completionId; }

    void accept() override;

private:
    void showFeedback(const QString& message, bool problem);
    void updateExpiry();
    void updateCertificate();
    void attachCertificate();
    void saveCertificateAs();
    void removeCertificate();

    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    qint64 m_workerId;
    std::optional<core::Completion> m_existing;
    QList<core::Course> m_courses;
    qint64 m_completionId = 0;
    bool m_canEdit;

    // The certificate as it will be saved.
    QByteArray m_newCertificate;
    QString m_certificateName;
    bool m_hasCertificate = false;
    bool m_certificateChanged = false;

    QComboBox* m_course;
    QDateEdit* m_completed;
    QCheckBox* m_overrideExpiry;
    QDateEdit* m_expires;
    QLabel* m_computedExpiry;
    QLineEdit* m_provider;
    QSpinBox* m_credits;
    QLineEdit* m_note;
    QLabel* m_certificate;
    QPushButton* m_attach;
    QPushButton* m_saveAs;
    QPushButton* m_removeCertificate;
    FeedbackBanner* m_feedback;
};

} // namespace alongside::ui
