#include "shell/Icons.h"

#include <QHash>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initTlResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace tl::ui {

QIcon appIcon(const QString &name)
{
    static const bool registered = (initTlResources(), true);
    Q_UNUSED(registered);
    // QIcon loads the SVG lazily; caching keeps one engine per icon for the whole program.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

} // namespace tl::ui
