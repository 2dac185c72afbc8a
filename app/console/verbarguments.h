#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QCommandLineParser;

// The part every verb's command line shares: parse, answer --help, and take the verb's one
// operand (`get WHAT`, `migrate VOLUME`, `drain NODE`). Usage problems are printed and give
// exit code 2. Verbs that print results take -o with the formats they offer.
class VerbArguments
{
    Q_DECLARE_TR_FUNCTIONS(VerbArguments)

public:
    // False (after printing why) when the arguments do not parse.
    static bool parse(QCommandLineParser *parser, const QStringList &arguments);
    // The operand after the verb, or nullopt (after printing `missing` or the extra argument).
    static std::optional<QString> operand(const QCommandLineParser &parser, const QString &missing);

    enum class Format { Table, Wide, Json, Yaml, Name };
    using Formats = QList<Format>;
    // -o/--output FORMAT, as kubectl spells it (default table), offering `formats`.
    static QCommandLineOption outputOption(const Formats &formats);
    // The format asked for, or nullopt (after printing why) for one not in `formats`.
    static std::optional<Format> output(const QCommandLineParser &parser,
                                        const QCommandLineOption &option, const Formats &formats);
    static QString formatName(Format format); // as -o spells it
};
