#pragma once

#include <QString>
#include <QStringList>

namespace Doctor {

// One thing a health rule found wrong with the cluster, said the way an operator on call needs
// it: how bad, which objects, what is wrong, what it risks, the kubectl commands that show it,
// and the fix the console offers (or the manual steps where it cannot).
struct Finding
{
    enum class Severity { Info, Warning, Critical };

    Severity severity = Severity::Info;
    QString rule;         // the rule's name, stable for scripts (`doctor -o json`)
    QStringList objects;  // kind/name of each object involved
    QString summary;      // one sentence: what is wrong
    QString risk;         // what it risks: data, availability or capacity
    QStringList commands; // kubectl commands that show it; never with a credential in them
    QString fix;          // what the console offers to do, or the manual steps
};

} // namespace Doctor
