#pragma once

#include "disclosures/Disclosures.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace tl::ui {

class LedgerContext;

// The income and expense items of a finance disclosure, editable in place. Amounts are typed in
// 元 and kept as integer 分 (MoneyText, never through a double).
class FinanceItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Direction, Category, Item, Amount, Note, ColumnCount };

    explicit FinanceItemsModel(QObject *parent = nullptr);

    void setItems(const QList<FinanceItem> &items);
    const QList<FinanceItem> &items() const { return m_items; }
    void append(const FinanceItem &item);
    void removeAt(int row);
    qint64 incomeFen() const;
    qint64 expenseFen() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void rejected(const QString &reason); // an edit that could not be taken (an unreadable amount)

private:
    QList<FinanceItem> m_items;
};

// Adds or edits a 三务公开 disclosure of a village: kind, the period covered (a month for finance,
// a quarter for village and party affairs), title, content, posting and end dates, channels, the
// supervision committee member who signed it and, for finance, the table of income and expense
// items with live totals. The categories follow the accounting system of the period (before 2024
// or from 2024 on). Save goes through DisclosureRepository; refused fields are marked and the
// dialog stays open. One undo step.
//
// Use open(): the dialog is window-modal and deletes itself when closed.
class DisclosureDialog : public QDialog
{
    Q_OBJECT
public:
    // disclosureId 0 adds a new disclosure to villageId.
    DisclosureDialog(LedgerContext *context, qint64 villageId, qint64 disclosureId, QWidget *parent = nullptr);
    // A new disclosure pre-filled from `draft` (village, kind, period; title suggested when empty).
    DisclosureDialog(LedgerContext *context, const Disclosure &draft, QWidget *parent = nullptr);

    qint64 disclosureId() const { return m_disclosureId; } // set after a successful save
    // The disclosure as the fields say.
    Disclosure currentDisclosure() const;
    FinanceItemsModel *itemsModel() const { return m_items; }
    // The title the dialog suggests for a village, kind and period ("<village><period> finance disclosure").
    static QString suggestedTitle(const QString &village, DisclosureKind kind, const QDate &periodStart);
    bool save();

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void saved(qint64 disclosureId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void load(const Disclosure &d);
    DisclosureKind kind() const;
    QPair<QDate, QDate> period() const;
    void setPeriod(DisclosureKind kind, const QDate &start);
    void onKindChanged();
    void onPeriodChanged();
    void fillPeriodCombo(DisclosureKind kind);
    void fillEntryCategories();
    void addEntry();
    void removeSelectedItem();
    void updateTotals();
    void addChannel(const QString &value, const QString &label, bool checked);
    void showErrors(const FieldErrors &errors);

    LedgerContext *m_context;
    qint64 m_villageId = 0;
    qint64 m_disclosureId = 0;
    QString m_village;
    std::optional<Disclosure> m_stored;
    QString m_autoTitle;
    bool m_endsAuto = true;
    bool m_loading = false;
    bool m_sized = false;

    QComboBox *m_kind;
    QSpinBox *m_year;
    QComboBox *m_period;
    QLabel *m_periodRange;
    QLineEdit *m_title;
    QPlainTextEdit *m_content;
    QCheckBox *m_posted;
    QDateEdit *m_postedOn;
    QDateEdit *m_endsOn;
    QListWidget *m_channels;
    QLineEdit *m_channelEdit;
    QComboBox *m_signedByCombo;
    QLineEdit *m_signedBy;
    QLineEdit *m_supervisionOpinion;

    QGroupBox *m_itemsBox;
    QDateEdit *m_itemDate;
    QComboBox *m_itemDirection;
    QComboBox *m_itemCategory;
    QLineEdit *m_itemName;
    QLineEdit *m_itemAmount;
    QLineEdit *m_itemNote;
    QPushButton *m_addItem;
    QPushButton *m_removeItem;
    QLabel *m_itemError;
    QTableView *m_itemsView;
    FinanceItemsModel *m_items;
    QLabel *m_totals;
    QLabel *m_itemsWarning;

    QLabel *m_refusal;
    QDialogButtonBox *m_buttons;
    QHash<QString, std::pair<QWidget *, QLabel *>> m_fields;
};

} // namespace tl::ui
