#include "disclosures/DisclosureDialog.h"

#include "committees/CommitteeRepository.h"
#include "edits/DisclosureEdits.h"
#include "common/FieldStyle.h"
#include "shell/LedgerContext.h"
#include "common/MoneyText.h"
#include "model/VillageRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

// ---------------------------------------------------------------------------------------------
// FinanceItemsModel

FinanceItemsModel::FinanceItemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FinanceItemsModel::setItems(const QList<FinanceItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void FinanceItemsModel::append(const FinanceItem &item)
{
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items << item;
    endInsertRows();
}

void FinanceItemsModel::removeAt(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

qint64 FinanceItemsModel::incomeFen() const
{
    qint64 sum = 0;
    for (const FinanceItem &i : m_items)
        sum += i.income ? i.amountFen : 0;
    return sum;
}

qint64 FinanceItemsModel::expenseFen() const
{
    qint64 sum = 0;
    for (const FinanceItem &i : m_items)
        sum += i.income ? 0 : i.amountFen;
    return sum;
}

int FinanceItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int FinanceItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FinanceItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const FinanceItem &it = m_items.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Date || index.column() == Direction)
            return int(Qt::AlignCenter);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Direction)
        return it.income ? QColor(0x13, 0x73, 0x33) : QColor(0xa5, 0x0e, 0x0e);
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Date: return it.date;
        case Direction: return it.income ? 1 : 0;
        case Amount: return MoneyText::formatYuan(it.amountFen, false);
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Date: return it.date.isValid() ? it.date.toString(Qt::ISODate) : QString();
    case Direction: return it.income ? tr("Income") : tr("Expense");
    case Category: return it.category;
    case Item: return it.item;
    case Amount: return MoneyText::formatYuan(it.amountFen);
    case Note: return it.note;
    default: return {};
    }
}

bool FinanceItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_items.size() || role != Qt::EditRole)
        return false;
    FinanceItem &it = m_items[index.row()];
    switch (index.column()) {
    case Date: it.date = value.toDate(); break;
    case Direction: {
        const bool income = value.toInt() != 0;
        if (income == it.income)
            return true;
        it.income = income;
        it.category.clear(); // the categories of the other side differ
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        return true;
    }
    case Category: it.category = value.toString().trimmed(); break;
    case Item: it.item = value.toString().trimmed(); break;
    case Amount: {
        QString error;
        const std::optional<qint64> fen = MoneyText::parseYuan(value.toString(), &error);
        if (!fen) {
            Q_EMIT rejected(tr("Item %1: %2").arg(index.row() + 1).arg(error));
            return false;
        }
        it.amountFen = *fen;
        break;
    }
    case Note: it.note = value.toString().trimmed(); break;
    default: return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags FinanceItemsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant FinanceItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Date: return tr("Date");
    case Direction: return tr("Income or expense");
    case Category: return tr("Category");
    case Item: return tr("Item");
    case Amount: return tr("Amount (yuan)");
    case Note: return tr("Note");
    default: return {};
    }
}

namespace {

// Editors for the item table: a date edit, the income/expense choice, the categories of the
// period's accounting system, and the amount as text (so MoneyText reads it exactly).
class ItemDelegate : public QStyledItemDelegate
{
public:
    using Categories = std::function<QStringList(bool income)>;
    ItemDelegate(Categories categories, QObject *parent) : QStyledItemDelegate(parent), m_categories(std::move(categories)) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        switch (index.column()) {
        case FinanceItemsModel::Date: {
            auto *e = new QDateEdit(parent);
            e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            e->setCalendarPopup(true);
            return e;
        }
        case FinanceItemsModel::Direction: {
            auto *c = new QComboBox(parent);
            c->addItem(FinanceItemsModel::tr("Income"), 1);
            c->addItem(FinanceItemsModel::tr("Expense"), 0);
            return c;
        }
        case FinanceItemsModel::Category: {
            auto *c = new QComboBox(parent);
            c->setEditable(true);
            c->setInsertPolicy(QComboBox::NoInsert);
            const bool income = index.siblingAtColumn(FinanceItemsModel::Direction).data(Qt::EditRole).toInt() != 0;
            c->addItems(m_categories(income));
            return c;
        }
        default: return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *d = qobject_cast<QDateEdit *>(editor)) {
            d->setDate(index.data(Qt::EditRole).toDate());
        } else if (auto *c = qobject_cast<QComboBox *>(editor)) {
            if (index.column() == FinanceItemsModel::Direction)
                c->setCurrentIndex(c->findData(index.data(Qt::EditRole).toInt()));
            else
                c->setCurrentText(index.data(Qt::EditRole).toString());
        } else {
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *d = qobject_cast<QDateEdit *>(editor))
            model->setData(index, d->date());
        else if (auto *c = qobject_cast<QComboBox *>(editor))
            model->setData(index, index.column() == FinanceItemsModel::Direction ? c->currentData() : QVariant(c->currentText()));
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    Categories m_categories;
};

QDateEdit *dateEdit(const QString &objectName, QWidget *parent, const QString &format = QStringLiteral("yyyy-MM-dd"))
{
    auto *e = new QDateEdit(parent);
    e->setObjectName(objectName);
    e->setDisplayFormat(format);
    e->setCalendarPopup(true);
    e->setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31));
    return e;
}

