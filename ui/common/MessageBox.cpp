#include "common/MessageBox.h"

#include <QPushButton>
#include <QQueue>

namespace tl::ui {

namespace {
QQueue<MessageBox::Button> &answers()
{
    static QQueue<MessageBox::Button> queue;
    return queue;
}
QString &lastTitleText()
{
    static QString text;
    return text;
}
QString &lastBodyText()
{
    static QString text;
    return text;
}
// Notes what is asked; true (with *answer) when a test answered it beforehand.
bool answered(const QString &title, const QString &text, MessageBox::Button *answer)
{
    lastTitleText() = title;
    lastBodyText() = text;
    if (answers().isEmpty())
        return false;
    *answer = answers().dequeue();
    return true;
}
} // namespace

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                                   Buttons buttons, Button defaultButton)
{
    Button answer = QMessageBox::NoButton;
    if (answered(title, text, &answer))
        return answer;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (box.exec() == -1)
        return QMessageBox::Cancel;
    return box.standardButton(box.clickedButton());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                       Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return ask(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    Button answer = QMessageBox::NoButton;
    if (!answered(title, text, &answer))
        QMessageBox::about(parent, title, text);
}

bool MessageBox::withAction(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                            const QString &actionText, Buttons buttons)
{
    Button answer = QMessageBox::NoButton;
    if (answered(title, text, &answer))
        return answer == Action;
    QMessageBox box(icon, title, text, buttons, parent);
    QPushButton *action = box.addButton(actionText, QMessageBox::ActionRole);
    box.setDefaultButton(action);
    box.exec();
    return box.clickedButton() == action;
}

void MessageBox::notify(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text)
{
    Button answer = QMessageBox::NoButton;
    if (answered(title, text, &answer))
        return;
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MessageBox::setNextAnswer(Button answer)
{
    if (answer == QMessageBox::NoButton)
        answers().clear();
    else
        answers().enqueue(answer);
}

int MessageBox::pendingAnswers()
{
    return int(answers().size());
}

QString MessageBox::lastTitle()
{
    return lastTitleText();
}

QString MessageBox::lastText()
{
    return lastBodyText();
}

} // namespace tl::ui
