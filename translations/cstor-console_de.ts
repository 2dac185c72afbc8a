<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdoptVerb</name>
    <message>
        <source>The verb.</source>
        <translation>Das Verb.</translation>
    </message>
    <message>
        <source>Takes over the move of a replica that another console started on a volume and no longer drives. Every console records a move it runs on the volume&apos;s CStorVolumeConfig (annotation %1: who, from which host and process, from and to which pool, the step, when it started) and renews it every minute; `cstor-console get moves` lists them. A move can be adopted once its console is silent: its process on this host is gone, or it has not renewed the record for the --silent-after time. Shows the move and asks unless --yes is given, then finishes it: waits until the new replica and the volume are Healthy and removes the old replica (a move that was rolling back is rolled back). Ctrl-C before the old replica is removed rolls it back.
Exit codes: 0 finished (or adoptable, in a dry run), 1 refused or failed, 2 usage error.</source>
        <translation>Übernimmt die Verschiebung einer Replica, die eine andere Konsole auf einem Volume begonnen hat und nicht mehr steuert. Jede Konsole vermerkt eine laufende Verschiebung an der CStorVolumeConfig des Volumes (Annotation %1: wer, von welchem Host und Prozess, von welchem zu welchem Pool, der Schritt, wann sie begann) und erneuert den Vermerk jede Minute; `cstor-console get moves` listet sie auf. Eine Verschiebung kann übernommen werden, sobald ihre Konsole schweigt: ihr Prozess auf diesem Host ist beendet, oder sie hat den Vermerk länger als --silent-after nicht erneuert. Zeigt die Verschiebung und fragt nach, außer mit --yes, und führt sie dann zu Ende: wartet, bis die neue Replica und das Volume Healthy sind, und entfernt die alte Replica (eine Verschiebung, die gerade zurückgenommen wurde, wird zurückgenommen). Strg+C, bevor die alte Replica entfernt ist, nimmt sie zurück.
Exit-Codes: 0 abgeschlossen (oder übernehmbar, bei einem Probelauf), 1 abgelehnt oder fehlgeschlagen, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>The volume whose move to take over.</source>
        <translation>Das Volume, dessen Verschiebung übernommen werden soll.</translation>
    </message>
    <message>
        <source>How long the other console must have been silent (90s, 10m, 1h; default 10m). A console on this host whose process is gone is silent at once.</source>
        <translation>Wie lange die andere Konsole geschwiegen haben muss (90s, 10m, 1h; Standard 10m). Eine Konsole auf diesem Host, deren Prozess beendet ist, schweigt sofort.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>Show the move and whether it may be adopted; change nothing.</source>
        <translation>Die Verschiebung anzeigen und ob sie übernommen werden darf; nichts ändern.</translation>
    </message>
    <message>
        <source>Do not ask before adopting.</source>
        <translation>Vor dem Übernehmen nicht nachfragen.</translation>
    </message>
    <message>
        <source>Wait until the move has ended (always done).</source>
        <translation>Warten, bis die Verschiebung beendet ist (geschieht immer).</translation>
    </message>
    <message>
        <source>The volume whose move to adopt is missing: adopt VOLUME</source>
        <translation>Das Volume, dessen Verschiebung übernommen werden soll, fehlt: adopt VOLUME</translation>
    </message>
    <message>
        <source>--silent-after takes a duration such as 90s, 10m or 1h, not &quot;%1&quot;</source>
        <translation>--silent-after erwartet eine Dauer wie 90s, 10m oder 1h, nicht „%1“</translation>
    </message>
    <message>
        <source>error: no volume %1 in namespace &quot;%2&quot;</source>
        <translation>Fehler: kein Volume %1 im Namespace „%2“</translation>
    </message>
    <message>
        <source>error: no console is moving a replica of %1 (its CStorVolumeConfig has no %2 annotation)</source>
        <translation>Fehler: keine Konsole verschiebt eine Replica von %1 (seine CStorVolumeConfig hat keine Annotation %2)</translation>
    </message>
    <message>
        <source>error: the %1 annotation of %2 is not a move record: %3</source>
        <translation>Fehler: die Annotation %1 von %2 ist kein Verschiebungsvermerk: %3</translation>
    </message>
    <message>
        <source>Move of %1: %2
</source>
        <translation>Verschiebung von %1: %2
</translation>
    </message>
    <message>
        <source>error: refusing to adopt: the console running this move was heard %1 ago, less than %2 (--silent-after); it may still be driving it. Ask its operator, or wait.</source>
        <translation>Fehler: Übernahme abgelehnt: die Konsole, die diese Verschiebung ausführt, hat sich vor %1 gemeldet, weniger als %2 (--silent-after); sie steuert sie womöglich noch. Fragen Sie ihren Operator oder warten Sie.</translation>
    </message>
    <message>
        <source>It may be adopted: its console is silent.
</source>
        <translation>Sie darf übernommen werden: ihre Konsole schweigt.
</translation>
    </message>
    <message>
        <source>error: cannot adopt the move of %1: %2</source>
        <translation>Fehler: die Verschiebung von %1 kann nicht übernommen werden: %2</translation>
    </message>
</context>
<context>
    <name>ClusterOptions</name>
    <message>
        <source>The kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).</source>
        <translation>Die kubeconfig-Datei (Standard: $KUBECONFIG, sonst ~/.kube/config).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: the current one).</source>
        <translation>Der kubeconfig-Kontext (Standard: der aktuelle).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (default: the context&apos;s, else openebs).</source>
        <translation>Der Namespace, in dem cStor läuft (Standard: der des Kontexts, sonst openebs).</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>Run the context&apos;s exec credential plugin and remember that it is trusted (a kubeconfig&apos;s exec entry runs a program).</source>
        <translation>Das Exec-Credential-Plugin des Kontexts ausführen und merken, dass ihm vertraut wird (der exec-Eintrag einer kubeconfig führt ein Programm aus).</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked for %1); name one with --kubeconfig FILE or set KUBECONFIG</source>
        <translation>keine kubeconfig gefunden (gesucht: %1); nennen Sie eine mit --kubeconfig DATEI oder setzen Sie KUBECONFIG</translation>
    </message>
    <message>
        <source>%1 (kubeconfig: %2)</source>
        <translation>%1 (kubeconfig: %2)</translation>
    </message>
    <message>
        <source>%1
It would run: %2
To run it, pass --trust-exec-plugin (remembered for this kubeconfig and command).</source>
        <translation>%1
Es würde ausführen: %2
Um es auszuführen, geben Sie --trust-exec-plugin an (gemerkt für diese kubeconfig und diesen Befehl).</translation>
    </message>
    <message>
        <source>How long to wait for one request to the cluster before giving up, as kubectl&apos;s: 5s, 1m, 1h30m or a number of seconds; 0 waits as long as the server keeps sending (default: 120 s for an answer; a server silent for 30 s fails anyway). A watch must start answering within it.</source>
        <translation>Wie lange auf eine Anfrage an den Cluster gewartet wird, bevor aufgegeben wird, wie bei kubectl: 5s, 1m, 1h30m oder eine Anzahl Sekunden; 0 wartet, solange der Server sendet (Standard: 120 s für eine Antwort; ein Server, der 30 s schweigt, scheitert trotzdem). Eine Überwachung (watch) muss innerhalb dieser Zeit zu antworten beginnen.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>invalid --request-timeout &quot;%1&quot;: a timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)</source>
        <translation>ungültiges --request-timeout &quot;%1&quot;: ein Timeout muss eine einzelne ganze Zahl in Sekunden sein oder eine ganze Zahl mit einer passenden Zeiteinheit (z. B. 1s | 2m | 3h)</translation>
    </message>
</context>
<context>
    <name>ClusterTaskRun</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>CommandLineVerbs</name>
    <message>
        <source>Unknown verb: %1</source>
        <translation>Unbekanntes Verb: %1</translation>
    </message>
    <message>
        <source>Verbs (run without a window; %1 VERB --help lists a verb&apos;s options):
  contexts [-o table|json|name] [--no-headers]
      Lists the kubeconfig&apos;s contexts, the current one marked with *.
  get pools|replicas|volumes|moves [-o table|wide|json|yaml|name] [--no-headers]
      Lists the cStor pools, volume replicas, volumes or moves under way.
  migrate VOLUME --from POOL|NODE --to POOL|NODE [--dry-run] [--yes]
      Moves one replica of a volume to another pool, showing the plan first.
  evacuate (--node NODE... | --pool POOL...) [--max-per-pool N] [--max-per-node N] [--max-total N] [--window HH:MM-HH:MM] [--dry-run] [--yes] [-o json]
      Moves every replica off some nodes&apos; pools or some pools, as one plan run as a queue within the caps; Ctrl-C pauses it.
  drain NODE [--dry-run] [--yes]
      The same as evacuate --node NODE.
  rebalance [--pool-cluster CSPC] [--max-spread PCT] [caps as evacuate] [--dry-run] [--yes] [-o json]
      Brings the pools&apos; used capacity within PCT points of each other.
  queue [list|pause|resume|cancel ID...|cancel --all|set|move ID N]
      The journal&apos;s queue of moves: pause, resume, cancel, reorder, caps and window.
  adopt VOLUME [--silent-after DURATION] [--dry-run] [--yes]
      Finishes the move of a volume that a silent console started.
</source>
        <translation>Verben (laufen ohne Fenster; %1 VERB --help listet die Optionen eines Verbs):
  contexts [-o table|json|name] [--no-headers]
      Listet die Kontexte der kubeconfig auf, der aktuelle mit * markiert.
  get pools|replicas|volumes|moves [-o table|wide|json|yaml|name] [--no-headers]
      Listet die cStor-Pools, Volume-Replicas, Volumes oder laufenden Verschiebungen auf.
  migrate VOLUME --from POOL|NODE --to POOL|NODE [--dry-run] [--yes]
      Verschiebt ein Replica eines Volumes in einen anderen Pool, zeigt zuerst den Plan.
  evacuate (--node NODE... | --pool POOL...) [--max-per-pool N] [--max-per-node N] [--max-total N] [--window HH:MM-HH:MM] [--dry-run] [--yes] [-o json]
      Verschiebt jedes Replica von den Pools einiger Nodes oder von einigen Pools, als ein Plan, der als Warteschlange innerhalb der Obergrenzen läuft; Ctrl-C pausiert ihn.
  drain NODE [--dry-run] [--yes]
      Dasselbe wie evacuate --node NODE.
  rebalance [--pool-cluster CSPC] [--max-spread PCT] [Obergrenzen wie bei evacuate] [--dry-run] [--yes] [-o json]
      Bringt die belegte Kapazität der Pools auf höchstens PCT Punkte Abstand zueinander.
  queue [list|pause|resume|cancel ID...|cancel --all|set|move ID N]
      Die Warteschlange der Verschiebungen im Journal: pausieren, fortsetzen, abbrechen, umordnen, Obergrenzen und Wartungsfenster.
  adopt VOLUME [--silent-after DURATION] [--dry-run] [--yes]
      Schließt die Verschiebung eines Volumes ab, die eine schweigende Konsole begonnen hat.
</translation>
    </message>
    <message>
        <source>  doctor [--read-only-horizon 14d] [-o table|wide|json|yaml|name] [--no-headers]
      Lists what is wrong with the cluster, worst first, and what to do.
  forecast [--pool-cluster CSPC] [--horizon 30d] [--prometheus NS/SVC:PORT] [-o json]
      When each pool reaches 80 % and read-only, from the cluster&apos;s Prometheus.
  recover VOLUME [--dry-run] [--yes] [-o json]
      Brings a volume stuck half way through a move back to its replica count.
  replace-disk POOL [--disk BD] [--with BD] [--dry-run] [--yes] [-o json]
      Replaces a failed disk of a mirror or raidz pool and follows the resilver.
  follow-disks POOL [--dry-run] [--yes] [-o json]
      Points a pool whose disks moved to another node at that node and follows it.
  completion bash|zsh
      Prints the shell completion script (verbs, flags, contexts, volumes, nodes).
Global flags (--kubeconfig, --context, -n, --request-timeout, -o, --no-headers) go before or after the verb.
</source>
        <translation>  doctor [--read-only-horizon 14d] [-o table|wide|json|yaml|name] [--no-headers]
      Listet auf, was im Cluster nicht stimmt, das Schlimmste zuerst, und was zu tun ist.
  forecast [--pool-cluster CSPC] [--horizon 30d] [--prometheus NS/SVC:PORT] [-o json]
      Wann jeder Pool 80 % erreicht und schreibgeschützt wird, aus dem Prometheus des Clusters.
  recover VOLUME [--dry-run] [--yes] [-o json]
      Bringt ein Volume, das mitten in einer Verschiebung hängt, auf seine Replikatanzahl zurück.
  replace-disk POOL [--disk BD] [--with BD] [--dry-run] [--yes] [-o json]
      Ersetzt eine ausgefallene Platte eines Mirror- oder RAIDZ-Pools und verfolgt das Resilvering.
  follow-disks POOL [--dry-run] [--yes] [-o json]
      Richtet einen Pool, dessen Festplatten an einen anderen Knoten umgezogen sind, auf diesen Knoten aus und verfolgt ihn.
  completion bash|zsh
      Gibt das Skript zur Shell-Vervollständigung aus (Verben, Optionen, Kontexte, Volumes, Nodes).
Globale Optionen (--kubeconfig, --context, -n, --request-timeout, -o, --no-headers) stehen vor oder nach dem Verb.
</translation>
    </message>
</context>
<context>
    <name>CompletionVerb</name>
    <message>
        <source>Prints the shell completion script for bash or zsh.
bash: source &lt;(cstor-console completion bash), or install it as /usr/share/bash-completion/completions/cstor-console.
zsh: source &lt;(cstor-console completion zsh) in ~/.zshrc.</source>
        <translation>Gibt das Skript zur Shell-Vervollständigung für bash oder zsh aus.
bash: source &lt;(cstor-console completion bash), oder als /usr/share/bash-completion/completions/cstor-console installieren.
zsh: source &lt;(cstor-console completion zsh) in ~/.zshrc.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Das Verb.</translation>
    </message>
    <message>
        <source>bash or zsh.</source>
        <translation>bash oder zsh.</translation>
    </message>
    <message>
        <source>Which shell is missing: bash or zsh.</source>
        <translation>Die Shell fehlt: bash oder zsh.</translation>
    </message>
    <message>
        <source>No completion for &quot;%1&quot;: use bash or zsh.</source>
        <translation>Keine Vervollständigung für „%1“: bash oder zsh verwenden.</translation>
    </message>
</context>
<context>
    <name>ContextsVerb</name>
    <message>
        <source>Lists the contexts of the kubeconfig, the current one marked with *.</source>
        <translation>Listet die Kontexte der kubeconfig auf, der aktuelle mit * markiert.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Das Verb.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unbekanntes Argument: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>AKTUELL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>AUTHINFO</source>
        <translation>AUTHINFO</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>warning: no kubeconfig found (looked for %1)</source>
        <translation>Warnung: keine kubeconfig gefunden (gesucht: %1)</translation>
    </message>
</context>
<context>
    <name>Doctor::ClonesOnPoolRule</name>
    <message>
        <source>Pool %1 holds replicas of clones of volume %2: %3.</source>
        <translation>Pool %1 enthält Replicas von Klonen des Volumes %2: %3.</translation>
    </message>
    <message>
        <source>Data: moving or removing the replica of %1 from %2 destroys the clones&apos; replicas there (zfs destroy -R).</source>
        <translation>Daten: Das Verschieben oder Entfernen des Replicas von %1 von %2 zerstört dort die Replicas der Klone (zfs destroy -R).</translation>
    </message>
    <message>
        <source>Nothing to do now. The console refuses to move this replica; move or remove the clones&apos; replicas on %1 first.</source>
        <translation>Derzeit nichts zu tun. Die Konsole verweigert das Verschieben dieses Replicas; verschieben oder entfernen Sie zuerst die Replicas der Klone auf %1.</translation>
    </message>
</context>
<context>
    <name>Doctor::Doctor</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>Doctor::DrainBlockedRule</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>PodDisruptionBudget %1 allows no disruption (%2 of %3 pool pods healthy): draining node(s) %4 is refused.</source>
        <translation>PodDisruptionBudget %1 erlaubt keine Unterbrechung (%2 von %3 Pool-Pods gesund): das Leeren von Node(s) %4 wird abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>While pool(s) %1 are down, draining node(s) %2 is refused by %n PodDisruptionBudget(s) that allow no disruption.</source>
        <translation>
            <numerusform>Solange Pool(s) %1 ausgefallen sind, lehnt %n PodDisruptionBudget ohne erlaubte Unterbrechung das Leeren von Node(s) %2 ab.</numerusform>
            <numerusform>Solange Pool(s) %1 ausgefallen sind, lehnen %n PodDisruptionBudgets ohne erlaubte Unterbrechung das Leeren von Node(s) %2 ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Maintenance and availability: kubectl drain of those nodes waits forever on evicting their pool pods; forcing it (deleting the pod) takes a second replica of the HA volumes on these pools offline.</source>
        <translation>Wartung und Verfügbarkeit: kubectl drain dieser Nodes wartet endlos auf das Räumen ihrer Pool-Pods; erzwingt man es (Pod löschen), geht ein zweites Replica der HA-Volumes auf diesen Pools offline.</translation>
    </message>
    <message>
        <source>Wait until every pool pod the budget guards is Ready, then drain.</source>
        <translation>Warten Sie, bis jeder vom Budget geschützte Pool-Pod Ready ist, und leeren Sie dann.</translation>
    </message>
    <message>
        <source>Bring pool(s) %1 back ONLINE first (their node, their disks), or move the replicas off them (cstor-console migrate) so that the CVC operator replaces the budgets (%2); only then drain.</source>
        <translation>Bringen Sie zuerst Pool(s) %1 wieder ONLINE (ihren Node, ihre Disks) oder verschieben Sie die Replicas von ihnen weg (cstor-console migrate), damit der CVC-Operator die Budgets (%2) ersetzt; erst dann leeren.</translation>
    </message>
    <message>
        <source>PodDisruptionBudgets were not checked: %1.</source>
        <translation>PodDisruptionBudgets wurden nicht geprüft: %1.</translation>
    </message>
    <message>
        <source>A drain that a budget refuses is not foreseen.</source>
        <translation>Ein Leeren, das ein Budget ablehnt, wird nicht vorhergesehen.</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for get/list rights on poddisruptionbudgets to have them checked.</source>
        <translation>Bitten Sie einen Cluster-Administrator um get/list-Rechte auf poddisruptionbudgets, damit sie geprüft werden.</translation>
    </message>
</context>
<context>
    <name>Doctor::KnownReplicasRule</name>
    <message>
        <source>The target of volume %1 does not know the Healthy replica(s) %2.</source>
        <translation>Das Target von Volume %1 kennt die Healthy-Replica(s) %2 nicht.</translation>
    </message>
    <message>
        <source>The target of volume %1 knows replica id(s) %2 that no replica of the volume has.</source>
        <translation>Das Target von Volume %1 kennt Replica-ID(s) %2, die kein Replica des Volumes hat.</translation>
    </message>
    <message>
        <source>Availability: the target&apos;s replication and consistency factors are counted over the wrong replicas; its next scale-down is refused and its quorum may be lost early.</source>
        <translation>Verfügbarkeit: Replikations- und Konsistenzfaktor des Targets werden über die falschen Replicas gezählt; seine nächste Herunterskalierung wird abgelehnt und sein Quorum kann vorzeitig verloren gehen.</translation>
    </message>
    <message>
        <source>Manual: compare the two lists. The target adds a replica to knownReplicas only when it promotes it in a scale-up, and drops one only in a scale-down of the CVC; keep the volume Healthy and do not edit the CV by hand.</source>
        <translation>Manuell: Vergleichen Sie die beiden Listen. Das Target nimmt ein Replica nur dann in knownReplicas auf, wenn es es bei einer Hochskalierung befördert, und entfernt eines nur bei einer Herunterskalierung der CVC; halten Sie das Volume Healthy und bearbeiten Sie das CV nicht von Hand.</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and nothing creates them again while the volume is Bound. cstor-console recover %2 (Recover volume… in the window) creates them again with the replica ids the target knows; they rebuild from the Healthy replicas. Do not remove %1 from the CVC: the CVC controller finds no replica to remove and the scale-down never ends.</source>
        <translation>Die Replica(s) von Pool(s) %1 wurden gelöscht, und nichts legt sie wieder an, solange das Volume Bound ist. cstor-console recover %2 (im Fenster „Volume wiederherstellen…“) legt sie mit den Replica-IDs, die das Target kennt, wieder an; sie werden aus den Healthy-Replicas neu aufgebaut. Entfernen Sie %1 nicht aus der CVC: Der CVC-Controller findet kein Replica zum Entfernen, und die Herunterskalierung endet nie.</translation>
    </message>
</context>
<context>
    <name>Doctor::NodeNotReadyRule</name>
    <message>
        <source>Nodes were not checked: %1.</source>
        <translation>Nodes wurden nicht geprüft: %1.</translation>
    </message>
    <message>
        <source>A lost node shows only through its volumes.</source>
        <translation>Ein verlorener Node zeigt sich nur über seine Volumes.</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for get/list rights on nodes to have them checked.</source>
        <translation>Bitten Sie einen Cluster-Administrator um get/list-Rechte auf Nodes, damit sie geprüft werden.</translation>
    </message>
    <message numerus="yes">
        <source>Node %1 is NotReady (%2) since %3 ago and holds %n replica(s) on %4.</source>
        <translation>
            <numerusform>Node %1 ist seit %3 NotReady (%2) und hält %n Replica auf %4.</numerusform>
            <numerusform>Node %1 ist seit %3 NotReady (%2) und hält %n Replicas auf %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Node %1 is gone and its pool(s) %2 hold %n replica(s).</source>
        <translation>
            <numerusform>Node %1 ist nicht mehr vorhanden und seine Pool(s) %2 halten %n Replica.</numerusform>
            <numerusform>Node %1 ist nicht mehr vorhanden und seine Pool(s) %2 halten %n Replicas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability and data: the replicas of %1 on it are unreachable; their pools&apos; objects keep their last status.</source>
        <translation>Verfügbarkeit und Daten: Die Replicas von %1 darauf sind nicht erreichbar; die Objekte ihrer Pools behalten ihren letzten Status.</translation>
    </message>
    <message>
        <source>If the node comes back, its pools and replicas resume. If it was replaced and its disks now sit on another node, cstor-console follow-disks %2 points the pool there. If it is gone for good with its disks, Recover lost node… (cstor-console drain %1) gives each volume that keeps a Healthy replica a new one on another pool, reports those it cannot, then shows the steps that remove its pools from the CStorPoolCluster.</source>
        <translation>Kommt der Knoten zurück, laufen seine Pools und Replikate weiter. Wurde er ersetzt und liegen seine Festplatten jetzt an einem anderen Knoten, richtet cstor-console follow-disks %2 den Pool dorthin aus. Ist er samt Festplatten endgültig verloren, gibt „Verlorenen Knoten wiederherstellen…“ (cstor-console drain %1) jedem Volume, das ein Healthy-Replikat behält, ein neues auf einem anderen Pool, meldet die, bei denen das nicht geht, und zeigt dann die Schritte, die seine Pools aus dem CStorPoolCluster entfernen.</translation>
    </message>
</context>
<context>
    <name>Doctor::OrphanReplicaRule</name>
    <message>
        <source>Replica %1 belongs to volume %2, which has neither a CVC nor a CV.</source>
        <translation>Replica %1 gehört zu Volume %2, das weder eine CVC noch ein CV hat.</translation>
    </message>
    <message>
        <source>Replica %1 sits on pool %2, which the CVC of volume %3 does not list.</source>
        <translation>Replica %1 liegt auf Pool %2, den die CVC von Volume %3 nicht aufführt.</translation>
    </message>
    <message>
        <source>Capacity: it holds %1 on pool %2 that no volume uses.</source>
        <translation>Kapazität: Es belegt %1 auf Pool %2, die kein Volume nutzt.</translation>
    </message>
    <message>
        <source>Manual: when no PersistentVolume %1 exists and the replica is not part of a move, delete it: kubectl delete cvr %2 -n %3.</source>
        <translation>Manuell: Wenn kein PersistentVolume %1 existiert und das Replica nicht Teil einer Verschiebung ist, löschen Sie es: kubectl delete cvr %2 -n %3.</translation>
    </message>
</context>
<context>
    <name>Doctor::PendingClaimRule</name>
    <message>
        <source>Volume claim %1 is Pending: it needs %2 pools, pool cluster %3 has %4 ONLINE writable (%5).</source>
        <translation>Volume-Claim %1 ist Pending: Er benötigt %2 Pools, Pool-Cluster %3 hat %4 ONLINE mit Schreibzugriff (%5).</translation>
    </message>
    <message>
        <source>Volume claim %1 has been Pending for %2.</source>
        <translation>Volume-Claim %1 ist seit %2 Pending.</translation>
    </message>
    <message>
        <source>Availability: the application&apos;s PersistentVolumeClaim stays unbound and its pod does not start.</source>
        <translation>Verfügbarkeit: Der PersistentVolumeClaim der Anwendung bleibt ungebunden und ihr Pod startet nicht.</translation>
    </message>
    <message>
        <source>Bring the pools of %1 back ONLINE, free space on read-only ones, or add a pool to the CStorPoolCluster (kubectl edit cspc %1 -n %2); the CVC controller retries on its next resync.</source>
        <translation>Bringen Sie die Pools von %1 wieder ONLINE, schaffen Sie Platz auf schreibgeschützten oder fügen Sie dem CStorPoolCluster einen Pool hinzu (kubectl edit cspc %1 -n %2); der CVC-Controller versucht es bei seinem nächsten Resync erneut.</translation>
    </message>
</context>
<context>
    <name>Doctor::PoolCapacityRule</name>
    <message>
        <source>Move replicas off the pool (cstor-console migrate VOLUME --from %1 --to POOL, or cstor-console drain %2 for all of them), or grow the pool by adding disks to its spec in CStorPoolCluster %3.</source>
        <translation>Verschieben Sie Replicas vom Pool weg (cstor-console migrate VOLUME --from %1 --to POOL, oder cstor-console drain %2 für alle) oder vergrößern Sie den Pool, indem Sie seiner Spec im CStorPoolCluster %3 Disks hinzufügen.</translation>
    </message>
    <message>
        <source>Pool %1 is read-only: %2% used, read-only at %3%.</source>
        <translation>Pool %1 ist schreibgeschützt: %2 % belegt, schreibgeschützt ab %3 %.</translation>
    </message>
    <message>
        <source>Pool %1 is at its read-only threshold: %2% used, read-only at %3%.</source>
        <translation>Pool %1 hat seine Schreibschutzschwelle erreicht: %2 % belegt, schreibgeschützt ab %3 %.</translation>
    </message>
    <message numerus="yes">
        <source>Availability: writes of the %n volume(s) with a replica on it fail there and those replicas go Offline.</source>
        <translation>
            <numerusform>Verfügbarkeit: Schreibvorgänge des %n Volumes mit einem Replica darauf schlagen dort fehl und diese Replicas gehen Offline.</numerusform>
            <numerusform>Verfügbarkeit: Schreibvorgänge der %n Volumes mit einem Replica darauf schlagen dort fehl und diese Replicas gehen Offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool %1 is %2% full (%3 free); it turns read-only at %4%.</source>
        <translation>Pool %1 ist zu %2 % voll (%3 frei); ab %4 % wird er schreibgeschützt.</translation>
    </message>
    <message numerus="yes">
        <source>Capacity: the next writes or a rebuild onto it turn it read-only, and then the replicas of its %n volume(s) go Offline.</source>
        <translation>
            <numerusform>Kapazität: Die nächsten Schreibvorgänge oder ein Neuaufbau darauf machen ihn schreibgeschützt, und dann gehen die Replicas seines %n Volumes Offline.</numerusform>
            <numerusform>Kapazität: Die nächsten Schreibvorgänge oder ein Neuaufbau darauf machen ihn schreibgeschützt, und dann gehen die Replicas seiner %n Volumes Offline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor::PoolReadOnlySoonRule</name>
    <message numerus="yes">
        <source>Pool %1 goes read-only (%2 %) in about %n day(s), growing %3 a day.</source>
        <translation>
            <numerusform>Pool %1 wird in etwa %n Tag schreibgeschützt (%2 %), Wachstum %3 pro Tag.</numerusform>
            <numerusform>Pool %1 wird in etwa %n Tagen schreibgeschützt (%2 %), Wachstum %3 pro Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Availability: once it is read-only, writes of the %n volume(s) with a replica on it fail there and those replicas go Offline.</source>
        <translation>
            <numerusform>Verfügbarkeit: Sobald er schreibgeschützt ist, scheitern dort die Schreibvorgänge des %n Volumes mit einem Replikat darauf, und dieses Replikat wechselt zu Offline.</numerusform>
            <numerusform>Verfügbarkeit: Sobald er schreibgeschützt ist, scheitern dort die Schreibvorgänge der %n Volumes mit einem Replikat darauf, und diese Replikate wechseln zu Offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move replicas off the pool before then (the plan of a move shows the pools&apos; read-only dates before and after it; cstor-console forecast --pool-cluster %1 lists them all), or grow the pool by adding disks to its spec in CStorPoolCluster %1.</source>
        <translation>Verschieben Sie vorher Replikate von dem Pool weg (der Plan einer Verschiebung zeigt die Schreibschutz-Termine der Pools vorher und nachher; cstor-console forecast --pool-cluster %1 listet sie alle auf), oder vergrößern Sie den Pool, indem Sie seiner Spec im CStorPoolCluster %1 Festplatten hinzufügen.</translation>
    </message>
</context>
<context>
    <name>Doctor::PoolStateRule</name>
    <message>
        <source>Pool %1 on node %2 is %3.</source>
        <translation>Pool %1 auf Node %2 ist %3.</translation>
    </message>
    <message>
        <source>Capacity: no replica can be placed on it.</source>
        <translation>Kapazität: Darauf kann kein Replica platziert werden.</translation>
    </message>
    <message>
        <source>Availability: the replicas of %1 on it are unreachable; each of those volumes runs with a copy fewer.</source>
        <translation>Verfügbarkeit: Die Replicas von %1 darauf sind nicht erreichbar; jedes dieser Volumes läuft mit einer Kopie weniger.</translation>
    </message>
    <message>
        <source>Data: a disk of the pool failed; one more failure loses the replicas of %1.</source>
        <translation>Daten: Eine Disk des Pools ist ausgefallen; ein weiterer Ausfall verliert die Replicas von %1.</translation>
    </message>
    <message>
        <source>Pool %1 on node %2 is %3 while it resilvers a replaced disk.</source>
        <translation>Pool %1 auf Node %2 ist %3, während er eine ersetzte Platte resilvert.</translation>
    </message>
    <message>
        <source>Data: until the resilver ends, one more disk failure in its raid group loses the replicas of %1.</source>
        <translation>Daten: bis das Resilvering endet, verliert ein weiterer Plattenausfall in seiner RAID-Gruppe die Replicas von %1.</translation>
    </message>
    <message>
        <source>no volume</source>
        <translation>kein Volume</translation>
    </message>
    <message>
        <source>Wait for the resilver: cstor-console replace-disk %1 follows it until the pool is ONLINE.</source>
        <translation>Auf das Resilvering warten: cstor-console replace-disk %1 verfolgt es, bis der Pool ONLINE ist.</translation>
    </message>
    <message>
        <source>Replace the failed disk: cstor-console replace-disk %1 puts an unclaimed disk of node %2 in its place in CStorPoolCluster %3 and follows the resilver.</source>
        <translation>Die ausgefallene Platte ersetzen: cstor-console replace-disk %1 setzt eine nicht beanspruchte Platte von Node %2 an ihre Stelle in CStorPoolCluster %3 und verfolgt das Resilvering.</translation>
    </message>
    <message>
        <source>A %1 pool&apos;s failed disk cannot be replaced (upstream replaces disks in mirror and raidz pools only): move its replicas off (cstor-console drain %2).</source>
        <translation>Die ausgefallene Platte eines %1-Pools kann nicht ersetzt werden (upstream ersetzt Platten nur in Mirror- und RAIDZ-Pools): seine Replicas verschieben (cstor-console drain %2).</translation>
    </message>
    <message>
        <source>Pool %1 on node %2 cannot be imported there (condition PoolLost, last failed import at %3): its disks are lost, or attached to another node.</source>
        <translation>Pool %1 auf Node %2 kann dort nicht importiert werden (Bedingung PoolLost, letzter fehlgeschlagener Import um %3): seine Festplatten sind verloren oder an einem anderen Node angeschlossen.</translation>
    </message>
    <message>
        <source>If its disks were moved to another node: cstor-console follow-disks %1 (Follow moved disks… in the window) points the pool there. If they are lost: move its replicas to other pools (cstor-console drain %2) once their volumes are Healthy.</source>
        <translation>Wenn seine Festplatten an einen anderen Node umgezogen sind: cstor-console follow-disks %1 (im Fenster „Umgezogenen Festplatten folgen…“) richtet den Pool dorthin aus. Sind sie verloren: Verschieben Sie seine Replicas auf andere Pools (cstor-console drain %2), sobald ihre Volumes Healthy sind.</translation>
    </message>
    <message>
        <source>Check the pool pod and node %1; if the node is gone for good, move its replicas to other pools (cstor-console drain %1) once their volumes are Healthy. If the pool&apos;s disks were moved to another node, cstor-console follow-disks %2 (Follow moved disks… in the window) points the pool there.</source>
        <translation>Prüfen Sie den Pool-Pod und Node %1; ist der Node endgültig weg, verschieben Sie seine Replicas auf andere Pools (cstor-console drain %1), sobald ihre Volumes Healthy sind. Wenn die Festplatten des Pools an einen anderen Node umgezogen sind, richtet cstor-console follow-disks %2 (im Fenster „Umgezogenen Festplatten folgen…“) den Pool dorthin aus.</translation>
    </message>
