#include "shell/PreferencesDialog.h"

#include "shell/AppSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
constexpr int kMaxNameLength = 40;
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_clerk = new QLineEdit(AppSettings::clerkName());
    m_clerk->setObjectName(QStringLiteral("clerkNameEdit"));
    m_clerk->setMaxLength(kMaxNameLength);
    m_clerk->setPlaceholderText(tr("Your full name"));
    form->addRow(tr("Clerk's &name:"), m_clerk);
    auto *clerkNote
        = new QLabel(tr("Recorded with every change in the change history of the ledgers you open on "
                        "this computer."));
    clerkNote->setWordWrap(true);
    clerkNote->setStyleSheet(QStringLiteral("color: #555;"));
    form->addRow(QString(), clerkNote);

    m_keep = new QSpinBox;
    m_keep->setObjectName(QStringLiteral("backupKeepSpin"));
    m_keep->setRange(AppSettings::kMinBackupKeep, AppSettings::kMaxBackupKeep);
    m_keep->setValue(AppSettings::backupKeep());
    m_keep->setSuffix(tr(" days"));
    form->addRow(tr("&Daily backups to keep:"), m_keep);
    auto *keepNote
        = new QLabel(tr("A copy of the ledger is made at the first opening of each day, in a folder "
                        "beside the ledger file; older daily copies are removed."));
    keepNote->setWordWrap(true);
    keepNote->setStyleSheet(QStringLiteral("color: #555;"));
    form->addRow(QString(), keepNote);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

void PreferencesDialog::save()
{
    AppSettings::setClerkName(m_clerk->text());
    AppSettings::setBackupKeep(m_keep->value());
}

QString PreferencesDialog::askClerkName(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("ClerkNameDialog"));
    dialog.setWindowTitle(tr("Your name"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro
        = new QLabel(tr("Every change to a ledger is recorded in its change history with the name of the "
                        "clerk who made it. Please enter your name. You can change it later "
                        "under File › Preferences."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("clerkNameEdit"));
    name->setMaxLength(kMaxNameLength);
    form->addRow(tr("Clerk's &name:"), name);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox;
    QPushButton *ok = buttons->addButton(QDialogButtonBox::Ok);
    buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    ok->setEnabled(false);
    layout->addWidget(buttons);
    QObject::connect(name, &QLineEdit::textChanged, ok,
        [ok](const QString &text) { ok->setEnabled(!text.simplified().isEmpty()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.setMinimumWidth(440);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QString given = name->text().simplified();
    if (!given.isEmpty())
        AppSettings::setClerkName(given);
    return given;
}

} // namespace tl::ui
