#pragma once

#include "edits/Change.h"
#include "storage/Ledger.h"

#include <QDate>
#include <QObject>
#include <QUndoStack>

#include <algorithm>
#include <initializer_list>
#include <memory>

namespace tl::ui {

// The open ledger as the widgets see it: the file, its undo history (the ledger's own, see
// edits::History), and one signal that tells the views what a committed change (an edit, an undo
// or a redo) touched, so each reloads only when it shows that.
class LedgerContext : public QObject
{
    Q_OBJECT
public:
    // What changed (see edits::Change): the views reload only what shows it. Everything is for
    // what no single kind describes (an import, a restore, a new ledger).
    enum class Change {
        Township, Villages, People, Committees, Reserves, Matters, Grids, Households, Disclosures, Settings,
        Everything
    };
    Q_ENUM(Change)

    explicit LedgerContext(std::unique_ptr<Ledger> ledger, QObject *parent = nullptr);
    ~LedgerContext() override;

    Ledger &ledger() { return *m_ledger; }
    bool isReadOnly() const { return m_ledger->isReadOnly(); }
    bool isDemo() const { return m_isDemo; }
    QUndoStack *undoStack();

    // "Today" for every rule and derived figure; tests pin it.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &d) { m_today = d; }

    void notifyChanged(Change what, qint64 villageId = 0) { Q_EMIT changed(what, villageId); }

    // The village's name as stored now ("" when there is no such village): titles of exports.
    QString villageName(qint64 villageId);

    // The view-side kind of a change reported by the ledger's history.
    static Change kindOf(const edits::Change &change);
    // Whether a change of kind `what` can alter a view that shows records of `shown` kinds
    // (Everything alters every view).
    static bool touches(Change what, std::initializer_list<Change> shown)
    {
        return what == Change::Everything || std::find(shown.begin(), shown.end(), what) != shown.end();
    }

Q_SIGNALS:
    void changed(tl::ui::LedgerContext::Change what, qint64 villageId);
    // An undo or redo could not be applied (e.g. the disk is full); the stack is left as it was.
    void undoFailed(const QString &message);

private:
    static LedgerContext *s_recording; // the context full exports are recorded in
    std::unique_ptr<Ledger> m_ledger;
    QDate m_today;
    bool m_isDemo = false;
};

} // namespace tl::ui