</context>
<context>
    <name>Doctor::RefusedDrfRule</name>
    <message numerus="yes">
        <source>The target of volume %1 refused %n time(s) to lower its desired replication factor to %2 (FailUpdate: invalid changes).</source>
        <translation>
            <numerusform>Das Target von Volume %1 hat %n Mal abgelehnt, seinen gewünschten Replikationsfaktor auf %2 zu senken (FailUpdate: invalid changes).</numerusform>
            <numerusform>Das Target von Volume %1 hat %n Mal abgelehnt, seinen gewünschten Replikationsfaktor auf %2 zu senken (FailUpdate: invalid changes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability: the target keeps waiting for a replica that is no longer there; the volume&apos;s next scale-down stays stuck.</source>
        <translation>Verfügbarkeit: Das Target wartet weiter auf ein Replica, das es nicht mehr gibt; die nächste Herunterskalierung des Volumes bleibt hängen.</translation>
    </message>
    <message>
        <source>Restart the volume&apos;s target pod (kubectl delete pod -n %1 -l openebs.io/persistent-volume=%2,openebs.io/target=cstor-target): the restarted target reads the lower factor from the CV. I/O pauses while it restarts.</source>
        <translation>Starten Sie den Target-Pod des Volumes neu (kubectl delete pod -n %1 -l openebs.io/persistent-volume=%2,openebs.io/target=cstor-target): Das neu gestartete Target liest den niedrigeren Faktor aus dem CV. Die I/O pausiert während des Neustarts.</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicaCountRule</name>
    <message>
        <source>Volume %1 has %2 Healthy replica(s) of the %3 it was provisioned with (its CVC lists %4 pool(s)).</source>
        <translation>Volume %1 hat %2 Healthy-Replica(s) von den %3, mit denen es bereitgestellt wurde (seine CVC führt %4 Pool(s) auf).</translation>
    </message>
    <message>
        <source>Data: fewer copies than asked for; one more lost replica may take the volume Offline or lose it.</source>
        <translation>Daten: Weniger Kopien als verlangt; ein weiteres verlorenes Replica kann das Volume Offline nehmen oder es verlieren.</translation>
    </message>
    <message>
        <source>Add a pool of pool cluster %1 to the CVC: kubectl edit cvc %2 -n %3 and append a poolName to spec.policy.replicaPoolInfo; the new replica rebuilds from the Healthy ones.</source>
        <translation>Fügen Sie der CVC einen Pool von Pool-Cluster %1 hinzu: kubectl edit cvc %2 -n %3 und hängen Sie einen poolName an spec.policy.replicaPoolInfo an; das neue Replica wird aus den Healthy-Replicas neu aufgebaut.</translation>
    </message>
    <message>
        <source>Bring the pools or nodes of the replicas that are not Healthy back; if one is gone for good, move that replica to another pool (%1).</source>
        <translation>Bringen Sie die Pools oder Nodes der nicht Healthy-Replicas zurück; ist einer endgültig weg, verschieben Sie dieses Replica auf einen anderen Pool (%1).</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted: cstor-console recover %2 (Recover volume… in the window) creates them again. Do not remove %1 from the CVC: the scale-down of a pool without a replica never ends.</source>
        <translation>Die Replica(s) von Pool(s) %1 wurden gelöscht: cstor-console recover %2 (im Fenster „Volume wiederherstellen…“) legt sie wieder an. Entfernen Sie %1 nicht aus der CVC: Die Herunterskalierung eines Pools ohne Replica endet nie.</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicaNotHealthyRule</name>
    <message>
        <source>(no phase)</source>
        <translation>(keine Phase)</translation>
    </message>
    <message>
        <source>Replica %1 of volume %2 on pool %3 has been %4 for %5, longer than the %6 expected.</source>
        <translation>Replica %1 von Volume %2 auf Pool %3 ist seit %5 %4, länger als die erwarteten %6.</translation>
    </message>
    <message>
        <source>Data: the volume has one Healthy copy fewer than it should until this replica is Healthy again.</source>
        <translation>Daten: Das Volume hat eine Healthy-Kopie weniger als vorgesehen, bis dieses Replica wieder Healthy ist.</translation>
    </message>
    <message>
        <source>Check pool %1 on node %2 and the replica&apos;s events. If the pool or node is gone for good, move the replica to another pool once the volume is Healthy: cstor-console migrate %3 --from %1 --to POOL.</source>
        <translation>Prüfen Sie Pool %1 auf Node %2 und die Events des Replicas. Ist der Pool oder Node endgültig weg, verschieben Sie das Replica auf einen anderen Pool, sobald das Volume Healthy ist: cstor-console migrate %3 --from %1 --to POOL.</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicasOnOneNodeRule</name>
    <message>
        <source>All %1 replicas of volume %2 sit on node %3.</source>
        <translation>Alle %1 Replicas von Volume %2 liegen auf Node %3.</translation>
    </message>
    <message>
        <source>Data and availability: losing node %1 loses every copy of the volume.</source>
        <translation>Daten und Verfügbarkeit: Der Verlust von Node %1 verliert jede Kopie des Volumes.</translation>
    </message>
    <message>
        <source>Move one replica to a pool on another node: %1.</source>
        <translation>Verschieben Sie ein Replica auf einen Pool auf einem anderen Node: %1.</translation>
    </message>
</context>
<context>
    <name>Doctor::StuckScalingRule</name>
    <message>
        <source>no replica was created on %1</source>
        <translation>auf %1 wurde kein Replica erstellt</translation>
    </message>
    <message>
        <source>the new replica %1 is %2</source>
        <translation>das neue Replica %1 ist %2</translation>
    </message>
    <message>
        <source>the target does not count replica %1 on %2 as Healthy (its pool or node may be down)</source>
        <translation>das Target zählt Replica %1 auf %2 nicht als Healthy (sein Pool oder Node ist evtl. ausgefallen)</translation>
    </message>
    <message>
        <source>the target refused the lower replication factor (FailUpdate &quot;are invalid changes&quot;)</source>
        <translation>das Target hat den niedrigeren Replikationsfaktor abgelehnt (FailUpdate &quot;are invalid changes&quot;)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>down</source>
        <translation>herunter</translation>
    </message>
    <message>
        <source>Volume %1 is scaling %2: its CVC&apos;s spec lists %3, its status %4.</source>
        <translation>Volume %1 skaliert %2: Die Spec seiner CVC führt %3 auf, sein Status %4.</translation>
    </message>
    <message>
        <source>It waits because %1.</source>
        <translation>Es wartet, weil %1.</translation>
    </message>
    <message>
        <source>Availability: no other change of this volume&apos;s placement is accepted until it ends; while the removed replica still exists its data is safe.</source>
        <translation>Verfügbarkeit: Bis dahin wird keine andere Änderung der Platzierung dieses Volumes angenommen; solange das entfernte Replica noch existiert, sind seine Daten sicher.</translation>
    </message>
    <message>
        <source>Wait for the new replica to rebuild; if its pool is gone, remove that pool from the CVC again (kubectl edit cvc %1 -n %2).</source>
        <translation>Warten Sie, bis das neue Replica neu aufgebaut ist; ist sein Pool weg, entfernen Sie diesen Pool wieder aus der CVC (kubectl edit cvc %1 -n %2).</translation>
    </message>
    <message>
        <source>Bring back the node or pool of the replica the target does not count; if it is gone for good, put %1 back in the CVC&apos;s spec.policy.replicaPoolInfo (kubectl edit cvc %2 -n %3) so the volume keeps its copies, then replace the lost replica.</source>
        <translation>Bringen Sie den Node oder Pool des Replicas zurück, das das Target nicht zählt; ist er endgültig weg, setzen Sie %1 wieder in spec.policy.replicaPoolInfo der CVC ein (kubectl edit cvc %2 -n %3), damit das Volume seine Kopien behält, und ersetzen Sie dann das verlorene Replica.</translation>
    </message>
    <message>
        <source>Volume %1 is scaling down: its CVC&apos;s spec lists %2, its status %3. The CVC controller cannot finish: the replica on %4 is already gone, so it fails &quot;failed to delete cstorvolumereplica : resource name may not be empty&quot; at every sync.</source>
        <translation>Volume %1 wird herunterskaliert: die Spec seiner CVC nennt %2, ihr Status %3. Der CVC-Controller kann nicht abschließen: das Replikat auf %4 ist schon weg, daher scheitert er bei jeder Synchronisierung mit &quot;failed to delete cstorvolumereplica : resource name may not be empty&quot;.</translation>
    </message>
    <message>
        <source>Availability: every later change of this volume&apos;s pools fails the same way until the status is right. No data is at risk: the removed replica is already gone.</source>
        <translation>Verfügbarkeit: jede spätere Änderung der Pools dieses Volumes scheitert genauso, bis der Status stimmt. Keine Daten sind gefährdet: das entfernte Replikat ist schon weg.</translation>
    </message>
    <message>
        <source>Remove %1 from the CVC&apos;s status.poolInfo, as the controller would have (the kubectl patch below tests that the entry is still there). For a volume of three or more replicas its PodDisruptionBudget keeps the old pool set until the next change of its pools. The console&apos;s own moves make this repair themselves.</source>
        <translation>Entfernen Sie %1 aus status.poolInfo der CVC, wie es der Controller getan hätte (der kubectl-Patch unten prüft, dass der Eintrag noch da ist). Bei einem Volume mit drei oder mehr Replikaten behält sein PodDisruptionBudget die alte Pool-Menge bis zur nächsten Änderung seiner Pools. Die eigenen Verschiebungen der Konsole nehmen diese Reparatur selbst vor.</translation>
    </message>
</context>
<context>
    <name>Doctor::UnknownPoolRule</name>
    <message>
        <source>The CVC of volume %1 names pool(s) %2 that no CStorPoolInstance has.</source>
        <translation>Die CVC von Volume %1 nennt Pool(s) %2, die keine CStorPoolInstance hat.</translation>
    </message>
    <message>
        <source>Availability: the CVC stays scaling forever and refuses every other placement change of the volume.</source>
        <translation>Verfügbarkeit: Die CVC bleibt für immer in der Skalierung und lehnt jede andere Platzierungsänderung des Volumes ab.</translation>
    </message>
    <message>
        <source>Replace the name by a pool of %3 (%4): cstor-console recover %1 picks the closest usable one and waits for its replica, or kubectl edit cvc %1 -n %2. The admission webhook refuses to remove the name while the scale-up is pending.</source>
        <translation>Ersetzen Sie den Namen durch einen Pool von %3 (%4): cstor-console recover %1 wählt den ähnlichsten nutzbaren aus und wartet auf sein Replica, oder kubectl edit cvc %1 -n %2. Der Admission-Webhook lehnt das Entfernen des Namens ab, solange die Hochskalierung aussteht.</translation>
    </message>
</context>
<context>
    <name>Doctor::VolumeQuorumRule</name>
    <message>
        <source>Volume %1 is Offline: its target counts %2 Healthy of %3 replicas and needs %4 to serve I/O.</source>
        <translation>Volume %1 ist Offline: Sein Target zählt %2 Healthy von %3 Replicas und benötigt %4, um I/O zu bedienen.</translation>
    </message>
    <message>
        <source>Availability: applications using the volume get I/O errors. Data: removing or recreating a replica now can lose the newest writes.</source>
        <translation>Verfügbarkeit: Anwendungen, die das Volume nutzen, erhalten I/O-Fehler. Daten: Das Entfernen oder Neuerstellen eines Replicas kann jetzt die neuesten Schreibvorgänge verlieren.</translation>
    </message>
    <message>
        <source>Bring back the nodes and pools of its replicas (see the replicas&apos; pools); the target resumes once %1 replicas reconnect. Do not delete replicas. The console cannot restore quorum itself.</source>
        <translation>Bringen Sie die Nodes und Pools seiner Replicas zurück (siehe die Pools der Replicas); das Target läuft weiter, sobald sich %1 Replicas wieder verbinden. Löschen Sie keine Replicas. Die Konsole kann das Quorum nicht selbst wiederherstellen.</translation>
    </message>
    <message>
        <source>Volume %1 is Degraded: its target counts %2 Healthy of %3 replicas.</source>
        <translation>Volume %1 ist Degraded: Sein Target zählt %2 Healthy von %3 Replicas.</translation>
    </message>
    <message numerus="yes">
        <source>Data and availability: it has fewer copies than it should; losing %n more replica(s) takes it Offline.</source>
        <translation>
            <numerusform>Daten und Verfügbarkeit: Es hat weniger Kopien als vorgesehen; der Verlust von %n weiteren Replica nimmt es Offline.</numerusform>
            <numerusform>Daten und Verfügbarkeit: Es hat weniger Kopien als vorgesehen; der Verlust von %n weiteren Replicas nimmt es Offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the replica that is not Healthy and bring its pool or node back; if that node is gone for good, move the replica to another pool once the volume is Healthy again, or add a pool to the volume&apos;s CVC (kubectl edit cvc %1 -n %2, spec.policy.replicaPoolInfo).</source>
        <translation>Finden Sie das Replica, das nicht Healthy ist, und bringen Sie seinen Pool oder Node zurück; ist dieser Node endgültig weg, verschieben Sie das Replica auf einen anderen Pool, sobald das Volume wieder Healthy ist, oder fügen Sie der CVC des Volumes einen Pool hinzu (kubectl edit cvc %1 -n %2, spec.policy.replicaPoolInfo).</translation>
    </message>
</context>
<context>
    <name>DoctorVerb</name>
    <message>
        <source>The verb.</source>
        <translation>Das Verb.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unbekanntes Argument: %1</translation>
    </message>
    <message>
        <source>No problems found in %1 namespace.</source>
        <translation>Keine Probleme im Namespace %1 gefunden.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>OBJECTS</source>
        <translation>OBJEKTE</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>ZUSAMMENFASSUNG</translation>
    </message>
    <message>
        <source>RISK</source>
        <translation>RISIKO</translation>
    </message>
    <message>
        <source>FIX</source>
        <translation>BEHEBUNG</translation>
    </message>
    <message>
        <source>Checks the health of the cStor pools and volumes of a cluster and prints what is wrong, worst first: for each finding its severity, the objects, what it risks, the kubectl commands that show it and the fix.
Exit codes: 0 nothing at Warning or worse, 1 findings at Warning or worse (or the cluster could not be read, or cStor objects were skipped because they could not be read, each named on stderr), 2 usage error.</source>
        <translation>Prüft den Zustand der cStor-Pools und -Volumes eines Clusters und gibt aus, was nicht stimmt, das Schlimmste zuerst: für jeden Befund seinen Schweregrad, die Objekte, was er riskiert, die kubectl-Befehle, die ihn zeigen, und die Behebung.
Exit-Codes: 0 nichts ab Warnung, 1 Befunde ab Warnung (oder der Cluster konnte nicht gelesen werden, oder cStor-Objekte wurden übersprungen, weil sie nicht gelesen werden konnten, jedes auf stderr genannt), 2 Aufruffehler.</translation>
    </message>
    <message numerus="yes">
        <source>error: %n object(s) skipped: they could not be read (see the warnings above); the rules did not check them</source>
        <translation>
            <numerusform>Fehler: %n Objekt übersprungen: es konnte nicht gelesen werden (siehe die Warnungen oben); die Regeln haben es nicht geprüft</numerusform>
            <numerusform>Fehler: %n Objekte übersprungen: sie konnten nicht gelesen werden (siehe die Warnungen oben); die Regeln haben sie nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Also warn of pools their capacity forecast puts at their read-only threshold within this time, e.g. 14d: asks the cluster&apos;s Prometheus for the pools&apos; history, as the forecast verb does.</source>
        <translation>Auch vor Pools warnen, die laut ihrer Kapazitätsprognose innerhalb dieser Zeit ihre Schreibschutzschwelle erreichen, z. B. 14d: fragt den Prometheus des Clusters nach dem Verlauf der Pools, wie das Verb forecast.</translation>
    </message>
    <message>
        <source>--read-only-horizon takes a duration such as 7d, 14d or 2w, not &quot;%1&quot;</source>
        <translation>--read-only-horizon erwartet eine Dauer wie 7d, 14d oder 2w, nicht „%1“</translation>
    </message>
    <message>
        <source>warning: no capacity forecast, so no read-only dates to check: %1</source>
        <translation>Warnung: keine Kapazitätsprognose, daher keine Schreibschutz-Termine zu prüfen: %1</translation>
    </message>
</context>
<context>
    <name>EvacuateVerb</name>
    <message>
        <source>error: node %1 is lost: its replicas cannot be moved off, only replaced; run `drain %1` on it alone first</source>
        <translation>Fehler: Node %1 ist verloren: Seine Replicas lassen sich nicht wegverschieben, nur ersetzen; führen Sie zuerst `drain %1` für diesen Node allein aus</translation>
    </message>
    <message>
        <source>The pools of %1 hold no replicas: nothing to move.
</source>
        <translation>Die Pools von %1 halten keine Replicas: nichts zu verschieben.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 emptied (or nothing to change in a dry run), 1 refused, failed or not emptied, 2 usage error.</source>
        <translation>Exit-Codes: 0 geleert (oder nichts zu ändern bei einem Probelauf), 1 abgelehnt, fehlgeschlagen oder nicht geleert, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Das Verb.</translation>
    </message>
    <message>
        <source>Moves every cStor replica off the pools of a node: the same as evacuate --node NODE.
</source>
        <translation>Verschiebt jedes cStor-Replica von den Pools eines Nodes: dasselbe wie evacuate --node NODE.
</translation>
    </message>
    <message>
        <source>A lost node (NotReady or gone) is recovered instead: each volume with a replica there gets a new replica on another pool, rebuilt from its Healthy replicas; volumes with no Healthy replica left are reported as lost and left alone; once no volume uses the node&apos;s pools, the steps that remove the dead pool are printed.
</source>
        <translation>Ein verlorener Node (NotReady oder verschwunden) wird stattdessen wiederhergestellt: jedes Volume mit einem Replica dort erhält ein neues Replica auf einem anderen Pool, aus seinen Healthy-Replicas neu aufgebaut; Volumes ohne Healthy-Replica werden als verloren gemeldet und nicht angefasst; sobald kein Volume mehr die Pools des Nodes nutzt, werden die Schritte ausgegeben, die den toten Pool entfernen.
</translation>
    </message>
    <message>
        <source>The node to move replicas off.</source>
        <translation>Der Node, von dem Replicas verschoben werden.</translation>
    </message>
    <message>
        <source>Moves every cStor replica off the pools of the nodes given with --node and off the pools given with --pool (a node going back to the vendor, a pool whose disks fail).
</source>
        <translation>Verschiebt jedes cStor-Replica von den Pools der mit --node angegebenen Nodes und von den mit --pool angegebenen Pools (ein Node, der an den Hersteller zurückgeht, ein Pool, dessen Platten ausfallen).
</translation>
    </message>
    <message>
        <source>A node whose pools to empty (repeat for several).</source>
        <translation>Ein Node, dessen Pools geleert werden sollen (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>A pool to empty (its CStorPoolInstance name; repeat for several).</source>
        <translation>Ein zu leerender Pool (sein CStorPoolInstance-Name; für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>The node to drain is missing: drain NODE</source>
        <translation>Der zu leerende Node fehlt: drain NODE</translation>
    </message>
    <message>
        <source>Unknown argument: %1 (name nodes with --node, pools with --pool)</source>
        <translation>Unbekanntes Argument: %1 (Nodes mit --node angeben, Pools mit --pool)</translation>
    </message>
    <message>
        <source>What to empty is missing: evacuate --node NODE... or --pool POOL...</source>
        <translation>Es fehlt, was geleert werden soll: evacuate --node NODE... oder --pool POOL...</translation>
    </message>
    <message>
        <source>error: no cStor pool runs on a node named %1 in namespace &quot;%2&quot;</source>
        <translation>Fehler: auf keinem Node namens %1 läuft ein cStor-Pool im Namespace „%2“</translation>
    </message>
    <message>
        <source>error: no cStor pool named %1 in namespace &quot;%2&quot;</source>
        <translation>Fehler: kein cStor-Pool namens %1 im Namespace „%2“</translation>
    </message>
    <message numerus="yes">
        <source>Evacuate %1: move %n replica(s), %2 to copy

</source>
        <translation>
            <numerusform>%1 räumen: %n Replica verschieben, %2 zu kopieren

</numerusform>
            <numerusform>%1 räumen: %n Replicas verschieben, %2 zu kopieren

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) have nowhere to go:</source>
        <translation>
            <numerusform>%n Replica kann nirgendwohin:</numerusform>
            <numerusform>%n Replicas können nirgendwohin:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error: refusing to evacuate %1: %n replica(s) have nowhere to go (%2). Add a pool on another node, or move or remove those replicas first.</source>
        <translation>
            <numerusform>Fehler: Räumen von %1 abgelehnt: %n Replica kann nirgendwohin (%2). Fügen Sie einen Pool auf einem anderen Node hinzu oder verschieben bzw. entfernen Sie dieses Replica zuerst.</numerusform>
            <numerusform>Fehler: Räumen von %1 abgelehnt: %n Replicas können nirgendwohin (%2). Fügen Sie einen Pool auf einem anderen Node hinzu oder verschieben bzw. entfernen Sie diese Replicas zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>error: refusing to evacuate %1: %2</source>
        <translation>Fehler: Räumen von %1 abgelehnt: %2</translation>
    </message>
    <message numerus="yes">
        <source>error: %1 still holds %n replica(s): %2</source>
        <translation>
            <numerusform>Fehler: %1 hält noch %n Replica: %2</numerusform>
            <numerusform>Fehler: %1 hält noch %n Replicas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans every move at once: each replica goes to the pool of its pool cluster with the most free space once the moves already planned land, never to a node that holds a replica of the same volume, never past a pool&apos;s read-only threshold, only to ONLINE, writable pools on live nodes, a clone only to a pool holding its source, and never beside a volume with the same openebs.io/replica-anti-affinity label. Shows the plan with each pool&apos;s capacity before and after, and asks unless --yes is given. The moves then run as a queue within the caps, and the verb waits until every move has ended (--wait is accepted and changes nothing); Ctrl-C pauses the queue: the moves running then finish and the others stay in the journal for `cstor-console queue resume`. Moves left running in the journal are resumed first; a plan is refused while the journal&apos;s queue holds moves waiting to start.
</source>
        <translation>Plant alle Verschiebungen auf einmal: Jedes Replica geht in den Pool seines Pool-Clusters mit dem meisten freien Platz, sobald die bereits geplanten Verschiebungen angekommen sind, nie auf einen Node, der ein Replica desselben Volumes hält, nie über die Schreibschutzschwelle eines Pools hinaus, nur in ONLINE, beschreibbare Pools auf lebenden Nodes, ein Klon nur in einen Pool, der seine Quelle hält, und nie neben ein Volume mit demselben Label openebs.io/replica-anti-affinity. Zeigt den Plan mit der Kapazität jedes Pools vorher und nachher und fragt nach, außer wenn --yes angegeben ist. Die Verschiebungen laufen dann als Warteschlange innerhalb der Obergrenzen, und das Verb wartet, bis jede Verschiebung beendet ist (--wait wird akzeptiert und ändert nichts); Ctrl-C pausiert die Warteschlange: Die dann laufenden Verschiebungen werden beendet, die anderen bleiben im Journal für `cstor-console queue resume`. Im Journal noch laufende Verschiebungen werden zuerst fortgesetzt; ein Plan wird abgelehnt, solange die Warteschlange des Journals Verschiebungen hält, die auf ihren Start warten.
</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUME</translation>
    </message>
    <message>
        <source>EFFECT</source>
        <translation>AUSWIRKUNG</translation>
    </message>
    <message>
        <source>HEALTHY LEFT</source>
        <translation>GESUND ÜBRIG</translation>
    </message>
    <message>
        <source>REPLACEMENT</source>
        <translation>ERSATZ</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>GRUND</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds replicas (another console moved some there, or a move failed): planning %n more move(s), round %2 of %3.
</source>
        <translation>
            <numerusform>%1 enthält noch Replicas (eine andere Konsole hat welche dorthin verschoben, oder eine Verschiebung schlug fehl): plane %n weitere Verschiebung, Runde %2 von %3.
</numerusform>
            <numerusform>%1 enthält noch Replicas (eine andere Konsole hat welche dorthin verschoben, oder eine Verschiebung schlug fehl): plane %n weitere Verschiebungen, Runde %2 von %3.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Not cordoned: %1. Cordon them (kubectl cordon NODE) so that no plan, of this console or another, puts replicas back on them.

</source>
        <translation>Nicht abgesperrt: %1. Sperren Sie sie ab (kubectl cordon NODE), damit kein Plan, weder dieser noch der einer anderen Konsole, wieder Replicas darauf legt.

</translation>
    </message>
</context>
<context>
    <name>FollowDisksVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>Nur den Plan zeigen; nichts ändern.</translation>
    </message>
    <message>
        <source>Do not ask before editing the CSPC.</source>
        <translation>Vor der Änderung des CSPC nicht nachfragen.</translation>
    </message>
    <message>
        <source>Wait until the pool is ONLINE on its new node (always done; for scripts written for kubectl-like tools).</source>
        <translation>Warten, bis der Pool auf seinem neuen Knoten ONLINE ist (geschieht immer; für Skripte, die für kubectl-ähnliche Werkzeuge geschrieben sind).</translation>
    </message>
    <message>
        <source>The pool whose disks moved is missing: follow-disks POOL</source>
        <translation>Der Pool, dessen Festplatten umgezogen sind, fehlt: follow-disks POOL</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Das Verb.</translation>
    </message>
    <message>
        <source>The pool (its CStorPoolInstance name).</source>
        <translation>Der Pool (der Name seiner CStorPoolInstance).</translation>
    </message>
    <message>
        <source>Pool %1 (node %2, CStorPoolCluster %3): %4
</source>
        <translation>Pool %1 (Knoten %2, CStorPoolCluster %3): %4
</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Disks: %1
</source>
        <translation>Festplatten: %1
</translation>
    </message>
    <message>
        <source>Nothing to do: %1.
</source>
        <translation>Nichts zu tun: %1.
</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names node %2 already; following the pool there.
</source>
        <translation>CStorPoolCluster %1 nennt bereits Knoten %2; der Pool wird dorthin verfolgt.
</translation>
    </message>
    <message>
        <source>Refused: %1.
</source>
        <translation>Abgelehnt: %1.
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>Was Sie tun können:
</translation>
    </message>
    <message>
        <source>Point pool %1 at node %2, where all of its disks are.
</source>
        <translation>Pool %1 auf Knoten %2 ausrichten, wo alle seine Festplatten liegen.
</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (JSON patch): %2
</source>
        <translation>Die Änderung von CStorPoolCluster %1 (JSON-Patch): %2
</translation>
    </message>
    <message>
        <source>Then the CSPC operator moves the pool&apos;s pod to %1, the pool is imported there and its replicas serve again; its label kubernetes.io/hostname is set to %1 last.
</source>
        <translation>Dann verlegt der CSPC-Operator den Pod des Pools nach %1, der Pool wird dort importiert und seine Replikate dienen wieder; zuletzt wird sein Label kubernetes.io/hostname auf %1 gesetzt.
</translation>
    </message>
    <message>
        <source>pool %1 cannot be pointed at its disks; nothing was changed.</source>
        <translation>Pool %1 kann nicht auf seine Festplatten ausgerichtet werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Brings back a cStor pool whose disks now sit on another node (its node was replaced by a new one, or the disks were moved): points the pool&apos;s spec in its CStorPoolCluster at the node that has all of its disks, guarded against a stale read, then follows the CSPC operator and the pool&apos;s import there until it is ONLINE, and sets the pool&apos;s kubernetes.io/hostname label. Another pool spec of the cluster that names a gone node, whose pool&apos;s disks sit together on another node, is pointed there in the same edit (the webhook refuses any edit while a pool spec names a gone node) and followed in turn. Refused, with what to do, when the disks are on several nodes, that node is not Ready, cordoned or has another pool of the cluster, or the cluster has a pool not provisioned or a pool spec naming a gone node whose pool cannot follow its disks. Run again to follow a pool under way. Shows the plan first and asks unless --yes is given.
Exit codes: 0 nothing to do or done, 1 refused, failed, or a dry run with an edit to make, 2 usage error.</source>
        <translation>Holt einen cStor-Pool zurück, dessen Festplatten jetzt an einem anderen Knoten liegen (sein Knoten wurde durch einen neuen ersetzt, oder die Festplatten wurden umgesteckt): richtet die Spezifikation des Pools in seinem CStorPoolCluster auf den Knoten aus, der alle seine Festplatten hat, geschützt gegen veraltete Lesevorgänge, verfolgt dann den CSPC-Operator und den Import des Pools dort, bis er ONLINE ist, und setzt das Label kubernetes.io/hostname des Pools. Eine andere Pool-Spezifikation des Clusters, die einen verschwundenen Knoten nennt und deren Pool-Festplatten zusammen an einem anderen Knoten liegen, wird in derselben Änderung dorthin ausgerichtet (der Webhook lehnt jede Änderung ab, solange eine Pool-Spezifikation einen verschwundenen Knoten nennt) und danach verfolgt. Abgelehnt, mit dem, was zu tun ist, wenn die Festplatten an mehreren Knoten liegen, dieser Knoten nicht Ready, abgesperrt (cordoned) ist oder schon einen Pool des Clusters hat, oder wenn der Cluster einen nicht bereitgestellten Pool oder eine Pool-Spezifikation mit einem verschwundenen Knoten hat, deren Pool seinen Festplatten nicht folgen kann. Erneut ausführen, um einen laufenden Vorgang zu verfolgen. Zeigt zuerst den Plan und fragt nach, außer mit --yes.
Exit-Codes: 0 nichts zu tun oder erledigt, 1 abgelehnt, fehlgeschlagen oder Probelauf mit einer anstehenden Änderung, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>In the same edit, point pool %1 (node %2, gone) at node %3, where all of its disks are: the webhook refuses any edit while a pool spec names a gone node.
</source>
        <translation>In derselben Änderung Pool %1 (Knoten %2, verschwunden) auf Knoten %3 ausrichten, wo alle seine Festplatten sind: Der Webhook lehnt jede Änderung ab, solange eine Pool-Spezifikation einen verschwundenen Knoten nennt.
</translation>
    </message>
    <message>
        <source>The same follows for each pool of the edit, in turn.
</source>
        <translation>Dasselbe folgt nacheinander für jeden Pool der Änderung.
</translation>
    </message>
</context>
<context>
    <name>ForecastVerb</name>
    <message>
        <source>The verb.</source>
        <translation>Das Verb.</translation>
    </message>
    <message>
        <source>Only the pools of this CStorPoolCluster.</source>
        <translation>Nur die Pools dieses CStorPoolCluster.</translation>
    </message>
    <message>
        <source>How far ahead to forecast, e.g. 7d, 30d, 90d (default 30d): later dates print as &quot;&gt; N days&quot;, and the pools that reach read-only within it are named on stderr.</source>
        <translation>Wie weit im Voraus prognostiziert wird, z. B. 7d, 30d, 90d (Standard 30d): spätere Termine werden als „&gt; N Tage“ ausgegeben, und die Pools, die innerhalb dieser Zeit schreibgeschützt werden, werden auf stderr genannt.</translation>
    </message>
    <message>
        <source>How much history to fit, e.g. 14d, 30d (default), 90d.</source>
        <translation>Wie viel Verlauf für die Anpassung verwendet wird, z. B. 14d, 30d (Standard), 90d.</translation>
    </message>
    <message>
        <source>The cluster&apos;s Prometheus Service, instead of looking for it.</source>
        <translation>Der Prometheus-Service des Clusters, statt nach ihm zu suchen.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unbekanntes Argument: %1</translation>
    </message>
    <message>
        <source>--horizon and --history take a duration such as 7d, 30d, 12w or 48h, not &quot;%1&quot;</source>
        <translation>--horizon und --history erwarten eine Dauer wie 7d, 30d, 12w oder 48h, nicht „%1“</translation>
    </message>
    <message>
        <source>--prometheus: %1</source>
        <translation>--prometheus: %1</translation>
    </message>
    <message>
        <source>error: no CStorPoolInstances in namespace %1</source>
        <translation>Fehler: keine CStorPoolInstances im Namespace %1</translation>
    </message>
    <message>
        <source>error: no CStorPoolInstances of CStorPoolCluster %1 in namespace %2</source>
        <translation>Fehler: keine CStorPoolInstances des CStorPoolCluster %1 im Namespace %2</translation>
    </message>
    <message>
        <source>error: no forecast: %1</source>
        <translation>Fehler: keine Prognose: %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n pool(s) reach their read-only threshold within %1 days: %2</source>
        <translation>
            <numerusform>Warnung: %n Pool erreicht innerhalb von %1 Tagen seine Schreibschutzschwelle: %2</numerusform>
            <numerusform>Warnung: %n Pools erreichen innerhalb von %1 Tagen ihre Schreibschutzschwelle: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: no forecast for %n pool(s): %1</source>
        <translation>
            <numerusform>Warnung: keine Prognose für %n Pool: %1</numerusform>
            <numerusform>Warnung: keine Prognose für %n Pools: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>POOL</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>BELEGT</translation>
    </message>
    <message>
        <source>GROWTH/DAY</source>
        <translation>WACHSTUM/TAG</translation>
    </message>
    <message>
        <source>TO 80%</source>
        <translation>BIS 80%</translation>
    </message>
    <message>
        <source>TO READ-ONLY</source>
        <translation>BIS SCHREIBSCHUTZ</translation>
    </message>
    <message>
        <source>POOL CLUSTER</source>
        <translation>POOL-CLUSTER</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>SCHWELLE</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>VERLAUF</translation>
    </message>
    <message>
        <source>STEPS IGNORED</source>
        <translation>IGNORIERTE SPRÜNGE</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>kein Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecasts when each cStor pool reaches 80 % used and its read-only threshold (roThresholdLimit), soonest first, from the history the cluster&apos;s Prometheus keeps of the cStor pool exporters (openebs_used_pool_capacity, openebs_pool_size). Prometheus is reached through the API server&apos;s service proxy with the context&apos;s credentials; without --prometheus it is found as Lens finds it (%1). Without a history from Prometheus, the forecast falls back to the hourly samples the console&apos;s window keeps of this context and namespace while it runs (five weeks; 48 hours at least), and says so.
Method: %2: the growth is the mean of the hourly increments over the last whole weeks once the steps are taken out (a replica moved in or out arrives at once: it is a step, not growth); the range in brackets is where growth two standard errors faster or slower would put the date.
Exit codes: 0 forecasts made, 1 no history of these pools from Prometheus or kept by the console (or the cluster could not be read), 2 usage error.</source>
        <translation>Prognostiziert, wann jeder cStor-Pool 80 % Belegung und seine Schreibschutzschwelle (roThresholdLimit) erreicht, den frühesten zuerst, aus dem Verlauf, den der Prometheus des Clusters von den cStor-Pool-Exportern speichert (openebs_used_pool_capacity, openebs_pool_size). Prometheus wird über den Service-Proxy des API-Servers mit den Anmeldedaten des Kontexts erreicht; ohne --prometheus wird er so gefunden, wie Lens ihn findet (%1). Ohne Verlauf aus Prometheus greift die Prognose auf die stündlichen Messwerte zurück, die das Fenster der Konsole von diesem Kontext und Namespace aufbewahrt, solange es läuft (fünf Wochen; mindestens 48 Stunden), und sagt das.
Methode: %2: Das Wachstum ist der Mittelwert der stündlichen Zuwächse über die letzten vollen Wochen, nachdem die Sprünge herausgerechnet sind (ein hinein- oder hinausverschobenes Replikat kommt auf einmal an: das ist ein Sprung, kein Wachstum); der Bereich in Klammern ist das Datum, das sich bei einem um zwei Standardfehler schnelleren oder langsameren Wachstum ergäbe.
Exit-Codes: 0 Prognosen erstellt, 1 kein Verlauf dieser Pools aus Prometheus oder von der Konsole aufbewahrt (oder der Cluster konnte nicht gelesen werden), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>note: the history is %1 of context %2, not Prometheus&apos;s: %3</source>
        <translation>Hinweis: Der Verlauf sind %1 von Kontext %2, nicht die von Prometheus: %3</translation>
    </message>
    <message>
        <source>%1; and %2 cannot be read: %3</source>
        <translation>%1; und %2 kann nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>GetVerb</name>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;: %3</source>
        <translation>Warnung: %1 „%2“ wird übersprungen: %3</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <source>CSPC</source>
        <translation>CSPC</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>BELEGT</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>FREI</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>KAPAZITÄT</translation>
    </message>
    <message>
        <source>READONLY</source>
        <translation>SCHREIBGESCHÜTZT</translation>
    </message>
    <message>
        <source>PROVISIONED</source>
        <translation>BEREITGESTELLT</translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation>GESUND</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUME</translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>POOL</translation>
    </message>
    <message>
        <source>ALLOCATED</source>
        <translation>ZUGEWIESEN</translation>
    </message>
    <message>
        <source>DESIRED</source>
        <translation>GEWÜNSCHT</translation>
    </message>
    <message>
        <source>CLAIM</source>
        <translation>CLAIM</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Das Verb.</translation>
    </message>
    <message>
        <source>%1 in namespace &quot;%2&quot;</source>
        <translation>%1 im Namespace „%2“</translation>
    </message>
    <message>
        <source>No resources found in %1 namespace.</source>
        <translation>Keine Ressourcen im Namespace %1 gefunden.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>READONLY-AT</source>
        <translation>SCHREIBSCHUTZ-AB</translation>
    </message>
    <message>
        <source>REPLICA-ID</source>
        <translation>REPLICA-ID</translation>
    </message>
    <message>
        <source>CLONE-OF</source>
        <translation>KLON-VON</translation>
    </message>
    <message>
        <source>RF/CF</source>
        <translation>RF/CF</translation>
    </message>
    <message>
        <source>POOLS</source>
        <translation>POOLS</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>SCHRITT</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON WEM</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WO</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>BEGONNEN</translation>
    </message>
    <message>
        <source>HEARD</source>
        <translation>GEMELDET</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SILENT</source>
        <translation>STILL</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>pools (CStorPoolInstances), replicas (CStorVolumeReplicas), volumes (CStorVolumeConfigs with their CStorVolumes) or moves (the %1 annotations of the CStorVolumeConfigs: who moves which replica, and when their console last renewed it).</source>
        <translation>pools (CStorPoolInstances), replicas (CStorVolumeReplicas), volumes (CStorVolumeConfigs mit ihren CStorVolumes) oder moves (die Annotationen %1 der CStorVolumeConfigs: wer welche Replica verschiebt und wann seine Konsole den Vermerk zuletzt erneuert hat).</translation>
    </message>
    <message>
        <source>What to get is missing: pools, replicas, volumes or moves.</source>
        <translation>Was abgerufen werden soll, fehlt: pools, replicas, volumes oder moves.</translation>
    </message>
    <message>
        <source>Cannot get &quot;%1&quot;: use pools, replicas, volumes or moves.</source>
        <translation>„%1“ kann nicht abgerufen werden: verwenden Sie pools, replicas, volumes oder moves.</translation>
    </message>
    <message>
        <source>Lists the cStor pools, volume replicas or volumes of a cluster, or the replica moves consoles run on it.
Exit codes: 0 listed, 1 refused or failed, or objects skipped because they could not be read (each named on stderr with what is wrong; the others are listed), 2 usage error.</source>
        <translation>Listet die cStor-Pools, Volume-Replicas oder Volumes eines Clusters auf, oder die Replica-Verschiebungen, die Konsolen darauf ausführen.
Exit-Codes: 0 aufgelistet, 1 abgelehnt oder fehlgeschlagen, oder Objekte übersprungen, weil sie nicht gelesen werden konnten (jedes auf stderr genannt mit dem, was nicht stimmt; die übrigen werden aufgelistet), 2 Aufruffehler.</translation>
    </message>
    <message numerus="yes">
        <source>error: %n object(s) skipped: they could not be read (see the warnings above); the list is incomplete</source>
        <translation>
            <numerusform>Fehler: %n Objekt übersprungen: es konnte nicht gelesen werden (siehe die Warnungen oben); die Liste ist unvollständig</numerusform>
            <numerusform>Fehler: %n Objekte übersprungen: sie konnten nicht gelesen werden (siehe die Warnungen oben); die Liste ist unvollständig</numerusform>
        </translation>
    </message>
    <message>
        <source>PVC</source>
        <translation>PVC</translation>
    </message>
    <message>
        <source>USED-BY</source>
        <translation>GENUTZT-VON</translation>
    </message>
    <message>
        <source>warning: who uses the volumes is not known: %1</source>
        <translation>Warnung: Wer die Volumes nutzt, ist nicht bekannt: %1</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>  or:  %1 VERB [ARGUMENTS] [options]
</source>
        <translation>  oder:  %1 VERB [ARGUMENTE] [Optionen]
</translation>
    </message>
    <message>
        <source>Desktop console for OpenEBS cStor storage</source>
        <translation>Desktop-Konsole für OpenEBS-cStor-Speicher</translation>
    </message>
    <message>
        <source>Run on a built-in simulated cluster (no cluster needed; changes affect only the simulation).</source>
        <translation>Auf einem eingebauten simulierten Cluster laufen (kein Cluster nötig; Änderungen betreffen nur die Simulation).</translation>
    </message>
    <message>
        <source>The kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).</source>
        <translation>Die kubeconfig-Datei (Standard: $KUBECONFIG, sonst ~/.kube/config).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: the current one).</source>
        <translation>Der kubeconfig-Kontext (Standard: der aktuelle).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (default: the context&apos;s, else openebs).</source>
        <translation>Der Namespace, in dem cStor läuft (Standard: der des Kontexts, sonst openebs).</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>How fast time runs in the demo cluster (simulated seconds per second, default 5).</source>
        <translation>Wie schnell die Zeit im Demo-Cluster läuft (simulierte Sekunden pro Sekunde, Standard 5).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Save a picture of the window as FILE (PNG) once the cluster is shown, then exit.</source>
        <translation>Ein Bild des Fensters als DATEI (PNG) speichern, sobald der Cluster angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unbekanntes Argument: %1</translation>
    </message>
    <message>
        <source>--demo-speed needs a number of 0 or more</source>
        <translation>--demo-speed braucht eine Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>Demo-Cluster</translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>Der Demo-Cluster konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The cluster was not shown within a minute; no picture.</source>
        <translation>Der Cluster wurde nicht innerhalb einer Minute angezeigt; kein Bild.</translation>
    </message>
    <message>
        <source>
