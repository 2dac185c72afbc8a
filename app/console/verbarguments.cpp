#include "app/console/verbarguments.h"

#include "app/console/output.h"

#include <QCommandLineParser>

bool VerbArguments::parse(QCommandLineParser *parser, const QStringList &arguments)
{
    if (!parser->parse(arguments)) {
        Output::error(parser->errorText());
        return false;
    }
    if (parser->isSet(QStringLiteral("help")))
        parser->showHelp(0);
    return true;
}

std::optional<QString> VerbArguments::operand(const QCommandLineParser &parser,
                                              const QString &missing)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        Output::error(missing);
        return std::nullopt;
    }
    if (positional.size() > 2) {
        Output::error(tr("Unknown argument: %1").arg(positional.at(2)));
        return std::nullopt;
    }
    return positional.at(1);
}

QCommandLineOption VerbArguments::outputOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              tr("Output format: table or json."), tr("FORMAT"),
                              QStringLiteral("table"));
}

std::optional<VerbArguments::Format> VerbArguments::output(const QCommandLineParser &parser,
                                                           const QCommandLineOption &option)
{
    const QString format = parser.value(option);
    if (format == QLatin1String("table"))
        return Format::Table;
    if (format == QLatin1String("json"))
        return Format::Json;
    Output::error(tr("Unknown output format \"%1\": use table or json.").arg(format));
    return std::nullopt;
}
