#include "app/console/followdisksverb.h"

#include "app/console/clustertaskrun.h"
#include "app/console/exitcode.h"
#include "app/console/moveoptions.h"
#include "app/console/output.h"
#include "models/kube/restclient.h"
#include "models/recovery/moveddiskstask.h"

#include <QJsonArray>
#include <QJsonDocument>

using Recovery::MovedDisksPlan;

int FollowDisksVerb::run(const QStringList &arguments)
{
    VerbCommandLine commandLine(synopsis());
    const MoveOptions options(
        tr("Show the plan only; change nothing."), tr("Do not ask before editing the CSPC."),
        tr("Wait until the pool is ONLINE on its new node (always done; for scripts written for "
           "kubectl-like tools)."));
    options.addTo(&commandLine);
    commandLine.addOutputOption();
    if (!commandLine.parse(arguments))
        return ExitCode::UsageError;
    const std::optional<QString> pool =
        commandLine.operand(tr("The pool whose disks moved is missing: follow-disks POOL"));
    const std::optional<VerbArguments::Format> format = commandLine.format();
    if (!pool || !format)
        return ExitCode::UsageError;
    const std::optional<VerbCommandLine::Connection> connection = commandLine.connect();
    if (!connection)
        return ExitCode::Failed;

    Recovery::MovedDisksTask task(connection->client.get(), connection->target.namespaceName);
    std::optional<Recovery::MovedDisksPlanner::Input> input =
        ClusterTaskRun::load<Recovery::MovedDisksTask, Recovery::MovedDisksPlanner::Input>(&task,
                                                                                           *pool);
    if (!input)
        return ExitCode::Failed;
    const MovedDisksPlan plan = Recovery::MovedDisksPlanner::plan(*input);
    if (*format == VerbArguments::Format::Json)
        Output::write(QString::fromUtf8(QJsonDocument(json(plan)).toJson(QJsonDocument::Indented)));
    else
        Output::write(text(plan));

    return ClusterTaskRun::conclude(
        &task, plan,
        tr("pool %1 cannot be pointed at its disks; nothing was changed.").arg(plan.pool),
        {commandLine.isSet(options.dryRun), commandLine.isSet(options.yes),
         *format == VerbArguments::Format::Json});
}

VerbCommandLine::Synopsis FollowDisksVerb::synopsis()
{
    return {QStringLiteral("follow-disks"),
            tr("The verb."),
            tr("Brings back a cStor pool whose disks now sit on another node (its node was "
               "replaced by a new one, or the disks were moved): points the pool's spec in its "
               "CStorPoolCluster at the node that has all of its disks, guarded against a stale "
               "read, then follows the CSPC operator and the pool's import there until it is "
               "ONLINE, and sets the pool's kubernetes.io/hostname label. Another pool spec of the "
               "cluster that names a gone node, whose pool's disks sit together on another node, "
               "is pointed there in the same edit (the webhook refuses any edit while a pool spec "
               "names a gone node) and followed in turn. Refused, with what to do, when the disks "
               "are on several nodes, that node is not Ready, cordoned or has another pool of the "
               "cluster, or the cluster has a pool not provisioned or a pool spec naming a gone "
               "node whose pool cannot follow its disks. Run again to follow a pool under way. "
               "Shows the plan first and asks unless --yes is given.\n"
               "Exit codes: 0 nothing to do or done, 1 refused, failed, or a dry run with an "
               "edit to make, 2 usage error."),
            QStringLiteral("pool"),
            tr("The pool (its CStorPoolInstance name)."),
            QStringLiteral("POOL")};
}

QString FollowDisksVerb::text(const MovedDisksPlan &plan)
{
    using Kind = MovedDisksPlan::Kind;
    if (plan.kind == Kind::NotFound)
        return {};
    QString out = tr("Pool %1 (node %2, CStorPoolCluster %3): %4\n")
                      .arg(plan.pool, plan.oldNode, plan.poolCluster,
                           plan.phase.isEmpty() ? tr("no status") : plan.phase);
    QStringList disks;
    for (const Recovery::BlockDeviceInfo &disk : plan.disks)
        disks << tr("%1 on %2").arg(disk.name, disk.node);
    if (!disks.isEmpty())
        out += tr("Disks: %1\n").arg(disks.join(QStringLiteral(", ")));
    switch (plan.kind) {
    case Kind::NotFound:
        break;
    case Kind::NothingToDo:
        out += tr("Nothing to do: %1.\n").arg(plan.why);
        break;
    case Kind::InProgress:
        out += tr("CStorPoolCluster %1 names node %2 already; following the pool there.\n")
                   .arg(plan.poolCluster, plan.newNode);
        break;
    case Kind::Refused:
        out += tr("Refused: %1.\n").arg(plan.why);
        if (!plan.options.isEmpty()) {
            out += tr("What you can do:\n");
            for (const QString &option : plan.options)
                out += QStringLiteral("  - %1\n").arg(option);
        }
        break;
    case Kind::Repoint:
        out += tr("Point pool %1 at node %2, where all of its disks are.\n")
                   .arg(plan.pool, plan.newNode);
        for (const MovedDisksPlan &other : plan.alongside)
            out += tr("In the same edit, point pool %1 (node %2, gone) at node %3, where all of "
                      "its disks are: the webhook refuses any edit while a pool spec names a "
                      "gone node.\n")
                       .arg(other.pool, other.oldNode, other.newNode);
        out +=
            tr("The edit of CStorPoolCluster %1 (JSON patch): %2\n")
                .arg(plan.poolCluster,
                     QString::fromUtf8(QJsonDocument(plan.patch).toJson(QJsonDocument::Compact)));
        out += tr("Then the CSPC operator moves the pool's pod to %1, the pool is imported there "
                  "and its replicas serve again; its label kubernetes.io/hostname is set to %1 "
                  "last.\n")
                   .arg(plan.newNode);
        if (!plan.alongside.isEmpty())
            out += tr("The same follows for each pool of the edit, in turn.\n");
        break;
    }
    return out;
}

QJsonObject FollowDisksVerb::json(const MovedDisksPlan &plan)
{
    static const char *const kinds[] = {"NothingToDo", "Repoint", "InProgress", "Refused",
                                        "NotFound"};
    QJsonArray alongside;
    for (const MovedDisksPlan &other : plan.alongside)
        alongside.append(json(other));
    QJsonArray disks;
    for (const Recovery::BlockDeviceInfo &disk : plan.disks)
        disks.append(
            QJsonObject{{QStringLiteral("name"), disk.name}, {QStringLiteral("node"), disk.node}});
    return QJsonObject{{QStringLiteral("pool"), plan.pool},
                       {QStringLiteral("kind"), QLatin1String(kinds[int(plan.kind)])},
                       {QStringLiteral("poolCluster"), plan.poolCluster},
                       {QStringLiteral("oldNode"), plan.oldNode},
                       {QStringLiteral("newNode"), plan.newNode},
                       {QStringLiteral("phase"), plan.phase},
                       {QStringLiteral("disks"), disks},
                       {QStringLiteral("why"), plan.why},
                       {QStringLiteral("options"), QJsonArray::fromStringList(plan.options)},
                       {QStringLiteral("patch"), plan.patch},
                       {QStringLiteral("alongside"), alongside}};
}