Environment:
  KUBECONFIG
      The kubeconfig files, separated by &apos;:&apos; and merged as kubectl merges
      them; used when --kubeconfig is not given.
  CSTOR_LANGUAGE
      The language to speak (e.g. de) instead of the setting or the system&apos;s.
</source>
        <translation>
Umgebung:
  KUBECONFIG
      Die kubeconfig-Dateien, durch &apos;:&apos; getrennt und zusammengeführt wie kubectl
      sie zusammenführt; verwendet, wenn --kubeconfig nicht angegeben ist.
  CSTOR_LANGUAGE
      Die zu sprechende Sprache (z. B. de) statt der Einstellung oder der des Systems.
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>
Exit-Codes: 0 erledigt, 1 abgelehnt oder fehlgeschlagen, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>error: the window needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set. Without one, use a verb: cstor-console get pools, cstor-console doctor, cstor-console --help.</source>
        <translation>Fehler: Das Fenster braucht eine Anzeige, und weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt. Ohne Anzeige ein Verb verwenden: cstor-console get pools, cstor-console doctor, cstor-console --help.</translation>
    </message>
    <message>
        <source>
Files:
  ~/.kube/config
      The kubeconfig when neither --kubeconfig nor KUBECONFIG names one.
  ~/.config/cstor-console/cstor-console.conf
      The settings: window layout per context, the kubeconfig chosen in the
      window.
  ~/.local/share/cstor-console/migrations.jsonl
      The migration journal, from which unfinished moves are resumed.
  ~/.local/share/cstor-console/audit.jsonl
      The audit log of every move, evacuation and recovery.
  ~/.local/share/cstor-console/recoveries.jsonl
      The journal of the steps recover took.
</source>
        <translation>
Dateien:
  ~/.kube/config
      Die kubeconfig, wenn weder --kubeconfig noch KUBECONFIG eine nennt.
  ~/.config/cstor-console/cstor-console.conf
      Die Einstellungen: Fensteranordnung je Kontext, die im Fenster gewählte
      kubeconfig.
  ~/.local/share/cstor-console/migrations.jsonl
      Das Migrations-Journal, aus dem unvollendete Verschiebungen fortgesetzt werden.
  ~/.local/share/cstor-console/audit.jsonl
      Das Audit-Log jeder Verschiebung, jeder Räumung und jeder Wiederherstellung.
  ~/.local/share/cstor-console/recoveries.jsonl
      Das Journal der Schritte, die recover ausgeführt hat.
</translation>
    </message>
</context>
<context>
    <name>Items::ClaimedMoveListModel</name>
    <message>
        <source>Select a move started by another console</source>
        <translation>Wählen Sie eine Verschiebung, die eine andere Konsole begonnen hat</translation>
    </message>
    <message>
        <source>Its console was heard %1 ago; a move may be adopted once its console has been silent for %2 (or its process on this host is gone)</source>
        <translation>Ihre Konsole hat sich vor %1 gemeldet; eine Verschiebung kann übernommen werden, sobald ihre Konsole %2 lang geschwiegen hat (oder ihr Prozess auf diesem Host beendet ist)</translation>
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation>%1, PID %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1 ago (silent)</source>
        <translation>vor %1 (still)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>Von Pool</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>Nach Pool</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Verschoben von</translation>
    </message>
    <message>
        <source>Console (host, pid)</source>
        <translation>Konsole (Host, PID)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Zuletzt gemeldet</translation>
    </message>
</context>
<context>
    <name>Items::EventModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Items::FindingModel</name>
    <message>
        <source>%1

Risk: %2

Fix: %3</source>
        <translation>%1

Risiko: %2

Behebung: %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
</context>
<context>
    <name>Items::HealthRules</name>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Items::IoText</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 · %2 IOPS</source>
        <translation>%1 · %2 IOPS</translation>
    </message>
    <message>
        <source>no I/O known (the cluster&apos;s Prometheus has none of its exporter&apos;s series)</source>
        <translation>keine I/O bekannt (der Prometheus des Clusters hat keine der Zeitreihen seines Exporters)</translation>
    </message>
    <message>
        <source>read %1, write %2, %3 operations a second (the last hour)</source>
        <translation>Lesen %1, Schreiben %2, %3 Operationen pro Sekunde (letzte Stunde)</translation>
    </message>
</context>
<context>
    <name>Items::KeptForecast</name>
    <message numerus="yes">
        <source>%1; and this console has kept %n hour(s) of its own samples of the pools, of the %2 a forecast needs</source>
        <translation>
            <numerusform>%1; und diese Konsole hat %n Stunde eigener Messwerte der Pools aufbewahrt, von den %2, die eine Prognose braucht</numerusform>
            <numerusform>%1; und diese Konsole hat %n Stunden eigener Messwerte der Pools aufbewahrt, von den %2, die eine Prognose braucht</numerusform>
        </translation>
    </message>
    <message>
        <source>Prometheus %1</source>
        <translation>Prometheus %1</translation>
    </message>
    <message>
        <source>this console&apos;s own hourly samples (not Prometheus: %1)</source>
        <translation>den eigenen stündlichen Messwerten dieser Konsole (nicht Prometheus: %1)</translation>
    </message>
    <message>
        <source>this console&apos;s own hourly samples</source>
        <translation>den eigenen stündlichen Messwerten dieser Konsole</translation>
    </message>
</context>
<context>
    <name>Items::MigrationListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Progress is an estimate: the new replica&apos;s used space against a healthy peer&apos;s, cross-checked with their snapshots.</source>
        <translation>Der Fortschritt ist eine Schätzung: der belegte Platz des neuen Replicas gegenüber dem eines gesunden Peers, abgeglichen mit ihren Snapshots.</translation>
    </message>
    <message>
        <source>~%1%</source>
        <translation>~%1 %</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>stockt</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>Von Pool</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>Nach Pool</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Progress (est.)</source>
        <translation>Fortschritt (geschätzt)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
</context>
<context>
    <name>Items::NodeModel</name>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n nicht gesund</numerusform>
            <numerusform>%n nicht gesund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n im Neuaufbau</numerusform>
            <numerusform>%n im Neuaufbau</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replicas</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>NotReady</translation>
    </message>
</context>
<context>
    <name>Items::PoolModel</name>
    <message>
        <source>(not reported)</source>
        <translation>(nicht gemeldet)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 healthy of %2 provisioned replicas</source>
        <translation>%1 gesund von %2 bereitgestellten Replicas</translation>
    </message>
    <message>
        <source>The pool is read-only: it has reached its threshold of %1 % used, so its replicas accept no writes.</source>
        <translation>Der Pool ist schreibgeschützt: Er hat seine Schwelle von %1 % Belegung erreicht, daher nehmen seine Replicas keine Schreibvorgänge an.</translation>
    </message>
    <message>
        <source>%1 used of %2 (read-only at %3 %)</source>
        <translation>%1 von %2 belegt (schreibgeschützt ab %3 %)</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replicas</translation>
    </message>
    <message>
        <source>Pool cluster</source>
        <translation>Pool-Cluster</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>PoolLost: import fails</source>
        <translation>PoolLost: Import schlägt fehl</translation>
    </message>
    <message>
        <source>The pool-manager on %1 fails to import this pool (condition PoolLost): its disks are gone or attached to another node. %2 is the last phase it wrote. The Health dock (Alt+9) says what to do.</source>
        <translation>Der Pool-Manager auf %1 kann diesen Pool nicht importieren (Bedingung PoolLost): Seine Festplatten sind weg oder an einem anderen Knoten angeschlossen. %2 ist die letzte Phase, die er geschrieben hat. Das Health-Dock (Alt+9) sagt, was zu tun ist.</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>Recent I/O of the pool&apos;s replicas: %1.</source>
        <translation>Aktuelle I/O der Replikate des Pools: %1.</translation>
    </message>
    <message>
        <source>Busiest volumes: %1</source>
        <translation>Aktivste Volumes: %1</translation>
    </message>
    <message>
        <source>No forecast yet: the history comes from the cluster&apos;s Prometheus.</source>
        <translation>Noch keine Prognose: Der Verlauf kommt vom Prometheus des Clusters.</translation>
    </message>
    <message>
        <source>No forecast: %1</source>
        <translation>Keine Prognose: %1</translation>
    </message>
    <message>
        <source>No forecast for this pool: %1</source>
        <translation>Keine Prognose für diesen Pool: %1</translation>
    </message>
    <message>
        <source>At or past its read-only threshold of %1 %.</source>
        <translation>Auf oder über seiner Schreibschutzschwelle von %1 %.</translation>
    </message>
    <message>
        <source>Read-only (%1 %) in about %2 days, between %3 and %4.</source>
        <translation>Schreibgeschützt (%1 %) in etwa %2 Tagen, zwischen %3 und %4.</translation>
    </message>
    <message>
        <source>Not growing: no read-only date.</source>
        <translation>Wächst nicht: kein Schreibschutz-Termin.</translation>
    </message>
    <message>
        <source>Over 80 % used.</source>
        <translation>Über 80 % belegt.</translation>
    </message>
    <message>
        <source>80 % used in about %1 days.</source>
        <translation>80 % belegt in etwa %1 Tagen.</translation>
    </message>
    <message numerus="yes">
        <source>Growth %1 a day over the last %n day(s) of history from %2 (%3; %4 step(s) from moves left out).</source>
        <translation>
            <numerusform>Wachstum %1 pro Tag über den letzten %n Tag des Verlaufs aus %2 (%3; %4 Sprünge durch Verschiebungen herausgerechnet).</numerusform>
            <numerusform>Wachstum %1 pro Tag über die letzten %n Tage des Verlaufs aus %2 (%3; %4 Sprünge durch Verschiebungen herausgerechnet).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Items::ReadOnlyDays</name>
    <message>
        <source>not growing</source>
        <translation>wächst nicht</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>in ~%n day(s)</source>
        <translation>
            <numerusform>in ~%n Tag</numerusform>
            <numerusform>in ~%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&gt; %n day(s)</source>
        <translation>
            <numerusform>&gt; %n Tag</numerusform>
            <numerusform>&gt; %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in ~%n day(s) (%1–%2)</source>
        <translation>
            <numerusform>in ~%n Tag (%1–%2)</numerusform>
            <numerusform>in ~%n Tagen (%1–%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Items::ReplicaModel</name>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · veraltet</translation>
    </message>
    <message>
        <source>~%1 %</source>
        <translation>~%1 %</translation>
    </message>
    <message>
        <source>%1 (+%2 pending)</source>
        <translation>%1 (+%2 ausstehend)</translation>
    </message>
    <message>
        <source>No status update since %1: the pool&apos;s node may be down, so the phase shown may no longer be true.</source>
        <translation>Keine Statusmeldung seit %1: Der Node des Pools ist womöglich ausgefallen, die angezeigte Phase stimmt daher vielleicht nicht mehr.</translation>
    </message>
    <message>
        <source>Estimated from the data copied so far against a healthy replica of the same volume; cStor reports no progress itself.</source>
        <translation>Geschätzt aus den bisher kopierten Daten gegenüber einem gesunden Replica desselben Volumes; cStor meldet selbst keinen Fortschritt.</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replica</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>Neu aufgebaut</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>Items::VolumeModel</name>
    <message>
        <source>(no target yet)</source>
        <translation>(noch kein Target)</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(nicht gemeldet)</translation>
    </message>
    <message>
        <source>%1 of %2 healthy</source>
        <translation>%1 von %2 gesund</translation>
    </message>
    <message numerus="yes">
        <source>, %n rebuilding</source>
        <translation>
            <numerusform>, %n im Neuaufbau</numerusform>
            <numerusform>, %n im Neuaufbau</numerusform>
        </translation>
    </message>
    <message>
        <source> (scaling %1 → %2)</source>
        <translation> (Skalierung %1 → %2)</translation>
    </message>
    <message>
        <source>Replication factor %1, desired %2, consistency factor %3; %4 replica objects seen</source>
        <translation>Replikationsfaktor %1, gewünscht %2, Konsistenzfaktor %3; %4 Replica-Objekte gesehen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replicas</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Pool cluster</source>
        <translation>Pool-Cluster</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>%1/%2: %3, not scheduled</source>
        <translation>%1/%2: %3, nicht eingeplant</translation>
    </message>
    <message>
        <source>%1/%2 on %3: %4</source>
        <translation>%1/%2 auf %3: %4</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <source>Recent I/O of the volume at its target: %1.</source>
        <translation>Aktuelle I/O des Volumes an seinem Target: %1.</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
</context>
<context>
    <name>Kube::ClusterConfig</name>
    <message>
        <source>cluster %1: certificate-authority holds no PEM certificate</source>
        <translation>Cluster %1: certificate-authority enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>user %1: client-certificate or client-key cannot be read</source>
        <translation>Benutzer %1: client-certificate oder client-key kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>user %1: x509: the client certificate has expired (it was valid until %2); renew it</source>
        <translation>Benutzer %1: x509: Das Client-Zertifikat ist abgelaufen (es war gültig bis %2); erneuern Sie es</translation>
    </message>
</context>
<context>
    <name>Kube::ExecCredentials</name>
    <message>
        <source>user &quot;%1&quot;: command must be specified to use exec authentication plugin (users[].user.exec.command)</source>
        <translation>Benutzer „%1“: command muss angegeben sein, um das Exec-Authentifizierungs-Plugin zu verwenden (users[].user.exec.command)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: apiVersion must be specified to use exec authentication plugin (users[].user.exec.apiVersion)</source>
        <translation>Benutzer „%1“: apiVersion muss angegeben sein, um das Exec-Authentifizierungs-Plugin zu verwenden (users[].user.exec.apiVersion)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec plugin: invalid apiVersion &quot;%2&quot; (use %3 or %4)</source>
        <translation>Benutzer „%1“: Exec-Plugin: ungültige apiVersion „%2“ (verwenden Sie %3 oder %4)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: interactiveMode must be specified to use exec authentication plugin with %2 (Never, IfAvailable or Always)</source>
        <translation>Benutzer „%1“: interactiveMode muss angegeben sein, um das Exec-Authentifizierungs-Plugin mit %2 zu verwenden (Never, IfAvailable oder Always)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: invalid interactiveMode &quot;%2&quot; for exec authentication plugin (Never, IfAvailable or Always)</source>
        <translation>Benutzer „%1“: ungültiger interactiveMode „%2“ für das Exec-Authentifizierungs-Plugin (Never, IfAvailable oder Always)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: env variable name must be specified for exec authentication plugin</source>
        <translation>Benutzer „%1“: Für das Exec-Authentifizierungs-Plugin muss der Name der env-Variable angegeben sein</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: %1</source>
        <translation>Exec-Plugin: Dekodieren von stdout: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>Das Exec-Plugin ist für API-Version %1 konfiguriert, das Plugin lieferte Version %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: kind is &quot;%1&quot;, not ExecCredential</source>
        <translation>Exec-Plugin: Dekodieren von stdout: kind ist „%1“, nicht ExecCredential</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation>Das Exec-Plugin hat kein status-Feld geliefert</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>Das Exec-Plugin hat nur Zertifikat oder Schlüssel geliefert, nicht beides</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation>Das Exec-Plugin hat weder ein Token noch ein Zertifikat/Schlüssel-Paar geliefert</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: expirationTimestamp &quot;%1&quot; is not an RFC 3339 time</source>
        <translation>Exec-Plugin: Dekodieren von stdout: expirationTimestamp „%1“ ist keine RFC-3339-Zeit</translation>
    </message>
</context>
<context>
    <name>Kube::ExecPlugin</name>
    <message>
        <source>user &quot;%1&quot;: the exec credential plugin %2 needs a terminal (interactiveMode: Always), which a desktop application does not have; sign in with the plugin in a terminal first, or set interactiveMode to IfAvailable or Never if it can work without one</source>
        <translation>Benutzer „%1“: Das Exec-Credential-Plugin %2 braucht ein Terminal (interactiveMode: Always), das eine Desktop-Anwendung nicht hat; melden Sie sich zuerst in einem Terminal mit dem Plugin an oder setzen Sie interactiveMode auf IfAvailable oder Never, falls es ohne auskommt</translation>
    </message>
    <message>
        <source>exec: executable %1 not found</source>
        <translation>exec: Programm %1 nicht gefunden</translation>
    </message>
    <message>
        <source>exec: executable %1 not found (searched PATH=%2)</source>
        <translation>exec: Programm %1 nicht gefunden (durchsucht: PATH=%2)</translation>
    </message>
    <message>
        <source>exec: executable %1 not found (searched PATH=%2 and the login shell&apos;s PATH=%3)</source>
        <translation>exec: Programm %1 nicht gefunden (durchsucht: PATH=%2 und der PATH der Login-Shell=%3)</translation>
    </message>
    <message>
        <source>It looks like you are trying to use a client-go credential plugin that is not installed.</source>
        <translation>Offenbar versuchen Sie, ein client-go-Credential-Plugin zu verwenden, das nicht installiert ist.</translation>
    </message>
    <message>
        <source>exec: executable %1 could not be started: %2</source>
        <translation>exec: Programm %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>exec: executable %1 crashed%2</source>
        <translation>exec: Programm %1 ist abgestürzt%2</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2%3</source>
        <translation>exec: Programm %1 ist mit Exit-Code %2 fehlgeschlagen%3</translation>
    </message>
    <message>
        <source>exec: executable %1 wrote more than %2 MB to its standard output, the limit for a credential; it was stopped</source>
        <translation>exec: das Programm %1 hat mehr als %2 MB auf seine Standardausgabe geschrieben, die Grenze für eine Anmeldeinformation; es wurde beendet</translation>
    </message>
    <message>
        <source>exec: executable %1 did not finish within %2 s (request timeout); it was stopped%3</source>
        <translation>exec: das Programm %1 wurde nicht innerhalb von %2 s fertig (Anfrage-Timeout); es wurde beendet%3</translation>
    </message>
</context>
<context>
    <name>Kube::ExecPluginTrust</name>
    <message>
        <source>exec plugin %1 from %2 is not trusted: a kubeconfig&apos;s exec entry runs a program; trust it only if you know where the kubeconfig comes from</source>
        <translation>Exec-Plugin %1 aus %2 ist nicht vertrauenswürdig: Der exec-Eintrag einer kubeconfig führt ein Programm aus; vertrauen Sie ihm nur, wenn Sie wissen, woher die kubeconfig stammt</translation>
    </message>
    <message>
        <source>the kubeconfig</source>
        <translation>die kubeconfig</translation>
    </message>
</context>
<context>
    <name>Kube::Informer</name>
    <message>
        <source>the watch of %1 sent an event larger than the limit of %2 MB</source>
        <translation>Der Watch von %1 hat ein Ereignis über dem Limit von %2 MB gesendet</translation>
    </message>
    <message>
        <source>the watch of %1 sent a line that is not a JSON watch event: %2</source>
        <translation>Der Watch von %1 hat eine Zeile gesendet, die kein JSON-Watch-Ereignis ist: %2</translation>
    </message>
    <message>
        <source>watch of %1 ended: %2</source>
        <translation>Watch von %1 beendet: %2</translation>
    </message>
    <message>
        <source>the list of %1 is not a Kubernetes list: no array of items</source>
        <translation>die Liste von %1 ist keine Kubernetes-Liste: kein Array von Einträgen</translation>
    </message>
</context>
<context>
    <name>Kube::KeychainStore</name>
    <message>
        <source>no keychain service (Secret Service) is running; start gnome-keyring or KWallet in this desktop session (tokens are never stored in a file instead): %1</source>
        <translation>Kein Schlüsselbund-Dienst (Secret Service) läuft; starten Sie gnome-keyring oder KWallet in dieser Desktop-Sitzung (Tokens werden nie stattdessen in einer Datei gespeichert): %1</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>Es gibt keinen D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>no token is stored in the keychain for context &quot;%1&quot;</source>
        <translation>Für den Kontext „%1“ ist kein Token im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>the keychain refused access to the token of context &quot;%1&quot; (is the keyring locked?): %2</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Token des Kontexts „%1“ verweigert (ist der Schlüsselbund gesperrt?): %2</translation>
    </message>
    <message>
        <source>keychain error for context &quot;%1&quot; (is the login keyring missing or locked?): %2</source>
        <translation>Schlüsselbund-Fehler für den Kontext „%1“ (fehlt der Login-Schlüsselbund oder ist er gesperrt?): %2</translation>
    </message>
</context>
<context>
    <name>Kube::Kubeconfig</name>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1 must be a map</source>
        <translation>%1 muss eine Map sein</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in %2</source>
        <translation>doppelter Name „%1“ in %2</translation>
    </message>
    <message>
        <source>%1.%2 must be a map</source>
        <translation>%1.%2 muss eine Map sein</translation>
    </message>
    <message>
        <source>stat %1: no such file or directory</source>
        <translation>stat %1: Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <translation>Fehler beim Laden der Konfigurationsdatei „%1“: %2</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: not a YAML mapping</source>
        <translation>Fehler beim Laden der Konfigurationsdatei „%1“: keine YAML-Map</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: line %2: %3</source>
        <translation>Fehler beim Laden der Konfigurationsdatei „%1“: Zeile %2: %3</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked in %1)</source>
        <translation>keine kubeconfig gefunden (gesucht in %1)</translation>
    </message>
    <message>
        <source>current-context is not set in %1</source>
        <translation>current-context ist in %1 nicht gesetzt</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>Kontext „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: cluster &quot;%2&quot; is not defined (contexts[].context.cluster)</source>
        <translation>Kontext „%1“: Cluster „%2“ ist nicht definiert (contexts[].context.cluster)</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: user &quot;%2&quot; is not defined (contexts[].context.user)</source>
        <translation>Kontext „%1“: Benutzer „%2“ ist nicht definiert (contexts[].context.user)</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: server is missing or not a URL</source>
        <translation>Cluster „%1“: server fehlt oder ist keine URL</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: certificate-authority-data and certificate-authority are both specified</source>
        <translation>Cluster „%1“: certificate-authority-data und certificate-authority sind beide angegeben</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: specifying a root certificates file (certificate-authority) with insecure-skip-tls-verify is not allowed</source>
        <translation>Cluster „%1“: Eine Root-Zertifikatsdatei (certificate-authority) zusammen mit insecure-skip-tls-verify anzugeben ist nicht erlaubt</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: certificate-authority</source>
        <translation>Cluster „%1“: certificate-authority</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (gcp) is not supported: it was removed from kubectl in 1.26; use the exec credential plugin gke-gcloud-auth-plugin instead (gcloud components install gke-gcloud-auth-plugin)</source>
        <translation>Benutzer „%1“: auth-provider (gcp) wird nicht unterstützt: Er wurde in kubectl 1.26 entfernt; verwenden Sie stattdessen das Exec-Credential-Plugin gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (azure) is not supported: it was removed from kubectl in 1.26; use the exec credential plugin kubelogin instead (kubelogin convert-kubeconfig)</source>
        <translation>Benutzer „%1“: auth-provider (azure) wird nicht unterstützt: Er wurde in kubectl 1.26 entfernt; verwenden Sie stattdessen das Exec-Credential-Plugin kubelogin (kubelogin convert-kubeconfig)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (oidc) is not supported; use an exec credential plugin such as kubelogin (kubectl oidc-login) instead</source>
        <translation>Benutzer „%1“: auth-provider (oidc) wird nicht unterstützt; verwenden Sie stattdessen ein Exec-Credential-Plugin wie kubelogin (kubectl oidc-login)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (%2) is not supported; use an exec credential plugin instead</source>
        <translation>Benutzer „%1“: auth-provider (%2) wird nicht unterstützt; verwenden Sie stattdessen ein Exec-Credential-Plugin</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: more than one authentication method found (token and username/password); only one is allowed</source>
        <translation>Benutzer „%1“: mehr als eine Authentifizierungsmethode gefunden (Token und Benutzername/Passwort); nur eine ist erlaubt</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-certificate</source>
        <translation>Benutzer „%1“: client-certificate</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-key</source>
        <translation>Benutzer „%1“: client-key</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-certificate and client-key must be given together</source>
        <translation>Benutzer „%1“: client-certificate und client-key müssen zusammen angegeben werden</translation>
    </message>
    <message>
        <source>no context exists with the name: &quot;%1&quot;</source>
        <translation>Es gibt keinen Kontext mit dem Namen „%1“</translation>
    </message>
    <message>
        <source>cannot lock %1.lock: another program is writing the kubeconfig</source>
        <translation>%1.lock kann nicht gesperrt werden: Ein anderes Programm schreibt die kubeconfig</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: document contains excessive aliasing</source>
        <translation>Fehler beim Laden der Konfigurationsdatei „%1“: Das Dokument enthält zu viele Aliase</translation>
    </message>
    <message>
        <source>it is a %1 of apiVersion %2, not a kubeconfig (kind: Config, apiVersion: v1)</source>
        <translation>es ist ein %1 mit apiVersion %2, keine kubeconfig (kind: Config, apiVersion: v1)</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: larger than %2 MB, the limit for a kubeconfig</source>
        <translation>Fehler beim Laden der Konfigurationsdatei &quot;%1&quot;: größer als %2 MB, die Grenze für eine kubeconfig</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 MB, the limit for a certificate or key file</source>
        <translation>%1: %2 ist größer als %3 MB, die Grenze für eine Zertifikats- oder Schlüsseldatei</translation>
    </message>
</context>
<context>
    <name>Kube::ListBudget</name>
    <message numerus="yes">
        <source>the list of %1 is too large: its first %n page(s) come to more than the limit of %2 MB</source>
        <translation>
            <numerusform>die Liste von %1 ist zu groß: schon %n Seite ergibt mehr als das Limit von %2 MB</numerusform>
            <numerusform>die Liste von %1 ist zu groß: schon %n Seiten ergeben mehr als das Limit von %2 MB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list of %1 does not end: the server gave page %n the continue token of an earlier page</source>
        <translation>
            <numerusform>die Liste von %1 endet nicht: der Server gab Seite %n das Continue-Token einer früheren Seite</numerusform>
            <numerusform>die Liste von %1 endet nicht: der Server gab Seite %n das Continue-Token einer früheren Seite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kube::RestClient</name>
    <message>
        <source>x509: the server&apos;s certificate has expired</source>
        <translation>x509: Das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>x509: the server&apos;s certificate is not valid for %1 (wrong host name)</source>
        <translation>x509: Das Zertifikat des Servers gilt nicht für %1 (falscher Hostname)</translation>
    </message>
    <message>
        <source>x509: certificate signed by unknown authority (check the cluster&apos;s certificate-authority)</source>
        <translation>x509: Zertifikat von unbekannter Stelle signiert (prüfen Sie certificate-authority des Clusters)</translation>
    </message>
    <message>
        <source>refusing to send credentials over plain http to %1: use https</source>
        <translation>Anmeldedaten werden nicht über unverschlüsseltes http an %1 gesendet: verwenden Sie https</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (idle timeout)</source>
        <translation>%1 hat den Watch nicht innerhalb von %2 s beantwortet (Leerlauf-Timeout)</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s (idle timeout)</source>
        <translation>%1 hat %2 s lang nichts gesendet (Leerlauf-Timeout)</translation>
    </message>
    <message>
        <source>the answer from %1 is too large: it announces %2 MB, more than the limit of %3 MB</source>
        <translation>Die Antwort von %1 ist zu groß: Sie kündigt %2 MB an, mehr als das Limit von %3 MB</translation>
    </message>
    <message>
        <source>the answer from %1 is too large: more than the limit of %2 MB</source>
        <translation>Die Antwort von %1 ist zu groß: mehr als das Limit von %2 MB</translation>
    </message>
    <message>
        <source>%1 did not complete its answer within %2 s (total timeout)</source>
        <translation>%1 hat seine Antwort nicht innerhalb von %2 s abgeschlossen (Gesamt-Timeout)</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2 (the server must speak TLS 1.2 or newer)</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2 (der Server muss TLS 1.2 oder neuer sprechen)</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON: is it a Kubernetes API server?</source>
        <translation>%1 hat mit %2 statt JSON geantwortet: Ist das ein Kubernetes-API-Server?</translation>
    </message>
    <message>
        <source>the answer from %1 is nested too deeply (more than 1024 levels)</source>
        <translation>Die Antwort von %1 ist zu tief verschachtelt (mehr als 1024 Ebenen)</translation>
    </message>
    <message>
        <source>the answer from %1 is not valid JSON: %2 at byte %3</source>
        <translation>Die Antwort von %1 ist kein gültiges JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1 redirected to %2 (HTTP %3): not followed, an API server does not redirect</source>
        <translation>%1 hat nach %2 umgeleitet (HTTP %3): nicht gefolgt, ein API-Server leitet nicht um</translation>
    </message>
    <message>
        <source>the server answered %1: %2</source>
        <translation>Der Server antwortete %1: %2</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (request timeout)</source>
        <translation>%1 hat die Überwachung nicht innerhalb von %2 s beantwortet (Anfrage-Timeout)</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (total timeout)</source>
        <translation>%1 hat die Überwachung nicht innerhalb von %2 s beantwortet (Gesamt-Timeout)</translation>
    </message>
    <message>
        <source>%1 did not complete its answer within %2 s (request timeout)</source>
        <translation>%1 hat seine Antwort nicht innerhalb von %2 s abgeschlossen (Anfrage-Timeout)</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: what it was decided on is no longer fresh</source>
        <translation>%1 %2 wurde nicht gesendet: worauf es beruhte, ist nicht mehr aktuell</translation>
    </message>
</context>
<context>
    <name>Kube::WatchWorker</name>
    <message>
        <source>listing the cluster&apos;s cStor objects</source>
        <translation>die cStor-Objekte des Clusters werden aufgelistet</translation>
    </message>
    <message>
        <source>the server refused the credentials (401 Unauthorized): %1</source>
        <translation>Der Server hat die Anmeldedaten abgelehnt (401 Unauthorized): %1</translation>
    </message>
    <message>
        <source>no permission to list %1: %2</source>
        <translation>keine Berechtigung, %1 aufzulisten: %2</translation>
    </message>
    <message>
        <source>the cluster serves no cStor resources (cstor.openebs.io/v1) in namespace %1: %2</source>
        <translation>Der Cluster bietet im Namespace %1 keine cStor-Ressourcen (cstor.openebs.io/v1) an: %2</translation>
    </message>
    <message>
        <source>the list of %1 holds items that are not objects</source>
        <translation>die Liste von %1 enthält Einträge, die keine Objekte sind</translation>
    </message>
    <message>
        <source>the server does not serve %1: %2</source>
        <translation>der Server bietet %1 nicht an: %2</translation>
    </message>
</context>
<context>
    <name>KubectlPlugin</name>
    <message>
        <source>kubectl cstor: OpenEBS cStor pools, volume replicas and volumes, and moves of replicas between them (cStor Console).

Usage: kubectl cstor VERB [ARGUMENTS] [options]

</source>
        <translation>kubectl cstor: OpenEBS-cStor-Pools, Volume-Replicas und Volumes, und das Verschieben von Replicas zwischen ihnen (cStor Console).

Aufruf: kubectl cstor VERB [ARGUMENTE] [Optionen]

</translation>
    </message>
    <message>
        <source>
The window: cstor-console. Exit codes: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>
Das Fenster: cstor-console. Exit-Codes: 0 erledigt, 1 abgelehnt oder fehlgeschlagen, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>error: a verb is missing: %1.</source>
        <translation>Fehler: ein Verb fehlt: %1.</translation>
    </message>
    <message>
        <source>error: unknown verb &quot;%1&quot;: use one of %2.</source>
        <translation>Fehler: unbekanntes Verb „%1“: eines von %2 verwenden.</translation>
    </message>
    <message>
        <source>See &quot;kubectl cstor --help&quot;.</source>
        <translation>Siehe „kubectl cstor --help“.</translation>
    </message>
</context>
<context>
    <name>LostNodeDrain</name>
    <message>
        <source>new replica on %1 (%2)</source>
        <translation>neues Replica auf %1 (%2)</translation>
    </message>
    <message>
        <source>WAIT</source>
        <translation>WARTEN</translation>
    </message>
    <message>
        <source>NO ROOM</source>
        <translation>KEIN PLATZ</translation>
    </message>
    <message>
        <source>NO QUORUM</source>
        <translation>KEIN QUORUM</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>VERLOREN</translation>
    </message>
    <message>
        <source>Node %1 is lost: %2. Its replicas cannot be moved off, only replaced from the Healthy replicas on other nodes.
</source>
        <translation>Node %1 ist verloren: %2. Seine Replicas lassen sich nicht wegverschieben, nur aus den Healthy-Replicas auf anderen Nodes ersetzen.
</translation>
    </message>
    <message>
        <source>a new replica on %1 fails its checks: %2</source>
        <translation>ein neues Replica auf %1 besteht seine Prüfungen nicht: %2</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUME</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>REPLICA ON</source>
        <translation>REPLICA AUF</translation>
    </message>
    <message>
        <source>HEALTHY ELSEWHERE</source>
        <translation>HEALTHY ANDERSWO</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No volume counts on a replica there.
</source>
        <translation>Kein Volume zählt auf ein Replica dort.
</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) cannot be brought back here:</source>
        <translation>
            <numerusform>%n Volume kann hier nicht wiederhergestellt werden:</numerusform>
            <numerusform>%n Volumes können hier nicht wiederhergestellt werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume uses the pools of %1 any more. If the node is gone for good (if it comes back, its pools still hold these datasets), remove the dead pool by hand:</source>
        <translation>Kein Volume nutzt die Pools von %1 mehr. Ist der Node endgültig weg (kommt er zurück, halten seine Pools diese Datasets noch), den toten Pool von Hand entfernen:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>error: node %1 is not recovered: %n volume(s) still count on a replica there: %2</source>
        <translation>
            <numerusform>Fehler: Node %1 ist nicht wiederhergestellt: %n Volume zählt noch auf ein Replica dort: %2</numerusform>
            <numerusform>Fehler: Node %1 ist nicht wiederhergestellt: %n Volumes zählen noch auf ein Replica dort: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Node %1</translation>
    </message>
</context>
<context>
    <name>MigrateVerb</name>
    <message>
        <source>Moves one replica of a cStor volume to another pool: adds the target pool to the volume, waits until the new replica and the volume are Healthy, then removes the source pool. Shows the plan first and asks unless --yes is given. It always waits until the move has ended (--wait is accepted and changes nothing); Ctrl-C before the old replica is removed rolls the move back. Moves left unfinished in the journal are resumed first.
Exit codes: 0 moved (or nothing to change in a dry run), 1 refused or failed, 2 usage error.</source>
        <translation>Verschiebt ein Replica eines cStor-Volumes in einen anderen Pool: fügt den Ziel-Pool zum Volume hinzu, wartet, bis das neue Replica und das Volume Healthy sind, und entfernt dann den Quell-Pool. Zeigt zuerst den Plan und fragt nach, außer wenn --yes angegeben ist. Es wartet immer, bis die Verschiebung beendet ist (--wait wird akzeptiert und ändert nichts); Strg-C vor dem Entfernen des alten Replicas rollt die Verschiebung zurück. Im Journal unvollendete Verschiebungen werden zuerst fortgesetzt.
Exit-Codes: 0 verschoben (oder nichts zu ändern bei einem Probelauf), 1 abgelehnt oder fehlgeschlagen, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Das Verb.</translation>
    </message>
    <message>
        <source>The volume (PV name, the name of its CStorVolumeConfig).</source>
        <translation>Das Volume (PV-Name, der Name seiner CStorVolumeConfig).</translation>
    </message>
    <message>
        <source>The pool (CStorPoolInstance) holding the replica to move, or its node.</source>
        <translation>Der Pool (CStorPoolInstance), der das zu verschiebende Replica hält, oder sein Node.</translation>
    </message>
    <message>
        <source>POOL|NODE</source>
        <translation>POOL|NODE</translation>
    </message>
    <message>
        <source>The target pool, or a node (its pool of the volume&apos;s pool cluster with the most free space).</source>
        <translation>Der Ziel-Pool oder ein Node (dessen Pool im Pool-Cluster des Volumes mit dem meisten freien Platz).</translation>
    </message>
    <message>
        <source>Show the plan and ask the server to dry-run the change; change nothing.</source>
        <translation>Den Plan zeigen und den Server die Änderung probeweise ausführen lassen (Dry Run); nichts ändern.</translation>
    </message>
    <message>
        <source>Do not ask before moving.</source>
        <translation>Vor dem Verschieben nicht nachfragen.</translation>
    </message>
    <message>
        <source>Wait until the move has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>Warten, bis die Verschiebung beendet ist (geschieht immer; für Skripte, die für kubectl-artige Werkzeuge geschrieben sind).</translation>
    </message>
    <message>
        <source>The volume to migrate is missing: migrate VOLUME --from POOL|NODE --to POOL|NODE</source>
        <translation>Das zu migrierende Volume fehlt: migrate VOLUME --from POOL|NODE --to POOL|NODE</translation>
    </message>
    <message>
        <source>Both --from POOL|NODE and --to POOL|NODE are needed.</source>
        <translation>Sowohl --from POOL|NODE als auch --to POOL|NODE werden benötigt.</translation>
    </message>
    <message>
        <source>The move of %1 from %2 to %3 was already under way and is now done.
