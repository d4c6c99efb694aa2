#pragma once

#include <QFileDialog>
#include <QString>
#include <QStringList>

namespace tl::ui {

// Every file dialog of the application goes through here (after KeePassXC's FileDialog).
//
// Why: a file dialog waits for the clerk, which a test cannot do. Tests say beforehand what the
// next dialog answers (setNextFileName, setNextFileNames, setNextDirectory; "" = Cancel) and
// drive the real windows; the dialog is then not shown. With nothing set the clerk sees exactly
// what QFileDialog shows.
//
// Every dialog opens in a folder that exists: the suggestion when its folder is there, the folder
// the clerk used last instead of the plain Documents default, and Documents (created when
// missing) when nothing else is left. The folder of each answer is remembered (QSettings).
//
// lastOffered() is the folder or file the last dialog was opened with, shown or answered, so a
// test can check the suggestion.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {}, QFileDialog::Options options = {});
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &dir = {},
                                        const QString &filter = {}, QFileDialog::Options options = {});
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {}, QFileDialog::Options options = {});
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir = {},
                                        QFileDialog::Options options = QFileDialog::ShowDirsOnly);

    // Tests: the answer of the next file (open or save) or folder dialog, used once;
    // pendingAnswers() counts those set and not used yet, clearAnswers() drops them.
    static void setNextFileName(const QString &fileName);
    static void setNextFileNames(const QStringList &fileNames);
    static void setNextDirectory(const QString &directory);
    static int pendingAnswers();
    static void clearAnswers();
    static QString lastOffered();
};

} // namespace tl::ui