QWidget *withError(QWidget *field, QLabel **error, const QString &name, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    field->setParent(box);
    v->addWidget(field);
    *error = FieldStyle::createErrorLabel(box, name);
    box->setFocusProxy(field);
    v->addWidget(*error);
    return box;
}

// The usual channels. The stored value is the Chinese name the notices and the county use.
struct KnownChannel
{
    const char16_t *value;
    const char *label;
};
const KnownChannel kChannels[] = {
    {u"公开栏", QT_TRANSLATE_NOOP("tl::ui::DisclosureDialog", "Bulletin board")},
    {u"村民微信群", QT_TRANSLATE_NOOP("tl::ui::DisclosureDialog", "Villagers' WeChat group")},
    {u"阳光村务平台", QT_TRANSLATE_NOOP("tl::ui::DisclosureDialog", "Sunshine village affairs platform")},
};

constexpr int kChannelValueRole = Qt::UserRole + 1;

int quarterOf(const QDate &d)
{
    return (d.month() - 1) / 3 + 1;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// DisclosureDialog

DisclosureDialog::DisclosureDialog(LedgerContext *context, qint64 villageId, qint64 disclosureId, QWidget *parent)
    : QDialog(parent), m_context(context), m_villageId(villageId), m_disclosureId(disclosureId)
{
    if (disclosureId > 0)
        m_stored = DisclosureRepository(context->ledger()).get(disclosureId);
    if (m_stored)
        m_villageId = m_stored->villageId;
    else
        m_disclosureId = 0;
    build();
    if (m_stored) {
        load(*m_stored);
    } else {
        // A new disclosure: the finance of the month that ended last, by default.
        Disclosure d;
        d.villageId = m_villageId;
        d.kind = DisclosureKind::Finance;
        d.periodStart = QDate(context->today().year(), context->today().month(), 1).addMonths(-1);
        d.periodEnd = d.periodStart.addMonths(1).addDays(-1);
        d.postedOn = context->today();
        load(d);
    }
}

DisclosureDialog::DisclosureDialog(LedgerContext *context, const Disclosure &draft, QWidget *parent)
    : QDialog(parent), m_context(context), m_villageId(draft.villageId)
{
    build();
    Disclosure d = draft;
    d.id = 0;
    if (!d.postedOn.isValid())
        d.postedOn = context->today();
    load(d);
}

void DisclosureDialog::showEvent(QShowEvent *event)
{
    // Village and party affairs have no item table: no need for the tall dialog.
    if (!m_sized) {
        m_sized = true;
        if (m_itemsBox->isHidden())
            resize(width(), std::min(height(), sizeHint().height() + 20));
    }
    QDialog::showEvent(event);
}

QString DisclosureDialog::suggestedTitle(const QString &village, DisclosureKind kind, const QDate &periodStart)
{
    const QString period = DisclosureText::period(kind, periodStart);
    switch (kind) {
    case DisclosureKind::Finance: return tr("%1 %2 finance income and expenditure disclosure").arg(village, period);
    case DisclosureKind::Affairs: return tr("%1 %2 village affairs disclosure").arg(village, period);
    case DisclosureKind::Party: return tr("%1 %2 party affairs disclosure").arg(village, period);
    }
    return {};
}

void DisclosureDialog::build()
{
    setObjectName(QStringLiteral("DisclosureDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_village = VillageRepository(m_context->ledger()).get(m_villageId).value_or(Village{}).name;
    setWindowTitle(m_stored ? tr("Edit disclosure – %1").arg(m_village) : tr("New disclosure – %1").arg(m_village));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(4);
    layout->addLayout(form);
    QLabel *error = nullptr;

    // Kind and period on one line: the period is a month for finance, a quarter otherwise.
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (DisclosureKind k : {DisclosureKind::Finance, DisclosureKind::Affairs, DisclosureKind::Party})
        m_kind->addItem(DisclosureText::kind(k), int(k));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("periodYearSpin"));
    m_year->setRange(2000, 2100);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_periodRange = new QLabel(this);
    m_periodRange->setObjectName(QStringLiteral("periodRangeLabel"));
    m_periodRange->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto *periodRow = new QWidget(this);
    auto *pr = new QHBoxLayout(periodRow);
    pr->setContentsMargins(0, 0, 0, 0);
    pr->addWidget(m_year);
    pr->addWidget(m_period);
    pr->addWidget(m_periodRange, 1);
    form->addRow(tr("&Kind:"), m_kind);
    auto *periodLabel = new QLabel(tr("&Period covered:"), this);
    periodLabel->setBuddy(m_year);
    form->addRow(periodLabel, withError(periodRow, &error, QStringLiteral("periodError"), this));
    m_fields.insert(QStringLiteral("period"), {m_period, error});

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(120);
    form->addRow(tr("&Title:"), withError(m_title, &error, QStringLiteral("titleError"), this));
    m_fields.insert(QStringLiteral("title"), {m_title, error});

    m_content = new QPlainTextEdit(this);
    m_content->setObjectName(QStringLiteral("contentEdit"));
    m_content->setTabChangesFocus(true);
    m_content->setMinimumHeight(m_content->fontMetrics().height() * 3 + 12);
    m_content->setMaximumHeight(m_content->fontMetrics().height() * 6 + 12);
    m_content->setPlaceholderText(tr("What is disclosed; for finance a sentence before the table"));
    form->addRow(tr("C&ontent:"), m_content);

    m_posted = new QCheckBox(tr("P&osted on:"), this);
    m_posted->setObjectName(QStringLiteral("postedCheck"));
    m_posted->setToolTip(tr("Untick while the disclosure is prepared but not yet put up"));
    m_postedOn = dateEdit(QStringLiteral("postedEdit"), this);
    m_endsOn = dateEdit(QStringLiteral("endsEdit"), this);
    auto *datesRow = new QWidget(this);
    auto *dr = new QHBoxLayout(datesRow);
    dr->setContentsMargins(0, 0, 0, 0);
    dr->addWidget(m_postedOn);
    auto *endsLabel = new QLabel(tr("&until:"), datesRow);
    endsLabel->setBuddy(m_endsOn);
    dr->addWidget(endsLabel);
    dr->addWidget(withError(m_endsOn, &error, QStringLiteral("endsError"), datesRow));
    dr->addStretch(1);
    m_fields.insert(QStringLiteral("endsOn"), {m_endsOn, error});
    form->addRow(m_posted, datesRow);

    // Channels: tick every one used; others can be added.
    m_channels = new QListWidget(this);
    m_channels->setObjectName(QStringLiteral("channelsList"));
    m_channels->setFlow(QListView::LeftToRight);
    m_channels->setWrapping(true);
    m_channels->setSpacing(2);
    m_channels->setMaximumHeight(m_channels->fontMetrics().height() * 3 + 12);
    m_channelEdit = new QLineEdit(this);
    m_channelEdit->setObjectName(QStringLiteral("channelEdit"));
    m_channelEdit->setPlaceholderText(tr("Another channel, e.g. loudspeaker"));
    m_channelEdit->installEventFilter(this);
    auto *addChannel = new QPushButton(tr("Add"), this);
    addChannel->setObjectName(QStringLiteral("addChannelButton"));
    auto *channelBox = new QWidget(this);
    auto *cb = new QVBoxLayout(channelBox);
    cb->setContentsMargins(0, 0, 0, 0);
    cb->setSpacing(2);
    cb->addWidget(m_channels);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_channelEdit, 1);
    addRow->addWidget(addChannel);
    cb->addLayout(addRow);
    auto *channelLabel = new QLabel(tr("C&hannels:"), this);
    channelLabel->setBuddy(m_channels);
    form->addRow(channelLabel, withError(channelBox, &error, QStringLiteral("channelsError"), this));
    m_fields.insert(QStringLiteral("channels"), {m_channels, error});
    for (const KnownChannel &c : kChannels)
        this->addChannel(QString::fromUtf16(c.value), tr(c.label), false);
    connect(addChannel, &QPushButton::clicked, this, [this] {
        const QString text = m_channelEdit->text().trimmed();
        if (!text.isEmpty())
            this->addChannel(text, text, true);
        m_channelEdit->clear();
    });

    m_signedByCombo = new QComboBox(this);
    m_signedByCombo->setEditable(true);
    m_signedByCombo->setObjectName(QStringLiteral("signedByCombo"));
    m_signedByCombo->setInsertPolicy(QComboBox::NoInsert);
    // The village affairs supervision committee reviews and signs every disclosure.
    for (const RosterEntry &e : CommitteeRepository(m_context->ledger()).roster(m_villageId, m_context->today()))
        if (e.bodies.contains(Body::Supervision))
            m_signedByCombo->addItem(e.person.name);
    m_signedByCombo->setCurrentIndex(-1);
    m_signedBy = m_signedByCombo->lineEdit();
    m_signedBy->setObjectName(QStringLiteral("signedByEdit"));
    m_signedBy->setPlaceholderText(tr("supervision committee member who reviewed it"));
    m_signedByCombo->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    auto *signedRow = new QHBoxLayout;
    signedRow->addWidget(m_signedByCombo);
    signedRow->addStretch(1);
    form->addRow(tr("Reviewed and si&gned by:"), signedRow);
    m_supervisionOpinion = new QLineEdit(this);
    m_supervisionOpinion->setObjectName(QStringLiteral("supervisionOpinionEdit"));
    m_supervisionOpinion->setMaxLength(200);
    m_supervisionOpinion->setPlaceholderText(tr("the supervision committee's opinion, e.g. accounts checked, agreed to disclose"));
    form->addRow(tr("Supervision committee's op&inion:"), m_supervisionOpinion);

    // Finance items: an entry line (Enter adds), the table (editable in place), the totals.
    m_itemsBox = new QGroupBox(tr("Income and expense items"), this);
    m_itemsBox->setObjectName(QStringLiteral("itemsBox"));
    auto *il = new QVBoxLayout(m_itemsBox);
    auto *entry = new QHBoxLayout;
    m_itemDate = dateEdit(QStringLiteral("itemDateEdit"), m_itemsBox);
    m_itemDirection = new QComboBox(m_itemsBox);
    m_itemDirection->setObjectName(QStringLiteral("itemDirectionCombo"));
    m_itemDirection->addItem(FinanceItemsModel::tr("Income"), 1);
    m_itemDirection->addItem(FinanceItemsModel::tr("Expense"), 0);
    m_itemCategory = new QComboBox(m_itemsBox);
    m_itemCategory->setObjectName(QStringLiteral("itemCategoryCombo"));
    m_itemCategory->setEditable(true);
    m_itemCategory->setInsertPolicy(QComboBox::NoInsert);
    m_itemCategory->setMinimumContentsLength(7);
    m_itemName = new QLineEdit(m_itemsBox);
    m_itemName->setObjectName(QStringLiteral("itemNameEdit"));
    m_itemName->setPlaceholderText(tr("Item, e.g. fish pond lease"));
    m_itemAmount = new QLineEdit(m_itemsBox);
    m_itemAmount->setObjectName(QStringLiteral("itemAmountEdit"));
    m_itemAmount->setAlignment(Qt::AlignRight);
    m_itemAmount->setPlaceholderText(tr("yuan"));
    m_itemAmount->setToolTip(tr("In yuan with up to two decimals, e.g. 12500.50; \"1.2万\" is read as 12,000.00"));
    m_itemAmount->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000,000,000.00")) + 16);
    m_itemNote = new QLineEdit(m_itemsBox);
    m_itemNote->setObjectName(QStringLiteral("itemNoteEdit"));
    m_itemNote->setPlaceholderText(tr("note"));
    m_addItem = new QPushButton(tr("&Add item"), m_itemsBox);
    m_addItem->setObjectName(QStringLiteral("addItemButton"));
    m_addItem->setAutoDefault(false);
    m_addItem->setToolTip(tr("Adds the item to the table (Enter in the entry fields)"));
    entry->addWidget(m_itemDate);
    entry->addWidget(m_itemDirection);
    entry->addWidget(m_itemCategory);
    entry->addWidget(m_itemName, 2);
    entry->addWidget(m_itemAmount, 1);
    entry->addWidget(m_itemNote, 1);
    entry->addWidget(m_addItem);
    il->addLayout(entry);
    m_itemError = FieldStyle::createErrorLabel(m_itemsBox, QStringLiteral("itemError"));
    il->addWidget(m_itemError);
    for (QWidget *w : std::initializer_list<QWidget *>{m_itemName, m_itemAmount, m_itemNote, m_itemCategory->lineEdit()})
        w->installEventFilter(this);

    m_items = new FinanceItemsModel(this);
    m_itemsView = new QTableView(m_itemsBox);
    m_itemsView->setObjectName(QStringLiteral("itemsTable"));
    m_itemsView->setModel(m_items);
    m_itemsView->setItemDelegate(new ItemDelegate(
        [this](bool income) {
            const QDate start = period().first;
            return income ? DisclosureText::incomeCategories(start) : DisclosureText::expenseCategories(start);
        },
        m_itemsView));
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_itemsView->setAlternatingRowColors(true);
    m_itemsView->setMinimumHeight(m_itemsView->verticalHeader()->defaultSectionSize() * 5);
    auto *header = m_itemsView->horizontalHeader();
    const QFontMetrics fm = m_itemsView->fontMetrics();
    header->resizeSection(FinanceItemsModel::Date, fm.horizontalAdvance(QStringLiteral("0000-00-00")) + 24);
    header->resizeSection(FinanceItemsModel::Direction, fm.horizontalAdvance(FinanceItemsModel::tr("Income or expense")) + 20);
    header->resizeSection(FinanceItemsModel::Category, fm.averageCharWidth() * 18);
    header->resizeSection(FinanceItemsModel::Amount, fm.horizontalAdvance(QStringLiteral("000,000,000.00")) + 20);
    header->setSectionResizeMode(FinanceItemsModel::Item, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    QLabel *itemsError = FieldStyle::createErrorLabel(m_itemsBox, QStringLiteral("itemsError"));
    m_fields.insert(QStringLiteral("items"), {m_itemsView, itemsError});
    il->addWidget(m_itemsView, 1);
    il->addWidget(itemsError);
    auto *bottom = new QHBoxLayout;
    m_removeItem = new QPushButton(tr("&Remove item"), m_itemsBox);
    m_removeItem->setObjectName(QStringLiteral("removeItemButton"));
    m_removeItem->setAutoDefault(false);
    m_removeItem->setEnabled(false);
    m_totals = new QLabel(m_itemsBox);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_removeItem);
    bottom->addStretch(1);
    bottom->addWidget(m_totals);
    il->addLayout(bottom);
    m_itemsWarning = FieldStyle::createErrorLabel(m_itemsBox, QStringLiteral("itemsWarning"));
    il->addWidget(m_itemsWarning);
    layout->addWidget(m_itemsBox, 1);
    layout->addStretch(0); // takes the room of the items when a village/party affairs disclosure has none

    m_refusal = FieldStyle::createErrorLabel(this, QStringLiteral("refusalLabel"));
    layout->addWidget(m_refusal);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_context->isReadOnly());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DisclosureDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DisclosureDialog::onKindChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &DisclosureDialog::onPeriodChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DisclosureDialog::onPeriodChanged);
    connect(m_posted, &QCheckBox::toggled, this, [this](bool on) {
        m_postedOn->setEnabled(on);
        m_endsOn->setEnabled(on);
    });
    connect(m_postedOn, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (m_endsAuto && !m_loading) {
            m_loading = true;
            m_endsOn->setDate(d.addDays(kind() == DisclosureKind::Finance ? 29 : 89));
            m_loading = false;
        }
    });
    connect(m_endsOn, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            m_endsAuto = false;
    });
    connect(m_itemDirection, &QComboBox::currentIndexChanged, this, &DisclosureDialog::fillEntryCategories);
    connect(m_addItem, &QPushButton::clicked, this, &DisclosureDialog::addEntry);
    connect(m_removeItem, &QPushButton::clicked, this, &DisclosureDialog::removeSelectedItem);
    connect(m_itemAmount, &QLineEdit::textChanged, this, [this](const QString &text) {
        QString e;
        FieldStyle::setError(m_itemAmount, m_itemError, MoneyText::parseYuan(text, &e) ? QString() : e);
    });
    connect(m_items, &FinanceItemsModel::rejected, this, [this](const QString &reason) {
        FieldStyle::setError(nullptr, m_itemError, reason);
    });
    connect(m_items, &QAbstractItemModel::dataChanged, this, &DisclosureDialog::updateTotals);
    connect(m_items, &QAbstractItemModel::rowsInserted, this, &DisclosureDialog::updateTotals);
    connect(m_items, &QAbstractItemModel::rowsRemoved, this, &DisclosureDialog::updateTotals);
    connect(m_items, &QAbstractItemModel::modelReset, this, &DisclosureDialog::updateTotals);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_removeItem->setEnabled(current.isValid() && !m_context->isReadOnly()); });

    QWidget *order[] = {m_kind, m_year, m_period, m_title, m_content, m_posted, m_postedOn, m_endsOn,
                        m_channels, m_channelEdit, addChannel, m_signedByCombo, m_supervisionOpinion, m_itemDate, m_itemDirection,
                        m_itemCategory, m_itemName, m_itemAmount, m_itemNote, m_addItem, m_itemsView, m_removeItem};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    setMinimumWidth(820);
    resize(900, 760);
}

