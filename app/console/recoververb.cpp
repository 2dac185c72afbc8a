#include "app/console/recoververb.h"

#include "app/console/exitcode.h"
#include "app/console/migrationsession.h"
#include "app/console/moveoptions.h"
#include "app/console/output.h"
#include "app/console/recoveryrunner.h"
#include "models/kube/restclient.h"
#include "models/recovery/recoveryplanner.h"

#include <QJsonArray>
#include <QJsonDocument>

using Recovery::RecoveryPlan;
using Recovery::RecoveryStep;

int RecoverVerb::run(const QStringList &arguments)
{
    VerbCommandLine commandLine(synopsis());
    const MoveOptions options(
        tr("Show the plan only; change nothing."), tr("Do not ask before recovering."),
        tr("Wait until the recovery has ended (always done; for scripts written for "
           "kubectl-like tools)."));
    options.addTo(&commandLine);
    commandLine.addOutputOption();
    if (!commandLine.parse(arguments))
        return ExitCode::UsageError;
    const std::optional<QString> volume =
        commandLine.operand(tr("The volume to recover is missing: recover VOLUME"));
    const std::optional<VerbArguments::Format> format = commandLine.format();
    if (!volume || !format)
        return ExitCode::UsageError;

    const std::optional<VerbCommandLine::Connection> connection = commandLine.connect();
    if (!connection)
        return ExitCode::Failed;
    RecoveryRunner runner(connection->client.get(), connection->target);
    const std::optional<RecoveryRunner::State> state = runner.read(*volume);
    if (!state)
        return ExitCode::Failed;
    const RecoveryPlan plan =
        Recovery::RecoveryPlanner::plan(state->cluster, *volume, state->targetPod);
    if (*format == VerbArguments::Format::Json)
        Output::write(QString::fromUtf8(
            QJsonDocument(json(plan, state->targetPod)).toJson(QJsonDocument::Indented)));
    else
        Output::write(text(plan, state->targetPod));

    switch (plan.kind) {
    case RecoveryPlan::Kind::NotFound:
        Output::error(tr("error: no CStorVolumeConfig \"%1\" in namespace \"%2\"")
                          .arg(*volume, connection->target.namespaceName));
        return ExitCode::Failed;
    case RecoveryPlan::Kind::NothingToDo:
        return ExitCode::Done;
    case RecoveryPlan::Kind::Manual:
        Output::error(
            tr("error: volume %1 needs a manual recovery; nothing was changed.").arg(*volume));
        return ExitCode::Failed;
    case RecoveryPlan::Kind::Repair:
        break;
    }
    if (commandLine.isSet(options.dryRun)) {
        Output::dryRun(*format == VerbArguments::Format::Json);
        return ExitCode::Failed;
    }
    if (!MigrationSession::confirm(commandLine.isSet(options.yes)))
        return ExitCode::Failed;
    return runner.run(plan) ? ExitCode::Done : ExitCode::Failed;
}

VerbCommandLine::Synopsis RecoverVerb::synopsis()
{
    return {
        QStringLiteral("recover"),
        tr("The verb."),
        tr("Says what is wrong with one cStor volume and brings it back where that is "
           "automated: a pool whose new replica cannot finish (its pool or node is down) is "
           "removed from the volume, a pool name no pool has (a typo) is replaced by the closest "
           "usable pool of its pool cluster, a replica deleted by hand is created again with the "
           "replica id the target still knows, a target that refuses its lower replication "
           "factor is restarted. Each step is verified on a fresh read before the next. Shows the "
           "plan first and asks unless --yes is given. A scale-down whose new replica was lost is "
           "explained, not changed.\n"
           "Exit codes: 0 nothing to do or recovered, 1 not recovered (a dry run with steps "
           "to take, a case to recover by hand, or a step that failed), 2 usage error."),
        QStringLiteral("volume"),
        tr("The volume (PV name, the name of its CStorVolumeConfig)."),
        QStringLiteral("VOLUME")};
}

