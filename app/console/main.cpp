// cstor-console: the GUI, or a command-line verb (contexts, get, migrate, evacuate, drain, doctor,
// recover, completion) on the same engine; kubectl's plugin when run as kubectl-cstor.
#include "app/common/heaptrim.h"
#include "app/common/tlsexit.h"
#include "app/console/commandlineverbs.h"
#include "app/console/guilauncher.h"
#include "app/console/kubectlplugin.h"
#include "ui/languages.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>

int main(int argc, char *argv[])
{
    initTlsWithoutExitCleanup();
    const HeapTrim heapTrim; // the window and the verbs that follow a cluster run for hours
    QCoreApplication::setOrganizationName(QStringLiteral("cstor-console"));
    QCoreApplication::setApplicationName(QStringLiteral("cstor-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSTOR_VERSION));

    QStringList given;
    for (int i = 0; i < argc; ++i)
        given << QString::fromLocal8Bit(argv[i]);
    if (CommandLineVerbs::verbIndex(given) > 0) {
        QCoreApplication app(argc, argv);
        Ui::Languages::install(Ui::Languages::forCommandLine());
        return CommandLineVerbs::run(app.arguments());
    }
    if (KubectlPlugin::isPlugin(given.value(0))) {
        QCoreApplication app(argc, argv);
        Ui::Languages::install(Ui::Languages::forCommandLine());
        return KubectlPlugin::run(app.arguments());
    }
    // --help and --version print and exit: no display needed (a terminal over ssh, help2man).
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" ||
            argument == "--help-all" || argument == "--version" || argument == "-v") {
            QCoreApplication app(argc, argv);
            Ui::Languages::install(Ui::Languages::forCommandLine());
            return GuiLauncher::run(app.arguments());
        }
    }
    if (!GuiLauncher::hasDisplay(given)) {
        QCoreApplication app(argc, argv);
        Ui::Languages::install(Ui::Languages::forCommandLine());
        return GuiLauncher::explainNoDisplay();
    }
    QApplication app(argc, argv);
    Ui::Languages::install(Ui::Languages::forGui());
    return GuiLauncher::run(app.arguments());
}