void DisclosureDialog::addChannel(const QString &value, const QString &label, bool checked)
{
    for (int i = 0; i < m_channels->count(); ++i) {
        QListWidgetItem *it = m_channels->item(i);
        if (it->data(kChannelValueRole).toString() == value) {
            if (checked)
                it->setCheckState(Qt::Checked);
            return;
        }
    }
    auto *it = new QListWidgetItem(label, m_channels);
    it->setData(kChannelValueRole, value);
    it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    it->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    if (label != value)
        it->setToolTip(value);
}

void DisclosureDialog::load(const Disclosure &d)
{
    m_loading = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(d.kind))));
    setPeriod(d.kind, d.periodStart.isValid() ? d.periodStart : m_context->today());
    m_title->setText(d.title);
    m_content->setPlainText(d.content);
    m_posted->setChecked(d.postedOn.isValid());
    m_postedOn->setDate(d.postedOn.isValid() ? d.postedOn : m_context->today());
    m_endsOn->setDate(d.endsOn.isValid() ? d.endsOn
                                         : m_postedOn->date().addDays(d.kind == DisclosureKind::Finance ? 29 : 89));
    m_endsAuto = !d.endsOn.isValid();
    m_postedOn->setEnabled(d.postedOn.isValid());
    m_endsOn->setEnabled(d.postedOn.isValid());
    for (const QString &c : d.channels)
        addChannel(c, c, true);
    if (d.id == 0 && d.channels.isEmpty() && m_channels->count() > 0)
        m_channels->item(0)->setCheckState(Qt::Checked); // the bulletin board is always used
    m_signedBy->setText(d.signedBy);
    m_supervisionOpinion->setText(d.supervisionOpinion);
    m_items->setItems(d.items);
    m_loading = false;
    // A new disclosure's title follows its kind and period until the clerk writes another.
    m_autoTitle = d.id == 0 ? suggestedTitle(m_village, d.kind, period().first) : QString();
    onKindChanged();
    m_title->setFocus();
    m_title->selectAll();
}

