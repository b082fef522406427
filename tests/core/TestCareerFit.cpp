// Careers that fit me and career moves: scores weighted by importance on a fixture computed by hand, the ranking's
// order and ties, unrated careers last, the pay change of a move, and the weights as read from the real content.
#include "TestSupport.h"
#include "content/AnnualPay.h"
#include "database/ContentDatabase.h"
#include "fit/CareerFitRanking.h"
#include "fit/CareerMoves.h"
#include "repositories/CareerFitRepository.h"
#include "repositories/OccupationRepository.h"

#include <QSqlQuery>
#include <QTest>

using Status = cg::SkillAssessmentStore::Status;
using Kind = cg::CatalogueEntry::Kind;

namespace {

cg::CareerPay pay(const QString& median, const QString& code)
{
    cg::CareerPay pay;
    pay.annualMedian = median;
    pay.sourceId = QStringLiteral("bls-oews-2024");
    pay.sourceTitle = QStringLiteral("OEWS");
    pay.asOf = QStringLiteral("2024-05");
    pay.occupationCode = code;
    return pay;
}

cg::CareerProfile profile(Kind kind, const QString& key, const QString& title, QList<cg::CareerNeed> needs,
                          const QString& median = QString())
{
    cg::CareerProfile profile;
    profile.kind = kind;
    profile.key = key;
    profile.title = title;
    profile.occupationCode = kind == Kind::Occupation ? key : QStringLiteral("11-1111.00");
    profile.needs = std::move(needs);
    if (!median.isEmpty())
        profile.pay = pay(median, profile.occupationCode);
    return profile;
}

cg::CareerNeed need(const QString& key, qint64 weight)
{
    return {key, key.toUpper(), weight};
}

QString onet(const char* id)
{
    return cg::SkillAssessmentStore::onetKey(QLatin1String(id));
}

// The fixture. Occupation weights are importance x level in hundredths (4.00 x 5.00 = 400 x 500 = 200000).
//   Alpha role    a 5, b 3, c 1, d 1                         total 10
//   Beta role     a 5, e 5                                   total 10
//   Zeta role     a 5, f 2                                   total 7
//   Gamma occ.    Programming 400x500 = 200000, Mathematics 300x200 = 60000, Writing 200x100 = 20000
//                                                            total 280000
//   Zz occ.       p 71449, q 28551                           total 100000
//   Delta occ., Aardvark occ.: no ratings (not rated)
// The person knows a and the curated skill "programming", which maps to Programming (onet:2.B.3.e); b is
// "learning", which does not count.
//   Alpha 5/10 = 50%, gaps B (3), C (1), D (1)
//   Beta  5/10 = 50%, gap E — ties with Alpha, so by title: Alpha, Beta
//   Zeta  5/7 = 71.43% -> 71%, gap F
//   Gamma 200000/280000 = 5/7 = 71.43% -> 71%, the same fraction as Zeta: by title, Gamma before Zeta
//   Zz    p is known through its own key: 71449/100000 = 71.449% -> 71%, shown as Gamma and Zeta but exactly more:
//         first, although its title sorts last
//   then the unrated, by title: Aardvark, Delta.
cg::CareerFitRanking fixture()
{
    QList<cg::CareerProfile> profiles{
        profile(Kind::Role, QStringLiteral("alpha"), QStringLiteral("Alpha role"),
                {need(QStringLiteral("a"), 5), need(QStringLiteral("b"), 3), need(QStringLiteral("c"), 1),
                 need(QStringLiteral("d"), 1)},
                QStringLiteral("100000")),
        profile(Kind::Role, QStringLiteral("beta"), QStringLiteral("Beta role"),
                {need(QStringLiteral("a"), 5), need(QStringLiteral("e"), 5)}),
        profile(Kind::Role, QStringLiteral("zeta"), QStringLiteral("Zeta role"),
                {need(QStringLiteral("a"), 5), need(QStringLiteral("f"), 2)}),
        profile(Kind::Occupation, QStringLiteral("11-1111.00"), QStringLiteral("Gamma occupation"),
                {{onet("2.B.3.e"), QStringLiteral("Programming"), 400 * 500},
                 {onet("2.A.1.e"), QStringLiteral("Mathematics"), 300 * 200},
                 {onet("2.A.1.c"), QStringLiteral("Writing"), 200 * 100}},
                QStringLiteral("100000")),
        profile(Kind::Occupation, QStringLiteral("22-2222.00"), QStringLiteral("Delta occupation"), {},
                QStringLiteral("90000")),
        profile(Kind::Occupation, QStringLiteral("33-3333.00"), QStringLiteral("aardvark occupation"), {},
                QStringLiteral("#")),
        profile(Kind::Occupation, QStringLiteral("44-4444.00"), QStringLiteral("Zz occupation"),
                {need(onet("9.9"), 71449), need(QStringLiteral("q"), 28551)}, QStringLiteral("*")),
    };
    return cg::CareerFitRanking(profiles, {{QStringLiteral("programming"), {onet("2.B.3.e")}}});
}

QHash<QString, Status> marks()
{
    return {{QStringLiteral("a"), Status::Know},
            {QStringLiteral("programming"), Status::Know},
            {onet("9.9"), Status::Know},
            {QStringLiteral("b"), Status::Learning},
            {QStringLiteral("e"), Status::Want}};
}

QStringList keysOf(const QList<cg::CareerFitEntry>& entries)
{
    QStringList keys;
    for (const cg::CareerFitEntry& entry : entries)
        keys.append(entry.key);
    return keys;
}

} // namespace

