#include "disclosures/DisclosureProgressPage.h"

#include "disclosures/DisclosureDialog.h"
#include "disclosures/DisclosureModel.h"
#include "disclosures/DisclosureProgressModel.h"
#include "shell/LedgerContext.h"
#include "common/TableExporter.h"
#include "model/VillageRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMetaMethod>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
QLabel *swatch(const QColor &background, const QColor &foreground, const QString &text, const QString &tip, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setToolTip(tip);
    l->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid #c8c8c8; padding: 2px 8px; }")
                         .arg(background.name(), foreground.name()));
    return l;
}
} // namespace

DisclosureProgressPage::DisclosureProgressPage(LedgerContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("DisclosureProgressPage"));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(tr("Disclosure progress"), this);
    QFont hf = heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    hf.setBold(true);
    heading->setFont(hf);
    layout->addWidget(heading);

    auto *top = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Finance (monthly)"), int(DisclosureKind::Finance));
    m_kind->addItem(tr("Village affairs (quarterly)"), int(DisclosureKind::Affairs));
    m_kind->addItem(tr("Party affairs (quarterly)"), int(DisclosureKind::Party));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, context->today().year() + 1);
    m_year->setValue(context->today().year());
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addSpacing(12);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(24);
    // The legend: the colours of the cells.
    const QString legendTip = tr("A disclosure is due some days after its period ends (Settings > Disclosure rules)");
    top->addWidget(swatch(DisclosureModel::stateBackground(DueItem::State::Done),
                          DisclosureModel::stateForeground(DueItem::State::Done), tr("✓ done"), legendTip, this));
    top->addWidget(swatch(DisclosureModel::stateBackground(DueItem::State::DoneLate),
                          DisclosureModel::stateForeground(DueItem::State::DoneLate), tr("! done late"), legendTip, this));
    top->addWidget(swatch(DisclosureModel::stateBackground(DueItem::State::Due),
                          DisclosureModel::stateForeground(DueItem::State::Due), tr("due (not late yet)"), legendTip, this));
    top->addWidget(swatch(DisclosureModel::stateBackground(DueItem::State::Overdue),
                          DisclosureModel::stateForeground(DueItem::State::Overdue), tr("overdue"), legendTip, this));
    top->addWidget(swatch(QColor(0xf4, 0xf4, 0xf4), QColor(0x80, 0x86, 0x8b), tr("period not ended"), legendTip, this));
    top->addStretch(1);
    layout->addLayout(top);

    m_model = new DisclosureProgressModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("progressView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setStyleSheet(QStringLiteral("QTableView#progressView { gridline-color: #ffffff; }"
                                         "QTableView#progressView::item:selected { border: 2px solid #1a73e8; color: black; }"));
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    m_export = TableExporter::addExportAction(m_view, this, [this] {
        return tr("Disclosure progress %1 – %2", "year, kind").arg(m_year->value()).arg(m_kind->currentText());
    });
    top->addWidget(TableExporter::exportButton(m_export, this));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *hint = new QLabel(tr("Double-click a cell (or press Enter) to open the disclosure, or to record a missing one."), this);
    hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    layout->addWidget(hint);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DisclosureProgressPage::applyKind);
    connect(m_year, &QSpinBox::valueChanged, this, &DisclosureProgressPage::reload);
    connect(m_view, &QTableView::doubleClicked, this, &DisclosureProgressPage::activate);
    connect(context, &LedgerContext::changed, this, [this](LedgerContext::Change what) {
        using Change = LedgerContext::Change;
        // Disclosures, the villages that owe them, and the rules for when they are due.
        if (!LedgerContext::touches(what, {Change::Disclosures, Change::Villages, Change::Settings}))
            return;
        if (isVisible())
            reload();
        else
            m_dirty = true;
    });
    reload();
}