DisclosureKind DisclosureDialog::kind() const
{
    return DisclosureKind(m_kind->currentData().toInt());
}

QPair<QDate, QDate> DisclosureDialog::period() const
{
    const int index = std::max(0, m_period->currentIndex());
    if (kind() == DisclosureKind::Finance) {
        const QDate start(m_year->value(), index + 1, 1);
        return {start, start.addMonths(1).addDays(-1)};
    }
    const QDate start(m_year->value(), index * 3 + 1, 1);
    return {start, start.addMonths(3).addDays(-1)};
}

void DisclosureDialog::fillPeriodCombo(DisclosureKind k)
{
    const QSignalBlocker block(m_period);
    const bool months = k == DisclosureKind::Finance;
    if (m_period->count() == (months ? 12 : 4))
        return;
    m_period->clear();
    if (months)
        for (int m = 1; m <= 12; ++m)
            m_period->addItem(tr("Month %1").arg(m), m);
    else
        for (int q = 1; q <= 4; ++q)
            m_period->addItem(tr("Quarter %1").arg(q), q);
}

void DisclosureDialog::setPeriod(DisclosureKind k, const QDate &start)
{
    fillPeriodCombo(k);
    const QSignalBlocker b1(m_year);
    const QSignalBlocker b2(m_period);
    m_year->setValue(start.year());
    m_period->setCurrentIndex(k == DisclosureKind::Finance ? start.month() - 1 : quarterOf(start) - 1);
}

