#include "app/console/replacediskverb.h"

#include "app/console/clustertaskrun.h"
#include "app/console/exitcode.h"
#include "app/console/moveoptions.h"
#include "app/console/output.h"
#include "models/cstor/capacity.h"
#include "models/kube/restclient.h"
#include "models/recovery/diskreplacementplanner.h"
#include "models/recovery/diskreplacementtask.h"

#include <QJsonArray>
#include <QJsonDocument>

using Recovery::DiskReplacementPlan;

int ReplaceDiskVerb::run(const QStringList &arguments)
{
    VerbCommandLine commandLine(synopsis());
    const MoveOptions options(
        tr("Show the plan only; change nothing."), tr("Do not ask before editing the CSPC."),
        tr("Wait until the resilver has ended (always done; for scripts written for "
           "kubectl-like tools)."));
    options.addTo(&commandLine);
    const QCommandLineOption disk(
        QStringLiteral("disk"),
        tr("The block device to replace (default: the pool's failed disk)."), QStringLiteral("BD"));
    const QCommandLineOption with(
        QStringLiteral("with"),
        tr("The unclaimed block device of the pool's node to put in its place (default: the "
           "smallest one at least as large)."),
        QStringLiteral("BD"));
    commandLine.addOption(disk);
    commandLine.addOption(with);
    commandLine.addOutputOption();
    if (!commandLine.parse(arguments))
        return ExitCode::UsageError;
    const std::optional<QString> pool =
        commandLine.operand(tr("The pool whose disk to replace is missing: replace-disk POOL"));
    const std::optional<VerbArguments::Format> format = commandLine.format();
    if (!pool || !format)
        return ExitCode::UsageError;
    const std::optional<VerbCommandLine::Connection> connection = commandLine.connect();
    if (!connection)
        return ExitCode::Failed;

    Recovery::DiskReplacementTask task(connection->client.get(), connection->target.namespaceName);
    std::optional<Recovery::DiskReplacementPlanner::Input> input =
        ClusterTaskRun::load<Recovery::DiskReplacementTask,
                             Recovery::DiskReplacementPlanner::Input>(&task, *pool);
    if (!input)
        return ExitCode::Failed;
    input->disk = commandLine.value(disk);
    input->replacement = commandLine.value(with);
    const DiskReplacementPlan plan = Recovery::DiskReplacementPlanner::plan(*input);
    if (*format == VerbArguments::Format::Json)
        Output::write(QString::fromUtf8(QJsonDocument(json(plan)).toJson(QJsonDocument::Indented)));
    else
        Output::write(text(plan));

    return ClusterTaskRun::conclude(
        &task, plan,
        tr("the disk of pool %1 cannot be replaced; nothing was changed.").arg(plan.pool),
        {commandLine.isSet(options.dryRun), commandLine.isSet(options.yes),
         *format == VerbArguments::Format::Json});
}

VerbCommandLine::Synopsis ReplaceDiskVerb::synopsis()
{
    return {QStringLiteral("replace-disk"),
            tr("The verb."),
            tr("Replaces a failed disk of a mirror or raidz cStor pool by an unclaimed disk of "
               "the same node, at least as large: the CStorPoolCluster edit upstream supports "
               "(one disk of a raid group at a time), guarded against a stale read. Then follows "
               "the CSPC operator and the resilver until the pool is ONLINE. A stripe pool, a "
               "raid group with more failed disks than it survives, or a working disk while "
               "another of its group has failed are refused with what to do instead. Run again "
               "on a pool that resilvers to follow it. Shows the plan first and asks unless "
               "--yes is given.\n"
               "Exit codes: 0 nothing to do or replaced, 1 refused, failed, or a dry run with a "
               "replacement to make, 2 usage error."),
            QStringLiteral("pool"),
            tr("The pool (its CStorPoolInstance name)."),
            QStringLiteral("POOL")};
}

QString ReplaceDiskVerb::text(const DiskReplacementPlan &plan)
{
    using Kind = DiskReplacementPlan::Kind;
    if (plan.kind == Kind::NotFound)
        return {};
    QString out = tr("Pool %1 (%2, node %3, CStorPoolCluster %4): %5\n")
                      .arg(plan.pool, plan.raidType, plan.node, plan.poolCluster, plan.phase);
    if (!plan.failedDisks.isEmpty())
        out += tr("Failed disks: %1\n").arg(plan.failedDisks.join(QStringLiteral(", ")));
    switch (plan.kind) {
    case Kind::NotFound:
        break;
    case Kind::NothingToDo:
        out += tr("Nothing to do: %1.\n").arg(plan.why);
        break;
    case Kind::InProgress:
        out += plan.replacement.isEmpty()
                   ? tr("A disk replacement is under way; following it.\n")
                   : tr("%1 is taking the place of %2; following the resilver.\n")
                         .arg(plan.replacement, plan.disk);
        break;
    case Kind::Refused:
        out += tr("Refused: %1.\n").arg(plan.why);
        if (!plan.options.isEmpty()) {
            out += tr("What you can do:\n");
            for (const QString &option : plan.options)
                out += QStringLiteral("  - %1\n").arg(option);
        }
        break;
    case Kind::Replace: {
        qint64 bytes = 0;
        for (const Recovery::BlockDeviceInfo &spare : plan.spares) {
            if (spare.name == plan.replacement)
                bytes = spare.bytes;
        }
        out +=
            tr("Replace %1 by %2 (%3), an unclaimed disk of node %4.\n")
                .arg(plan.disk, plan.replacement, Cstor::Capacity::formatBytes(bytes), plan.node);
        out +=
            tr("The edit of CStorPoolCluster %1 (JSON patch): %2\n")
                .arg(plan.poolCluster,
                     QString::fromUtf8(QJsonDocument(plan.patch).toJson(QJsonDocument::Compact)));
        out += tr("Then the CSPC operator puts %1 into the pool and the pool resilvers it; the "
                  "pool stays DEGRADED until then and its replicas keep serving.\n")
                   .arg(plan.replacement);
        break;
    }
    }
    return out;
}

QJsonObject ReplaceDiskVerb::json(const DiskReplacementPlan &plan)
{
    static const char *const kinds[] = {"NothingToDo", "Replace", "InProgress", "Refused",
                                        "NotFound"};
    QJsonArray spares;
    for (const Recovery::BlockDeviceInfo &spare : plan.spares)
        spares.append(QJsonObject{{QStringLiteral("name"), spare.name},
                                  {QStringLiteral("bytes"), double(spare.bytes)}});
    return QJsonObject{
        {QStringLiteral("pool"), plan.pool},
        {QStringLiteral("kind"), QLatin1String(kinds[int(plan.kind)])},
        {QStringLiteral("node"), plan.node},
        {QStringLiteral("poolCluster"), plan.poolCluster},
        {QStringLiteral("raidType"), plan.raidType},
        {QStringLiteral("phase"), plan.phase},
        {QStringLiteral("failedDisks"), QJsonArray::fromStringList(plan.failedDisks)},
        {QStringLiteral("disk"), plan.disk},
        {QStringLiteral("replacement"), plan.replacement},
        {QStringLiteral("spares"), spares},
        {QStringLiteral("why"), plan.why},
        {QStringLiteral("options"), QJsonArray::fromStringList(plan.options)},
        {QStringLiteral("patch"), plan.patch}};
}
