// careerguide-datagen: turns the reviewed sources in resources/data/ into the read-only content database.
#include "ContentGenerator.h"
#include "FxSubset.h"
#include "OfficialSubset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("careerguide-datagen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CG_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Builds the Career Guide content database from its sources."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("The content sources folder."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption officialOption(
        QStringLiteral("official"),
        QStringLiteral("Official data in its release layout (onet-29.3/, bls/, fx/); default DIR/official."),
        QStringLiteral("DIR"));
    const QCommandLineOption allOption(QStringLiteral("all-occupations"),
                                       QStringLiteral("Keep every O*NET occupation, not only computer occupations."));
    const QCommandLineOption outputOption(QStringLiteral("output"), QStringLiteral("The database file to write."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption officialSubsetOption(
        QStringLiteral("make-official-subset"),
        QStringLiteral("Cut the committed O*NET/BLS files (every row, the columns the importer reads) from the full "
                       "release files in FULL_DIR (onet-29.3/, bls/) into --output DIR, then exit."),
        QStringLiteral("FULL_DIR"));
    const QCommandLineOption fxSubsetOption(
        QStringLiteral("make-fx-subset"),
        QStringLiteral("Cut the committed exchange-rate and PPP subset from the full files in FULL_FX_DIR into "
                       "--output DIR, then exit."),
        QStringLiteral("FULL_FX_DIR"));
    parser.addOptions({dataOption, officialOption, allOption, outputOption, officialSubsetOption, fxSubsetOption});
    parser.process(app);

    QTextStream err(stderr);
    if (parser.isSet(officialSubsetOption) || parser.isSet(fxSubsetOption)) {
        if (!parser.isSet(outputOption)) {
            err << "careerguide-datagen: --output DIR is required\n";
            return 2;
        }
        QString error;
        const bool ok =
            parser.isSet(officialSubsetOption)
                ? cg::OfficialSubset::make(parser.value(officialSubsetOption), parser.value(outputOption), &error)
                : cg::FxSubset::make(parser.value(fxSubsetOption), parser.value(outputOption), &error);
        if (!ok) {
            err << "careerguide-datagen: " << error << '\n';
            return 1;
        }
        return 0;
    }
    if (!parser.isSet(dataOption) || !parser.isSet(outputOption)) {
        err << "careerguide-datagen: --data and --output are required\n";
        return 2;
    }
    cg::ContentGenerator::Options options;
    options.dataDir = parser.value(dataOption);
    options.officialDir = parser.value(officialOption);
    options.allOccupations = parser.isSet(allOption);
    options.output = parser.value(outputOption);

    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!cg::ContentGenerator::generate(options, &error)) {
        err << "careerguide-datagen: " << error << '\n';
        return 1;
    }
    QTextStream(stdout) << "careerguide-datagen: wrote " << options.output << " in " << timer.elapsed() << " ms\n";
    return 0;
}