</source>
        <translation>Die Verschiebung von %1 von %2 nach %3 lief bereits und ist jetzt erledigt.
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Move a replica of %1
  from pool %2 on node %3
  to pool %4 on node %5
Steps: add the target pool (a new replica rebuilds from its peers), wait until the new replica and the volume are Healthy, remove the source pool (the old replica is deleted).

</source>
        <translation>Ein Replica von %1 verschieben
  von Pool %2 auf Node %3
  nach Pool %4 auf Node %5
Schritte: Ziel-Pool hinzufügen (ein neues Replica wird von seinen Peers neu aufgebaut), warten, bis das neue Replica und das Volume Healthy sind, Quell-Pool entfernen (das alte Replica wird gelöscht).

</translation>
    </message>
    <message>
        <source>error: refusing to move the replica: %1</source>
        <translation>Fehler: Verschieben des Replicas abgelehnt: %1</translation>
    </message>
    <message>
        <source>Moved the replica of %1 from %2 to %3.
</source>
        <translation>Das Replica von %1 wurde von %2 nach %3 verschoben.
</translation>
    </message>
</context>
<context>
    <name>Migration::ClaimKeeper</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>Migration::EvacuationPlanner</name>
    <message>
        <source>node %1</source>
        <translation>Node %1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <source>removing it from %1 would destroy the replicas of %2 there; move or delete those clones first</source>
        <translation>es von %1 zu entfernen, würde dort die Replicas von %2 zerstören; verschieben oder löschen Sie zuerst diese Klone</translation>
    </message>
    <message>
        <source>the volume&apos;s objects cannot all be read: %1</source>
        <translation>die Objekte des Volumes können nicht alle gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Migration::JsonLinesFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Migration::MaintenanceWindow</name>
    <message>
        <source>&quot;%1&quot; is not a window of the day: write HH:MM-HH:MM, e.g. 22:00-06:00</source>
        <translation>„%1“ ist kein Zeitfenster des Tages: Schreiben Sie HH:MM-HH:MM, z. B. 22:00-06:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a time that does not exist</source>
        <translation>„%1“ nennt eine Uhrzeit, die es nicht gibt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens and closes at the same minute; leave the window out to start moves at any time</source>
        <translation>„%1“ öffnet und schließt in derselben Minute; lassen Sie das Fenster weg, um Verschiebungen jederzeit zu starten</translation>
    </message>
</context>
<context>
    <name>Migration::MigrationEngine</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>accepted by the server</source>
        <translation>vom Server angenommen</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>no migration %1</source>
        <translation>keine Migration %1</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>abgebrochen, bevor sie begann</translation>
    </message>
    <message>
        <source>the old replica is already being removed; the move can only finish</source>
        <translation>Das alte Replica wird bereits entfernt; die Verschiebung kann nur noch zu Ende laufen</translation>
    </message>
    <message>
        <source>the migration has already ended</source>
        <translation>Die Migration ist bereits beendet</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>wird fortgesetzt</translation>
    </message>
    <message>
        <source>queued: waiting for a free slot</source>
        <translation>in der Warteschlange: warte auf einen freien Platz</translation>
    </message>
    <message>
        <source>waiting for the cluster view to show the new pool</source>
        <translation>warte, bis die Cluster-Ansicht den neuen Pool zeigt</translation>
    </message>
    <message>
        <source>the volume %1 disappeared from the cluster</source>
        <translation>Das Volume %1 ist aus dem Cluster verschwunden</translation>
    </message>
    <message>
        <source>someone else removed %1 from the volume&apos;s pools; the source replica on %2 was kept</source>
        <translation>Jemand anderes hat %1 aus den Pools des Volumes entfernt; das Quell-Replica auf %2 wurde behalten</translation>
    </message>
    <message>
        <source>someone else removed %1 from the volume&apos;s pools before the console did</source>
        <translation>Jemand anderes hat %1 vor der Konsole aus den Pools des Volumes entfernt</translation>
    </message>
    <message>
        <source>rebuilding (stalled)</source>
        <translation>Neuaufbau (stockt)</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>Neuaufbau</translation>
    </message>
    <message>
        <source>waiting for the volume to settle</source>
        <translation>warte, bis sich das Volume stabilisiert</translation>
    </message>
    <message>
        <source>removing the old replica</source>
        <translation>altes Replica wird entfernt</translation>
    </message>
    <message>
        <source>adding the target pool</source>
        <translation>Ziel-Pool wird hinzugefügt</translation>
    </message>
    <message>
        <source>cstor-console: adding pool %1 to move the replica on %2</source>
        <translation>cstor-console: füge Pool %1 hinzu, um das Replica auf %2 zu verschieben</translation>
    </message>
    <message>
        <source>cannot read the volume&apos;s CStorVolumeConfig: %1</source>
        <translation>Die CStorVolumeConfig des Volumes kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>adding the target pool was refused: %1</source>
        <translation>Hinzufügen des Ziel-Pools wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>warte: %1</translation>
    </message>
    <message>
        <source>cstor-console: replica on %1 is Healthy; removing pool %2</source>
        <translation>cstor-console: Replica auf %1 ist Healthy; entferne Pool %2</translation>
    </message>
    <message>
        <source>removing the old replica was refused: %1; both replicas were kept</source>
        <translation>Entfernen des alten Replicas wurde abgelehnt: %1; beide Replicas wurden behalten</translation>
    </message>
    <message>
        <source>cancelled: removing the new replica on %1</source>
        <translation>abgebrochen: entferne das neue Replica auf %1</translation>
    </message>
    <message>
        <source>rolling back: removing the new replica</source>
        <translation>Rückabwicklung: das neue Replica wird entfernt</translation>
    </message>
    <message>
        <source>cancelled; the new replica was removed and the source kept</source>
        <translation>abgebrochen; das neue Replica wurde entfernt und die Quelle behalten</translation>
    </message>
    <message>
        <source>cancelled; the source was kept and the new replica on %1 is being deleted (it goes once its pool manager confirms)</source>
        <translation>abgebrochen; die Quelle wurde behalten und das neue Replica auf %1 wird gelöscht (es verschwindet, sobald sein Pool-Manager es bestätigt)</translation>
    </message>
    <message>
        <source>rolling back: waiting for the scale-up to settle</source>
        <translation>Rückabwicklung: warte, bis sich die Hochskalierung stabilisiert</translation>
    </message>
    <message>
        <source>rolling back: %1</source>
        <translation>Rückabwicklung: %1</translation>
    </message>
    <message>
        <source>the volume changed meanwhile; reading it again</source>
        <translation>Das Volume hat sich inzwischen geändert; es wird neu gelesen</translation>
    </message>
    <message>
        <source>cstor-console: moving the replica from %1 to %2 ended %3</source>
        <translation>cstor-console: Verschieben des Replicas von %1 nach %2 endete %3</translation>
    </message>
    <message>
        <source>waiting: the new replica on %1 is %2; the old replica stays until it is Healthy again</source>
        <translation>wartet: das neue Replica auf %1 ist %2; das alte Replica bleibt, bis es wieder Healthy ist</translation>
    </message>
    <message>
        <source>%1; but the volume target refused to lower its replica count and reports FailUpdate every 30 s until its pod restarts: restart the target pod of %2 at a quiet moment</source>
        <translation>%1; aber das Volume-Target hat abgelehnt, seine Replikatanzahl zu senken, und meldet alle 30 s FailUpdate, bis sein Pod neu startet: starten Sie den Target-Pod von %2 zu einem ruhigen Zeitpunkt neu</translation>
    </message>
    <message>
        <source>rolling back: waiting for the volume target to take the lower replica count</source>
        <translation>Rückabwicklung: warte, bis das Volume-Target die niedrigere Replikatanzahl übernimmt</translation>
    </message>
    <message>
        <source>the old replica on %1 stays Terminating while its node %2 is lost</source>
        <translation>das alte Replica auf %1 bleibt Terminating, solange sein Node %2 verloren ist</translation>
    </message>
    <message>
        <source>%1 to place %2</source>
        <translation>%1 an Stelle %2</translation>
    </message>
    <message numerus="yes">
        <source>the console restarted with %n move(s) waiting; resume the queue to go on</source>
        <translation>
            <numerusform>die Konsole wurde mit %n wartenden Verschiebung neu gestartet; setzen Sie die Warteschlange fort, um weiterzumachen</numerusform>
            <numerusform>die Konsole wurde mit %n wartenden Verschiebungen neu gestartet; setzen Sie die Warteschlange fort, um weiterzumachen</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the volume to settle after another console&apos;s move</source>
        <translation>wartet, bis sich das Volume nach der Verschiebung einer anderen Konsole beruhigt</translation>
    </message>
    <message>
        <source>the replica is no longer on %1: another console moved it meanwhile</source>
        <translation>die Replica ist nicht mehr auf %1: eine andere Konsole hat sie inzwischen verschoben</translation>
    </message>
    <message>
        <source>%1 no longer fits (%2); moving to %3 instead</source>
        <translation>%1 passt nicht mehr (%2); stattdessen nach %3</translation>
    </message>
    <message>
        <source>another console finished this move</source>
        <translation>eine andere Konsole hat diese Verschiebung abgeschlossen</translation>
    </message>
    <message>
        <source>waiting: cannot claim the volume: %1</source>
        <translation>wartet: das Volume kann nicht beansprucht werden: %1</translation>
    </message>
    <message>
        <source>taken over by another console, which finishes it: %1</source>
        <translation>von einer anderen Konsole übernommen, die sie abschließt: %1</translation>
    </message>
    <message>
        <source>no volume %1</source>
        <translation>kein Volume %1</translation>
    </message>
    <message>
        <source>the move of %1 changed meanwhile; look again</source>
        <translation>die Verschiebung von %1 hat sich inzwischen geändert; sehen Sie erneut nach</translation>
    </message>
    <message>
        <source>this console already runs the move of %1</source>
        <translation>diese Konsole führt die Verschiebung von %1 bereits aus</translation>
    </message>
    <message>
        <source>%1 no longer lists %2: the move is not under way</source>
        <translation>%1 führt %2 nicht mehr auf: die Verschiebung läuft nicht</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>adopted from %1</source>
        <translation>übernommen von %1</translation>
    </message>
    <message>
        <source>waiting for the change of the volume&apos;s pools under way to finish</source>
        <translation>wartet, bis die laufende Änderung der Pools des Volumes abgeschlossen ist</translation>
    </message>
    <message>
        <source>the replica is no longer on %1 and the volume lists %2 of its %3 pools</source>
        <translation>die Replica ist nicht mehr auf %1 und das Volume nennt %2 seiner %3 Pools</translation>
    </message>
    <message>
        <source>waiting: %1; reading the volume again</source>
        <translation>wartet: %1; das Volume wird neu gelesen</translation>
    </message>
    <message>
        <source>the CVC controller could not finish removing pool %1 (its replica was already gone): removed it from the CStorVolumeConfig&apos;s status</source>
        <translation>der CVC-Controller konnte das Entfernen von Pool %1 nicht abschließen (sein Replikat war schon weg): aus dem Status der CStorVolumeConfig entfernt</translation>
    </message>
    <message>
        <source>cstor-console: the CVC controller could not finish removing pool %1 (its replica was already gone); removed it from status.poolInfo</source>
        <translation>cstor-console: der CVC-Controller konnte das Entfernen von Pool %1 nicht abschließen (sein Replikat war schon weg); aus status.poolInfo entfernt</translation>
    </message>
    <message>
        <source>the old replica is gone, but the volume&apos;s CStorVolumeConfig still lists %1 in its status</source>
        <translation>das alte Replikat ist weg, aber die CStorVolumeConfig des Volumes führt %1 noch in ihrem Status</translation>
    </message>
</context>
<context>
    <name>Migration::MoveClaim</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>a console on %1</source>
        <translation>eine Konsole auf %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 moves the replica on %2 to %3 (%4)</source>
        <translation>%1 verschiebt die Replica auf %2 nach %3 (%4)</translation>
    </message>
    <message>
        <source>%1, started %2 ago, last heard %3 ago</source>
        <translation>%1, begonnen vor %2, zuletzt gemeldet vor %3</translation>
    </message>
</context>
<context>
    <name>Migration::MoveResolver</name>
    <message>
        <source>no volume named %1 (no CStorVolumeConfig)</source>
        <translation>kein Volume namens %1 (keine CStorVolumeConfig)</translation>
    </message>
    <message>
        <source>%1 has no replica on a pool or node named %2</source>
        <translation>%1 hat kein Replica auf einem Pool oder Node namens %2</translation>
    </message>
    <message>
        <source>no pool of %1 named %2 or on a node named %2</source>
        <translation>kein Pool von %1 namens %2 oder auf einem Node namens %2</translation>
    </message>
</context>
<context>
    <name>Migration::NameSuggestions</name>
    <message>
        <source>; did you mean %1?</source>
        <translation>; meinten Sie %1?</translation>
    </message>
</context>
<context>
    <name>Migration::NodeLossImpact</name>
    <message>
        <source>If %1 is lost now, no volume loses anything: it holds no replica.</source>
        <translation>Geht %1 jetzt verloren, verliert kein Volume etwas: Er hält kein Replica.</translation>
    </message>
    <message>
        <source>If %1 is lost now: %2 volume(s) lose a replica and keep serving, %3 lose quorum (Offline until it returns), %4 lose their only Healthy copy.</source>
        <translation>Geht %1 jetzt verloren: %2 Volume(s) verlieren ein Replica und bedienen weiter I/O, %3 verlieren das Quorum (Offline, bis er zurückkehrt), %4 verlieren ihre einzige Healthy-Kopie.</translation>
    </message>
    <message>
        <source>loses its data</source>
        <translation>verliert seine Daten</translation>
    </message>
    <message>
        <source>loses quorum</source>
        <translation>verliert das Quorum</translation>
    </message>
    <message>
        <source>loses a replica</source>
        <translation>verliert ein Replica</translation>
    </message>
    <message>
        <source>no Healthy replica on another node: its data would be gone with %1</source>
        <translation>kein Healthy-Replica auf einem anderen Node: Seine Daten wären mit %1 verloren</translation>
    </message>
    <message>
        <source>%1 Healthy of %2 replica(s) left, %3 needed: Offline (no I/O, no rebuild) until %4 returns</source>
        <translation>%1 Healthy von %2 Replica(s) übrig, %3 nötig: Offline (keine I/O, kein Neuaufbau), bis %4 zurückkehrt</translation>
    </message>
    <message>
        <source>%1 Healthy of %2 replica(s) left: Degraded, serving I/O</source>
        <translation>%1 Healthy von %2 Replica(s) übrig: Degraded, bedient I/O</translation>
    </message>
    <message>
        <source>%1; once it is back, a replacement could rebuild on %2</source>
        <translation>%1; sobald er zurück ist, könnte ein Ersatz auf %2 neu aufgebaut werden</translation>
    </message>
    <message>
        <source>%1; a replacement could rebuild on %2</source>
        <translation>%1; ein Ersatz könnte auf %2 neu aufgebaut werden</translation>
    </message>
    <message>
        <source>no pool can take a replacement</source>
        <translation>kein Pool kann einen Ersatz aufnehmen</translation>
    </message>
    <message>
        <source>no replacement: %1</source>
        <translation>kein Ersatz: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>Migration::Placement</name>
    <message>
        <source>every other pool of %1 is on a node that holds a replica of %2</source>
        <translation>jeder andere Pool von %1 liegt auf einem Node, der ein Replica von %2 hält</translation>
    </message>
    <message>
        <source>no pool of %1 on another node is ONLINE, writable and on a live node</source>
        <translation>kein Pool von %1 auf einem anderen Node ist ONLINE, beschreibbar und auf einem lebenden Node</translation>
    </message>
    <message>
        <source>%1 is a clone of %2: only a pool holding a replica of %2 can take it, and none is free on another node</source>
        <translation>%1 ist ein Klon von %2: nur ein Pool, der ein Replica von %2 hält, kann ihn aufnehmen, und auf einem anderen Node ist keiner frei</translation>
    </message>
    <message>
        <source>every pool left holds a volume with the same %1 label (%2)</source>
        <translation>jeder verbleibende Pool hält ein Volume mit demselben Label %1 (%2)</translation>
    </message>
    <message>
        <source>below %1 %</source>
        <translation>unter %1 %</translation>
    </message>
    <message>
        <source>below its read-only threshold</source>
        <translation>unter seiner Schreibschutzschwelle</translation>
    </message>
    <message>
        <source>no pool on another node of %1 has %2 free %3</source>
        <translation>kein Pool von %1 auf einem anderen Node hat %2 frei %3</translation>
    </message>
    <message>
        <source>no pool of %1 may take it</source>
        <translation>kein Pool von %1 darf es aufnehmen</translation>
    </message>
    <message>
        <source>%1 has no pool outside the ones being emptied and those on cordoned nodes</source>
        <translation>%1 hat keinen Pool außer den zu räumenden und denen auf abgesperrten Nodes</translation>
    </message>
</context>
<context>
    <name>Migration::PlanDuration</name>
    <message numerus="yes">
        <source>%1, measured over %n move(s) on this cluster</source>
        <translation>
            <numerusform>%1, gemessen über %n Verschiebung auf diesem Cluster</numerusform>
            <numerusform>%1, gemessen über %n Verschiebungen auf diesem Cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, assumed: no move measured on this cluster yet</source>
        <translation>%1, angenommen: Auf diesem Cluster wurde noch keine Verschiebung gemessen</translation>
    </message>
    <message>
        <source>about %1 (%2)</source>
        <translation>etwa %1 (%2)</translation>
    </message>
    <message>
        <source>%1 MiB/s per move</source>
        <translation>%1 MiB/s pro Verschiebung</translation>
    </message>
</context>
<context>
    <name>Migration::Preflight</name>
    <message>
        <source>Volume exists</source>
        <translation>Volume existiert</translation>
    </message>
    <message>
        <source>CStorVolumeConfig %1 found</source>
        <translation>CStorVolumeConfig %1 gefunden</translation>
    </message>
    <message>
        <source>No CStorVolumeConfig named %1</source>
        <translation>Keine CStorVolumeConfig namens %1</translation>
    </message>
    <message>
        <source>Volume is Bound</source>
        <translation>Volume ist Bound</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>(no phase)</source>
        <translation>(keine Phase)</translation>
    </message>
    <message>
        <source>No other scaling in progress</source>
        <translation>Keine andere Skalierung läuft</translation>
    </message>
    <message>
        <source>spec lists %1 but status lists %2: wait until that change finishes</source>
        <translation>spec nennt %1, aber status nennt %2: warten Sie, bis diese Änderung abgeschlossen ist</translation>
    </message>
    <message>
        <source>spec and status list the same pools</source>
        <translation>spec und status nennen dieselben Pools</translation>
    </message>
    <message>
        <source>Source pool holds a replica</source>
        <translation>Quell-Pool hält ein Replica</translation>
    </message>
    <message>
        <source>%1 holds a replica of %2</source>
        <translation>%1 hält ein Replica von %2</translation>
    </message>
    <message>
        <source>%1 holds no replica of %2</source>
        <translation>%1 hält kein Replica von %2</translation>
    </message>
    <message>
        <source>Target pool exists</source>
        <translation>Ziel-Pool existiert</translation>
    </message>
    <message>
        <source>%1 on node %2</source>
        <translation>%1 auf Node %2</translation>
    </message>
    <message>
        <source>There is no pool named %1: a missing pool leaves the volume stuck in scaling</source>
        <translation>Es gibt keinen Pool namens %1: Ein fehlender Pool lässt das Volume in der Skalierung hängen</translation>
    </message>
    <message>
        <source>Target pool is in the volume&apos;s pool cluster</source>
        <translation>Ziel-Pool gehört zum Pool-Cluster des Volumes</translation>
    </message>
    <message>
        <source>both in %1</source>
        <translation>beide in %1</translation>
    </message>
    <message>
        <source>%1 belongs to %2, the volume to %3</source>
        <translation>%1 gehört zu %2, das Volume zu %3</translation>
    </message>
    <message>
        <source>Target pool is ONLINE</source>
        <translation>Ziel-Pool ist ONLINE</translation>
    </message>
    <message>
        <source>Target pool is writable</source>
        <translation>Ziel-Pool ist beschreibbar</translation>
    </message>
    <message>
        <source>%1 is read-only (pool full)</source>
        <translation>%1 ist schreibgeschützt (Pool voll)</translation>
    </message>
    <message>
        <source>%1 is not read-only</source>
        <translation>%1 ist nicht schreibgeschützt</translation>
    </message>
    <message>
        <source>Target node holds no replica of the volume</source>
        <translation>Ziel-Node hält kein Replica des Volumes</translation>
    </message>
    <message>
        <source>node %1 has none</source>
        <translation>Node %1 hat keines</translation>
    </message>
    <message>
        <source>node %1 already holds a replica of %2 on %3</source>
        <translation>Node %1 hält bereits ein Replica von %2 auf %3</translation>
    </message>
    <message>
        <source>Target pool has room for the replica</source>
        <translation>Ziel-Pool hat Platz für das Replica</translation>
    </message>
    <message>
        <source>needs %1, %2 free</source>
        <translation>braucht %1, %2 frei</translation>
    </message>
    <message>
        <source>Target pool stays below its read-only threshold</source>
        <translation>Ziel-Pool bleibt unter seiner Schreibschutzschwelle</translation>
    </message>
    <message>
        <source>%1% used after the move, read-only at %2%</source>
        <translation>%1 % belegt nach der Verschiebung, schreibgeschützt ab %2 %</translation>
    </message>
    <message>
        <source>Volume is Healthy</source>
        <translation>Volume ist Healthy</translation>
    </message>
    <message>
        <source>%1 is %2; the old replica is removed only once it is Healthy</source>
        <translation>%1 ist %2; das alte Replica wird erst entfernt, wenn es Healthy ist</translation>
    </message>
    <message>
        <source>no CStorVolume %1 seen yet</source>
        <translation>noch kein CStorVolume %1 gesehen</translation>
    </message>
    <message>
        <source>You may change the volume&apos;s placement</source>
        <translation>Sie dürfen die Platzierung des Volumes ändern</translation>
    </message>
    <message>
        <source>allowed to patch cstorvolumeconfigs</source>
        <translation>darf cstorvolumeconfigs patchen</translation>
    </message>
    <message>
        <source>your user may not patch cstorvolumeconfigs</source>
        <translation>Ihr Benutzer darf cstorvolumeconfigs nicht patchen</translation>
    </message>
    <message>
        <source>spec and status pool lists differ</source>
        <translation>Pool-Listen von spec und status unterscheiden sich</translation>
    </message>
    <message>
        <source>New replica is Healthy</source>
        <translation>Neues Replica ist Healthy</translation>
    </message>
    <message>
        <source>no replica of %1 on %2 yet</source>
        <translation>noch kein Replica von %1 auf %2</translation>
    </message>
    <message>
        <source>no CStorVolume %1 seen</source>
        <translation>kein CStorVolume %1 gesehen</translation>
    </message>
    <message>
        <source>The volume target counts the new replica</source>
        <translation>Das Volume-Target zählt das neue Replica</translation>
    </message>
    <message>
        <source>replicationFactor %1, desired %2</source>
        <translation>replicationFactor %1, gewünscht %2</translation>
    </message>
    <message>
        <source>Every remaining replica is Healthy</source>
        <translation>Jedes verbleibende Replica ist Healthy</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy replica(s) remain</source>
        <translation>
            <numerusform>%n gesundes Replica bleibt</numerusform>
            <numerusform>%n gesunde Replicas bleiben</numerusform>
        </translation>
    </message>
    <message>
        <source>not Healthy: %1</source>
        <translation>nicht Healthy: %1</translation>
    </message>
    <message>
        <source>A healthy replica remains</source>
        <translation>Ein gesundes Replica bleibt</translation>
    </message>
    <message>
        <source>removing %1 would leave no healthy replica of %2</source>
        <translation>Das Entfernen von %1 würde kein gesundes Replica von %2 übrig lassen</translation>
    </message>
    <message>
        <source>%1 (clone of %2 from snapshot %3)</source>
        <translation>%1 (Klon von %2 aus Snapshot %3)</translation>
    </message>
    <message>
        <source>No clone of the volume would lose its replica on the source pool</source>
        <translation>Kein Klon des Volumes würde sein Replikat auf dem Quell-Pool verlieren</translation>
    </message>
    <message>
        <source>no clone of %1 has a replica on %2</source>
        <translation>kein Klon von %1 hat ein Replikat auf %2</translation>
    </message>
    <message>
        <source>removing %1 from %2 destroys its snapshots with the replicas on %2 of: %3</source>
        <translation>das Entfernen von %1 von %2 zerstört dessen Snapshots samt den Replikaten auf %2 von: %3</translation>
    </message>
    <message>
        <source>A Healthy replica to copy from</source>
        <translation>Ein Healthy-Replica als Kopierquelle</translation>
    </message>
    <message numerus="yes">
        <source>%n Healthy replica(s) of %1 to rebuild the new one from</source>
        <translation>
            <numerusform>%n Healthy-Replica von %1, aus dem das neue aufgebaut wird</numerusform>
            <numerusform>%n Healthy-Replicas von %1, aus denen das neue aufgebaut wird</numerusform>
        </translation>
    </message>
    <message>
        <source>no replica of %1 is Healthy as its target counts them: a new replica has nothing to copy from and the volume&apos;s data may be lost (see cstor-console doctor)</source>
        <translation>kein Replica von %1 ist Healthy, wie sein Target sie zählt: ein neues Replica hat nichts zum Kopieren, und die Daten des Volumes könnten verloren sein (siehe cstor-console doctor)</translation>
    </message>
    <message>
        <source>No other move of this volume</source>
        <translation>Keine andere Verschiebung dieses Volumes</translation>
    </message>
    <message>
        <source>no console has claimed %1 for a move</source>
        <translation>keine Konsole hat %1 für eine Verschiebung beansprucht</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Every object of the volume can be read</source>
        <translation>Jedes Objekt des Volumes kann gelesen werden</translation>
    </message>
    <message>
        <source>the CStorVolumeConfig, CStorVolume and replicas of %1 seen so far all decode</source>
        <translation>die bisher gesehene CStorVolumeConfig, das CStorVolume und die Replicas von %1 lassen sich alle dekodieren</translation>
    </message>
    <message>
        <source>not read: %1. Without it the checks cannot tell where the volume&apos;s replicas are or whether they are Healthy; fix the object (kubectl edit) and try again</source>
        <translation>nicht gelesen: %1. Ohne es können die Prüfungen nicht sagen, wo die Replicas des Volumes liegen und ob sie Healthy sind; korrigieren Sie das Objekt (kubectl edit) und versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>Migration::QueueProgress</name>
    <message numerus="yes">
        <source>%1 of %n move(s) done, %2 running, %3 waiting, %4 failed</source>
        <translation>
            <numerusform>%1 von %n Verschiebung erledigt, %2 laufen, %3 warten, %4 fehlgeschlagen</numerusform>
            <numerusform>%1 von %n Verschiebungen erledigt, %2 laufen, %3 warten, %4 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 copied</source>
        <translation>%1 von %2 kopiert</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
</context>
<context>
    <name>Migration::QueueSettings</name>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>pausiert: %1</translation>
    </message>
    <message>
        <source>waiting for the maintenance window %1 (opens %2)</source>
        <translation>wartet auf das Wartungsfenster %1 (öffnet %2)</translation>
    </message>
</context>
<context>
    <name>Migration::RebalancePlanner</name>
    <message>
        <source>its node %1 is lost</source>
        <translation>sein Node %1 verloren ist</translation>
    </message>
    <message>
        <source>it fails to import</source>
        <translation>er sich nicht importieren lässt</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>er %1 ist</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>er schreibgeschützt ist</translation>
    </message>
    <message>
        <source>it reports no capacity</source>
        <translation>er keine Kapazität meldet</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is left out as %3; its %n replica(s) stay</source>
        <translation>
            <numerusform>%1: %2 bleibt außen vor, da %3; sein %n Replica bleibt</numerusform>
            <numerusform>%1: %2 bleibt außen vor, da %3; seine %n Replicas bleiben</numerusform>
        </translation>
    </message>
    <message>
        <source>no replica of %1 is Healthy to copy from</source>
        <translation>kein Replica von %1 ist Healthy, um davon zu kopieren</translation>
    </message>
    <message>
        <source>removing it from %1 would destroy the replicas of %2 there</source>
        <translation>es von %1 zu entfernen, würde dort die Replicas von %2 zerstören</translation>
    </message>
    <message>
        <source>no pool of %1 may take it</source>
        <translation>kein Pool von %1 darf es aufnehmen</translation>
    </message>
    <message>
        <source>the emptiest pool it may go to, %1, would reach %2 %, no less than the %3 % left on %4</source>
        <translation>der leerste Pool, in den es darf, %1, käme auf %2 %, nicht weniger als die %3 %, die auf %4 bleiben</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %) holds no replica left to move</source>
        <translation>%1: %2 (%3 %) hält kein Replica mehr, das sich verschieben ließe</translation>
    </message>
    <message>
        <source>%1: no replica of %2 (%3 %) can move to a pool that stays below it; %4</source>
        <translation>%1: kein Replica von %2 (%3 %) kann in einen Pool verschoben werden, der darunter bleibt; %4</translation>
    </message>
    <message>
        <source>the cluster has no pool</source>
        <translation>der Cluster hat keinen Pool</translation>
    </message>
    <message>
        <source>no pool belongs to pool cluster %1</source>
        <translation>kein Pool gehört zum Pool-Cluster %1</translation>
    </message>
    <message>
        <source>the volume&apos;s objects cannot all be read: %1</source>
        <translation>die Objekte des Volumes können nicht alle gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Migration::ReplicaHealth</name>
    <message>
        <source>being deleted</source>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <source>no phase yet</source>
        <translation>noch keine Phase</translation>
    </message>
    <message>
        <source>node %1 is lost</source>
        <translation>Node %1 ist verloren</translation>
    </message>
    <message>
        <source>the volume target does not list it</source>
        <translation>das Volume-Target führt es nicht auf</translation>
    </message>
    <message>
        <source>the volume target reports it %1</source>
        <translation>das Volume-Target meldet es als %1</translation>
    </message>
    <message>
        <source>the volume target counts no replica Healthy</source>
        <translation>das Volume-Target zählt kein Replica als Healthy</translation>
    </message>
</context>
<context>
    <name>MigrationSession</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>cannot watch the cStor resources of namespace &quot;%1&quot;: %2</source>
        <translation>Die cStor-Ressourcen des Namespaces „%1“ können nicht beobachtet werden: %2</translation>
    </message>
    <message>
        <source>the cluster of context &quot;%1&quot; (%2) did not answer within %3 s%4</source>
        <translation>Der Cluster des Kontexts „%1“ (%2) hat nicht innerhalb von %3 s geantwortet%4</translation>
    </message>
    <message>
        <source>warning: cannot tell whether user &quot;%1&quot; may patch cstorvolumeconfigs (%2); the server decides</source>
        <translation>Warnung: Es lässt sich nicht feststellen, ob Benutzer „%1“ cstorvolumeconfigs patchen darf (%2); der Server entscheidet</translation>
    </message>
    <message>
        <source>error: Forbidden: user &quot;%1&quot; (context &quot;%2&quot;) may not patch cstorvolumeconfigs in namespace &quot;%3&quot;, so no replica can be moved</source>
        <translation>Fehler: Forbidden: Benutzer „%1“ (Kontext „%2“) darf cstorvolumeconfigs im Namespace „%3“ nicht patchen, daher kann kein Replica verschoben werden</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for patch rights on cstorvolumeconfigs.cstor.openebs.io or choose another context with --context.</source>
        <translation>Bitten Sie eine Cluster-Administration um patch-Rechte auf cstorvolumeconfigs.cstor.openebs.io oder wählen Sie mit --context einen anderen Kontext.</translation>
    </message>
    <message numerus="yes">
        <source>Note: the journal holds %n unfinished migration(s); the next migrate or drain resumes them first:</source>
        <translation>
            <numerusform>Hinweis: Das Journal enthält %n unvollendete Migration; das nächste migrate oder drain setzt sie zuerst fort:</numerusform>
            <numerusform>Hinweis: Das Journal enthält %n unvollendete Migrationen; das nächste migrate oder drain setzt sie zuerst fort:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n unfinished migration(s) from the journal first:</source>
        <translation>
            <numerusform>Zuerst wird %n unvollendete Migration aus dem Journal fortgesetzt:</numerusform>
            <numerusform>Zuerst werden %n unvollendete Migrationen aus dem Journal fortgesetzt:</numerusform>
        </translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation>BEFUND</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>POOL</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>KAPAZITÄT</translation>
    </message>
    <message>
        <source>USED BEFORE</source>
        <translation>BELEGT VORHER</translation>
    </message>
    <message>
        <source>USED AFTER</source>
        <translation>BELEGT NACHHER</translation>
    </message>
    <message>
        <source>READ-ONLY AT</source>
        <translation>SCHREIBSCHUTZ AB</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>crosses its read-only threshold</source>
        <translation>überschreitet seine Schreibschutzschwelle</translation>
    </message>
    <message>
        <source>stays above its read-only threshold</source>
        <translation>bleibt über seiner Schreibschutzschwelle</translation>
    </message>
    <message>
        <source>Server-side dry run of adding %1 to %2</source>
        <translation>Serverseitiger Probelauf des Hinzufügens von %1 zu %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: abgelehnt: %2</translation>
    </message>
    <message>
        <source>error: the input is not a terminal to ask on; pass --yes to go ahead without asking. Nothing was changed.</source>
        <translation>Fehler: Die Eingabe ist kein Terminal, auf dem gefragt werden kann; geben Sie --yes an, um ohne Nachfrage fortzufahren. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Proceed? [y/N] </source>
        <translation>Fortfahren? [j/N] </translation>
    </message>
    <message>
        <source>No answer; nothing was changed.</source>
        <translation>Keine Antwort; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: rolled back: %2</source>
        <translation>%1: zurückgerollt: %2</translation>
    </message>
    <message>
        <source>%1: cancelled: %2</source>
        <translation>%1: abgebrochen: %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Interrupted: cancelling; a move whose new replica exists is rolled back (Ctrl-C again to leave it to the journal, the next migrate or drain resumes it).</source>
        <translation>Unterbrochen: Abbruch läuft; eine Verschiebung, deren neues Replica existiert, wird zurückgerollt (erneut Strg-C überlässt sie dem Journal, das nächste migrate oder drain setzt sie fort).</translation>
    </message>
    <message>
        <source>%1: cannot cancel: %2</source>
        <translation>%1: Abbrechen nicht möglich: %2</translation>
    </message>
    <message>
        <source>, %1% copied</source>
        <translation>, %1 % kopiert</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <source>%1: done; %2</source>
        <translation>%1: erledigt; %2</translation>
    </message>
    <message>
        <source>Queue paused: %1</source>
        <translation>Warteschlange pausiert: %1</translation>
    </message>
    <message>
        <source>Queue running</source>
        <translation>Warteschlange läuft</translation>
    </message>
    <message numerus="yes">
        <source>error: the queue in the journal still holds %n move(s) waiting to start (%1); a new plan would run beside them. `cstor-console queue` lists them, `cstor-console queue resume` runs them, `cstor-console queue cancel --all` drops them. Nothing was changed.</source>
        <translation>
            <numerusform>Fehler: Die Warteschlange im Journal hält noch %n Verschiebung, die auf ihren Start wartet (%1); ein neuer Plan würde neben ihr laufen. `cstor-console queue` listet sie auf, `cstor-console queue resume` führt sie aus, `cstor-console queue cancel --all` verwirft sie. Nichts wurde geändert.</numerusform>
            <numerusform>Fehler: Die Warteschlange im Journal hält noch %n Verschiebungen, die auf ihren Start warten (%1); ein neuer Plan würde neben ihnen laufen. `cstor-console queue` listet sie auf, `cstor-console queue resume` führt sie aus, `cstor-console queue cancel --all` verwirft sie. Nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>pausiert: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>The queue was paused (%1); these moves resume it.</source>
        <translation>Die Warteschlange war pausiert (%1); diese Verschiebungen setzen sie fort.</translation>
    </message>
    <message>
        <source>Interrupted: the queue is paused; the moves running now finish, the others stay in the journal (Ctrl-C again to leave the running ones to the journal too; `cstor-console queue resume` goes on).</source>
        <translation>Unterbrochen: Die Warteschlange ist pausiert; die jetzt laufenden Verschiebungen werden beendet, die anderen bleiben im Journal (erneut Ctrl-C überlässt auch die laufenden dem Journal; `cstor-console queue resume` macht weiter).</translation>
    </message>
    <message>
        <source>interrupted by %1 (Ctrl-C)</source>
        <translation>unterbrochen von %1 (Ctrl-C)</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n object(s) of the cluster still could not be read when this command ended (named above); it went by what it could read</source>
        <translation>
            <numerusform>Warnung: %n Objekt des Clusters konnte am Ende dieses Befehls noch immer nicht gelesen werden (oben genannt); er richtete sich nach dem, was er lesen konnte</numerusform>
            <numerusform>Warnung: %n Objekte des Clusters konnten am Ende dieses Befehls noch immer nicht gelesen werden (oben genannt); er richtete sich nach dem, was er lesen konnte</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;, which this command cannot see as it is: %3</source>
        <translation>Warnung: %1 „%2“ wird übersprungen, dieser Befehl kann es nicht so sehen, wie es ist: %3</translation>
    </message>
    <message>
        <source>warning: the plan leaves out when the pools go read-only: %1</source>
        <translation>Warnung: Der Plan lässt aus, wann die Pools schreibgeschützt werden: %1</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>SCHREIBGESCHÜTZT</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Dry run: nothing was changed.
