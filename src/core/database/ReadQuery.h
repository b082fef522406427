#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <type_traits>
#include <utility>

namespace cg {

// One read of a database, over one or more statements, with every result checked. select() prepares a statement,
// binds its values and runs it; next() walks its rows; the first failure — to prepare, to run, or partway through
// the rows — is kept, and later statements of the read do not run. result() then gives the caller an empty value
// and the reason instead of a partial one: in *error when the caller asked for it, otherwise through QueryErrors,
// so that the person using the app hears of it.
class ReadQuery final
{
    Q_DISABLE_COPY_MOVE(ReadQuery)

public:
    explicit ReadQuery(const QSqlDatabase& db);
    ~ReadQuery() = default;

    // Runs `sql` with `values` bound in order; the statement is prepared again only when `sql` changes. False, with
    // no rows to read, once any statement of this read has failed.
    bool select(const QString& sql, const QVariantList& values = {});
    // The next row of the last statement; false at its end, or when reading it failed.
    bool next();
    // Runs `sql` like select() and appends to *items what `readRow` makes of each row (it is given this query).
    template <typename T, typename ReadRow>
    void selectInto(QList<T>* items, const QString& sql, const QVariantList& values, ReadRow readRow)
    {
        select(sql, values);
        while (next())
            items->append(readRow(std::as_const(*this)));
    }
    // The same, into a new list of what `readRow` returns.
    template <typename ReadRow> auto rows(const QString& sql, const QVariantList& values, ReadRow readRow)
    {
        QList<std::decay_t<std::invoke_result_t<ReadRow, const ReadQuery&>>> items;
        selectInto(&items, sql, values, readRow);
        return items;
    }
    // A read of one statement: its rows as rows() gives them, or an empty list with the reason (see result()).
    template <typename ReadRow>
    static auto readRows(const QSqlDatabase& db, const QString& sql, const QVariantList& values, ReadRow readRow,
                         QString* error)
    {
        ReadQuery query(db);
        const auto items = query.rows(sql, values, readRow);
        return query.result(items, error);
    }
    QVariant value(int column) const { return m_query.value(column); }
    // A column of values joined by group_concat(value, char(31)), as a list; empty for NULL.
    QStringList list(int column) const { return value(column).toString().split(QChar(31), Qt::SkipEmptyParts); }
    const QSqlQuery& query() const { return m_query; }
    // The first column as text: a readRow for a list of single values.
    static QString firstText(const ReadQuery& row) { return row.value(0).toString(); }

    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // `value` when every statement succeeded; otherwise T() with the reason reported (see the class comment).
    template <typename T> T result(T value, QString* error) const
    {
        if (!failed())
            return value;
        report(error);
        return T();
    }
    // The same for a read that returns no value: true when it succeeded.
    bool succeeded(QString* error) const;

private:
    void report(QString* error) const;
    bool fail();

    QSqlQuery m_query;
    QString m_sql; // the statement m_query holds prepared
    QString m_error;
};

} // namespace cg
