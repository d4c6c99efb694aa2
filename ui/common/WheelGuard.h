#pragma once

#include <QObject>

namespace tl::ui {

// A clerk scrolls a long form with the mouse wheel; when the pointer passes over a number, a date
// or a drop-down, Qt would change that field (and the record with it) without a word. The guard
// makes those fields take the wheel only when they have the keyboard focus: otherwise the wheel
// goes on to the form, which scrolls. It also stops the wheel from giving them the focus.
// Tab in a date field leaves the field (Qt would step through its sections), as in any other field.
//
// Installed once on the application (main, and the GUI tests), it covers every window.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace tl::ui
