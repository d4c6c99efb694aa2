#pragma once

#include <QWidget>

class QLineEdit;
class QTextBrowser;

namespace tl::ui {

// 帮助 → 使用手册: the built-in manual (resources/manual, Chinese in every language), with a
// search field. Opened at an entry by its anchor, e.g. a finding's rule code.
class ManualWindow : public QWidget
{
    Q_OBJECT
public:
    // The one manual window, shown and raised, scrolled to `anchor` when given.
    static ManualWindow *open(QWidget *parent, const QString &anchor = {});
    static QString manualUrl() { return QStringLiteral("qrc:/manual/manual_zh_CN.html"); }

    QTextBrowser *browser() const { return m_browser; }
    void showEntry(const QString &anchor);
    // Finds the next occurrence of the search text (wrapping); false when there is none.
    bool findNext();

private:
    explicit ManualWindow(QWidget *parent);

    QLineEdit *m_search;
    QTextBrowser *m_browser;
};

} // namespace tl::ui
