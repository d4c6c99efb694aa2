#include "common/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QAbstractScrollArea>
#include <QEvent>
#include <QWheelEvent>

namespace tl::ui {

namespace {
// Spin boxes (numbers, amounts), date and time edits (QDateTimeEdit is a spin box) and combo boxes.
bool takesWheel(QObject *o)
{
    return qobject_cast<QAbstractSpinBox *>(o) || qobject_cast<QComboBox *>(o);
}

// Tab in a date field goes to the next field, as in every other field of a form; Qt's date edit
// would step to its next section (month, day) instead. The sections are reached with the arrow keys.
bool leaveDateField(QDateTimeEdit *edit, bool forward)
{
    QWidget *w = edit;
    do {
        w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
        if (!w || w == edit)
            return false;
    } while (edit->isAncestorOf(w) || !w->isVisibleTo(edit->window()) || !w->isEnabled() ||
             !(w->focusPolicy() & Qt::TabFocus) || w->window() != edit->window());
    w->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}
} // namespace

void WheelGuard::install()
{
    static WheelGuard *guard = nullptr;
    if (guard || !qApp)
        return;
    guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
        // Qt's default for these is WheelFocus: the wheel would give them the focus first.
        if (takesWheel(watched)) {
            auto *w = static_cast<QWidget *>(watched);
            if (w->focusPolicy() == Qt::WheelFocus)
                w->setFocusPolicy(Qt::StrongFocus);
        }
        break;
    case QEvent::KeyPress: {
        auto *edit = qobject_cast<QDateTimeEdit *>(watched);
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        const bool backtab = key->key() == Qt::Key_Backtab;
        if (edit && (tab || backtab) && leaveDateField(edit, tab && !(key->modifiers() & Qt::ShiftModifier)))
            return true;
        break;
    }
    case QEvent::Wheel:
        if (takesWheel(watched) && !static_cast<QWidget *>(watched)->hasFocus()) {
            // The form the field sits in scrolls instead: the wheel goes to the nearest scroll
            // area (a form, a table), as if the pointer were over its empty background.
            auto *field = static_cast<QWidget *>(watched);
            for (QWidget *w = field->parentWidget(); w; w = w->parentWidget())
                if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
                    const auto *wheel = static_cast<QWheelEvent *>(event);
                    const QPointF at = area->viewport()->mapFromGlobal(wheel->globalPosition());
                    QWheelEvent forwarded(at, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(),
                                          wheel->buttons(), wheel->modifiers(), wheel->phase(), wheel->inverted(),
                                          wheel->source());
                    QCoreApplication::sendEvent(area->viewport(), &forwarded);
                    break;
                }
            return true; // never to the field
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tl::ui