void DisclosureDialog::onKindChanged()
{
    if (m_loading)
        return;
    const DisclosureKind k = kind();
    // Keep the period near what was chosen: a month becomes its quarter, a quarter its first month.
    const bool wasMonths = m_period->count() == 12;
    const int index = std::max(0, m_period->currentIndex());
    const QDate start = wasMonths ? QDate(m_year->value(), index + 1, 1) : QDate(m_year->value(), index * 3 + 1, 1);
    setPeriod(k, start);
    m_itemsBox->setVisible(k == DisclosureKind::Finance || m_items->rowCount() > 0);
    onPeriodChanged();
}

void DisclosureDialog::onPeriodChanged()
{
    if (m_loading)
        return;
    const auto [start, end] = period();
    QString range = tr("%1 to %2").arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate));
    if (kind() == DisclosureKind::Finance)
        range += QLatin1Char(' ') + (DisclosureText::newAccountingSystem(start) ? tr("(accounting system of 2024)")
                                                                               : tr("(accounting system before 2024)"));
    m_periodRange->setText(range);
    // A suggested title follows the period until the clerk writes their own.
    const QString suggestion = suggestedTitle(m_village, kind(), start);
    if (m_title->text().trimmed().isEmpty() || m_title->text() == m_autoTitle) {
        m_title->setText(suggestion);
        m_autoTitle = suggestion;
    }
    if (m_itemDate->date() < start || m_itemDate->date() > end)
        m_itemDate->setDate(std::min(end, std::max(start, m_context->today())));
    fillEntryCategories();
    updateTotals();
}

