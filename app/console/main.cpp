// cstor-console: the GUI, or a command-line verb (contexts, get, migrate, drain) on the same
// engine.
#include "app/console/commandlineverbs.h"
#include "app/console/guilauncher.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("cstor-console"));
    QCoreApplication::setApplicationName(QStringLiteral("cstor-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSTOR_VERSION));

    if (argc > 1 && CommandLineVerbs::isVerb(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        return CommandLineVerbs::run(app.arguments());
    }
    QApplication app(argc, argv);
    return GuiLauncher::run(app.arguments());
}
