#include "app/console/getverb.h"

#include "models/cstor/age.h"

#include "app/console/exitcode.h"
#include "app/console/output.h"
#include "app/console/resourcelister.h"
#include "app/console/texttable.h"
#include "app/console/verbcommandline.h"
#include "app/console/volumeusersreader.h"
#include "app/console/yamltext.h"
#include "models/cstor/capacity.h"
#include "models/cstor/poolinstance.h"
#include "models/cstor/volume.h"
#include "models/cstor/volumeconfig.h"
#include "models/cstor/volumereplica.h"
#include "models/kube/restclient.h"
#include "models/migration/claimkeeper.h"
#include "models/planning/moveclaim.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace {

enum class Kind { Pools, Replicas, Volumes, Moves };

std::optional<Kind> kindOf(const QString &word)
{
    static const QMap<QString, Kind> kinds{
        {QStringLiteral("pools"), Kind::Pools},
        {QStringLiteral("pool"), Kind::Pools},
        {QStringLiteral("cspi"), Kind::Pools},
        {QStringLiteral("cstorpoolinstances"), Kind::Pools},
        {QStringLiteral("replicas"), Kind::Replicas},
        {QStringLiteral("replica"), Kind::Replicas},
        {QStringLiteral("cvr"), Kind::Replicas},
        {QStringLiteral("cstorvolumereplicas"), Kind::Replicas},
        {QStringLiteral("volumes"), Kind::Volumes},
        {QStringLiteral("volume"), Kind::Volumes},
        {QStringLiteral("cvc"), Kind::Volumes},
        {QStringLiteral("cstorvolumeconfigs"), Kind::Volumes},
        {QStringLiteral("moves"), Kind::Moves},
        {QStringLiteral("move"), Kind::Moves},
    };
    const auto it = kinds.find(word.toLower());
    if (it == kinds.end())
        return std::nullopt;
    return *it;
}

// Sizes in one unit system with the GUI (binary units), without the space so that every
// cell stays one word for scripts reading the table.
QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// An object's age as kubectl prints it.
QString age(const QDateTime &created, const QDateTime &now)
{
    return created.isValid() ? Cstor::formatAge(created.msecsTo(now)) : QStringLiteral("<unknown>");
}

