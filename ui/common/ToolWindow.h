#pragma once

class QWidget;

namespace tl::ui {

// A window of its own beside the main window (the matters board, the households, the change
// history …): it closes with Esc and with Ctrl+W (Ctrl+F4 on Windows), like the tool windows of
// other office programs. An Esc that an open cell editor or a popup wants still goes to them.
void makeToolWindow(QWidget *window);

} // namespace tl::ui