</source>
        <translation>Probelauf: nichts wurde geändert.
</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>Show the plan and ask the server to dry-run each change; change nothing.</source>
        <translation>Den Plan zeigen und den Server jede Änderung probeweise ausführen lassen (Dry Run); nichts ändern.</translation>
    </message>
    <message>
        <source>Do not ask before moving.</source>
        <translation>Vor dem Verschieben nicht nachfragen.</translation>
    </message>
    <message>
        <source>Wait until every move has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>Warten, bis jede Verschiebung beendet ist (geschieht immer; für Skripte, die für kubectl-artige Werkzeuge geschrieben sind).</translation>
    </message>
</context>
<context>
    <name>PlanRun</name>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUME</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>TO NODE</source>
        <translation>NACH NODE</translation>
    </message>
    <message>
        <source>CHECKS</source>
        <translation>PRÜFUNGEN</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>FEHLER: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n replica(s) moved.
</source>
        <translation>
            <numerusform>%1: %n Replica verschoben.
</numerusform>
            <numerusform>%1: %n Replicas verschoben.
</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1: %2 of %3 move(s) did not finish:</source>
        <translation>Fehler: %1: %2 von %3 Verschiebungen wurden nicht beendet:</translation>
    </message>
    <message>
        <source>Paused: %1 of %2 move(s) done, %3 failed; %4 left in the queue of the journal (`cstor-console queue` lists them). `cstor-console queue resume` runs them; `cstor-console queue cancel --all` drops them.</source>
        <translation>Pausiert: %1 von %2 Verschiebung(en) erledigt, %3 fehlgeschlagen; %4 verbleiben in der Warteschlange des Journals (`cstor-console queue` listet sie auf). `cstor-console queue resume` führt sie aus; `cstor-console queue cancel --all` verwirft sie.</translation>
    </message>
    <message>
        <source>Estimated duration: %1.
</source>
        <translation>Geschätzte Dauer: %1.
</translation>
    </message>
    <message>
        <source>waits: %1</source>
        <translation>wartet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) were left to another console, which moved those replicas first or took the moves over.
</source>
        <translation>
            <numerusform>%n Verschiebung wurde einer anderen Konsole überlassen, die diese Replica zuerst verschoben oder die Verschiebung übernommen hat.
</numerusform>
            <numerusform>%n Verschiebungen wurden einer anderen Konsole überlassen, die diese Replicas zuerst verschoben oder die Verschiebungen übernommen hat.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueOptions</name>
    <message>
        <source>At most N rebuilds onto one pool at once (default 1).</source>
        <translation>Höchstens N Neuaufbauten gleichzeitig auf einen Pool (Standard 1).</translation>
    </message>
    <message>
        <source>At most N moves off one node at once (default 1).</source>
        <translation>Höchstens N Verschiebungen gleichzeitig von einem Node weg (Standard 1).</translation>
    </message>
    <message>
        <source>At most N moves at once in the cluster (default 4).</source>
        <translation>Höchstens N Verschiebungen gleichzeitig im Cluster (Standard 4).</translation>
    </message>
    <message>
        <source>Start moves only between these times of day, local time (e.g. 22:00-06:00); running moves always finish. &quot;none&quot;: at any time (the default).</source>
        <translation>Verschiebungen nur zwischen diesen Tageszeiten starten, Ortszeit (z. B. 22:00-06:00); laufende Verschiebungen werden immer beendet. &quot;none&quot;: jederzeit (Standard).</translation>
    </message>
    <message>
        <source>error: --%1 takes a whole number of at least 1, not &quot;%2&quot;</source>
        <translation>Fehler: --%1 erwartet eine ganze Zahl von mindestens 1, nicht „%2“</translation>
    </message>
    <message>
        <source>error: --window: %1</source>
        <translation>Fehler: --window: %1</translation>
    </message>
    <message>
        <source>At most %1 rebuild(s) onto one pool, %2 move(s) off one node and %3 in the cluster at once (--max-per-pool, --max-per-node, --max-total; cStor has no rebuild throttle, so these caps are the lever on the load).
</source>
        <translation>Höchstens %1 Neuaufbau(ten) gleichzeitig auf einen Pool, %2 Verschiebung(en) von einem Node weg und %3 im Cluster (--max-per-pool, --max-per-node, --max-total; cStor hat keine Drosselung des Neuaufbaus, daher sind diese Obergrenzen der Hebel für die Last).
</translation>
    </message>
    <message>
        <source>Moves start only between %1 (--window); running moves always finish.
</source>
        <translation>Verschiebungen starten nur im Zeitfenster %1 (--window); laufende Verschiebungen werden immer beendet.
</translation>
    </message>
</context>
<context>
    <name>QueueVerb</name>
    <message>
        <source>The verb.</source>
        <translation>Das Verb.</translation>
    </message>
    <message>
        <source>The queue of moves the journal holds for the context: the moves not finished (those running, those waiting to start), whether the queue is paused and why, its caps and maintenance window. A plan interrupted with Ctrl-C, or a console that restarted, leaves its waiting moves here, paused.
  queue [list]            what the queue holds
  queue pause [--reason TEXT]
                          running moves finish, waiting ones do not start
  queue resume            waiting moves start again; the moves no live console runs are run here, and the verb waits until they end
  queue cancel ID... | --all
                          waiting moves are dropped; a running move is rolled back (its new replica removed, the old one kept) by the console running it
  queue set [--max-per-pool N] [--max-per-node N] [--max-total N] [--window HH:MM-HH:MM|none]
  queue move ID POSITION  the waiting move starts at POSITION (1 first)
A console running the moves (the window or another terminal) follows these changes within a second.
Exit codes: 0 done, 1 refused or failed (or resumed moves did not all finish), 2 usage error.</source>
        <translation>Die Warteschlange der Verschiebungen, die das Journal für den Kontext hält: die nicht beendeten Verschiebungen (laufende und solche, die auf ihren Start warten), ob die Warteschlange pausiert ist und warum, ihre Obergrenzen und ihr Wartungsfenster. Ein mit Ctrl-C unterbrochener Plan oder eine neu gestartete Konsole hinterlässt die wartenden Verschiebungen hier, pausiert.
  queue [list]            was die Warteschlange hält
  queue pause [--reason TEXT]
                          laufende Verschiebungen werden beendet, wartende starten nicht
  queue resume            wartende Verschiebungen starten wieder; die Verschiebungen, die keine lebende Konsole ausführt, werden hier ausgeführt, und das Verb wartet, bis sie enden
  queue cancel ID... | --all
                          wartende Verschiebungen werden verworfen; eine laufende Verschiebung wird von der Konsole, die sie ausführt, zurückgerollt (ihr neues Replica entfernt, das alte behalten)
  queue set [--max-per-pool N] [--max-per-node N] [--max-total N] [--window HH:MM-HH:MM|none]
  queue move ID POSITION  die wartende Verschiebung startet an POSITION (1 zuerst)
Eine Konsole, die die Verschiebungen ausführt (das Fenster oder ein anderes Terminal), folgt diesen Änderungen innerhalb einer Sekunde.
Exit-Codes: 0 erledigt, 1 abgelehnt oder fehlgeschlagen (oder fortgesetzte Verschiebungen nicht alle beendet), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>list, pause, resume, cancel, set or move.</source>
        <translation>list, pause, resume, cancel, set oder move.</translation>
    </message>
    <message>
        <source>cancel: every move of the queue.</source>
        <translation>cancel: jede Verschiebung der Warteschlange.</translation>
    </message>
    <message>
        <source>pause: why, for the other operators.</source>
        <translation>pause: der Grund, für die anderen Operatoren.</translation>
    </message>
    <message>
        <source>error: unknown queue action &quot;%1&quot;; one of: %2</source>
        <translation>Fehler: unbekannte Warteschlangen-Aktion „%1“; eine von: %2</translation>
    </message>
    <message>
        <source>error: the caps and --window are set with `queue set`</source>
        <translation>Fehler: Die Obergrenzen und --window werden mit `queue set` gesetzt</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: name the moves to cancel (IDs from `queue`), or --all</source>
        <translation>Fehler: Nennen Sie die abzubrechenden Verschiebungen (IDs aus `queue`) oder --all</translation>
    </message>
    <message>
        <source>error: queue set needs --max-per-pool, --max-per-node, --max-total or --window</source>
        <translation>Fehler: queue set braucht --max-per-pool, --max-per-node, --max-total oder --window</translation>
    </message>
    <message>
        <source>caps and window set by %1</source>
        <translation>Obergrenzen und Wartungsfenster gesetzt von %1</translation>
    </message>
    <message>
        <source>Queue set.
</source>
        <translation>Warteschlange eingestellt.
</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>ein Operator</translation>
    </message>
    <message>
        <source>cstor-console pid %1</source>
        <translation>cstor-console pid %1</translation>
    </message>
    <message>
        <source>Paused: %1
</source>
        <translation>Pausiert: %1
</translation>
    </message>
    <message>
        <source>Running: waiting moves start as the caps allow.
</source>
        <translation>Läuft: Wartende Verschiebungen starten, sobald die Obergrenzen es erlauben.
</translation>
    </message>
    <message>
        <source>The queue holds no move.
</source>
        <translation>Die Warteschlange hält keine Verschiebung.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUME</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>RUN BY</source>
        <translation>AUSGEFÜHRT VON</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>- (resume runs it)</source>
        <translation>- (resume führt sie aus)</translation>
    </message>
    <message>
        <source>by %1 with `cstor-console queue pause`</source>
        <translation>von %1 mit `cstor-console queue pause`</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>von %1: %2</translation>
    </message>
    <message>
        <source>Paused the queue: %1 running move(s) finish, %2 waiting move(s) do not start until `cstor-console queue resume`.
</source>
        <translation>Warteschlange pausiert: %1 laufende Verschiebung(en) werden beendet, %2 wartende Verschiebung(en) starten nicht vor `cstor-console queue resume`.
</translation>
    </message>
    <message>
        <source>resumed by %1</source>
        <translation>fortgesetzt von %1</translation>
    </message>
    <message>
        <source>The queue runs; it holds no move.
</source>
        <translation>Die Warteschlange läuft; sie hält keine Verschiebung.
</translation>
    </message>
    <message>
        <source>The queue runs; %1 runs its moves and goes on.
</source>
        <translation>Die Warteschlange läuft; %1 führt ihre Verschiebungen aus und macht weiter.
</translation>
    </message>
    <message numerus="yes">
        <source>Running %n move(s) of the queue.
</source>
        <translation>
            <numerusform>%n Verschiebung der Warteschlange wird ausgeführt.
</numerusform>
            <numerusform>%n Verschiebungen der Warteschlange werden ausgeführt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>die Warteschlange</translation>
    </message>
    <message>
        <source>cancelled by %1 before it started</source>
        <translation>von %1 abgebrochen, bevor sie begann</translation>
    </message>
    <message>
        <source>cancel requested by %1</source>
        <translation>Abbruch angefordert von %1</translation>
    </message>
    <message>
        <source>%1: cancelled
</source>
        <translation>%1: abgebrochen
</translation>
    </message>
    <message>
        <source>%1: %2 rolls it back (the new replica is removed, the old one kept) unless its old replica is already being removed
</source>
        <translation>%1: %2 rollt sie zurück (das neue Replica wird entfernt, das alte behalten), sofern ihr altes Replica nicht bereits entfernt wird
</translation>
    </message>
    <message>
        <source>%1: rolled back when the queue is resumed (`cstor-console queue resume`)
</source>
        <translation>%1: wird zurückgerollt, wenn die Warteschlange fortgesetzt wird (`cstor-console queue resume`)
</translation>
    </message>
    <message>
        <source>error: the queue holds no move %1 (`cstor-console queue` lists them)</source>
        <translation>Fehler: Die Warteschlange hält keine Verschiebung %1 (`cstor-console queue` listet sie auf)</translation>
    </message>
    <message>
        <source>error: queue move takes a move&apos;s ID and its new position (1 first)</source>
        <translation>Fehler: queue move erwartet die ID einer Verschiebung und ihre neue Position (1 zuerst)</translation>
    </message>
    <message>
        <source>error: %1 is not a waiting move of the queue (`cstor-console queue` lists them)</source>
        <translation>Fehler: %1 ist keine wartende Verschiebung der Warteschlange (`cstor-console queue` listet sie auf)</translation>
    </message>
    <message>
        <source>%1 moved to place %2 by %3</source>
        <translation>%1 von %3 an Stelle %2 verschoben</translation>
    </message>
    <message>
        <source>%1 now starts as number %2 of %3 waiting move(s).
</source>
        <translation>%1 startet jetzt als Nummer %2 von %3 wartenden Verschiebung(en).
</translation>
    </message>
</context>
<context>
    <name>RebalanceVerb</name>
    <message>
        <source>The verb.</source>
        <translation>Das Verb.</translation>
    </message>
    <message>
        <source>Brings the used capacity of a pool cluster&apos;s pools (of each pool cluster, without --pool-cluster) within --max-spread percentage points of each other, moving few bytes: again and again a replica leaves the fullest pool for the pool that stays emptiest with it, replicas of volumes whose replicas are all Healthy and small ones first, no replica twice, under every rule of a single move. Only ONLINE, writable pools on live nodes count. Shows the plan with each pool&apos;s capacity before and after, and asks unless --yes is given; the moves then run as a queue within the caps, and the verb waits until every move has ended and the pools report their new capacity. A plan that cannot reach the spread is refused, naming the spread it would reach.
Exit codes: 0 within the spread (or nothing to change in a dry run), 1 refused, failed or not within the spread, 2 usage error.</source>
        <translation>Bringt die belegte Kapazität der Pools eines Pool-Clusters (ohne --pool-cluster: die jedes Pool-Clusters) auf höchstens --max-spread Prozentpunkte Abstand zueinander und verschiebt dabei wenige Bytes: Immer wieder verlässt ein Replica den vollsten Pool in Richtung des Pools, der mit ihm am leersten bleibt, Replicas von Volumes, deren Replicas alle Healthy sind, und kleine zuerst, kein Replica zweimal, unter jeder Regel einer einzelnen Verschiebung. Nur ONLINE, beschreibbare Pools auf lebenden Nodes zählen. Zeigt den Plan mit der Kapazität jedes Pools vorher und nachher und fragt nach, außer wenn --yes angegeben ist; die Verschiebungen laufen dann als Warteschlange innerhalb der Obergrenzen, und das Verb wartet, bis jede Verschiebung beendet ist und die Pools ihre neue Kapazität melden. Ein Plan, der die Spanne nicht erreichen kann, wird abgelehnt, unter Nennung der Spanne, die er erreichen würde.
Exit-Codes: 0 innerhalb der Spanne (oder nichts zu ändern bei einem Probelauf), 1 abgelehnt, fehlgeschlagen oder nicht innerhalb der Spanne, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>The pool cluster (CStorPoolCluster) to rebalance; every one when not given.</source>
        <translation>Der auszugleichende Pool-Cluster (CStorPoolCluster); ohne Angabe jeder.</translation>
    </message>
    <message>
        <source>The most percentage points of used capacity between the fullest and the emptiest pool (default 10).</source>
        <translation>Höchstens so viele Prozentpunkte belegter Kapazität zwischen dem vollsten und dem leersten Pool (Standard 10).</translation>
    </message>
    <message>
        <source>Unknown argument: %1 (name a pool cluster with --pool-cluster)</source>
        <translation>Unbekanntes Argument: %1 (einen Pool-Cluster mit --pool-cluster angeben)</translation>
    </message>
    <message>
        <source>error: --max-spread takes a whole number of points from 1 to 100, not &quot;%1&quot;</source>
        <translation>Fehler: --max-spread erwartet eine ganze Zahl von Punkten von 1 bis 100, nicht „%1“</translation>
    </message>
    <message>
        <source>every pool cluster</source>
        <translation>alle Pool-Cluster</translation>
    </message>
    <message>
        <source>pool cluster %1</source>
        <translation>Pool-Cluster %1</translation>
    </message>
    <message>
        <source>error: no cStor pool belongs to a pool cluster named %1 in namespace &quot;%2&quot;</source>
        <translation>Fehler: kein cStor-Pool gehört zu einem Pool-Cluster namens %1 im Namespace „%2“</translation>
    </message>
    <message>
        <source>The pools of %1 are within %2 points already: nothing to move.
</source>
        <translation>%1: Die Pools liegen bereits innerhalb von %2 Punkten: nichts zu verschieben.
</translation>
    </message>
    <message numerus="yes">
        <source>Rebalance %1: spread %2 -&gt; %3 points (at most %4): move %n replica(s), %5 to copy

</source>
        <translation>
            <numerusform>%1 ausgleichen: Spanne %2 -&gt; %3 Punkte (höchstens %4): %n Replica verschieben, %5 zu kopieren

</numerusform>
            <numerusform>%1 ausgleichen: Spanne %2 -&gt; %3 Punkte (höchstens %4): %n Replicas verschieben, %5 zu kopieren

</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:
</source>
        <translation>Hinweise:
</translation>
    </message>
    <message>
        <source>error: refusing to rebalance %1: the best plan leaves a spread of %2 points, more than %3 (%4); nothing was changed. Run with --max-spread %2 to apply that plan.</source>
        <translation>Fehler: Ausgleich für %1 abgelehnt: Der beste Plan hinterlässt eine Spanne von %2 Punkten, mehr als %3 (%4); nichts wurde geändert. Führen Sie den Befehl mit --max-spread %2 aus, um diesen Plan anzuwenden.</translation>
    </message>
    <message>
        <source>error: refusing to rebalance %1: %2</source>
        <translation>Fehler: Ausgleich für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>error: the pools of %1 report a spread of %2 points, more than %3</source>
        <translation>Fehler: %1: Die Pools melden eine Spanne von %2 Punkten, mehr als %3</translation>
    </message>
</context>
<context>
    <name>RecoverVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>Nur den Plan zeigen; nichts ändern.</translation>
    </message>
    <message>
        <source>Do not ask before recovering.</source>
        <translation>Vor der Wiederherstellung nicht nachfragen.</translation>
    </message>
    <message>
        <source>Wait until the recovery has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>Warten, bis die Wiederherstellung beendet ist (geschieht immer; für Skripte, die für kubectl-artige Werkzeuge geschrieben sind).</translation>
    </message>
    <message>
        <source>The volume to recover is missing: recover VOLUME</source>
        <translation>Das wiederherzustellende Volume fehlt: recover VOLUME</translation>
    </message>
    <message>
        <source>error: no CStorVolumeConfig &quot;%1&quot; in namespace &quot;%2&quot;</source>
        <translation>Fehler: keine CStorVolumeConfig „%1“ im Namespace „%2“</translation>
    </message>
    <message>
        <source>error: volume %1 needs a manual recovery; nothing was changed.</source>
        <translation>Fehler: Volume %1 muss manuell wiederhergestellt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Das Verb.</translation>
    </message>
    <message>
        <source>The volume (PV name, the name of its CStorVolumeConfig).</source>
        <translation>Das Volume (PV-Name, der Name seiner CStorVolumeConfig).</translation>
    </message>
    <message>
        <source>remove pool %1 from the CVC (verified when its status lists the pools its spec lists)</source>
        <translation>Pool %1 aus der CVC entfernen (geprüft, wenn ihr Status die Pools aufführt, die ihre Spec aufführt)</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>(keiner gefunden)</translation>
    </message>
    <message>
        <source>restart the target pod %1 (verified when the CV&apos;s DRF, RF and known replicas agree with the CVC)</source>
        <translation>den Target-Pod %1 neu starten (geprüft, wenn DRF, RF und bekannte Replicas des CV mit der CVC übereinstimmen)</translation>
    </message>
    <message>
        <source>Volume %1: nothing to do; it is at its replica count, all replicas Healthy on live nodes.
</source>
        <translation>Volume %1: nichts zu tun; es hat seine Replica-Anzahl, alle Replicas sind Healthy auf laufenden Nodes.
</translation>
    </message>
    <message>
        <source>Volume %1:
</source>
        <translation>Volume %1:
</translation>
    </message>
    <message>
        <source>Not automated: %1
</source>
        <translation>Nicht automatisiert: %1
</translation>
    </message>
    <message>
        <source>Risk: %1
</source>
        <translation>Risiko: %1
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>Was Sie tun können:
</translation>
    </message>
    <message>
        <source>Steps:
</source>
        <translation>Schritte:
</translation>
    </message>
    <message>
        <source>then, once the target refuses the lower replication factor, restart the target pod %1 (verified when the CV&apos;s DRF, RF and known replicas agree with the CVC)</source>
        <translation>danach, sobald das Target den niedrigeren Replikationsfaktor ablehnt, den Target-Pod %1 neu starten (geprüft, wenn DRF, RF und bekannte Replicas des CV mit der CVC übereinstimmen)</translation>
    </message>
    <message>
        <source>replace pool %1, which no CStorPoolInstance has, by %2 in the CVC (verified when its status lists %2; the new replica then rebuilds)</source>
        <translation>Pool %1, den keine CStorPoolInstance hat, in der CVC durch %2 ersetzen (geprüft, wenn ihr Status %2 aufführt; das neue Replica wird dann aufgebaut)</translation>
    </message>
    <message>
        <source>Says what is wrong with one cStor volume and brings it back where that is automated: a pool whose new replica cannot finish (its pool or node is down) is removed from the volume, a pool name no pool has (a typo) is replaced by the closest usable pool of its pool cluster, a replica deleted by hand is created again with the replica id the target still knows, a target that refuses its lower replication factor is restarted. Each step is verified on a fresh read before the next. Shows the plan first and asks unless --yes is given. A scale-down whose new replica was lost is explained, not changed.
Exit codes: 0 nothing to do or recovered, 1 not recovered (a dry run with steps to take, a case to recover by hand, or a step that failed), 2 usage error.</source>
        <translation>Sagt, was mit einem cStor-Volume nicht stimmt, und stellt es wieder her, wo das automatisiert ist: Ein Pool, dessen neues Replica nicht fertig werden kann (sein Pool oder Node ist ausgefallen), wird aus dem Volume entfernt; ein Poolname, den kein Pool hat (ein Tippfehler), wird durch den ähnlichsten nutzbaren Pool seines Pool-Clusters ersetzt; ein von Hand gelöschtes Replica wird mit der Replica-ID, die das Target noch kennt, wieder angelegt; ein Target, das seinen niedrigeren Replikationsfaktor ablehnt, wird neu gestartet. Jeder Schritt wird vor dem nächsten anhand eines frischen Lesevorgangs geprüft. Zeigt zuerst den Plan und fragt nach, sofern nicht --yes angegeben ist. Eine Herunterskalierung, deren neues Replica verloren ging, wird erklärt, nicht geändert.
Exit-Codes: 0 nichts zu tun oder wiederhergestellt, 1 nicht wiederhergestellt (ein Probelauf mit auszuführenden Schritten, ein von Hand wiederherzustellender Fall oder ein fehlgeschlagener Schritt), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>create the replica on pool %1 again, with the replica id %2 the target still knows (verified when it exists; it then rebuilds from the Healthy replicas)</source>
        <translation>das Replica auf Pool %1 wieder anlegen, mit der Replica-ID %2, die das Target noch kennt (geprüft, sobald es existiert; danach wird es aus den Healthy-Replicas neu aufgebaut)</translation>
    </message>
</context>
<context>
    <name>Recovery::DiskReplacementPlanner</name>
    <message>
        <source>move the replicas off node %1 once their volumes have Healthy replicas elsewhere: cstor-console drain %1</source>
        <translation>die Replicas von Node %1 verschieben, sobald ihre Volumes anderswo Healthy-Replicas haben: cstor-console drain %1</translation>
    </message>
    <message>
        <source>then remove the pool spec of node %1 from CStorPoolCluster %2 and add one with working disks</source>
        <translation>dann die Pool-Spezifikation von Node %1 aus CStorPoolCluster %2 entfernen und eine mit funktionierenden Platten hinzufügen</translation>
    </message>
    <message>
        <source>no CStorPoolInstance &quot;%1&quot;</source>
        <translation>kein CStorPoolInstance „%1“</translation>
    </message>
    <message>
        <source>no disk of pool %1 has failed</source>
        <translation>keine Platte von Pool %1 ist ausgefallen</translation>
    </message>
    <message>
        <source>block device %1 is not a disk of pool %2 (its disks: %3)</source>
        <translation>Blockgerät %1 ist keine Platte von Pool %2 (seine Platten: %3)</translation>
    </message>
    <message>
        <source>pool %1 is a %2 pool: upstream replaces disks only in mirror and raidz pools, and a stripe pool loses the data of a failed disk</source>
        <translation>Pool %1 ist ein %2-Pool: upstream ersetzt Platten nur in Mirror- und RAIDZ-Pools, und ein Stripe-Pool verliert die Daten einer ausgefallenen Platte</translation>
    </message>
    <message>
        <source>disks %1 of the same raid group of pool %2 failed: the pool cannot serve its data, so no new disk can be resilvered from it</source>
        <translation>die Platten %1 derselben RAID-Gruppe von Pool %2 sind ausgefallen: der Pool kann seine Daten nicht liefern, also kann keine neue Platte daraus resilvert werden</translation>
    </message>
    <message>
        <source>block device %1 works while %2 of its raid group has failed: replacing it would leave the group without a working copy during the resilver; replace %2 first</source>
        <translation>Blockgerät %1 funktioniert, während %2 seiner RAID-Gruppe ausgefallen ist: es zu ersetzen ließe die Gruppe während des Resilverings ohne funktionierende Kopie; zuerst %2 ersetzen</translation>
    </message>
    <message>
        <source>block device %1 is not in the spec of CStorPoolCluster %2</source>
        <translation>Blockgerät %1 steht nicht in der Spezifikation von CStorPoolCluster %2</translation>
    </message>
    <message>
        <source>there is no BlockDevice %1 to compare a replacement&apos;s size with</source>
        <translation>es gibt kein BlockDevice %1, mit dessen Größe ein Ersatz verglichen werden könnte</translation>
    </message>
    <message>
        <source>no BlockDevice &quot;%1&quot;</source>
        <translation>kein BlockDevice „%1“</translation>
    </message>
    <message>
        <source>block device %1 is on node %2, not on the pool&apos;s node %3</source>
        <translation>Blockgerät %1 ist auf Node %2, nicht auf dem Node %3 des Pools</translation>
    </message>
    <message>
        <source>block device %1 is %2: only an unclaimed disk can take the place of another</source>
        <translation>Blockgerät %1 ist %2: nur eine nicht beanspruchte Platte kann den Platz einer anderen einnehmen</translation>
    </message>
    <message>
        <source>block device %1 is %2, not Active</source>
        <translation>Blockgerät %1 ist %2, nicht Active</translation>
    </message>
    <message>
        <source>block device %1 (%2) is smaller than %3 (%4)</source>
        <translation>Blockgerät %1 (%2) ist kleiner als %3 (%4)</translation>
    </message>
    <message>
        <source>node %1 has no unclaimed Active block device of at least %2 to take the place of %3</source>
        <translation>Node %1 hat kein nicht beanspruchtes, aktives Blockgerät mit mindestens %2, das den Platz von %3 einnehmen kann</translation>
    </message>
    <message>
        <source>attach a disk of at least %1 to node %2; once NDM lists it as an Unclaimed BlockDevice, run this again</source>
        <translation>eine Platte mit mindestens %1 an Node %2 anschließen; sobald NDM sie als Unclaimed-BlockDevice aufführt, dies erneut ausführen</translation>
    </message>
</context>
<context>
    <name>Recovery::DiskReplacementTask</name>
    <message>
        <source>Replacing %1 by %2 in CStorPoolCluster %3 …</source>
        <translation>%1 wird in CStorPoolCluster %3 durch %2 ersetzt …</translation>
    </message>
    <message>
        <source>The CSPC operator put %1 into pool %2.</source>
        <translation>Der CSPC-Operator hat %1 in Pool %2 aufgenommen.</translation>
    </message>
    <message>
        <source>Resilvering %1: pool %2 is %3 until it ends; its replicas keep serving …</source>
        <translation>Resilvering von %1: Pool %2 ist bis zum Ende %3; seine Replicas bedienen weiter …</translation>
    </message>
    <message>
        <source>the new disk</source>
        <translation>die neue Platte</translation>
    </message>
    <message>
        <source>Resilvered: pool %1 is ONLINE.</source>
        <translation>Resilvert: Pool %1 ist ONLINE.</translation>
    </message>
    <message>
        <source>Resilvered: pool %1 is ONLINE with %2 in place of %3.</source>
        <translation>Resilvert: Pool %1 ist ONLINE mit %2 anstelle von %3.</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names %2, but the CSPC operator has not put it into pool %3; the operator&apos;s log says why: kubectl logs -n %4 deploy/cspc-operator</source>
        <translation>CStorPoolCluster %1 nennt %2, aber der CSPC-Operator hat es nicht in Pool %3 aufgenommen; sein Log sagt warum: kubectl logs -n %4 deploy/cspc-operator</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1</source>
        <translation>CStorPoolCluster %1</translation>
    </message>
</context>
<context>
    <name>Recovery::LostNodePlanner</name>
    <message>
        <source>gone from the cluster&apos;s nodes</source>
        <translation>aus den Nodes des Clusters verschwunden</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>NotReady</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> seit %1</translation>
    </message>
    <message>
        <source>no replica on a live node: its data was only on %1; it comes back only with that node, so the console leaves it as it is</source>
        <translation>kein Replica auf einem lebenden Node: seine Daten lagen nur auf %1; sie kommen nur mit diesem Node zurück, daher lässt die Console es, wie es ist</translation>
    </message>
    <message>
        <source>its replicas on live nodes are not Healthy yet (%1; its target may be restarting): run this again once one is</source>
        <translation>seine Replicas auf lebenden Nodes sind noch nicht Healthy (%1; sein Target startet vielleicht neu): erneut ausführen, sobald eines es ist</translation>
    </message>
    <message>
        <source>Offline: its target counts %1 Healthy of %2 replicas and needs %3 to serve I/O or rebuild a new replica; its data is intact on the Healthy one(s). Bring %4 back, or restore quorum otherwise, then run this again</source>
        <translation>Offline: sein Target zählt %1 Healthy von %2 Replicas und braucht %3, um I/O zu bedienen oder ein neues Replica aufzubauen; seine Daten sind auf dem Healthy-Replica intakt. %4 zurückholen oder das Quorum anders wiederherstellen, dann erneut ausführen</translation>
    </message>
    <message numerus="yes">
        <source>a new replica on %1 rebuilds from %n Healthy replica(s); then %2 leaves the volume</source>
        <translation>
            <numerusform>ein neues Replica auf %1 wird aus %n Healthy-Replica aufgebaut; dann verlässt %2 das Volume</numerusform>
            <numerusform>ein neues Replica auf %1 wird aus %n Healthy-Replicas aufgebaut; dann verlässt %2 das Volume</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; add a pool on another node to pool cluster %2, then run this again</source>
        <translation>%1; einen Pool auf einem anderen Node zum Pool-Cluster %2 hinzufügen, dann erneut ausführen</translation>
    </message>
    <message>
        <source>Let the Terminating replicas go (only their pool manager would, and it went with the node): kubectl patch cvr %1 -n %2 %3</source>
        <translation>Die Terminating-Replicas freigeben (das täte nur ihr Pool-Manager, und der ging mit dem Node): kubectl patch cvr %1 -n %2 %3</translation>
    </message>
    <message>
        <source>Remove the pool spec of %1 from its pool cluster (the webhook refuses it while a replica is on the pool): kubectl patch cspc %2 -n %3 --type=json -p &apos;[{&quot;op&quot;:&quot;test&quot;,&quot;path&quot;:&quot;/spec/pools/%4/nodeSelector/kubernetes.io~1hostname&quot;,&quot;value&quot;:&quot;%5&quot;},{&quot;op&quot;:&quot;remove&quot;,&quot;path&quot;:&quot;/spec/pools/%4&quot;}]&apos;</source>
        <translation>Die Pool-Spezifikation von %1 aus ihrem Pool-Cluster entfernen (der Webhook lehnt das ab, solange ein Replica auf dem Pool liegt): kubectl patch cspc %2 -n %3 --type=json -p &apos;[{&quot;op&quot;:&quot;test&quot;,&quot;path&quot;:&quot;/spec/pools/%4/nodeSelector/kubernetes.io~1hostname&quot;,&quot;value&quot;:&quot;%5&quot;},{&quot;op&quot;:&quot;remove&quot;,&quot;path&quot;:&quot;/spec/pools/%4&quot;}]&apos;</translation>
    </message>
    <message>
        <source>Remove the pool spec of %1 from its pool cluster (the webhook refuses it while a replica is on the pool): kubectl edit cspc %2 -n %3, and delete the entry of spec.pools whose nodeSelector is kubernetes.io/hostname: %4</source>
        <translation>Die Pool-Spezifikation von %1 aus ihrem Pool-Cluster entfernen (der Webhook lehnt das ab, solange ein Replica auf dem Pool liegt): kubectl edit cspc %2 -n %3, und den Eintrag in spec.pools löschen, dessen nodeSelector kubernetes.io/hostname: %4 ist</translation>
    </message>
    <message>
        <source>The pool cluster then deletes %1; only its pool manager would remove the finalizers, so remove them: kubectl patch cspi %1 -n %2 %3</source>
        <translation>Der Pool-Cluster löscht dann %1; nur sein Pool-Manager würde die Finalizer entfernen, also entfernen Sie sie: kubectl patch cspi %1 -n %2 %3</translation>
    </message>
</context>
<context>
    <name>Recovery::MovedDisksPlanner</name>
    <message>
        <source>no pool (CStorPoolInstance) named %1%2</source>
        <translation>kein Pool (CStorPoolInstance) namens %1%2</translation>
    </message>
    <message>
        <source>block device %1 of pool %2 is not in the cluster: node-disk-manager has not found it on any node</source>
        <translation>Blockgerät %1 von Pool %2 ist nicht im Cluster: node-disk-manager hat es an keinem Knoten gefunden</translation>
    </message>
    <message>
        <source>attach the disk to a node and wait until node-disk-manager lists it (kubectl get bd)</source>
        <translation>die Festplatte an einen Knoten anschließen und warten, bis node-disk-manager sie aufführt (kubectl get bd)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>pool %1 names no block device</source>
        <translation>Pool %1 nennt kein Blockgerät</translation>
    </message>
    <message>
        <source>the disks of pool %1 are on several nodes (%2): a pool imports only on a node that has all of its disks</source>
        <translation>die Festplatten von Pool %1 liegen an mehreren Knoten (%2): ein Pool lässt sich nur an einem Knoten importieren, der alle seine Festplatten hat</translation>
    </message>
    <message>
        <source>attach all of them to one node, then run this again</source>
        <translation>alle an einen Knoten anschließen und dann erneut ausführen</translation>
    </message>
    <message>
        <source>no pool spec of CStorPoolCluster %1 names the node or the disks of pool %2</source>
        <translation>keine Pool-Spezifikation von CStorPoolCluster %1 nennt den Knoten oder die Festplatten von Pool %2</translation>
    </message>
    <message>
        <source>the pool spec of %1 in CStorPoolCluster %2 selects its node by other labels than kubernetes.io/hostname</source>
        <translation>die Pool-Spezifikation von %1 in CStorPoolCluster %2 wählt ihren Knoten über andere Labels als kubernetes.io/hostname</translation>
    </message>
    <message>
        <source>edit its nodeSelector by hand: kubectl edit cspc %1</source>
        <translation>ihren nodeSelector von Hand ändern: kubectl edit cspc %1</translation>
    </message>
    <message>
        <source>the disks of pool %1 are on its node %2</source>
        <translation>die Festplatten von Pool %1 liegen an seinem Knoten %2</translation>
    </message>
    <message>
        <source>node %1, where node-disk-manager found the disks, is not in the cluster</source>
        <translation>Knoten %1, an dem node-disk-manager die Festplatten gefunden hat, ist nicht im Cluster</translation>
    </message>
    <message>
        <source>node %1 is not Ready: the pool cannot start there</source>
        <translation>Knoten %1 ist nicht Ready: der Pool kann dort nicht starten</translation>
    </message>
    <message>
        <source>bring node %1 back, then run this again</source>
        <translation>Knoten %1 zurückholen und dann erneut ausführen</translation>
    </message>
    <message>
        <source>node %1 is cordoned: the pool&apos;s pod cannot be scheduled there</source>
        <translation>Knoten %1 ist abgesperrt (cordoned): der Pod des Pools kann dort nicht eingeplant werden</translation>
    </message>
    <message>
        <source>kubectl uncordon %1, then run this again</source>
        <translation>kubectl uncordon %1, dann erneut ausführen</translation>
    </message>
    <message>
        <source>node %1 already has a pool of CStorPoolCluster %2: a pool cluster has one pool per node</source>
        <translation>Knoten %1 hat schon einen Pool von CStorPoolCluster %2: ein Pool-Cluster hat einen Pool pro Knoten</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 has %2 of its %3 pools provisioned: its operator would create a new pool on node %4 instead of moving this one</source>
        <translation>CStorPoolCluster %1 hat %2 seiner %3 Pools bereitgestellt: sein Operator würde einen neuen Pool auf Knoten %4 anlegen, statt diesen zu verlegen</translation>
    </message>
    <message>
        <source>wait until every pool of the cluster is provisioned (kubectl get cspc)</source>
        <translation>warten, bis jeder Pool des Clusters bereitgestellt ist (kubectl get cspc)</translation>
    </message>
    <message>
        <source>no pool (CStorPoolInstance) of that pool spec was found</source>
        <translation>kein Pool (CStorPoolInstance) dieser Pool-Spezifikation gefunden</translation>
    </message>
    <message>
        <source>another pool spec of CStorPoolCluster %1 names node %2, which is gone, and its pool cannot follow its disks in the same edit (%3): the admission webhook refuses every edit of the pool cluster until no pool spec names a node that is gone</source>
        <translation>eine andere Pool-Spezifikation von CStorPoolCluster %1 nennt Knoten %2, der verschwunden ist, und ihr Pool kann seinen Festplatten nicht in derselben Änderung folgen (%3): Der Admission-Webhook lehnt jede Änderung des Pool-Clusters ab, bis keine Pool-Spezifikation mehr einen verschwundenen Knoten nennt</translation>
    </message>
    <message>
        <source>or point every such pool spec at its new node in one edit by hand: kubectl edit cspc %1</source>
        <translation>oder jede solche Pool-Spezifikation von Hand in einer Änderung auf ihren neuen Knoten ausrichten: kubectl edit cspc %1</translation>
    </message>
