// Pictures of the career documents as the Roles tab's view draws them, from the built content database, for people
// to look at: an occupation page outside computing at its pay range chart, and a curated role compared with that
// occupation. Each picture is also checked for what it must show.
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "database/ContentDatabase.h"
#include "documents/CareerPageSections.h"
#include "documents/OccupationPageDocument.h"
#include "documents/RoleComparisonDocument.h"
#include "repositories/OccupationRepository.h"
#include "repositories/RoleRepository.h"
#include "repositories/SalaryRepository.h"
#include "repositories/SourceRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

namespace {

const QString Nurses = QStringLiteral("29-1141.00");
const QString BackEnd = QStringLiteral("backend-developer");

// The whole document laid out at `width` pixels, drawn on the view's background.
QImage wholeDocument(QTextBrowser& view, int width)
{
    QTextDocument* document = view.document();
    document->setTextWidth(width);
    const int height = qMin(int(document->size().height()) + 1, 8000);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(view.palette().color(QPalette::Base));
    QPainter painter(&image);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = view.palette();
    document->documentLayout()->draw(&painter, context);
    return image;
}

} // namespace

class TestCareerDocumentPictures : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

    cg::CareerPageSections sections(const QWidget& view) const
    {
        QHash<QString, cg::Source> sources;
        for (const cg::Source& source : cg::SourceRepository(m_content.database()).all())
            sources.insert(source.id, source);
        return cg::CareerPageSections(sources,
                                      cg::OccupationRepository(m_content.database()).allOccupationsProjection(),
                                      view.palette(), QLocale(QLocale::English, QLocale::UnitedStates));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void occupationPayRange()
    {
        const cg::Occupation nurses = cg::OccupationRepository(m_content.database()).occupation(Nurses);
        QVERIFY(nurses.isValid());
        QTextBrowser view;
        view.resize(900, 640);
        const cg::CareerPageSections pageSections = sections(view);
        view.document()->setDefaultStyleSheet(pageSections.styleSheet());
        view.setHtml(cg::OccupationPageDocument::html(nurses, {}, pageSections));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString text = view.toPlainText();
        QVERIFY(text.contains(QStringLiteral("Titles people report: ")));
        QVERIFY(text.contains(QStringLiteral("Pay range")));
        QVERIFY(text.contains(QStringLiteral("Annual wages, scale $0 to $239,200 a year")));
        view.scrollToAnchor(QStringLiteral("pay"));
        QVERIFY(view.verticalScrollBar()->value() > 0);
        QVERIFY(cg::test::waitForRepaint(view.viewport()));
        cg::test::save(&view, QStringLiteral("occupation-pay-range.png"));
    }

    void roleComparedWithOccupation()
    {
        cg::RolePageData role;
        role.role = cg::RoleRepository(m_content.database()).detail(BackEnd);
        QVERIFY(role.role.isValid());
        for (const cg::SalaryFigure& figure : cg::SalaryRepository(m_content.database()).all()) {
            if (figure.roleSlug == BackEnd)
                role.pay.append(figure);
        }
        const cg::OccupationRepository occupations(m_content.database());
        for (const QString& code : std::as_const(role.role.occupationCodes))
            role.occupations.append(occupations.occupation(code));
        cg::RolePageData nurses;
        nurses.occupations.append(occupations.occupation(Nurses));

        QTextBrowser view;
        view.resize(900, 640);
        const cg::CareerPageSections pageSections = sections(view);
        view.document()->setDefaultStyleSheet(pageSections.styleSheet());
        view.setHtml(cg::RoleComparisonDocument::html(role, nurses, pageSections));
        const QString text = view.toPlainText();
        QVERIFY(text.contains(QStringLiteral("Registered Nurses")));
        QVERIFY(text.contains(QStringLiteral("Official occupation: O*NET and BLS data only")));
        QVERIFY(text.contains(QStringLiteral("\u2260 differs")));
        const QImage picture = wholeDocument(view, 900);
        QVERIFY(picture.height() > 640);
        const QString path = cg::test::artifactPath(QStringLiteral("comparison-document.png"));
        QVERIFY2(picture.save(path), qPrintable(path));
    }
};

QTEST_MAIN(TestCareerDocumentPictures)
#include "TestCareerDocumentPictures.moc"