QJsonValue timestamp(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// What one `get` prints: the table, the wide table (the same rows with more columns), the same
// rows as JSON objects (-o json and yaml), or the objects' names as kubectl gives them.
struct Listing
{
    Listing(const QStringList &headers, const QStringList &wideHeaders)
        : table(headers)
        , wide(headers + wideHeaders)
    {
    }
    void add(const QStringList &cells, const QStringList &wideCells, const QJsonObject &row,
             const QString &resource, const QString &name)
    {
        table.addRow(cells);
        wide.addRow(cells + wideCells);
        json.append(row);
        names.append(resource + QStringLiteral(".cstor.openebs.io/") + name);
    }

    TextTable table;
    TextTable wide;
    QJsonArray json;
    QStringList names;
    int skipped = 0; // objects that did not decode, each named in a warning
};

// The objects that decode, sorted by name; each one that does not is named in a warning, with
// what is wrong, and counted in *skipped.
template<typename T>
QList<T> decode(const QList<QJsonObject> &objects, const QString &kind, int *skipped)
{
    QList<T> decoded;
    for (const QJsonObject &object : objects) {
        T value;
        QString error;
        if (T::fromJson(object, &value, &error)) {
            decoded.append(std::move(value));
        } else {
            const QString name = object.value(QLatin1String("metadata"))
                                     .toObject()
                                     .value(QLatin1String("name"))
                                     .toString();
            Output::error(GetVerb::tr("warning: skipping %1 \"%2\": %3").arg(kind, name, error));
            ++*skipped;
        }
    }
    std::sort(decoded.begin(), decoded.end(),
              [](const T &a, const T &b) { return a.meta.name < b.meta.name; });
    return decoded;
}

Listing pools(const QList<QJsonObject> &objects, const QDateTime &now)
{
    const QString resource = QStringLiteral("cstorpoolinstance");
    Listing listing({GetVerb::tr("NAME"), GetVerb::tr("NODE"), GetVerb::tr("CSPC"),
                     GetVerb::tr("USED"), GetVerb::tr("FREE"), GetVerb::tr("CAPACITY"),
                     GetVerb::tr("READONLY"), GetVerb::tr("PROVISIONED"), GetVerb::tr("HEALTHY"),
                     GetVerb::tr("STATUS"), GetVerb::tr("AGE")},
                    {GetVerb::tr("TYPE"), GetVerb::tr("READONLY-AT")});
    for (const Cstor::PoolInstance &pool :
         decode<Cstor::PoolInstance>(objects, resource, &listing.skipped)) {
        listing.add({pool.meta.name, orDash(pool.hostName), orDash(pool.poolCluster),
                     Cstor::Capacity::formatBytesCompact(pool.usedBytes),
                     Cstor::Capacity::formatBytesCompact(pool.freeBytes),
                     Cstor::Capacity::formatBytesCompact(pool.totalBytes),
                     pool.readOnly ? QStringLiteral("true") : QStringLiteral("false"),
                     QString::number(pool.provisionedReplicas),
                     QString::number(pool.healthyReplicas), orDash(pool.phaseText),
                     age(pool.meta.creationTimestamp, now)},
                    {orDash(pool.raidType), QStringLiteral("%1%").arg(pool.roThresholdLimit)},
                    QJsonObject{
                        {QStringLiteral("name"), pool.meta.name},
                        {QStringLiteral("namespace"), pool.meta.namespaceName},
                        {QStringLiteral("node"), pool.hostName},
                        {QStringLiteral("poolCluster"), pool.poolCluster},
                        {QStringLiteral("raidType"), pool.raidType},
                        {QStringLiteral("usedBytes"), pool.usedBytes},
                        {QStringLiteral("freeBytes"), pool.freeBytes},
                        {QStringLiteral("capacityBytes"), pool.totalBytes},
                        {QStringLiteral("readOnly"), pool.readOnly},
                        {QStringLiteral("provisionedReplicas"), pool.provisionedReplicas},
                        {QStringLiteral("healthyReplicas"), pool.healthyReplicas},
                        {QStringLiteral("readOnlyThresholdPercent"), pool.roThresholdLimit},
                        {QStringLiteral("phase"), pool.phaseText},
                        {QStringLiteral("created"), timestamp(pool.meta.creationTimestamp)},
                    },
                    resource, pool.meta.name);
    }
    return listing;
}

Listing replicas(const QList<QJsonObject> &objects, const QDateTime &now)
{
    const QString resource = QStringLiteral("cstorvolumereplica");
    Listing listing({GetVerb::tr("NAME"), GetVerb::tr("VOLUME"), GetVerb::tr("POOL"),
                     GetVerb::tr("NODE"), GetVerb::tr("STATUS"), GetVerb::tr("USED"),
                     GetVerb::tr("ALLOCATED"), GetVerb::tr("AGE")},
                    {GetVerb::tr("REPLICA-ID"), GetVerb::tr("CLONE-OF")});
    for (const Cstor::VolumeReplica &replica :
         decode<Cstor::VolumeReplica>(objects, resource, &listing.skipped)) {
        const QString cloneOf = replica.sourceVolume.isEmpty()
                                    ? QString()
                                    : replica.sourceVolume + u'@' + replica.sourceSnapshot;
        listing.add(
            {replica.meta.name, orDash(replica.volume), orDash(replica.pool), orDash(replica.node),
             orDash(replica.phaseText), Cstor::Capacity::formatBytesCompact(replica.usedBytes),
             Cstor::Capacity::formatBytesCompact(replica.allocatedBytes),
             age(replica.meta.creationTimestamp, now)},
            {orDash(replica.replicaId), orDash(cloneOf)},
            QJsonObject{
                {QStringLiteral("name"), replica.meta.name},
                {QStringLiteral("namespace"), replica.meta.namespaceName},
                {QStringLiteral("volume"), replica.volume},
                {QStringLiteral("pool"), replica.pool},
                {QStringLiteral("node"), replica.node},
                {QStringLiteral("phase"), replica.phaseText},
                {QStringLiteral("usedBytes"), replica.usedBytes},
                {QStringLiteral("allocatedBytes"), replica.allocatedBytes},
                {QStringLiteral("replicaId"), replica.replicaId},
                {QStringLiteral("cloneOf"), cloneOf.isEmpty() ? QJsonValue() : QJsonValue(cloneOf)},
                {QStringLiteral("created"), timestamp(replica.meta.creationTimestamp)},
            },
            resource, replica.meta.name);
    }
    return listing;
}

// Who uses a volume, for the wide table ("shop/data-0", "mysql-0,backup-1") and as JSON.
struct UseColumns
{
    QString claim;
    QString pods;
    QJsonValue json;
};

UseColumns useColumns(const std::optional<Items::VolumeUsers> &users, const QString &volume)
{
    if (!users)
        return {QStringLiteral("?"), QStringLiteral("?"), QJsonValue()};
    const Items::VolumeUse use = users->useOf(volume);
    QStringList names;
    QJsonArray pods;
    for (const Items::VolumeUse::Pod &pod : use.pods) {
        names.append(pod.name);
        pods.append(QJsonObject{{QStringLiteral("name"), pod.name},
                                {QStringLiteral("node"), pod.node},
                                {QStringLiteral("state"), pod.state},
                                {QStringLiteral("ready"), pod.ready}});
    }
    const QJsonValue claim = use.hasClaim() ? QJsonValue(QJsonObject{
                                                  {QStringLiteral("namespace"), use.claimNamespace},
                                                  {QStringLiteral("name"), use.claimName},
                                                  {QStringLiteral("pods"), pods},
                                              })
                                            : QJsonValue();
    return {orDash(use.claimText()), orDash(names.join(QLatin1Char(','))), claim};
}

// `users`: who uses the volumes, when they could be read.
Listing volumes(const QList<QJsonObject> &claimObjects, const QList<QJsonObject> &volumeObjects,
                const std::optional<Items::VolumeUsers> &users, const QDateTime &now)
{
    Listing listing(
        {GetVerb::tr("NAME"), GetVerb::tr("CAPACITY"), GetVerb::tr("DESIRED"),
         GetVerb::tr("HEALTHY"), GetVerb::tr("STATUS"), GetVerb::tr("CLAIM"), GetVerb::tr("AGE")},
        {GetVerb::tr("RF/CF"), GetVerb::tr("POOLS"), GetVerb::tr("PVC"), GetVerb::tr("USED-BY")});
    QMap<QString, Cstor::VolumeConfig> claims;
    for (Cstor::VolumeConfig &claim : decode<Cstor::VolumeConfig>(
             claimObjects, QStringLiteral("cstorvolumeconfig"), &listing.skipped))
        claims.insert(claim.meta.name, std::move(claim));
    QMap<QString, Cstor::Volume> targets;
    for (Cstor::Volume &volume :
         decode<Cstor::Volume>(volumeObjects, QStringLiteral("cstorvolume"), &listing.skipped))
        targets.insert(volume.meta.name, std::move(volume));
    QStringList names = claims.keys() + targets.keys();
    names.removeDuplicates();
    std::sort(names.begin(), names.end());

    for (const QString &name : std::as_const(names)) {
        const Cstor::VolumeConfig *claim = claims.contains(name) ? &claims[name] : nullptr;
        const Cstor::Volume *target = targets.contains(name) ? &targets[name] : nullptr;
        // Desired: the pools the claim asks for (the operator's intent), else what the target
        // was told, else the provisioned count.
        int desired = 0;
        if (claim && !claim->specPools.isEmpty())
            desired = int(claim->specPools.size());
        else if (target && target->desiredReplicationFactor > 0)
            desired = target->desiredReplicationFactor;
        else if (claim)
            desired = claim->replicaCount;
        // Healthy: the replicas the target itself reports healthy.
        std::optional<int> healthy;
        if (target) {
            healthy =
                int(std::count_if(target->replicaStatuses.begin(), target->replicaStatuses.end(),
                                  [](const Cstor::Volume::ReplicaStatus &status) {
                                      return status.mode == QLatin1String("Healthy");
                                  }));
        }
        const qint64 capacity = claim && claim->capacityBytes > 0 ? claim->capacityBytes
                                : target                          ? target->capacityBytes
                                                                  : 0;
        const QString phase = target ? target->phaseText : QString();
        const QString claimPhase = claim ? claim->phaseText : QString();
        const QDateTime created =
            claim ? claim->meta.creationTimestamp : target->meta.creationTimestamp;
        const QStringList pools = claim ? claim->specPools : QStringList();
        const QString factors = target ? QStringLiteral("%1/%2")
                                             .arg(target->replicationFactor)
                                             .arg(target->consistencyFactor)
                                       : QString();
        const UseColumns use = useColumns(users, name);
        listing.add(
            {name, Cstor::Capacity::formatBytesCompact(capacity), QString::number(desired),
             healthy ? QString::number(*healthy) : QStringLiteral("-"), orDash(phase),
             orDash(claimPhase), age(created, now)},
            {orDash(factors), orDash(pools.join(QLatin1Char(','))), use.claim, use.pods},
            QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("namespace"),
                 claim ? claim->meta.namespaceName : target->meta.namespaceName},
                {QStringLiteral("capacityBytes"), capacity},
                {QStringLiteral("desiredReplicas"), desired},
                {QStringLiteral("healthyReplicas"), healthy ? QJsonValue(*healthy) : QJsonValue()},
                {QStringLiteral("phase"), phase},
                {QStringLiteral("claimPhase"), claimPhase},
                {QStringLiteral("pools"), QJsonArray::fromStringList(pools)},
                {QStringLiteral("persistentVolumeClaim"), use.json},
                {QStringLiteral("created"), timestamp(created)},
            },
            claim ? QStringLiteral("cstorvolumeconfig") : QStringLiteral("cstorvolume"), name);
    }
    return listing;
}

