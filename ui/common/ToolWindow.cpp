#include "common/ToolWindow.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace tl::ui {

void makeToolWindow(QWidget *window)
{
    auto *close = new QAction(window);
    close->setObjectName(QStringLiteral("closeToolWindowAction"));
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Close);
    keys << QKeySequence(Qt::Key_Escape);
    close->setShortcuts(keys);
    // Only while this window (or a child) has the focus: the main window keeps its own keys.
    close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(close, &QAction::triggered, window, &QWidget::close);
    window->addAction(close);
}

} // namespace tl::ui
