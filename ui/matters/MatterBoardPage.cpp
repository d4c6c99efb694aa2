#include "matters/MatterBoardPage.h"

#include "matters/DeliberationSettingsDialog.h"
#include "shell/LedgerContext.h"
#include "matters/MatterBoard.h"
#include "matters/MatterFilterModel.h"
#include "matters/MatterModel.h"
#include "common/TableExporter.h"
#include "model/VillageRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

namespace {
QString quarterName(const QDate &from)
{
    return MatterBoardPage::tr("%1 Q%2").arg(from.year()).arg((from.month() - 1) / 3 + 1);
}
} // namespace

MatterBoardPage::MatterBoardPage(LedgerContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("MatterBoardPage"));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(tr("Four deliberations, two disclosures: all matters of the township"), this);
    QFont big = heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    heading->setFont(big);
    auto *rules = new QPushButton(tr("R&ules…"), this);
    rules->setObjectName(QStringLiteral("rulesButton"));
    rules->setToolTip(tr("Quorum of the joint meeting, disclosure periods and deadlines, attachment size"));
    auto *headRow = new QHBoxLayout;
    headRow->addWidget(heading, 1);
    headRow->addWidget(rules);
    layout->addLayout(headRow);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setPlaceholderText(tr("Search title, village, proposer"));
    m_search->setClearButtonEnabled(true);
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("villageFilter"));
    m_village->setMinimumContentsLength(8);
    m_village->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), -1);
    for (MatterStatus s : {MatterStatus::Draft, MatterStatus::InProgress, MatterStatus::Resolved, MatterStatus::Disclosing,
                           MatterStatus::AwaitingResult, MatterStatus::Completed, MatterStatus::Rejected,
                           MatterStatus::Withdrawn})
        m_status->addItem(MatterText::status(s), int(s));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->addItem(tr("All categories"), QString());
    for (const QString &code : MatterText::categoryCodes())
        m_category->addItem(MatterText::category(code), code);
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("quarterFilter"));
    m_needsAction = new QCheckBox(tr("Needs &action"), this);
    m_needsAction->setObjectName(QStringLiteral("needsActionCheck"));
    m_needsAction->setToolTip(tr("Only matters that are overdue or have problems"));
    auto *urgency = new QPushButton(tr("Most ur&gent first"), this);
    urgency->setObjectName(QStringLiteral("urgencySortButton"));
    urgency->setToolTip(tr("Overdue first, then matters with problems, then by due date"));
    filters->addWidget(m_search, 2);
    filters->addWidget(m_village, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_category);
    filters->addWidget(m_quarter);
    filters->addWidget(m_needsAction);
    filters->addWidget(urgency);
    layout->addLayout(filters);

    m_model = new MatterModel(this);
    m_filter = new MatterFilterModel(this);
    m_filter->setMatterModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("boardView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and column widths: measuring 10,000 rows would make the board slow to open.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    auto *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    const QFontMetrics fm = m_view->fontMetrics();
    const int date = fm.horizontalAdvance(QStringLiteral("0000-00-00")) + 20;
    header->setMinimumSectionSize(fm.averageCharWidth() * 6);
    header->resizeSection(MatterModel::Title, fm.averageCharWidth() * 34);
    header->resizeSection(MatterModel::Village, fm.averageCharWidth() * 12);
    header->resizeSection(MatterModel::Category, fm.averageCharWidth() * 26);
    header->resizeSection(MatterModel::Amount, fm.horizontalAdvance(QStringLiteral("00,000,000.00")) + 16);
    header->resizeSection(MatterModel::Status, fm.averageCharWidth() * 24);
    header->resizeSection(MatterModel::NextStep, fm.averageCharWidth() * 22);
    header->resizeSection(MatterModel::Due, date);
    header->resizeSection(MatterModel::Defects, fm.averageCharWidth() * 9 + 20);
    header->resizeSection(MatterModel::LastDate, date);
    header->resizeSection(MatterModel::MotionSource, fm.averageCharWidth() * 22);
    // The title takes the room that is left; the other columns keep widths that fit their values.
    header->setSectionResizeMode(MatterModel::Title, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    m_export = TableExporter::addExportAction(m_view, this, [this] {
        QString title = m_village->currentData().toLongLong() > 0 ? tr("Matters – %1").arg(m_village->currentText())
                                                                   : tr("Matters of the township");
        QStringList filters;
        for (QComboBox *combo : {m_status, m_category, m_quarter})
            if (combo->currentIndex() > 0)
                filters << combo->currentText();
        if (m_needsAction->isChecked())
            filters << tr("needs action");
        if (!m_search->text().trimmed().isEmpty())
            filters << tr("searched");
        if (!filters.isEmpty())
            title = tr("%1 (%2)", "title (filters)").arg(title, filters.join(tr(", ", "separator of a list of filters")));
        return title;
    });
    headRow->addWidget(TableExporter::exportButton(m_export, this));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, m_filter, &MatterFilterModel::setSearchText);
    connect(m_village, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setVillage(m_village->currentData().toLongLong()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_status->currentData().toInt();
        m_filter->setStatus(s < 0 ? std::nullopt : std::optional<MatterStatus>(MatterStatus(s)));
    });
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCategory(m_category->currentData().toString()); });
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &MatterBoardPage::applyQuarter);
    connect(m_needsAction, &QCheckBox::toggled, m_filter, &MatterFilterModel::setNeedsActionOnly);
    connect(urgency, &QPushButton::clicked, this, &MatterBoardPage::sortByUrgency);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MatterBoardPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MatterBoardPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MatterBoardPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MatterBoardPage::updateSummary);
    connect(m_view, &QTableView::doubleClicked, this, &MatterBoardPage::openCurrent);
    connect(rules, &QPushButton::clicked, this, [this] {
        auto *dialog = new DeliberationSettingsDialog(m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(context, &LedgerContext::changed, this, [this](LedgerContext::Change what) {
        using Change = LedgerContext::Change;
        // Matters, their villages, and the rules their findings follow.
        if (!LedgerContext::touches(what, {Change::Matters, Change::Villages, Change::Settings}))
            return;
        if (isVisible())
            reload();
        else
            m_dirty = true;
    });
}

void MatterBoardPage::reload()
{
    m_dirty = false;
    const QDate today = m_context->today();
    m_model->setRows(MatterBoard::rows(m_context->ledger(), today), today);
    fillVillages();
    fillQuarters();
    updateSummary();
}

void MatterBoardPage::fillVillages()
{
    const qint64 keep = m_village->currentData().toLongLong();
    const QSignalBlocker block(m_village);
    m_village->clear();
    m_village->addItem(tr("All villages"), qint64(0));
    for (const Village &v : VillageRepository(m_context->ledger()).all())
        m_village->addItem(v.name, v.id);
    m_village->setCurrentIndex(std::max(0, m_village->findData(keep)));
    m_filter->setVillage(m_village->currentData().toLongLong());
}

void MatterBoardPage::fillQuarters()
{
    // Every quarter from the earliest recorded step to this one, newest first.
    const QDate keep = m_quarter->currentData().toDate();
    QDate first = m_context->today();
    for (const BoardRow &r : m_model->rows())
        if (r.firstDate.isValid() && r.firstDate < first)
            first = r.firstDate;
    const QSignalBlocker block(m_quarter);
    m_quarter->clear();
    m_quarter->addItem(tr("Any time"), QDate());
    QDate from = MatterFilterModel::quarterOf(m_context->today()).first;
    const QDate stop = MatterFilterModel::quarterOf(first).first;
    for (int guard = 0; from >= stop && guard < 200; ++guard, from = from.addMonths(-3))
        m_quarter->addItem(quarterName(from), from);
    m_quarter->setCurrentIndex(std::max(0, m_quarter->findData(keep)));
    applyQuarter();
}

void MatterBoardPage::applyQuarter()
{
    const QDate from = m_quarter->currentData().toDate();
    if (!from.isValid())
        m_filter->setPeriod({}, {});
    else
        m_filter->setPeriod(from, MatterFilterModel::quarterOf(from).second);
}

void MatterBoardPage::setVillageFilter(qint64 villageId)
{
    if (m_dirty)
        reload();
    m_village->setCurrentIndex(std::max(0, m_village->findData(villageId)));
}

void MatterBoardPage::setNeedsActionOnly(bool on)
{
    m_needsAction->setChecked(on);
}

void MatterBoardPage::sortByUrgency()
{
    // The model keeps its rows most urgent first; no sort column shows them in that order.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_filter->sort(-1);
}

void MatterBoardPage::updateSummary()
{
    int action = 0;
    for (const BoardRow &r : m_model->rows())
        action += MatterModel::needsAction(r) ? 1 : 0;
    m_summary->setText(tr("Showing %1 of %2 matters · need action in the township: %3")
                           .arg(m_filter->rowCount())
                           .arg(m_model->rowCount())
                           .arg(action));
}

void MatterBoardPage::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    Q_EMIT openMatter(index.data(MatterModel::VillageIdRole).toLongLong(),
                      index.data(MatterModel::MatterIdRole).toLongLong());
}

void MatterBoardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

bool MatterBoardPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter opens the matter like a double-click.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tl::ui