// The moves consoles run on the cluster: the claims (MoveClaim) on the CVCs.
Listing moves(const QList<QJsonObject> &objects, const QDateTime &now)
{
    Listing listing({GetVerb::tr("VOLUME"), GetVerb::tr("FROM"), GetVerb::tr("TO"),
                     GetVerb::tr("STEP"), GetVerb::tr("BY"), GetVerb::tr("WHERE"),
                     GetVerb::tr("STARTED"), GetVerb::tr("HEARD")},
                    {GetVerb::tr("ID"), GetVerb::tr("SILENT")});
    for (const Cstor::VolumeConfig &cvc : decode<Cstor::VolumeConfig>(
             objects, QStringLiteral("cstorvolumeconfig"), &listing.skipped)) {
        const std::optional<Migration::MoveClaim> claim = Migration::MoveClaim::on(cvc);
        if (!claim)
            continue;
        const bool silent =
            Migration::ClaimKeeper::isSilent(*claim, Migration::MoveClaim::kSilentSeconds, now);
        listing.add({cvc.meta.name, claim->fromPool, claim->toPool, claim->step, orDash(claim->by),
                     orDash(claim->where), age(claim->started, now), age(claim->renewed, now)},
                    {claim->id, silent ? GetVerb::tr("yes") : GetVerb::tr("no")},
                    QJsonObject{
                        {QStringLiteral("volume"), cvc.meta.name},
                        {QStringLiteral("id"), claim->id},
                        {QStringLiteral("from"), claim->fromPool},
                        {QStringLiteral("to"), claim->toPool},
                        {QStringLiteral("step"), claim->step},
                        {QStringLiteral("by"), claim->by},
                        {QStringLiteral("where"), claim->where},
                        {QStringLiteral("started"), timestamp(claim->started)},
                        {QStringLiteral("renewed"), timestamp(claim->renewed)},
                        {QStringLiteral("silentSeconds"), double(claim->silentSeconds(now))},
                        {QStringLiteral("silent"), silent},
                    },
                    QStringLiteral("cstorvolumeconfig"), cvc.meta.name);
    }
    return listing;
}