void DisclosureDialog::fillEntryCategories()
{
    const bool income = m_itemDirection->currentData().toInt() != 0;
    const QDate start = period().first;
    const QString current = m_itemCategory->currentText();
    m_itemCategory->clear();
    m_itemCategory->addItems(income ? DisclosureText::incomeCategories(start) : DisclosureText::expenseCategories(start));
    const int keep = m_itemCategory->findText(current);
    m_itemCategory->setCurrentIndex(keep >= 0 ? keep : 0);
}

void DisclosureDialog::addEntry()
{
    QString error;
    const std::optional<qint64> fen = MoneyText::parseYuan(m_itemAmount->text(), &error);
    if (m_itemName->text().trimmed().isEmpty()) {
        FieldStyle::setError(m_itemName, m_itemError, tr("Item: name what the money was for"));
        m_itemName->setFocus();
        return;
    }
    FieldStyle::setError(m_itemName, nullptr, QString());
    if (!fen || *fen == 0) {
        FieldStyle::setError(m_itemAmount, m_itemError, fen ? tr("Amount: type the amount in yuan") : error);
        m_itemAmount->setFocus();
        return;
    }
    FieldStyle::setError(m_itemAmount, m_itemError, QString());
    FinanceItem it;
    it.date = m_itemDate->date();
    it.income = m_itemDirection->currentData().toInt() != 0;
    it.category = m_itemCategory->currentText().trimmed();
    it.item = m_itemName->text().trimmed();
    it.amountFen = *fen;
    it.note = m_itemNote->text().trimmed();
    m_items->append(it);
    m_itemsView->scrollToBottom();
    m_itemName->clear();
    m_itemAmount->clear();
    m_itemNote->clear();
    m_itemName->setFocus(); // the next item: date, side and category usually stay
}

