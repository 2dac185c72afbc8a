#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// `cstor-console completion bash|zsh`: the shell completion script, to source
// (`source <(cstor-console completion bash)`) or install. It completes the verbs, each verb's
// flags (read from the verb's --help, so that they never drift), -o formats, the kubeconfig's
// contexts, and the volumes, pools and nodes of the cluster the line names (read with the
// console itself, at most five seconds). zsh runs the same function through bashcompinit.
class CompletionVerb
{
    Q_DECLARE_TR_FUNCTIONS(CompletionVerb)

public:
    static int run(const QStringList &arguments); // arguments[0] the program, [1] "completion"
    static QString bashScript(const QStringList &verbs);
    static QString zshScript(const QStringList &verbs);
};