void DisclosureProgressPage::reload()
{
    m_dirty = false;
    Ledger &ledger = m_context->ledger();
    QList<DisclosureProgressModel::VillageRow> villages;
    for (const Village &v : VillageRepository(ledger).all())
        villages << DisclosureProgressModel::VillageRow{v.id, v.name};
    const int year = m_year->value();
    // One schedule query for the whole year and all kinds; switching the kind only filters.
    const QList<DueItem> items =
        DisclosureSchedule::items(ledger, QDate(year, 1, 1), QDate(year, 12, 31), m_context->today());
    const QModelIndex keep = m_view->currentIndex();
    m_model->setSchedule(villages, items, year, m_context->today());
    m_model->setKind(DisclosureKind(m_kind->currentData().toInt()));
    if (keep.isValid() && keep.row() < m_model->rowCount() && keep.column() < m_model->columnCount())
        m_view->setCurrentIndex(m_model->index(keep.row(), keep.column()));
    sizeColumns();
    updateSummary();
}

void DisclosureProgressPage::setYear(int year)
{
    m_year->setValue(year);
}

void DisclosureProgressPage::setKindIndex(int index)
{
    m_kind->setCurrentIndex(index);
}

void DisclosureProgressPage::applyKind()
{
    m_model->setKind(DisclosureKind(m_kind->currentData().toInt()));
    sizeColumns();
    updateSummary();
}

void DisclosureProgressPage::sizeColumns()
{
    const QFontMetrics fm = m_view->fontMetrics();
    auto *header = m_view->horizontalHeader();
    int villageWidth = fm.averageCharWidth() * 10;
    for (int r = 0; r < m_model->rowCount(); ++r)
        villageWidth = std::max(villageWidth, fm.horizontalAdvance(m_model->village(r).name) + 24);
    header->resizeSection(0, villageWidth);
    const int cell = std::max(fm.horizontalAdvance(tr("✓ %1").arg(QStringLiteral("00-00"))),
                              fm.horizontalAdvance(tr("%n d late", nullptr, 300))) + 20;
    // The periods share the width; the village and the overdue count keep theirs.
    header->setMinimumSectionSize(std::min(cell, fm.averageCharWidth() * 8));
    for (int c = 1; c < m_model->columnCount(); ++c) {
        header->setSectionResizeMode(c, m_model->isPeriodColumn(c) ? QHeaderView::Stretch : QHeaderView::Interactive);
        header->resizeSection(c, cell);
    }
    header->setStretchLastSection(false);
}

void DisclosureProgressPage::updateSummary()
{
    const QString kind = DisclosureText::kind(m_model->kind());
    m_summary->setText(tr("%1, %2: %3 done, %4 done late, %5 due, %6 overdue.")
                           .arg(kind)
                           .arg(m_model->year())
                           .arg(m_model->count(DueItem::State::Done))
                           .arg(m_model->count(DueItem::State::DoneLate))
                           .arg(m_model->count(DueItem::State::Due))
                           .arg(m_model->count(DueItem::State::Overdue)));
}

void DisclosureProgressPage::activate(const QModelIndex &index)
{
    if (!index.isValid() || !m_model->isPeriodColumn(index.column()))
        return;
    const auto &village = m_model->village(index.row());
    const qint64 disclosureId = index.data(DisclosureProgressModel::DisclosureIdRole).toLongLong();
    if (disclosureId > 0) {
        if (isSignalConnected(QMetaMethod::fromSignal(&DisclosureProgressPage::openDisclosure))) {
            Q_EMIT openDisclosure(village.id, disclosureId);
            return;
        }
        auto *dialog = new DisclosureDialog(m_context, village.id, disclosureId, this);
        dialog->open();
        return;
    }
    if (m_context->isReadOnly())
        return;
    // Not recorded yet: a new disclosure for this village, kind and period.
    Disclosure draft;
    draft.villageId = village.id;
    draft.kind = m_model->kind();
    const auto [start, end] = m_model->periodOfColumn(index.column());
    draft.periodStart = start;
    draft.periodEnd = end;
    draft.title = DisclosureDialog::suggestedTitle(village.name, draft.kind, start);
    auto *dialog = new DisclosureDialog(m_context, draft, this);
    dialog->open();
}

void DisclosureProgressPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

bool DisclosureProgressPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier)) {
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tl::ui