QString RecoverVerb::stepText(const RecoveryStep &step, const QString &pod)
{
    if (step.action == RecoveryStep::Action::ReplacePool)
        return tr("replace pool %1, which no CStorPoolInstance has, by %2 in the CVC (verified "
                  "when its status lists %2; the new replica then rebuilds)")
            .arg(step.pool, step.replacement);
    if (step.action == RecoveryStep::Action::RecreateReplica)
        return tr("create the replica on pool %1 again, with the replica id %2 the target still "
                  "knows (verified when it exists; it then rebuilds from the Healthy replicas)")
            .arg(step.pool, step.replicaId);
    if (step.action == RecoveryStep::Action::RemovePool)
        return tr("remove pool %1 from the CVC (verified when its status lists the pools its "
                  "spec lists)")
            .arg(step.pool);
    const QString name = pod.isEmpty() ? tr("(none found)") : pod;
    return step.afterRefusal
               ? tr("then, once the target refuses the lower replication factor, restart the "
                    "target pod %1 (verified when the CV's DRF, RF and known replicas agree "
                    "with the CVC)")
                     .arg(name)
               : tr("restart the target pod %1 (verified when the CV's DRF, RF and known "
                    "replicas agree with the CVC)")
                     .arg(name);
}

QString RecoverVerb::text(const RecoveryPlan &plan, const QString &pod)
{
    if (plan.kind == RecoveryPlan::Kind::NotFound)
        return {};
    if (plan.kind == RecoveryPlan::Kind::NothingToDo)
        return tr("Volume %1: nothing to do; it is at its replica count, all replicas Healthy "
                  "on live nodes.\n")
            .arg(plan.volume);
    QString out = tr("Volume %1:\n").arg(plan.volume);
    for (const QString &problem : plan.problems)
        out += QStringLiteral("  - %1\n").arg(problem);
    if (plan.kind == RecoveryPlan::Kind::Manual) {
        out += tr("Not automated: %1\n").arg(plan.why);
        out += tr("Risk: %1\n").arg(plan.risk);
        out += tr("What you can do:\n");
        for (const QString &option : plan.options)
            out += QStringLiteral("  - %1\n").arg(option);
        return out;
    }
    out += tr("Steps:\n");
    int number = 0;
    for (const RecoveryStep &step : plan.steps)
        out += QStringLiteral("  %1. %2\n").arg(++number).arg(stepText(step, pod));
    return out;
}

QJsonObject RecoverVerb::json(const RecoveryPlan &plan, const QString &pod)
{
    static const char *const kinds[] = {"NothingToDo", "Repair", "Manual", "NotFound"};
    QJsonArray steps;
    for (const RecoveryStep &step : plan.steps) {
        static const char *const actions[] = {"remove-pool", "restart-target", "replace-pool",
                                              "recreate-replica"};
        QJsonObject object{{QStringLiteral("action"), QLatin1String(actions[int(step.action)])},
                           {QStringLiteral("description"), stepText(step, pod)}};
        if (step.action == RecoveryStep::Action::RestartTarget)
            object.insert(QStringLiteral("pod"), pod);
        else
            object.insert(QStringLiteral("pool"), step.pool);
        if (step.action == RecoveryStep::Action::ReplacePool)
            object.insert(QStringLiteral("replacement"), step.replacement);
        if (step.action == RecoveryStep::Action::RecreateReplica)
            object.insert(QStringLiteral("replicaId"), step.replicaId);
        if (step.afterRefusal)
            object.insert(QStringLiteral("afterRefusal"), true);
        steps.append(object);
    }
    return QJsonObject{{QStringLiteral("volume"), plan.volume},
                       {QStringLiteral("kind"), QLatin1String(kinds[int(plan.kind)])},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(plan.problems)},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("why"), plan.why},
                       {QStringLiteral("risk"), plan.risk},
                       {QStringLiteral("options"), QJsonArray::fromStringList(plan.options)}};
}
