#pragma once

#include "model/Validation.h"

namespace tl {

// Outcome of saving one record: its id, or the reasons it was refused (per field when known).
struct Saved
{
    qint64 id = 0;
    FieldErrors errors;

    bool ok() const { return errors.isEmpty(); }
    QString message() const
    {
        QStringList parts;
        for (const FieldError &e : errors)
            parts << e.message;
        return parts.join(QStringLiteral("; "));
    }
    static Saved failure(const QString &field, const QString &message) { return Saved{0, {{field, message}}}; }
};

} // namespace tl
