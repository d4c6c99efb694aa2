#pragma once

#include "storage/Ledger.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

#include <catch2/catch.hpp>

// Catch prints QStrings as text, not as ranges of QChar.
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

class QWidget;

namespace tl::test {

// A fixed "today" so rules about dates give the same answer every day.
inline QDate fixedToday() { return QDate(2026, 11, 23); }

// A temporary folder that lives as long as the test.
struct TempDir
{
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
};

// An empty ledger for township 测试镇.
std::unique_ptr<Ledger> newLedger(const QString &path);
// A demo ledger (fixed seed and date).
std::unique_ptr<Ledger> demoLedger(const QString &path, int villages = 12);

// Every table of the ledger as text (rows in id order), the audit trail and the import log aside:
// two dumps are equal exactly when the ledger's content is the same.
QString dumpTables(Ledger &ledger);
// Audit trail rows written with this source ("edit", "undo", "redo" …).
int auditRows(Ledger &ledger, const QString &source);

// The round trip every edit must survive: `edit` pushes one command (through an edits::
// function) and must succeed; then undo must give back exactly the tables as before, redo exactly
// as after, and undo once more as before; the audit trail must say edit, undo and redo.
void checkRoundTrip(Ledger &ledger, const std::function<void()> &edit);

// Makes every `action` (INSERT, UPDATE or DELETE) on `table` fail from now on (a temporary
// trigger), until stopFailing(): a command reaching it fails midway, after its earlier statements.
void failWritesOf(Ledger &ledger, const QString &table, const QString &action);
void stopFailing(Ledger &ledger, const QString &table);

// Seals the audit rows that rawExec or buildAtVersion wrote (their triggers record them, but only
// the program seals), as the program of that version would have: the trail then verifies.
void sealTrail(const QString &path);

// Scribbles over the last third of a ledger file: the first pages (header, schema, township,
// villages) still read, so it opens, but PRAGMA quick_check finds the damage.
void damageTail(const QString &path);

// Runs statements on a raw SQLite connection (to build files the program must refuse or upgrade).
void rawExec(const QString &path, const QStringList &statements);
// A ledger file as an older program version left it: migrations 1..version applied, a township
// and one village (id 7, 老村, 321 households).
void buildAtVersion(const QString &path, int version, const QString &township = QStringLiteral("测试镇"));

// Builds the valid ID number for a birth date and sequence (odd = male).
QString makeId(const QString &region, const QDate &birth, int sequence);
// The same text typed with full-width digits and letters (as a Chinese input method does).
QString fullWidth(const QString &ascii);
// Saves the widget as PNG under $TL_SCREENSHOT_DIR (if set), for a person to look at.
void saveScreenshot(QWidget *widget, const QString &name);

} // namespace tl::test
