#include "app/console/completionverb.h"

#include "app/console/commandlineverbs.h"
#include "app/console/exitcode.h"
#include "app/console/output.h"
#include "app/console/verbarguments.h"

#include <QCommandLineParser>

namespace {

// The function both shells run. COMP_WORDS[0] is the program completed (cstor-console or
// kubectl-cstor); the cluster flags of the line go to every read of the cluster.
constexpr char kFunction[] = R"sh(
_cstor_console_run() {
    timeout 5 "$_cstor_console_program" "$@" "${_cstor_console_cluster[@]}" 2>/dev/null
}

# "--flag VALUE-NAME" for each option of the verb's --help ("--flag" when it takes no value).
_cstor_console_options() {
    "$_cstor_console_program" $1 --help 2>/dev/null |
        sed -nE 's/^  (-[A-Za-z], )?(--[a-z][a-z-]*)( <([^>]*)>)?.*/\2 \4/p'
}

_cstor_console_nodes() {
    _cstor_console_run get pools --no-headers |
        while read -r pool node rest; do [ "$node" = - ] || echo "$node"; done | sort -u
}

_cstor_console_names() {
    sed -e 's|.*/||'
}

_cstor_console() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=
    [ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD - 1]}
    _cstor_console_program=${COMP_WORDS[0]}
    _cstor_console_cluster=()
    local verb= operand= i word options
    i=1
    while [ "$i" -lt "$COMP_CWORD" ]; do
        word=${COMP_WORDS[i]}
        case $word in
        --kubeconfig | --context | -n | --namespace | --request-timeout)
            # Not the value being completed: a half-typed context would fail every read.
            [ $((i + 1)) -lt "$COMP_CWORD" ] &&
                _cstor_console_cluster+=("$word" "${COMP_WORDS[i + 1]}")
            i=$((i + 1))
            ;;
        -o | --output | --from | --to | --screenshot | --demo-speed | --node | --pool | \
            --max-per-pool | --max-per-node | --max-total | --pool-cluster | --max-spread | \
            --window | --reason)
            i=$((i + 1))
            ;;
        -*) ;;
        *)
            if [ -z "$verb" ]; then verb=$word; else operand=$word; fi
            ;;
        esac
        i=$((i + 1))
    done
    COMPREPLY=()
    case $prev in
    --kubeconfig | --screenshot)
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    --context)
        COMPREPLY=($(compgen -W "$(_cstor_console_run contexts -o name)" -- "$cur"))
        return
        ;;
    -n | --namespace | --request-timeout)
        return
        ;;
    --from | --to)
        COMPREPLY=($(compgen -W "$(_cstor_console_run get pools --no-headers |
            while read -r pool node rest; do echo "$pool"; [ "$node" = - ] || echo "$node"; done |
            sort -u)" -- "$cur"))
        return
        ;;
    --node)
        COMPREPLY=($(compgen -W "$(_cstor_console_nodes)" -- "$cur"))
        return
        ;;
    --pool)
        COMPREPLY=($(compgen -W "$(_cstor_console_run get pools -o name | _cstor_console_names)" \
            -- "$cur"))
        return
        ;;
    --pool-cluster)
        COMPREPLY=($(compgen -W "$(_cstor_console_run get pools --no-headers |
            while read -r pool node cluster rest; do echo "$cluster"; done | sort -u)" \
            -- "$cur"))
        return
        ;;
    --max-per-pool | --max-per-node | --max-total | --max-spread | --window | --reason | \
        --silent-after)
        return
        ;;
    -o | --output)
        options=$(_cstor_console_options "$verb" | sed -nE 's/^--output (.*)/\1/p' | tr '|' ' ')
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
        ;;
    esac
    case $cur in
    -*)
        options=$(_cstor_console_options "$verb" | while read -r flag rest; do echo "$flag"; done)
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
        ;;
    esac
    if [ -z "$verb" ]; then
        COMPREPLY=($(compgen -W "$_cstor_console_verbs" -- "$cur"))
        return
    fi
    [ -n "$operand" ] && return
    case $verb in
    get) COMPREPLY=($(compgen -W "pools replicas volumes moves" -- "$cur")) ;;
    completion) COMPREPLY=($(compgen -W "bash zsh" -- "$cur")) ;;
    migrate | recover)
        COMPREPLY=($(compgen -W "$(_cstor_console_run get volumes -o name | _cstor_console_names)" \
            -- "$cur"))
        ;;
    adopt)
        COMPREPLY=($(compgen -W "$(_cstor_console_run get moves -o name | _cstor_console_names)" \
            -- "$cur"))
        ;;
    replace-disk | follow-disks)
        COMPREPLY=($(compgen -W "$(_cstor_console_run get pools -o name | _cstor_console_names)" \
            -- "$cur"))
        ;;
    drain)
        COMPREPLY=($(compgen -W "$(_cstor_console_nodes)" -- "$cur"))
        ;;
    queue) COMPREPLY=($(compgen -W "list pause resume cancel set move" -- "$cur")) ;;
    esac
}
)sh";

QString verbsLine(const QStringList &verbs)
{
    return QStringLiteral("_cstor_console_verbs=\"%1\"\n").arg(verbs.join(u' '));
}

} // namespace

QString CompletionVerb::bashScript(const QStringList &verbs)
{
    return QStringLiteral("# bash completion for cstor-console and kubectl-cstor, the kubectl "
                          "plugin:\n#   source <(cstor-console completion bash)\n") +
           verbsLine(verbs) + QString::fromLatin1(kFunction) +
           QStringLiteral("complete -F _cstor_console cstor-console kubectl-cstor\n");
}

QString CompletionVerb::zshScript(const QStringList &verbs)
{
    return QStringLiteral(
               "# zsh completion for cstor-console and kubectl-cstor, the kubectl "
               "plugin:\n#   source <(cstor-console completion zsh)\n"
               "(( $+functions[compdef] )) || { autoload -U +X compinit && compinit -u; }\n"
               "(( $+functions[complete] )) || { autoload -U +X bashcompinit && "
               "bashcompinit; }\n") +
           verbsLine(verbs) + QString::fromLatin1(kFunction) +
           QStringLiteral("complete -F _cstor_console cstor-console kubectl-cstor\n");
}

int CompletionVerb::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the shell completion script for bash or zsh.\n"
           "bash: source <(cstor-console completion bash), or install it as "
           "/usr/share/bash-completion/completions/cstor-console.\n"
           "zsh: source <(cstor-console completion zsh) in ~/.zshrc."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("completion"), tr("The verb."));
    parser.addPositionalArgument(QStringLiteral("shell"), tr("bash or zsh."),
                                 QStringLiteral("bash|zsh"));
    if (!VerbArguments::parse(&parser, arguments))
        return ExitCode::UsageError;
    const std::optional<QString> shell =
        VerbArguments::operand(parser, tr("Which shell is missing: bash or zsh."));
    if (!shell)
        return ExitCode::UsageError;
    if (*shell == QLatin1String("bash")) {
        Output::write(bashScript(CommandLineVerbs::names()));
    } else if (*shell == QLatin1String("zsh")) {
        Output::write(zshScript(CommandLineVerbs::names()));
    } else {
        Output::error(tr("No completion for \"%1\": use bash or zsh.").arg(*shell));
        return ExitCode::UsageError;
    }
    return ExitCode::Done;
}