// Reads what `kind` lists from namespace `ns` and turns it into rows; nullopt (after printing
// why) when a read fails.
// `withUsers`: volumes are listed with who uses them (their PersistentVolumes and the pods
// that mount their claims, cluster-wide; "?" when those cannot be read, said on stderr).
std::optional<Listing> fetchListing(Kube::RestClient *client, const QString &ns, Kind kind,
                                    bool withUsers)
{
    ResourceLister lister(client);
    const auto fetch = [&](const QString &plural) -> std::optional<QList<QJsonObject>> {
        std::optional<QList<QJsonObject>> items =
            lister.list(Kube::RestClient::cstorPath(ns, plural));
        if (!items)
            Output::error(lister.explain(GetVerb::tr("%1 in namespace \"%2\"").arg(plural, ns)));
        return items;
    };

    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (kind) {
    case Kind::Pools:
        if (const auto items = fetch(QStringLiteral("cstorpoolinstances")))
            return pools(*items, now);
        break;
    case Kind::Replicas:
        if (const auto items = fetch(QStringLiteral("cstorvolumereplicas")))
            return replicas(*items, now);
        break;
    case Kind::Volumes: {
        const auto claims = fetch(QStringLiteral("cstorvolumeconfigs"));
        if (!claims)
            break;
        const auto targets = fetch(QStringLiteral("cstorvolumes"));
        if (!targets)
            break;
        std::optional<Items::VolumeUsers> users;
        if (withUsers) {
            QString why;
            users = VolumeUsersReader::read(client, &why);
            if (!users)
                Output::error(
                    GetVerb::tr("warning: who uses the volumes is not known: %1").arg(why));
        }
        return volumes(*claims, *targets, users, now);
    }
    case Kind::Moves:
        if (const auto items = fetch(QStringLiteral("cstorvolumeconfigs")))
            return moves(*items, now);
        break;
    }
    return std::nullopt;
}

