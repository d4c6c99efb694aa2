#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
class QSqlQuery;

namespace tl {

// A prepared statement for the ledger's bulk paths: the household rows of a county import and the
// audit rows a transaction seals. It runs on the SQLite handle of the ledger's own Qt connection,
// inside the same transaction, without a QVariant for every value: QSqlQuery boxes each bound and
// each read value, and for 200,000 households (two million values in, two and a half million out
// for the seal) that boxing was a third of the import.
//
// The handle is used directly only where the SQLite library this program links is the very one
// the Qt driver runs on (same source id, same file system layer); elsewhere, as with a Qt built
// with SQLite inside its driver, the same calls go through QSqlQuery and give the same results.
class Statement
{
public:
    enum class Type
    {
        Null,
        Integer,
        Real,
        Text,
        Blob
    };

    Statement(const QSqlDatabase &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // "" when the statement is prepared; else SQLite's reason.
    QString prepareError() const { return m_prepareError; }

    // Values for the placeholders, counted from 0. A null QString binds NULL, as QSqlQuery does.
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindNull(int index);

    // Runs the statement with the values bound (they stay bound for the next run). A query's rows
    // then come with next(). False with *error (translated) on failure.
    bool exec(QString *error);
    qint64 lastInsertId() const;

    // The next row of a query; false after the last.
    bool next();
    Type type(int column) const;
    qint64 integer(int column) const;
    // The column as QVariant::toString() gives it from QSqlQuery, in UTF-8: numbers in decimal,
    // text as stored. A view of SQLite's own bytes where they are that already (valid until
    // next()), else of *scratch.
    QByteArrayView text(int column, QByteArray *scratch) const;

    // Whether statements on db run on its handle directly (false: through QSqlQuery).
    static bool isDirect(const QSqlDatabase &db);
    // Tests: every statement through QSqlQuery (true), or direct where possible (false).
    static void setQtOnly(bool qtOnly);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<QSqlQuery> m_query; // when not direct
    QString m_prepareError;
    std::vector<QByteArray> m_utf8; // the text bound to each placeholder, until the next bind
    bool m_pending = false; // a row stepped to by exec(), not yet handed out by next()
    bool m_atRow = false;
};

} // namespace tl
