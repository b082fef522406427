// EnumWords: one table per enum spells each value once, and is read both ways; the tables of the app's enums keep
// the words earlier versions stored.
#include "money/ConversionBasis.h"
#include "plan/StepProgress.h"
#include "salary/SalaryTerms.h"
#include "search/SearchHit.h"
#include "settings/Theme.h"
#include "text/EnumWords.h"
#include "user/SkillAssessmentStore.h"

#include <QTest>

using namespace cg;

namespace {
enum class Colour
{
    Red,
    Green,
    Blue
};

constexpr EnumWord<Colour> Keys[] = {{Colour::Red, "red"}, {Colour::Green, "green"}};
constexpr KeyWord Sizes[] = {{"s", "small"}, {"l", "large"}};
} // namespace

class TestEnumWords final : public QObject
{
    Q_OBJECT

private slots:
    void keysBothWays()
    {
        QCOMPARE(EnumWords::keyOf(Keys, Colour::Red), QStringLiteral("red"));
        QCOMPARE(EnumWords::keyOf(Keys, Colour::Green), QStringLiteral("green"));
        QCOMPARE(EnumWords::valueOf(Keys, u"red"), std::optional<Colour>(Colour::Red));
        QCOMPARE(EnumWords::valueOf(Keys, u"green"), std::optional<Colour>(Colour::Green));
    }

    void missingWordsAndValues()
    {
        QVERIFY(EnumWords::wordOf(Keys, Colour::Blue) == nullptr);
        QVERIFY(EnumWords::keyOf(Keys, Colour::Blue).isNull());
        QVERIFY(EnumWords::nameOf("TestEnumWords", Keys, Colour::Blue).isNull());
        QCOMPARE(EnumWords::valueOf(Keys, u"blue"), std::optional<Colour>());
        QCOMPARE(EnumWords::valueOf(Keys, u"Red"), std::optional<Colour>()); // keys are exact
        QCOMPARE(EnumWords::valueOf(Keys, u""), std::optional<Colour>());
        QCOMPARE(EnumWords::known(Keys, Colour::Blue, Colour::Red), Colour::Red);
        QCOMPARE(EnumWords::known(Keys, Colour::Green, Colour::Red), Colour::Green);
        QCOMPARE(EnumWords::known(Keys, Colour(42), Colour::Red), Colour::Red);
    }

    void wordsForStringKeys()
    {
        QCOMPARE(QLatin1String(EnumWords::wordFor(Sizes, u"l")), QLatin1String("large"));
        QVERIFY(EnumWords::wordFor(Sizes, u"m") == nullptr);
        QVERIFY(EnumWords::wordFor(Sizes, u"") == nullptr);
    }

    void namesAreTheWordsUntranslated()
    {
        QCOMPARE(EnumWords::nameOf("TestEnumWords", Keys, Colour::Green), QStringLiteral("green"));
    }

    void appKeysRoundTrip()
    {
        for (ConversionBasis basis : AllConversionBases) {
            ConversionBasis read = basis == ConversionBasis::Market ? ConversionBasis::Ppp : ConversionBasis::Market;
            QVERIFY(fromKey(keyOf(basis), &read));
            QCOMPARE(read, basis);
        }
        for (Theme theme : AllThemes) {
            Theme read = theme == Theme::Dark ? Theme::Light : Theme::Dark;
            QVERIFY(fromKey(keyOf(theme), &read));
            QCOMPARE(read, theme);
        }
        Theme untouched = Theme::Dark;
        QVERIFY(!fromKey(u"sepia", &untouched));
        QCOMPARE(untouched, Theme::Dark);
        for (int i = 0; i < StepProgress::StatusCount; ++i) {
            const auto status = StepProgress::Status(i);
            QCOMPARE(StepProgress::fromKey(StepProgress::toKey(status)), status);
            QVERIFY(!StepProgress::displayName(status).isEmpty());
        }
        for (int i = 0; i < SearchHit::KindCount; ++i) {
            QVERIFY(!SearchHit::kindKey(SearchHit::Kind(i)).isEmpty());
            QVERIFY(!SearchHit::kindName(SearchHit::Kind(i)).isEmpty());
        }
    }

    void storedWordsStayTheSame()
    {
        QCOMPARE(keyOf(ConversionBasis::PppPrivateConsumption), QStringLiteral("ppp-private"));
        QCOMPARE(keyOf(Theme::System), QStringLiteral("system"));
        QCOMPARE(StepProgress::toKey(StepProgress::Status::InProgress), QStringLiteral("in-progress"));
        QCOMPARE(StepProgress::toKey(StepProgress::Status(99)), QStringLiteral("not-started"));
        QCOMPARE(StepProgress::fromKey(QStringLiteral("someday")), StepProgress::Status::NotStarted);
        QCOMPARE(SkillAssessmentStore::toKey(SkillAssessmentStore::Status::Want), QStringLiteral("want"));
        QVERIFY(SkillAssessmentStore::toKey(SkillAssessmentStore::Status::Unknown).isEmpty());
        QCOMPARE(SkillAssessmentStore::fromKey(QStringLiteral("expert")), SkillAssessmentStore::Status::Unknown);
        QCOMPARE(SkillAssessmentStore::displayName(SkillAssessmentStore::Status::Unknown),
                 QStringLiteral("Not assessed"));
        QCOMPARE(SearchHit::kindKey(SearchHit::Kind::Occupation), QStringLiteral("occupation"));
        QCOMPARE(SearchHit::kindName(SearchHit::Kind::Step), QStringLiteral("Learning steps"));
        QCOMPARE(SalaryTerms::statisticName(QStringLiteral("low")), QStringLiteral("Low end"));
        QCOMPARE(SalaryTerms::statisticName(QStringLiteral("p90")), QStringLiteral("90th percentile"));
        QCOMPARE(SalaryTerms::experienceName(QStringLiteral("15+")), QStringLiteral("15+ years"));
        QCOMPARE(SalaryTerms::periodName(QStringLiteral("fortnight")), QStringLiteral("fortnight"));
    }
};

QTEST_GUILESS_MAIN(TestEnumWords)
#include "TestEnumWords.moc"
