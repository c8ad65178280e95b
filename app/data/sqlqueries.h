#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Motcua::SqlQueries {

// The longer statements of the data layer live in resources/sql/queries/,
// compiled into the library. text("report_ii06a") is the statement of
// queries/report_ii06a.sql with its whole-line comments ("-- …") removed
// (they document the statement; the driver would look for placeholders in
// them). A statement may leave parts to the code as {{name}} markers:
// fragments of SQL that the code owns (column lists, conditions with ?
// placeholders), never values. Every marker must be given; a missing file
// or marker is a programming error (asserted; an empty statement in release
// builds, which the server then refuses).
QString text(const QString &name, const QHash<QString, QString> &fragments = {});

// Prepares `sql` forward-only and executes it with `values` bound in order.
bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values);

} // namespace Motcua::SqlQueries