void print(const Listing &listing, VerbArguments::Format format, const QString &ns, bool headers)
{
    switch (format) {
    case VerbArguments::Format::Json:
        Output::json(listing.json);
        return;
    case VerbArguments::Format::Yaml:
        Output::write(YamlText::fromJson(listing.json));
        return;
    case VerbArguments::Format::Name:
        for (const QString &name : listing.names)
            Output::write(name + u'\n');
        return;
    case VerbArguments::Format::Table:
    case VerbArguments::Format::Wide:
        break;
    }
    if (listing.table.rowCount() == 0)
        Output::error(GetVerb::tr("No resources found in %1 namespace.").arg(ns));
    else if (format == VerbArguments::Format::Wide)
        Output::write(listing.wide.render(headers));
    else
        Output::write(listing.table.render(headers));
}

} // namespace

int GetVerb::run(const QStringList &arguments)
{
    VerbCommandLine commandLine(
        {QStringLiteral("get"), tr("The verb."),
         tr("Lists the cStor pools, volume replicas or volumes of a cluster, or the replica "
            "moves consoles run on it.\n"
            "Exit codes: 0 listed, 1 refused or failed, or objects skipped because they could not "
            "be read (each named on stderr with what is wrong; the others are listed), 2 usage "
            "error."),
         QStringLiteral("what"),
         tr("pools (CStorPoolInstances), replicas "
            "(CStorVolumeReplicas), volumes (CStorVolumeConfigs "
            "with their CStorVolumes) or moves (the %1 annotations of the CStorVolumeConfigs: "
            "who moves which replica, and when their console last renewed it).")
             .arg(Migration::MoveClaim::kAnnotation),
         QStringLiteral("pools|replicas|volumes|moves")});
    commandLine.addOutputOption({VerbArguments::Format::Table, VerbArguments::Format::Wide,
                                 VerbArguments::Format::Json, VerbArguments::Format::Yaml,
                                 VerbArguments::Format::Name});
    commandLine.addNoHeadersOption();
    if (!commandLine.parse(arguments))
        return ExitCode::UsageError;
    const std::optional<QString> operand =
        commandLine.operand(tr("What to get is missing: pools, replicas, volumes or moves."));
    if (!operand)
        return ExitCode::UsageError;
    const std::optional<Kind> kind = kindOf(*operand);
    if (!kind) {
        Output::error(
            tr("Cannot get \"%1\": use pools, replicas, volumes or moves.").arg(*operand));
        return ExitCode::UsageError;
    }
    const std::optional<VerbArguments::Format> format = commandLine.format();
    if (!format)
        return ExitCode::UsageError;

    const std::optional<VerbCommandLine::Connection> connection = commandLine.connect();
    if (!connection)
        return ExitCode::Failed;
    const QString &ns = connection->target.namespaceName;
    const std::optional<Listing> listing = fetchListing(connection->client.get(), ns, *kind,
                                                        *format != VerbArguments::Format::Table &&
                                                            *format != VerbArguments::Format::Name);
    if (!listing)
        return ExitCode::Failed;
    print(*listing, *format, ns, !commandLine.noHeaders());
    if (listing->skipped > 0) {
        // What was listed is printed, but it is not all there is: a script must not take it for
        // the whole.
        Output::error(tr("error: %n object(s) skipped: they could not be read (see the warnings "
                         "above); the list is incomplete",
                         nullptr, listing->skipped));
        return ExitCode::Failed;
    }
    return ExitCode::Done;
}
