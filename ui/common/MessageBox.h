#pragma once

#include <QMessageBox>
#include <QString>

namespace tl::ui {

// Every message box of the application goes through here (after KeePassXC's MessageBox).
//
// Why: a message box runs its own event loop and waits for a click, which a test cannot give
// without timers hunting for the box. Tests queue the answers instead (setNextAnswer) and drive
// the real windows; each queued answer is used by the next box, which is then not shown. With
// nothing queued the clerk sees exactly what QMessageBox shows.
//
// The texts of the boxes asked go to lastTitle()/lastText() too, shown or answered, so a test can
// check what the clerk was told.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    // As QMessageBox's static functions: the button clicked (Escape gives the escape button).
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static void about(QWidget *parent, const QString &title, const QString &text);

    // A box with a button of its own (ActionRole, the default) besides `buttons`, e.g. "Open
    // folder" after a file was saved. True when the clerk clicked it; answered with Action.
    static constexpr Button Action = QMessageBox::Open;
    static bool withAction(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                           const QString &actionText, Buttons buttons = QMessageBox::Close);

    // A window-modal box that returns at once, for news that must not stop the clerk (or that
    // is told from where waiting for a click is not wanted). A queued answer takes it away.
    static void notify(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text);

    // Tests: the next box asked is answered with `answer` and not shown. Answers queue up, one
    // per box, in order; NoButton clears the queue.
    static void setNextAnswer(Button answer);
    static int pendingAnswers();
    static QString lastTitle();
    static QString lastText();

private:
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                      Buttons buttons, Button defaultButton);
};

} // namespace tl::ui
