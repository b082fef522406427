// careerguide-iconrender: renders the SVG application icon to square PNGs at build time, so the package ships
// hicolor bitmaps for desktops and menus that do not load SVG icons, without needing an outside converter.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int usage()
{
    std::fprintf(stderr, "usage: careerguide-iconrender SVG OUTPUT_DIR SIZE...\n"
                         "Writes OUTPUT_DIR/SIZExSIZE.png for every SIZE (in pixels).\n");
    return 2;
}

// Antialiased on a transparent background; the image size is exact, because icon themes file bitmaps by size.
QImage render(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4)
        return usage();

    const QString& svgPath = arguments.at(1);
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "careerguide-iconrender: %s is not a valid SVG file\n", qUtf8Printable(svgPath));
        return 1;
    }
    const QDir outputDir(arguments.at(2));
    if (!outputDir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "careerguide-iconrender: cannot create %s\n", qUtf8Printable(outputDir.path()));
        return 1;
    }

    for (int i = 3; i < arguments.size(); ++i) {
        bool isNumber = false;
        const int size = arguments.at(i).toInt(&isNumber);
        if (!isNumber || size < 1 || size > 4096) {
            std::fprintf(stderr, "careerguide-iconrender: %s is not a size in pixels\n",
                         qUtf8Printable(arguments.at(i)));
            return 2;
        }
        const QString target = outputDir.filePath(QStringLiteral("%1x%1.png").arg(size));
        if (!render(renderer, size).save(target, "PNG")) {
            std::fprintf(stderr, "careerguide-iconrender: cannot write %s\n", qUtf8Printable(target));
            return 1;
        }
    }
    return 0;
}
