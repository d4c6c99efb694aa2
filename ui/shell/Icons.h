#pragma once

#include <QIcon>
#include <QString>

namespace tl::ui {

// The program's own icons (SVG, resources/icons/<name>.svg). The resources live in the static
// tlui library, so they are registered here on first use; a program that never calls this would
// otherwise lose them at link time.
QIcon appIcon(const QString &name);

} // namespace tl::ui
