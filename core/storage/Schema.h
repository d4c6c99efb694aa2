#pragma once

#include <QStringList>
#include <QVector>

namespace tl {

// The ordered list of schema migrations. Migration N brings a ledger from
// user_version N-1 to N. Never edit a migration that has shipped: add a new one.
struct Migration
{
    int version;
    QStringList statements;
};

const QVector<Migration> &schemaMigrations();

} // namespace tl
