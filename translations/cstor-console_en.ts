<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Doctor::DrainBlockedRule</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>While pool(s) %1 are down, draining node(s) %2 is refused by %n PodDisruptionBudget(s) that allow no disruption.</source>
        <translation>
            <numerusform>While pool(s) %1 are down, draining node(s) %2 is refused by %n PodDisruptionBudget that allows no disruption.</numerusform>
            <numerusform>While pool(s) %1 are down, draining node(s) %2 is refused by %n PodDisruptionBudgets that allow no disruption.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor::NodeNotReadyRule</name>
    <message numerus="yes">
        <source>Node %1 is NotReady (%2) since %3 ago and holds %n replica(s) on %4.</source>
        <translation>
            <numerusform>Node %1 is NotReady (%2) since %3 ago and holds %n replica on %4.</numerusform>
            <numerusform>Node %1 is NotReady (%2) since %3 ago and holds %n replicas on %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Node %1 is gone and its pool(s) %2 hold %n replica(s).</source>
        <translation>
            <numerusform>Node %1 is gone and its pool(s) %2 hold %n replica.</numerusform>
            <numerusform>Node %1 is gone and its pool(s) %2 hold %n replicas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor::PoolCapacityRule</name>
    <message numerus="yes">
        <source>Availability: writes of the %n volume(s) with a replica on it fail there and those replicas go Offline.</source>
        <translation>
            <numerusform>Availability: writes of the %n volume with a replica on it fail there and that replica goes Offline.</numerusform>
            <numerusform>Availability: writes of the %n volumes with a replica on it fail there and those replicas go Offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capacity: the next writes or a rebuild onto it turn it read-only, and then the replicas of its %n volume(s) go Offline.</source>
        <translation>
            <numerusform>Capacity: the next writes or a rebuild onto it turn it read-only, and then the replica of its %n volume goes Offline.</numerusform>
            <numerusform>Capacity: the next writes or a rebuild onto it turn it read-only, and then the replicas of its %n volumes go Offline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor::PoolReadOnlySoonRule</name>
    <message numerus="yes">
        <source>Pool %1 goes read-only (%2 %) in about %n day(s), growing %3 a day.</source>
        <translation>
            <numerusform>Pool %1 goes read-only (%2 %) in about %n day, growing %3 a day.</numerusform>
            <numerusform>Pool %1 goes read-only (%2 %) in about %n days, growing %3 a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Availability: once it is read-only, writes of the %n volume(s) with a replica on it fail there and those replicas go Offline.</source>
        <translation>
            <numerusform>Availability: once it is read-only, writes of the %n volume with a replica on it fail there and that replica goes Offline.</numerusform>
            <numerusform>Availability: once it is read-only, writes of the %n volumes with a replica on it fail there and those replicas go Offline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor::RefusedDrfRule</name>
    <message numerus="yes">
        <source>The target of volume %1 refused %n time(s) to lower its desired replication factor to %2 (FailUpdate: invalid changes).</source>
        <translation>
            <numerusform>The target of volume %1 refused once to lower its desired replication factor to %2 (FailUpdate: invalid changes).</numerusform>
            <numerusform>The target of volume %1 refused %n times to lower its desired replication factor to %2 (FailUpdate: invalid changes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor::VolumeQuorumRule</name>
    <message numerus="yes">
        <source>Data and availability: it has fewer copies than it should; losing %n more replica(s) takes it Offline.</source>
        <translation>
            <numerusform>Data and availability: it has fewer copies than it should; losing %n more replica takes it Offline.</numerusform>
            <numerusform>Data and availability: it has fewer copies than it should; losing %n more replicas takes it Offline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoctorVerb</name>
    <message numerus="yes">
        <source>error: %n object(s) skipped: they could not be read (see the warnings above); the rules did not check them</source>
        <translation>
            <numerusform>error: %n object skipped: it could not be read (see the warning above); the rules did not check it</numerusform>
            <numerusform>error: %n objects skipped: they could not be read (see the warnings above); the rules did not check them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvacuateVerb</name>
    <message numerus="yes">
        <source>%1 still holds replicas (another console moved some there, or a move failed): planning %n more move(s), round %2 of %3.
</source>
        <translation>
            <numerusform>%1 still holds replicas (another console moved some there, or a move failed): planning %n more move, round %2 of %3.
</numerusform>
            <numerusform>%1 still holds replicas (another console moved some there, or a move failed): planning %n more moves, round %2 of %3.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evacuate %1: move %n replica(s), %2 to copy

</source>
        <translation>
            <numerusform>Evacuate %1: move %n replica, %2 to copy

</numerusform>
            <numerusform>Evacuate %1: move %n replicas, %2 to copy

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) have nowhere to go:</source>
        <translation>
            <numerusform>%n replica has nowhere to go:</numerusform>
            <numerusform>%n replicas have nowhere to go:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error: refusing to evacuate %1: %n replica(s) have nowhere to go (%2). Add a pool on another node, or move or remove those replicas first.</source>
        <translation>
            <numerusform>error: refusing to evacuate %1: %n replica has nowhere to go (%2). Add a pool on another node, or move or remove that replica first.</numerusform>
            <numerusform>error: refusing to evacuate %1: %n replicas have nowhere to go (%2). Add a pool on another node, or move or remove those replicas first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error: %1 still holds %n replica(s): %2</source>
        <translation>
            <numerusform>error: %1 still holds %n replica: %2</numerusform>
            <numerusform>error: %1 still holds %n replicas: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastVerb</name>
    <message numerus="yes">
        <source>warning: %n pool(s) reach their read-only threshold within %1 days: %2</source>
        <translation>
            <numerusform>warning: %n pool reaches its read-only threshold within %1 days: %2</numerusform>
            <numerusform>warning: %n pools reach their read-only threshold within %1 days: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: no forecast for %n pool(s): %1</source>
        <translation>
            <numerusform>warning: no forecast for %n pool: %1</numerusform>
            <numerusform>warning: no forecast for %n pools: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GetVerb</name>
    <message numerus="yes">
        <source>error: %n object(s) skipped: they could not be read (see the warnings above); the list is incomplete</source>
        <translation>
            <numerusform>error: %n object skipped: it could not be read (see the warning above); the list is incomplete</numerusform>
            <numerusform>error: %n objects skipped: they could not be read (see the warnings above); the list is incomplete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Items::KeptForecast</name>
    <message numerus="yes">
        <source>%1; and this console has kept %n hour(s) of its own samples of the pools, of the %2 a forecast needs</source>
        <translation>
            <numerusform>%1; and this console has kept %n hour of its own samples of the pools, of the %2 a forecast needs</numerusform>
            <numerusform>%1; and this console has kept %n hours of its own samples of the pools, of the %2 a forecast needs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Items::NodeModel</name>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n unhealthy</numerusform>
            <numerusform>%n unhealthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n rebuilding</numerusform>
            <numerusform>%n rebuilding</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Items::PoolModel</name>
    <message numerus="yes">
        <source>Growth %1 a day over the last %n day(s) of history from %2 (%3; %4 step(s) from moves left out).</source>
        <translation>
            <numerusform>Growth %1 a day over the last day of history from %2 (%3; %4 step(s) from moves left out).</numerusform>
            <numerusform>Growth %1 a day over the last %n days of history from %2 (%3; %4 step(s) from moves left out).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Items::ReadOnlyDays</name>
    <message numerus="yes">
        <source>in ~%n day(s)</source>
        <translation>
            <numerusform>in ~%n day</numerusform>
            <numerusform>in ~%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&gt; %n day(s)</source>
        <translation>
            <numerusform>&gt; %n day</numerusform>
            <numerusform>&gt; %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in ~%n day(s) (%1–%2)</source>
        <translation>
            <numerusform>in ~%n day (%1–%2)</numerusform>
            <numerusform>in ~%n days (%1–%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Items::VolumeModel</name>
    <message numerus="yes">
        <source>, %n rebuilding</source>
        <translation>
            <numerusform>, %n rebuilding</numerusform>
            <numerusform>, %n rebuilding</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kube::ListBudget</name>
    <message numerus="yes">
        <source>the list of %1 is too large: its first %n page(s) come to more than the limit of %2 MB</source>
        <translation>
            <numerusform>the list of %1 is too large: its first page comes to more than the limit of %2 MB</numerusform>
            <numerusform>the list of %1 is too large: its first %n pages come to more than the limit of %2 MB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list of %1 does not end: the server gave page %n the continue token of an earlier page</source>
        <translation>
            <numerusform>the list of %1 does not end: the server gave page %n the continue token of an earlier page</numerusform>
            <numerusform>the list of %1 does not end: the server gave page %n the continue token of an earlier page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LostNodeDrain</name>
    <message numerus="yes">
        <source>%n volume(s) cannot be brought back here:</source>
        <translation>
            <numerusform>%n volume cannot be brought back here:</numerusform>
            <numerusform>%n volumes cannot be brought back here:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error: node %1 is not recovered: %n volume(s) still count on a replica there: %2</source>
        <translation>
            <numerusform>error: node %1 is not recovered: %n volume still counts on a replica there: %2</numerusform>
            <numerusform>error: node %1 is not recovered: %n volumes still count on a replica there: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migration::MigrationEngine</name>
    <message numerus="yes">
        <source>the console restarted with %n move(s) waiting; resume the queue to go on</source>
        <translation>
            <numerusform>the console restarted with %n move waiting; resume the queue to go on</numerusform>
            <numerusform>the console restarted with %n moves waiting; resume the queue to go on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migration::PlanDuration</name>
    <message numerus="yes">
        <source>%1, measured over %n move(s) on this cluster</source>
        <translation>
            <numerusform>%1, measured over %n move on this cluster</numerusform>
            <numerusform>%1, measured over %n moves on this cluster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migration::Preflight</name>
    <message numerus="yes">
        <source>%n Healthy replica(s) of %1 to rebuild the new one from</source>
        <translation>
            <numerusform>%n Healthy replica of %1 to rebuild the new one from</numerusform>
            <numerusform>%n Healthy replicas of %1 to rebuild the new one from</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n healthy replica(s) remain</source>
        <translation>
            <numerusform>%n healthy replica remains</numerusform>
            <numerusform>%n healthy replicas remain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migration::QueueProgress</name>
    <message numerus="yes">
        <source>%1 of %n move(s) done, %2 running, %3 waiting, %4 failed</source>
        <translation>
            <numerusform>%1 of %n move done, %2 running, %3 waiting, %4 failed</numerusform>
            <numerusform>%1 of %n moves done, %2 running, %3 waiting, %4 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migration::RebalancePlanner</name>
    <message numerus="yes">
        <source>%1: %2 is left out as %3; its %n replica(s) stay</source>
        <translation>
            <numerusform>%1: %2 is left out as %3; its %n replica stays</numerusform>
            <numerusform>%1: %2 is left out as %3; its %n replicas stay</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationSession</name>
    <message numerus="yes">
        <source>warning: %n object(s) of the cluster still could not be read when this command ended (named above); it went by what it could read</source>
        <translation>
            <numerusform>warning: %n object of the cluster still could not be read when this command ended (named above); it went by what it could read</numerusform>
            <numerusform>warning: %n objects of the cluster still could not be read when this command ended (named above); it went by what it could read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the journal holds %n unfinished migration(s); the next migrate or drain resumes them first:</source>
        <translation>
            <numerusform>Note: the journal holds %n unfinished migration; the next migrate or drain resumes it first:</numerusform>
            <numerusform>Note: the journal holds %n unfinished migrations; the next migrate or drain resumes them first:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n unfinished migration(s) from the journal first:</source>
        <translation>
            <numerusform>Resuming %n unfinished migration from the journal first:</numerusform>
            <numerusform>Resuming %n unfinished migrations from the journal first:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error: the queue in the journal still holds %n move(s) waiting to start (%1); a new plan would run beside them. `cstor-console queue` lists them, `cstor-console queue resume` runs them, `cstor-console queue cancel --all` drops them. Nothing was changed.</source>
        <translation>
            <numerusform>error: the queue in the journal still holds %n move waiting to start (%1); a new plan would run beside it. `cstor-console queue` lists it, `cstor-console queue resume` runs it, `cstor-console queue cancel --all` drops it. Nothing was changed.</numerusform>
            <numerusform>error: the queue in the journal still holds %n moves waiting to start (%1); a new plan would run beside them. `cstor-console queue` lists them, `cstor-console queue resume` runs them, `cstor-console queue cancel --all` drops them. Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRun</name>
    <message numerus="yes">
        <source>%n move(s) were left to another console, which moved those replicas first or took the moves over.
</source>
        <translation>
            <numerusform>%n move was left to another console, which moved that replica first or took the move over.
</numerusform>
            <numerusform>%n moves were left to another console, which moved those replicas first or took the moves over.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n replica(s) moved.
</source>
        <translation>
            <numerusform>%1: %n replica moved.
</numerusform>
            <numerusform>%1: %n replicas moved.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueVerb</name>
    <message numerus="yes">
        <source>Running %n move(s) of the queue.
</source>
        <translation>
            <numerusform>Running %n move of the queue.
</numerusform>
            <numerusform>Running %n moves of the queue.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RebalanceVerb</name>
    <message numerus="yes">
        <source>Rebalance %1: spread %2 -&gt; %3 points (at most %4): move %n replica(s), %5 to copy

</source>
        <translation>
            <numerusform>Rebalance %1: spread %2 -&gt; %3 points (at most %4): move %n replica, %5 to copy

</numerusform>
            <numerusform>Rebalance %1: spread %2 -&gt; %3 points (at most %4): move %n replicas, %5 to copy

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery::LostNodePlanner</name>
    <message numerus="yes">
        <source>a new replica on %1 rebuilds from %n Healthy replica(s); then %2 leaves the volume</source>
        <translation>
            <numerusform>a new replica on %1 rebuilds from %n Healthy replica; then %2 leaves the volume</numerusform>
            <numerusform>a new replica on %1 rebuilds from %n Healthy replicas; then %2 leaves the volume</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CapacityChart</name>
    <message numerus="yes">
        <source>%n pool(s).</source>
        <translation>
            <numerusform>%n pool.</numerusform>
            <numerusform>%n pools.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ConnectionIndicator</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::DurationLabel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The moves scheduled within the caps, each at the throughput of the last %n move(s) this console ran on this cluster (the volume&apos;s data over the time from adding the target pool to the move&apos;s end)</source>
        <translation>
            <numerusform>The moves scheduled within the caps, each at the throughput of the last move this console ran on this cluster (the volume&apos;s data over the time from adding the target pool to the move&apos;s end)</numerusform>
            <numerusform>The moves scheduled within the caps, each at the throughput of the last %n moves this console ran on this cluster (the volume&apos;s data over the time from adding the target pool to the move&apos;s end)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::EvacuateDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n replica(s) to move, %2 to copy.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n replica to move, %2 to copy.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n replicas to move, %2 to copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) have nowhere to go; nothing can start until they do.</source>
        <translation>
            <numerusform>%n replica has nowhere to go; nothing can start until it does.</numerusform>
            <numerusform>%n replicas have nowhere to go; nothing can start until they do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ForecastChart</name>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n soonest read-only</source>
        <translation>
            <numerusform>The %n soonest read-only</numerusform>
            <numerusform>The %n soonest read-only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::HealthPanel</name>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::IoChart</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: Prometheus %2 has no I/O of it over the last %n day(s).</source>
        <translation>
            <numerusform>%1: Prometheus %2 has no I/O of it over the last day.</numerusform>
            <numerusform>%1: Prometheus %2 has no I/O of it over the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over the last %n day(s): read %2 (peak %3), write %4 (peak %5), %6 operations a second (peak %7).</source>
        <translation>
            <numerusform>%1 over the last day: read %2 (peak %3), write %4 (peak %5), %6 operations a second (peak %7).</numerusform>
            <numerusform>%1 over the last %n days: read %2 (peak %3), write %4 (peak %5), %6 operations a second (peak %7).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::LostNodeDialog</name>
    <message numerus="yes">
        <source>Replace %n replica(s)…</source>
        <translation>
            <numerusform>Replace %n replica…</numerusform>
            <numerusform>Replace %n replicas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n object(s) of the cluster could not be read and are not shown as they are: %1</source>
        <translation>
            <numerusform>%n object of the cluster could not be read and is not shown as it is: %1</numerusform>
            <numerusform>%n objects of the cluster could not be read and are not shown as they are: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n pool</numerusform>
            <numerusform>%n pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n replicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n rebuilding</numerusform>
            <numerusform>%n rebuilding</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n unhealthy</numerusform>
            <numerusform>%n unhealthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale node(s)</source>
        <translation>
            <numerusform>%n stale node</numerusform>
            <numerusform>%n stale nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read-only pool(s)</source>
        <translation>
            <numerusform>%n read-only pool</numerusform>
            <numerusform>%n read-only pools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::NodeItem</name>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n unhealthy</numerusform>
            <numerusform>%n unhealthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n rebuilding</numerusform>
            <numerusform>%n rebuilding</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n replicas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::NodePoolPicker</name>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s)</source>
        <translation>
            <numerusform>%1 of %n node</numerusform>
            <numerusform>%1 of %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::OperationsPanel</name>
    <message numerus="yes">
        <source>Cancel the %n move(s) that have not started?</source>
        <translation>
            <numerusform>Cancel the move that has not started?</numerusform>
            <numerusform>Cancel the %n moves that have not started?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::PlanDialog</name>
    <message numerus="yes">
        <source>Move %n replicas</source>
        <translation>
            <numerusform>Move %n replica</numerusform>
            <numerusform>Move %n replicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Move %n replicas&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Move %n replica&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Move %n replicas&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::RebalanceDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: spread %2 → %3 points (at most %4): %n replica(s) to move, %5 to copy.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: spread %2 → %3 points (at most %4): %n replica to move, %5 to copy.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: spread %2 → %3 points (at most %4): %n replicas to move, %5 to copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::RebuildChart</name>
    <message numerus="yes">
        <source>… and %n more rebuilding (hover a line for its name)</source>
        <translation>
            <numerusform>… and %n more rebuilding (hover a line for its name)</numerusform>
            <numerusform>… and %n more rebuilding (hover a line for its name)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuild progress (estimated) — %n rebuilding</source>
        <translation>
            <numerusform>Rebuild progress (estimated) — %n rebuilding</numerusform>
            <numerusform>Rebuild progress (estimated) — %n rebuilding</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::RecoveryDialog</name>
    <message numerus="yes">
        <source>Volume %1 can be brought back in %n step(s), each verified on the cluster before the next:</source>
        <translation>
            <numerusform>Volume %1 can be brought back in %n step, verified on the cluster:</numerusform>
            <numerusform>Volume %1 can be brought back in %n steps, each verified on the cluster before the next:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::TablePanel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::TopologyItemAccessible</name>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n pool</numerusform>
            <numerusform>%n pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n replicas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::TopologyScene</name>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n replica(s) unhealthy&lt;/b&gt; (degraded, offline or in error)</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n replica unhealthy&lt;/b&gt; (degraded, offline or in error)</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;%n replicas unhealthy&lt;/b&gt; (degraded, offline or in error)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n replica(s) rebuilding&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n replica rebuilding&lt;/b&gt;</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;%n replicas rebuilding&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n pool</numerusform>
            <numerusform>%n pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n replicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;Health:&lt;/b&gt; %n finding(s)</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;Health:&lt;/b&gt; %n finding</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;Health:&lt;/b&gt; %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Health dock (Alt+9)</source>
        <translation>
            <numerusform>and %n more in the Health dock (Alt+9)</numerusform>
            <numerusform>and %n more in the Health dock (Alt+9)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ZoneBlockItem</name>
    <message numerus="yes">
        <source>%1 · %n node(s)</source>
        <comment>zone: its name, its node count</comment>
        <translation>
            <numerusform>%1 · %n node</numerusform>
            <numerusform>%1 · %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
</TS>