</context>
<context>
    <name>Recovery::MovedDisksTask</name>
    <message>
        <source>The CSPC operator points pool %1 at node %2; its pod starts there and imports the pool …</source>
        <translation>Der CSPC-Operator richtet Pool %1 auf Knoten %2 aus; sein Pod startet dort und importiert den Pool …</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2, where its disks are.</source>
        <translation>Pool %1 ist ONLINE auf Knoten %2, wo seine Festplatten liegen.</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names node %2, but the CSPC operator has not pointed pool %3 there; the operator&apos;s log says why: kubectl logs -n %4 deploy/cspc-operator</source>
        <translation>CStorPoolCluster %1 nennt Knoten %2, aber der CSPC-Operator hat Pool %3 nicht dorthin ausgerichtet; das Log des Operators sagt warum: kubectl logs -n %4 deploy/cspc-operator</translation>
    </message>
    <message>
        <source>Pool %1 is not ONLINE on node %2 yet; its pod and its events say why: kubectl describe cspi %1 -n %3</source>
        <translation>Pool %1 ist auf Knoten %2 noch nicht ONLINE; sein Pod und seine Events sagen warum: kubectl describe cspi %1 -n %3</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2; setting its kubernetes.io/hostname label …</source>
        <translation>Pool %1 ist ONLINE auf Knoten %2; sein Label kubernetes.io/hostname wird gesetzt …</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2, but its label could not be set: %3</source>
        <translation>Pool %1 ist ONLINE auf Knoten %2, aber sein Label konnte nicht gesetzt werden: %3</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1</source>
        <translation>CStorPoolCluster %1</translation>
    </message>
    <message>
        <source>pool %1 at node %2</source>
        <translation>Pool %1 auf Knoten %2</translation>
    </message>
    <message>
        <source>Pointing %1 in CStorPoolCluster %2 …</source>
        <translation>Richte %1 in CStorPoolCluster %2 aus …</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Pools %1 are ONLINE, each on the node of its disks.</source>
        <translation>Die Pools %1 sind ONLINE, jeder auf dem Knoten seiner Festplatten.</translation>
    </message>
</context>
<context>
    <name>Recovery::PoolClusterTask</name>
    <message>
        <source>cannot read CStorPoolInstance %1: %2</source>
        <translation>CStorPoolInstance %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the CStorPoolInstances of namespace &quot;%1&quot;</source>
        <translation>die CStorPoolInstances des Namespace „%1“</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 was refused: %2</source>
        <translation>Die Änderung von CStorPoolCluster %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Cannot follow pool %1: %2</source>
        <translation>Pool %1 kann nicht verfolgt werden: %2</translation>
    </message>
    <message>
        <source>warning: cannot write the audit log: %1</source>
        <translation>Warnung: das Audit-Log kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Recovery::RecoveryPlanner</name>
    <message>
        <source>pool %1 does not exist</source>
        <translation>Pool %1 existiert nicht</translation>
    </message>
    <message>
        <source>pool %1 is %2</source>
        <translation>Pool %1 ist %2</translation>
    </message>
    <message>
        <source>the node %1 of pool %2 is gone</source>
        <translation>der Node %1 von Pool %2 ist weg</translation>
    </message>
    <message>
        <source>the node %1 of pool %2 is NotReady</source>
        <translation>der Node %1 von Pool %2 ist NotReady</translation>
    </message>
    <message>
        <source>there is no CStorVolumeConfig %1</source>
        <translation>es gibt keine CStorVolumeConfig %1</translation>
    </message>
    <message>
        <source>the CVC&apos;s spec lists pools %1, its status %2</source>
        <translation>die Spec der CVC führt die Pools %1 auf, ihr Status %2</translation>
    </message>
    <message>
        <source>there is no CStorVolume %1</source>
        <translation>es gibt kein CStorVolume %1</translation>
    </message>
    <message>
        <source>the CV&apos;s desiredReplicationFactor is %1, its replicationFactor %2 and it knows %3 replica(s); the CVC lists %4 pool(s)</source>
        <translation>der desiredReplicationFactor des CV ist %1, sein replicationFactor %2, und es kennt %3 Replica(s); die CVC führt %4 Pool(s) auf</translation>
    </message>
    <message>
        <source>the target refuses to lower its desired replication factor (FailUpdate &quot;are invalid changes&quot;)</source>
        <translation>das Target lehnt es ab, seinen gewünschten Replikationsfaktor zu senken (FailUpdate &quot;are invalid changes&quot;)</translation>
    </message>
    <message>
        <source>no replica exists on pool %1</source>
        <translation>auf Pool %1 existiert kein Replica</translation>
    </message>
    <message>
        <source>replica %1 is %2</source>
        <translation>Replica %1 ist %2</translation>
    </message>
    <message>
        <source>A new replica is still being rebuilt or its trouble is not visible yet; run recover again later.</source>
        <translation>Ein neues Replica wird noch neu aufgebaut, oder sein Problem ist noch nicht sichtbar; führen Sie recover später erneut aus.</translation>
    </message>
    <message>
        <source>Recovery does not automate this case yet.</source>
        <translation>Die Wiederherstellung automatisiert diesen Fall noch nicht.</translation>
    </message>
    <message>
        <source>See `cstor-console doctor` for what it risks.</source>
        <translation>Was dabei riskiert wird, zeigt `cstor-console doctor`.</translation>
    </message>
    <message>
        <source>Run `cstor-console doctor` and follow the fix of its findings.</source>
        <translation>Führen Sie `cstor-console doctor` aus und folgen Sie der Behebung seiner Befunde.</translation>
    </message>
    <message>
        <source>A scale-down of %1 is in progress (pool(s) %2 being removed). The admission webhook refuses to put the pool back while it is: &quot;scaling of CVC %1 is already in progress&quot;. The target removes the old replica only when every kept replica is Healthy, so the scale-down does not end while %3.</source>
        <translation>Eine Herunterskalierung von %1 läuft (Pool(s) %2 werden entfernt). Der Admission-Webhook lehnt es ab, den Pool währenddessen zurückzusetzen: &quot;scaling of CVC %1 is already in progress&quot;. Das Target entfernt das alte Replica erst, wenn jedes behaltene Replica Healthy ist; die Herunterskalierung endet also nicht, solange %3.</translation>
    </message>
    <message>
        <source>a kept replica is not Healthy</source>
        <translation>ein behaltenes Replica nicht Healthy ist</translation>
    </message>
    <message>
        <source>the replica on %1 cannot become Healthy</source>
        <translation>das Replica auf %1 nicht Healthy werden kann</translation>
    </message>
    <message>
        <source>The volume depends on fewer healthy copies than it should; the replica being removed still holds data. Removing another pool would delete a replica that holds data, so recovery does not edit the CVC.</source>
        <translation>Das Volume hängt von weniger gesunden Kopien ab, als es sollte; das Replica, das entfernt wird, enthält noch Daten. Das Entfernen eines weiteren Pools würde ein Replica löschen, das Daten enthält; daher bearbeitet die Wiederherstellung die CVC nicht.</translation>
    </message>
    <message>
        <source>Bring back the node or pool of %1; the scale-down then ends by itself.</source>
        <translation>Bringen Sie den Node oder Pool von %1 zurück; die Herunterskalierung endet dann von selbst.</translation>
    </message>
    <message>
        <source>If it is gone for good: keep the replica on %1, ask for help with replacing the lost replica, and do not delete CVRs by hand.</source>
        <translation>Ist er endgültig weg: Behalten Sie das Replica auf %1, holen Sie sich Hilfe beim Ersetzen des verlorenen Replicas, und löschen Sie CVRs nicht von Hand.</translation>
    </message>
    <message>
        <source>A scale-up of %1 to pool(s) %2 has not started: the CVC&apos;s status does not list them, and the admission webhook refuses to remove them while it scales: &quot;scaling of CVC %1 is already in progress&quot;.</source>
        <translation>Eine Hochskalierung von %1 auf Pool(s) %2 hat nicht begonnen: Der Status der CVC führt sie nicht auf, und der Admission-Webhook lehnt es ab, sie während der Skalierung zu entfernen: &quot;scaling of CVC %1 is already in progress&quot;.</translation>
    </message>
    <message>
        <source>No other change of this volume&apos;s placement is accepted until it ends.</source>
        <translation>Bis sie endet, wird keine andere Änderung der Platzierung dieses Volumes angenommen.</translation>
    </message>
    <message>
        <source>Bring the pool or its node back, or replace the pool&apos;s name in spec.policy.replicaPoolInfo by a usable pool (kubectl edit cvc %1).</source>
        <translation>Bringen Sie den Pool oder seinen Node zurück, oder ersetzen Sie den Namen des Pools in spec.policy.replicaPoolInfo durch einen nutzbaren Pool (kubectl edit cvc %1).</translation>
    </message>
    <message>
        <source>Its replica on %1 sits on node %2, which is lost; the replicas of a lost node are replaced together, by the lost-node recovery.</source>
        <translation>Sein Replica auf %1 liegt auf Node %2, der verloren ist; die Replicas eines verlorenen Nodes werden gemeinsam ersetzt, durch die Wiederherstellung des verlorenen Nodes.</translation>
    </message>
    <message>
        <source>Data: no replica of the volume is left on a live node; its data comes back only with %1.</source>
        <translation>Daten: kein Replica des Volumes ist auf einem lebenden Node übrig; seine Daten kommen nur mit %1 zurück.</translation>
    </message>
    <message>
        <source>Data: the volume runs with a copy fewer until the replica is replaced or %1 comes back.</source>
        <translation>Daten: das Volume läuft mit einer Kopie weniger, bis das Replica ersetzt ist oder %1 zurückkommt.</translation>
    </message>
    <message>
        <source>If %1 comes back, nothing needs doing: its pools and replicas resume.</source>
        <translation>Kommt %1 zurück, ist nichts zu tun: seine Pools und Replicas laufen weiter.</translation>
    </message>
    <message>
        <source>If it is gone for good: cstor-console drain %1 (Recover lost node… in the window); for this volume: %2.</source>
        <translation>Ist er endgültig weg: cstor-console drain %1 (im Fenster „Verlorenen Node wiederherstellen…“); für dieses Volume: %2.</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>Data: the volume runs with fewer copies than its CVC lists. Removing such a pool from the CVC does not help: the CVC controller finds no replica to remove and the scale-down never ends.</source>
        <translation>Daten: Das Volume läuft mit weniger Kopien, als seine CVC aufführt. Einen solchen Pool aus der CVC zu entfernen hilft nicht: Der CVC-Controller findet kein Replica zum Entfernen, und die Herunterskalierung endet nie.</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and a replica cannot be created there now: %2.</source>
        <translation>Die Replica(s) von Pool(s) %1 wurden gelöscht, und dort kann jetzt kein Replica angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Do not remove %1 from the CVC and do not edit the CV by hand.</source>
        <translation>Entfernen Sie %1 nicht aus der CVC und bearbeiten Sie das CV nicht von Hand.</translation>
    </message>
    <message>
        <source>Bring the pool or its node back, then run recover again.</source>
        <translation>Bringen Sie den Pool oder seinen Node zurück und führen Sie recover dann erneut aus.</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted and no Healthy replica is left to rebuild them from.</source>
        <translation>Die Replica(s) von Pool(s) %1 wurden gelöscht, und es ist kein Healthy-Replica mehr übrig, aus dem sie neu aufgebaut werden könnten.</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and the target knows fewer replica ids (%2) than are missing, so a new replica could not take a known one&apos;s place.</source>
        <translation>Die Replica(s) von Pool(s) %1 wurden gelöscht, und das Target kennt weniger Replica-IDs (%2), als fehlen; ein neues Replica könnte also nicht den Platz eines bekannten einnehmen.</translation>
    </message>
    <message>
        <source>Bring back a Healthy replica first (its node or pool), then run recover again.</source>
        <translation>Bringen Sie zuerst ein Healthy-Replica zurück (seinen Node oder Pool) und führen Sie recover dann erneut aus.</translation>
    </message>
    <message>
        <source>replica %1 is still being deleted</source>
        <translation>Replica %1 wird noch gelöscht</translation>
    </message>
    <message>
        <source>pool %1 cannot be imported on node %2 (PoolLost): its disks are gone or on another node</source>
        <translation>Pool %1 kann auf Knoten %2 nicht importiert werden (PoolLost): Seine Festplatten sind weg oder an einem anderen Knoten</translation>
    </message>
    <message>
        <source>Putting %1 back in place of %2 is accepted by the webhook but is a trap: the target still removes the replica on %1 once %2 returns, while the CVC controller deletes the one on %2.</source>
        <translation>%1 anstelle von %2 wieder einzutragen nimmt der Webhook an, es ist aber eine Falle: Das Target entfernt das Replica auf %1 trotzdem, sobald %2 zurück ist, während der CVC-Controller das auf %2 löscht.</translation>
    </message>
</context>
<context>
    <name>Recovery::ReplicaRecreation</name>
    <message>
        <source>replica %1 has no volume label or owner to copy</source>
        <translation>Replica %1 hat kein Volume-Label und keinen Besitzer zum Übernehmen</translation>
    </message>
    <message>
        <source>the CStorPoolInstance %1 has no name, uid or host name</source>
        <translation>die CStorPoolInstance %1 hat keinen Namen, keine UID oder keinen Hostnamen</translation>
    </message>
</context>
<context>
    <name>RecoveryRunner</name>
    <message>
        <source>pods in namespace &quot;%1&quot;</source>
        <translation>Pods im Namespace „%1“</translation>
    </message>
    <message>
        <source>error: the steps were taken but volume %1 is not back: %2</source>
        <translation>Fehler: Die Schritte wurden ausgeführt, aber Volume %1 ist nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>Volume %1 is back at its replica count, all replicas Healthy on live nodes.
</source>
        <translation>Volume %1 hat wieder seine Replica-Anzahl, alle Replicas sind Healthy auf laufenden Nodes.
</translation>
    </message>
    <message>
        <source>%1: remove pool %2 from the CVC</source>
        <translation>%1: Pool %2 aus der CVC entfernen</translation>
    </message>
    <message>
        <source>Removing pool %1 from the CVC of %2 ...
</source>
        <translation>Pool %1 wird aus der CVC von %2 entfernt ...
</translation>
    </message>
    <message>
        <source>error: removing pool %1 from the CVC of %2 failed: %3</source>
        <translation>Fehler: Entfernen von Pool %1 aus der CVC von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>error: pool %1 was removed from the spec of the CVC of %2, but its status still does not list the same pools</source>
        <translation>Fehler: Pool %1 wurde aus der Spec der CVC von %2 entfernt, aber ihr Status führt noch immer nicht dieselben Pools auf</translation>
    </message>
    <message>
        <source>Pool %1 removed: the CVC&apos;s status lists the pools its spec lists.
</source>
        <translation>Pool %1 entfernt: Der Status der CVC führt die Pools auf, die ihre Spec aufführt.
</translation>
    </message>
    <message>
        <source>the CVC&apos;s spec no longer lists pool %1</source>
        <translation>die Spec der CVC führt Pool %1 nicht mehr auf</translation>
    </message>
    <message>
        <source>error: volume %1 has no target pod to restart</source>
        <translation>Fehler: Volume %1 hat keinen Target-Pod, der neu gestartet werden könnte</translation>
    </message>
    <message>
        <source>%1: restart the target pod %2</source>
        <translation>%1: den Target-Pod %2 neu starten</translation>
    </message>
    <message>
        <source>Restarting the target pod %1 (deleting it; I/O pauses until its replacement runs) ...
</source>
        <translation>Target-Pod %1 wird neu gestartet (er wird gelöscht; die I/O pausiert, bis sein Ersatz läuft) ...
</translation>
    </message>
    <message>
        <source>error: deleting the target pod %1 failed: %2</source>
        <translation>Fehler: Löschen des Target-Pods %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>error: after the restart of %1 the CV&apos;s desired replication factor, replication factor and known replicas of %2 still do not agree with its CVC</source>
        <translation>Fehler: Nach dem Neustart von %1 stimmen gewünschter Replikationsfaktor, Replikationsfaktor und bekannte Replicas des CV von %2 noch immer nicht mit seiner CVC überein</translation>
    </message>
    <message>
        <source>Target restarted as %1: the CV&apos;s replication factors and known replicas agree with the CVC.
</source>
        <translation>Target als %1 neu gestartet: Replikationsfaktoren und bekannte Replicas des CV stimmen mit der CVC überein.
</translation>
    </message>
    <message>
        <source>warning: cannot write the journal: %1</source>
        <translation>Warnung: Das Journal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>warning: cannot write the audit log: %1</source>
        <translation>Warnung: Das Audit-Log kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the restarted target has not reported the volume Healthy with every replica Healthy yet</source>
        <translation>das neu gestartete Target hat das Volume noch nicht als Healthy mit jedem Replica Healthy gemeldet</translation>
    </message>
    <message>
        <source>The target has not refused the lower replication factor yet; restarting it all the same, as a new target reads the factor from the CV.
</source>
        <translation>Das Target hat den niedrigeren Replikationsfaktor noch nicht abgelehnt; es wird trotzdem neu gestartet, da ein neues Target den Faktor aus dem CV liest.
</translation>
    </message>
    <message>
        <source>%1: replace pool %2 by %3 in the CVC</source>
        <translation>%1: Pool %2 in der CVC durch %3 ersetzen</translation>
    </message>
    <message>
        <source>Replacing pool %1 by %2 in the CVC of %3 ...
</source>
        <translation>Pool %1 wird in der CVC von %3 durch %2 ersetzt ...
</translation>
    </message>
    <message>
        <source>error: replacing pool %1 by %2 in the CVC of %3 failed: %4</source>
        <translation>Fehler: Das Ersetzen von Pool %1 durch %2 in der CVC von %3 ist fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>error: pool %1 replaced %2 in the spec of the CVC of %3, but its status still does not list the same pools</source>
        <translation>Fehler: Pool %1 hat %2 in der Spec der CVC von %3 ersetzt, aber ihr Status führt noch immer nicht dieselben Pools auf</translation>
    </message>
    <message>
        <source>Pool %1 in place of %2: the CVC&apos;s status lists the pools its spec lists; the new replica rebuilds.
</source>
        <translation>Pool %1 anstelle von %2: Der Status der CVC führt die Pools ihrer Spec auf; das neue Replica wird aufgebaut.
</translation>
    </message>
    <message>
        <source>%1: create the replica on pool %2 again (replica id %3)</source>
        <translation>%1: das Replica auf Pool %2 wieder anlegen (Replica-ID %3)</translation>
    </message>
    <message>
        <source>Creating the replica of %1 on pool %2 again, with the replica id %3 the target knows ...
</source>
        <translation>Das Replica von %1 auf Pool %2 wird wieder angelegt, mit der Replica-ID %3, die das Target kennt ...
</translation>
    </message>
    <message>
        <source>error: creating the replica of %1 on pool %2 again failed: %3</source>
        <translation>Fehler: Das erneute Anlegen des Replicas von %1 auf Pool %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>error: the replica of %1 on pool %2 was created but is not listed</source>
        <translation>Fehler: Das Replica von %1 auf Pool %2 wurde angelegt, wird aber nicht aufgeführt</translation>
    </message>
    <message>
        <source>Replica of %1 on pool %2 created; it rebuilds from the Healthy replicas.
</source>
        <translation>Replica von %1 auf Pool %2 angelegt; es wird aus den Healthy-Replicas neu aufgebaut.
</translation>
    </message>
    <message>
        <source>pool %1 holds a replica of the volume again</source>
        <translation>Pool %1 enthält wieder ein Replica des Volumes</translation>
    </message>
    <message>
        <source>no replica of the volume is left to copy its settings from</source>
        <translation>es ist kein Replica des Volumes mehr übrig, dessen Einstellungen übernommen werden könnten</translation>
    </message>
</context>
<context>
    <name>ReplaceDiskVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>Nur den Plan zeigen; nichts ändern.</translation>
    </message>
    <message>
        <source>Do not ask before editing the CSPC.</source>
        <translation>Vor der Änderung des CSPC nicht nachfragen.</translation>
    </message>
    <message>
        <source>Wait until the resilver has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>Warten, bis das Resilvering beendet ist (geschieht immer; für Skripte, die für kubectl-ähnliche Werkzeuge geschrieben wurden).</translation>
    </message>
    <message>
        <source>The block device to replace (default: the pool&apos;s failed disk).</source>
        <translation>Das zu ersetzende Blockgerät (Standard: die ausgefallene Platte des Pools).</translation>
    </message>
    <message>
        <source>The unclaimed block device of the pool&apos;s node to put in its place (default: the smallest one at least as large).</source>
        <translation>Das nicht beanspruchte Blockgerät des Pool-Nodes, das an seine Stelle tritt (Standard: das kleinste, das mindestens so groß ist).</translation>
    </message>
    <message>
        <source>The pool whose disk to replace is missing: replace-disk POOL</source>
        <translation>Der Pool, dessen Platte ersetzt werden soll, fehlt: replace-disk POOL</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Das Verb.</translation>
    </message>
    <message>
        <source>Replaces a failed disk of a mirror or raidz cStor pool by an unclaimed disk of the same node, at least as large: the CStorPoolCluster edit upstream supports (one disk of a raid group at a time), guarded against a stale read. Then follows the CSPC operator and the resilver until the pool is ONLINE. A stripe pool, a raid group with more failed disks than it survives, or a working disk while another of its group has failed are refused with what to do instead. Run again on a pool that resilvers to follow it. Shows the plan first and asks unless --yes is given.
Exit codes: 0 nothing to do or replaced, 1 refused, failed, or a dry run with a replacement to make, 2 usage error.</source>
        <translation>Ersetzt eine ausgefallene Platte eines Mirror- oder RAIDZ-cStor-Pools durch eine nicht beanspruchte, mindestens so große Platte desselben Nodes: die CStorPoolCluster-Änderung, die upstream unterstützt (eine Platte einer RAID-Gruppe auf einmal), gegen veraltete Lesestände geschützt. Verfolgt dann den CSPC-Operator und das Resilvering, bis der Pool ONLINE ist. Ein Stripe-Pool, eine RAID-Gruppe mit mehr ausgefallenen Platten, als sie übersteht, oder eine funktionierende Platte, während eine andere ihrer Gruppe ausgefallen ist, werden abgelehnt, mit dem, was stattdessen zu tun ist. Auf einem Pool, der resilvert, erneut ausführen, um es zu verfolgen. Zeigt zuerst den Plan und fragt nach, außer mit --yes.
Exit-Codes: 0 nichts zu tun oder ersetzt, 1 abgelehnt, fehlgeschlagen oder ein Probelauf mit einem anstehenden Austausch, 2 Bedienfehler.</translation>
    </message>
    <message>
        <source>The pool (its CStorPoolInstance name).</source>
        <translation>Der Pool (der Name seiner CStorPoolInstance).</translation>
    </message>
    <message>
        <source>Pool %1 (%2, node %3, CStorPoolCluster %4): %5
</source>
        <translation>Pool %1 (%2, Node %3, CStorPoolCluster %4): %5
</translation>
    </message>
    <message>
        <source>Failed disks: %1
</source>
        <translation>Ausgefallene Platten: %1
</translation>
    </message>
    <message>
        <source>Nothing to do: %1.
</source>
        <translation>Nichts zu tun: %1.
</translation>
    </message>
    <message>
        <source>A disk replacement is under way; following it.
</source>
        <translation>Ein Plattenaustausch läuft; er wird verfolgt.
</translation>
    </message>
    <message>
        <source>%1 is taking the place of %2; following the resilver.
</source>
        <translation>%1 tritt an die Stelle von %2; das Resilvering wird verfolgt.
</translation>
    </message>
    <message>
        <source>Refused: %1.
</source>
        <translation>Abgelehnt: %1.
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>Was Sie tun können:
</translation>
    </message>
    <message>
        <source>Replace %1 by %2 (%3), an unclaimed disk of node %4.
</source>
        <translation>%1 durch %2 (%3) ersetzen, eine nicht beanspruchte Platte von Node %4.
</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (JSON patch): %2
</source>
        <translation>Die Änderung von CStorPoolCluster %1 (JSON-Patch): %2
</translation>
    </message>
    <message>
        <source>Then the CSPC operator puts %1 into the pool and the pool resilvers it; the pool stays DEGRADED until then and its replicas keep serving.
</source>
        <translation>Dann nimmt der CSPC-Operator %1 in den Pool auf, und der Pool resilvert sie; bis dahin bleibt der Pool DEGRADED, und seine Replicas bedienen weiter.
