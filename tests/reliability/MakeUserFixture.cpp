// reliability_make_user_fixture OUT [VERSION]: writes a user database made the way the app makes it, by the
// migrations up to VERSION (default: all of this build's), holding a realistic amount of everything a person saves.
// Run it once per released schema version and commit the file as tests/fixtures/user/user-vN.sqlite (see the README
// there).
#include "database/UserDatabase.h"
#include "user/SkillAssessmentStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariantList>

#include <cstdio>

namespace {
bool run(QSqlDatabase db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    std::fprintf(stderr, "%s: %s\n", qUtf8Printable(sql), qUtf8Printable(query.lastError().text()));
    return false;
}

bool fill(QSqlDatabase db, int version)
{
    using Status = cg::SkillAssessmentStore::Status;
    cg::SkillAssessmentStore store(db);
    const QList<QPair<const char*, Status>> marks{
        {"php", Status::Know},        {"python", Status::Know},
        {"sql", Status::Know},        {"html", Status::Know},
        {"css", Status::Know},        {"javascript", Status::Learning},
        {"django", Status::Learning}, {"postgresql", Status::Learning},
        {"java", Status::Want},       {"spring-boot", Status::Want},
        {"mongodb", Status::Want},    {"apache", Status::Want},
    };
    for (const auto& mark : marks) {
        QString error;
        if (!store.setStatus(QString::fromLatin1(mark.first), mark.second, &error)) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(error));
            return false;
        }
    }

    const QString stamp = QStringLiteral("2025-06-01T09:30:00Z");
    const QString plan =
        QStringLiteral("INSERT INTO study_plan (id, name, role_slug, path_slug, route_slug, start_date, "
                       "hours_per_week, skip_known, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!run(db, plan,
             {1, QStringLiteral("Evenings plan"), QStringLiteral("backend-developer"),
              QStringLiteral("backend-developer"), QStringLiteral("bootcamp"), QStringLiteral("2025-06-02"), 8, 1,
              stamp}) ||
        !run(db, plan,
             {2, QStringLiteral("Plan « rapide » — été"), QStringLiteral("backend-developer"),
              QStringLiteral("backend-developer"), QString(QLatin1String("")), QStringLiteral("2025-07-01"), 20, 0,
              stamp}))
        return false;

    const QString step = QStringLiteral("INSERT INTO step_progress (plan_id, step_slug, status, note, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?)");
    const QList<QStringList> steps{
        {QStringLiteral("1"), QStringLiteral("learn-computing-basics"), QStringLiteral("done"),
         QStringLiteral("Finished the CS50 lectures.")},
        {QStringLiteral("1"), QStringLiteral("earn-a-relevant-qualification"), QStringLiteral("skipped"),
         QStringLiteral("Already have a degree.")},
        {QStringLiteral("1"), QStringLiteral("learn-data-structures-and-algorithms"), QStringLiteral("in-progress"),
         QStringLiteral("Trees next; \"heaps\" were hard.\nSecond line of the note.")},
        {QStringLiteral("1"), QStringLiteral("learn-a-server-side-language"), QStringLiteral("not-started"),
         QString(QLatin1String(""))},
        {QStringLiteral("2"), QStringLiteral("learn-computing-basics"), QStringLiteral("done"),
         QStringLiteral("Déjà vu ✓")},
        {QStringLiteral("2"), QStringLiteral("learn-database-management"), QStringLiteral("in-progress"),
         QStringLiteral("'; DROP TABLE study_plan; --")},
    };
    for (const QStringList& row : steps) {
        if (!run(db, step, {row.at(0).toInt(), row.at(1), row.at(2), row.at(3), stamp}))
            return false;
    }

    if (!run(db,
             QStringLiteral(
                 "INSERT INTO saved_comparison (id, name, currency, basis, created_at) VALUES (?, ?, ?, ?, ?)"),
             {1, QStringLiteral("US vs UK back-end"), QStringLiteral("USD"), QStringLiteral("ppp"), stamp}))
        return false;
    const QStringList picks{QStringLiteral("backend-developer/US/median/bls-oews-2024"),
                            QStringLiteral("backend-developer/GB/average/article-2"),
                            QStringLiteral("software-developers/US/percentile-90/bls-oews-2024")};
    for (int position = 0; position < picks.size(); ++position) {
        if (!run(db,
                 QStringLiteral("INSERT INTO comparison_pick (comparison_id, position, figure_key) VALUES (?, ?, ?)"),
                 {1, position, picks.at(position)}))
            return false;
    }

    // Version 3: the memory of the last calendar export of plan 1, one live event and one cancelled.
    if (version >= 3) {
        const QString exported = QStringLiteral(
            "INSERT INTO calendar_export (plan_id, uid, sequence, content_hash, first_day, last_day, summary, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        if (!run(db, exported,
                 {1, QStringLiteral("plan-1-20250601T093000-step-learn-a-server-side-language@careerguide"), 2,
                  QString(40, QLatin1Char('3')), QStringLiteral("2025-06-30"), QStringLiteral("2025-09-14"),
                  QStringLiteral("Learn a server-side language"), QStringLiteral("live")}) ||
            !run(db, exported,
                 {1, QStringLiteral("plan-1-20250601T093000-step-earn-a-relevant-qualification@careerguide"), 1,
                  QString(40, QLatin1Char('c')), QStringLiteral("2025-06-02"), QStringLiteral("2025-06-29"),
                  QStringLiteral("Earn a relevant qualification; \"quotes\""), QStringLiteral("cancelled")}))
            return false;
    }
    // Version 4: topics ticked off in plan 1 (one of them an own topic), and an own version of the back-end path:
    // two own topics, a hidden topic, a step's topics re-ordered, and keys the content does not have.
    if (version >= 4) {
        const QString own = QStringLiteral("INSERT INTO own_topic (id, path_slug, step_slug, title, url, hours, note, "
                                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        if (!run(db, own,
                 {1, QStringLiteral("backend-developer"), QStringLiteral("learn-a-server-side-language"),
                  QStringLiteral("The Go tour — «à la» 'quotes'"), QStringLiteral("https://go.dev/tour/"), 6,
                  QStringLiteral("Chapters 1-3;\nthen the exercises"), stamp}) ||
            !run(db, own,
                 {2, QStringLiteral("backend-developer"), QStringLiteral("no-longer-a-step"),
                  QStringLiteral("'; DROP TABLE own_topic; --"), QString(QLatin1String("")), 1,
                  QString(QLatin1String("")), stamp}))
            return false;
        const QString done = QStringLiteral(
            "INSERT INTO topic_progress (plan_id, topic_slug, status, updated_at) VALUES (?, ?, 'done', ?)");
        if (!run(db, done, {1, QStringLiteral("http-basics"), stamp}) ||
            !run(db, done, {1, QStringLiteral("own:1"), stamp}) ||
            !run(db, done, {2, QStringLiteral("no-longer-a-topic"), stamp}))
            return false;
        if (!run(db, QStringLiteral("INSERT INTO hidden_topic (path_slug, topic_key, updated_at) VALUES (?, ?, ?)"),
                 {QStringLiteral("backend-developer"), QStringLiteral("own:2"), stamp}))
            return false;
        const QString order =
            QStringLiteral("INSERT INTO topic_order (path_slug, step_slug, position, topic_key) VALUES (?, ?, ?, ?)");
        if (!run(db, order,
                 {QStringLiteral("backend-developer"), QStringLiteral("learn-a-server-side-language"), 0,
                  QStringLiteral("own:1")}) ||
            !run(db, order,
                 {QStringLiteral("backend-developer"), QStringLiteral("learn-a-server-side-language"), 1,
                  QStringLiteral("no-longer-a-topic")}))
            return false;
    }
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2 && args.size() != 3) {
        std::fprintf(stderr, "usage: reliability_make_user_fixture OUT [VERSION]\n");
        return 2;
    }
    // The schema of an earlier version is exactly what its migrations build, so a fixture of version N can still be
    // made after N+1 exists: only the first N migrations run.
    QTemporaryDir migrations;
    const QDir builtIn(QStringLiteral(":/user"));
    const QStringList files = builtIn.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    const int version = args.size() == 3 ? args.at(2).toInt() : int(files.size());
    if (version < 1 || version > files.size()) {
        std::fprintf(stderr, "VERSION must be 1..%d\n", int(files.size()));
        return 2;
    }
    for (int i = 0; i < version; ++i) {
        if (!QFile::copy(builtIn.filePath(files.at(i)), QDir(migrations.path()).filePath(files.at(i))))
            return 1;
    }
    if (QFile::exists(args.at(1))) {
        std::fprintf(stderr, "%s exists; a fixture is never overwritten\n", qUtf8Printable(args.at(1)));
        return 2;
    }
    {
        cg::UserDatabase db;
        db.setMigrationsDirectory(migrations.path());
        if (!db.open(args.at(1)) || !db.isWritable() || !fill(db.database(), version)) {
            std::fprintf(stderr, "cannot write %s: %s\n", qUtf8Printable(args.at(1)), qUtf8Printable(db.errorString()));
            return 1;
        }
        std::printf("wrote %s (user schema version %d)\n", qUtf8Printable(args.at(1)), db.schemaVersion());
    } // closing checkpoints the journal into the file, so the fixture is one self-contained file
    return 0;
}