void DisclosureDialog::removeSelectedItem()
{
    const QModelIndex current = m_itemsView->currentIndex();
    if (current.isValid())
        m_items->removeAt(current.row());
    m_removeItem->setEnabled(m_itemsView->currentIndex().isValid());
}

void DisclosureDialog::updateTotals()
{
    const qint64 income = m_items->incomeFen();
    const qint64 expense = m_items->expenseFen();
    m_totals->setText(tr("Income %1 yuan · expenses %2 yuan · balance %3 yuan")
                          .arg(MoneyText::formatYuan(income), MoneyText::formatYuan(expense),
                               MoneyText::formatYuan(income - expense)));
    // Worth a look but no reason to refuse: dates outside the period, categories of the other
    // accounting system (e.g. 发包及上交收入 in 2024).
    const auto [start, end] = period();
    QStringList warnings;
    const QList<FinanceItem> &items = m_items->items();
    for (int i = 0; i < items.size(); ++i) {
        const FinanceItem &it = items[i];
        if (it.date.isValid() && (it.date < start || it.date > end))
            warnings << tr("Item %1 is dated %2, outside the period").arg(i + 1).arg(it.date.toString(Qt::ISODate));
        const QStringList known = it.income ? DisclosureText::incomeCategories(start) : DisclosureText::expenseCategories(start);
        if (!it.category.isEmpty() && !known.contains(it.category))
            warnings << (DisclosureText::newAccountingSystem(start)
                             ? tr("Item %1: \"%2\" is not a category of the 2024 accounting system").arg(i + 1).arg(it.category)
                             : tr("Item %1: \"%2\" is not a category of the accounting system before 2024").arg(i + 1).arg(it.category));
    }
    FieldStyle::setWarning(nullptr, m_itemsWarning, warnings.join(QLatin1Char('\n')));
}