class TestCareerFit : public QObject
{
    Q_OBJECT

private slots:
    void scoreArithmetic_data()
    {
        QTest::addColumn<qint64>("known");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("percent");
        QTest::newRow("half") << qint64(5) << qint64(10) << 50;
        QTest::newRow("5/7 = 71.43") << qint64(5) << qint64(7) << 71;
        QTest::newRow("1/8 = 12.5 rounds up") << qint64(1) << qint64(8) << 13;
        QTest::newRow("all") << qint64(3) << qint64(3) << 100;
        QTest::newRow("none") << qint64(0) << qint64(3) << 0;
        QTest::newRow("not rated") << qint64(0) << qint64(0) << 0;
    }

    void scoreArithmetic()
    {
        QFETCH(qint64, known);
        QFETCH(qint64, total);
        QFETCH(int, percent);
        const cg::FitScore score(known, total);
        QCOMPARE(score.percent(), percent);
        QCOMPARE(score.isRated(), total > 0);
    }

    void scoreOrder()
    {
        QCOMPARE(cg::FitScore(5, 7).compare(cg::FitScore(200000, 280000)), 0);
        QCOMPARE(cg::FitScore(71449, 100000).compare(cg::FitScore(5, 7)), -1);
        QCOMPARE(cg::FitScore(0, 1).compare(cg::FitScore(0, 0)), -1); // rated 0% before not rated
        QCOMPARE(cg::FitScore(0, 0).compare(cg::FitScore(1, 2)), 1);
    }

    void fixtureScores()
    {
        const cg::CareerFitRanking ranking = fixture();
        const QHash<QString, Status> statuses = marks();

        const cg::CareerFitEntry alpha = ranking.fit(QStringLiteral("alpha"), statuses);
        QCOMPARE(alpha.score.known(), 5);
        QCOMPARE(alpha.score.total(), 10);
        QCOMPARE(alpha.score.percent(), 50);
        QCOMPARE(alpha.topGaps, (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
        QVERIFY(alpha.isRole());

        const cg::CareerFitEntry gamma = ranking.fit(QStringLiteral("11-1111.00"), statuses);
        QCOMPARE(gamma.score.known(), 200000); // Programming, known through the curated skill
        QCOMPARE(gamma.score.total(), 280000);
        QCOMPARE(gamma.score.percent(), 71);
        QCOMPARE(gamma.topGaps, (QStringList{QStringLiteral("Mathematics"), QStringLiteral("Writing")}));

        const cg::CareerFitEntry zz = ranking.fit(QStringLiteral("44-4444.00"), statuses);
        QCOMPARE(zz.score.percent(), 71);
        QCOMPARE(zz.topGaps, QStringList{QStringLiteral("Q")});

        const cg::CareerFitEntry delta = ranking.fit(QStringLiteral("22-2222.00"), statuses);
        QVERIFY(!delta.score.isRated());
        QVERIFY(delta.topGaps.isEmpty());
        QVERIFY(!ranking.fit(QStringLiteral("nope"), statuses).isValid());
    }

    void learningIsNotKnown()
    {
        const cg::CareerFitRanking ranking = fixture();
        QHash<QString, Status> statuses{{QStringLiteral("b"), Status::Learning}};
        QCOMPARE(ranking.fit(QStringLiteral("alpha"), statuses).score.known(), 0);
        QVERIFY(!ranking.anyNeedKnown(statuses));
        statuses.insert(QStringLiteral("b"), Status::Know);
        QCOMPARE(ranking.fit(QStringLiteral("alpha"), statuses).score.known(), 3); // 3/10 = 30%
        QCOMPARE(ranking.fit(QStringLiteral("alpha"), statuses).score.percent(), 30);
        QVERIFY(ranking.anyNeedKnown(statuses));
    }

    void rankingOrder()
    {
        const QList<cg::CareerFitEntry> ranked = fixture().rank(marks());
        QCOMPARE(keysOf(ranked), (QStringList{QStringLiteral("44-4444.00"), QStringLiteral("11-1111.00"),
                                              QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("beta"),
                                              QStringLiteral("33-3333.00"), QStringLiteral("22-2222.00")}));
    }

    void nothingKnownRanksByTitleUnratedLast()
    {
        const QList<cg::CareerFitEntry> ranked = fixture().rank({});
        // Every rated career at 0/total: by title (case aside); then the unrated by title.
        QCOMPARE(keysOf(ranked),
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("11-1111.00"),
                              QStringLiteral("zeta"), QStringLiteral("44-4444.00"), QStringLiteral("33-3333.00"),
                              QStringLiteral("22-2222.00")}));
        for (const cg::CareerFitEntry& entry : ranked)
            QCOMPARE(entry.score.known(), 0);
    }

