#include "app/console/guilauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>

int GuiLauncher::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("GuiLauncher", "Desktop console for OpenEBS cStor storage"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("demo"),
         QApplication::translate("GuiLauncher", "Run on a built-in simulated cluster.")});
    parser.process(arguments);
    QLabel label(QApplication::translate("GuiLauncher", "cStor Console"));
    label.show();
    return QApplication::exec();
}
