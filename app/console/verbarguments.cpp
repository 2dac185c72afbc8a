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

QString VerbArguments::formatName(Format format)
{
    switch (format) {
    case Format::Table:
        return QStringLiteral("table");
    case Format::Wide:
        return QStringLiteral("wide");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Yaml:
        return QStringLiteral("yaml");
    case Format::Name:
        return QStringLiteral("name");
    }
    return {};
}

namespace {

QString formatList(const VerbArguments::Formats &formats,
                   const QString &separator = QStringLiteral(", "))
{
    QStringList names;
    for (const VerbArguments::Format format : formats)
        names << VerbArguments::formatName(format);
    return names.join(separator);
}

} // namespace

QCommandLineOption VerbArguments::outputOption(const Formats &formats)
{
    return QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              tr("Output format: %1.").arg(formatList(formats)),
                              // As kubectl's help shows them; shell completion reads them here.
                              formatList(formats, QStringLiteral("|")), QStringLiteral("table"));
}

std::optional<VerbArguments::Format> VerbArguments::output(const QCommandLineParser &parser,
                                                           const QCommandLineOption &option,
                                                           const Formats &formats)
{
    const QString word = parser.value(option);
    for (const Format format : formats) {
        if (word == formatName(format))
            return format;
    }
    Output::error(
        tr("Unknown output format \"%1\": use one of %2.").arg(word, formatList(formats)));
    return std::nullopt;
}