</translation>
    </message>
    <message>
        <source>the disk of pool %1 cannot be replaced; nothing was changed.</source>
        <translation>Die Platte von Pool %1 kann nicht ersetzt werden; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>ResourceLister</name>
    <message>
        <source>the server answered %1</source>
        <translation>Der Server antwortete %1</translation>
    </message>
    <message>
        <source>(none: context &quot;%1&quot; names no user)</source>
        <translation>(keiner: Kontext „%1“ nennt keinen Benutzer)</translation>
    </message>
    <message>
        <source>Fix the cluster &quot;%1&quot; or user &quot;%2&quot; in the kubeconfig (the server URL must be https:// when credentials are sent).</source>
        <translation>Korrigieren Sie den Cluster „%1“ oder den Benutzer „%2“ in der kubeconfig (die Server-URL muss https:// sein, wenn Anmeldedaten gesendet werden).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: check certificate-authority (and tls-server-name) of cluster &quot;%1&quot; in the kubeconfig.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: Prüfen Sie certificate-authority (und tls-server-name) des Clusters „%1“ in der kubeconfig.</translation>
    </message>
    <message>
        <source>Check that the API server %1 of context &quot;%2&quot; is running and reachable from here (network, VPN, proxy-url).</source>
        <translation>Prüfen Sie, ob der API-Server %1 des Kontexts „%2“ läuft und von hier erreichbar ist (Netzwerk, VPN, proxy-url).</translation>
    </message>
    <message>
        <source>The server did not accept the credentials of user &quot;%1&quot; (context &quot;%2&quot;): renew the token or client certificate in the kubeconfig, or choose another context with --context.</source>
        <translation>Der Server hat die Anmeldedaten des Benutzers „%1“ (Kontext „%2“) nicht akzeptiert: Erneuern Sie das Token oder Client-Zertifikat in der kubeconfig oder wählen Sie mit --context einen anderen Kontext.</translation>
    </message>
    <message>
        <source>User %1 may not read %2: ask a cluster administrator for get/list rights on cstor.openebs.io, or choose another context with --context or namespace with -n.</source>
        <translation>Benutzer %1 darf %2 nicht lesen: Bitten Sie eine Cluster-Administration um get/list-Rechte auf cstor.openebs.io oder wählen Sie mit --context einen anderen Kontext bzw. mit -n einen anderen Namespace.</translation>
    </message>
    <message>
        <source>The cluster does not serve %1: are the cStor operators (CRDs of cstor.openebs.io) installed?</source>
        <translation>Der Cluster bietet %1 nicht an: Sind die cStor-Operatoren (CRDs von cstor.openebs.io) installiert?</translation>
    </message>
    <message>
        <source>The API server is throttling requests; try again later.</source>
        <translation>Der API-Server drosselt Anfragen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The API server failed; try again later, or ask a cluster administrator to look at its logs.</source>
        <translation>Der API-Server ist fehlgeschlagen; versuchen Sie es später erneut oder bitten Sie eine Cluster-Administration, seine Logs anzusehen.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The API server %1 did not answer in time: give it longer with --request-timeout (0 for no deadline), or check its load.</source>
        <translation>Der API-Server %1 hat nicht rechtzeitig geantwortet: geben Sie ihm mit --request-timeout mehr Zeit (0 für keine Frist) oder prüfen Sie seine Last.</translation>
    </message>
    <message>
        <source>The answer is larger than this client accepts: check that %1 is the Kubernetes API server of context &quot;%2&quot; (not a proxy that answers something else).</source>
        <translation>Die Antwort ist größer, als dieser Client annimmt: prüfen Sie, ob %1 der Kubernetes-API-Server des Kontexts &quot;%2&quot; ist (kein Proxy, der etwas anderes antwortet).</translation>
    </message>
    <message>
        <source>The list does not end: check that %1 is the Kubernetes API server of context &quot;%2&quot; (not a proxy that answers something else).</source>
        <translation>Die Liste endet nicht: prüfen Sie, ob %1 der Kubernetes-API-Server des Kontexts &quot;%2&quot; ist (kein Proxy, der etwas anderes antwortet).</translation>
    </message>
</context>
<context>
    <name>Sim::DemoCluster</name>
    <message>
        <source>Cannot create a temporary directory for the demo cluster&apos;s kubeconfig.</source>
        <translation>Für die kubeconfig des Demo-Clusters kann kein temporäres Verzeichnis angelegt werden.</translation>
    </message>
    <message>
        <source>The demo scenario cannot be loaded: %1</source>
        <translation>Das Demo-Szenario kann nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;: %3</source>
        <translation>Warnung: %1 „%2“ wird übersprungen: %3</translation>
    </message>
    <message>
        <source>%1 in namespace &quot;%2&quot;</source>
        <translation>%1 im Namespace „%2“</translation>
    </message>
    <message>
        <source>warning: events not read, the rules that read them are skipped: %1</source>
        <translation>Warnung: Events nicht gelesen, die Regeln, die sie lesen, werden übersprungen: %1</translation>
    </message>
    <message>
        <source>events in namespace &quot;%1&quot;</source>
        <translation>Events im Namespace „%1“</translation>
    </message>
    <message>
        <source>the user may not list %1 (403 Forbidden)</source>
        <translation>der Benutzer darf %1 nicht auflisten (403 Forbidden)</translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <source>Time (min:s)</source>
        <translation>Zeit (min:s)</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>Zeit (min)</translation>
    </message>
    <message>
        <source>Time (h)</source>
        <translation>Zeit (h)</translation>
    </message>
    <message>
        <source>Time (days)</source>
        <translation>Zeit (Tage)</translation>
    </message>
</context>
<context>
    <name>Ui::CapacityChart</name>
    <message>
        <source>Pool capacity used</source>
        <translation>Belegte Pool-Kapazität</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>Belegt (%)</translation>
    </message>
    <message>
        <source>Keep History Between Runs</source>
        <translation>Verlauf zwischen Starts behalten</translation>
    </message>
    <message>
        <source>Save each cluster&apos;s capacity history when the console closes and show it again next time.</source>
        <translation>Den Kapazitätsverlauf jedes Clusters beim Schließen der Konsole speichern und beim nächsten Mal wieder anzeigen.</translation>
    </message>
    <message>
        <source>Each pool&apos;s used capacity; pools above %1 % are drawn thick and red.</source>
        <translation>Belegte Kapazität jedes Pools; Pools über %1 % werden dick und rot gezeichnet.</translation>
    </message>
    <message>
        <source>Before 0: earlier runs of the console.</source>
        <translation>Vor 0: frühere Starts der Konsole.</translation>
    </message>
    <message>
        <source>others</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>cluster total</source>
        <translation>Cluster gesamt</translation>
    </message>
    <message>
        <source>%1 (above %2 %)</source>
        <translation>%1 (über %2 %)</translation>
    </message>
    <message>
        <source>No pool capacity sampled yet.</source>
        <translation>Noch keine Pool-Kapazität erfasst.</translation>
    </message>
    <message>
        <source>%1 %2 % used</source>
        <translation>%1 %2 % belegt</translation>
    </message>
    <message>
        <source> (above the %1 % threshold)</source>
        <translation> (über der Schwelle von %1 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s).</source>
        <translation>
            <numerusform>%n Pool.</numerusform>
            <numerusform>%n Pools.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fullest: %1.</source>
        <translation>Am vollsten: %1.</translation>
    </message>
    <message>
        <source>All pools together: %1 % used.</source>
        <translation>Alle Pools zusammen: %1 % belegt.</translation>
    </message>
</context>
<context>
    <name>Ui::CapacityScale</name>
    <message>
        <source>&lt; %1 %</source>
        <translation>&lt; %1 %</translation>
    </message>
    <message>
        <source>≥ %1 %</source>
        <translation>≥ %1 %</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
</context>
<context>
    <name>Ui::CapacityTable</name>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Used before</source>
        <translation>Belegt vorher</translation>
    </message>
    <message>
        <source>Used after</source>
        <translation>Belegt nachher</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Capacity before and after</source>
        <translation>Kapazität vorher und nachher</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source> — at or above the %1% read-only threshold</source>
        <translation> — auf oder über der Schreibschutzschwelle von %1 %</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>(no forecast)</source>
        <translation>(keine Prognose)</translation>
    </message>
</context>
<context>
    <name>Ui::ChartPanel</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Rebuild progress</source>
        <translation>Rebuild-Fortschritt</translation>
    </message>
    <message>
        <source>Pool capacity</source>
        <translation>Pool-Kapazität</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>Fortschritt des Plans</translation>
    </message>
    <message>
        <source>Capacity forecast</source>
        <translation>Kapazitätsprognose</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
</context>
<context>
    <name>Ui::ChartWidget</name>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
</context>
<context>
    <name>Ui::ClusterConnection</name>
    <message>
        <source>No kubeconfig found (looked in %1).</source>
        <translation>Keine kubeconfig gefunden (gesucht in %1).</translation>
    </message>
    <message>
        <source>Cannot tell whether you may change volumes: %1</source>
        <translation>Unklar, ob Sie Volumes ändern dürfen: %1</translation>
    </message>
    <message>
        <source>Your user may not patch cstorvolumeconfigs in namespace %1, so replicas cannot be moved.</source>
        <translation>Ihr Benutzer darf cstorvolumeconfigs im Namespace %1 nicht patchen, daher können keine Replicas verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a command, or a node, pool or volume name</source>
        <translation>Befehl oder Name eines Knotens, Pools oder Volumes eingeben</translation>
    </message>
    <message>
        <source>Command or name</source>
        <translation>Befehl oder Name</translation>
    </message>
    <message>
        <source>Matching commands and objects</source>
        <translation>Passende Befehle und Objekte</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>Jetzt nicht verfügbar</translation>
    </message>
    <message>
        <source>Not available now: %1</source>
        <translation>Jetzt nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
</context>
<context>
    <name>Ui::ConnectionIndicator</name>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Listing the cluster&apos;s cStor objects.</source>
        <translation>Die cStor-Objekte des Clusters werden aufgelistet.</translation>
    </message>
    <message>
        <source>Stale · last event %1</source>
        <translation>Veraltet · letztes Ereignis %1</translation>
    </message>
    <message>
        <source>The watch is open but nothing has arrived for a while; what you see may be out of date.</source>
        <translation>Der Watch ist offen, aber seit einer Weile kam nichts an; die Anzeige ist womöglich nicht mehr aktuell.</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>Live · %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Watching the cluster: changes appear as they happen.</source>
        <translation>Der Cluster wird beobachtet: Änderungen erscheinen sofort.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
    <message>
        <source>The connection dropped; retrying.</source>
        <translation>Die Verbindung ist abgebrochen; neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>The connection dropped (%1); retrying.</source>
        <translation>Die Verbindung ist abgebrochen (%1); neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>Last event %1.</source>
        <translation>Letztes Ereignis %1.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Ui::DetailsPanel</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Object fields</source>
        <translation>Objektfelder</translation>
    </message>
    <message>
        <source>Select a node, pool, replica or volume in the topology or a table to see its fields and events here.</source>
        <translation>Wählen Sie einen Node, Pool, ein Replica oder Volume in der Topologie oder einer Tabelle, um hier seine Felder und Ereignisse zu sehen.</translation>
    </message>
    <message>
        <source>Pool %1 on %2</source>
        <translation>Pool %1 auf %2</translation>
    </message>
    <message>
        <source>Replica of %1 on %2</source>
        <translation>Replica von %1 auf %2</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Node %1</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>%1 is gone from the cluster</source>
        <translation>%1 ist nicht mehr im Cluster</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Ereignisse (%1)</translation>
    </message>
    <message>
        <source>Volume %1 (claim %2)</source>
        <translation>Volume %1 (Claim %2)</translation>
    </message>
</context>
<context>
    <name>Ui::DiskReplacementDialog</name>
    <message>
        <source>Replace failed disk of pool %1</source>
        <translation>Ausgefallene Platte von Pool %1 ersetzen</translation>
    </message>
    <message>
        <source>Disk to put in its place</source>
        <translation>Platte, die an ihre Stelle tritt</translation>
    </message>
    <message>
        <source>&amp;Put in its place:</source>
        <translation>An ihre &amp;Stelle:</translation>
    </message>
    <message>
        <source>Replace disk</source>
        <translation>Platte ersetzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replaced&lt;/b&gt;: pool %1 is ONLINE.</source>
        <translation>&lt;b&gt;Ersetzt&lt;/b&gt;: Pool %1 ist ONLINE.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The replacement did not finish&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Der Austausch wurde nicht abgeschlossen&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A %1 pool on node %2, in CStorPoolCluster %3. Failed disks: %4.</source>
        <translation>Ein %1-Pool auf Node %2, in CStorPoolCluster %3. Ausgefallene Platten: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;No such pool&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Kein solcher Pool&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is %2&lt;/b&gt;: %3.</source>
        <translation>&lt;b&gt;Pool %1 ist %2&lt;/b&gt;: %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is resilvering a replaced disk&lt;/b&gt;; following it.</source>
        <translation>&lt;b&gt;Pool %1 resilvert eine ersetzte Platte&lt;/b&gt;; das wird verfolgt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The disk of pool %1 cannot be replaced&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;Die Platte von Pool %1 kann nicht ersetzt werden&lt;/b&gt;: %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disk %1 of pool %2 has failed&lt;/b&gt; (the pool is %3). Put an unclaimed disk of node %4 in its place: the CSPC operator adds it to the pool, which resilvers it while its replicas keep serving.</source>
        <translation>&lt;b&gt;Platte %1 von Pool %2 ist ausgefallen&lt;/b&gt; (der Pool ist %3). Eine nicht beanspruchte Platte von Node %4 an ihre Stelle setzen: der CSPC-Operator nimmt sie in den Pool auf, der sie resilvert, während seine Replicas weiter bedienen.</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (a JSON patch that first tests the old name):
%2</source>
        <translation>Die Änderung von CStorPoolCluster %1 (ein JSON-Patch, der zuerst den alten Namen prüft):
%2</translation>
    </message>
    <message>
        <source>Edit the CStorPoolCluster and follow the resilver</source>
        <translation>Den CStorPoolCluster ändern und das Resilvering verfolgen</translation>
    </message>
</context>
<context>
    <name>Ui::DurationLabel</name>
    <message>
        <source>Estimated duration</source>
        <translation>Geschätzte Dauer</translation>
    </message>
    <message>
        <source>Estimated duration: working it out…</source>
        <translation>Geschätzte Dauer: wird berechnet…</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
    <message>
        <source>Estimated duration: about %1 at %2 MiB/s measured on this cluster</source>
        <translation>Geschätzte Dauer: etwa %1 bei %2 MiB/s, gemessen auf diesem Cluster</translation>
    </message>
    <message numerus="yes">
        <source>The moves scheduled within the caps, each at the throughput of the last %n move(s) this console ran on this cluster (the volume&apos;s data over the time from adding the target pool to the move&apos;s end)</source>
        <translation>
            <numerusform>Die Verschiebungen innerhalb der Obergrenzen eingeplant, jede mit dem Durchsatz der letzten %n Verschiebung, die diese Konsole auf diesem Cluster ausgeführt hat (die Daten des Volumes über die Zeit vom Hinzufügen des Ziel-Pools bis zum Ende der Verschiebung)</numerusform>
            <numerusform>Die Verschiebungen innerhalb der Obergrenzen eingeplant, jede mit dem Durchsatz der letzten %n Verschiebungen, die diese Konsole auf diesem Cluster ausgeführt hat (die Daten des Volumes über die Zeit vom Hinzufügen des Ziel-Pools bis zum Ende der Verschiebung)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration: about %1 at the default %2 MiB/s: no move measured yet</source>
        <translation>Geschätzte Dauer: etwa %1 bei den angenommenen %2 MiB/s: noch keine Verschiebung gemessen</translation>
    </message>
    <message>
        <source>The moves scheduled within the caps, each at an assumed throughput: this console has not finished a move on this cluster yet</source>
        <translation>Die Verschiebungen innerhalb der Obergrenzen eingeplant, jede mit einem angenommenen Durchsatz: Diese Konsole hat auf diesem Cluster noch keine Verschiebung abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Ui::EvacuateDialog</name>
    <message>
        <source>Evacuate nodes or pools</source>
        <translation>Nodes oder Pools räumen</translation>
    </message>
    <message>
        <source>Tick the nodes to empty (every pool on them) or single pools. Each replica there moves to the pool of its pool cluster with the most free space, never beside another replica of its volume, never past a read-only threshold.</source>
        <translation>Kreuzen Sie die zu leerenden Nodes (jeden Pool darauf) oder einzelne Pools an. Jedes Replica dort wird in den Pool seines Pool-Clusters mit dem meisten freien Platz verschoben, nie neben ein anderes Replica seines Volumes, nie über eine Schreibschutzschwelle hinaus.</translation>
    </message>
    <message>
        <source>Replicas with nowhere to go</source>
        <translation>Replicas ohne Ziel</translation>
    </message>
    <message>
        <source>Show plan…</source>
        <translation>Plan zeigen…</translation>
    </message>
    <message>
        <source>The moves with their checks, each pool&apos;s capacity before and after, and the server&apos;s dry run, before anything changes</source>
        <translation>Die Verschiebungen mit ihren Prüfungen, die Kapazität jedes Pools vorher und nachher und der Probelauf des Servers, bevor sich etwas ändert</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Noch nichts angekreuzt.</translation>
    </message>
    <message>
        <source>%1 hold(s) no replicas: nothing to move.</source>
        <translation>%1: keine Replicas vorhanden: nichts zu verschieben.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n replica(s) to move, %2 to copy.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Replica zu verschieben, %2 zu kopieren.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Replicas zu verschieben, %2 zu kopieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) have nowhere to go; nothing can start until they do.</source>
        <translation>
            <numerusform>%n Replica kann nirgendwohin; nichts kann beginnen, bevor es ein Ziel hat.</numerusform>
            <numerusform>%n Replicas können nirgendwohin; nichts kann beginnen, bevor sie ein Ziel haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant …</translation>
    </message>
</context>
<context>
    <name>Ui::ExecTrustDialog</name>
    <message>
        <source>Run a credential plugin?</source>
        <translation>Credential-Plugin ausführen?</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; signs in by running a program named in its kubeconfig. Run it only if you trust where this kubeconfig comes from.</source>
        <translation>Der Kontext „%1“ meldet sich an, indem er ein in seiner kubeconfig genanntes Programm ausführt. Führen Sie es nur aus, wenn Sie der Herkunft dieser kubeconfig vertrauen.</translation>
    </message>
    <message>
        <source>Program: %1
Kubeconfig: %2</source>
        <translation>Programm: %1
Kubeconfig: %2</translation>
    </message>
    <message>
        <source>Trust and Run</source>
        <translation>Vertrauen und ausführen</translation>
    </message>
</context>
<context>
    <name>Ui::FollowDisksDialog</name>
    <message>
        <source>Follow the moved disks of pool %1</source>
        <translation>Den umgezogenen Festplatten von Pool %1 folgen</translation>
    </message>
    <message>
        <source>Point the pool there</source>
        <translation>Pool dorthin ausrichten</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pool is not back yet&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Der Pool ist noch nicht zurück&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Node %1, CStorPoolCluster %2, %3. Disks: %4.</source>
        <translation>Knoten %1, CStorPoolCluster %2, %3. Festplatten: %4.</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;No such pool&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Kein solcher Pool&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;Nichts zu tun&lt;/b&gt;: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is being pointed at node %2&lt;/b&gt;; following it.</source>
        <translation>&lt;b&gt;Pool %1 wird auf Knoten %2 ausgerichtet&lt;/b&gt;; das wird verfolgt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 cannot follow its disks&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;Pool %1 kann seinen Festplatten nicht folgen&lt;/b&gt;: %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The disks of pool %1 are on node %2 now&lt;/b&gt;, its spec still names node %3. Point it at %2: the CSPC operator moves the pool&apos;s pod there, the pool is imported and its replicas serve again.</source>
        <translation>&lt;b&gt;Die Festplatten von Pool %1 liegen jetzt an Knoten %2&lt;/b&gt;, seine Spezifikation nennt noch Knoten %3. Auf %2 ausrichten: der CSPC-Operator verlegt den Pod des Pools dorthin, der Pool wird importiert und seine Replikate dienen wieder.</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (a JSON patch that first tests the old node):
%2</source>
        <translation>Die Änderung von CStorPoolCluster %1 (ein JSON-Patch, der zuerst den alten Knoten prüft):
%2</translation>
    </message>
    <message>
        <source>Edit the CStorPoolCluster and follow the pool to its new node</source>
        <translation>Den CStorPoolCluster ändern und den Pool zu seinem neuen Knoten verfolgen</translation>
    </message>
    <message>
        <source>In the same edit (the webhook refuses any edit while a pool spec names a gone node):</source>
        <translation>In derselben Änderung (der Webhook lehnt jede Änderung ab, solange eine Pool-Spezifikation einen verschwundenen Knoten nennt):</translation>
    </message>
    <message>
        <source>pool %1 from gone node %2 to node %3, where its disks are</source>
        <translation>Pool %1 vom verschwundenen Knoten %2 auf Knoten %3, wo seine Festplatten sind</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Zurück&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Point the pools there</source>
        <translation>Pools dorthin ausrichten</translation>
    </message>
</context>
<context>
    <name>Ui::ForecastChart</name>
    <message>
        <source>Pool capacity forecast</source>
        <translation>Prognose der Pool-Kapazität</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>Belegt (%)</translation>
    </message>
    <message>
        <source>Forecast horizon</source>
        <translation>Prognosehorizont</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Nächster %n Tag</numerusform>
            <numerusform>Nächste %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Pools forecast</source>
        <translation>Prognostizierte Pools</translation>
    </message>
    <message numerus="yes">
        <source>The %n soonest read-only</source>
        <translation>
            <numerusform>Der %n am frühesten schreibgeschützte</numerusform>
            <numerusform>Die %n am frühesten schreibgeschützten</numerusform>
        </translation>
    </message>
    <message>
        <source>80 %</source>
        <translation>80 %</translation>
    </message>
    <message>
        <source>read-only at %1 %</source>
        <translation>schreibgeschützt ab %1 %</translation>
    </message>
    <message>
        <source>No forecast: %1. The Pool capacity tab shows what this console has seen since it started.</source>
        <translation>Keine Prognose: %1. Der Reiter Pool-Kapazität zeigt, was diese Konsole seit ihrem Start gesehen hat.</translation>
    </message>
    <message>
        <source>No forecast for %1: %2.</source>
        <translation>Keine Prognose für %1: %2.</translation>
    </message>
    <message>
        <source>The forecast comes from the history the cluster&apos;s Prometheus keeps, once the cluster is shown.</source>
        <translation>Die Prognose kommt aus dem Verlauf, den der Prometheus des Clusters speichert, sobald der Cluster angezeigt wird.</translation>
    </message>
    <message>
        <source>%1 is at its read-only threshold (%2 %).</source>
        <translation>%1 hat seine Schreibschutzschwelle erreicht (%2 %).</translation>
    </message>
    <message>
        <source>%1 goes read-only (%2 %) in ~%3 days (%4–%5).</source>
        <translation>%1 wird in ~%3 Tagen (%4–%5) schreibgeschützt (%2 %).</translation>
    </message>
    <message>
        <source>%1 is not growing.</source>
        <translation>%1 wächst nicht.</translation>
    </message>
    <message>
        <source>%1 Growth %2 a day over %3 days of history from %4 (%5).</source>
        <translation>%1 Wachstum %2 pro Tag über %3 Tage Verlauf aus %4 (%5).</translation>
    </message>
    <message>
        <source>Not from Prometheus: %1.</source>
        <translation>Nicht aus Prometheus: %1.</translation>
    </message>
</context>
<context>
    <name>Ui::HealthPanel</name>
    <message>
        <source>Health findings</source>
        <translation>Befunde zum Zustand</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Details zum Befund</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nicht mit einem Cluster verbunden.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>See it with kubectl:</source>
        <translation>Mit kubectl ansehen:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <source>Reading the cluster…</source>
        <translation>Der Cluster wird gelesen…</translation>
    </message>
    <message>
        <source>Recover volume…</source>
        <translation>Volume wiederherstellen…</translation>
    </message>
    <message>
        <source>Recovery applies to a volume with a stuck move or a replica lost on the way.</source>
        <translation>Die Wiederherstellung gilt für ein Volume mit einer hängenden Verschiebung oder einem unterwegs verlorenen Replikat.</translation>
    </message>
    <message>
        <source>Shows what is wrong with volume %1 and the steps that bring it back, then takes them on your word.</source>
        <translation>Zeigt, was mit Volume %1 nicht stimmt und welche Schritte es zurückbringen, und führt sie auf Ihr Wort aus.</translation>
    </message>
    <message>
        <source>Recover lost node…</source>
        <translation>Verlorenen Node wiederherstellen…</translation>
    </message>
    <message>
        <source>Shows what happens to each volume with a replica on the lost node, and replaces those replicas from their Healthy copies</source>
        <translation>Zeigt, was mit jedem Volume mit einem Replica auf dem verlorenen Node geschieht, und ersetzt diese Replicas aus ihren Healthy-Kopien</translation>
    </message>
    <message>
        <source>Replace failed disk…</source>
        <translation>Ausgefallene Platte ersetzen…</translation>
    </message>
    <message>
        <source>Shows the pool&apos;s failed disk and the unclaimed disks of its node that can take its place, then replaces it and follows the resilver</source>
        <translation>Zeigt die ausgefallene Platte des Pools und die nicht beanspruchten Platten seines Nodes, die ihren Platz einnehmen können, ersetzt sie dann und verfolgt das Resilvering</translation>
    </message>
    <message>
        <source>Follow moved disks…</source>
        <translation>Umgezogenen Festplatten folgen…</translation>
    </message>
    <message>
        <source>When the pool&apos;s disks now sit on another node (its node was replaced, or the disks were moved): shows where they are and points the pool there</source>
        <translation>Wenn die Festplatten des Pools jetzt an einem anderen Knoten liegen (sein Knoten wurde ersetzt oder die Festplatten umgezogen): zeigt, wo sie sind, und richtet den Pool dorthin aus</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Warn of read-only within </source>
        <translation>Vor Schreibschutz warnen innerhalb von </translation>
    </message>
    <message>
        <source>Warn of pools going read-only within</source>
        <translation>Vor Pools warnen, die schreibgeschützt werden, innerhalb von</translation>
    </message>
    <message>
        <source>The doctor warns of pools that their capacity forecast (from the cluster&apos;s Prometheus) puts at their read-only threshold within this many days.</source>
        <translation>Der Doctor warnt vor Pools, die laut ihrer Kapazitätsprognose (aus dem Prometheus des Clusters) innerhalb dieser Anzahl Tage ihre Schreibschutzschwelle erreichen.</translation>
    </message>
</context>
<context>
    <name>Ui::IoChart</name>
    <message>
        <source>I/O over time</source>
        <translation>I/O im Zeitverlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operations a second</source>
        <translation>Operationen pro Sekunde</translation>
    </message>
    <message>
        <source>Pool or volume whose I/O is shown</source>
        <translation>Pool oder Volume, dessen I/O gezeigt wird</translation>
    </message>
    <message>
        <source>Pool or volume…</source>
        <translation>Pool oder Volume…</translation>
    </message>
    <message>
        <source>I/O window</source>
        <translation>I/O-Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Throughput (%1)</source>
        <translation>Durchsatz (%1)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Operations a second (right)</source>
        <translation>Operationen pro Sekunde (rechts)</translation>
    </message>
    <message>
        <source>The I/O comes from the cluster&apos;s Prometheus, once the cluster is shown.</source>
        <translation>Die I/O kommt aus dem Prometheus des Clusters, sobald der Cluster angezeigt wird.</translation>
    </message>
    <message>
        <source>No I/O: %1.</source>
        <translation>Keine I/O: %1.</translation>
    </message>
    <message>
        <source>Type a pool or a volume to see its I/O.</source>
        <translation>Einen Pool oder ein Volume eingeben, um seine I/O zu sehen.</translation>
    </message>
    <message>
        <source>Pool %1</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <source>%1: asking Prometheus %2…</source>
        <translation>%1: Prometheus %2 wird gefragt…</translation>
    </message>
    <message>
        <source>%1: no I/O: %2.</source>
        <translation>%1: keine I/O: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: Prometheus %2 has no I/O of it over the last %n day(s).</source>
        <translation>
            <numerusform>%1: Prometheus %2 hat keine I/O davon über den letzten %n Tag.</numerusform>
            <numerusform>%1: Prometheus %2 hat keine I/O davon über die letzten %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over the last %n day(s): read %2 (peak %3), write %4 (peak %5), %6 operations a second (peak %7).</source>
        <translation>
            <numerusform>%1 über den letzten %n Tag: Lesen %2 (Spitze %3), Schreiben %4 (Spitze %5), %6 Operationen pro Sekunde (Spitze %7).</numerusform>
            <numerusform>%1 über die letzten %n Tage: Lesen %2 (Spitze %3), Schreiben %4 (Spitze %5), %6 Operationen pro Sekunde (Spitze %7).</numerusform>
        </translation>
    </message>
    <message>
        <source>Busiest volumes now: %1.</source>
        <translation>Aktivste Volumes jetzt: %1.</translation>
    </message>
</context>
<context>
    <name>Ui::LostNodeDialog</name>
    <message>
        <source>Recover lost node %1</source>
        <translation>Verlorenen Node %1 wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Node %1 is lost&lt;/b&gt;: %2.&lt;br&gt;Its replicas cannot be moved off, only replaced: each volume that keeps a Healthy replica on another node gets a new replica, rebuilt from it, and then the lost one leaves the volume. A volume with no Healthy replica left is reported, never changed.</source>
        <translation>&lt;b&gt;Node %1 ist verloren&lt;/b&gt;: %2.&lt;br&gt;Seine Replicas lassen sich nicht wegverschieben, nur ersetzen: jedes Volume, das ein Healthy-Replica auf einem anderen Node behält, erhält ein neues Replica, daraus neu aufgebaut, und dann verlässt das verlorene das Volume. Ein Volume ohne Healthy-Replica wird gemeldet, nie geändert.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Replica on</source>
        <translation>Replica auf</translation>
    </message>
    <message>
        <source>Healthy elsewhere</source>
        <translation>Healthy anderswo</translation>
    </message>
    <message>
        <source>What the console does</source>
        <translation>Was die Console tut</translation>
    </message>
    <message>
        <source>Volumes with a replica on the lost node</source>
        <translation>Volumes mit einem Replica auf dem verlorenen Node</translation>
    </message>
    <message>
        <source>&amp;Volumes with a replica there</source>
        <translation>&amp;Volumes mit einem Replica dort</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n replica(s)…</source>
        <translation>
            <numerusform>%n Replica ersetzen…</numerusform>
            <numerusform>%n Replicas ersetzen…</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume can get a new replica now</source>
        <translation>Kein Volume kann jetzt ein neues Replica erhalten</translation>
    </message>
    <message>
        <source>Plan the new replicas: checks, capacity and the server&apos;s dry run before anything changes</source>
        <translation>Die neuen Replicas planen: Prüfungen, Kapazität und der Probelauf des Servers, bevor sich etwas ändert</translation>
    </message>
    <message>
        <source>Steps that remove the dead pool</source>
        <translation>Schritte, die den toten Pool entfernen</translation>
    </message>
    <message>
        <source>No volume uses the pools of %1 any more. If the node is gone for good (if it comes back, its pools still hold these datasets), remove the dead pool by hand:</source>
        <translation>Kein Volume nutzt die Pools von %1 mehr. Ist der Node endgültig weg (kommt er zurück, halten seine Pools diese Datasets noch), den toten Pool von Hand entfernen:</translation>
    </message>
    <message>
        <source>Copy steps</source>
        <translation>Schritte kopieren</translation>
    </message>
    <message>
        <source>New replica on %1</source>
        <translation>Neues Replica auf %1</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Kein Platz</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Kein Quorum</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No volume counts on a replica there.</source>
        <translation>Kein Volume zählt auf ein Replica dort.</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>cStor Console</source>
        <translation>cStor Console</translation>
    </message>
    <message>
        <source>The token for %1 is kept in your keychain.</source>
        <translation>Das Token für %1 wird in Ihrem Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>The token for %1 is used for this session only: %2</source>
        <translation>Das Token für %1 gilt nur für diese Sitzung: %2</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Lock: when on, nothing in this window can change the cluster</source>
        <translation>Sperre: wenn aktiv, kann nichts in diesem Fenster den Cluster ändern</translation>
    </message>
    <message>
        <source>Read-only (locked)</source>
        <translation>Nur lesen (gesperrt)</translation>
    </message>
    <message>
        <source>Move replica to…</source>
        <translation>Replica verschieben nach…</translation>
    </message>
    <message>
        <source>Drain node…</source>
        <translation>Node leeren…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=, or the mouse wheel)</source>
        <translation>Vergrößern (Strg+=, oder das Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, or the mouse wheel)</source>
        <translation>Verkleinern (Strg+-, oder das Mausrad)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Show every node (Ctrl+0)</source>
        <translation>Alle Nodes zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>Open kubeconfig…</source>
        <translation>kubeconfig öffnen…</translation>
    </message>
    <message>
        <source>Open demo cluster</source>
        <translation>Demo-Cluster öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <source>Kubeconfig context</source>
        <translation>Kubeconfig-Kontext</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Namespace:</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (usually openebs)</source>
        <translation>Der Namespace, in dem cStor läuft (meist openebs)</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Applies when the console is started again</source>
        <translation>Wirkt beim nächsten Start der Konsole</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes when the console is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start der Konsole.</translation>
    </message>
    <message>
        <source>Filter pools, e.g. node2 or ONLINE</source>
        <translation>Pools filtern, z. B. node2 oder ONLINE</translation>
    </message>
    <message>
        <source>Filter replicas, e.g. a volume, pool, node or phase</source>
        <translation>Replicas filtern, z. B. nach Volume, Pool, Node oder Phase</translation>
    </message>
    <message>
        <source>Filter volumes, e.g. pvc-d1b2 or Degraded</source>
        <translation>Volumes filtern, z. B. pvc-d1b2 oder Degraded</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>Nodes filtern</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replicas</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Pools table</source>
        <translation>Pool-Tabelle</translation>
    </message>
    <message>
        <source>Replicas table</source>
        <translation>Replica-Tabelle</translation>
    </message>
    <message>
        <source>Volumes table</source>
        <translation>Volume-Tabelle</translation>
    </message>
    <message>
        <source>Nodes table</source>
        <translation>Node-Tabelle</translation>
    </message>
    <message>
        <source>Simulated cluster (demo) — changes affect only this simulation</source>
        <translation>Simulierter Cluster (Demo) — Änderungen betreffen nur diese Simulation</translation>
    </message>
    <message>
        <source>The API server&apos;s certificate is not verified (insecure-skip-tls-verify in the kubeconfig): anyone on the network path could read or change what you see and do.</source>
        <translation>Das Zertifikat des API-Servers wird nicht geprüft (insecure-skip-tls-verify in der kubeconfig): Jeder auf dem Netzwerkpfad könnte lesen oder ändern, was Sie sehen und tun.</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
    <message>
        <source>Demo cluster notice</source>
        <translation>Hinweis zum Demo-Cluster</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Cluster summary</source>
        <translation>Cluster-Übersicht</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Cluster: %1
User: %2
Namespace: %3</source>
        <translation>Cluster: %1
Benutzer: %2
Namespace: %3</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>No kubeconfig context</source>
        <translation>Kein kubeconfig-Kontext</translation>
    </message>
    <message>
        <source>%1 — cStor Console</source>
        <translation>%1 — cStor Console</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Choose another context</source>
        <translation>Anderen Kontext wählen</translation>
    </message>
    <message>
        <source>This kubeconfig cannot be used</source>
        <translation>Diese kubeconfig ist nicht verwendbar</translation>
    </message>
    <message>
        <source>The kubeconfig or the context could not be read. Check the file with &lt;tt&gt;kubectl config view&lt;/tt&gt;, or choose another one.</source>
        <translation>Die kubeconfig oder der Kontext konnte nicht gelesen werden. Prüfen Sie die Datei mit &lt;tt&gt;kubectl config view&lt;/tt&gt; oder wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Choose kubeconfig file…</source>
        <translation>kubeconfig-Datei wählen…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Listing the cStor pools, volumes and replicas in namespace &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Die cStor-Pools, -Volumes und -Replicas im Namespace &lt;b&gt;%1&lt;/b&gt; werden aufgelistet.</translation>
    </message>
    <message>
        <source>No cStor in this cluster</source>
        <translation>Kein cStor in diesem Cluster</translation>
    </message>
    <message>
        <source>The cluster of context &lt;b&gt;%1&lt;/b&gt; does not serve the cStor resources (cstor.openebs.io). Install OpenEBS cStor there, or choose the context of a cluster that runs it.</source>
        <translation>Der Cluster des Kontexts &lt;b&gt;%1&lt;/b&gt; bietet die cStor-Ressourcen (cstor.openebs.io) nicht an. Installieren Sie dort OpenEBS cStor oder wählen Sie den Kontext eines Clusters, auf dem es läuft.</translation>
    </message>
    <message>
        <source>The cluster refused your credentials</source>
        <translation>Der Cluster hat Ihre Anmeldedaten abgelehnt</translation>
    </message>
    <message>
        <source>The API server of context &lt;b&gt;%1&lt;/b&gt; answered 401 Unauthorized: the kubeconfig&apos;s credentials for user &lt;b&gt;%2&lt;/b&gt; are missing, wrong or expired. Renew them (for example with your cloud&apos;s login command), or use a token: it is kept in your desktop keychain, never in a file.</source>
        <translation>Der API-Server des Kontexts &lt;b&gt;%1&lt;/b&gt; antwortete mit 401 Unauthorized: Die Anmeldedaten der kubeconfig für den Benutzer &lt;b&gt;%2&lt;/b&gt; fehlen, sind falsch oder abgelaufen. Erneuern Sie sie (zum Beispiel mit dem Login-Befehl Ihrer Cloud) oder verwenden Sie ein Token: Es wird im Schlüsselbund Ihres Desktops aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Use a token…</source>
        <translation>Token verwenden…</translation>
    </message>
    <message>
        <source>No permission to list cStor objects</source>
        <translation>Keine Berechtigung, cStor-Objekte aufzulisten</translation>
    </message>
    <message>
        <source>Your user in context &lt;b&gt;%1&lt;/b&gt; may not list the cStor pools, volumes and replicas in namespace &lt;b&gt;%2&lt;/b&gt;. Ask your cluster administrator for get, list and watch on cstor.openebs.io resources and events there, or choose another namespace or context.</source>
        <translation>Ihr Benutzer im Kontext &lt;b&gt;%1&lt;/b&gt; darf die cStor-Pools, -Volumes und -Replicas im Namespace &lt;b&gt;%2&lt;/b&gt; nicht auflisten. Bitten Sie Ihre Cluster-Administration dort um get, list und watch auf cstor.openebs.io-Ressourcen und Events, oder wählen Sie einen anderen Namespace oder Kontext.</translation>
    </message>
    <message>
        <source>Cannot reach the cluster</source>
        <translation>Cluster nicht erreichbar</translation>
    </message>
    <message>
        <source>The API server of context &lt;b&gt;%1&lt;/b&gt; does not answer. Check your network or VPN and that the cluster is running; the console keeps retrying.</source>
        <translation>Der API-Server des Kontexts &lt;b&gt;%1&lt;/b&gt; antwortet nicht. Prüfen Sie Netzwerk oder VPN und ob der Cluster läuft; die Konsole versucht es weiter.</translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation>Token für %1</translation>
    </message>
    <message>
        <source>Bearer token for context %1 (kept in your desktop keychain, never in a file):</source>
        <translation>Bearer-Token für den Kontext %1 (im Schlüsselbund Ihres Desktops aufbewahrt, nie in einer Datei):</translation>
    </message>
    <message>
        <source>Choose kubeconfig file</source>
        <translation>kubeconfig-Datei wählen</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nicht mit einem Cluster verbunden.</translation>
    </message>
    <message>
        <source>The read-only lock is on; unlock it in the toolbar to make changes.</source>
        <translation>Die Schreibsperre ist aktiv; lösen Sie sie in der Werkzeugleiste, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>Checking whether your user may change volume placement…</source>
        <translation>Es wird geprüft, ob Ihr Benutzer die Platzierung von Volumes ändern darf…</translation>
    </message>
    <message>
        <source>Select a replica in the topology or the replicas table, then move it.</source>
        <translation>Wählen Sie ein Replica in der Topologie oder der Replica-Tabelle und verschieben Sie es dann.</translation>
    </message>
    <message>
        <source>Plan moving the selected replica to another pool</source>
        <translation>Verschieben des gewählten Replicas in einen anderen Pool planen</translation>
    </message>
    <message>
        <source>Select a node in the topology or the nodes table, then drain it.</source>
        <translation>Wählen Sie einen Node in der Topologie oder der Node-Tabelle und leeren Sie ihn dann.</translation>
    </message>
    <message>
        <source>Plan moving every replica off %1</source>
        <translation>Verschieben aller Replicas von %1 planen</translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>&amp;Topologie</translation>
    </message>
    <message>
        <source>&amp;Pools table</source>
        <translation>&amp;Pool-Tabelle</translation>
    </message>
    <message>
        <source>&amp;Replicas table</source>
        <translation>&amp;Replica-Tabelle</translation>
    </message>
    <message>
        <source>&amp;Volumes table</source>
        <translation>&amp;Volume-Tabelle</translation>
    </message>
    <message>
        <source>&amp;Nodes table</source>
        <translation>&amp;Node-Tabelle</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Migrations</source>
        <translation>&amp;Migrationen</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>Migration %1</source>
        <translation>Migration %1</translation>
    </message>
    <message>
        <source>Migration %1: %2</source>
        <translation>Migration %1: %2</translation>
    </message>
    <message>
        <source>The replica is gone.</source>
        <translation>Das Replica ist nicht mehr da.</translation>
    </message>
    <message>
        <source>The replica is already on this pool.</source>
        <translation>Das Replica liegt bereits auf diesem Pool.</translation>
    </message>
    <message>
        <source>Nothing to move: the replica is gone.</source>
        <translation>Nichts zu verschieben: Das Replica ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Cannot drain %1: %2</source>
        <translation>%1 kann nicht geleert werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no replicas.</source>
        <translation>%1 enthält keine Replicas.</translation>
    </message>
    <message>
        <source>Move %1 from %2 to</source>
        <translation>%1 von %2 verschieben nach</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Plan this move</source>
        <translation>Diese Verschiebung planen</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Node</numerusform>
            <numerusform>%n Nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n Pool</numerusform>
            <numerusform>%n Pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n Volume</numerusform>
            <numerusform>%n Volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n Replica</numerusform>
            <numerusform>%n Replicas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 used (%3 %)</source>
        <translation>%1 von %2 belegt (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n im Neuaufbau</numerusform>
            <numerusform>%n im Neuaufbau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n nicht gesund</numerusform>
            <numerusform>%n nicht gesund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale node(s)</source>
        <translation>
            <numerusform>%n veralteter Node</numerusform>
            <numerusform>%n veraltete Nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read-only pool(s)</source>
        <translation>
            <numerusform>%n schreibgeschützter Pool</numerusform>
            <numerusform>%n schreibgeschützte Pools</numerusform>
        </translation>
    </message>
    <message>
        <source>Unhealthy: %1 pools, %2 volumes, %3 replicas (stale replicas count as unhealthy)</source>
        <translation>Nicht gesund: %1 Pools, %2 Volumes, %3 Replicas (veraltete Replicas zählen als nicht gesund)</translation>
    </message>
    <message>
        <source>The credential plugin is not trusted yet</source>
        <translation>Dem Anmelde-Plugin wird noch nicht vertraut</translation>
    </message>
    <message>
        <source>Context &lt;b&gt;%1&lt;/b&gt; signs in by running a program named in its kubeconfig. Nothing has been run. Review the program and trust it to connect, or choose another context.</source>
        <translation>Kontext &lt;b&gt;%1&lt;/b&gt; meldet sich an, indem er ein in seiner kubeconfig genanntes Programm ausführt. Es wurde nichts ausgeführt. Prüfen Sie das Programm und vertrauen Sie ihm, um zu verbinden, oder wählen Sie einen anderen Kontext.</translation>
    </message>
    <message>
        <source>Review Plugin…</source>
        <translation>Plugin prüfen…</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <source>Show what the doctor found (Alt+9)</source>
        <translation>Zeigen, was der Doctor gefunden hat (Alt+9)</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the whole cluster again from the server (Ctrl+R)</source>
        <translation>Den ganzen Cluster erneut vom Server auflisten (Strg+R)</translation>
    </message>
    <message>
        <source>Listing the whole cluster again…</source>
        <translation>Der ganze Cluster wird erneut aufgelistet…</translation>
    </message>
    <message>
        <source>Listed again: what is shown is what the server said at %1.</source>
        <translation>Erneut aufgelistet: Angezeigt wird, was der Server um %1 gemeldet hat.</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Evacuate nodes or pools…</source>
        <translation>Nodes oder Pools räumen…</translation>
    </message>
    <message>
        <source>Empty several nodes or pools as one plan of moves, run within caps you set</source>
        <translation>Mehrere Nodes oder Pools als einen Plan von Verschiebungen leeren, ausgeführt innerhalb von Obergrenzen, die Sie festlegen</translation>
    </message>
    <message>
        <source>Rebalance pools…</source>
        <translation>Pools ausgleichen…</translation>
    </message>
    <message>
        <source>Bring the used capacity of a pool cluster&apos;s pools within a few points of each other, as one plan of moves run within caps you set</source>
        <translation>Die belegte Kapazität der Pools eines Pool-Clusters auf wenige Punkte zueinander bringen, als ein Plan von Verschiebungen innerhalb von Obergrenzen, die Sie festlegen</translation>
    </message>
    <message>
        <source>Objects not shown</source>
        <translation>Nicht angezeigte Objekte</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) of the cluster could not be read and are not shown as they are: %1</source>
        <translation>
            <numerusform>%n Objekt des Clusters konnte nicht gelesen werden und wird nicht so angezeigt, wie es ist: %1</numerusform>
            <numerusform>%n Objekte des Clusters konnten nicht gelesen werden und werden nicht so angezeigt, wie sie sind: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Befehlspalette…</translation>
    </message>
    <message>
        <source>Run any command, or show a node, pool or volume, by typing part of its name (Ctrl+K)</source>
        <translation>Einen beliebigen Befehl ausführen oder einen Knoten, Pool oder ein Volume zeigen, indem Sie einen Teil des Namens eingeben (Strg+K)</translation>
    </message>
    <message>
        <source>Cluster&apos;s Prometheus…</source>
        <translation>Prometheus des Clusters…</translation>
    </message>
    <message>
        <source>Name the Prometheus the capacity forecasts and I/O come from, for this context</source>
        <translation>Den Prometheus für diesen Kontext nennen, aus dem Kapazitätsprognosen und I/O kommen</translation>
    </message>
</context>
<context>
    <name>Ui::NodeItem</name>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n nicht gesund</numerusform>
            <numerusform>%n nicht gesund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n im Neuaufbau</numerusform>
            <numerusform>%n im Neuaufbau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n Replica</numerusform>
            <numerusform>%n Replicas</numerusform>
        </translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>VERALTET</translation>
    </message>
    <message>
        <source>No cStor pool</source>
        <translation>Kein cStor-Pool</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>NICHT BEREIT</translation>
    </message>
