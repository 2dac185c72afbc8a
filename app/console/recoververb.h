#pragma once

#include "app/console/verbcommandline.h"
#include "models/recovery/recoveryplan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// `cstor-console recover VOLUME [--dry-run] [--yes] [--kubeconfig F] [--context C] [-n NS]
// [-o table|json]`: says what is wrong with one volume and brings it back where that is
// automated (a pool whose new replica cannot finish removed, a target that refuses its lower
// replication factor restarted), each step verified on a fresh read before the next. Exit
// codes: 0 nothing to do or recovered, 1 not recovered (or a dry run with steps to take, or a
// case that is not automated), 2 usage error.
class RecoverVerb
{
    Q_DECLARE_TR_FUNCTIONS(RecoverVerb)

public:
    static int run(const QStringList &arguments); // arguments[0] the program, [1] "recover"

private:
    static VerbCommandLine::Synopsis synopsis();
    static QString text(const Recovery::RecoveryPlan &plan, const QString &pod);
    static QJsonObject json(const Recovery::RecoveryPlan &plan, const QString &pod);
    static QString stepText(const Recovery::RecoveryStep &step, const QString &pod);
};
