#pragma once

#include <QCoreApplication>

namespace cg {

// Help → About: the app's version, the content's version and date, and where the sources are listed.
class AboutDocument final
{
    // The text keeps the translation context it has always had.
    Q_DECLARE_TR_FUNCTIONS(cg::MainWindow)

public:
    static QString html(const QString& appVersion, const QString& contentVersion, const QString& contentAsOf);
};

} // namespace cg