Disclosure DisclosureDialog::currentDisclosure() const
{
    Disclosure d = m_stored.value_or(Disclosure{});
    d.villageId = m_villageId;
    d.kind = kind();
    const auto [start, end] = period();
    d.periodStart = start;
    d.periodEnd = end;
    d.title = m_title->text().trimmed();
    d.content = m_content->toPlainText().trimmed();
    d.postedOn = m_posted->isChecked() ? m_postedOn->date() : QDate();
    d.endsOn = m_posted->isChecked() ? m_endsOn->date() : QDate();
    d.channels.clear();
    for (int i = 0; i < m_channels->count(); ++i)
        if (m_channels->item(i)->checkState() == Qt::Checked)
            d.channels << m_channels->item(i)->data(kChannelValueRole).toString();
    d.signedBy = m_signedBy->text().trimmed();
    d.supervisionOpinion = m_supervisionOpinion->text().trimmed();
    d.items = m_items->items();
    return d;
}

void DisclosureDialog::showErrors(const FieldErrors &errors)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        FieldStyle::setError(it.value().first, it.value().second, FieldStyle::messagesFor(errors, it.key()));
    QStringList other;
    for (const FieldError &e : errors)
        if (!m_fields.contains(e.field))
            other << e.message;
    FieldStyle::setError(nullptr, m_refusal, other.join(QLatin1Char('\n')));
    for (const FieldError &e : errors) {
        const auto it = m_fields.constFind(e.field);
        if (it != m_fields.cend()) {
            it.value().first->setFocus();
            break;
        }
    }
}

bool DisclosureDialog::save()
{
    if (m_context->isReadOnly())
        return false;
    // An item typed into the entry line but not added yet is added now rather than lost.
    if (!m_itemName->text().trimmed().isEmpty() || !m_itemAmount->text().trimmed().isEmpty()) {
        const int before = m_items->rowCount();
        addEntry();
        if (m_items->rowCount() == before)
            return false;
    }
    Disclosure d = currentDisclosure();
    Ledger &ledger = m_context->ledger();
    Result<qint64> result = qint64(0);
    if (m_stored) {
        const Result<void> edited = edits::editDisclosure(ledger, d);
        result = edited ? Result<qint64>(d.id) : Result<qint64>(edited.error());
    } else {
        result = edits::addDisclosure(ledger, d);
    }
    if (!result) {
        const Error &error = result.error();
        showErrors(!error.fields.isEmpty() ? error.fields : FieldErrors{FieldError{QString(), error.message}});
        return false;
    }
    showErrors({});
    d.id = *result;
    m_disclosureId = *result;
    m_stored = d;
    Q_EMIT saved(m_disclosureId);
    return true;
}

void DisclosureDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool DisclosureDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier)) {
            // Enter in the entry line adds the item (not Save); in the channel field it adds the channel.
            if (watched == m_channelEdit) {
                const QString text = m_channelEdit->text().trimmed();
                if (!text.isEmpty())
                    addChannel(text, text, true);
                m_channelEdit->clear();
                return true;
            }
            if (watched == m_itemName || watched == m_itemAmount || watched == m_itemNote ||
                watched == m_itemCategory->lineEdit()) {
                addEntry();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace tl::ui
