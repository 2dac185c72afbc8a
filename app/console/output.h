#pragma once

#include <QJsonArray>
#include <QString>

// What the command-line verbs print: results on stdout, problems on stderr, both UTF-8.
class Output
{
public:
    static void write(const QString &text); // stdout, as is
    static void error(const QString &text); // stderr, a newline added when missing
    // Progress for people: stdout, or stderr (as is) while stdout carries a JSON document.
    static void progress(const QString &text, bool besideDocument);
    static void json(const QJsonArray &rows); // stdout, indented: what `-o json` prints
    // "Dry run: nothing was changed." after a plan: on stdout after a text plan, on stderr after
    // a JSON document (-o json), so that stdout stays one JSON value.
    static void dryRun(bool afterDocument = false);
};
