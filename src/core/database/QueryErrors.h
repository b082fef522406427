#pragma once

#include <QObject>
#include <QString>

namespace cg {

// Where a failed read of the content database goes when its caller did not ask for the error (see ReadQuery): it is
// logged, and announced to whoever shows messages — the main window shows it — so that no failure ends as a page
// that is silently empty.
class QueryErrors final : public QObject
{
    Q_OBJECT

public:
    QueryErrors() = default;

    static QueryErrors* instance();
    // Logs `reason` and emits failed() from the instance; safe from any thread.
    static void report(const QString& reason);

signals:
    void failed(const QString& reason);
};

} // namespace cg