</context>
<context>
    <name>Ui::NodeLossDialog</name>
    <message>
        <source>If %1 is lost now</source>
        <translation>Wenn %1 jetzt verloren geht</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Healthy left</source>
        <translation>Healthy übrig</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Volumes with a replica on %1</source>
        <translation>Volumes mit einer Replica auf %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Evacuate the node first (Actions ▸ Evacuate nodes or pools…) to take it down without losing anything.</source>
        <translation>Nichts wurde geändert. Räumen Sie den Node zuerst (Aktionen ▸ Nodes oder Pools räumen…), um ihn ohne Verlust herunterzufahren.</translation>
    </message>
    <message>
        <source>Evacuate this node…</source>
        <translation>Diesen Node räumen…</translation>
    </message>
    <message>
        <source>Plan moving every replica off %1 first, each to a pool of its pool cluster on another node</source>
        <translation>Zuerst jede Replica von %1 verschieben, jede in einen Pool ihres Pool-Clusters auf einem anderen Node</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of the volume&apos;s %2 replica(s) stay Healthy on other live nodes; its target needs %3 to serve I/O</source>
        <translation>%1 der %2 Replicas des Volumes bleiben auf anderen lebenden Nodes Healthy; sein Target braucht %3, um I/O zu bedienen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>Ui::NodePoolPicker</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Filter by node or pool name</source>
        <translation>Nach Node- oder Pool-Namen filtern</translation>
    </message>
    <message>
        <source>Filter nodes and pools</source>
        <translation>Nodes und Pools filtern</translation>
    </message>
    <message>
        <source>Node / pool</source>
        <translation>Node / Pool</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replicas</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Nodes and pools to empty</source>
        <translation>Zu leerende Nodes und Pools</translation>
    </message>
    <message>
        <source>Nodes shown</source>
        <translation>Angezeigte Nodes</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Node</numerusform>
            <numerusform>%n Nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s)</source>
        <translation>
            <numerusform>%1 von %n Node</numerusform>
            <numerusform>%1 von %n Nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::OperationsPanel</name>
    <message>
        <source>Migration queue</source>
        <translation>Migrations-Warteschlange</translation>
    </message>
    <message>
        <source>Progress is estimated from the replicas&apos; used space.</source>
        <translation>Der Fortschritt wird aus dem belegten Platz der Replicas geschätzt.</translation>
    </message>
    <message>
        <source>Cancel move</source>
        <translation>Verschiebung abbrechen</translation>
    </message>
    <message>
        <source>Move back…</source>
        <translation>Zurückverschieben…</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Cannot cancel</source>
        <translation>Abbrechen nicht möglich</translation>
    </message>
    <message>
        <source>Remove the new replica again and keep the source (before the old replica is removed)</source>
        <translation>Das neue Replica wieder entfernen und die Quelle behalten (bevor das alte Replica entfernt wird)</translation>
    </message>
    <message>
        <source>Plan the reverse move</source>
        <translation>Rückverschiebung planen</translation>
    </message>
    <message>
        <source>No migrations yet: drag a replica onto another pool in the topology, or select it and press Ctrl+M.</source>
        <translation>Noch keine Migrationen: Ziehen Sie ein Replikat in der Topologie auf einen anderen Pool, oder wählen Sie es aus und drücken Sie Strg+M.</translation>
    </message>
    <message>
        <source>Start sooner</source>
        <translation>Früher starten</translation>
    </message>
    <message>
        <source>Start later</source>
        <translation>Später starten</translation>
    </message>
    <message>
        <source>Cancel waiting…</source>
        <translation>Wartende abbrechen…</translation>
    </message>
    <message>
        <source>About the progress</source>
        <translation>Zum Fortschritt</translation>
    </message>
    <message>
        <source>Cancel waiting moves</source>
        <translation>Wartende Verschiebungen abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n move(s) that have not started?</source>
        <translation>
            <numerusform>Die %n Verschiebung abbrechen, die noch nicht begonnen hat?</numerusform>
            <numerusform>Die %n Verschiebungen abbrechen, die noch nicht begonnen haben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Running moves go on to the end. The cancelled moves can be planned again later.</source>
        <translation>Laufende Verschiebungen laufen bis zum Ende weiter. Die abgebrochenen Verschiebungen können später erneut geplant werden.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Start the selected waiting move before the one ahead of it</source>
        <translation>Die gewählte wartende Verschiebung vor der vorherigen starten</translation>
    </message>
    <message>
        <source>Start the selected waiting move after the one behind it</source>
        <translation>Die gewählte wartende Verschiebung nach der nächsten starten</translation>
    </message>
    <message>
        <source>Cancel every move that has not started; running moves finish</source>
        <translation>Jede Verschiebung abbrechen, die noch nicht begonnen hat; laufende Verschiebungen werden beendet</translation>
    </message>
    <message>
        <source>Moved by another console</source>
        <translation>Von einer anderen Konsole verschoben</translation>
    </message>
    <message>
        <source>Moves run by other consoles</source>
        <translation>Verschiebungen anderer Konsolen</translation>
    </message>
    <message>
        <source>A move can be adopted once its console is silent: its process on this host is gone, or it has not renewed its record for %1.</source>
        <translation>Eine Verschiebung kann übernommen werden, sobald ihre Konsole schweigt: ihr Prozess auf diesem Host ist beendet, oder sie hat ihren Vermerk %1 lang nicht erneuert.</translation>
    </message>
    <message>
        <source>Adopt move…</source>
        <translation>Verschiebung übernehmen…</translation>
    </message>
    <message>
        <source>Adopt move</source>
        <translation>Verschiebung übernehmen</translation>
    </message>
    <message>
        <source>Finish this move here: wait for the new replica and the volume to be Healthy, then remove the old replica</source>
        <translation>Diese Verschiebung hier abschließen: warten, bis die neue Replica und das Volume Healthy sind, dann die alte Replica entfernen</translation>
    </message>
    <message>
        <source>Adopt the move of %1?</source>
        <translation>Die Verschiebung von %1 übernehmen?</translation>
    </message>
    <message>
        <source>%1

This console then finishes the move: it waits until the new replica on %2 and the volume are Healthy, then removes the old replica on %3 (a move that was rolling back is rolled back). If the other console comes back, it leaves the move to this one.</source>
        <translation>%1

Diese Konsole schließt die Verschiebung dann ab: sie wartet, bis die neue Replica auf %2 und das Volume Healthy sind, und entfernt dann die alte Replica auf %3 (eine Verschiebung, die gerade zurückgenommen wurde, wird zurückgenommen). Kommt die andere Konsole zurück, überlässt sie die Verschiebung dieser.</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Belassen</translation>
    </message>
    <message>
        <source>Cannot adopt</source>
        <translation>Übernahme nicht möglich</translation>
    </message>
    <message>
        <source>Cannot adopt the move of %1: %2</source>
        <translation>Die Verschiebung von %1 kann nicht übernommen werden: %2</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewLegendItem</name>
    <message>
        <source>Fullest pool used:</source>
        <translation>Vollster Pool belegt:</translation>
    </message>
    <message>
        <source>capacity unknown</source>
        <translation>Kapazität unbekannt</translation>
    </message>
    <message>
        <source>offline, faulted or NotReady</source>
        <translation>offline, fehlerhaft oder NotReady</translation>
    </message>
    <message>
        <source>degraded, read-only or stale</source>
        <translation>degradiert, schreibgeschützt oder veraltet</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>im Wiederaufbau</translation>
    </message>
    <message>
        <source>Click a node to see it in detail</source>
        <translation>Einen Knoten anklicken, um ihn im Detail zu sehen</translation>
    </message>
</context>
<context>
    <name>Ui::PlanDialog</name>
    <message>
        <source>Move replica</source>
        <translation>Replica verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n replicas</source>
        <translation>
            <numerusform>%n Replica verschieben</numerusform>
            <numerusform>%n Replicas verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Move a replica of %1&lt;/b&gt;&lt;br&gt;from pool &lt;b&gt;%2&lt;/b&gt; to pool &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Ein Replica von %1 verschieben&lt;/b&gt;&lt;br&gt;von Pool &lt;b&gt;%2&lt;/b&gt; nach Pool &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Move %n replicas&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Replica verschieben&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Replicas verschieben&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Add the target pool to the volume (a new replica is created and rebuilds from its peers).&lt;/li&gt;&lt;li&gt;Wait until the new replica and the volume are Healthy.&lt;/li&gt;&lt;li&gt;Remove the source pool (the old replica is deleted).&lt;/li&gt;&lt;/ol&gt;The old replica is never removed before its replacement is Healthy.</source>
        <translation>&lt;ol&gt;&lt;li&gt;Den Ziel-Pool zum Volume hinzufügen (ein neues Replica wird angelegt und von seinen Peers neu aufgebaut).&lt;/li&gt;&lt;li&gt;Warten, bis das neue Replica und das Volume Healthy sind.&lt;/li&gt;&lt;li&gt;Den Quell-Pool entfernen (das alte Replica wird gelöscht).&lt;/li&gt;&lt;/ol&gt;Das alte Replica wird nie entfernt, bevor sein Ersatz Healthy ist.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <source>C&amp;apacity before and after</source>
        <translation>&amp;Kapazität vorher und nachher</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Capacity after the moves</source>
        <translation>Kapazität nach den Verschiebungen</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Writes are allowed</source>
        <translation>Schreiben ist erlaubt</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>ABGELEHNT: %1</translation>
    </message>
    <message>
        <source>Dry run: not sent, a check refused the plan.</source>
        <translation>Probelauf: nicht gesendet, eine Prüfung hat den Plan abgelehnt.</translation>
    </message>
    <message>
        <source>Dry run: asking the server…</source>
        <translation>Probelauf: Server wird gefragt…</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>Dry run: the server accepts the change.</source>
        <translation>Probelauf: Der Server akzeptiert die Änderung.</translation>
    </message>
    <message>
        <source>Dry run refused: %1</source>
        <translation>Probelauf abgelehnt: %1</translation>
    </message>
    <message>
        <source>A check refused the plan</source>
        <translation>Eine Prüfung hat den Plan abgelehnt</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s dry run</source>
        <translation>Warte auf den Probelauf des Servers</translation>
    </message>
    <message>
        <source>Recent I/O of %1: %2. A rebuild adds its copy to the pools&apos; load while it runs; a busy volume may be better moved at a quiet hour.</source>
        <translation>Aktuelle I/O von %1: %2. Ein Rebuild fügt der Last der Pools seine Kopie hinzu, solange er läuft; ein ausgelastetes Volume wird besser zu einer ruhigen Stunde verschoben.</translation>
    </message>
</context>
<context>
    <name>Ui::PoolItem</name>
    <message>
        <source>%1 % used · %2 free of %3</source>
        <translation>%1 % belegt · %2 frei von %3</translation>
    </message>
    <message>
        <source>READ-ONLY · %1 % used · %2 free</source>
        <translation>SCHREIBGESCHÜTZT · %1 % belegt · %2 frei</translation>
    </message>
    <message>
        <source>NEAR LIMIT · %1 % used · %2 free</source>
        <translation>NAHE AM LIMIT · %1 % belegt · %2 frei</translation>
    </message>
</context>
<context>
    <name>Ui::PoolTaskDialog</name>
    <message>
        <source>Reading pool %1 …</source>
        <translation>Pool %1 wird gelesen …</translation>
    </message>
    <message>
        <source>The edit and its progress</source>
        <translation>Die Änderung und ihr Fortschritt</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pool cannot be read&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Der Pool kann nicht gelesen werden&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
</context>
<context>
    <name>Ui::ProjectionChart</name>
    <message>
        <source>Used capacity before and after</source>
        <translation>Belegte Kapazität vorher und nachher</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>%1 crosses %2 %: %3 % → %4 %</source>
        <translation>%1 überschreitet %2 %: %3 % → %4 %</translation>
    </message>
    <message>
        <source>%1 stays above %2 %: %3 % → %4 %</source>
        <translation>%1 bleibt über %2 %: %3 % → %4 %</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>Belegt (%)</translation>
    </message>
    <message>
        <source>No affected pool reaches %1 % used.</source>
        <translation>Kein betroffener Pool erreicht %1 % Belegung.</translation>
    </message>
</context>
<context>
    <name>Ui::PrometheusSetting</name>
    <message>
        <source>Cluster&apos;s Prometheus</source>
        <translation>Prometheus des Clusters</translation>
    </message>
    <message>
        <source>The Prometheus Service of context %1, as NAMESPACE/SERVICE:PORT (for example monitoring/prometheus-operated:9090). It is asked through the API server&apos;s service proxy with the context&apos;s credentials. Leave it empty to let the console look for it as Lens does.</source>
        <translation>Der Prometheus-Service von Kontext %1 als NAMESPACE/SERVICE:PORT (zum Beispiel monitoring/prometheus-operated:9090). Er wird über den Service-Proxy des API-Servers mit den Anmeldedaten des Kontexts abgefragt. Leer lassen, damit die Konsole ihn wie Lens sucht.</translation>
    </message>
</context>
<context>
    <name>Ui::QueueBar</name>
    <message>
        <source>Move queue</source>
        <translation>Verschiebungs-Warteschlange</translation>
    </message>
    <message>
        <source>Data copied by the plan</source>
        <translation>Vom Plan kopierte Daten</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>Fortschritt des Plans</translation>
    </message>
    <message>
        <source>Pause queue</source>
        <translation>Warteschlange pausieren</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>Warteschlange fortsetzen</translation>
    </message>
    <message>
        <source>Queue paused</source>
        <translation>Warteschlange pausiert</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warteschlange pausiert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Warteschlange pausiert:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>Running moves finish; no waiting move starts until the queue is resumed.</source>
        <translation>Laufende Verschiebungen werden beendet; keine wartende Verschiebung startet, bevor die Warteschlange fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Moves start only between %1</source>
        <translation>Verschiebungen starten nur im Zeitfenster %1</translation>
    </message>
    <message>
        <source>Let the waiting moves start again, as the caps allow</source>
        <translation>Die wartenden Verschiebungen wieder starten lassen, soweit die Obergrenzen es erlauben</translation>
    </message>
    <message>
        <source>Start no more moves until the queue is resumed; the running ones finish</source>
        <translation>Keine weiteren Verschiebungen starten, bis die Warteschlange fortgesetzt wird; die laufenden werden beendet</translation>
    </message>
    <message>
        <source>by %1 in the window</source>
        <translation>von %1 im Fenster</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>ein Operator</translation>
    </message>
</context>
<context>
    <name>Ui::QueueSettingsForm</name>
    <message>
        <source>Rebuilds onto one &amp;pool at once:</source>
        <translation>Neuaufbauten gleichzeitig auf einen &amp;Pool:</translation>
    </message>
    <message>
        <source>A pool that receives replicas rebuilds them with its own disks</source>
        <translation>Ein Pool, der Replicas empfängt, baut sie mit seinen eigenen Platten neu auf</translation>
    </message>
    <message>
        <source>Moves off one &amp;node at once:</source>
        <translation>Verschiebungen gleichzeitig von einem &amp;Node weg:</translation>
    </message>
    <message>
        <source>Every move reads its data from the volume&apos;s other replicas</source>
        <translation>Jede Verschiebung liest ihre Daten von den anderen Replicas des Volumes</translation>
    </message>
    <message>
        <source>Moves in the &amp;cluster at once:</source>
        <translation>Verschiebungen gleichzeitig im &amp;Cluster:</translation>
    </message>
    <message>
        <source>All moves of every plan</source>
        <translation>Alle Verschiebungen aller Pläne</translation>
    </message>
    <message>
        <source>cStor has no rebuild throttle: these caps are the lever on the load.</source>
        <translation>cStor hat keine Drosselung des Neuaufbaus: Diese Obergrenzen sind der Hebel für die Last.</translation>
    </message>
    <message>
        <source>Start moves only &amp;between</source>
        <translation>Verschiebungen nur &amp;zwischen</translation>
    </message>
    <message>
        <source>Start moves only in a maintenance window</source>
        <translation>Verschiebungen nur in einem Wartungsfenster starten</translation>
    </message>
    <message>
        <source>Waiting moves start only in these hours of the day (local time); a move running when the window closes finishes</source>
        <translation>Wartende Verschiebungen starten nur zu diesen Tageszeiten (Ortszeit); eine Verschiebung, die beim Schließen des Fensters läuft, wird beendet</translation>
    </message>
    <message>
        <source>Window opens at</source>
        <translation>Fenster öffnet um</translation>
    </message>
    <message>
        <source>Window closes at</source>
        <translation>Fenster schließt um</translation>
    </message>
    <message>
        <source>Time zone of the window</source>
        <translation>Zeitzone des Fensters</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>opens and closes at the same minute</source>
        <translation>öffnet und schließt in derselben Minute</translation>
    </message>
    <message>
        <source>Untick the box to start moves at any time</source>
        <translation>Entfernen Sie das Häkchen, um Verschiebungen jederzeit zu starten</translation>
    </message>
</context>
<context>
    <name>Ui::QuitGuard</name>
    <message>
        <source>A replica is being moved.</source>
        <translation>Eine Replica wird verschoben.</translation>
    </message>
    <message>
        <source>%1 replicas are being moved.</source>
        <translation>%1 Replicas werden verschoben.</translation>
    </message>
    <message>
        <source>A move of a replica is waiting to start.</source>
        <translation>Eine Verschiebung einer Replica wartet auf ihren Start.</translation>
    </message>
    <message>
        <source>%1 moves of replicas are waiting to start.</source>
        <translation>%1 Verschiebungen von Replicas warten auf ihren Start.</translation>
    </message>
    <message>
        <source>Moves are under way</source>
        <translation>Verschiebungen laufen</translation>
    </message>
    <message>
        <source>If you quit now, each started move stops where it is: the volume keeps its old and its new replica, so nothing is lost, but it holds one replica more until cStor Console carries the move on.</source>
        <translation>Wenn Sie jetzt beenden, bleibt jede begonnene Verschiebung stehen, wo sie ist: das Volume behält seine alte und seine neue Replica, es geht also nichts verloren, aber es hat eine Replica mehr, bis cStor Console die Verschiebung fortsetzt.</translation>
    </message>
    <message>
        <source>The waiting move will not start.</source>
        <translation>Die wartende Verschiebung wird nicht gestartet.</translation>
    </message>
    <message>
        <source>The %1 waiting moves will not start.</source>
        <translation>Die %1 wartenden Verschiebungen werden nicht gestartet.</translation>
    </message>
    <message>
        <source>The next time cStor Console connects to this context, it finishes what was left.</source>
        <translation>Wenn sich cStor Console das nächste Mal mit diesem Kontext verbindet, beendet es, was übrig geblieben ist.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>Ui::RebalanceDialog</name>
    <message>
        <source>Rebalance pools</source>
        <translation>Pools ausgleichen</translation>
    </message>
    <message>
        <source>Brings the used capacity of a pool cluster&apos;s pools within a few points of each other: again and again a replica leaves the fullest pool for the pool that stays emptiest with it, small replicas of Healthy volumes first, under every rule of a single move. Only ONLINE, writable pools on live nodes count.</source>
        <translation>Bringt die belegte Kapazität der Pools eines Pool-Clusters auf wenige Punkte zueinander: Immer wieder verlässt ein Replica den vollsten Pool zu dem Pool, der damit am leersten bleibt, kleine Replicas von Healthy-Volumes zuerst, unter jeder Regel einer einzelnen Verschiebung. Nur ONLINE-, beschreibbare Pools auf lebenden Nodes zählen.</translation>
    </message>
    <message>
        <source>Pool cluster to rebalance</source>
        <translation>Auszugleichender Pool-Cluster</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>Target spread in percentage points</source>
        <translation>Ziel-Spanne in Prozentpunkten</translation>
    </message>
    <message>
        <source>The most percentage points of used capacity between the fullest and the emptiest pool</source>
        <translation>Höchstens so viele Prozentpunkte belegter Kapazität zwischen dem vollsten und dem leersten Pool</translation>
    </message>
    <message>
        <source>Target &amp;spread:</source>
        <translation>Ziel-&amp;Spanne:</translation>
    </message>
    <message>
        <source>Capacity after the moves</source>
        <translation>Kapazität nach den Verschiebungen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>Von Pool</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>Nach Pool</translation>
    </message>
    <message>
        <source>To node</source>
        <translation>Ziel-Node</translation>
    </message>
    <message>
        <source>Moves of the plan</source>
        <translation>Verschiebungen des Plans</translation>
    </message>
    <message>
        <source>&amp;Moves</source>
        <translation>&amp;Verschiebungen</translation>
    </message>
    <message>
        <source>Pools left out and why the target is not reached</source>
        <translation>Ausgelassene Pools und warum das Ziel nicht erreicht wird</translation>
    </message>
    <message>
        <source>Show plan…</source>
        <translation>Plan zeigen…</translation>
    </message>
    <message>
        <source>The moves with their checks, each pool&apos;s capacity before and after, and the server&apos;s dry run, before anything changes</source>
        <translation>Die Verschiebungen mit ihren Prüfungen, die Kapazität jedes Pools vorher und nachher und der Probelauf des Servers, bevor sich etwas ändert</translation>
    </message>
    <message>
        <source>Every pool cluster</source>
        <translation>Alle Pool-Cluster</translation>
    </message>
    <message>
        <source>Pool cluster %1</source>
        <translation>Pool-Cluster %1</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant …</translation>
    </message>
    <message>
        <source>spread %1 points now.</source>
        <translation>Spanne jetzt %1 Punkte.</translation>
    </message>
    <message>
        <source>The best plan leaves a spread of %1 points, more than %2: nothing can start. Set the target to %1 points to apply that plan.</source>
        <translation>Der beste Plan hinterlässt eine Spanne von %1 Punkten, mehr als %2: Nichts kann starten. Setzen Sie das Ziel auf %1 Punkte, um diesen Plan anzuwenden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the pools are within %2 points already (spread %3): nothing to move.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Die Pools liegen bereits innerhalb von %2 Punkten (Spanne %3): nichts zu verschieben.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: spread %2 → %3 points (at most %4): %n replica(s) to move, %5 to copy.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: Spanne %2 → %3 Punkte (höchstens %4): %n Replica zu verschieben, %5 zu kopieren.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: Spanne %2 → %3 Punkte (höchstens %4): %n Replicas zu verschieben, %5 zu kopieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool cl&amp;uster:</source>
        <translation>Pool-Cl&amp;uster:</translation>
    </message>
    <message>
        <source>Pools before and &amp;after</source>
        <translation>Pools vorher und nach&amp;her</translation>
    </message>
</context>
<context>
    <name>Ui::RebuildChart</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Rebuild progress (estimated)</source>
        <translation>Rebuild-Fortschritt (geschätzt)</translation>
    </message>
    <message>
        <source>Estimated % copied</source>
        <translation>Geschätzt % kopiert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — stalled</source>
        <translation>%1 — stockt</translation>
    </message>
    <message>
        <source>Percentages are estimates from the new replica&apos;s used bytes.</source>
        <translation>Prozentwerte sind Schätzungen aus den belegten Bytes des neuen Replicas.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>rate unknown</source>
        <translation>Rate unbekannt</translation>
    </message>
    <message>
        <source>%1: stalled</source>
        <translation>%1: stockt</translation>
    </message>
    <message>
        <source>%1: ETA %2 at %3</source>
        <translation>%1: fertig in %2 bei %3</translation>
    </message>
    <message>
        <source>%1: ETA unknown (%2)</source>
        <translation>%1: Restzeit unbekannt (%2)</translation>
    </message>
    <message>
        <source>No replica is rebuilding. %1</source>
        <translation>Kein Replica wird neu aufgebaut. %1</translation>
    </message>
    <message>
        <source>Rebuild progress (estimated) — %1</source>
        <translation>Rebuild-Fortschritt (geschätzt) — %1</translation>
    </message>
    <message>
        <source>Rebuild of %1 %2 % (estimate)</source>
        <translation>Rebuild von %1 %2 % (Schätzung)</translation>
    </message>
    <message>
        <source>, stalled</source>
        <translation>, stockt</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <source>No replica is rebuilding.</source>
        <translation>Kein Replica wird neu aufgebaut.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rebuilding (hover a line for its name)</source>
        <translation>
            <numerusform>… und %n weiterer im Wiederaufbau (Linie überfahren für den Namen)</numerusform>
            <numerusform>… und %n weitere im Wiederaufbau (Linie überfahren für den Namen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuild progress (estimated) — %n rebuilding</source>
        <translation>
            <numerusform>Wiederaufbau (geschätzt) — %n läuft</numerusform>
            <numerusform>Wiederaufbau (geschätzt) — %n laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 % copied at %3 s (estimate)</source>
        <translation>%1
%2 % kopiert bei %3 s (Schätzung)</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Noch etwa %1</translation>
    </message>
</context>
<context>
    <name>Ui::RecoveryDialog</name>
    <message>
        <source>Recover volume %1</source>
        <translation>Volume %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>Wiederherstellungsplan</translation>
    </message>
    <message>
        <source>Recovery progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation>Jetzt wiederherstellen</translation>
    </message>
    <message>
        <source>Reading volume %1 from the cluster…</source>
        <translation>Volume %1 wird aus dem Cluster gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 can be brought back in %n step(s), each verified on the cluster before the next:</source>
        <translation>
            <numerusform>Volume %1 kann in %n Schritt zurückgebracht werden, geprüft im Cluster:</numerusform>
            <numerusform>Volume %1 kann in %n Schritten zurückgebracht werden, jeder im Cluster geprüft vor dem nächsten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Volume %1 needs a manual recovery; the console changes nothing.</source>
        <translation>Volume %1 muss von Hand wiederhergestellt werden; die Konsole ändert nichts.</translation>
    </message>
    <message>
        <source>Volume %1: nothing to do; it is at its replica count, all replicas Healthy on live nodes.</source>
        <translation>Volume %1: nichts zu tun; es hat seine Replikatanzahl, alle Replikate Healthy auf aktiven Knoten.</translation>
    </message>
    <message>
        <source>The volume could not be read (exit code %1).</source>
        <translation>Das Volume konnte nicht gelesen werden (Exit-Code %1).</translation>
    </message>
    <message>
        <source>Recovering volume %1…</source>
        <translation>Volume %1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Volume %1 is back at its replica count, all replicas Healthy.</source>
        <translation>Volume %1 hat wieder seine Replikatanzahl, alle Replikate Healthy.</translation>
    </message>
    <message>
        <source>The recovery of volume %1 stopped before the volume was back; the progress below says which step and why.</source>
        <translation>Die Wiederherstellung von Volume %1 endete, bevor das Volume zurück war; der Fortschritt unten sagt, bei welchem Schritt und warum.</translation>
    </message>
    <message>
        <source>What is wrong:</source>
        <translation>Was nicht stimmt:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Not automated:</source>
        <translation>Nicht automatisiert:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
</context>
<context>
    <name>Ui::RecoveryProcess</name>
    <message>
        <source>The recovery command stopped unexpectedly.</source>
        <translation>Der Wiederherstellungsbefehl endete unerwartet.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>Ui::ReplicaChip</name>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>Reconstructing</source>
        <translation>Wird neu aufgebaut</translation>
    </message>
    <message>
        <source>New, degraded</source>
        <translation>Neu, degradiert</translation>
    </message>
    <message>
        <source>~%1 %</source>
        <translation>~%1 %</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
</context>
<context>
    <name>Ui::RowCopy</name>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
</context>
<context>
    <name>Ui::SearchField</name>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find a node, pool, volume or replica by any part of its name, or a volume by its claim or its pods; Enter shows the first match</source>
        <translation>Einen Knoten, Pool, ein Volume oder Replikat über einen beliebigen Teil des Namens finden, ein Volume auch über seinen Claim oder seine Pods; Eingabe zeigt den ersten Treffer</translation>
    </message>
</context>
<context>
    <name>Ui::SearchIndex</name>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>Replikat</translation>
    </message>
</context>
<context>
    <name>Ui::TablePanel</name>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show only rows that are unhealthy, read-only or stale</source>
        <translation>Nur Zeilen zeigen, die nicht gesund, schreibgeschützt oder veraltet sind</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyItemAccessible</name>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Node %1, %2</source>
        <translation>Node %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n Pool</numerusform>
            <numerusform>%n Pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n Replica</numerusform>
            <numerusform>%n Replicas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool %1</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <source>Pool %1 on %2, %3, %4 % used</source>
        <translation>Pool %1 auf %2, %3, %4 % belegt</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replica %1</translation>
    </message>
    <message>
        <source>Replica %1 on pool %2, %3</source>
        <translation>Replica %1 auf Pool %2, %3</translation>
    </message>
    <message>
        <source>about %1 % rebuilt (estimate)</source>
        <translation>etwa %1 % neu aufgebaut (Schätzung)</translation>
    </message>
    <message>
        <source>Ctrl+M moves this replica to another pool.</source>
        <translation>Strg+M verschiebt dieses Replica in einen anderen Pool.</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>NotReady</translation>
    </message>
    <message>
        <source>its import fails (PoolLost)</source>
        <translation>sein Import schlägt fehl (PoolLost)</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyScene</name>
    <message>
        <source>The replica is already on this pool</source>
        <translation>Das Replica liegt bereits auf diesem Pool</translation>
    </message>
    <message>
        <source>Drop on a pool to plan moving %1</source>
        <translation>Auf einem Pool ablegen, um das Verschieben von %1 zu planen</translation>
    </message>
    <message>
        <source>Move to %1 (%2)</source>
        <translation>Nach %1 verschieben (%2)</translation>
    </message>
    <message>
        <source>Cannot move to %1: %2</source>
        <translation>Verschieben nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Move replica to…</source>
        <translation>Replica verschieben nach…</translation>
    </message>
    <message>
        <source>Plan moving this replica to another pool</source>
        <translation>Verschieben dieses Replicas in einen anderen Pool planen</translation>
    </message>
    <message>
        <source>Highlight all replicas of this volume</source>
        <translation>Alle Replicas dieses Volumes hervorheben</translation>
    </message>
    <message>
        <source>Drain node…</source>
        <translation>Node leeren…</translation>
    </message>
    <message>
        <source>Plan moving every replica off this node&apos;s pools</source>
        <translation>Verschieben aller Replicas von den Pools dieses Nodes planen</translation>
    </message>
    <message>
        <source>Show in table</source>
        <translation>In Tabelle zeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Volume: %2&lt;br&gt;Pool: %3 on %4&lt;br&gt;Phase: %5&lt;br&gt;Used: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Volume: %2&lt;br&gt;Pool: %3 auf %4&lt;br&gt;Phase: %5&lt;br&gt;Belegt: %6</translation>
    </message>
    <message>
        <source>&lt;br&gt;Rebuilt: about %1 % (estimated from a healthy peer)</source>
        <translation>&lt;br&gt;Neu aufgebaut: etwa %1 % (geschätzt anhand eines gesunden Peers)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Status updated: %1</source>
        <translation>&lt;br&gt;Status aktualisiert: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; this status is no longer being updated; the phase may not be true any more.</source>
        <translation>&lt;br&gt;&lt;b&gt;Veraltet:&lt;/b&gt; Dieser Status wird nicht mehr aktualisiert; die Phase stimmt womöglich nicht mehr.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Node: %2&lt;br&gt;Phase: %3&lt;br&gt;Used %4 of %5 (%6 %), %7 free&lt;br&gt;Replicas: %8 healthy of %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Node: %2&lt;br&gt;Phase: %3&lt;br&gt;Belegt %4 von %5 (%6 %), %7 frei&lt;br&gt;Replicas: %8 gesund von %9</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Read-only:&lt;/b&gt; the pool passed its %1 % threshold; its replicas accept no writes.</source>
        <translation>&lt;br&gt;&lt;b&gt;Schreibgeschützt:&lt;/b&gt; Der Pool hat seine Schwelle von %1 % überschritten; seine Replicas nehmen keine Schreibvorgänge an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n Replica</numerusform>
            <numerusform>%n Replicas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; the connection to the cluster is not live.</source>
        <translation>&lt;br&gt;&lt;b&gt;Veraltet:&lt;/b&gt; Die Verbindung zum Cluster ist nicht live.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; no replica on this node has reported since %1; the node or its pool manager may be down.</source>
        <translation>&lt;br&gt;&lt;b&gt;Veraltet:&lt;/b&gt; Kein Replica auf diesem Node hat sich seit %1 gemeldet; der Node oder sein Pool-Manager ist womöglich ausgefallen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>node: its pools, its replicas</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n Pool</numerusform>
            <numerusform>%n Pools</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;NotReady:&lt;/b&gt; the cluster lost contact with this node; its pools and replicas do not answer, and what they show is their last report.</source>
        <translation>&lt;br&gt;&lt;b&gt;NotReady:&lt;/b&gt; Der Cluster hat den Kontakt zu diesem Node verloren; seine Pools und Replicas antworten nicht, und was sie zeigen, ist ihre letzte Meldung.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;Health:&lt;/b&gt; %n finding(s)</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;Zustand:&lt;/b&gt; %n Befund</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;Zustand:&lt;/b&gt; %n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Health dock (Alt+9)</source>
        <translation>
            <numerusform>und %n weiterer im Bereich Zustand (Alt+9)</numerusform>
            <numerusform>und %n weitere im Bereich Zustand (Alt+9)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover volume…</source>
        <translation>Volume wiederherstellen…</translation>
    </message>
    <message>
        <source>Show how the console would bring %1 back to its replica count, then do it</source>
        <translation>Zeigen, wie die Konsole %1 auf seine Replica-Anzahl zurückbringen würde, und es dann tun</translation>
    </message>
    <message>
        <source>%1 needs no recovery the console can offer</source>
        <translation>Für %1 bietet die Konsole keine Wiederherstellung an</translation>
    </message>
    <message>
        <source>Recover lost node…</source>
        <translation>Verlorenen Node wiederherstellen…</translation>
    </message>
    <message>
        <source>Show what happens to each volume with a replica on this node, and replace those replicas from their Healthy copies on other nodes</source>
        <translation>Zeigen, was mit jedem Volume mit einem Replica auf diesem Node geschieht, und diese Replicas aus ihren Healthy-Kopien auf anderen Nodes ersetzen</translation>
    </message>
    <message>
        <source>If this node is lost…</source>
        <translation>Wenn dieser Node verloren geht…</translation>
    </message>
    <message>
        <source>This node is lost already: Recover lost node… shows what it costs each volume</source>
        <translation>Dieser Node ist bereits verloren: „Verlorenen Node wiederherstellen…“ zeigt, was er jedes Volume kostet</translation>
    </message>
    <message>
        <source>What each volume with a replica on this node would lose if it went down now, and where replacements would go. Changes nothing.</source>
        <translation>Was jedes Volume mit einer Replica auf diesem Node verlöre, wenn er jetzt ausfiele, und wohin Ersatz-Replicas gingen. Ändert nichts.</translation>
    </message>
    <message>
        <source>Rebalance pool cluster…</source>
        <translation>Pool-Cluster ausgleichen…</translation>
    </message>
    <message>
        <source>Plan moves that bring the used capacity of the pools of %1 within a few points of each other</source>
        <translation>Verschiebungen planen, die die belegte Kapazität der Pools von %1 auf wenige Punkte zueinander bringen</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Pool %1:&lt;/b&gt; %2</source>
        <translation>&lt;br&gt;&lt;b&gt;Pool %1:&lt;/b&gt; %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n replica(s) unhealthy&lt;/b&gt; (degraded, offline or in error)</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n Replikat nicht gesund&lt;/b&gt; (degradiert, offline oder fehlerhaft)</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;%n Replikate nicht gesund&lt;/b&gt; (degradiert, offline oder fehlerhaft)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n replica(s) rebuilding&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n Replikat im Wiederaufbau&lt;/b&gt;</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;%n Replikate im Wiederaufbau&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Zone: %1</source>
        <translation>&lt;br&gt;Zone: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Fullest pool: %1, %2 % used</source>
        <translation>&lt;br&gt;Vollster Pool: %1, %2 % belegt</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyView</name>
    <message>
        <source>Nodes, their cStor pools and the volume replicas on each pool. Arrow keys go from item to item; Ctrl+M moves the selected replica; the Menu key opens the item&apos;s actions.</source>
        <translation>Nodes, ihre cStor-Pools und die Volume-Replicas auf jedem Pool. Pfeiltasten gehen von Element zu Element; Strg+M verschiebt das gewählte Replica; die Menütaste öffnet die Aktionen des Elements.</translation>
    </message>
    <message>
        <source>Cluster topology</source>
        <translation>Cluster-Topologie</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomePage</name>
    <message>
        <source>Welcome to cStor Console</source>
        <translation>Willkommen bei cStor Console</translation>
    </message>
    <message>
        <source>Open the demo cluster</source>
        <translation>Demo-Cluster öffnen</translation>
    </message>
    <message>
        <source>Choose a kubeconfig file…</source>
        <translation>kubeconfig-Datei wählen…</translation>
    </message>
    <message>
        <source>cStor Console reaches your Kubernetes cluster the way kubectl does: through a &lt;b&gt;kubeconfig&lt;/b&gt; file, which names the cluster&apos;s API server and your credentials. No kubeconfig was found.&lt;br&gt;&lt;br&gt;Open the built-in demo cluster to look around (a simulated cluster; nothing you do there touches a real one), or choose the kubeconfig file your cluster administrator or your cloud&apos;s command-line tool gave you. The console remembers the file.</source>
        <translation>cStor Console erreicht Ihren Kubernetes-Cluster wie kubectl: über eine &lt;b&gt;kubeconfig&lt;/b&gt;-Datei, die den API-Server des Clusters und Ihre Anmeldedaten nennt. Es wurde keine kubeconfig gefunden.&lt;br&gt;&lt;br&gt;Öffnen Sie den eingebauten Demo-Cluster, um sich umzusehen (ein simulierter Cluster; nichts, was Sie dort tun, berührt einen echten), oder wählen Sie die kubeconfig-Datei, die Sie von Ihrer Cluster-Administration oder dem Kommandozeilenwerkzeug Ihrer Cloud erhalten haben. Die Konsole merkt sich die Datei.</translation>
    </message>
    <message>
        <source>Looked for: the files in $KUBECONFIG, else ~/.kube/config.</source>
        <translation>Gesucht: die Dateien in $KUBECONFIG, sonst ~/.kube/config.</translation>
    </message>
    <message>
        <source>Looked for (from $KUBECONFIG, else ~/.kube/config): %1</source>
        <translation>Gesucht (aus $KUBECONFIG, sonst ~/.kube/config): %1</translation>
    </message>
</context>
<context>
    <name>Ui::ZoneBlockItem</name>
    <message>
        <source>No zone label</source>
        <translation>Ohne Zonen-Label</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n node(s)</source>
        <comment>zone: its name, its node count</comment>
        <translation>
            <numerusform>%1 · %n Knoten</numerusform>
            <numerusform>%1 · %n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerbArguments</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unbekanntes Argument: %1</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Ausgabeformat: %1.</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekanntes Ausgabeformat „%1“: verwenden Sie eines von %2.</translation>
    </message>
</context>
<context>
    <name>VerbCommandLine</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Leave out the title row of tables (other output formats ignore it).</source>
        <translation>Die Titelzeile von Tabellen weglassen (andere Ausgabeformate ignorieren dies).</translation>
    </message>
</context>
<context>
    <name>VolumeUsersReader</name>
    <message>
        <source>the user may not list %1 (403 Forbidden)</source>
        <translation>der Benutzer darf %1 nicht auflisten (403 Forbidden)</translation>
    </message>
</context>
</TS>
