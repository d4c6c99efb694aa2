#include "grids/GridSettingsDialog.h"

#include "edits/GridEdits.h"
#include "shell/LedgerContext.h"
#include "storage/Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tl::ui {

GridSettingsDialog::GridSettingsDialog(LedgerContext *context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("GridSettingsDialog"));
    setWindowTitle(tr("Grid rules"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("About 50 households per grid and 10 per grid worker are the usual rule; counties set "
                                "their own. These figures drive Propose grids and the grid findings."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto spin = [this](const QString &name, int min, int max, const QString &suffix) {
        auto *s = new QSpinBox(this);
        s->setObjectName(name);
        s->setRange(min, max);
        s->setSuffix(suffix);
        return s;
    };
    // The ranges are SettingsStore::validate's; the spin boxes only keep the clerk inside them.
    m_size = spin(QStringLiteral("sizeSpin"), 5, 1000, tr(" households"));
    m_tolerance = spin(QStringLiteral("toleranceSpin"), 0, 200, tr(" %"));
    m_perWorker = spin(QStringLiteral("perWorkerSpin"), 1, 200, tr(" households"));
    m_workerMax = spin(QStringLiteral("workerMaxSpin"), 1, 1000, tr(" households"));
    m_limit = new QLabel(this);
    m_limit->setObjectName(QStringLiteral("limitLabel"));
    m_limit->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *form = new QFormLayout;
    form->addRow(tr("Households per &grid:"), m_size);
    form->addRow(tr("A grid may be &above that by:"), m_tolerance);
    form->addRow(QString(), m_limit);
    form->addRow(tr("Households per grid &worker, usually:"), m_perWorker);
    form->addRow(tr("…and at &most:"), m_workerMax);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c5221f;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                                     this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!context->isReadOnly());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GridSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(GridSettings{}); });
    layout->addWidget(m_buttons);

    for (QSpinBox *s : {m_size, m_tolerance, m_perWorker, m_workerMax})
        connect(s, &QSpinBox::valueChanged, this, &GridSettingsDialog::validateNow);
    setSettings(SettingsStore(context->ledger()).grid());
}

void GridSettingsDialog::setSettings(const GridSettings &s)
{
    m_size->setValue(s.size);
    m_tolerance->setValue(s.tolerancePct);
    m_perWorker->setValue(s.perWorker);
    m_workerMax->setValue(s.workerMax);
    validateNow();
}

GridSettings GridSettingsDialog::settings() const
{
    GridSettings s;
    s.size = m_size->value();
    s.tolerancePct = m_tolerance->value();
    s.perWorker = m_perWorker->value();
    s.workerMax = m_workerMax->value();
    return s;
}

void GridSettingsDialog::validateNow()
{
    const GridSettings s = settings();
    // The same integer rule as the finding: above size × (100 + tolerance) / 100.
    const qint64 limit = qint64(s.size) * (100 + s.tolerancePct) / 100;
    m_limit->setText(tr("A grid with more than %1 households is listed in the findings.").arg(limit));
    const QString invalid = SettingsStore::validate(s);
    m_error->setText(invalid.isEmpty() ? QString() : tr("Cannot be saved: %1").arg(invalid));
    m_error->setVisible(!invalid.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(invalid.isEmpty() && !m_context->isReadOnly());
}

void GridSettingsDialog::accept()
{
    const GridSettings wanted = settings();
    if (!SettingsStore::validate(wanted).isEmpty()) {
        validateNow();
        return;
    }
    if (const Result<void> changed = edits::changeGridSettings(m_context->ledger(), wanted); !changed) {
        m_error->setText(tr("The grid rules were not saved: %1").arg(changed.message()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tl::ui
