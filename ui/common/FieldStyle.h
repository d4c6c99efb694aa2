#pragma once

#include "model/Validation.h"

#include <QString>

class QLabel;
class QWidget;

namespace tl::ui {

// Marks fields the clerk must correct, the same way in every form: a red frame and a tooltip on
// the field, and the reason in a small red label under it (hidden while the field is fine).
namespace FieldStyle {

// A hidden red label for a field's reason; wraps long reasons instead of widening the form.
QLabel *createErrorLabel(QWidget *parent, const QString &objectName = {});
// Marks (reason non-empty) or clears (reason empty) one field and its label (label may be null).
void setError(QWidget *field, QLabel *label, const QString &reason);
// Like setError, in amber: something worth a look that does not stop a save.
void setWarning(QWidget *field, QLabel *label, const QString &reason);
bool isMarked(const QWidget *field);

// All messages of `field` in errors, one per line ("" when none).
QString messagesFor(const FieldErrors &errors, const QString &field);

} // namespace FieldStyle
} // namespace tl::ui
