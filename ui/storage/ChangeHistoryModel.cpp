#include "storage/ChangeHistoryModel.h"

#include "grids/HouseholdRepository.h"
#include "storage/Ledger.h"
#include "matters/MatterRepository.h"
#include "committees/PersonRepository.h"
#include "model/VillageRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tl::ui {

namespace {

const QStringList kNameKeys
    = { QStringLiteral("name"), QStringLiteral("head_name"), QStringLiteral("title") };

QString key(const QString &table, const QString &record)
{
    return table + QLatin1Char('\n') + record;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return {};
}

// The fields of a whole record (JSON) in a readable order: its name first, then the rest.
QList<QPair<QString, QString>> recordFields(const QString &json)
{
    QList<QPair<QString, QString>> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList keys = o.keys();
    for (const QString &k : kNameKeys)
        if (keys.removeOne(k))
            keys.prepend(k);
    for (const QString &k : keys) {
        // Empty fields and zeros (no households yet, not a model village) are left out.
        const QString text = jsonText(o.value(k));
        if (!text.isEmpty() && text != QLatin1String("0"))
            out << qMakePair(k, text);
    }
    return out;
}

} // namespace

ChangeHistoryModel::ChangeHistoryModel(Ledger &ledger, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
    , m_text(ledger)
{
}

void ChangeHistoryModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    m_filter.limit = 0;
    m_filter.beforeId = 0;
    reload();
}

void ChangeHistoryModel::reload()
{
    beginResetModel();
    m_names.clear();
    m_namesFromTrail.clear();
    m_total = AuditTrail::count(m_ledger, m_filter);
    m_entries.clear();
    m_entries = readPage();
    m_exhausted = m_entries.size() < kPageSize || m_entries.size() >= m_total;
    noteNames(m_entries);
    endResetModel();
    Q_EMIT loadedChanged();
}

QList<AuditEntry> ChangeHistoryModel::readPage() const
{
    AuditFilter page = m_filter;
    page.limit = kPageSize;
    page.beforeId = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    return AuditTrail::entries(m_ledger, page);
}

void ChangeHistoryModel::noteNames(const QList<AuditEntry> &entries)
{
    for (const AuditEntry &e : entries) {
        if (e.action == QLatin1String("update"))
            continue;
        const QString json = e.action == QLatin1String("insert") ? e.newValue : e.oldValue;
        if (!json.startsWith(QLatin1Char('{')))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
        for (const QString &k : kNameKeys) {
            const QString name = o.value(k).toString();
            if (!name.isEmpty()) {
                m_namesFromTrail.insert(key(e.table, e.record), name);
                break;
            }
        }
    }
}

bool ChangeHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void ChangeHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const QList<AuditEntry> more = readPage();
    if (more.isEmpty()) {
        m_exhausted = true;
        Q_EMIT loadedChanged();
        return;
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_entries += more;
    endInsertRows();
    noteNames(more);
    m_exhausted = more.size() < kPageSize || m_entries.size() >= m_total;
    Q_EMIT loadedChanged();
}

void ChangeHistoryModel::fetchAll()
{
    while (canFetchMore({}))
        fetchMore({});
}

QString ChangeHistoryModel::recordLabel(const QString &table, const QString &record) const
{
    const QString k = key(table, record);
    auto it = m_names.constFind(k);
    if (it == m_names.cend()) {
        QString name;
        bool isNumber = false;
        const qint64 id = record.toLongLong(&isNumber);
        if (isNumber && id > 0) {
            if (table == QLatin1String("village")) {
                if (const auto v = VillageRepository(m_ledger).get(id))
                    name = v->name;
            } else if (table == QLatin1String("person")) {
                if (const auto p = PersonRepository(m_ledger).get(id))
                    name = p->name;
            } else if (table == QLatin1String("household")) {
                if (const auto h = HouseholdRepository(m_ledger).get(id))
                    name = h->headName;
            } else if (table == QLatin1String("grid")) {
                if (const auto g = GridRepository(m_ledger).get(id))
                    name = g->name;
            } else if (table == QLatin1String("matter")) {
                if (const auto m = MatterRepository(m_ledger).get(id))
                    name = m->title;
            }
        }
        if (name.isEmpty())
            name = m_namesFromTrail.value(k);
        it = m_names.insert(k, name);
    }
    return it->isEmpty() ? record : QStringLiteral("%1 · %2").arg(record, *it);
}

QString ChangeHistoryModel::shownValue(const QString &field, const QString &value)
{
    const QString masked = AuditTrail::maskValue(field, value);
    if (!masked.startsWith(QLatin1Char('{')))
        return masked;
    const auto fields = recordFields(masked);
    if (fields.isEmpty())
        return masked;
    QStringList parts;
    for (const auto &[k, text] : fields)
        parts << QStringLiteral("%1: %2").arg(AuditTrail::fieldName(k), text);
    return parts.join(QStringLiteral("; "));
}

int ChangeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Clerk:
        return e.clerk;
    case SystemUser:
        return e.osUser;
    case DoneBy:
        return m_text.source(e); // 导入（第3批，农户.xlsx）
    case RecordType:
        return AuditTrail::tableName(e.table);
    case Record:
        return recordLabel(e.table, e.record);
    case Change:
        return AuditTrail::actionName(e.action);
    case Field:
        return e.field.isEmpty() ? QString() : m_text.field(e.table, e.field);
    case OldValue:
    case NewValue: {
        // A changed field in words (大专 → 大学本科, 6 → 张三); an added or deleted record field by field.
        const bool old = index.column() == OldValue;
        QString shown;
        if (e.action == QLatin1String("update"))
            shown = m_text.value(e.table, e.field, old ? e.oldValue : e.newValue, true);
        else if (old == (e.action == QLatin1String("delete")))
            shown = m_text.change(e, true);
        if (role == Qt::ToolTipRole)
            return shown.isEmpty() ? QVariant() : QVariant(QString(shown).replace(AuditText::tr(", "), QStringLiteral("\n")));
        return shown;
    }
    default:
        return {};
    }
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Clerk:
        return tr("Clerk");
    case SystemUser:
        return tr("System user");
    case DoneBy:
        return tr("Done by");
    case RecordType:
        return tr("Record type");
    case Record:
        return tr("Record");
    case Change:
        return tr("Change");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    default:
        return {};
    }
}

Qt::ItemFlags ChangeHistoryModel::flags(const QModelIndex &index) const
{
    // Read-only by construction: the trail cannot be edited from the program.
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace tl::ui
