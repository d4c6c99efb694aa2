#include "help/ManualWindow.h"

#include "common/ToolWindow.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
QPointer<ManualWindow> g_window;
} // namespace

ManualWindow::ManualWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("ManualWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Manual"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("manualSearch"));
    m_search->setPlaceholderText(tr("Search the manual…"));
    m_search->setClearButtonEnabled(true);
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(manualUrl()));

    auto *label = new QLabel(tr("&Find:"));
    label->setBuddy(m_search);
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);

    connect(m_search, &QLineEdit::returnPressed, this, &ManualWindow::findNext);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    makeToolWindow(this);
    resize(760, 640);
}

ManualWindow *ManualWindow::open(QWidget *parent, const QString &anchor)
{
    if (!g_window)
        g_window = new ManualWindow(parent ? parent->window() : nullptr);
    g_window->show();
    g_window->raise();
    g_window->activateWindow();
    if (!anchor.isEmpty())
        g_window->showEntry(anchor);
    return g_window;
}

void ManualWindow::showEntry(const QString &anchor)
{
    m_browser->scrollToAnchor(anchor);
}

bool ManualWindow::findNext()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return false;
    if (m_browser->find(text))
        return true;
    // From the top again.
    m_browser->moveCursor(QTextCursor::Start);
    return m_browser->find(text);
}

} // namespace tl::ui
