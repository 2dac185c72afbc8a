#pragma once

#include "models/kube/execcredential.h"

#include <QCoreApplication>
#include <QString>

namespace Kube {

// Which kubeconfig exec credential plugins the operator has agreed to run. A kubeconfig is
// code: its exec entry runs a program, so a plugin runs only once the operator trusted that
// command with those arguments from that kubeconfig file. Kept in QSettings as a digest of
// file, command and arguments (arguments and environment may hold secrets: never stored).
class ExecPluginTrust
{
    Q_DECLARE_TR_FUNCTIONS(Kube::ExecPluginTrust)

public:
    static bool isTrusted(const ExecConfig &exec);
    static void trust(const ExecConfig &exec);
    static void forget(const ExecConfig &exec);

    // "exec plugin <command> from <file> is not trusted", with what to do about it.
    static QString untrustedMessage(const ExecConfig &exec);
    // The command line the operator is asked about: command and arguments, shell-quoted.
    static QString commandLine(const ExecConfig &exec);
};

} // namespace Kube
