#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QCommandLineParser;

// The part every verb's command line shares: parse, answer --help, and take the verb's one
// operand (`get WHAT`, `migrate VOLUME`, `drain NODE`). Usage problems are printed and give
// exit code 2.
class VerbArguments
{
    Q_DECLARE_TR_FUNCTIONS(VerbArguments)

public:
    // False (after printing why) when the arguments do not parse.
    static bool parse(QCommandLineParser *parser, const QStringList &arguments);
    // The operand after the verb, or nullopt (after printing `missing` or the extra argument).
    static std::optional<QString> operand(const QCommandLineParser &parser, const QString &missing);
};