    void payChange_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("dollars");
        QTest::addColumn<QString>("text");
        QTest::newRow("rise") << "100000"
                              << "112340" << int(cg::PayChange::Kind::Exact) << qint64(12340) << "+$12,340";
        QTest::newRow("fall") << "100000"
                              << "95000" << int(cg::PayChange::Kind::Exact) << qint64(-5000) << "\u2212$5,000";
        QTest::newRow("same") << "100000"
                              << "100000" << int(cg::PayChange::Kind::Exact) << qint64(0) << "+$0";
        // '#' counts as the top code, $239,200: the change is at least 239200 - 100000.
        QTest::newRow("to top-coded") << "100000"
                                      << "#" << int(cg::PayChange::Kind::AtLeast) << qint64(139200)
                                      << "at least +$139,200";
        QTest::newRow("from top-coded") << "#"
                                        << "200000" << int(cg::PayChange::Kind::AtMost) << qint64(-39200)
                                        << "at most \u2212$39,200";
        QTest::newRow("both top-coded") << "#"
                                        << "#" << int(cg::PayChange::Kind::Unknown) << qint64(0) << "unknown";
        QTest::newRow("no estimate") << "100000"
                                     << "*" << int(cg::PayChange::Kind::Unknown) << qint64(0) << "unknown";
        QTest::newRow("origin missing") << ""
                                        << "100000" << int(cg::PayChange::Kind::Unknown) << qint64(0) << "unknown";
    }

    void payChange()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, kind);
        QFETCH(qint64, dollars);
        QFETCH(QString, text);
        const cg::PayChange change = cg::PayChange::between(from, to);
        QCOMPARE(int(change.kind()), kind);
        QCOMPARE(change.dollars(), dollars);
        QCOMPARE(change.text(QLocale(QLocale::English, QLocale::UnitedStates)), text);
    }

    void payChangeOrder()
    {
        const auto change = [](const char* from, const char* to) {
            return cg::PayChange::between(QLatin1String(from), QLatin1String(to));
        };
        QVERIFY(change("100000", "#").ranksAbove(change("100000", "200000")));
        QVERIFY(change("100000", "200000").ranksAbove(change("100000", "*")));
        QVERIFY(!change("100000", "*").ranksAbove(change("100000", "50000")));
    }

    void moves()
    {
        const cg::CareerFitRanking ranking = fixture();
        const QList<cg::OccupationRelated> related{
            {QStringLiteral("33-3333.00"), QStringLiteral("Aardvark"), QStringLiteral("Supplemental"), true},
            {QStringLiteral("22-2222.00"), QStringLiteral("Delta"), QStringLiteral("Primary-Short"), true},
            {QStringLiteral("44-4444.00"), QStringLiteral("Zz"), QStringLiteral("Primary-Long"), true},
            {QStringLiteral("99-9999.00"), QStringLiteral("Elsewhere"), QStringLiteral("Supplemental"), false},
        };
        // From Gamma occupation, median 100000.
        const QList<cg::CareerMove> moves =
            cg::CareerMoves::from(ranking, QStringLiteral("11-1111.00"), related, marks());
        QCOMPARE(moves.size(), 4);
        // Tier order, O*NET's order within a tier.
        QCOMPARE(moves.at(0).related.socCode, QStringLiteral("22-2222.00"));
        QCOMPARE(moves.at(1).related.socCode, QStringLiteral("44-4444.00"));
        QCOMPARE(moves.at(2).related.socCode, QStringLiteral("33-3333.00"));
        QCOMPARE(moves.at(3).related.socCode, QStringLiteral("99-9999.00"));
        QCOMPARE(moves.at(0).payChange.text(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("\u2212$10,000")); // 90000 - 100000
        QVERIFY(!moves.at(0).fit.score.isRated());
        QCOMPARE(moves.at(1).payChange.kind(), cg::PayChange::Kind::Unknown); // '*'
        QCOMPARE(moves.at(1).fit.score.percent(), 71);
        QCOMPARE(moves.at(1).fit.topGaps, QStringList{QStringLiteral("Q")});
        QCOMPARE(moves.at(2).payChange.text(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("at least +$139,200")); // '#'
        QVERIFY(!moves.at(3).fit.isValid());            // not in this build: no fit, no pay
        QCOMPARE(moves.at(3).payChange.kind(), cg::PayChange::Kind::Unknown);

        // A role moves from its first occupation's pay (Alpha: 100000); one without pay gives unknown changes.
        const QList<cg::CareerMove> fromAlpha =
            cg::CareerMoves::from(ranking, QStringLiteral("alpha"), related, marks());
        QCOMPARE(fromAlpha.at(0).payChange.dollars(), -10000);
        const QList<cg::CareerMove> fromBeta = cg::CareerMoves::from(ranking, QStringLiteral("beta"), related, marks());
        QCOMPARE(fromBeta.at(0).payChange.kind(), cg::PayChange::Kind::Unknown);
        QVERIFY(cg::CareerMoves::from(ranking, QStringLiteral("nope"), related, marks()).isEmpty());
    }

    void hundredths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("value");
        QTest::newRow("two places") << "4.12" << qint64(412);
        QTest::newRow("one place") << "6.5" << qint64(650);
        QTest::newRow("whole") << "3" << qint64(300);
        QTest::newRow("zero") << "0.00" << qint64(0);
        QTest::newRow("three places") << "1.234" << qint64(-1);
        QTest::newRow("marker") << "*" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }

    void hundredths()
    {
        QFETCH(QString, text);
        QFETCH(qint64, value);
        QCOMPARE(cg::CareerFitRepository::hundredths(text), value);
    }

    // The real content: every career is ranked, the weights are importance x level, suppressed and not relevant
    // ratings are left out, unrated occupations come last.
    void realContent()
    {
        cg::ContentDatabase content;
        QVERIFY(content.open(cg::test::contentDatabasePath()));
        const QSqlDatabase db = content.database();
        const cg::CareerFitRepository repository(db);
        QString error;
        const QList<cg::CareerProfile> profiles = repository.profiles(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const int careers = cg::test::countOf(db, QStringLiteral("SELECT (SELECT count(*) FROM role) + "
                                                                 "(SELECT count(*) FROM occupation)"));
        QCOMPARE(int(profiles.size()), careers);

        const cg::CareerFitRanking ranking(profiles, repository.skillElements(&error));
        QVERIFY(error.isEmpty());

        // One rating, by hand: Computer Systems Analysts' Programming. (Software Developers, 15-1252.00, has no
        // ratings in O*NET 29.3: it is not rated.)
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT importance, level FROM occupation_rating "
                                          "WHERE soc_code = '15-1211.00' AND element_id = '2.B.3.e'")));
        QVERIFY(query.next());
        const qint64 weight = cg::CareerFitRepository::hundredths(query.value(0).toString()) *
                              cg::CareerFitRepository::hundredths(query.value(1).toString());
        const cg::CareerProfile* analysts = ranking.profile(QStringLiteral("15-1211.00"));
        QVERIFY(analysts);
        bool found = false;
        for (const cg::CareerNeed& need : analysts->needs) {
            if (need.key == onet("2.B.3.e")) {
                QCOMPARE(need.weight, weight);
                found = true;
            }
        }
        QVERIFY(found);
        const cg::CareerProfile* developers = ranking.profile(QStringLiteral("15-1252.00"));
        QVERIFY(developers);
        QVERIFY(developers->needs.isEmpty());
        QVERIFY(developers->pay.isKnown());
        QCOMPARE(developers->pay.asOf, QStringLiteral("2024-05"));

        // Suppressed and not relevant ratings weigh nothing: the needs are exactly the other ratings.
        const int kept =
            cg::test::countOf(db, QStringLiteral("SELECT count(*) FROM occupation_rating WHERE suppressed = 0 AND "
                                                 "coalesce(not_relevant, 0) = 0 AND CAST(importance AS REAL) > 0 AND "
                                                 "CAST(level AS REAL) > 0"));
        const int dropped = cg::test::countOf(
            db, QStringLiteral("SELECT count(*) FROM occupation_rating WHERE suppressed = 1 OR not_relevant = 1"));
        QVERIFY(dropped > 0);
        int needs = 0;
        for (const cg::CareerProfile& profile : profiles) {
            if (!profile.isRole())
                needs += int(profile.needs.size());
        }
        QCOMPARE(needs, kept);
        QVERIFY(query.exec(QStringLiteral("SELECT soc_code, element_id FROM occupation_rating "
                                          "WHERE suppressed = 1 LIMIT 1")));
        QVERIFY(query.next());
        for (const cg::CareerNeed& need : ranking.profile(query.value(0).toString())->needs)
            QVERIFY(need.key != onet(qPrintable(query.value(1).toString())));

        // A role's pay is its first occupation's, said so.
        const cg::CareerProfile* backend = ranking.profile(QStringLiteral("backend-developer"));
        QVERIFY(backend);
        QVERIFY(backend->pay.ofRoleOccupation);
        QCOMPARE(backend->pay.occupationCode, QStringLiteral("15-1252.00"));
        QVERIFY(backend->pay.note().contains(QStringLiteral("Software Developers")));

        // The curated skill "programming" is O*NET's Programming element.
        QHash<QString, Status> statuses{{QStringLiteral("programming"), Status::Know}};
        QVERIFY(ranking.fit(QStringLiteral("15-1211.00"), statuses).score.known() >= weight);
        QVERIFY(!ranking.fit(QStringLiteral("15-1252.00"), statuses).score.isRated());

        // Unrated occupations last, and every one of them is unrated.
        const QList<cg::CareerFitEntry> ranked = ranking.rank(statuses);
        QCOMPARE(int(ranked.size()), careers);
        const int unrated = cg::test::countOf(db, QStringLiteral("SELECT count(*) FROM occupation WHERE rated = 0"));
        QVERIFY(unrated > 0);
        int firstUnrated = -1;
        for (int i = 0; i < ranked.size(); ++i) {
            if (!ranked.at(i).score.isRated() && firstUnrated < 0)
                firstUnrated = i;
            if (firstUnrated >= 0)
                QVERIFY2(!ranked.at(i).score.isRated(), qPrintable(ranked.at(i).key));
        }
        QVERIFY(ranked.size() - firstUnrated >= unrated);
        QVERIFY(ranked.first().score.isRated());
        for (int i = 1; i < firstUnrated; ++i)
            QVERIFY(ranked.at(i - 1).score.compare(ranked.at(i).score) <= 0);

        // Moves from Software Developers: O*NET's related list in tier order, the pay change by hand.
        const QList<cg::CareerMove> moves = cg::CareerMoves::from(
            ranking, QStringLiteral("15-1252.00"), repository.related(QStringLiteral("15-1252.00")), statuses);
        QVERIFY(!moves.isEmpty());
        for (int i = 1; i < moves.size(); ++i)
            QVERIFY(cg::CareerMoves::tierRank(moves.at(i - 1).related.tier) <=
                    cg::CareerMoves::tierRank(moves.at(i).related.tier));
        const cg::OccupationRepository occupations(db);
        for (const cg::CareerMove& move : moves) {
            if (!move.fit.isValid())
                continue;
            const cg::AnnualPay to = cg::AnnualPay::parse(occupations.wage(move.related.socCode).annualMedian);
            const cg::AnnualPay from =
                cg::AnnualPay::parse(occupations.wage(QStringLiteral("15-1252.00")).annualMedian);
            if (to.kind() == cg::AnnualPay::Kind::Exact && from.kind() == cg::AnnualPay::Kind::Exact)
                QCOMPARE(move.payChange.dollars(), to.dollars() - from.dollars());
        }
    }
};

QTEST_GUILESS_MAIN(TestCareerFit)
#include "TestCareerFit.moc"
