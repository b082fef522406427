// careerguide-datagen: turns the reviewed sources in resources/data/ into the read-only content database.
#include "ContentGenerator.h"

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
    parser.addOptions({dataOption, officialOption, allOption, outputOption});
    parser.process(app);

    QTextStream err(stderr);
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
