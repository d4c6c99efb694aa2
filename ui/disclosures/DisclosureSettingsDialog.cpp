#include "disclosures/DisclosureSettingsDialog.h"

#include "edits/DisclosureEdits.h"
#include "shell/LedgerContext.h"
#include "storage/Settings.h"

#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
QSpinBox *spin(const QString &objectName, int max, const QString &suffix)
{
    auto *s = new QSpinBox;
    s->setObjectName(objectName);
    s->setRange(0, max);
    s->setSuffix(suffix);
    s->setAlignment(Qt::AlignRight);
    s->setMinimumWidth(100);
    return s;
}

QFontComboBox *fontCombo(const QString &objectName)
{
    auto *c = new QFontComboBox;
    c->setObjectName(objectName);
    // Only faces that can set Chinese text; a notice in a Latin face would print empty boxes.
    c->setWritingSystem(QFontDatabase::SimplifiedChinese);
    c->setEditable(false);
    return c;
}
} // namespace

DisclosureSettingsDialog::DisclosureSettingsDialog(LedgerContext *context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("DisclosureSettingsDialog"));
    setWindowTitle(tr("Disclosure rules and notice fonts"));

    const QString days = tr(" days");
    m_financeDays = spin(QStringLiteral("financeDueSpin"), 60, days);
    m_quarterDays = spin(QStringLiteral("quarterlyDueSpin"), 90, days);
    auto *due = new QGroupBox(tr("When a disclosure is due"));
    auto *df = new QFormLayout(due);
    df->addRow(tr("&Finance, after the end of its month:"), m_financeDays);
    df->addRow(tr("&Village and party affairs, after the end of its quarter:"), m_quarterDays);
    auto *dueNote = new QLabel(tr("Finance is disclosed monthly, village and party affairs at least quarterly; "
                                  "provinces set the days."));
    dueNote->setWordWrap(true);
    dueNote->setStyleSheet(QStringLiteral("color: #5f6368;"));
    df->addRow(dueNote);

    m_titleFont = fontCombo(QStringLiteral("titleFontCombo"));
    m_bodyFont = fontCombo(QStringLiteral("bodyFontCombo"));
    auto *fonts = new QGroupBox(tr("Printed notices"));
    auto *ff = new QFormLayout(fonts);
    ff->addRow(tr("&Title font:"), m_titleFont);
    ff->addRow(tr("&Body font:"), m_bodyFont);
    m_sample = new QLabel;
    m_sample->setObjectName(QStringLiteral("fontSample"));
    m_sample->setTextFormat(Qt::RichText);
    m_sample->setFrameShape(QFrame::StyledPanel);
    m_sample->setMinimumHeight(90);
    m_sample->setStyleSheet(QStringLiteral("QLabel { background: white; padding: 8px; }"));
    ff->addRow(m_sample);
    auto *fontNote = new QLabel(tr("The official layout asks for a heavy song face (小标宋 or 宋体) for the title and a "
                                   "fangsong face (仿宋_GB2312, FangSong, STFangsong) at 16 pt for the text. A face this "
                                   "computer lacks is replaced by the first official face installed, else Noto Serif CJK."));
    fontNote->setWordWrap(true);
    fontNote->setStyleSheet(QStringLiteral("color: #5f6368;"));
    ff->addRow(fontNote);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setStyleSheet(QStringLiteral("color: #c5221f;"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(due);
    layout->addWidget(fonts);
    auto *note = new QLabel(tr("Changes apply to the progress page and the findings at once; Edit > Undo reverts them."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DisclosureSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setValues(DisclosureSettings{}, NoticeRenderer::defaultFonts()); });
    connect(m_titleFont, &QFontComboBox::currentFontChanged, this, &DisclosureSettingsDialog::updateSample);
    connect(m_bodyFont, &QFontComboBox::currentFontChanged, this, &DisclosureSettingsDialog::updateSample);

    setValues(SettingsStore(context->ledger()).disclosure(), NoticeRenderer::fonts(context->ledger()));
    if (context->isReadOnly()) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_financeDays, m_quarterDays, m_titleFont, m_bodyFont})
            w->setEnabled(false);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    }
    setMinimumWidth(560);
}

void DisclosureSettingsDialog::setValues(const DisclosureSettings &s, const NoticeFonts &f)
{
    m_financeDays->setValue(s.financeDueDays);
    m_quarterDays->setValue(s.quarterlyDueDays);
    // A face that is not installed stays selected by name, so the setting is not lost silently.
    for (auto [combo, family] : {std::pair{m_titleFont, f.titleFamily}, std::pair{m_bodyFont, f.bodyFamily}}) {
        combo->setCurrentFont(QFont(family));
        if (combo->findText(family) < 0) {
            combo->setEditable(true);
            combo->setEditText(family);
        }
    }
    updateSample();
}

DisclosureSettings DisclosureSettingsDialog::settings() const
{
    DisclosureSettings s;
    s.financeDueDays = m_financeDays->value();
    s.quarterlyDueDays = m_quarterDays->value();
    return s;
}

NoticeFonts DisclosureSettingsDialog::fonts() const
{
    NoticeFonts f;
    f.titleFamily = m_titleFont->currentText().trimmed();
    f.bodyFamily = m_bodyFont->currentText().trimmed();
    return f;
}

void DisclosureSettingsDialog::updateSample()
{
    const NoticeFonts f = fonts();
    m_sample->setText(
        QStringLiteral("<div align=\"center\" style=\"font-family: '%1'; font-size: 16pt; font-weight: 900;\">%2</div>"
                       "<div style=\"font-family: '%3'; font-size: 12pt;\">%4</div>")
            .arg(f.titleFamily.toHtmlEscaped(), tr("Notice of the resolution").toHtmlEscaped(), f.bodyFamily.toHtmlEscaped(),
                 tr("To all villagers: the matter went through these meetings …").toHtmlEscaped()));
}

void DisclosureSettingsDialog::accept()
{
    const DisclosureSettings wanted = settings();
    const NoticeFonts wantedFonts = fonts();
    if (wantedFonts.titleFamily.trimmed().isEmpty() || wantedFonts.bodyFamily.trimmed().isEmpty()) {
        m_error->setText(tr("Choose a font for the title and for the text."));
        m_error->show();
        return;
    }
    // The rules and both fonts in one edit.
    const Result<void> result = edits::setDisclosureSettings(m_context->ledger(), wanted, wantedFonts);
    if (!result) {
        m_error->setText(tr("The settings were not saved: %1").arg(result.message()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tl::ui
