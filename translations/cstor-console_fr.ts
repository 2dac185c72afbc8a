<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdoptVerb</name>
    <message>
        <source>The verb.</source>
        <translation>Le verbe.</translation>
    </message>
    <message>
        <source>Takes over the move of a replica that another console started on a volume and no longer drives. Every console records a move it runs on the volume&apos;s CStorVolumeConfig (annotation %1: who, from which host and process, from and to which pool, the step, when it started) and renews it every minute; `cstor-console get moves` lists them. A move can be adopted once its console is silent: its process on this host is gone, or it has not renewed the record for the --silent-after time. Shows the move and asks unless --yes is given, then finishes it: waits until the new replica and the volume are Healthy and removes the old replica (a move that was rolling back is rolled back). Ctrl-C before the old replica is removed rolls it back.
Exit codes: 0 finished (or adoptable, in a dry run), 1 refused or failed, 2 usage error.</source>
        <translation>Reprend le déplacement d’un réplica qu’une autre console a commencé sur un volume et ne pilote plus. Chaque console inscrit un déplacement en cours sur la CStorVolumeConfig du volume (annotation %1 : qui, depuis quel hôte et quel processus, de quel pool vers quel pool, l’étape, le début) et le renouvelle chaque minute ; `cstor-console get moves` les liste. Un déplacement peut être repris dès que sa console se tait : son processus sur cet hôte a disparu, ou elle n’a pas renouvelé l’inscription depuis la durée --silent-after. Affiche le déplacement et demande confirmation sauf avec --yes, puis le termine : attend que le nouveau réplica et le volume soient Healthy et supprime l’ancien réplica (un déplacement en cours d’annulation est annulé). Ctrl-C avant la suppression de l’ancien réplica l’annule.
Codes de sortie : 0 terminé (ou reprenable, en simulation), 1 refusé ou échoué, 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>The volume whose move to take over.</source>
        <translation>Le volume dont reprendre le déplacement.</translation>
    </message>
    <message>
        <source>How long the other console must have been silent (90s, 10m, 1h; default 10m). A console on this host whose process is gone is silent at once.</source>
        <translation>Depuis combien de temps l’autre console doit se taire (90s, 10m, 1h ; 10m par défaut). Une console de cet hôte dont le processus a disparu se tait aussitôt.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>Show the move and whether it may be adopted; change nothing.</source>
        <translation>Afficher le déplacement et s’il peut être repris ; ne rien changer.</translation>
    </message>
    <message>
        <source>Do not ask before adopting.</source>
        <translation>Ne pas demander avant de reprendre.</translation>
    </message>
    <message>
        <source>Wait until the move has ended (always done).</source>
        <translation>Attendre la fin du déplacement (toujours fait).</translation>
    </message>
    <message>
        <source>The volume whose move to adopt is missing: adopt VOLUME</source>
        <translation>Le volume dont reprendre le déplacement manque : adopt VOLUME</translation>
    </message>
    <message>
        <source>--silent-after takes a duration such as 90s, 10m or 1h, not &quot;%1&quot;</source>
        <translation>--silent-after attend une durée comme 90s, 10m ou 1h, pas « %1 »</translation>
    </message>
    <message>
        <source>error: no volume %1 in namespace &quot;%2&quot;</source>
        <translation>erreur : aucun volume %1 dans l’espace de noms « %2 »</translation>
    </message>
    <message>
        <source>error: no console is moving a replica of %1 (its CStorVolumeConfig has no %2 annotation)</source>
        <translation>erreur : aucune console ne déplace de réplica de %1 (sa CStorVolumeConfig n’a pas d’annotation %2)</translation>
    </message>
    <message>
        <source>error: the %1 annotation of %2 is not a move record: %3</source>
        <translation>erreur : l’annotation %1 de %2 n’est pas une inscription de déplacement : %3</translation>
    </message>
    <message>
        <source>Move of %1: %2
</source>
        <translation>Déplacement de %1 : %2
</translation>
    </message>
    <message>
        <source>error: refusing to adopt: the console running this move was heard %1 ago, less than %2 (--silent-after); it may still be driving it. Ask its operator, or wait.</source>
        <translation>erreur : reprise refusée : la console qui exécute ce déplacement s’est manifestée il y a %1, moins de %2 (--silent-after) ; elle le pilote peut-être encore. Demandez à son opérateur, ou attendez.</translation>
    </message>
    <message>
        <source>It may be adopted: its console is silent.
</source>
        <translation>Il peut être repris : sa console se tait.
</translation>
    </message>
    <message>
        <source>error: cannot adopt the move of %1: %2</source>
        <translation>erreur : impossible de reprendre le déplacement de %1 : %2</translation>
    </message>
</context>
<context>
    <name>ClusterOptions</name>
    <message>
        <source>The kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).</source>
        <translation>Le fichier kubeconfig (par défaut : $KUBECONFIG, sinon ~/.kube/config).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: the current one).</source>
        <translation>Le contexte du kubeconfig (par défaut : le contexte courant).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (default: the context&apos;s, else openebs).</source>
        <translation>L’espace de noms où tourne cStor (par défaut : celui du contexte, sinon openebs).</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>Run the context&apos;s exec credential plugin and remember that it is trusted (a kubeconfig&apos;s exec entry runs a program).</source>
        <translation>Exécuter le plugin d’identification exec du contexte et retenir qu’il est de confiance (l’entrée exec d’un kubeconfig exécute un programme).</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked for %1); name one with --kubeconfig FILE or set KUBECONFIG</source>
        <translation>aucun kubeconfig trouvé (recherché : %1) ; indiquez-en un avec --kubeconfig FICHIER ou définissez KUBECONFIG</translation>
    </message>
    <message>
        <source>%1 (kubeconfig: %2)</source>
        <translation>%1 (kubeconfig : %2)</translation>
    </message>
    <message>
        <source>%1
It would run: %2
To run it, pass --trust-exec-plugin (remembered for this kubeconfig and command).</source>
        <translation>%1
Cela exécuterait : %2
Pour l’exécuter, passez --trust-exec-plugin (retenu pour ce kubeconfig et cette commande).</translation>
    </message>
    <message>
        <source>How long to wait for one request to the cluster before giving up, as kubectl&apos;s: 5s, 1m, 1h30m or a number of seconds; 0 waits as long as the server keeps sending (default: 120 s for an answer; a server silent for 30 s fails anyway). A watch must start answering within it.</source>
        <translation>Combien de temps attendre une requête au cluster avant d’abandonner, comme kubectl : 5s, 1m, 1h30m ou un nombre de secondes ; 0 attend tant que le serveur envoie (par défaut : 120 s pour une réponse ; un serveur muet pendant 30 s échoue de toute façon). Une surveillance (watch) doit commencer à répondre dans ce délai.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>invalid --request-timeout &quot;%1&quot;: a timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)</source>
        <translation>--request-timeout « %1 » non valide : un délai doit être un seul entier en secondes, ou un entier suivi d’une unité de temps (p. ex. 1s | 2m | 3h)</translation>
    </message>
</context>
<context>
    <name>ClusterTaskRun</name>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
</context>
<context>
    <name>CommandLineVerbs</name>
    <message>
        <source>Unknown verb: %1</source>
        <translation>Verbe inconnu : %1</translation>
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
        <translation>Verbes (s’exécutent sans fenêtre ; %1 VERBE --help liste les options d’un verbe) :
  contexts [-o table|json|name] [--no-headers]
      Liste les contextes du kubeconfig, le contexte courant marqué d’un *.
  get pools|replicas|volumes|moves [-o table|wide|json|yaml|name] [--no-headers]
      Liste les pools cStor, les réplicas de volume, les volumes ou les déplacements en cours.
  migrate VOLUME --from POOL|NODE --to POOL|NODE [--dry-run] [--yes]
      Déplace un réplica d’un volume vers un autre pool, en montrant d’abord le plan.
  evacuate (--node NODE... | --pool POOL...) [--max-per-pool N] [--max-per-node N] [--max-total N] [--window HH:MM-HH:MM] [--dry-run] [--yes] [-o json]
      Déplace chaque réplica hors des pools de certains nœuds ou de certains pools, en un seul plan exécuté comme une file d’attente dans les plafonds ; Ctrl-C le met en pause.
  drain NODE [--dry-run] [--yes]
      Identique à evacuate --node NODE.
  rebalance [--pool-cluster CSPC] [--max-spread PCT] [plafonds comme pour evacuate] [--dry-run] [--yes] [-o json]
      Ramène la capacité utilisée des pools à au plus PCT points d’écart les uns des autres.
  queue [list|pause|resume|cancel ID...|cancel --all|set|move ID N]
      La file d’attente des déplacements du journal : pause, reprise, annulation, réordonnancement, plafonds et fenêtre de maintenance.
  adopt VOLUME [--silent-after DURATION] [--dry-run] [--yes]
      Termine le déplacement d’un volume qu’une console silencieuse a commencé.
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
      Liste ce qui ne va pas dans le cluster, le plus grave d’abord, et que faire.
  forecast [--pool-cluster CSPC] [--horizon 30d] [--prometheus NS/SVC:PORT] [-o json]
      Quand chaque pool atteint 80 % et passe en lecture seule, d’après le Prometheus du cluster.
  recover VOLUME [--dry-run] [--yes] [-o json]
      Ramène à son nombre de répliques un volume bloqué au milieu d’un déplacement.
  replace-disk POOL [--disk BD] [--with BD] [--dry-run] [--yes] [-o json]
      Remplace un disque défaillant d’un pool mirror ou raidz et suit la resynchronisation (resilver).
  follow-disks POOL [--dry-run] [--yes] [-o json]
      Pointe un pool dont les disques sont passés sur un autre nœud vers ce nœud et le suit.
  completion bash|zsh
      Affiche le script de complétion du shell (verbes, options, contextes, volumes, nœuds).
Les options globales (--kubeconfig, --context, -n, --request-timeout, -o, --no-headers) vont avant ou après le verbe.
</translation>
    </message>
</context>
<context>
    <name>CompletionVerb</name>
    <message>
        <source>Prints the shell completion script for bash or zsh.
bash: source &lt;(cstor-console completion bash), or install it as /usr/share/bash-completion/completions/cstor-console.
zsh: source &lt;(cstor-console completion zsh) in ~/.zshrc.</source>
        <translation>Affiche le script de complétion du shell pour bash ou zsh.
bash : source &lt;(cstor-console completion bash), ou l’installer comme /usr/share/bash-completion/completions/cstor-console.
zsh : source &lt;(cstor-console completion zsh) dans ~/.zshrc.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Le verbe.</translation>
    </message>
    <message>
        <source>bash or zsh.</source>
        <translation>bash ou zsh.</translation>
    </message>
    <message>
        <source>Which shell is missing: bash or zsh.</source>
        <translation>Le shell manque : bash ou zsh.</translation>
    </message>
    <message>
        <source>No completion for &quot;%1&quot;: use bash or zsh.</source>
        <translation>Pas de complétion pour « %1 » : utilisez bash ou zsh.</translation>
    </message>
</context>
<context>
    <name>ContextsVerb</name>
    <message>
        <source>Lists the contexts of the kubeconfig, the current one marked with *.</source>
        <translation>Liste les contextes du kubeconfig, le contexte courant marqué d’un *.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Le verbe.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argument inconnu : %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>COURANT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
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
        <translation>ESPACE DE NOMS</translation>
    </message>
    <message>
        <source>warning: no kubeconfig found (looked for %1)</source>
        <translation>avertissement : aucun kubeconfig trouvé (cherché : %1)</translation>
    </message>
</context>
<context>
    <name>Doctor::ClonesOnPoolRule</name>
    <message>
        <source>Pool %1 holds replicas of clones of volume %2: %3.</source>
        <translation>Le pool %1 contient des réplicas de clones du volume %2 : %3.</translation>
    </message>
    <message>
        <source>Data: moving or removing the replica of %1 from %2 destroys the clones&apos; replicas there (zfs destroy -R).</source>
        <translation>Données : déplacer ou retirer le réplica de %1 de %2 y détruit les réplicas des clones (zfs destroy -R).</translation>
    </message>
    <message>
        <source>Nothing to do now. The console refuses to move this replica; move or remove the clones&apos; replicas on %1 first.</source>
        <translation>Rien à faire pour l’instant. La console refuse de déplacer ce réplica ; déplacez ou retirez d’abord les réplicas des clones sur %1.</translation>
    </message>
</context>
<context>
    <name>Doctor::Doctor</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>PodDisruptionBudget %1 allows no disruption (%2 of %3 pool pods healthy): draining node(s) %4 is refused.</source>
        <translation>Le PodDisruptionBudget %1 n’autorise aucune interruption (%2 pods de pool sains sur %3) : le drain des nœuds %4 est refusé.</translation>
    </message>
    <message numerus="yes">
        <source>While pool(s) %1 are down, draining node(s) %2 is refused by %n PodDisruptionBudget(s) that allow no disruption.</source>
        <translation>
            <numerusform>Tant que les pools %1 sont arrêtés, %n PodDisruptionBudget qui n’autorise aucune interruption refuse le drain des nœuds %2.</numerusform>
            <numerusform>Tant que les pools %1 sont arrêtés, %n PodDisruptionBudgets qui n’autorisent aucune interruption refusent le drain des nœuds %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Maintenance and availability: kubectl drain of those nodes waits forever on evicting their pool pods; forcing it (deleting the pod) takes a second replica of the HA volumes on these pools offline.</source>
        <translation>Maintenance et disponibilité : kubectl drain de ces nœuds attend indéfiniment l’éviction de leurs pods de pool ; le forcer (supprimer le pod) met hors ligne un second réplica des volumes HA de ces pools.</translation>
    </message>
    <message>
        <source>Wait until every pool pod the budget guards is Ready, then drain.</source>
        <translation>Attendez que chaque pod de pool protégé par le budget soit Ready, puis lancez le drain.</translation>
    </message>
    <message>
        <source>Bring pool(s) %1 back ONLINE first (their node, their disks), or move the replicas off them (cstor-console migrate) so that the CVC operator replaces the budgets (%2); only then drain.</source>
        <translation>Remettez d’abord les pools %1 ONLINE (leur nœud, leurs disques) ou déplacez les réplicas hors d’eux (cstor-console migrate) pour que l’opérateur CVC remplace les budgets (%2) ; ensuite seulement, lancez le drain.</translation>
    </message>
    <message>
        <source>PodDisruptionBudgets were not checked: %1.</source>
        <translation>Les PodDisruptionBudgets n’ont pas été vérifiés : %1.</translation>
    </message>
    <message>
        <source>A drain that a budget refuses is not foreseen.</source>
        <translation>Un drain refusé par un budget n’est pas anticipé.</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for get/list rights on poddisruptionbudgets to have them checked.</source>
        <translation>Demandez à un administrateur du cluster les droits get/list sur poddisruptionbudgets pour qu’ils soient vérifiés.</translation>
    </message>
</context>
<context>
    <name>Doctor::KnownReplicasRule</name>
    <message>
        <source>The target of volume %1 does not know the Healthy replica(s) %2.</source>
        <translation>La cible du volume %1 ne connaît pas le(s) réplica(s) Healthy %2.</translation>
    </message>
    <message>
        <source>The target of volume %1 knows replica id(s) %2 that no replica of the volume has.</source>
        <translation>La cible du volume %1 connaît des ID de réplica %2 qu’aucun réplica du volume ne porte.</translation>
    </message>
    <message>
        <source>Availability: the target&apos;s replication and consistency factors are counted over the wrong replicas; its next scale-down is refused and its quorum may be lost early.</source>
        <translation>Disponibilité : les facteurs de réplication et de cohérence de la cible sont calculés sur les mauvais réplicas ; sa prochaine réduction est refusée et son quorum peut être perdu prématurément.</translation>
    </message>
    <message>
        <source>Manual: compare the two lists. The target adds a replica to knownReplicas only when it promotes it in a scale-up, and drops one only in a scale-down of the CVC; keep the volume Healthy and do not edit the CV by hand.</source>
        <translation>Manuel : comparez les deux listes. La cible n’ajoute un réplica à knownReplicas que lorsqu’elle le promeut lors d’une augmentation, et n’en retire un que lors d’une réduction de la CVC ; gardez le volume Healthy et ne modifiez pas le CV à la main.</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and nothing creates them again while the volume is Bound. cstor-console recover %2 (Recover volume… in the window) creates them again with the replica ids the target knows; they rebuild from the Healthy replicas. Do not remove %1 from the CVC: the CVC controller finds no replica to remove and the scale-down never ends.</source>
        <translation>Le ou les réplicas du ou des pools %1 ont été supprimés, et rien ne les recrée tant que le volume est Bound. cstor-console recover %2 (Récupérer le volume… dans la fenêtre) les recrée avec les identifiants de réplica que la cible connaît ; ils se reconstruisent à partir des réplicas Healthy. Ne retirez pas %1 de la CVC : le contrôleur de CVC ne trouve aucun réplica à retirer et la réduction ne se termine jamais.</translation>
    </message>
</context>
<context>
    <name>Doctor::NodeNotReadyRule</name>
    <message>
        <source>Nodes were not checked: %1.</source>
        <translation>Les nœuds n’ont pas été vérifiés : %1.</translation>
    </message>
    <message>
        <source>A lost node shows only through its volumes.</source>
        <translation>Un nœud perdu ne se voit qu’à travers ses volumes.</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for get/list rights on nodes to have them checked.</source>
        <translation>Demandez à un administrateur du cluster les droits get/list sur les nœuds pour qu’ils soient vérifiés.</translation>
    </message>
    <message numerus="yes">
        <source>Node %1 is NotReady (%2) since %3 ago and holds %n replica(s) on %4.</source>
        <translation>
            <numerusform>Le nœud %1 est NotReady (%2) depuis %3 et héberge %n réplica sur %4.</numerusform>
            <numerusform>Le nœud %1 est NotReady (%2) depuis %3 et héberge %n réplicas sur %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Node %1 is gone and its pool(s) %2 hold %n replica(s).</source>
        <translation>
            <numerusform>Le nœud %1 a disparu et son ou ses pools %2 hébergent %n réplica.</numerusform>
            <numerusform>Le nœud %1 a disparu et son ou ses pools %2 hébergent %n réplicas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability and data: the replicas of %1 on it are unreachable; their pools&apos; objects keep their last status.</source>
        <translation>Disponibilité et données : les réplicas de %1 qu’il héberge sont injoignables ; les objets de leurs pools gardent leur dernier état.</translation>
    </message>
    <message>
        <source>If the node comes back, its pools and replicas resume. If it was replaced and its disks now sit on another node, cstor-console follow-disks %2 points the pool there. If it is gone for good with its disks, Recover lost node… (cstor-console drain %1) gives each volume that keeps a Healthy replica a new one on another pool, reports those it cannot, then shows the steps that remove its pools from the CStorPoolCluster.</source>
        <translation>Si le nœud revient, ses pools et ses réplicas reprennent. S’il a été remplacé et que ses disques sont maintenant sur un autre nœud, cstor-console follow-disks %2 pointe le pool vers celui-ci. S’il est perdu pour de bon avec ses disques, « Récupérer le nœud perdu… » (cstor-console drain %1) donne à chaque volume qui garde un réplica Healthy un nouveau réplica sur un autre pool, signale ceux pour lesquels c’est impossible, puis montre les étapes qui retirent ses pools du CStorPoolCluster.</translation>
    </message>
</context>
<context>
    <name>Doctor::OrphanReplicaRule</name>
    <message>
        <source>Replica %1 belongs to volume %2, which has neither a CVC nor a CV.</source>
        <translation>Le réplica %1 appartient au volume %2, qui n’a ni CVC ni CV.</translation>
    </message>
    <message>
        <source>Replica %1 sits on pool %2, which the CVC of volume %3 does not list.</source>
        <translation>Le réplica %1 se trouve sur le pool %2, que la CVC du volume %3 ne liste pas.</translation>
    </message>
    <message>
        <source>Capacity: it holds %1 on pool %2 that no volume uses.</source>
        <translation>Capacité : il occupe %1 sur le pool %2 qu’aucun volume n’utilise.</translation>
    </message>
    <message>
        <source>Manual: when no PersistentVolume %1 exists and the replica is not part of a move, delete it: kubectl delete cvr %2 -n %3.</source>
        <translation>Manuel : si aucun PersistentVolume %1 n’existe et que le réplica ne fait pas partie d’un déplacement, supprimez-le : kubectl delete cvr %2 -n %3.</translation>
    </message>
</context>
<context>
    <name>Doctor::PendingClaimRule</name>
    <message>
        <source>Volume claim %1 is Pending: it needs %2 pools, pool cluster %3 has %4 ONLINE writable (%5).</source>
        <translation>La demande de volume %1 est Pending : elle nécessite %2 pools, le pool cluster %3 en a %4 ONLINE accessibles en écriture (%5).</translation>
    </message>
    <message>
        <source>Volume claim %1 has been Pending for %2.</source>
        <translation>La demande de volume %1 est Pending depuis %2.</translation>
    </message>
    <message>
        <source>Availability: the application&apos;s PersistentVolumeClaim stays unbound and its pod does not start.</source>
        <translation>Disponibilité : le PersistentVolumeClaim de l’application reste non lié et son pod ne démarre pas.</translation>
    </message>
    <message>
        <source>Bring the pools of %1 back ONLINE, free space on read-only ones, or add a pool to the CStorPoolCluster (kubectl edit cspc %1 -n %2); the CVC controller retries on its next resync.</source>
        <translation>Remettez les pools de %1 ONLINE, libérez de l’espace sur ceux en lecture seule ou ajoutez un pool au CStorPoolCluster (kubectl edit cspc %1 -n %2) ; le contrôleur de CVC réessaie à sa prochaine resynchronisation.</translation>
    </message>
</context>
<context>
    <name>Doctor::PoolCapacityRule</name>
    <message>
        <source>Move replicas off the pool (cstor-console migrate VOLUME --from %1 --to POOL, or cstor-console drain %2 for all of them), or grow the pool by adding disks to its spec in CStorPoolCluster %3.</source>
        <translation>Déplacez des réplicas hors du pool (cstor-console migrate VOLUME --from %1 --to POOL, ou cstor-console drain %2 pour tous) ou agrandissez le pool en ajoutant des disques à sa spec dans le CStorPoolCluster %3.</translation>
    </message>
    <message>
        <source>Pool %1 is read-only: %2% used, read-only at %3%.</source>
        <translation>Le pool %1 est en lecture seule : %2 % utilisé, lecture seule à %3 %.</translation>
    </message>
    <message>
        <source>Pool %1 is at its read-only threshold: %2% used, read-only at %3%.</source>
        <translation>Le pool %1 est à son seuil de lecture seule : %2 % utilisé, lecture seule à %3 %.</translation>
    </message>
    <message numerus="yes">
        <source>Availability: writes of the %n volume(s) with a replica on it fail there and those replicas go Offline.</source>
        <translation>
            <numerusform>Disponibilité : les écritures du %n volume ayant un réplica dessus y échouent et ces réplicas passent Offline.</numerusform>
            <numerusform>Disponibilité : les écritures des %n volumes ayant un réplica dessus y échouent et ces réplicas passent Offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool %1 is %2% full (%3 free); it turns read-only at %4%.</source>
        <translation>Le pool %1 est plein à %2 % (%3 libres) ; il passe en lecture seule à %4 %.</translation>
    </message>
    <message numerus="yes">
        <source>Capacity: the next writes or a rebuild onto it turn it read-only, and then the replicas of its %n volume(s) go Offline.</source>
        <translation>
            <numerusform>Capacité : les prochaines écritures ou une reconstruction vers lui le font passer en lecture seule, puis les réplicas de son %n volume passent Offline.</numerusform>
            <numerusform>Capacité : les prochaines écritures ou une reconstruction vers lui le font passer en lecture seule, puis les réplicas de ses %n volumes passent Offline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor::PoolReadOnlySoonRule</name>
    <message numerus="yes">
        <source>Pool %1 goes read-only (%2 %) in about %n day(s), growing %3 a day.</source>
        <translation>
            <numerusform>Le pool %1 passe en lecture seule (%2 %) dans environ %n jour, avec une croissance de %3 par jour.</numerusform>
            <numerusform>Le pool %1 passe en lecture seule (%2 %) dans environ %n jours, avec une croissance de %3 par jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Availability: once it is read-only, writes of the %n volume(s) with a replica on it fail there and those replicas go Offline.</source>
        <translation>
            <numerusform>Disponibilité : une fois le pool en lecture seule, les écritures du %n volume ayant une réplique sur ce pool y échouent et cette réplique passe à l’état Offline.</numerusform>
            <numerusform>Disponibilité : une fois le pool en lecture seule, les écritures des %n volumes ayant une réplique sur ce pool y échouent et ces répliques passent à l’état Offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move replicas off the pool before then (the plan of a move shows the pools&apos; read-only dates before and after it; cstor-console forecast --pool-cluster %1 lists them all), or grow the pool by adding disks to its spec in CStorPoolCluster %1.</source>
        <translation>Déplacez des répliques hors du pool avant cette date (le plan d’un déplacement montre les dates de passage en lecture seule des pools avant et après ; cstor-console forecast --pool-cluster %1 les liste toutes), ou agrandissez le pool en ajoutant des disques à sa spec dans le CStorPoolCluster %1.</translation>
    </message>
</context>
<context>
    <name>Doctor::PoolStateRule</name>
    <message>
        <source>Pool %1 on node %2 is %3.</source>
        <translation>Le pool %1 sur le nœud %2 est %3.</translation>
    </message>
    <message>
        <source>Capacity: no replica can be placed on it.</source>
        <translation>Capacité : aucun réplica ne peut y être placé.</translation>
    </message>
    <message>
        <source>Availability: the replicas of %1 on it are unreachable; each of those volumes runs with a copy fewer.</source>
        <translation>Disponibilité : les réplicas de %1 qu’il héberge sont injoignables ; chacun de ces volumes fonctionne avec une copie de moins.</translation>
    </message>
    <message>
        <source>Data: a disk of the pool failed; one more failure loses the replicas of %1.</source>
        <translation>Données : un disque du pool est défaillant ; une défaillance de plus perd les réplicas de %1.</translation>
    </message>
    <message>
        <source>Pool %1 on node %2 is %3 while it resilvers a replaced disk.</source>
        <translation>Le pool %1 sur le nœud %2 est %3 pendant qu’il resynchronise un disque remplacé.</translation>
    </message>
    <message>
        <source>Data: until the resilver ends, one more disk failure in its raid group loses the replicas of %1.</source>
        <translation>Données : jusqu’à la fin de la resynchronisation, une panne de disque de plus dans son groupe RAID perd les réplicas de %1.</translation>
    </message>
    <message>
        <source>no volume</source>
        <translation>aucun volume</translation>
    </message>
    <message>
        <source>Wait for the resilver: cstor-console replace-disk %1 follows it until the pool is ONLINE.</source>
        <translation>Attendez la resynchronisation : cstor-console replace-disk %1 la suit jusqu’à ce que le pool soit ONLINE.</translation>
    </message>
    <message>
        <source>Replace the failed disk: cstor-console replace-disk %1 puts an unclaimed disk of node %2 in its place in CStorPoolCluster %3 and follows the resilver.</source>
        <translation>Remplacez le disque défaillant : cstor-console replace-disk %1 met un disque non réclamé du nœud %2 à sa place dans le CStorPoolCluster %3 et suit la resynchronisation.</translation>
    </message>
    <message>
        <source>A %1 pool&apos;s failed disk cannot be replaced (upstream replaces disks in mirror and raidz pools only): move its replicas off (cstor-console drain %2).</source>
        <translation>Le disque défaillant d’un pool %1 ne peut pas être remplacé (upstream ne remplace des disques que dans les pools mirror et raidz) : déplacez ses réplicas (cstor-console drain %2).</translation>
    </message>
    <message>
        <source>Pool %1 on node %2 cannot be imported there (condition PoolLost, last failed import at %3): its disks are lost, or attached to another node.</source>
        <translation>Le pool %1 sur le nœud %2 ne peut pas y être importé (condition PoolLost, dernier import échoué à %3) : ses disques sont perdus, ou attachés à un autre nœud.</translation>
    </message>
    <message>
        <source>If its disks were moved to another node: cstor-console follow-disks %1 (Follow moved disks… in the window) points the pool there. If they are lost: move its replicas to other pools (cstor-console drain %2) once their volumes are Healthy.</source>
        <translation>Si ses disques ont été déplacés vers un autre nœud : cstor-console follow-disks %1 (Suivre les disques déplacés… dans la fenêtre) y pointe le pool. S’ils sont perdus : déplacez ses réplicas vers d’autres pools (cstor-console drain %2) dès que leurs volumes sont Healthy.</translation>
    </message>
    <message>
        <source>Check the pool pod and node %1; if the node is gone for good, move its replicas to other pools (cstor-console drain %1) once their volumes are Healthy. If the pool&apos;s disks were moved to another node, cstor-console follow-disks %2 (Follow moved disks… in the window) points the pool there.</source>
        <translation>Vérifiez le pod du pool et le nœud %1 ; si le nœud a disparu définitivement, déplacez ses réplicas vers d’autres pools (cstor-console drain %1) dès que leurs volumes sont Healthy. Si les disques du pool ont été déplacés vers un autre nœud, cstor-console follow-disks %2 (Suivre les disques déplacés… dans la fenêtre) y pointe le pool.</translation>
    </message>
</context>
<context>
    <name>Doctor::RefusedDrfRule</name>
    <message numerus="yes">
        <source>The target of volume %1 refused %n time(s) to lower its desired replication factor to %2 (FailUpdate: invalid changes).</source>
        <translation>
            <numerusform>La cible du volume %1 a refusé %n fois d’abaisser son facteur de réplication souhaité à %2 (FailUpdate: invalid changes).</numerusform>
            <numerusform>La cible du volume %1 a refusé %n fois d’abaisser son facteur de réplication souhaité à %2 (FailUpdate: invalid changes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability: the target keeps waiting for a replica that is no longer there; the volume&apos;s next scale-down stays stuck.</source>
        <translation>Disponibilité : la cible continue d’attendre un réplica qui n’existe plus ; la prochaine réduction du volume reste bloquée.</translation>
    </message>
    <message>
        <source>Restart the volume&apos;s target pod (kubectl delete pod -n %1 -l openebs.io/persistent-volume=%2,openebs.io/target=cstor-target): the restarted target reads the lower factor from the CV. I/O pauses while it restarts.</source>
        <translation>Redémarrez le pod cible du volume (kubectl delete pod -n %1 -l openebs.io/persistent-volume=%2,openebs.io/target=cstor-target) : la cible redémarrée lit le facteur réduit dans le CV. Les E/S sont suspendues pendant le redémarrage.</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicaCountRule</name>
    <message>
        <source>Volume %1 has %2 Healthy replica(s) of the %3 it was provisioned with (its CVC lists %4 pool(s)).</source>
        <translation>Le volume %1 a %2 réplica(s) Healthy sur les %3 avec lesquels il a été provisionné (sa CVC liste %4 pool(s)).</translation>
    </message>
    <message>
        <source>Data: fewer copies than asked for; one more lost replica may take the volume Offline or lose it.</source>
        <translation>Données : moins de copies que demandé ; un réplica perdu de plus peut mettre le volume Offline ou le perdre.</translation>
    </message>
    <message>
        <source>Add a pool of pool cluster %1 to the CVC: kubectl edit cvc %2 -n %3 and append a poolName to spec.policy.replicaPoolInfo; the new replica rebuilds from the Healthy ones.</source>
        <translation>Ajoutez à la CVC un pool du pool cluster %1 : kubectl edit cvc %2 -n %3 et ajoutez un poolName à spec.policy.replicaPoolInfo ; le nouveau réplica se reconstruit à partir des réplicas Healthy.</translation>
    </message>
    <message>
        <source>Bring the pools or nodes of the replicas that are not Healthy back; if one is gone for good, move that replica to another pool (%1).</source>
        <translation>Rétablissez les pools ou nœuds des réplicas qui ne sont pas Healthy ; si l’un a disparu définitivement, déplacez ce réplica vers un autre pool (%1).</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted: cstor-console recover %2 (Recover volume… in the window) creates them again. Do not remove %1 from the CVC: the scale-down of a pool without a replica never ends.</source>
        <translation>Le ou les réplicas du ou des pools %1 ont été supprimés : cstor-console recover %2 (Récupérer le volume… dans la fenêtre) les recrée. Ne retirez pas %1 de la CVC : la réduction d’un pool sans réplica ne se termine jamais.</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicaNotHealthyRule</name>
    <message>
        <source>(no phase)</source>
        <translation>(aucune phase)</translation>
    </message>
    <message>
        <source>Replica %1 of volume %2 on pool %3 has been %4 for %5, longer than the %6 expected.</source>
        <translation>Le réplica %1 du volume %2 sur le pool %3 est %4 depuis %5, plus longtemps que les %6 attendus.</translation>
    </message>
    <message>
        <source>Data: the volume has one Healthy copy fewer than it should until this replica is Healthy again.</source>
        <translation>Données : le volume a une copie Healthy de moins que prévu jusqu’à ce que ce réplica redevienne Healthy.</translation>
    </message>
    <message>
        <source>Check pool %1 on node %2 and the replica&apos;s events. If the pool or node is gone for good, move the replica to another pool once the volume is Healthy: cstor-console migrate %3 --from %1 --to POOL.</source>
        <translation>Vérifiez le pool %1 sur le nœud %2 et les événements du réplica. Si le pool ou le nœud a disparu définitivement, déplacez le réplica vers un autre pool dès que le volume est Healthy : cstor-console migrate %3 --from %1 --to POOL.</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicasOnOneNodeRule</name>
    <message>
        <source>All %1 replicas of volume %2 sit on node %3.</source>
        <translation>Les %1 réplicas du volume %2 se trouvent sur le nœud %3.</translation>
    </message>
    <message>
        <source>Data and availability: losing node %1 loses every copy of the volume.</source>
        <translation>Données et disponibilité : perdre le nœud %1 fait perdre toutes les copies du volume.</translation>
    </message>
    <message>
        <source>Move one replica to a pool on another node: %1.</source>
        <translation>Déplacez un réplica vers un pool sur un autre nœud : %1.</translation>
    </message>
</context>
<context>
    <name>Doctor::StuckScalingRule</name>
    <message>
        <source>no replica was created on %1</source>
        <translation>aucun réplica n’a été créé sur %1</translation>
    </message>
    <message>
        <source>the new replica %1 is %2</source>
        <translation>le nouveau réplica %1 est %2</translation>
    </message>
    <message>
        <source>the target does not count replica %1 on %2 as Healthy (its pool or node may be down)</source>
        <translation>la cible ne compte pas le réplica %1 sur %2 comme Healthy (son pool ou son nœud est peut-être hors service)</translation>
    </message>
    <message>
        <source>the target refused the lower replication factor (FailUpdate &quot;are invalid changes&quot;)</source>
        <translation>la cible a refusé le facteur de réplication réduit (FailUpdate &quot;are invalid changes&quot;)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>à la hausse</translation>
    </message>
    <message>
        <source>down</source>
        <translation>à la baisse</translation>
    </message>
    <message>
        <source>Volume %1 is scaling %2: its CVC&apos;s spec lists %3, its status %4.</source>
        <translation>Le volume %1 est en mise à l’échelle %2 : la spec de sa CVC liste %3, son status %4.</translation>
    </message>
    <message>
        <source>It waits because %1.</source>
        <translation>Il attend parce que %1.</translation>
    </message>
    <message>
        <source>Availability: no other change of this volume&apos;s placement is accepted until it ends; while the removed replica still exists its data is safe.</source>
        <translation>Disponibilité : aucun autre changement de placement de ce volume n’est accepté avant la fin ; tant que le réplica retiré existe encore, ses données sont en sécurité.</translation>
    </message>
    <message>
        <source>Wait for the new replica to rebuild; if its pool is gone, remove that pool from the CVC again (kubectl edit cvc %1 -n %2).</source>
        <translation>Attendez que le nouveau réplica soit reconstruit ; si son pool a disparu, retirez à nouveau ce pool de la CVC (kubectl edit cvc %1 -n %2).</translation>
    </message>
    <message>
        <source>Bring back the node or pool of the replica the target does not count; if it is gone for good, put %1 back in the CVC&apos;s spec.policy.replicaPoolInfo (kubectl edit cvc %2 -n %3) so the volume keeps its copies, then replace the lost replica.</source>
        <translation>Rétablissez le nœud ou le pool du réplica que la cible ne compte pas ; s’il a disparu définitivement, remettez %1 dans spec.policy.replicaPoolInfo de la CVC (kubectl edit cvc %2 -n %3) pour que le volume garde ses copies, puis remplacez le réplica perdu.</translation>
    </message>
    <message>
        <source>Volume %1 is scaling down: its CVC&apos;s spec lists %2, its status %3. The CVC controller cannot finish: the replica on %4 is already gone, so it fails &quot;failed to delete cstorvolumereplica : resource name may not be empty&quot; at every sync.</source>
        <translation>Le volume %1 est en réduction : la spec de sa CVC liste %2, son statut %3. Le contrôleur de CVC ne peut pas finir : la réplique sur %4 a déjà disparu, il échoue donc avec &quot;failed to delete cstorvolumereplica : resource name may not be empty&quot; à chaque synchronisation.</translation>
    </message>
    <message>
        <source>Availability: every later change of this volume&apos;s pools fails the same way until the status is right. No data is at risk: the removed replica is already gone.</source>
        <translation>Disponibilité : tout changement ultérieur des pools de ce volume échoue de la même façon tant que le statut n&apos;est pas corrigé. Aucune donnée n&apos;est en danger : la réplique retirée a déjà disparu.</translation>
    </message>
    <message>
        <source>Remove %1 from the CVC&apos;s status.poolInfo, as the controller would have (the kubectl patch below tests that the entry is still there). For a volume of three or more replicas its PodDisruptionBudget keeps the old pool set until the next change of its pools. The console&apos;s own moves make this repair themselves.</source>
        <translation>Retirez %1 de status.poolInfo de la CVC, comme le contrôleur l&apos;aurait fait (le patch kubectl ci-dessous vérifie que l&apos;entrée est toujours là). Pour un volume de trois répliques ou plus, son PodDisruptionBudget garde l&apos;ancien ensemble de pools jusqu&apos;au prochain changement de ses pools. Les déplacements de la console font cette réparation eux-mêmes.</translation>
    </message>
</context>
<context>
    <name>Doctor::UnknownPoolRule</name>
    <message>
        <source>The CVC of volume %1 names pool(s) %2 that no CStorPoolInstance has.</source>
        <translation>La CVC du volume %1 nomme des pools %2 qu’aucune CStorPoolInstance ne porte.</translation>
    </message>
    <message>
        <source>Availability: the CVC stays scaling forever and refuses every other placement change of the volume.</source>
        <translation>Disponibilité : la CVC reste indéfiniment en mise à l’échelle et refuse tout autre changement de placement du volume.</translation>
    </message>
    <message>
        <source>Replace the name by a pool of %3 (%4): cstor-console recover %1 picks the closest usable one and waits for its replica, or kubectl edit cvc %1 -n %2. The admission webhook refuses to remove the name while the scale-up is pending.</source>
        <translation>Remplacez le nom par un pool de %3 (%4) : cstor-console recover %1 choisit le plus proche utilisable et attend son réplica, ou kubectl edit cvc %1 -n %2. Le webhook d’admission refuse de retirer le nom tant que l’augmentation est en attente.</translation>
    </message>
</context>
<context>
    <name>Doctor::VolumeQuorumRule</name>
    <message>
        <source>Volume %1 is Offline: its target counts %2 Healthy of %3 replicas and needs %4 to serve I/O.</source>
        <translation>Le volume %1 est Offline : sa cible compte %2 Healthy sur %3 réplicas et en exige %4 pour servir les E/S.</translation>
    </message>
    <message>
        <source>Availability: applications using the volume get I/O errors. Data: removing or recreating a replica now can lose the newest writes.</source>
        <translation>Disponibilité : les applications qui utilisent le volume reçoivent des erreurs d’E/S. Données : retirer ou recréer un réplica maintenant peut faire perdre les écritures les plus récentes.</translation>
    </message>
    <message>
        <source>Bring back the nodes and pools of its replicas (see the replicas&apos; pools); the target resumes once %1 replicas reconnect. Do not delete replicas. The console cannot restore quorum itself.</source>
        <translation>Rétablissez les nœuds et pools de ses réplicas (voir les pools des réplicas) ; la cible reprend dès que %1 réplicas se reconnectent. Ne supprimez pas de réplicas. La console ne peut pas rétablir le quorum elle-même.</translation>
    </message>
    <message>
        <source>Volume %1 is Degraded: its target counts %2 Healthy of %3 replicas.</source>
        <translation>Le volume %1 est Degraded : sa cible compte %2 Healthy sur %3 réplicas.</translation>
    </message>
    <message numerus="yes">
        <source>Data and availability: it has fewer copies than it should; losing %n more replica(s) takes it Offline.</source>
        <translation>
            <numerusform>Données et disponibilité : il a moins de copies que prévu ; perdre %n réplica de plus le met Offline.</numerusform>
            <numerusform>Données et disponibilité : il a moins de copies que prévu ; perdre %n réplicas de plus le met Offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the replica that is not Healthy and bring its pool or node back; if that node is gone for good, move the replica to another pool once the volume is Healthy again, or add a pool to the volume&apos;s CVC (kubectl edit cvc %1 -n %2, spec.policy.replicaPoolInfo).</source>
        <translation>Trouvez le réplica qui n’est pas Healthy et rétablissez son pool ou son nœud ; si ce nœud a disparu définitivement, déplacez le réplica vers un autre pool dès que le volume est de nouveau Healthy, ou ajoutez un pool à la CVC du volume (kubectl edit cvc %1 -n %2, spec.policy.replicaPoolInfo).</translation>
    </message>
</context>
<context>
    <name>DoctorVerb</name>
    <message>
        <source>The verb.</source>
        <translation>Le verbe.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argument inconnu : %1</translation>
    </message>
    <message>
        <source>No problems found in %1 namespace.</source>
        <translation>Aucun problème trouvé dans le namespace %1.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>OBJECTS</source>
        <translation>OBJETS</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>RÉSUMÉ</translation>
    </message>
    <message>
        <source>RISK</source>
        <translation>RISQUE</translation>
    </message>
    <message>
        <source>FIX</source>
        <translation>CORRECTIF</translation>
    </message>
    <message>
        <source>Checks the health of the cStor pools and volumes of a cluster and prints what is wrong, worst first: for each finding its severity, the objects, what it risks, the kubectl commands that show it and the fix.
Exit codes: 0 nothing at Warning or worse, 1 findings at Warning or worse (or the cluster could not be read, or cStor objects were skipped because they could not be read, each named on stderr), 2 usage error.</source>
        <translation>Vérifie l’état des pools et volumes cStor d’un cluster et affiche ce qui ne va pas, le plus grave d’abord : pour chaque constat sa gravité, les objets, ce qu’il risque, les commandes kubectl qui le montrent et le correctif.
Codes de sortie : 0 rien de niveau Avertissement ou pire, 1 constats de niveau Avertissement ou pire (ou le cluster n’a pas pu être lu, ou des objets cStor ont été ignorés faute de pouvoir être lus, chacun nommé sur stderr), 2 erreur d’utilisation.</translation>
    </message>
    <message numerus="yes">
        <source>error: %n object(s) skipped: they could not be read (see the warnings above); the rules did not check them</source>
        <translation>
            <numerusform>erreur : %n objet ignoré : il n’a pas pu être lu (voir les avertissements ci-dessus) ; les règles ne l’ont pas vérifié</numerusform>
            <numerusform>erreur : %n objets ignorés : ils n’ont pas pu être lus (voir les avertissements ci-dessus) ; les règles ne les ont pas vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Also warn of pools their capacity forecast puts at their read-only threshold within this time, e.g. 14d: asks the cluster&apos;s Prometheus for the pools&apos; history, as the forecast verb does.</source>
        <translation>Avertir aussi des pools que leur prévision de capacité place à leur seuil de lecture seule dans ce délai, p. ex. 14d : demande l’historique des pools au Prometheus du cluster, comme le fait le verbe forecast.</translation>
    </message>
    <message>
        <source>--read-only-horizon takes a duration such as 7d, 14d or 2w, not &quot;%1&quot;</source>
        <translation>--read-only-horizon attend une durée comme 7d, 14d ou 2w, pas « %1 »</translation>
    </message>
    <message>
        <source>warning: no capacity forecast, so no read-only dates to check: %1</source>
        <translation>avertissement : aucune prévision de capacité, donc aucune date de passage en lecture seule à vérifier : %1</translation>
    </message>
</context>
<context>
    <name>EvacuateVerb</name>
    <message>
        <source>error: node %1 is lost: its replicas cannot be moved off, only replaced; run `drain %1` on it alone first</source>
        <translation>erreur : le nœud %1 est perdu : ses réplicas ne peuvent pas être déplacés, seulement remplacés ; exécutez d’abord `drain %1` sur ce nœud seul</translation>
    </message>
    <message>
        <source>The pools of %1 hold no replicas: nothing to move.
</source>
        <translation>Les pools de %1 ne contiennent aucun réplica : rien à déplacer.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 emptied (or nothing to change in a dry run), 1 refused, failed or not emptied, 2 usage error.</source>
        <translation>Codes de sortie : 0 vidé (ou rien à changer en essai à blanc), 1 refusé, échec ou non vidé, 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Le verbe.</translation>
    </message>
    <message>
        <source>Moves every cStor replica off the pools of a node: the same as evacuate --node NODE.
</source>
        <translation>Déplace chaque réplica cStor hors des pools d’un nœud : identique à evacuate --node NODE.
</translation>
    </message>
    <message>
        <source>A lost node (NotReady or gone) is recovered instead: each volume with a replica there gets a new replica on another pool, rebuilt from its Healthy replicas; volumes with no Healthy replica left are reported as lost and left alone; once no volume uses the node&apos;s pools, the steps that remove the dead pool are printed.
</source>
        <translation>Un nœud perdu (NotReady ou disparu) est récupéré à la place : chaque volume ayant un réplica là-bas reçoit un nouveau réplica sur un autre pool, reconstruit à partir de ses réplicas Healthy ; les volumes sans réplica Healthy restant sont signalés comme perdus et laissés tels quels ; dès qu’aucun volume n’utilise plus les pools du nœud, les étapes qui retirent le pool mort sont affichées.
</translation>
    </message>
    <message>
        <source>The node to move replicas off.</source>
        <translation>Le nœud d’où déplacer les réplicas.</translation>
    </message>
    <message>
        <source>Moves every cStor replica off the pools of the nodes given with --node and off the pools given with --pool (a node going back to the vendor, a pool whose disks fail).
</source>
        <translation>Déplace chaque réplica cStor hors des pools des nœuds donnés avec --node et hors des pools donnés avec --pool (un nœud qui retourne chez le fournisseur, un pool dont les disques lâchent).
</translation>
    </message>
    <message>
        <source>A node whose pools to empty (repeat for several).</source>
        <translation>Un nœud dont vider les pools (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>A pool to empty (its CStorPoolInstance name; repeat for several).</source>
        <translation>Un pool à vider (son nom de CStorPoolInstance ; à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>The node to drain is missing: drain NODE</source>
        <translation>Le nœud à vider manque : drain NODE</translation>
    </message>
    <message>
        <source>Unknown argument: %1 (name nodes with --node, pools with --pool)</source>
        <translation>Argument inconnu : %1 (désignez les nœuds avec --node, les pools avec --pool)</translation>
    </message>
    <message>
        <source>What to empty is missing: evacuate --node NODE... or --pool POOL...</source>
        <translation>Ce qu’il faut vider manque : evacuate --node NODE... ou --pool POOL...</translation>
    </message>
    <message>
        <source>error: no cStor pool runs on a node named %1 in namespace &quot;%2&quot;</source>
        <translation>erreur : aucun pool cStor ne tourne sur un nœud nommé %1 dans l’espace de noms « %2 »</translation>
    </message>
    <message>
        <source>error: no cStor pool named %1 in namespace &quot;%2&quot;</source>
        <translation>erreur : aucun pool cStor nommé %1 dans l’espace de noms « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>Evacuate %1: move %n replica(s), %2 to copy

</source>
        <translation>
            <numerusform>Évacuer %1 : déplacer %n réplica, %2 à copier

</numerusform>
            <numerusform>Évacuer %1 : déplacer %n réplicas, %2 à copier

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) have nowhere to go:</source>
        <translation>
            <numerusform>%n réplica n’a nulle part où aller :</numerusform>
            <numerusform>%n réplicas n’ont nulle part où aller :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error: refusing to evacuate %1: %n replica(s) have nowhere to go (%2). Add a pool on another node, or move or remove those replicas first.</source>
        <translation>
            <numerusform>erreur : refus d’évacuer %1 : %n réplica n’a nulle part où aller (%2). Ajoutez un pool sur un autre nœud, ou déplacez ou supprimez d’abord ce réplica.</numerusform>
            <numerusform>erreur : refus d’évacuer %1 : %n réplicas n’ont nulle part où aller (%2). Ajoutez un pool sur un autre nœud, ou déplacez ou supprimez d’abord ces réplicas.</numerusform>
        </translation>
    </message>
    <message>
        <source>error: refusing to evacuate %1: %2</source>
        <translation>erreur : refus d’évacuer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>error: %1 still holds %n replica(s): %2</source>
        <translation>
            <numerusform>erreur : %1 contient encore %n réplica : %2</numerusform>
            <numerusform>erreur : %1 contient encore %n réplicas : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans every move at once: each replica goes to the pool of its pool cluster with the most free space once the moves already planned land, never to a node that holds a replica of the same volume, never past a pool&apos;s read-only threshold, only to ONLINE, writable pools on live nodes, a clone only to a pool holding its source, and never beside a volume with the same openebs.io/replica-anti-affinity label. Shows the plan with each pool&apos;s capacity before and after, and asks unless --yes is given. The moves then run as a queue within the caps, and the verb waits until every move has ended (--wait is accepted and changes nothing); Ctrl-C pauses the queue: the moves running then finish and the others stay in the journal for `cstor-console queue resume`. Moves left running in the journal are resumed first; a plan is refused while the journal&apos;s queue holds moves waiting to start.
</source>
        <translation>Planifie tous les déplacements d’un coup : chaque réplica va vers le pool de son pool cluster ayant le plus d’espace libre une fois les déplacements déjà planifiés effectués, jamais vers un nœud qui détient un réplica du même volume, jamais au-delà du seuil de lecture seule d’un pool, uniquement vers des pools ONLINE et inscriptibles sur des nœuds vivants, un clone uniquement vers un pool qui contient sa source, et jamais à côté d’un volume portant le même label openebs.io/replica-anti-affinity. Affiche le plan avec la capacité de chaque pool avant et après, et demande confirmation sauf si --yes est donné. Les déplacements s’exécutent ensuite comme une file d’attente dans les plafonds, et le verbe attend la fin de chaque déplacement (--wait est accepté et ne change rien) ; Ctrl-C met la file d’attente en pause : les déplacements alors en cours se terminent et les autres restent dans le journal pour `cstor-console queue resume`. Les déplacements laissés en cours dans le journal sont repris d’abord ; un plan est refusé tant que la file d’attente du journal contient des déplacements en attente de démarrage.
</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUME</translation>
    </message>
    <message>
        <source>EFFECT</source>
        <translation>EFFET</translation>
    </message>
    <message>
        <source>HEALTHY LEFT</source>
        <translation>SAINS RESTANTS</translation>
    </message>
    <message>
        <source>REPLACEMENT</source>
        <translation>REMPLAÇANT</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>POURQUOI</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds replicas (another console moved some there, or a move failed): planning %n more move(s), round %2 of %3.
</source>
        <translation>
            <numerusform>%1 contient encore des réplicas (une autre console en a déplacé là, ou un déplacement a échoué) : planification de %n déplacement de plus, tour %2 sur %3.
</numerusform>
            <numerusform>%1 contient encore des réplicas (une autre console en a déplacé là, ou un déplacement a échoué) : planification de %n déplacements de plus, tour %2 sur %3.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Not cordoned: %1. Cordon them (kubectl cordon NODE) so that no plan, of this console or another, puts replicas back on them.

</source>
        <translation>Non isolés : %1. Isolez-les (kubectl cordon NODE) pour qu’aucun plan, de cette console ou d’une autre, n’y remette de réplicas.

</translation>
    </message>
</context>
<context>
    <name>FollowDisksVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>Afficher seulement le plan ; ne rien changer.</translation>
    </message>
    <message>
        <source>Do not ask before editing the CSPC.</source>
        <translation>Ne pas demander avant de modifier le CSPC.</translation>
    </message>
    <message>
        <source>Wait until the pool is ONLINE on its new node (always done; for scripts written for kubectl-like tools).</source>
        <translation>Attendre que le pool soit ONLINE sur son nouveau nœud (toujours fait ; pour les scripts écrits pour des outils de type kubectl).</translation>
    </message>
    <message>
        <source>The pool whose disks moved is missing: follow-disks POOL</source>
        <translation>Le pool dont les disques ont changé de nœud manque : follow-disks POOL</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Le verbe.</translation>
    </message>
    <message>
        <source>The pool (its CStorPoolInstance name).</source>
        <translation>Le pool (le nom de son CStorPoolInstance).</translation>
    </message>
    <message>
        <source>Pool %1 (node %2, CStorPoolCluster %3): %4
</source>
        <translation>Pool %1 (nœud %2, CStorPoolCluster %3) : %4
</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>aucun statut</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Disks: %1
</source>
        <translation>Disques : %1
</translation>
    </message>
    <message>
        <source>Nothing to do: %1.
</source>
        <translation>Rien à faire : %1.
</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names node %2 already; following the pool there.
</source>
        <translation>Le CStorPoolCluster %1 nomme déjà le nœud %2 ; suivi du pool sur ce nœud.
</translation>
    </message>
    <message>
        <source>Refused: %1.
</source>
        <translation>Refusé : %1.
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>Ce que vous pouvez faire :
</translation>
    </message>
    <message>
        <source>Point pool %1 at node %2, where all of its disks are.
</source>
        <translation>Pointer le pool %1 vers le nœud %2, où se trouvent tous ses disques.
</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (JSON patch): %2
</source>
        <translation>La modification du CStorPoolCluster %1 (patch JSON) : %2
</translation>
    </message>
    <message>
        <source>Then the CSPC operator moves the pool&apos;s pod to %1, the pool is imported there and its replicas serve again; its label kubernetes.io/hostname is set to %1 last.
</source>
        <translation>Ensuite l’opérateur CSPC déplace le pod du pool vers %1, le pool y est importé et ses réplicas servent de nouveau ; son label kubernetes.io/hostname est mis à %1 en dernier.
</translation>
    </message>
    <message>
        <source>pool %1 cannot be pointed at its disks; nothing was changed.</source>
        <translation>le pool %1 ne peut pas être pointé vers ses disques ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Brings back a cStor pool whose disks now sit on another node (its node was replaced by a new one, or the disks were moved): points the pool&apos;s spec in its CStorPoolCluster at the node that has all of its disks, guarded against a stale read, then follows the CSPC operator and the pool&apos;s import there until it is ONLINE, and sets the pool&apos;s kubernetes.io/hostname label. Another pool spec of the cluster that names a gone node, whose pool&apos;s disks sit together on another node, is pointed there in the same edit (the webhook refuses any edit while a pool spec names a gone node) and followed in turn. Refused, with what to do, when the disks are on several nodes, that node is not Ready, cordoned or has another pool of the cluster, or the cluster has a pool not provisioned or a pool spec naming a gone node whose pool cannot follow its disks. Run again to follow a pool under way. Shows the plan first and asks unless --yes is given.
Exit codes: 0 nothing to do or done, 1 refused, failed, or a dry run with an edit to make, 2 usage error.</source>
        <translation>Ramène un pool cStor dont les disques sont maintenant sur un autre nœud (son nœud a été remplacé par un nouveau, ou les disques ont été déplacés) : pointe la spécification du pool dans son CStorPoolCluster vers le nœud qui a tous ses disques, à l’abri d’une lecture périmée, puis suit l’opérateur CSPC et l’import du pool sur ce nœud jusqu’à ce qu’il soit ONLINE, et pose le label kubernetes.io/hostname du pool. Une autre spécification de pool du cluster qui nomme un nœud disparu, et dont les disques du pool sont ensemble sur un autre nœud, est pointée vers ce nœud dans la même modification (le webhook refuse toute modification tant qu’une spécification de pool nomme un nœud disparu) puis suivie à son tour. Refusé, avec ce qu’il faut faire, quand les disques sont sur plusieurs nœuds, que ce nœud n’est pas Ready, est isolé (cordon) ou a déjà un pool du cluster, ou que le cluster a un pool non provisionné ou une spécification de pool nommant un nœud disparu dont le pool ne peut pas suivre ses disques. Relancer pour suivre un pool en cours. Montre d’abord le plan et demande confirmation sauf avec --yes.
Codes de sortie : 0 rien à faire ou terminé, 1 refusé, échoué ou essai à blanc avec une modification à faire, 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>In the same edit, point pool %1 (node %2, gone) at node %3, where all of its disks are: the webhook refuses any edit while a pool spec names a gone node.
</source>
        <translation>Dans la même modification, pointer le pool %1 (nœud %2, disparu) vers le nœud %3, où sont tous ses disques : le webhook refuse toute modification tant qu’une spécification de pool nomme un nœud disparu.
</translation>
    </message>
    <message>
        <source>The same follows for each pool of the edit, in turn.
</source>
        <translation>Il en va de même pour chaque pool de la modification, tour à tour.
</translation>
    </message>
</context>
<context>
    <name>ForecastVerb</name>
    <message>
        <source>The verb.</source>
        <translation>Le verbe.</translation>
    </message>
    <message>
        <source>Only the pools of this CStorPoolCluster.</source>
        <translation>Uniquement les pools de ce CStorPoolCluster.</translation>
    </message>
    <message>
        <source>How far ahead to forecast, e.g. 7d, 30d, 90d (default 30d): later dates print as &quot;&gt; N days&quot;, and the pools that reach read-only within it are named on stderr.</source>
        <translation>Jusqu’où prévoir, p. ex. 7d, 30d, 90d (30d par défaut) : les dates plus lointaines s’affichent « &gt; N jours », et les pools qui passent en lecture seule dans ce délai sont nommés sur stderr.</translation>
    </message>
    <message>
        <source>How much history to fit, e.g. 14d, 30d (default), 90d.</source>
        <translation>Durée d’historique à ajuster, p. ex. 14d, 30d (par défaut), 90d.</translation>
    </message>
    <message>
        <source>The cluster&apos;s Prometheus Service, instead of looking for it.</source>
        <translation>Le Service Prometheus du cluster, au lieu de le chercher.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argument inconnu : %1</translation>
    </message>
    <message>
        <source>--horizon and --history take a duration such as 7d, 30d, 12w or 48h, not &quot;%1&quot;</source>
        <translation>--horizon et --history attendent une durée comme 7d, 30d, 12w ou 48h, pas « %1 »</translation>
    </message>
    <message>
        <source>--prometheus: %1</source>
        <translation>--prometheus : %1</translation>
    </message>
    <message>
        <source>error: no CStorPoolInstances in namespace %1</source>
        <translation>erreur : aucune CStorPoolInstance dans l’espace de noms %1</translation>
    </message>
    <message>
        <source>error: no CStorPoolInstances of CStorPoolCluster %1 in namespace %2</source>
        <translation>erreur : aucune CStorPoolInstance du CStorPoolCluster %1 dans l’espace de noms %2</translation>
    </message>
    <message>
        <source>error: no forecast: %1</source>
        <translation>erreur : aucune prévision : %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n pool(s) reach their read-only threshold within %1 days: %2</source>
        <translation>
            <numerusform>avertissement : %n pool atteint son seuil de lecture seule d’ici %1 jours : %2</numerusform>
            <numerusform>avertissement : %n pools atteignent leur seuil de lecture seule d’ici %1 jours : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: no forecast for %n pool(s): %1</source>
        <translation>
            <numerusform>avertissement : aucune prévision pour %n pool : %1</numerusform>
            <numerusform>avertissement : aucune prévision pour %n pools : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>POOL</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NŒUD</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>UTILISÉ</translation>
    </message>
    <message>
        <source>GROWTH/DAY</source>
        <translation>CROISSANCE/JOUR</translation>
    </message>
    <message>
        <source>TO 80%</source>
        <translation>AVANT 80%</translation>
    </message>
    <message>
        <source>TO READ-ONLY</source>
        <translation>AVANT LECTURE SEULE</translation>
    </message>
    <message>
        <source>POOL CLUSTER</source>
        <translation>POOL CLUSTER</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>SEUIL</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>HISTORIQUE</translation>
    </message>
    <message>
        <source>STEPS IGNORED</source>
        <translation>SAUTS IGNORÉS</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>aucun historique</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecasts when each cStor pool reaches 80 % used and its read-only threshold (roThresholdLimit), soonest first, from the history the cluster&apos;s Prometheus keeps of the cStor pool exporters (openebs_used_pool_capacity, openebs_pool_size). Prometheus is reached through the API server&apos;s service proxy with the context&apos;s credentials; without --prometheus it is found as Lens finds it (%1). Without a history from Prometheus, the forecast falls back to the hourly samples the console&apos;s window keeps of this context and namespace while it runs (five weeks; 48 hours at least), and says so.
Method: %2: the growth is the mean of the hourly increments over the last whole weeks once the steps are taken out (a replica moved in or out arrives at once: it is a step, not growth); the range in brackets is where growth two standard errors faster or slower would put the date.
Exit codes: 0 forecasts made, 1 no history of these pools from Prometheus or kept by the console (or the cluster could not be read), 2 usage error.</source>
        <translation>Prévoit quand chaque pool cStor atteint 80 % d’utilisation et son seuil de lecture seule (roThresholdLimit), le plus proche d’abord, à partir de l’historique que le Prometheus du cluster conserve des exporteurs de pools cStor (openebs_used_pool_capacity, openebs_pool_size). Prometheus est joint via le proxy de service du serveur d’API avec les identifiants du contexte ; sans --prometheus, il est trouvé comme Lens le trouve (%1). Sans historique venant de Prometheus, la prévision se rabat sur les mesures horaires que la fenêtre de la console conserve de ce contexte et de cet espace de noms tant qu’elle tourne (cinq semaines ; 48 heures au moins), et le dit.
Méthode : %2 : la croissance est la moyenne des incréments horaires sur les dernières semaines entières, une fois les sauts retirés (une réplique déplacée vers le pool ou hors de lui arrive d’un coup : c’est un saut, pas de la croissance) ; l’intervalle entre parenthèses est la date que donnerait une croissance plus rapide ou plus lente de deux erreurs types.
Codes de sortie : 0 prévisions faites, 1 pas d’historique de ces pools venant de Prometheus ni conservé par la console (ou le cluster n’a pas pu être lu), 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>note: the history is %1 of context %2, not Prometheus&apos;s: %3</source>
        <translation>remarque : l’historique provient de %1 du contexte %2, pas de Prometheus : %3</translation>
    </message>
    <message>
        <source>%1; and %2 cannot be read: %3</source>
        <translation>%1 ; et %2 ne peut pas être lu : %3</translation>
    </message>
</context>
<context>
    <name>GetVerb</name>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;: %3</source>
        <translation>avertissement : %1 « %2 » ignoré : %3</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NŒUD</translation>
    </message>
    <message>
        <source>CSPC</source>
        <translation>CSPC</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>UTILISÉ</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>LIBRE</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>CAPACITÉ</translation>
    </message>
    <message>
        <source>READONLY</source>
        <translation>LECTURE SEULE</translation>
    </message>
    <message>
        <source>PROVISIONED</source>
        <translation>PROVISIONNÉS</translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation>SAINS</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ÂGE</translation>
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
        <translation>ALLOUÉ</translation>
    </message>
    <message>
        <source>DESIRED</source>
        <translation>SOUHAITÉ</translation>
    </message>
    <message>
        <source>CLAIM</source>
        <translation>CLAIM</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Le verbe.</translation>
    </message>
    <message>
        <source>%1 in namespace &quot;%2&quot;</source>
        <translation>%1 dans l’espace de noms « %2 »</translation>
    </message>
    <message>
        <source>No resources found in %1 namespace.</source>
        <translation>Aucune ressource trouvée dans l’espace de noms %1.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>READONLY-AT</source>
        <translation>LECTURE-SEULE-À</translation>
    </message>
    <message>
        <source>REPLICA-ID</source>
        <translation>ID-RÉPLICA</translation>
    </message>
    <message>
        <source>CLONE-OF</source>
        <translation>CLONE-DE</translation>
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
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>VERS</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>OÙ</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>HEARD</source>
        <translation>ENTENDU</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SILENT</source>
        <translation>SILENCIEUX</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>pools (CStorPoolInstances), replicas (CStorVolumeReplicas), volumes (CStorVolumeConfigs with their CStorVolumes) or moves (the %1 annotations of the CStorVolumeConfigs: who moves which replica, and when their console last renewed it).</source>
        <translation>pools (CStorPoolInstances), replicas (CStorVolumeReplicas), volumes (CStorVolumeConfigs avec leurs CStorVolumes) ou moves (les annotations %1 des CStorVolumeConfigs : qui déplace quel réplica, et quand sa console l’a renouvelée pour la dernière fois).</translation>
    </message>
    <message>
        <source>What to get is missing: pools, replicas, volumes or moves.</source>
        <translation>Ce qu’il faut obtenir manque : pools, replicas, volumes ou moves.</translation>
    </message>
    <message>
        <source>Cannot get &quot;%1&quot;: use pools, replicas, volumes or moves.</source>
        <translation>Impossible d’obtenir « %1 » : utilisez pools, replicas, volumes ou moves.</translation>
    </message>
    <message>
        <source>Lists the cStor pools, volume replicas or volumes of a cluster, or the replica moves consoles run on it.
Exit codes: 0 listed, 1 refused or failed, or objects skipped because they could not be read (each named on stderr with what is wrong; the others are listed), 2 usage error.</source>
        <translation>Liste les pools cStor, les réplicas de volume ou les volumes d’un cluster, ou les déplacements de réplicas que des consoles y exécutent.
Codes de sortie : 0 listé, 1 refusé ou échoué, ou des objets ignorés faute de pouvoir être lus (chacun nommé sur stderr avec ce qui ne va pas ; les autres sont listés), 2 erreur d’utilisation.</translation>
    </message>
    <message numerus="yes">
        <source>error: %n object(s) skipped: they could not be read (see the warnings above); the list is incomplete</source>
        <translation>
            <numerusform>erreur : %n objet ignoré : il n’a pas pu être lu (voir les avertissements ci-dessus) ; la liste est incomplète</numerusform>
            <numerusform>erreur : %n objets ignorés : ils n’ont pas pu être lus (voir les avertissements ci-dessus) ; la liste est incomplète</numerusform>
        </translation>
    </message>
    <message>
        <source>PVC</source>
        <translation>PVC</translation>
    </message>
    <message>
        <source>USED-BY</source>
        <translation>UTILISÉ-PAR</translation>
    </message>
    <message>
        <source>warning: who uses the volumes is not known: %1</source>
        <translation>avertissement : on ne sait pas qui utilise les volumes : %1</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>  or:  %1 VERB [ARGUMENTS] [options]
</source>
        <translation>  ou :  %1 VERBE [ARGUMENTS] [options]
</translation>
    </message>
    <message>
        <source>Desktop console for OpenEBS cStor storage</source>
        <translation>Console de bureau pour le stockage OpenEBS cStor</translation>
    </message>
    <message>
        <source>Run on a built-in simulated cluster (no cluster needed; changes affect only the simulation).</source>
        <translation>Tourner sur un cluster simulé intégré (aucun cluster nécessaire ; les changements n’affectent que la simulation).</translation>
    </message>
    <message>
        <source>The kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).</source>
        <translation>Le fichier kubeconfig (par défaut : $KUBECONFIG, sinon ~/.kube/config).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: the current one).</source>
        <translation>Le contexte du kubeconfig (par défaut : le contexte courant).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (default: the context&apos;s, else openebs).</source>
        <translation>L’espace de noms où tourne cStor (par défaut : celui du contexte, sinon openebs).</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>How fast time runs in the demo cluster (simulated seconds per second, default 5).</source>
        <translation>Vitesse du temps dans le cluster de démonstration (secondes simulées par seconde, 5 par défaut).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Save a picture of the window as FILE (PNG) once the cluster is shown, then exit.</source>
        <translation>Enregistrer une image de la fenêtre dans FICHIER (PNG) une fois le cluster affiché, puis quitter.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argument inconnu : %1</translation>
    </message>
    <message>
        <source>--demo-speed needs a number of 0 or more</source>
        <translation>--demo-speed attend un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>Cluster de démonstration</translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>Le cluster de démonstration n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>The cluster was not shown within a minute; no picture.</source>
        <translation>Le cluster ne s’est pas affiché en moins d’une minute ; pas d’image.</translation>
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
Environnement :
  KUBECONFIG
      Les fichiers kubeconfig, séparés par &apos;:&apos; et fusionnés comme kubectl les
      fusionne ; utilisé quand --kubeconfig n’est pas donné.
  CSTOR_LANGUAGE
      La langue à parler (p. ex. fr) au lieu du réglage ou de celle du système.
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>
Codes de sortie : 0 terminé, 1 refusé ou échec, 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>error: the window needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set. Without one, use a verb: cstor-console get pools, cstor-console doctor, cstor-console --help.</source>
        <translation>erreur : la fenêtre a besoin d&apos;un affichage, et ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini. Sans affichage, utilisez un verbe : cstor-console get pools, cstor-console doctor, cstor-console --help.</translation>
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
Fichiers :
  ~/.kube/config
      Le kubeconfig quand ni --kubeconfig ni KUBECONFIG n’en désigne un.
  ~/.config/cstor-console/cstor-console.conf
      Les réglages : disposition de la fenêtre par contexte, le kubeconfig choisi
      dans la fenêtre.
  ~/.local/share/cstor-console/migrations.jsonl
      Le journal des migrations, d’où les déplacements inachevés sont repris.
  ~/.local/share/cstor-console/audit.jsonl
      Le journal d’audit de chaque déplacement, évacuation et récupération.
  ~/.local/share/cstor-console/recoveries.jsonl
      Le journal des étapes effectuées par recover.
</translation>
    </message>
</context>
<context>
    <name>Items::ClaimedMoveListModel</name>
    <message>
        <source>Select a move started by another console</source>
        <translation>Sélectionnez un déplacement commencé par une autre console</translation>
    </message>
    <message>
        <source>Its console was heard %1 ago; a move may be adopted once its console has been silent for %2 (or its process on this host is gone)</source>
        <translation>Sa console s’est manifestée il y a %1 ; un déplacement peut être repris quand sa console se tait depuis %2 (ou que son processus sur cet hôte a disparu)</translation>
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation>%1, pid %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>%1 ago (silent)</source>
        <translation>il y a %1 (silencieuse)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>Pool de départ</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>Pool d’arrivée</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Déplacé par</translation>
    </message>
    <message>
        <source>Console (host, pid)</source>
        <translation>Console (hôte, pid)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Dernier signe</translation>
    </message>
</context>
<context>
    <name>Items::EventModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Items::FindingModel</name>
    <message>
        <source>%1

Risk: %2

Fix: %3</source>
        <translation>%1

Risque : %2

Correctif : %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
</context>
<context>
    <name>Items::HealthRules</name>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <translation>aucune I/O connue (le Prometheus du cluster n’a aucune des séries de son exporteur)</translation>
    </message>
    <message>
        <source>read %1, write %2, %3 operations a second (the last hour)</source>
        <translation>lecture %1, écriture %2, %3 opérations par seconde (la dernière heure)</translation>
    </message>
</context>
<context>
    <name>Items::KeptForecast</name>
    <message numerus="yes">
        <source>%1; and this console has kept %n hour(s) of its own samples of the pools, of the %2 a forecast needs</source>
        <translation>
            <numerusform>%1 ; et cette console n’a conservé que %n heure de ses propres mesures des pools, sur les %2 qu’une prévision demande</numerusform>
            <numerusform>%1 ; et cette console n’a conservé que %n heures de ses propres mesures des pools, sur les %2 qu’une prévision demande</numerusform>
        </translation>
    </message>
    <message>
        <source>Prometheus %1</source>
        <translation>Prometheus %1</translation>
    </message>
    <message>
        <source>this console&apos;s own hourly samples (not Prometheus: %1)</source>
        <translation>les propres mesures horaires de cette console (pas Prometheus : %1)</translation>
    </message>
    <message>
        <source>this console&apos;s own hourly samples</source>
        <translation>les propres mesures horaires de cette console</translation>
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
        <translation>La progression est une estimation : l’espace utilisé du nouveau réplica comparé à celui d’un pair sain, recoupé avec leurs snapshots.</translation>
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
        <translation>bloqué</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>Pool source</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>Pool cible</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Progress (est.)</source>
        <translation>Progression (est.)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Fin prévue</translation>
    </message>
</context>
<context>
    <name>Items::NodeModel</name>
    <message>
        <source>Stale</source>
        <translation>Périmé</translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n non sain</numerusform>
            <numerusform>%n non sains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n en reconstruction</numerusform>
            <numerusform>%n en reconstruction</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
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
        <translation>(non signalé)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 healthy of %2 provisioned replicas</source>
        <translation>%1 sains sur %2 réplicas provisionnés</translation>
    </message>
    <message>
        <source>The pool is read-only: it has reached its threshold of %1 % used, so its replicas accept no writes.</source>
        <translation>Le pool est en lecture seule : il a atteint son seuil de %1 % d’utilisation, ses réplicas n’acceptent donc plus d’écritures.</translation>
    </message>
    <message>
        <source>%1 used of %2 (read-only at %3 %)</source>
        <translation>%1 sur %2 utilisés (lecture seule à %3 %)</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Plein</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Pool cluster</source>
        <translation>Cluster de pools</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>PoolLost: import fails</source>
        <translation>PoolLost : l’import échoue</translation>
    </message>
    <message>
        <source>The pool-manager on %1 fails to import this pool (condition PoolLost): its disks are gone or attached to another node. %2 is the last phase it wrote. The Health dock (Alt+9) says what to do.</source>
        <translation>Le pool-manager sur %1 n’arrive pas à importer ce pool (condition PoolLost) : ses disques ont disparu ou sont attachés à un autre nœud. %2 est la dernière phase qu’il a écrite. Le dock Santé (Alt+9) dit quoi faire.</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>Recent I/O of the pool&apos;s replicas: %1.</source>
        <translation>I/O récentes des répliques du pool : %1.</translation>
    </message>
    <message>
        <source>Busiest volumes: %1</source>
        <translation>Volumes les plus actifs : %1</translation>
    </message>
    <message>
        <source>No forecast yet: the history comes from the cluster&apos;s Prometheus.</source>
        <translation>Pas encore de prévision : l’historique vient du Prometheus du cluster.</translation>
    </message>
    <message>
        <source>No forecast: %1</source>
        <translation>Aucune prévision : %1</translation>
    </message>
    <message>
        <source>No forecast for this pool: %1</source>
        <translation>Aucune prévision pour ce pool : %1</translation>
    </message>
    <message>
        <source>At or past its read-only threshold of %1 %.</source>
        <translation>À son seuil de lecture seule de %1 % ou au-delà.</translation>
    </message>
    <message>
        <source>Read-only (%1 %) in about %2 days, between %3 and %4.</source>
        <translation>En lecture seule (%1 %) dans environ %2 jours, entre %3 et %4.</translation>
    </message>
    <message>
        <source>Not growing: no read-only date.</source>
        <translation>Sans croissance : aucune date de passage en lecture seule.</translation>
    </message>
    <message>
        <source>Over 80 % used.</source>
        <translation>Plus de 80 % utilisés.</translation>
    </message>
    <message>
        <source>80 % used in about %1 days.</source>
        <translation>80 % utilisés dans environ %1 jours.</translation>
    </message>
    <message numerus="yes">
        <source>Growth %1 a day over the last %n day(s) of history from %2 (%3; %4 step(s) from moves left out).</source>
        <translation>
            <numerusform>Croissance de %1 par jour sur le dernier %n jour d’historique de %2 (%3 ; %4 saut(s) dus à des déplacements écartés).</numerusform>
            <numerusform>Croissance de %1 par jour sur les %n derniers jours d’historique de %2 (%3 ; %4 saut(s) dus à des déplacements écartés).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Items::ReadOnlyDays</name>
    <message>
        <source>not growing</source>
        <translation>sans croissance</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <source>in ~%n day(s)</source>
        <translation>
            <numerusform>dans ~%n jour</numerusform>
            <numerusform>dans ~%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&gt; %n day(s)</source>
        <translation>
            <numerusform>&gt; %n jour</numerusform>
            <numerusform>&gt; %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in ~%n day(s) (%1–%2)</source>
        <translation>
            <numerusform>dans ~%n jour (%1–%2)</numerusform>
            <numerusform>dans ~%n jours (%1–%2)</numerusform>
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
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · périmé</translation>
    </message>
    <message>
        <source>~%1 %</source>
        <translation>~%1 %</translation>
    </message>
    <message>
        <source>%1 (+%2 pending)</source>
        <translation>%1 (+%2 en attente)</translation>
    </message>
    <message>
        <source>No status update since %1: the pool&apos;s node may be down, so the phase shown may no longer be true.</source>
        <translation>Aucune mise à jour d’état depuis %1 : le nœud du pool est peut-être arrêté, la phase affichée n’est donc peut-être plus vraie.</translation>
    </message>
    <message>
        <source>Estimated from the data copied so far against a healthy replica of the same volume; cStor reports no progress itself.</source>
        <translation>Estimé d’après les données copiées jusqu’ici comparées à un réplica sain du même volume ; cStor ne signale lui-même aucune progression.</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Réplica</translation>
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
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>Reconstruit</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>Items::VolumeModel</name>
    <message>
        <source>(no target yet)</source>
        <translation>(pas encore de cible)</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(non signalé)</translation>
    </message>
    <message>
        <source>%1 of %2 healthy</source>
        <translation>%1 sur %2 sains</translation>
    </message>
    <message numerus="yes">
        <source>, %n rebuilding</source>
        <translation>
            <numerusform>, %n en reconstruction</numerusform>
            <numerusform>, %n en reconstruction</numerusform>
        </translation>
    </message>
    <message>
        <source> (scaling %1 → %2)</source>
        <translation> (mise à l’échelle %1 → %2)</translation>
    </message>
    <message>
        <source>Replication factor %1, desired %2, consistency factor %3; %4 replica objects seen</source>
        <translation>Facteur de réplication %1, souhaité %2, facteur de cohérence %3 ; %4 objets réplica vus</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Pool cluster</source>
        <translation>Cluster de pools</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>%1/%2: %3, not scheduled</source>
        <translation>%1/%2 : %3, non planifié</translation>
    </message>
    <message>
        <source>%1/%2 on %3: %4</source>
        <translation>%1/%2 sur %3 : %4</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Recent I/O of the volume at its target: %1.</source>
        <translation>I/O récentes du volume sur sa cible : %1.</translation>
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
        <translation>cluster %1 : certificate-authority ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>user %1: client-certificate or client-key cannot be read</source>
        <translation>utilisateur %1 : client-certificate ou client-key illisible</translation>
    </message>
    <message>
        <source>user %1: x509: the client certificate has expired (it was valid until %2); renew it</source>
        <translation>utilisateur %1 : x509 : le certificat client a expiré (il était valide jusqu’au %2) ; renouvelez-le</translation>
    </message>
</context>
<context>
    <name>Kube::ExecCredentials</name>
    <message>
        <source>user &quot;%1&quot;: command must be specified to use exec authentication plugin (users[].user.exec.command)</source>
        <translation>utilisateur « %1 » : command doit être indiqué pour utiliser le plugin d’authentification exec (users[].user.exec.command)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: apiVersion must be specified to use exec authentication plugin (users[].user.exec.apiVersion)</source>
        <translation>utilisateur « %1 » : apiVersion doit être indiqué pour utiliser le plugin d’authentification exec (users[].user.exec.apiVersion)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec plugin: invalid apiVersion &quot;%2&quot; (use %3 or %4)</source>
        <translation>utilisateur « %1 » : plugin exec : apiVersion « %2 » invalide (utilisez %3 ou %4)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: interactiveMode must be specified to use exec authentication plugin with %2 (Never, IfAvailable or Always)</source>
        <translation>utilisateur « %1 » : interactiveMode doit être indiqué pour utiliser le plugin d’authentification exec avec %2 (Never, IfAvailable ou Always)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: invalid interactiveMode &quot;%2&quot; for exec authentication plugin (Never, IfAvailable or Always)</source>
        <translation>utilisateur « %1 » : interactiveMode « %2 » invalide pour le plugin d’authentification exec (Never, IfAvailable ou Always)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: env variable name must be specified for exec authentication plugin</source>
        <translation>utilisateur « %1 » : le nom de la variable env doit être indiqué pour le plugin d’authentification exec</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: %1</source>
        <translation>plugin exec : décodage de stdout : %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>le plugin exec est configuré pour la version d’API %1, le plugin a renvoyé la version %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: kind is &quot;%1&quot;, not ExecCredential</source>
        <translation>plugin exec : décodage de stdout : kind vaut « %1 », pas ExecCredential</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation>le plugin exec n’a pas renvoyé de champ status</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>le plugin exec n’a renvoyé que le certificat ou la clé, pas les deux</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation>le plugin exec n’a renvoyé ni jeton ni paire certificat/clé</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: expirationTimestamp &quot;%1&quot; is not an RFC 3339 time</source>
        <translation>plugin exec : décodage de stdout : expirationTimestamp « %1 » n’est pas une heure RFC 3339</translation>
    </message>
</context>
<context>
    <name>Kube::ExecPlugin</name>
    <message>
        <source>user &quot;%1&quot;: the exec credential plugin %2 needs a terminal (interactiveMode: Always), which a desktop application does not have; sign in with the plugin in a terminal first, or set interactiveMode to IfAvailable or Never if it can work without one</source>
        <translation>utilisateur « %1 » : le plugin d’identification exec %2 a besoin d’un terminal (interactiveMode: Always), ce qu’une application de bureau n’a pas ; connectez-vous d’abord avec le plugin dans un terminal, ou mettez interactiveMode à IfAvailable ou Never s’il peut s’en passer</translation>
    </message>
    <message>
        <source>exec: executable %1 not found</source>
        <translation>exec : exécutable %1 introuvable</translation>
    </message>
    <message>
        <source>exec: executable %1 not found (searched PATH=%2)</source>
        <translation>exec : exécutable %1 introuvable (PATH parcouru : %2)</translation>
    </message>
    <message>
        <source>exec: executable %1 not found (searched PATH=%2 and the login shell&apos;s PATH=%3)</source>
        <translation>exec : exécutable %1 introuvable (PATH parcouru : %2 et PATH du shell de connexion : %3)</translation>
    </message>
    <message>
        <source>It looks like you are trying to use a client-go credential plugin that is not installed.</source>
        <translation>Il semble que vous essayiez d’utiliser un plugin d’identification client-go qui n’est pas installé.</translation>
    </message>
    <message>
        <source>exec: executable %1 could not be started: %2</source>
        <translation>exec : l’exécutable %1 n’a pas pu être lancé : %2</translation>
    </message>
    <message>
        <source>exec: executable %1 crashed%2</source>
        <translation>exec : l’exécutable %1 a planté%2</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2%3</source>
        <translation>exec : l’exécutable %1 a échoué avec le code de sortie %2%3</translation>
    </message>
    <message>
        <source>exec: executable %1 wrote more than %2 MB to its standard output, the limit for a credential; it was stopped</source>
        <translation>exec : l’exécutable %1 a écrit plus de %2 Mo sur sa sortie standard, la limite pour un identifiant ; il a été arrêté</translation>
    </message>
    <message>
        <source>exec: executable %1 did not finish within %2 s (request timeout); it was stopped%3</source>
        <translation>exec : l’exécutable %1 ne s’est pas terminé en %2 s (délai de requête) ; il a été arrêté%3</translation>
    </message>
</context>
<context>
    <name>Kube::ExecPluginTrust</name>
    <message>
        <source>exec plugin %1 from %2 is not trusted: a kubeconfig&apos;s exec entry runs a program; trust it only if you know where the kubeconfig comes from</source>
        <translation>le plugin exec %1 de %2 n’est pas de confiance : l’entrée exec d’un kubeconfig exécute un programme ; ne lui faites confiance que si vous savez d’où vient le kubeconfig</translation>
    </message>
    <message>
        <source>the kubeconfig</source>
        <translation>le kubeconfig</translation>
    </message>
</context>
<context>
    <name>Kube::Informer</name>
    <message>
        <source>the watch of %1 sent an event larger than the limit of %2 MB</source>
        <translation>le watch de %1 a envoyé un événement dépassant la limite de %2 Mo</translation>
    </message>
    <message>
        <source>the watch of %1 sent a line that is not a JSON watch event: %2</source>
        <translation>le watch de %1 a envoyé une ligne qui n’est pas un événement de watch JSON : %2</translation>
    </message>
    <message>
        <source>watch of %1 ended: %2</source>
        <translation>watch de %1 terminé : %2</translation>
    </message>
    <message>
        <source>the list of %1 is not a Kubernetes list: no array of items</source>
        <translation>la liste de %1 n’est pas une liste Kubernetes : aucun tableau d’éléments</translation>
    </message>
</context>
<context>
    <name>Kube::KeychainStore</name>
    <message>
        <source>no keychain service (Secret Service) is running; start gnome-keyring or KWallet in this desktop session (tokens are never stored in a file instead): %1</source>
        <translation>aucun service de trousseau (Secret Service) ne tourne ; lancez gnome-keyring ou KWallet dans cette session de bureau (les jetons ne sont jamais stockés dans un fichier à la place) : %1</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>il n’y a pas de bus de session D-Bus</translation>
    </message>
    <message>
        <source>no token is stored in the keychain for context &quot;%1&quot;</source>
        <translation>aucun jeton n’est stocké dans le trousseau pour le contexte « %1 »</translation>
    </message>
    <message>
        <source>the keychain refused access to the token of context &quot;%1&quot; (is the keyring locked?): %2</source>
        <translation>le trousseau a refusé l’accès au jeton du contexte « %1 » (le trousseau est-il verrouillé ?) : %2</translation>
    </message>
    <message>
        <source>keychain error for context &quot;%1&quot; (is the login keyring missing or locked?): %2</source>
        <translation>erreur du trousseau pour le contexte « %1 » (le trousseau de session manque-t-il ou est-il verrouillé ?) : %2</translation>
    </message>
</context>
<context>
    <name>Kube::Kubeconfig</name>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 doit être une chaîne</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 doit être une liste</translation>
    </message>
    <message>
        <source>%1 must be a map</source>
        <translation>%1 doit être une table (map)</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in %2</source>
        <translation>nom « %1 » en double dans %2</translation>
    </message>
    <message>
        <source>%1.%2 must be a map</source>
        <translation>%1.%2 doit être une table (map)</translation>
    </message>
    <message>
        <source>stat %1: no such file or directory</source>
        <translation>stat %1 : aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <translation>erreur de chargement du fichier de configuration « %1 » : %2</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: not a YAML mapping</source>
        <translation>erreur de chargement du fichier de configuration « %1 » : pas une table YAML</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: line %2: %3</source>
        <translation>erreur de chargement du fichier de configuration « %1 » : ligne %2 : %3</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked in %1)</source>
        <translation>aucun kubeconfig trouvé (recherché dans %1)</translation>
    </message>
    <message>
        <source>current-context is not set in %1</source>
        <translation>current-context n’est pas défini dans %1</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>le contexte « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: cluster &quot;%2&quot; is not defined (contexts[].context.cluster)</source>
        <translation>contexte « %1 » : le cluster « %2 » n’est pas défini (contexts[].context.cluster)</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: user &quot;%2&quot; is not defined (contexts[].context.user)</source>
        <translation>contexte « %1 » : l’utilisateur « %2 » n’est pas défini (contexts[].context.user)</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: server is missing or not a URL</source>
        <translation>cluster « %1 » : server est absent ou n’est pas une URL</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: certificate-authority-data and certificate-authority are both specified</source>
        <translation>cluster « %1 » : certificate-authority-data et certificate-authority sont tous deux indiqués</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: specifying a root certificates file (certificate-authority) with insecure-skip-tls-verify is not allowed</source>
        <translation>cluster « %1 » : indiquer un fichier de certificats racine (certificate-authority) avec insecure-skip-tls-verify n’est pas permis</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1 : impossible de lire %2 : %3</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: certificate-authority</source>
        <translation>cluster « %1 » : certificate-authority</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (gcp) is not supported: it was removed from kubectl in 1.26; use the exec credential plugin gke-gcloud-auth-plugin instead (gcloud components install gke-gcloud-auth-plugin)</source>
        <translation>utilisateur « %1 » : auth-provider (gcp) n’est pas pris en charge : il a été retiré de kubectl en 1.26 ; utilisez plutôt le plugin d’identification exec gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (azure) is not supported: it was removed from kubectl in 1.26; use the exec credential plugin kubelogin instead (kubelogin convert-kubeconfig)</source>
        <translation>utilisateur « %1 » : auth-provider (azure) n’est pas pris en charge : il a été retiré de kubectl en 1.26 ; utilisez plutôt le plugin d’identification exec kubelogin (kubelogin convert-kubeconfig)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (oidc) is not supported; use an exec credential plugin such as kubelogin (kubectl oidc-login) instead</source>
        <translation>utilisateur « %1 » : auth-provider (oidc) n’est pas pris en charge ; utilisez plutôt un plugin d’identification exec comme kubelogin (kubectl oidc-login)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (%2) is not supported; use an exec credential plugin instead</source>
        <translation>utilisateur « %1 » : auth-provider (%2) n’est pas pris en charge ; utilisez plutôt un plugin d’identification exec</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: more than one authentication method found (token and username/password); only one is allowed</source>
        <translation>utilisateur « %1 » : plus d’une méthode d’authentification trouvée (jeton et nom d’utilisateur/mot de passe) ; une seule est permise</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-certificate</source>
        <translation>utilisateur « %1 » : client-certificate</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-key</source>
        <translation>utilisateur « %1 » : client-key</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-certificate and client-key must be given together</source>
        <translation>utilisateur « %1 » : client-certificate et client-key doivent être indiqués ensemble</translation>
    </message>
    <message>
        <source>no context exists with the name: &quot;%1&quot;</source>
        <translation>aucun contexte n’existe avec le nom « %1 »</translation>
    </message>
    <message>
        <source>cannot lock %1.lock: another program is writing the kubeconfig</source>
        <translation>impossible de verrouiller %1.lock : un autre programme écrit le kubeconfig</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: document contains excessive aliasing</source>
        <translation>erreur de chargement du fichier de configuration « %1 » : le document contient trop d’alias</translation>
    </message>
    <message>
        <source>it is a %1 of apiVersion %2, not a kubeconfig (kind: Config, apiVersion: v1)</source>
        <translation>c’est un %1 d’apiVersion %2, pas un kubeconfig (kind: Config, apiVersion: v1)</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: larger than %2 MB, the limit for a kubeconfig</source>
        <translation>erreur au chargement du fichier de configuration « %1 » : plus de %2 Mo, la limite pour un kubeconfig</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 MB, the limit for a certificate or key file</source>
        <translation>%1 : %2 fait plus de %3 Mo, la limite pour un fichier de certificat ou de clé</translation>
    </message>
</context>
<context>
    <name>Kube::ListBudget</name>
    <message numerus="yes">
        <source>the list of %1 is too large: its first %n page(s) come to more than the limit of %2 MB</source>
        <translation>
            <numerusform>la liste de %1 est trop grande : %n page dépasse déjà la limite de %2 Mo</numerusform>
            <numerusform>la liste de %1 est trop grande : %n pages dépassent déjà la limite de %2 Mo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list of %1 does not end: the server gave page %n the continue token of an earlier page</source>
        <translation>
            <numerusform>la liste de %1 ne finit pas : le serveur a donné à la page %n le jeton continue d’une page précédente</numerusform>
            <numerusform>la liste de %1 ne finit pas : le serveur a donné à la page %n le jeton continue d’une page précédente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kube::RestClient</name>
    <message>
        <source>x509: the server&apos;s certificate has expired</source>
        <translation>x509 : le certificat du serveur a expiré</translation>
    </message>
    <message>
        <source>x509: the server&apos;s certificate is not valid for %1 (wrong host name)</source>
        <translation>x509 : le certificat du serveur n’est pas valide pour %1 (mauvais nom d’hôte)</translation>
    </message>
    <message>
        <source>x509: certificate signed by unknown authority (check the cluster&apos;s certificate-authority)</source>
        <translation>x509 : certificat signé par une autorité inconnue (vérifiez le certificate-authority du cluster)</translation>
    </message>
    <message>
        <source>refusing to send credentials over plain http to %1: use https</source>
        <translation>refus d’envoyer des identifiants en http non chiffré à %1 : utilisez https</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (idle timeout)</source>
        <translation>%1 n’a pas répondu au watch en %2 s (délai d’inactivité)</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s (idle timeout)</source>
        <translation>%1 n’a rien envoyé pendant %2 s (délai d’inactivité)</translation>
    </message>
    <message>
        <source>the answer from %1 is too large: it announces %2 MB, more than the limit of %3 MB</source>
        <translation>la réponse de %1 est trop grande : elle annonce %2 Mo, plus que la limite de %3 Mo</translation>
    </message>
    <message>
        <source>the answer from %1 is too large: more than the limit of %2 MB</source>
        <translation>la réponse de %1 est trop grande : plus que la limite de %2 Mo</translation>
    </message>
    <message>
        <source>%1 did not complete its answer within %2 s (total timeout)</source>
        <translation>%1 n’a pas terminé sa réponse en %2 s (délai total)</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2 (the server must speak TLS 1.2 or newer)</source>
        <translation>échec de la négociation TLS avec %1 : %2 (le serveur doit parler TLS 1.2 ou plus récent)</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON: is it a Kubernetes API server?</source>
        <translation>%1 a répondu avec %2 au lieu de JSON : est-ce un serveur d’API Kubernetes ?</translation>
    </message>
    <message>
        <source>the answer from %1 is nested too deeply (more than 1024 levels)</source>
        <translation>la réponse de %1 est trop profondément imbriquée (plus de 1024 niveaux)</translation>
    </message>
    <message>
        <source>the answer from %1 is not valid JSON: %2 at byte %3</source>
        <translation>la réponse de %1 n’est pas du JSON valide : %2 à l’octet %3</translation>
    </message>
    <message>
        <source>%1 redirected to %2 (HTTP %3): not followed, an API server does not redirect</source>
        <translation>%1 a redirigé vers %2 (HTTP %3) : non suivi, un serveur d’API ne redirige pas</translation>
    </message>
    <message>
        <source>the server answered %1: %2</source>
        <translation>le serveur a répondu %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (request timeout)</source>
        <translation>%1 n’a pas répondu à la surveillance en %2 s (délai de requête)</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (total timeout)</source>
        <translation>%1 n’a pas répondu à la surveillance en %2 s (délai total)</translation>
    </message>
    <message>
        <source>%1 did not complete its answer within %2 s (request timeout)</source>
        <translation>%1 n’a pas terminé sa réponse en %2 s (délai de requête)</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: what it was decided on is no longer fresh</source>
        <translation>%1 %2 n’a pas été envoyé : ce sur quoi il reposait n’est plus à jour</translation>
    </message>
</context>
<context>
    <name>Kube::WatchWorker</name>
    <message>
        <source>listing the cluster&apos;s cStor objects</source>
        <translation>liste des objets cStor du cluster</translation>
    </message>
    <message>
        <source>the server refused the credentials (401 Unauthorized): %1</source>
        <translation>le serveur a refusé les identifiants (401 Unauthorized) : %1</translation>
    </message>
    <message>
        <source>no permission to list %1: %2</source>
        <translation>pas le droit de lister %1 : %2</translation>
    </message>
    <message>
        <source>the cluster serves no cStor resources (cstor.openebs.io/v1) in namespace %1: %2</source>
        <translation>le cluster ne sert aucune ressource cStor (cstor.openebs.io/v1) dans l’espace de noms %1 : %2</translation>
    </message>
    <message>
        <source>the list of %1 holds items that are not objects</source>
        <translation>la liste de %1 contient des éléments qui ne sont pas des objets</translation>
    </message>
    <message>
        <source>the server does not serve %1: %2</source>
        <translation>le serveur ne sert pas %1 : %2</translation>
    </message>
</context>
<context>
    <name>KubectlPlugin</name>
    <message>
        <source>kubectl cstor: OpenEBS cStor pools, volume replicas and volumes, and moves of replicas between them (cStor Console).

Usage: kubectl cstor VERB [ARGUMENTS] [options]

</source>
        <translation>kubectl cstor : pools cStor d’OpenEBS, réplicas de volume et volumes, et déplacement de réplicas entre eux (cStor Console).

Usage : kubectl cstor VERBE [ARGUMENTS] [options]

</translation>
    </message>
    <message>
        <source>
The window: cstor-console. Exit codes: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>
La fenêtre : cstor-console. Codes de sortie : 0 fait, 1 refusé ou échoué, 2 erreur d’usage.
</translation>
    </message>
    <message>
        <source>error: a verb is missing: %1.</source>
        <translation>erreur : il manque un verbe : %1.</translation>
    </message>
    <message>
        <source>error: unknown verb &quot;%1&quot;: use one of %2.</source>
        <translation>erreur : verbe « %1 » inconnu : utilisez l’un de %2.</translation>
    </message>
    <message>
        <source>See &quot;kubectl cstor --help&quot;.</source>
        <translation>Voir « kubectl cstor --help ».</translation>
    </message>
</context>
<context>
    <name>LostNodeDrain</name>
    <message>
        <source>new replica on %1 (%2)</source>
        <translation>nouveau réplica sur %1 (%2)</translation>
    </message>
    <message>
        <source>WAIT</source>
        <translation>ATTENDRE</translation>
    </message>
    <message>
        <source>NO ROOM</source>
        <translation>PAS DE PLACE</translation>
    </message>
    <message>
        <source>NO QUORUM</source>
        <translation>PAS DE QUORUM</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>PERDU</translation>
    </message>
    <message>
        <source>Node %1 is lost: %2. Its replicas cannot be moved off, only replaced from the Healthy replicas on other nodes.
</source>
        <translation>Le nœud %1 est perdu : %2. Ses réplicas ne peuvent pas être déplacés, seulement remplacés à partir des réplicas Healthy des autres nœuds.
</translation>
    </message>
    <message>
        <source>a new replica on %1 fails its checks: %2</source>
        <translation>un nouveau réplica sur %1 échoue à ses vérifications : %2</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUME</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>REPLICA ON</source>
        <translation>RÉPLICA SUR</translation>
    </message>
    <message>
        <source>HEALTHY ELSEWHERE</source>
        <translation>HEALTHY AILLEURS</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No volume counts on a replica there.
</source>
        <translation>Aucun volume ne compte sur un réplica là-bas.
</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) cannot be brought back here:</source>
        <translation>
            <numerusform>%n volume ne peut pas être rétabli ici :</numerusform>
            <numerusform>%n volumes ne peuvent pas être rétablis ici :</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume uses the pools of %1 any more. If the node is gone for good (if it comes back, its pools still hold these datasets), remove the dead pool by hand:</source>
        <translation>Plus aucun volume n’utilise les pools de %1. Si le nœud est parti pour de bon (s’il revient, ses pools contiennent encore ces datasets), retirez le pool mort à la main :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>error: node %1 is not recovered: %n volume(s) still count on a replica there: %2</source>
        <translation>
            <numerusform>erreur : le nœud %1 n’est pas récupéré : %n volume compte encore sur un réplica là-bas : %2</numerusform>
            <numerusform>erreur : le nœud %1 n’est pas récupéré : %n volumes comptent encore sur un réplica là-bas : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nœud %1</translation>
    </message>
</context>
<context>
    <name>MigrateVerb</name>
    <message>
        <source>Moves one replica of a cStor volume to another pool: adds the target pool to the volume, waits until the new replica and the volume are Healthy, then removes the source pool. Shows the plan first and asks unless --yes is given. It always waits until the move has ended (--wait is accepted and changes nothing); Ctrl-C before the old replica is removed rolls the move back. Moves left unfinished in the journal are resumed first.
Exit codes: 0 moved (or nothing to change in a dry run), 1 refused or failed, 2 usage error.</source>
        <translation>Déplace un réplica d’un volume cStor vers un autre pool : ajoute le pool cible au volume, attend que le nouveau réplica et le volume soient Healthy, puis retire le pool source. Affiche d’abord le plan et demande confirmation sauf si --yes est donné. Attend toujours la fin du déplacement (--wait est accepté et ne change rien) ; Ctrl-C avant le retrait de l’ancien réplica annule le déplacement. Les déplacements inachevés du journal sont repris d’abord.
Codes de sortie : 0 déplacé (ou rien à changer en essai à blanc), 1 refusé ou échec, 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Le verbe.</translation>
    </message>
    <message>
        <source>The volume (PV name, the name of its CStorVolumeConfig).</source>
        <translation>Le volume (nom du PV, nom de sa CStorVolumeConfig).</translation>
    </message>
    <message>
        <source>The pool (CStorPoolInstance) holding the replica to move, or its node.</source>
        <translation>Le pool (CStorPoolInstance) qui contient le réplica à déplacer, ou son nœud.</translation>
    </message>
    <message>
        <source>POOL|NODE</source>
        <translation>POOL|NŒUD</translation>
    </message>
    <message>
        <source>The target pool, or a node (its pool of the volume&apos;s pool cluster with the most free space).</source>
        <translation>Le pool cible, ou un nœud (son pool du pool cluster du volume ayant le plus d’espace libre).</translation>
    </message>
    <message>
        <source>Show the plan and ask the server to dry-run the change; change nothing.</source>
        <translation>Afficher le plan et demander au serveur un essai à blanc du changement ; ne rien changer.</translation>
    </message>
    <message>
        <source>Do not ask before moving.</source>
        <translation>Ne pas demander avant de déplacer.</translation>
    </message>
    <message>
        <source>Wait until the move has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>Attendre la fin du déplacement (toujours le cas ; pour les scripts écrits pour des outils de type kubectl).</translation>
    </message>
    <message>
        <source>The volume to migrate is missing: migrate VOLUME --from POOL|NODE --to POOL|NODE</source>
        <translation>Le volume à migrer manque : migrate VOLUME --from POOL|NODE --to POOL|NODE</translation>
    </message>
    <message>
        <source>Both --from POOL|NODE and --to POOL|NODE are needed.</source>
        <translation>--from POOL|NODE et --to POOL|NODE sont tous deux nécessaires.</translation>
    </message>
    <message>
        <source>The move of %1 from %2 to %3 was already under way and is now done.
</source>
        <translation>Le déplacement de %1 de %2 vers %3 était déjà en cours et est maintenant terminé.
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Move a replica of %1
  from pool %2 on node %3
  to pool %4 on node %5
Steps: add the target pool (a new replica rebuilds from its peers), wait until the new replica and the volume are Healthy, remove the source pool (the old replica is deleted).

</source>
        <translation>Déplacer un réplica de %1
  du pool %2 sur le nœud %3
  vers le pool %4 sur le nœud %5
Étapes : ajouter le pool cible (un nouveau réplica se reconstruit à partir de ses pairs), attendre que le nouveau réplica et le volume soient Healthy, retirer le pool source (l’ancien réplica est supprimé).

</translation>
    </message>
    <message>
        <source>error: refusing to move the replica: %1</source>
        <translation>erreur : refus de déplacer le réplica : %1</translation>
    </message>
    <message>
        <source>Moved the replica of %1 from %2 to %3.
</source>
        <translation>Réplica de %1 déplacé de %2 vers %3.
</translation>
    </message>
</context>
<context>
    <name>Migration::ClaimKeeper</name>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>Migration::EvacuationPlanner</name>
    <message>
        <source>node %1</source>
        <translation>nœud %1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>pool %1</translation>
    </message>
    <message>
        <source>removing it from %1 would destroy the replicas of %2 there; move or delete those clones first</source>
        <translation>le retirer de %1 détruirait les réplicas de %2 qui s’y trouvent ; déplacez ou supprimez d’abord ces clones</translation>
    </message>
    <message>
        <source>the volume&apos;s objects cannot all be read: %1</source>
        <translation>les objets du volume ne peuvent pas tous être lus : %1</translation>
    </message>
</context>
<context>
    <name>Migration::JsonLinesFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Migration::MaintenanceWindow</name>
    <message>
        <source>&quot;%1&quot; is not a window of the day: write HH:MM-HH:MM, e.g. 22:00-06:00</source>
        <translation>« %1 » n’est pas une plage horaire de la journée : écrivez HH:MM-HH:MM, par ex. 22:00-06:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a time that does not exist</source>
        <translation>« %1 » désigne une heure qui n’existe pas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens and closes at the same minute; leave the window out to start moves at any time</source>
        <translation>« %1 » s’ouvre et se ferme à la même minute ; omettez la fenêtre pour démarrer les déplacements à tout moment</translation>
    </message>
</context>
<context>
    <name>Migration::MigrationEngine</name>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>accepted by the server</source>
        <translation>accepté par le serveur</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <source>no migration %1</source>
        <translation>aucune migration %1</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>annulée avant de commencer</translation>
    </message>
    <message>
        <source>the old replica is already being removed; the move can only finish</source>
        <translation>l’ancien réplica est déjà en cours de retrait ; le déplacement ne peut que se terminer</translation>
    </message>
    <message>
        <source>the migration has already ended</source>
        <translation>la migration est déjà terminée</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>reprise</translation>
    </message>
    <message>
        <source>queued: waiting for a free slot</source>
        <translation>en file d’attente : attente d’un créneau libre</translation>
    </message>
    <message>
        <source>waiting for the cluster view to show the new pool</source>
        <translation>attente que la vue du cluster montre le nouveau pool</translation>
    </message>
    <message>
        <source>the volume %1 disappeared from the cluster</source>
        <translation>le volume %1 a disparu du cluster</translation>
    </message>
    <message>
        <source>someone else removed %1 from the volume&apos;s pools; the source replica on %2 was kept</source>
        <translation>quelqu’un d’autre a retiré %1 des pools du volume ; le réplica source sur %2 a été conservé</translation>
    </message>
    <message>
        <source>someone else removed %1 from the volume&apos;s pools before the console did</source>
        <translation>quelqu’un d’autre a retiré %1 des pools du volume avant la console</translation>
    </message>
    <message>
        <source>rebuilding (stalled)</source>
        <translation>reconstruction (bloquée)</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>reconstruction</translation>
    </message>
    <message>
        <source>waiting for the volume to settle</source>
        <translation>attente de la stabilisation du volume</translation>
    </message>
    <message>
        <source>removing the old replica</source>
        <translation>retrait de l’ancien réplica</translation>
    </message>
    <message>
        <source>adding the target pool</source>
        <translation>ajout du pool cible</translation>
    </message>
    <message>
        <source>cstor-console: adding pool %1 to move the replica on %2</source>
        <translation>cstor-console : ajout du pool %1 pour déplacer le réplica de %2</translation>
    </message>
    <message>
        <source>cannot read the volume&apos;s CStorVolumeConfig: %1</source>
        <translation>impossible de lire la CStorVolumeConfig du volume : %1</translation>
    </message>
    <message>
        <source>adding the target pool was refused: %1</source>
        <translation>l’ajout du pool cible a été refusé : %1</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>attente : %1</translation>
    </message>
    <message>
        <source>cstor-console: replica on %1 is Healthy; removing pool %2</source>
        <translation>cstor-console : le réplica sur %1 est Healthy ; retrait du pool %2</translation>
    </message>
    <message>
        <source>removing the old replica was refused: %1; both replicas were kept</source>
        <translation>le retrait de l’ancien réplica a été refusé : %1 ; les deux réplicas ont été conservés</translation>
    </message>
    <message>
        <source>cancelled: removing the new replica on %1</source>
        <translation>annulé : retrait du nouveau réplica sur %1</translation>
    </message>
    <message>
        <source>rolling back: removing the new replica</source>
        <translation>annulation : retrait du nouveau réplica</translation>
    </message>
    <message>
        <source>cancelled; the new replica was removed and the source kept</source>
        <translation>annulé ; le nouveau réplica a été retiré et la source conservée</translation>
    </message>
    <message>
        <source>cancelled; the source was kept and the new replica on %1 is being deleted (it goes once its pool manager confirms)</source>
        <translation>annulé ; la source a été conservée et le nouveau réplica sur %1 est en cours de suppression (il disparaît dès que son gestionnaire de pool le confirme)</translation>
    </message>
    <message>
        <source>rolling back: waiting for the scale-up to settle</source>
        <translation>annulation : attente de la stabilisation de l’augmentation</translation>
    </message>
    <message>
        <source>rolling back: %1</source>
        <translation>annulation : %1</translation>
    </message>
    <message>
        <source>the volume changed meanwhile; reading it again</source>
        <translation>le volume a changé entre-temps ; nouvelle lecture</translation>
    </message>
    <message>
        <source>cstor-console: moving the replica from %1 to %2 ended %3</source>
        <translation>cstor-console : le déplacement du réplica de %1 vers %2 s’est terminé %3</translation>
    </message>
    <message>
        <source>waiting: the new replica on %1 is %2; the old replica stays until it is Healthy again</source>
        <translation>en attente : le nouveau replica sur %1 est %2 ; l’ancien replica reste jusqu’à ce qu’il soit de nouveau Healthy</translation>
    </message>
    <message>
        <source>%1; but the volume target refused to lower its replica count and reports FailUpdate every 30 s until its pod restarts: restart the target pod of %2 at a quiet moment</source>
        <translation>%1 ; mais la cible du volume a refusé de réduire son nombre de réplicas et signale FailUpdate toutes les 30 s jusqu’au redémarrage de son pod : redémarrez le pod cible de %2 à un moment calme</translation>
    </message>
    <message>
        <source>rolling back: waiting for the volume target to take the lower replica count</source>
        <translation>annulation : attente que la cible du volume adopte le nombre de réplicas réduit</translation>
    </message>
    <message>
        <source>the old replica on %1 stays Terminating while its node %2 is lost</source>
        <translation>l’ancien réplica sur %1 reste Terminating tant que son nœud %2 est perdu</translation>
    </message>
    <message>
        <source>%1 to place %2</source>
        <translation>%1 en position %2</translation>
    </message>
    <message numerus="yes">
        <source>the console restarted with %n move(s) waiting; resume the queue to go on</source>
        <translation>
            <numerusform>la console a redémarré avec %n déplacement en attente ; reprenez la file d’attente pour continuer</numerusform>
            <numerusform>la console a redémarré avec %n déplacements en attente ; reprenez la file d’attente pour continuer</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the volume to settle after another console&apos;s move</source>
        <translation>attente que le volume se stabilise après le déplacement d’une autre console</translation>
    </message>
    <message>
        <source>the replica is no longer on %1: another console moved it meanwhile</source>
        <translation>le réplica n’est plus sur %1 : une autre console l’a déplacé entre-temps</translation>
    </message>
    <message>
        <source>%1 no longer fits (%2); moving to %3 instead</source>
        <translation>%1 ne convient plus (%2) ; déplacement vers %3 à la place</translation>
    </message>
    <message>
        <source>another console finished this move</source>
        <translation>une autre console a terminé ce déplacement</translation>
    </message>
    <message>
        <source>waiting: cannot claim the volume: %1</source>
        <translation>en attente : impossible de réserver le volume : %1</translation>
    </message>
    <message>
        <source>taken over by another console, which finishes it: %1</source>
        <translation>repris par une autre console, qui le termine : %1</translation>
    </message>
    <message>
        <source>no volume %1</source>
        <translation>aucun volume %1</translation>
    </message>
    <message>
        <source>the move of %1 changed meanwhile; look again</source>
        <translation>le déplacement de %1 a changé entre-temps ; regardez à nouveau</translation>
    </message>
    <message>
        <source>this console already runs the move of %1</source>
        <translation>cette console exécute déjà le déplacement de %1</translation>
    </message>
    <message>
        <source>%1 no longer lists %2: the move is not under way</source>
        <translation>%1 ne liste plus %2 : le déplacement n’est pas en cours</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>repris</translation>
    </message>
    <message>
        <source>adopted from %1</source>
        <translation>repris de %1</translation>
    </message>
    <message>
        <source>waiting for the change of the volume&apos;s pools under way to finish</source>
        <translation>attend la fin du changement en cours des pools du volume</translation>
    </message>
    <message>
        <source>the replica is no longer on %1 and the volume lists %2 of its %3 pools</source>
        <translation>le réplica n’est plus sur %1 et le volume liste %2 de ses %3 pools</translation>
    </message>
    <message>
        <source>waiting: %1; reading the volume again</source>
        <translation>en attente : %1 ; relecture du volume</translation>
    </message>
    <message>
        <source>the CVC controller could not finish removing pool %1 (its replica was already gone): removed it from the CStorVolumeConfig&apos;s status</source>
        <translation>le contrôleur de CVC n&apos;a pas pu finir de retirer le pool %1 (sa réplique avait déjà disparu) : retiré du statut de la CStorVolumeConfig</translation>
    </message>
    <message>
        <source>cstor-console: the CVC controller could not finish removing pool %1 (its replica was already gone); removed it from status.poolInfo</source>
        <translation>cstor-console : le contrôleur de CVC n&apos;a pas pu finir de retirer le pool %1 (sa réplique avait déjà disparu) ; retiré de status.poolInfo</translation>
    </message>
    <message>
        <source>the old replica is gone, but the volume&apos;s CStorVolumeConfig still lists %1 in its status</source>
        <translation>l&apos;ancienne réplique a disparu, mais la CStorVolumeConfig du volume liste encore %1 dans son statut</translation>
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
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>a console on %1</source>
        <translation>une console sur %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>%1 moves the replica on %2 to %3 (%4)</source>
        <translation>%1 déplace le réplica de %2 vers %3 (%4)</translation>
    </message>
    <message>
        <source>%1, started %2 ago, last heard %3 ago</source>
        <translation>%1, commencé il y a %2, dernier signe il y a %3</translation>
    </message>
</context>
<context>
    <name>Migration::MoveResolver</name>
    <message>
        <source>no volume named %1 (no CStorVolumeConfig)</source>
        <translation>aucun volume nommé %1 (pas de CStorVolumeConfig)</translation>
    </message>
    <message>
        <source>%1 has no replica on a pool or node named %2</source>
        <translation>%1 n’a aucun réplica sur un pool ou un nœud nommé %2</translation>
    </message>
    <message>
        <source>no pool of %1 named %2 or on a node named %2</source>
        <translation>aucun pool de %1 nommé %2 ou sur un nœud nommé %2</translation>
    </message>
</context>
<context>
    <name>Migration::NameSuggestions</name>
    <message>
        <source>; did you mean %1?</source>
        <translation> ; vouliez-vous dire %1 ?</translation>
    </message>
</context>
<context>
    <name>Migration::NodeLossImpact</name>
    <message>
        <source>If %1 is lost now, no volume loses anything: it holds no replica.</source>
        <translation>Si %1 est perdu maintenant, aucun volume ne perd quoi que ce soit : il ne détient aucun réplica.</translation>
    </message>
    <message>
        <source>If %1 is lost now: %2 volume(s) lose a replica and keep serving, %3 lose quorum (Offline until it returns), %4 lose their only Healthy copy.</source>
        <translation>Si %1 est perdu maintenant : %2 volume(s) perdent un réplica et continuent de servir, %3 perdent le quorum (Offline jusqu’à son retour), %4 perdent leur seule copie Healthy.</translation>
    </message>
    <message>
        <source>loses its data</source>
        <translation>perd ses données</translation>
    </message>
    <message>
        <source>loses quorum</source>
        <translation>perd le quorum</translation>
    </message>
    <message>
        <source>loses a replica</source>
        <translation>perd un réplica</translation>
    </message>
    <message>
        <source>no Healthy replica on another node: its data would be gone with %1</source>
        <translation>aucun réplica Healthy sur un autre nœud : ses données disparaîtraient avec %1</translation>
    </message>
    <message>
        <source>%1 Healthy of %2 replica(s) left, %3 needed: Offline (no I/O, no rebuild) until %4 returns</source>
        <translation>%1 Healthy sur %2 réplica(s) restant(s), %3 nécessaire(s) : Offline (ni E/S ni reconstruction) jusqu’au retour de %4</translation>
    </message>
    <message>
        <source>%1 Healthy of %2 replica(s) left: Degraded, serving I/O</source>
        <translation>%1 Healthy sur %2 réplica(s) restant(s) : Degraded, sert les E/S</translation>
    </message>
    <message>
        <source>%1; once it is back, a replacement could rebuild on %2</source>
        <translation>%1 ; une fois le nœud revenu, un remplaçant pourrait se reconstruire sur %2</translation>
    </message>
    <message>
        <source>%1; a replacement could rebuild on %2</source>
        <translation>%1 ; un remplaçant pourrait se reconstruire sur %2</translation>
    </message>
    <message>
        <source>no pool can take a replacement</source>
        <translation>aucun pool ne peut accueillir de remplaçant</translation>
    </message>
    <message>
        <source>no replacement: %1</source>
        <translation>aucun remplaçant : %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
</context>
<context>
    <name>Migration::Placement</name>
    <message>
        <source>every other pool of %1 is on a node that holds a replica of %2</source>
        <translation>tous les autres pools de %1 sont sur un nœud qui contient un réplica de %2</translation>
    </message>
    <message>
        <source>no pool of %1 on another node is ONLINE, writable and on a live node</source>
        <translation>aucun pool de %1 sur un autre nœud n’est ONLINE, inscriptible et sur un nœud vivant</translation>
    </message>
    <message>
        <source>%1 is a clone of %2: only a pool holding a replica of %2 can take it, and none is free on another node</source>
        <translation>%1 est un clone de %2 : seul un pool contenant un réplica de %2 peut le recevoir, et aucun n’est libre sur un autre nœud</translation>
    </message>
    <message>
        <source>every pool left holds a volume with the same %1 label (%2)</source>
        <translation>chaque pool restant contient un volume portant le même label %1 (%2)</translation>
    </message>
    <message>
        <source>below %1 %</source>
        <translation>sous %1 %</translation>
    </message>
    <message>
        <source>below its read-only threshold</source>
        <translation>sous son seuil de lecture seule</translation>
    </message>
    <message>
        <source>no pool on another node of %1 has %2 free %3</source>
        <translation>aucun pool de %1 sur un autre nœud n’a %2 de libre %3</translation>
    </message>
    <message>
        <source>no pool of %1 may take it</source>
        <translation>aucun pool de %1 ne peut le recevoir</translation>
    </message>
    <message>
        <source>%1 has no pool outside the ones being emptied and those on cordoned nodes</source>
        <translation>%1 n’a aucun pool hors de ceux en cours de vidage et de ceux sur des nœuds isolés</translation>
    </message>
</context>
<context>
    <name>Migration::PlanDuration</name>
    <message numerus="yes">
        <source>%1, measured over %n move(s) on this cluster</source>
        <translation>
            <numerusform>%1, mesuré sur %n déplacement dans ce cluster</numerusform>
            <numerusform>%1, mesuré sur %n déplacements dans ce cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, assumed: no move measured on this cluster yet</source>
        <translation>%1, supposé : aucun déplacement encore mesuré dans ce cluster</translation>
    </message>
    <message>
        <source>about %1 (%2)</source>
        <translation>environ %1 (%2)</translation>
    </message>
    <message>
        <source>%1 MiB/s per move</source>
        <translation>%1 Mio/s par déplacement</translation>
    </message>
</context>
<context>
    <name>Migration::Preflight</name>
    <message>
        <source>Volume exists</source>
        <translation>Le volume existe</translation>
    </message>
    <message>
        <source>CStorVolumeConfig %1 found</source>
        <translation>CStorVolumeConfig %1 trouvée</translation>
    </message>
    <message>
        <source>No CStorVolumeConfig named %1</source>
        <translation>Aucune CStorVolumeConfig nommée %1</translation>
    </message>
    <message>
        <source>Volume is Bound</source>
        <translation>Le volume est Bound</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>(no phase)</source>
        <translation>(pas de phase)</translation>
    </message>
    <message>
        <source>No other scaling in progress</source>
        <translation>Aucune autre mise à l’échelle en cours</translation>
    </message>
    <message>
        <source>spec lists %1 but status lists %2: wait until that change finishes</source>
        <translation>spec liste %1 mais status liste %2 : attendez la fin de ce changement</translation>
    </message>
    <message>
        <source>spec and status list the same pools</source>
        <translation>spec et status listent les mêmes pools</translation>
    </message>
    <message>
        <source>Source pool holds a replica</source>
        <translation>Le pool source contient un réplica</translation>
    </message>
    <message>
        <source>%1 holds a replica of %2</source>
        <translation>%1 contient un réplica de %2</translation>
    </message>
    <message>
        <source>%1 holds no replica of %2</source>
        <translation>%1 ne contient aucun réplica de %2</translation>
    </message>
    <message>
        <source>Target pool exists</source>
        <translation>Le pool cible existe</translation>
    </message>
    <message>
        <source>%1 on node %2</source>
        <translation>%1 sur le nœud %2</translation>
    </message>
    <message>
        <source>There is no pool named %1: a missing pool leaves the volume stuck in scaling</source>
        <translation>Il n’y a pas de pool nommé %1 : un pool manquant laisse le volume bloqué en mise à l’échelle</translation>
    </message>
    <message>
        <source>Target pool is in the volume&apos;s pool cluster</source>
        <translation>Le pool cible est dans le pool cluster du volume</translation>
    </message>
    <message>
        <source>both in %1</source>
        <translation>tous deux dans %1</translation>
    </message>
    <message>
        <source>%1 belongs to %2, the volume to %3</source>
        <translation>%1 appartient à %2, le volume à %3</translation>
    </message>
    <message>
        <source>Target pool is ONLINE</source>
        <translation>Le pool cible est ONLINE</translation>
    </message>
    <message>
        <source>Target pool is writable</source>
        <translation>Le pool cible est accessible en écriture</translation>
    </message>
    <message>
        <source>%1 is read-only (pool full)</source>
        <translation>%1 est en lecture seule (pool plein)</translation>
    </message>
    <message>
        <source>%1 is not read-only</source>
        <translation>%1 n’est pas en lecture seule</translation>
    </message>
    <message>
        <source>Target node holds no replica of the volume</source>
        <translation>Le nœud cible ne contient aucun réplica du volume</translation>
    </message>
    <message>
        <source>node %1 has none</source>
        <translation>le nœud %1 n’en a aucun</translation>
    </message>
    <message>
        <source>node %1 already holds a replica of %2 on %3</source>
        <translation>le nœud %1 contient déjà un réplica de %2 sur %3</translation>
    </message>
    <message>
        <source>Target pool has room for the replica</source>
        <translation>Le pool cible a la place pour le réplica</translation>
    </message>
    <message>
        <source>needs %1, %2 free</source>
        <translation>il faut %1, %2 libres</translation>
    </message>
    <message>
        <source>Target pool stays below its read-only threshold</source>
        <translation>Le pool cible reste sous son seuil de lecture seule</translation>
    </message>
    <message>
        <source>%1% used after the move, read-only at %2%</source>
        <translation>%1 % utilisé après le déplacement, lecture seule à %2 %</translation>
    </message>
    <message>
        <source>Volume is Healthy</source>
        <translation>Le volume est Healthy</translation>
    </message>
    <message>
        <source>%1 is %2; the old replica is removed only once it is Healthy</source>
        <translation>%1 est %2 ; l’ancien réplica n’est retiré qu’une fois Healthy</translation>
    </message>
    <message>
        <source>no CStorVolume %1 seen yet</source>
        <translation>aucun CStorVolume %1 vu pour l’instant</translation>
    </message>
    <message>
        <source>You may change the volume&apos;s placement</source>
        <translation>Vous pouvez modifier le placement du volume</translation>
    </message>
    <message>
        <source>allowed to patch cstorvolumeconfigs</source>
        <translation>autorisé à modifier (patch) les cstorvolumeconfigs</translation>
    </message>
    <message>
        <source>your user may not patch cstorvolumeconfigs</source>
        <translation>votre utilisateur ne peut pas modifier (patch) les cstorvolumeconfigs</translation>
    </message>
    <message>
        <source>spec and status pool lists differ</source>
        <translation>les listes de pools de spec et status diffèrent</translation>
    </message>
    <message>
        <source>New replica is Healthy</source>
        <translation>Le nouveau réplica est Healthy</translation>
    </message>
    <message>
        <source>no replica of %1 on %2 yet</source>
        <translation>pas encore de réplica de %1 sur %2</translation>
    </message>
    <message>
        <source>no CStorVolume %1 seen</source>
        <translation>aucun CStorVolume %1 vu</translation>
    </message>
    <message>
        <source>The volume target counts the new replica</source>
        <translation>La cible du volume compte le nouveau réplica</translation>
    </message>
    <message>
        <source>replicationFactor %1, desired %2</source>
        <translation>replicationFactor %1, souhaité %2</translation>
    </message>
    <message>
        <source>Every remaining replica is Healthy</source>
        <translation>Chaque réplica restant est Healthy</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy replica(s) remain</source>
        <translation>
            <numerusform>%n réplica sain reste</numerusform>
            <numerusform>%n réplicas sains restent</numerusform>
        </translation>
    </message>
    <message>
        <source>not Healthy: %1</source>
        <translation>pas Healthy : %1</translation>
    </message>
    <message>
        <source>A healthy replica remains</source>
        <translation>Un réplica sain reste</translation>
    </message>
    <message>
        <source>removing %1 would leave no healthy replica of %2</source>
        <translation>retirer %1 ne laisserait aucun réplica sain de %2</translation>
    </message>
    <message>
        <source>%1 (clone of %2 from snapshot %3)</source>
        <translation>%1 (clone de %2 depuis l’instantané %3)</translation>
    </message>
    <message>
        <source>No clone of the volume would lose its replica on the source pool</source>
        <translation>Aucun clone du volume ne perdrait son réplica sur le pool source</translation>
    </message>
    <message>
        <source>no clone of %1 has a replica on %2</source>
        <translation>aucun clone de %1 n’a de réplica sur %2</translation>
    </message>
    <message>
        <source>removing %1 from %2 destroys its snapshots with the replicas on %2 of: %3</source>
        <translation>retirer %1 de %2 détruit ses instantanés ainsi que les réplicas sur %2 de : %3</translation>
    </message>
    <message>
        <source>A Healthy replica to copy from</source>
        <translation>Un réplica Healthy d’où copier</translation>
    </message>
    <message numerus="yes">
        <source>%n Healthy replica(s) of %1 to rebuild the new one from</source>
        <translation>
            <numerusform>%n réplica Healthy de %1 pour reconstruire le nouveau</numerusform>
            <numerusform>%n réplicas Healthy de %1 pour reconstruire le nouveau</numerusform>
        </translation>
    </message>
    <message>
        <source>no replica of %1 is Healthy as its target counts them: a new replica has nothing to copy from and the volume&apos;s data may be lost (see cstor-console doctor)</source>
        <translation>aucun réplica de %1 n’est Healthy selon le décompte de sa cible : un nouveau réplica n’aurait rien d’où copier et les données du volume sont peut-être perdues (voir cstor-console doctor)</translation>
    </message>
    <message>
        <source>No other move of this volume</source>
        <translation>Aucun autre déplacement de ce volume</translation>
    </message>
    <message>
        <source>no console has claimed %1 for a move</source>
        <translation>aucune console n’a réservé %1 pour un déplacement</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Every object of the volume can be read</source>
        <translation>Chaque objet du volume peut être lu</translation>
    </message>
    <message>
        <source>the CStorVolumeConfig, CStorVolume and replicas of %1 seen so far all decode</source>
        <translation>la CStorVolumeConfig, le CStorVolume et les réplicas de %1 vus jusqu’ici se décodent tous</translation>
    </message>
    <message>
        <source>not read: %1. Without it the checks cannot tell where the volume&apos;s replicas are or whether they are Healthy; fix the object (kubectl edit) and try again</source>
        <translation>non lu : %1. Sans lui, les vérifications ne peuvent pas dire où sont les réplicas du volume ni s’ils sont Healthy ; corrigez l’objet (kubectl edit) et réessayez</translation>
    </message>
</context>
<context>
    <name>Migration::QueueProgress</name>
    <message numerus="yes">
        <source>%1 of %n move(s) done, %2 running, %3 waiting, %4 failed</source>
        <translation>
            <numerusform>terminé : %1 sur %n déplacement, %2 en cours, %3 en attente, %4 en échec</numerusform>
            <numerusform>terminés : %1 sur %n déplacements, %2 en cours, %3 en attente, %4 en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 copied</source>
        <translation>%1 sur %2 copiés</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>encore environ %1</translation>
    </message>
</context>
<context>
    <name>Migration::QueueSettings</name>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>en pause : %1</translation>
    </message>
    <message>
        <source>waiting for the maintenance window %1 (opens %2)</source>
        <translation>en attente de la fenêtre de maintenance %1 (ouverture %2)</translation>
    </message>
</context>
<context>
    <name>Migration::RebalancePlanner</name>
    <message>
        <source>its node %1 is lost</source>
        <translation>son nœud %1 est perdu</translation>
    </message>
    <message>
        <source>it fails to import</source>
        <translation>son import échoue</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>il est %1</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>il est en lecture seule</translation>
    </message>
    <message>
        <source>it reports no capacity</source>
        <translation>il ne signale aucune capacité</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is left out as %3; its %n replica(s) stay</source>
        <translation>
            <numerusform>%1 : %2 est laissé de côté car %3 ; son %n réplica reste</numerusform>
            <numerusform>%1 : %2 est laissé de côté car %3 ; ses %n réplicas restent</numerusform>
        </translation>
    </message>
    <message>
        <source>no replica of %1 is Healthy to copy from</source>
        <translation>aucun réplica de %1 n’est Healthy pour servir de source à la copie</translation>
    </message>
    <message>
        <source>removing it from %1 would destroy the replicas of %2 there</source>
        <translation>le retirer de %1 détruirait les réplicas de %2 qui s’y trouvent</translation>
    </message>
    <message>
        <source>no pool of %1 may take it</source>
        <translation>aucun pool de %1 ne peut le recevoir</translation>
    </message>
    <message>
        <source>the emptiest pool it may go to, %1, would reach %2 %, no less than the %3 % left on %4</source>
        <translation>le pool le plus vide où il peut aller, %1, atteindrait %2 %, pas moins que les %3 % restant sur %4</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %) holds no replica left to move</source>
        <translation>%1 : %2 (%3 %) ne contient plus aucun réplica à déplacer</translation>
    </message>
    <message>
        <source>%1: no replica of %2 (%3 %) can move to a pool that stays below it; %4</source>
        <translation>%1 : aucun réplica de %2 (%3 %) ne peut aller vers un pool qui reste en dessous ; %4</translation>
    </message>
    <message>
        <source>the cluster has no pool</source>
        <translation>le cluster n’a aucun pool</translation>
    </message>
    <message>
        <source>no pool belongs to pool cluster %1</source>
        <translation>aucun pool n’appartient au pool cluster %1</translation>
    </message>
    <message>
        <source>the volume&apos;s objects cannot all be read: %1</source>
        <translation>les objets du volume ne peuvent pas tous être lus : %1</translation>
    </message>
</context>
<context>
    <name>Migration::ReplicaHealth</name>
    <message>
        <source>being deleted</source>
        <translation>en cours de suppression</translation>
    </message>
    <message>
        <source>no phase yet</source>
        <translation>pas encore de phase</translation>
    </message>
    <message>
        <source>node %1 is lost</source>
        <translation>le nœud %1 est perdu</translation>
    </message>
    <message>
        <source>the volume target does not list it</source>
        <translation>la cible du volume ne le liste pas</translation>
    </message>
    <message>
        <source>the volume target reports it %1</source>
        <translation>la cible du volume le signale %1</translation>
    </message>
    <message>
        <source>the volume target counts no replica Healthy</source>
        <translation>la cible du volume ne compte aucun réplica Healthy</translation>
    </message>
</context>
<context>
    <name>MigrationSession</name>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>cannot watch the cStor resources of namespace &quot;%1&quot;: %2</source>
        <translation>impossible de surveiller les ressources cStor de l’espace de noms « %1 » : %2</translation>
    </message>
    <message>
        <source>the cluster of context &quot;%1&quot; (%2) did not answer within %3 s%4</source>
        <translation>le cluster du contexte « %1 » (%2) n’a pas répondu en %3 s%4</translation>
    </message>
    <message>
        <source>warning: cannot tell whether user &quot;%1&quot; may patch cstorvolumeconfigs (%2); the server decides</source>
        <translation>avertissement : impossible de savoir si l’utilisateur « %1 » peut modifier (patch) les cstorvolumeconfigs (%2) ; le serveur décidera</translation>
    </message>
    <message>
        <source>error: Forbidden: user &quot;%1&quot; (context &quot;%2&quot;) may not patch cstorvolumeconfigs in namespace &quot;%3&quot;, so no replica can be moved</source>
        <translation>erreur : Forbidden : l’utilisateur « %1 » (contexte « %2 ») ne peut pas modifier (patch) les cstorvolumeconfigs de l’espace de noms « %3 », aucun réplica ne peut donc être déplacé</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for patch rights on cstorvolumeconfigs.cstor.openebs.io or choose another context with --context.</source>
        <translation>Demandez à un administrateur du cluster le droit patch sur cstorvolumeconfigs.cstor.openebs.io ou choisissez un autre contexte avec --context.</translation>
    </message>
    <message numerus="yes">
        <source>Note: the journal holds %n unfinished migration(s); the next migrate or drain resumes them first:</source>
        <translation>
            <numerusform>Remarque : le journal contient %n migration inachevée ; le prochain migrate ou drain la reprend d’abord :</numerusform>
            <numerusform>Remarque : le journal contient %n migrations inachevées ; le prochain migrate ou drain les reprend d’abord :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n unfinished migration(s) from the journal first:</source>
        <translation>
            <numerusform>Reprise d’abord de %n migration inachevée du journal :</numerusform>
            <numerusform>Reprise d’abord de %n migrations inachevées du journal :</numerusform>
        </translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>VÉRIFICATION</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation>CONSTAT</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>POOL</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NŒUD</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>CAPACITÉ</translation>
    </message>
    <message>
        <source>USED BEFORE</source>
        <translation>UTILISÉ AVANT</translation>
    </message>
    <message>
        <source>USED AFTER</source>
        <translation>UTILISÉ APRÈS</translation>
    </message>
    <message>
        <source>READ-ONLY AT</source>
        <translation>LECTURE SEULE À</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>REMARQUE</translation>
    </message>
    <message>
        <source>crosses its read-only threshold</source>
        <translation>franchit son seuil de lecture seule</translation>
    </message>
    <message>
        <source>stays above its read-only threshold</source>
        <translation>reste au-delà de son seuil de lecture seule</translation>
    </message>
    <message>
        <source>Server-side dry run of adding %1 to %2</source>
        <translation>Essai à blanc côté serveur de l’ajout de %1 à %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1 : refusé : %2</translation>
    </message>
    <message>
        <source>error: the input is not a terminal to ask on; pass --yes to go ahead without asking. Nothing was changed.</source>
        <translation>erreur : l’entrée n’est pas un terminal où demander ; passez --yes pour continuer sans demander. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Proceed? [y/N] </source>
        <translation>Continuer ? [o/N] </translation>
    </message>
    <message>
        <source>No answer; nothing was changed.</source>
        <translation>Pas de réponse ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1 : %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1 : terminé</translation>
    </message>
    <message>
        <source>%1: rolled back: %2</source>
        <translation>%1 : annulé : %2</translation>
    </message>
    <message>
        <source>%1: cancelled: %2</source>
        <translation>%1 : abandonné : %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1 : échec : %2</translation>
    </message>
    <message>
        <source>Interrupted: cancelling; a move whose new replica exists is rolled back (Ctrl-C again to leave it to the journal, the next migrate or drain resumes it).</source>
        <translation>Interrompu : annulation en cours ; un déplacement dont le nouveau réplica existe est annulé (Ctrl-C à nouveau pour le laisser au journal, le prochain migrate ou drain le reprend).</translation>
    </message>
    <message>
        <source>%1: cannot cancel: %2</source>
        <translation>%1 : annulation impossible : %2</translation>
    </message>
    <message>
        <source>, %1% copied</source>
        <translation>, %1 % copié</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, encore environ %1</translation>
    </message>
    <message>
        <source>%1: done; %2</source>
        <translation>%1 : fait ; %2</translation>
    </message>
    <message>
        <source>Queue paused: %1</source>
        <translation>File d’attente en pause : %1</translation>
    </message>
    <message>
        <source>Queue running</source>
        <translation>File d’attente en cours</translation>
    </message>
    <message numerus="yes">
        <source>error: the queue in the journal still holds %n move(s) waiting to start (%1); a new plan would run beside them. `cstor-console queue` lists them, `cstor-console queue resume` runs them, `cstor-console queue cancel --all` drops them. Nothing was changed.</source>
        <translation>
            <numerusform>erreur : la file d’attente du journal contient encore %n déplacement en attente de démarrage (%1) ; un nouveau plan s’exécuterait à côté. `cstor-console queue` le liste, `cstor-console queue resume` l’exécute, `cstor-console queue cancel --all` l’abandonne. Rien n’a été modifié.</numerusform>
            <numerusform>erreur : la file d’attente du journal contient encore %n déplacements en attente de démarrage (%1) ; un nouveau plan s’exécuterait à côté d’eux. `cstor-console queue` les liste, `cstor-console queue resume` les exécute, `cstor-console queue cancel --all` les abandonne. Rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>en pause : %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>The queue was paused (%1); these moves resume it.</source>
        <translation>La file d’attente était en pause (%1) ; ces déplacements la reprennent.</translation>
    </message>
    <message>
        <source>Interrupted: the queue is paused; the moves running now finish, the others stay in the journal (Ctrl-C again to leave the running ones to the journal too; `cstor-console queue resume` goes on).</source>
        <translation>Interrompu : la file d’attente est en pause ; les déplacements en cours se terminent, les autres restent dans le journal (Ctrl-C à nouveau pour laisser aussi ceux en cours au journal ; `cstor-console queue resume` continue).</translation>
    </message>
    <message>
        <source>interrupted by %1 (Ctrl-C)</source>
        <translation>interrompu par %1 (Ctrl-C)</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>plan : %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n object(s) of the cluster still could not be read when this command ended (named above); it went by what it could read</source>
        <translation>
            <numerusform>avertissement : %n objet du cluster ne pouvait toujours pas être lu à la fin de cette commande (nommé ci-dessus) ; elle s’en est tenue à ce qu’elle pouvait lire</numerusform>
            <numerusform>avertissement : %n objets du cluster ne pouvaient toujours pas être lus à la fin de cette commande (nommés ci-dessus) ; elle s’en est tenue à ce qu’elle pouvait lire</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;, which this command cannot see as it is: %3</source>
        <translation>avertissement : %1 « %2 » ignoré, cette commande ne peut pas le voir tel qu’il est : %3</translation>
    </message>
    <message>
        <source>warning: the plan leaves out when the pools go read-only: %1</source>
        <translation>avertissement : le plan ne dit pas quand les pools passent en lecture seule : %1</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>LECTURE SEULE</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Dry run: nothing was changed.
</source>
        <translation>Essai à blanc : rien n’a été modifié.
</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>Show the plan and ask the server to dry-run each change; change nothing.</source>
        <translation>Afficher le plan et demander au serveur un essai à blanc de chaque changement ; ne rien changer.</translation>
    </message>
    <message>
        <source>Do not ask before moving.</source>
        <translation>Ne pas demander avant de déplacer.</translation>
    </message>
    <message>
        <source>Wait until every move has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>Attendre la fin de chaque déplacement (toujours le cas ; pour les scripts écrits pour des outils de type kubectl).</translation>
    </message>
</context>
<context>
    <name>PlanRun</name>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUME</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>VERS</translation>
    </message>
    <message>
        <source>TO NODE</source>
        <translation>VERS NŒUD</translation>
    </message>
    <message>
        <source>CHECKS</source>
        <translation>VÉRIFICATIONS</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>ÉCHEC : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n replica(s) moved.
</source>
        <translation>
            <numerusform>%1 : %n réplica déplacé.
</numerusform>
            <numerusform>%1 : %n réplicas déplacés.
</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1: %2 of %3 move(s) did not finish:</source>
        <translation>erreur : %1 : %2 déplacements sur %3 ne se sont pas terminés :</translation>
    </message>
    <message>
        <source>Paused: %1 of %2 move(s) done, %3 failed; %4 left in the queue of the journal (`cstor-console queue` lists them). `cstor-console queue resume` runs them; `cstor-console queue cancel --all` drops them.</source>
        <translation>En pause : %1 déplacement(s) sur %2 terminé(s), %3 en échec ; %4 restent dans la file d’attente du journal (`cstor-console queue` les liste). `cstor-console queue resume` les exécute ; `cstor-console queue cancel --all` les abandonne.</translation>
    </message>
    <message>
        <source>Estimated duration: %1.
</source>
        <translation>Durée estimée : %1.
</translation>
    </message>
    <message>
        <source>waits: %1</source>
        <translation>attend : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) were left to another console, which moved those replicas first or took the moves over.
</source>
        <translation>
            <numerusform>%n déplacement a été laissé à une autre console, qui a déplacé ce réplica la première ou a repris le déplacement.
</numerusform>
            <numerusform>%n déplacements ont été laissés à une autre console, qui a déplacé ces réplicas la première ou a repris les déplacements.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueOptions</name>
    <message>
        <source>At most N rebuilds onto one pool at once (default 1).</source>
        <translation>Au plus N reconstructions simultanées vers un même pool (1 par défaut).</translation>
    </message>
    <message>
        <source>At most N moves off one node at once (default 1).</source>
        <translation>Au plus N déplacements simultanés depuis un même nœud (1 par défaut).</translation>
    </message>
    <message>
        <source>At most N moves at once in the cluster (default 4).</source>
        <translation>Au plus N déplacements simultanés dans le cluster (4 par défaut).</translation>
    </message>
    <message>
        <source>Start moves only between these times of day, local time (e.g. 22:00-06:00); running moves always finish. &quot;none&quot;: at any time (the default).</source>
        <translation>Ne démarrer les déplacements qu’entre ces heures de la journée, en heure locale (par ex. 22:00-06:00) ; les déplacements en cours se terminent toujours. &quot;none&quot; : à tout moment (par défaut).</translation>
    </message>
    <message>
        <source>error: --%1 takes a whole number of at least 1, not &quot;%2&quot;</source>
        <translation>erreur : --%1 attend un nombre entier supérieur ou égal à 1, pas « %2 »</translation>
    </message>
    <message>
        <source>error: --window: %1</source>
        <translation>erreur : --window : %1</translation>
    </message>
    <message>
        <source>At most %1 rebuild(s) onto one pool, %2 move(s) off one node and %3 in the cluster at once (--max-per-pool, --max-per-node, --max-total; cStor has no rebuild throttle, so these caps are the lever on the load).
</source>
        <translation>Au plus %1 reconstruction(s) simultanée(s) vers un même pool, %2 déplacement(s) depuis un même nœud et %3 dans le cluster (--max-per-pool, --max-per-node, --max-total ; cStor ne limite pas le débit des reconstructions, ces plafonds sont donc le levier sur la charge).
</translation>
    </message>
    <message>
        <source>Moves start only between %1 (--window); running moves always finish.
</source>
        <translation>Les déplacements ne démarrent que dans la plage %1 (--window) ; les déplacements en cours se terminent toujours.
</translation>
    </message>
</context>
<context>
    <name>QueueVerb</name>
    <message>
        <source>The verb.</source>
        <translation>Le verbe.</translation>
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
        <translation>La file d’attente des déplacements que le journal contient pour le contexte : les déplacements non terminés (ceux en cours, ceux en attente de démarrage), si la file d’attente est en pause et pourquoi, ses plafonds et sa fenêtre de maintenance. Un plan interrompu avec Ctrl-C, ou une console qui a redémarré, laisse ici ses déplacements en attente, en pause.
  queue [list]            ce que contient la file d’attente
  queue pause [--reason TEXT]
                          les déplacements en cours se terminent, ceux en attente ne démarrent pas
  queue resume            les déplacements en attente redémarrent ; ceux qu’aucune console vivante n’exécute sont exécutés ici, et le verbe attend leur fin
  queue cancel ID... | --all
                          les déplacements en attente sont abandonnés ; un déplacement en cours est annulé (son nouveau réplica retiré, l’ancien conservé) par la console qui l’exécute
  queue set [--max-per-pool N] [--max-per-node N] [--max-total N] [--window HH:MM-HH:MM|none]
  queue move ID POSITION  le déplacement en attente démarre en position POSITION (1 = premier)
Une console qui exécute les déplacements (la fenêtre ou un autre terminal) suit ces changements en moins d’une seconde.
Codes de sortie : 0 terminé, 1 refusé ou échec (ou les déplacements repris ne se sont pas tous terminés), 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>list, pause, resume, cancel, set or move.</source>
        <translation>list, pause, resume, cancel, set ou move.</translation>
    </message>
    <message>
        <source>cancel: every move of the queue.</source>
        <translation>cancel : tous les déplacements de la file d’attente.</translation>
    </message>
    <message>
        <source>pause: why, for the other operators.</source>
        <translation>pause : pourquoi, pour les autres opérateurs.</translation>
    </message>
    <message>
        <source>error: unknown queue action &quot;%1&quot;; one of: %2</source>
        <translation>erreur : action de file d’attente « %1 » inconnue ; l’une de : %2</translation>
    </message>
    <message>
        <source>error: the caps and --window are set with `queue set`</source>
        <translation>erreur : les plafonds et --window se règlent avec `queue set`</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>error: name the moves to cancel (IDs from `queue`), or --all</source>
        <translation>erreur : désignez les déplacements à annuler (ID donnés par `queue`), ou --all</translation>
    </message>
    <message>
        <source>error: queue set needs --max-per-pool, --max-per-node, --max-total or --window</source>
        <translation>erreur : queue set nécessite --max-per-pool, --max-per-node, --max-total ou --window</translation>
    </message>
    <message>
        <source>caps and window set by %1</source>
        <translation>plafonds et fenêtre réglés par %1</translation>
    </message>
    <message>
        <source>Queue set.
</source>
        <translation>File d’attente réglée.
</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>un opérateur</translation>
    </message>
    <message>
        <source>cstor-console pid %1</source>
        <translation>cstor-console pid %1</translation>
    </message>
    <message>
        <source>Paused: %1
</source>
        <translation>En pause : %1
</translation>
    </message>
    <message>
        <source>Running: waiting moves start as the caps allow.
</source>
        <translation>En cours : les déplacements en attente démarrent dès que les plafonds le permettent.
</translation>
    </message>
    <message>
        <source>The queue holds no move.
</source>
        <translation>La file d’attente ne contient aucun déplacement.
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
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>VERS</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>DEPUIS</translation>
    </message>
    <message>
        <source>RUN BY</source>
        <translation>EXÉCUTÉ PAR</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>- (resume runs it)</source>
        <translation>- (resume l’exécute)</translation>
    </message>
    <message>
        <source>by %1 with `cstor-console queue pause`</source>
        <translation>par %1 avec `cstor-console queue pause`</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>par %1 : %2</translation>
    </message>
    <message>
        <source>Paused the queue: %1 running move(s) finish, %2 waiting move(s) do not start until `cstor-console queue resume`.
</source>
        <translation>File d’attente mise en pause : %1 déplacement(s) en cours se terminent, %2 déplacement(s) en attente ne démarrent pas avant `cstor-console queue resume`.
</translation>
    </message>
    <message>
        <source>resumed by %1</source>
        <translation>reprise par %1</translation>
    </message>
    <message>
        <source>The queue runs; it holds no move.
</source>
        <translation>La file d’attente tourne ; elle ne contient aucun déplacement.
</translation>
    </message>
    <message>
        <source>The queue runs; %1 runs its moves and goes on.
</source>
        <translation>La file d’attente tourne ; %1 exécute ses déplacements et continue.
</translation>
    </message>
    <message numerus="yes">
        <source>Running %n move(s) of the queue.
</source>
        <translation>
            <numerusform>Exécution de %n déplacement de la file d’attente.
</numerusform>
            <numerusform>Exécution de %n déplacements de la file d’attente.
</numerusform>
        </translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>la file d’attente</translation>
    </message>
    <message>
        <source>cancelled by %1 before it started</source>
        <translation>annulé par %1 avant de commencer</translation>
    </message>
    <message>
        <source>cancel requested by %1</source>
        <translation>annulation demandée par %1</translation>
    </message>
    <message>
        <source>%1: cancelled
</source>
        <translation>%1 : annulé
</translation>
    </message>
    <message>
        <source>%1: %2 rolls it back (the new replica is removed, the old one kept) unless its old replica is already being removed
</source>
        <translation>%1 : %2 l’annule (le nouveau réplica est retiré, l’ancien conservé) sauf si son ancien réplica est déjà en cours de retrait
</translation>
    </message>
    <message>
        <source>%1: rolled back when the queue is resumed (`cstor-console queue resume`)
</source>
        <translation>%1 : annulé à la reprise de la file d’attente (`cstor-console queue resume`)
</translation>
    </message>
    <message>
        <source>error: the queue holds no move %1 (`cstor-console queue` lists them)</source>
        <translation>erreur : la file d’attente ne contient aucun déplacement %1 (`cstor-console queue` les liste)</translation>
    </message>
    <message>
        <source>error: queue move takes a move&apos;s ID and its new position (1 first)</source>
        <translation>erreur : queue move attend l’ID d’un déplacement et sa nouvelle position (1 = premier)</translation>
    </message>
    <message>
        <source>error: %1 is not a waiting move of the queue (`cstor-console queue` lists them)</source>
        <translation>erreur : %1 n’est pas un déplacement en attente de la file d’attente (`cstor-console queue` les liste)</translation>
    </message>
    <message>
        <source>%1 moved to place %2 by %3</source>
        <translation>%1 placé en position %2 par %3</translation>
    </message>
    <message>
        <source>%1 now starts as number %2 of %3 waiting move(s).
</source>
        <translation>%1 démarre désormais en position %2 sur %3 déplacement(s) en attente.
</translation>
    </message>
</context>
<context>
    <name>RebalanceVerb</name>
    <message>
        <source>The verb.</source>
        <translation>Le verbe.</translation>
    </message>
    <message>
        <source>Brings the used capacity of a pool cluster&apos;s pools (of each pool cluster, without --pool-cluster) within --max-spread percentage points of each other, moving few bytes: again and again a replica leaves the fullest pool for the pool that stays emptiest with it, replicas of volumes whose replicas are all Healthy and small ones first, no replica twice, under every rule of a single move. Only ONLINE, writable pools on live nodes count. Shows the plan with each pool&apos;s capacity before and after, and asks unless --yes is given; the moves then run as a queue within the caps, and the verb waits until every move has ended and the pools report their new capacity. A plan that cannot reach the spread is refused, naming the spread it would reach.
Exit codes: 0 within the spread (or nothing to change in a dry run), 1 refused, failed or not within the spread, 2 usage error.</source>
        <translation>Ramène la capacité utilisée des pools d’un pool cluster (de chaque pool cluster, sans --pool-cluster) à au plus --max-spread points de pourcentage d’écart les uns des autres, en déplaçant peu d’octets : encore et encore, un réplica quitte le pool le plus plein pour le pool qui reste le plus vide avec lui, d’abord les réplicas des volumes dont tous les réplicas sont Healthy et les petits, aucun réplica deux fois, sous toutes les règles d’un déplacement unique. Seuls comptent les pools ONLINE et inscriptibles sur des nœuds vivants. Affiche le plan avec la capacité de chaque pool avant et après, et demande confirmation sauf si --yes est donné ; les déplacements s’exécutent ensuite comme une file d’attente dans les plafonds, et le verbe attend la fin de chaque déplacement et que les pools signalent leur nouvelle capacité. Un plan qui ne peut pas atteindre l’écart est refusé, en indiquant l’écart qu’il atteindrait.
Codes de sortie : 0 dans l’écart (ou rien à changer en essai à blanc), 1 refusé, échec ou hors de l’écart, 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>The pool cluster (CStorPoolCluster) to rebalance; every one when not given.</source>
        <translation>Le pool cluster (CStorPoolCluster) à rééquilibrer ; tous s’il n’est pas donné.</translation>
    </message>
    <message>
        <source>The most percentage points of used capacity between the fullest and the emptiest pool (default 10).</source>
        <translation>Écart maximal, en points de pourcentage de capacité utilisée, entre le pool le plus plein et le plus vide (10 par défaut).</translation>
    </message>
    <message>
        <source>Unknown argument: %1 (name a pool cluster with --pool-cluster)</source>
        <translation>Argument inconnu : %1 (désignez un pool cluster avec --pool-cluster)</translation>
    </message>
    <message>
        <source>error: --max-spread takes a whole number of points from 1 to 100, not &quot;%1&quot;</source>
        <translation>erreur : --max-spread attend un nombre entier de points de 1 à 100, pas « %1 »</translation>
    </message>
    <message>
        <source>every pool cluster</source>
        <translation>tous les pool clusters</translation>
    </message>
    <message>
        <source>pool cluster %1</source>
        <translation>pool cluster %1</translation>
    </message>
    <message>
        <source>error: no cStor pool belongs to a pool cluster named %1 in namespace &quot;%2&quot;</source>
        <translation>erreur : aucun pool cStor n’appartient à un pool cluster nommé %1 dans l’espace de noms « %2 »</translation>
    </message>
    <message>
        <source>The pools of %1 are within %2 points already: nothing to move.
</source>
        <translation>%1 : les pools sont déjà à au plus %2 points d’écart : rien à déplacer.
</translation>
    </message>
    <message numerus="yes">
        <source>Rebalance %1: spread %2 -&gt; %3 points (at most %4): move %n replica(s), %5 to copy

</source>
        <translation>
            <numerusform>Rééquilibrer %1 : écart %2 -&gt; %3 points (au plus %4) : déplacer %n réplica, %5 à copier

</numerusform>
            <numerusform>Rééquilibrer %1 : écart %2 -&gt; %3 points (au plus %4) : déplacer %n réplicas, %5 à copier

</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:
</source>
        <translation>Remarques :
</translation>
    </message>
    <message>
        <source>error: refusing to rebalance %1: the best plan leaves a spread of %2 points, more than %3 (%4); nothing was changed. Run with --max-spread %2 to apply that plan.</source>
        <translation>erreur : refus de rééquilibrer %1 : le meilleur plan laisse un écart de %2 points, plus que %3 (%4) ; rien n’a été changé. Relancez avec --max-spread %2 pour appliquer ce plan.</translation>
    </message>
    <message>
        <source>error: refusing to rebalance %1: %2</source>
        <translation>erreur : refus de rééquilibrer %1 : %2</translation>
    </message>
    <message>
        <source>error: the pools of %1 report a spread of %2 points, more than %3</source>
        <translation>erreur : %1 : les pools signalent un écart de %2 points, plus que %3</translation>
    </message>
</context>
<context>
    <name>RecoverVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>Afficher seulement le plan ; ne rien changer.</translation>
    </message>
    <message>
        <source>Do not ask before recovering.</source>
        <translation>Ne pas demander avant la récupération.</translation>
    </message>
    <message>
        <source>Wait until the recovery has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>Attendre la fin de la récupération (toujours le cas ; pour les scripts écrits pour des outils de type kubectl).</translation>
    </message>
    <message>
        <source>The volume to recover is missing: recover VOLUME</source>
        <translation>Le volume à récupérer manque : recover VOLUME</translation>
    </message>
    <message>
        <source>error: no CStorVolumeConfig &quot;%1&quot; in namespace &quot;%2&quot;</source>
        <translation>erreur : aucune CStorVolumeConfig « %1 » dans l’espace de noms « %2 »</translation>
    </message>
    <message>
        <source>error: volume %1 needs a manual recovery; nothing was changed.</source>
        <translation>erreur : le volume %1 nécessite une récupération manuelle ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Le verbe.</translation>
    </message>
    <message>
        <source>The volume (PV name, the name of its CStorVolumeConfig).</source>
        <translation>Le volume (nom du PV, nom de sa CStorVolumeConfig).</translation>
    </message>
    <message>
        <source>remove pool %1 from the CVC (verified when its status lists the pools its spec lists)</source>
        <translation>retirer le pool %1 de la CVC (vérifié quand son status liste les pools que liste sa spec)</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>(aucun trouvé)</translation>
    </message>
    <message>
        <source>restart the target pod %1 (verified when the CV&apos;s DRF, RF and known replicas agree with the CVC)</source>
        <translation>redémarrer le pod cible %1 (vérifié quand le DRF, le RF et les réplicas connus du CV concordent avec la CVC)</translation>
    </message>
    <message>
        <source>Volume %1: nothing to do; it is at its replica count, all replicas Healthy on live nodes.
</source>
        <translation>Volume %1 : rien à faire ; il a son nombre de réplicas, tous Healthy sur des nœuds actifs.
</translation>
    </message>
    <message>
        <source>Volume %1:
</source>
        <translation>Volume %1 :
</translation>
    </message>
    <message>
        <source>Not automated: %1
</source>
        <translation>Non automatisé : %1
</translation>
    </message>
    <message>
        <source>Risk: %1
</source>
        <translation>Risque : %1
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>Ce que vous pouvez faire :
</translation>
    </message>
    <message>
        <source>Steps:
</source>
        <translation>Étapes :
</translation>
    </message>
    <message>
        <source>then, once the target refuses the lower replication factor, restart the target pod %1 (verified when the CV&apos;s DRF, RF and known replicas agree with the CVC)</source>
        <translation>ensuite, dès que la cible refuse le facteur de réplication plus bas, redémarrer le pod de la cible %1 (vérifié quand le DRF, le RF et les réplicas connus du CV concordent avec la CVC)</translation>
    </message>
    <message>
        <source>replace pool %1, which no CStorPoolInstance has, by %2 in the CVC (verified when its status lists %2; the new replica then rebuilds)</source>
        <translation>remplacer dans la CVC le pool %1, qu’aucune CStorPoolInstance ne porte, par %2 (vérifié quand son statut liste %2 ; le nouveau réplica se reconstruit ensuite)</translation>
    </message>
    <message>
        <source>Says what is wrong with one cStor volume and brings it back where that is automated: a pool whose new replica cannot finish (its pool or node is down) is removed from the volume, a pool name no pool has (a typo) is replaced by the closest usable pool of its pool cluster, a replica deleted by hand is created again with the replica id the target still knows, a target that refuses its lower replication factor is restarted. Each step is verified on a fresh read before the next. Shows the plan first and asks unless --yes is given. A scale-down whose new replica was lost is explained, not changed.
Exit codes: 0 nothing to do or recovered, 1 not recovered (a dry run with steps to take, a case to recover by hand, or a step that failed), 2 usage error.</source>
        <translation>Indique ce qui ne va pas avec un volume cStor et le rétablit là où c’est automatisé : un pool dont le nouveau réplica ne peut pas aboutir (son pool ou son nœud est arrêté) est retiré du volume, un nom de pool qu’aucun pool ne porte (une faute de frappe) est remplacé par le pool utilisable le plus proche de son cluster de pools, un réplica supprimé à la main est recréé avec l’identifiant de réplica que la cible connaît encore, une cible qui refuse son facteur de réplication réduit est redémarrée. Chaque étape est vérifiée sur une nouvelle lecture avant la suivante. Affiche d’abord le plan et demande confirmation sauf si --yes est donné. Une réduction dont le nouveau réplica a été perdu est expliquée, pas modifiée.
Codes de sortie : 0 rien à faire ou récupéré, 1 non récupéré (un essai à blanc avec des étapes à effectuer, un cas à récupérer à la main, ou une étape qui a échoué), 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>create the replica on pool %1 again, with the replica id %2 the target still knows (verified when it exists; it then rebuilds from the Healthy replicas)</source>
        <translation>recréer le réplica sur le pool %1, avec l’identifiant de réplica %2 que la cible connaît encore (vérifié quand il existe ; il se reconstruit ensuite à partir des réplicas Healthy)</translation>
    </message>
</context>
<context>
    <name>Recovery::DiskReplacementPlanner</name>
    <message>
        <source>move the replicas off node %1 once their volumes have Healthy replicas elsewhere: cstor-console drain %1</source>
        <translation>déplacer les réplicas du nœud %1 dès que leurs volumes ont des réplicas Healthy ailleurs : cstor-console drain %1</translation>
    </message>
    <message>
        <source>then remove the pool spec of node %1 from CStorPoolCluster %2 and add one with working disks</source>
        <translation>puis retirer la spécification de pool du nœud %1 du CStorPoolCluster %2 et en ajouter une avec des disques qui fonctionnent</translation>
    </message>
    <message>
        <source>no CStorPoolInstance &quot;%1&quot;</source>
        <translation>aucun CStorPoolInstance « %1 »</translation>
    </message>
    <message>
        <source>no disk of pool %1 has failed</source>
        <translation>aucun disque du pool %1 n’est défaillant</translation>
    </message>
    <message>
        <source>block device %1 is not a disk of pool %2 (its disks: %3)</source>
        <translation>le périphérique bloc %1 n’est pas un disque du pool %2 (ses disques : %3)</translation>
    </message>
    <message>
        <source>pool %1 is a %2 pool: upstream replaces disks only in mirror and raidz pools, and a stripe pool loses the data of a failed disk</source>
        <translation>le pool %1 est un pool %2 : upstream ne remplace des disques que dans les pools mirror et raidz, et un pool stripe perd les données d’un disque défaillant</translation>
    </message>
    <message>
        <source>disks %1 of the same raid group of pool %2 failed: the pool cannot serve its data, so no new disk can be resilvered from it</source>
        <translation>les disques %1 du même groupe RAID du pool %2 sont défaillants : le pool ne peut pas servir ses données, aucun nouveau disque ne peut donc être resynchronisé à partir de lui</translation>
    </message>
    <message>
        <source>block device %1 works while %2 of its raid group has failed: replacing it would leave the group without a working copy during the resilver; replace %2 first</source>
        <translation>le périphérique bloc %1 fonctionne alors que %2 de son groupe RAID est défaillant : le remplacer laisserait le groupe sans copie valide pendant la resynchronisation ; remplacez d’abord %2</translation>
    </message>
    <message>
        <source>block device %1 is not in the spec of CStorPoolCluster %2</source>
        <translation>le périphérique bloc %1 n’est pas dans la spécification du CStorPoolCluster %2</translation>
    </message>
    <message>
        <source>there is no BlockDevice %1 to compare a replacement&apos;s size with</source>
        <translation>il n’y a pas de BlockDevice %1 auquel comparer la taille d’un remplaçant</translation>
    </message>
    <message>
        <source>no BlockDevice &quot;%1&quot;</source>
        <translation>aucun BlockDevice « %1 »</translation>
    </message>
    <message>
        <source>block device %1 is on node %2, not on the pool&apos;s node %3</source>
        <translation>le périphérique bloc %1 est sur le nœud %2, pas sur le nœud %3 du pool</translation>
    </message>
    <message>
        <source>block device %1 is %2: only an unclaimed disk can take the place of another</source>
        <translation>le périphérique bloc %1 est %2 : seul un disque non réclamé peut prendre la place d’un autre</translation>
    </message>
    <message>
        <source>block device %1 is %2, not Active</source>
        <translation>le périphérique bloc %1 est %2, pas Active</translation>
    </message>
    <message>
        <source>block device %1 (%2) is smaller than %3 (%4)</source>
        <translation>le périphérique bloc %1 (%2) est plus petit que %3 (%4)</translation>
    </message>
    <message>
        <source>node %1 has no unclaimed Active block device of at least %2 to take the place of %3</source>
        <translation>le nœud %1 n’a aucun périphérique bloc Active non réclamé d’au moins %2 pour prendre la place de %3</translation>
    </message>
    <message>
        <source>attach a disk of at least %1 to node %2; once NDM lists it as an Unclaimed BlockDevice, run this again</source>
        <translation>attacher un disque d’au moins %1 au nœud %2 ; dès que NDM le liste comme BlockDevice Unclaimed, relancer ceci</translation>
    </message>
</context>
<context>
    <name>Recovery::DiskReplacementTask</name>
    <message>
        <source>Replacing %1 by %2 in CStorPoolCluster %3 …</source>
        <translation>Remplacement de %1 par %2 dans le CStorPoolCluster %3 …</translation>
    </message>
    <message>
        <source>The CSPC operator put %1 into pool %2.</source>
        <translation>L’opérateur CSPC a mis %1 dans le pool %2.</translation>
    </message>
    <message>
        <source>Resilvering %1: pool %2 is %3 until it ends; its replicas keep serving …</source>
        <translation>Resynchronisation de %1 : le pool %2 est %3 jusqu’à la fin ; ses réplicas continuent de servir …</translation>
    </message>
    <message>
        <source>the new disk</source>
        <translation>le nouveau disque</translation>
    </message>
    <message>
        <source>Resilvered: pool %1 is ONLINE.</source>
        <translation>Resynchronisé : le pool %1 est ONLINE.</translation>
    </message>
    <message>
        <source>Resilvered: pool %1 is ONLINE with %2 in place of %3.</source>
        <translation>Resynchronisé : le pool %1 est ONLINE avec %2 à la place de %3.</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names %2, but the CSPC operator has not put it into pool %3; the operator&apos;s log says why: kubectl logs -n %4 deploy/cspc-operator</source>
        <translation>Le CStorPoolCluster %1 nomme %2, mais l’opérateur CSPC ne l’a pas mis dans le pool %3 ; son journal dit pourquoi : kubectl logs -n %4 deploy/cspc-operator</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1</source>
        <translation>le CStorPoolCluster %1</translation>
    </message>
</context>
<context>
    <name>Recovery::LostNodePlanner</name>
    <message>
        <source>gone from the cluster&apos;s nodes</source>
        <translation>disparu des nœuds du cluster</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>NotReady</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> depuis %1</translation>
    </message>
    <message>
        <source>no replica on a live node: its data was only on %1; it comes back only with that node, so the console leaves it as it is</source>
        <translation>aucun réplica sur un nœud vivant : ses données n’étaient que sur %1 ; elles ne reviennent qu’avec ce nœud, la console le laisse donc tel quel</translation>
    </message>
    <message>
        <source>its replicas on live nodes are not Healthy yet (%1; its target may be restarting): run this again once one is</source>
        <translation>ses réplicas sur des nœuds vivants ne sont pas encore Healthy (%1 ; sa cible redémarre peut-être) : relancez quand l’un l’est</translation>
    </message>
    <message>
        <source>Offline: its target counts %1 Healthy of %2 replicas and needs %3 to serve I/O or rebuild a new replica; its data is intact on the Healthy one(s). Bring %4 back, or restore quorum otherwise, then run this again</source>
        <translation>Offline : sa cible compte %1 Healthy sur %2 réplicas et en exige %3 pour servir les E/S ou reconstruire un nouveau réplica ; ses données sont intactes sur le ou les réplicas Healthy. Ramenez %4, ou rétablissez le quorum autrement, puis relancez</translation>
    </message>
    <message numerus="yes">
        <source>a new replica on %1 rebuilds from %n Healthy replica(s); then %2 leaves the volume</source>
        <translation>
            <numerusform>un nouveau réplica sur %1 se reconstruit à partir de %n réplica Healthy ; puis %2 quitte le volume</numerusform>
            <numerusform>un nouveau réplica sur %1 se reconstruit à partir de %n réplicas Healthy ; puis %2 quitte le volume</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; add a pool on another node to pool cluster %2, then run this again</source>
        <translation>%1 ; ajoutez un pool sur un autre nœud au cluster de pools %2, puis relancez</translation>
    </message>
    <message>
        <source>Let the Terminating replicas go (only their pool manager would, and it went with the node): kubectl patch cvr %1 -n %2 %3</source>
        <translation>Libérez les réplicas Terminating (seul leur gestionnaire de pool le ferait, et il est parti avec le nœud) : kubectl patch cvr %1 -n %2 %3</translation>
    </message>
    <message>
        <source>Remove the pool spec of %1 from its pool cluster (the webhook refuses it while a replica is on the pool): kubectl patch cspc %2 -n %3 --type=json -p &apos;[{&quot;op&quot;:&quot;test&quot;,&quot;path&quot;:&quot;/spec/pools/%4/nodeSelector/kubernetes.io~1hostname&quot;,&quot;value&quot;:&quot;%5&quot;},{&quot;op&quot;:&quot;remove&quot;,&quot;path&quot;:&quot;/spec/pools/%4&quot;}]&apos;</source>
        <translation>Retirez la spécification du pool %1 de son cluster de pools (le webhook le refuse tant qu’un réplica est sur le pool) : kubectl patch cspc %2 -n %3 --type=json -p &apos;[{&quot;op&quot;:&quot;test&quot;,&quot;path&quot;:&quot;/spec/pools/%4/nodeSelector/kubernetes.io~1hostname&quot;,&quot;value&quot;:&quot;%5&quot;},{&quot;op&quot;:&quot;remove&quot;,&quot;path&quot;:&quot;/spec/pools/%4&quot;}]&apos;</translation>
    </message>
    <message>
        <source>Remove the pool spec of %1 from its pool cluster (the webhook refuses it while a replica is on the pool): kubectl edit cspc %2 -n %3, and delete the entry of spec.pools whose nodeSelector is kubernetes.io/hostname: %4</source>
        <translation>Retirez la spécification du pool %1 de son cluster de pools (le webhook le refuse tant qu’un réplica est sur le pool) : kubectl edit cspc %2 -n %3, et supprimez l’entrée de spec.pools dont le nodeSelector est kubernetes.io/hostname: %4</translation>
    </message>
    <message>
        <source>The pool cluster then deletes %1; only its pool manager would remove the finalizers, so remove them: kubectl patch cspi %1 -n %2 %3</source>
        <translation>Le cluster de pools supprime alors %1 ; seul son gestionnaire de pool retirerait les finalizers, retirez-les donc : kubectl patch cspi %1 -n %2 %3</translation>
    </message>
</context>
<context>
    <name>Recovery::MovedDisksPlanner</name>
    <message>
        <source>no pool (CStorPoolInstance) named %1%2</source>
        <translation>aucun pool (CStorPoolInstance) nommé %1%2</translation>
    </message>
    <message>
        <source>block device %1 of pool %2 is not in the cluster: node-disk-manager has not found it on any node</source>
        <translation>le périphérique bloc %1 du pool %2 n’est pas dans le cluster : node-disk-manager ne l’a trouvé sur aucun nœud</translation>
    </message>
    <message>
        <source>attach the disk to a node and wait until node-disk-manager lists it (kubectl get bd)</source>
        <translation>brancher le disque sur un nœud et attendre que node-disk-manager le liste (kubectl get bd)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>pool %1 names no block device</source>
        <translation>le pool %1 ne nomme aucun périphérique bloc</translation>
    </message>
    <message>
        <source>the disks of pool %1 are on several nodes (%2): a pool imports only on a node that has all of its disks</source>
        <translation>les disques du pool %1 sont sur plusieurs nœuds (%2) : un pool ne s’importe que sur un nœud qui a tous ses disques</translation>
    </message>
    <message>
        <source>attach all of them to one node, then run this again</source>
        <translation>les brancher tous sur un même nœud, puis relancer</translation>
    </message>
    <message>
        <source>no pool spec of CStorPoolCluster %1 names the node or the disks of pool %2</source>
        <translation>aucune spécification de pool du CStorPoolCluster %1 ne nomme le nœud ou les disques du pool %2</translation>
    </message>
    <message>
        <source>the pool spec of %1 in CStorPoolCluster %2 selects its node by other labels than kubernetes.io/hostname</source>
        <translation>la spécification du pool %1 dans le CStorPoolCluster %2 choisit son nœud par d’autres labels que kubernetes.io/hostname</translation>
    </message>
    <message>
        <source>edit its nodeSelector by hand: kubectl edit cspc %1</source>
        <translation>modifier son nodeSelector à la main : kubectl edit cspc %1</translation>
    </message>
    <message>
        <source>the disks of pool %1 are on its node %2</source>
        <translation>les disques du pool %1 sont sur son nœud %2</translation>
    </message>
    <message>
        <source>node %1, where node-disk-manager found the disks, is not in the cluster</source>
        <translation>le nœud %1, où node-disk-manager a trouvé les disques, n’est pas dans le cluster</translation>
    </message>
    <message>
        <source>node %1 is not Ready: the pool cannot start there</source>
        <translation>le nœud %1 n’est pas Ready : le pool ne peut pas y démarrer</translation>
    </message>
    <message>
        <source>bring node %1 back, then run this again</source>
        <translation>ramener le nœud %1, puis relancer</translation>
    </message>
    <message>
        <source>node %1 is cordoned: the pool&apos;s pod cannot be scheduled there</source>
        <translation>le nœud %1 est isolé (cordon) : le pod du pool ne peut pas y être planifié</translation>
    </message>
    <message>
        <source>kubectl uncordon %1, then run this again</source>
        <translation>kubectl uncordon %1, puis relancer</translation>
    </message>
    <message>
        <source>node %1 already has a pool of CStorPoolCluster %2: a pool cluster has one pool per node</source>
        <translation>le nœud %1 a déjà un pool du CStorPoolCluster %2 : un cluster de pools a un pool par nœud</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 has %2 of its %3 pools provisioned: its operator would create a new pool on node %4 instead of moving this one</source>
        <translation>le CStorPoolCluster %1 a %2 de ses %3 pools provisionnés : son opérateur créerait un nouveau pool sur le nœud %4 au lieu de déplacer celui-ci</translation>
    </message>
    <message>
        <source>wait until every pool of the cluster is provisioned (kubectl get cspc)</source>
        <translation>attendre que chaque pool du cluster soit provisionné (kubectl get cspc)</translation>
    </message>
    <message>
        <source>no pool (CStorPoolInstance) of that pool spec was found</source>
        <translation>aucun pool (CStorPoolInstance) de cette spécification de pool n’a été trouvé</translation>
    </message>
    <message>
        <source>another pool spec of CStorPoolCluster %1 names node %2, which is gone, and its pool cannot follow its disks in the same edit (%3): the admission webhook refuses every edit of the pool cluster until no pool spec names a node that is gone</source>
        <translation>une autre spécification de pool du CStorPoolCluster %1 nomme le nœud %2, qui a disparu, et son pool ne peut pas suivre ses disques dans la même modification (%3) : le webhook d’admission refuse toute modification du cluster de pools tant qu’une spécification de pool nomme un nœud disparu</translation>
    </message>
    <message>
        <source>or point every such pool spec at its new node in one edit by hand: kubectl edit cspc %1</source>
        <translation>ou pointer à la main chaque spécification de pool concernée vers son nouveau nœud, en une seule modification : kubectl edit cspc %1</translation>
    </message>
</context>
<context>
    <name>Recovery::MovedDisksTask</name>
    <message>
        <source>The CSPC operator points pool %1 at node %2; its pod starts there and imports the pool …</source>
        <translation>L’opérateur CSPC pointe le pool %1 vers le nœud %2 ; son pod y démarre et importe le pool …</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2, where its disks are.</source>
        <translation>Le pool %1 est ONLINE sur le nœud %2, où sont ses disques.</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names node %2, but the CSPC operator has not pointed pool %3 there; the operator&apos;s log says why: kubectl logs -n %4 deploy/cspc-operator</source>
        <translation>Le CStorPoolCluster %1 nomme le nœud %2, mais l’opérateur CSPC n’y a pas pointé le pool %3 ; le journal de l’opérateur dit pourquoi : kubectl logs -n %4 deploy/cspc-operator</translation>
    </message>
    <message>
        <source>Pool %1 is not ONLINE on node %2 yet; its pod and its events say why: kubectl describe cspi %1 -n %3</source>
        <translation>Le pool %1 n’est pas encore ONLINE sur le nœud %2 ; son pod et ses événements disent pourquoi : kubectl describe cspi %1 -n %3</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2; setting its kubernetes.io/hostname label …</source>
        <translation>Le pool %1 est ONLINE sur le nœud %2 ; pose de son label kubernetes.io/hostname …</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2, but its label could not be set: %3</source>
        <translation>Le pool %1 est ONLINE sur le nœud %2, mais son label n’a pas pu être posé : %3</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1</source>
        <translation>le CStorPoolCluster %1</translation>
    </message>
    <message>
        <source>pool %1 at node %2</source>
        <translation>le pool %1 vers le nœud %2</translation>
    </message>
    <message>
        <source>Pointing %1 in CStorPoolCluster %2 …</source>
        <translation>Pointage de %1 dans le CStorPoolCluster %2 …</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Pools %1 are ONLINE, each on the node of its disks.</source>
        <translation>Les pools %1 sont ONLINE, chacun sur le nœud de ses disques.</translation>
    </message>
</context>
<context>
    <name>Recovery::PoolClusterTask</name>
    <message>
        <source>cannot read CStorPoolInstance %1: %2</source>
        <translation>impossible de lire le CStorPoolInstance %1 : %2</translation>
    </message>
    <message>
        <source>the CStorPoolInstances of namespace &quot;%1&quot;</source>
        <translation>les CStorPoolInstances du namespace « %1 »</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 was refused: %2</source>
        <translation>La modification du CStorPoolCluster %1 a été refusée : %2</translation>
    </message>
    <message>
        <source>Cannot follow pool %1: %2</source>
        <translation>Impossible de suivre le pool %1 : %2</translation>
    </message>
    <message>
        <source>warning: cannot write the audit log: %1</source>
        <translation>avertissement : impossible d’écrire le journal d’audit : %1</translation>
    </message>
</context>
<context>
    <name>Recovery::RecoveryPlanner</name>
    <message>
        <source>pool %1 does not exist</source>
        <translation>le pool %1 n’existe pas</translation>
    </message>
    <message>
        <source>pool %1 is %2</source>
        <translation>le pool %1 est %2</translation>
    </message>
    <message>
        <source>the node %1 of pool %2 is gone</source>
        <translation>le nœud %1 du pool %2 a disparu</translation>
    </message>
    <message>
        <source>the node %1 of pool %2 is NotReady</source>
        <translation>le nœud %1 du pool %2 est NotReady</translation>
    </message>
    <message>
        <source>there is no CStorVolumeConfig %1</source>
        <translation>il n’y a pas de CStorVolumeConfig %1</translation>
    </message>
    <message>
        <source>the CVC&apos;s spec lists pools %1, its status %2</source>
        <translation>la spec de la CVC liste les pools %1, son status %2</translation>
    </message>
    <message>
        <source>there is no CStorVolume %1</source>
        <translation>il n’y a pas de CStorVolume %1</translation>
    </message>
    <message>
        <source>the CV&apos;s desiredReplicationFactor is %1, its replicationFactor %2 and it knows %3 replica(s); the CVC lists %4 pool(s)</source>
        <translation>le desiredReplicationFactor du CV est %1, son replicationFactor %2 et il connaît %3 réplica(s) ; la CVC liste %4 pool(s)</translation>
    </message>
    <message>
        <source>the target refuses to lower its desired replication factor (FailUpdate &quot;are invalid changes&quot;)</source>
        <translation>la cible refuse d’abaisser son facteur de réplication souhaité (FailUpdate &quot;are invalid changes&quot;)</translation>
    </message>
    <message>
        <source>no replica exists on pool %1</source>
        <translation>aucun réplica n’existe sur le pool %1</translation>
    </message>
    <message>
        <source>replica %1 is %2</source>
        <translation>le réplica %1 est %2</translation>
    </message>
    <message>
        <source>A new replica is still being rebuilt or its trouble is not visible yet; run recover again later.</source>
        <translation>Un nouveau réplica est encore en reconstruction ou son problème n’est pas encore visible ; relancez recover plus tard.</translation>
    </message>
    <message>
        <source>Recovery does not automate this case yet.</source>
        <translation>La récupération n’automatise pas encore ce cas.</translation>
    </message>
    <message>
        <source>See `cstor-console doctor` for what it risks.</source>
        <translation>Consultez `cstor-console doctor` pour savoir ce que cela risque.</translation>
    </message>
    <message>
        <source>Run `cstor-console doctor` and follow the fix of its findings.</source>
        <translation>Lancez `cstor-console doctor` et suivez le correctif de ses constats.</translation>
    </message>
    <message>
        <source>A scale-down of %1 is in progress (pool(s) %2 being removed). The admission webhook refuses to put the pool back while it is: &quot;scaling of CVC %1 is already in progress&quot;. The target removes the old replica only when every kept replica is Healthy, so the scale-down does not end while %3.</source>
        <translation>Une réduction de %1 est en cours (pool(s) %2 en cours de retrait). Le webhook d’admission refuse de remettre le pool tant qu’elle dure : &quot;scaling of CVC %1 is already in progress&quot;. La cible ne retire l’ancien réplica que lorsque chaque réplica conservé est Healthy, donc la réduction ne se termine pas tant que %3.</translation>
    </message>
    <message>
        <source>a kept replica is not Healthy</source>
        <translation>un réplica conservé n’est pas Healthy</translation>
    </message>
    <message>
        <source>the replica on %1 cannot become Healthy</source>
        <translation>le réplica sur %1 ne peut pas devenir Healthy</translation>
    </message>
    <message>
        <source>The volume depends on fewer healthy copies than it should; the replica being removed still holds data. Removing another pool would delete a replica that holds data, so recovery does not edit the CVC.</source>
        <translation>Le volume dépend de moins de copies saines qu’il ne le devrait ; le réplica en cours de retrait contient encore des données. Retirer un autre pool supprimerait un réplica qui contient des données, donc la récupération ne modifie pas la CVC.</translation>
    </message>
    <message>
        <source>Bring back the node or pool of %1; the scale-down then ends by itself.</source>
        <translation>Rétablissez le nœud ou le pool de %1 ; la réduction se termine alors d’elle-même.</translation>
    </message>
    <message>
        <source>If it is gone for good: keep the replica on %1, ask for help with replacing the lost replica, and do not delete CVRs by hand.</source>
        <translation>S’il a disparu définitivement : gardez le réplica sur %1, demandez de l’aide pour remplacer le réplica perdu, et ne supprimez pas de CVR à la main.</translation>
    </message>
    <message>
        <source>A scale-up of %1 to pool(s) %2 has not started: the CVC&apos;s status does not list them, and the admission webhook refuses to remove them while it scales: &quot;scaling of CVC %1 is already in progress&quot;.</source>
        <translation>Une augmentation de %1 vers le(s) pool(s) %2 n’a pas démarré : le status de la CVC ne les liste pas, et le webhook d’admission refuse de les retirer pendant la mise à l’échelle : &quot;scaling of CVC %1 is already in progress&quot;.</translation>
    </message>
    <message>
        <source>No other change of this volume&apos;s placement is accepted until it ends.</source>
        <translation>Aucun autre changement de placement de ce volume n’est accepté avant la fin.</translation>
    </message>
    <message>
        <source>Bring the pool or its node back, or replace the pool&apos;s name in spec.policy.replicaPoolInfo by a usable pool (kubectl edit cvc %1).</source>
        <translation>Rétablissez le pool ou son nœud, ou remplacez le nom du pool dans spec.policy.replicaPoolInfo par un pool utilisable (kubectl edit cvc %1).</translation>
    </message>
    <message>
        <source>Its replica on %1 sits on node %2, which is lost; the replicas of a lost node are replaced together, by the lost-node recovery.</source>
        <translation>Son réplica sur %1 se trouve sur le nœud %2, qui est perdu ; les réplicas d’un nœud perdu sont remplacés ensemble, par la récupération du nœud perdu.</translation>
    </message>
    <message>
        <source>Data: no replica of the volume is left on a live node; its data comes back only with %1.</source>
        <translation>Données : aucun réplica du volume ne reste sur un nœud vivant ; ses données ne reviennent qu’avec %1.</translation>
    </message>
    <message>
        <source>Data: the volume runs with a copy fewer until the replica is replaced or %1 comes back.</source>
        <translation>Données : le volume tourne avec une copie de moins jusqu’au remplacement du réplica ou au retour de %1.</translation>
    </message>
    <message>
        <source>If %1 comes back, nothing needs doing: its pools and replicas resume.</source>
        <translation>Si %1 revient, il n’y a rien à faire : ses pools et réplicas reprennent.</translation>
    </message>
    <message>
        <source>If it is gone for good: cstor-console drain %1 (Recover lost node… in the window); for this volume: %2.</source>
        <translation>S’il est parti pour de bon : cstor-console drain %1 (« Récupérer le nœud perdu… » dans la fenêtre) ; pour ce volume : %2.</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <source>Data: the volume runs with fewer copies than its CVC lists. Removing such a pool from the CVC does not help: the CVC controller finds no replica to remove and the scale-down never ends.</source>
        <translation>Données : le volume fonctionne avec moins de copies que sa CVC n’en liste. Retirer un tel pool de la CVC n’aide pas : le contrôleur de CVC ne trouve aucun réplica à retirer et la réduction ne se termine jamais.</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and a replica cannot be created there now: %2.</source>
        <translation>Le ou les réplicas du ou des pools %1 ont été supprimés, et aucun réplica ne peut y être créé pour l’instant : %2.</translation>
    </message>
    <message>
        <source>Do not remove %1 from the CVC and do not edit the CV by hand.</source>
        <translation>Ne retirez pas %1 de la CVC et ne modifiez pas le CV à la main.</translation>
    </message>
    <message>
        <source>Bring the pool or its node back, then run recover again.</source>
        <translation>Rétablissez le pool ou son nœud, puis relancez recover.</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted and no Healthy replica is left to rebuild them from.</source>
        <translation>Le ou les réplicas du ou des pools %1 ont été supprimés et il ne reste aucun réplica Healthy à partir duquel les reconstruire.</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and the target knows fewer replica ids (%2) than are missing, so a new replica could not take a known one&apos;s place.</source>
        <translation>Le ou les réplicas du ou des pools %1 ont été supprimés, et la cible connaît moins d’identifiants de réplica (%2) qu’il n’en manque : un nouveau réplica ne pourrait pas prendre la place d’un réplica connu.</translation>
    </message>
    <message>
        <source>Bring back a Healthy replica first (its node or pool), then run recover again.</source>
        <translation>Rétablissez d’abord un réplica Healthy (son nœud ou son pool), puis relancez recover.</translation>
    </message>
    <message>
        <source>replica %1 is still being deleted</source>
        <translation>le réplica %1 est encore en cours de suppression</translation>
    </message>
    <message>
        <source>pool %1 cannot be imported on node %2 (PoolLost): its disks are gone or on another node</source>
        <translation>le pool %1 ne peut pas être importé sur le nœud %2 (PoolLost) : ses disques ont disparu ou sont sur un autre nœud</translation>
    </message>
    <message>
        <source>Putting %1 back in place of %2 is accepted by the webhook but is a trap: the target still removes the replica on %1 once %2 returns, while the CVC controller deletes the one on %2.</source>
        <translation>Remettre %1 à la place de %2 est accepté par le webhook, mais c’est un piège : la cible retire quand même le réplica sur %1 dès que %2 revient, tandis que le contrôleur de CVC supprime celui sur %2.</translation>
    </message>
</context>
<context>
    <name>Recovery::ReplicaRecreation</name>
    <message>
        <source>replica %1 has no volume label or owner to copy</source>
        <translation>le réplica %1 n’a ni étiquette de volume ni propriétaire à copier</translation>
    </message>
    <message>
        <source>the CStorPoolInstance %1 has no name, uid or host name</source>
        <translation>le CStorPoolInstance %1 n’a pas de nom, d’uid ou de nom d’hôte</translation>
    </message>
</context>
<context>
    <name>RecoveryRunner</name>
    <message>
        <source>pods in namespace &quot;%1&quot;</source>
        <translation>pods dans le namespace « %1 »</translation>
    </message>
    <message>
        <source>error: the steps were taken but volume %1 is not back: %2</source>
        <translation>erreur : les étapes ont été effectuées mais le volume %1 n’est pas rétabli : %2</translation>
    </message>
    <message>
        <source>Volume %1 is back at its replica count, all replicas Healthy on live nodes.
</source>
        <translation>Le volume %1 a retrouvé son nombre de réplicas, tous Healthy sur des nœuds actifs.
</translation>
    </message>
    <message>
        <source>%1: remove pool %2 from the CVC</source>
        <translation>%1 : retirer le pool %2 de la CVC</translation>
    </message>
    <message>
        <source>Removing pool %1 from the CVC of %2 ...
</source>
        <translation>Retrait du pool %1 de la CVC de %2 ...
</translation>
    </message>
    <message>
        <source>error: removing pool %1 from the CVC of %2 failed: %3</source>
        <translation>erreur : le retrait du pool %1 de la CVC de %2 a échoué : %3</translation>
    </message>
    <message>
        <source>error: pool %1 was removed from the spec of the CVC of %2, but its status still does not list the same pools</source>
        <translation>erreur : le pool %1 a été retiré de la spec de la CVC de %2, mais son status ne liste toujours pas les mêmes pools</translation>
    </message>
    <message>
        <source>Pool %1 removed: the CVC&apos;s status lists the pools its spec lists.
</source>
        <translation>Pool %1 retiré : le status de la CVC liste les pools que liste sa spec.
</translation>
    </message>
    <message>
        <source>the CVC&apos;s spec no longer lists pool %1</source>
        <translation>la spec de la CVC ne liste plus le pool %1</translation>
    </message>
    <message>
        <source>error: volume %1 has no target pod to restart</source>
        <translation>erreur : le volume %1 n’a pas de pod cible à redémarrer</translation>
    </message>
    <message>
        <source>%1: restart the target pod %2</source>
        <translation>%1 : redémarrer le pod cible %2</translation>
    </message>
    <message>
        <source>Restarting the target pod %1 (deleting it; I/O pauses until its replacement runs) ...
</source>
        <translation>Redémarrage du pod cible %1 (il est supprimé ; les E/S sont suspendues jusqu’à ce que son remplaçant tourne) ...
</translation>
    </message>
    <message>
        <source>error: deleting the target pod %1 failed: %2</source>
        <translation>erreur : la suppression du pod cible %1 a échoué : %2</translation>
    </message>
    <message>
        <source>error: after the restart of %1 the CV&apos;s desired replication factor, replication factor and known replicas of %2 still do not agree with its CVC</source>
        <translation>erreur : après le redémarrage de %1, le facteur de réplication souhaité, le facteur de réplication et les réplicas connus du CV de %2 ne concordent toujours pas avec sa CVC</translation>
    </message>
    <message>
        <source>Target restarted as %1: the CV&apos;s replication factors and known replicas agree with the CVC.
</source>
        <translation>Cible redémarrée sous le nom %1 : les facteurs de réplication et les réplicas connus du CV concordent avec la CVC.
</translation>
    </message>
    <message>
        <source>warning: cannot write the journal: %1</source>
        <translation>avertissement : impossible d’écrire le journal : %1</translation>
    </message>
    <message>
        <source>warning: cannot write the audit log: %1</source>
        <translation>avertissement : impossible d’écrire le journal d’audit : %1</translation>
    </message>
    <message>
        <source>the restarted target has not reported the volume Healthy with every replica Healthy yet</source>
        <translation>la cible redémarrée n’a pas encore signalé le volume Healthy avec chaque réplica Healthy</translation>
    </message>
    <message>
        <source>The target has not refused the lower replication factor yet; restarting it all the same, as a new target reads the factor from the CV.
</source>
        <translation>La cible n’a pas encore refusé le facteur de réplication plus bas ; elle est redémarrée quand même, car une nouvelle cible lit le facteur dans le CV.
</translation>
    </message>
    <message>
        <source>%1: replace pool %2 by %3 in the CVC</source>
        <translation>%1 : remplacer le pool %2 par %3 dans la CVC</translation>
    </message>
    <message>
        <source>Replacing pool %1 by %2 in the CVC of %3 ...
</source>
        <translation>Remplacement du pool %1 par %2 dans la CVC de %3 ...
</translation>
    </message>
    <message>
        <source>error: replacing pool %1 by %2 in the CVC of %3 failed: %4</source>
        <translation>erreur : le remplacement du pool %1 par %2 dans la CVC de %3 a échoué : %4</translation>
    </message>
    <message>
        <source>error: pool %1 replaced %2 in the spec of the CVC of %3, but its status still does not list the same pools</source>
        <translation>erreur : le pool %1 a remplacé %2 dans la spec de la CVC de %3, mais son statut ne liste toujours pas les mêmes pools</translation>
    </message>
    <message>
        <source>Pool %1 in place of %2: the CVC&apos;s status lists the pools its spec lists; the new replica rebuilds.
</source>
        <translation>Pool %1 à la place de %2 : le statut de la CVC liste les pools de sa spec ; le nouveau réplica se reconstruit.
</translation>
    </message>
    <message>
        <source>%1: create the replica on pool %2 again (replica id %3)</source>
        <translation>%1 : recréer le réplica sur le pool %2 (identifiant de réplica %3)</translation>
    </message>
    <message>
        <source>Creating the replica of %1 on pool %2 again, with the replica id %3 the target knows ...
</source>
        <translation>Recréation du réplica de %1 sur le pool %2, avec l’identifiant de réplica %3 que la cible connaît ...
</translation>
    </message>
    <message>
        <source>error: creating the replica of %1 on pool %2 again failed: %3</source>
        <translation>erreur : la recréation du réplica de %1 sur le pool %2 a échoué : %3</translation>
    </message>
    <message>
        <source>error: the replica of %1 on pool %2 was created but is not listed</source>
        <translation>erreur : le réplica de %1 sur le pool %2 a été créé mais n’est pas listé</translation>
    </message>
    <message>
        <source>Replica of %1 on pool %2 created; it rebuilds from the Healthy replicas.
</source>
        <translation>Réplica de %1 sur le pool %2 créé ; il se reconstruit à partir des réplicas Healthy.
</translation>
    </message>
    <message>
        <source>pool %1 holds a replica of the volume again</source>
        <translation>le pool %1 contient de nouveau un réplica du volume</translation>
    </message>
    <message>
        <source>no replica of the volume is left to copy its settings from</source>
        <translation>il ne reste aucun réplica du volume dont copier les réglages</translation>
    </message>
</context>
<context>
    <name>ReplaceDiskVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>Afficher seulement le plan ; ne rien changer.</translation>
    </message>
    <message>
        <source>Do not ask before editing the CSPC.</source>
        <translation>Ne pas demander avant de modifier le CSPC.</translation>
    </message>
    <message>
        <source>Wait until the resilver has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>Attendre la fin de la resynchronisation (toujours fait ; pour les scripts écrits pour des outils de type kubectl).</translation>
    </message>
    <message>
        <source>The block device to replace (default: the pool&apos;s failed disk).</source>
        <translation>Le périphérique bloc à remplacer (par défaut : le disque défaillant du pool).</translation>
    </message>
    <message>
        <source>The unclaimed block device of the pool&apos;s node to put in its place (default: the smallest one at least as large).</source>
        <translation>Le périphérique bloc non réclamé du nœud du pool à mettre à sa place (par défaut : le plus petit au moins aussi grand).</translation>
    </message>
    <message>
        <source>The pool whose disk to replace is missing: replace-disk POOL</source>
        <translation>Le pool dont remplacer le disque manque : replace-disk POOL</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>Le verbe.</translation>
    </message>
    <message>
        <source>Replaces a failed disk of a mirror or raidz cStor pool by an unclaimed disk of the same node, at least as large: the CStorPoolCluster edit upstream supports (one disk of a raid group at a time), guarded against a stale read. Then follows the CSPC operator and the resilver until the pool is ONLINE. A stripe pool, a raid group with more failed disks than it survives, or a working disk while another of its group has failed are refused with what to do instead. Run again on a pool that resilvers to follow it. Shows the plan first and asks unless --yes is given.
Exit codes: 0 nothing to do or replaced, 1 refused, failed, or a dry run with a replacement to make, 2 usage error.</source>
        <translation>Remplace un disque défaillant d’un pool cStor mirror ou raidz par un disque non réclamé du même nœud, au moins aussi grand : la modification du CStorPoolCluster que prend en charge upstream (un disque d’un groupe RAID à la fois), protégée contre une lecture périmée. Suit ensuite l’opérateur CSPC et la resynchronisation jusqu’à ce que le pool soit ONLINE. Un pool stripe, un groupe RAID avec plus de disques défaillants qu’il n’en supporte, ou un disque qui fonctionne alors qu’un autre de son groupe est défaillant sont refusés, avec ce qu’il faut faire à la place. Relancez sur un pool en resynchronisation pour la suivre. Affiche d’abord le plan et demande confirmation sauf avec --yes.
Codes de sortie : 0 rien à faire ou remplacé, 1 refusé, échoué, ou essai à blanc avec un remplacement à faire, 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>The pool (its CStorPoolInstance name).</source>
        <translation>Le pool (le nom de son CStorPoolInstance).</translation>
    </message>
    <message>
        <source>Pool %1 (%2, node %3, CStorPoolCluster %4): %5
</source>
        <translation>Pool %1 (%2, nœud %3, CStorPoolCluster %4) : %5
</translation>
    </message>
    <message>
        <source>Failed disks: %1
</source>
        <translation>Disques défaillants : %1
</translation>
    </message>
    <message>
        <source>Nothing to do: %1.
</source>
        <translation>Rien à faire : %1.
</translation>
    </message>
    <message>
        <source>A disk replacement is under way; following it.
</source>
        <translation>Un remplacement de disque est en cours ; il est suivi.
</translation>
    </message>
    <message>
        <source>%1 is taking the place of %2; following the resilver.
</source>
        <translation>%1 prend la place de %2 ; la resynchronisation est suivie.
</translation>
    </message>
    <message>
        <source>Refused: %1.
</source>
        <translation>Refusé : %1.
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>Ce que vous pouvez faire :
</translation>
    </message>
    <message>
        <source>Replace %1 by %2 (%3), an unclaimed disk of node %4.
</source>
        <translation>Remplacer %1 par %2 (%3), un disque non réclamé du nœud %4.
</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (JSON patch): %2
</source>
        <translation>La modification du CStorPoolCluster %1 (patch JSON) : %2
</translation>
    </message>
    <message>
        <source>Then the CSPC operator puts %1 into the pool and the pool resilvers it; the pool stays DEGRADED until then and its replicas keep serving.
</source>
        <translation>Ensuite l’opérateur CSPC met %1 dans le pool et le pool le resynchronise ; le pool reste DEGRADED jusque-là et ses réplicas continuent de servir.
</translation>
    </message>
    <message>
        <source>the disk of pool %1 cannot be replaced; nothing was changed.</source>
        <translation>le disque du pool %1 ne peut pas être remplacé ; rien n’a été changé.</translation>
    </message>
</context>
<context>
    <name>ResourceLister</name>
    <message>
        <source>the server answered %1</source>
        <translation>le serveur a répondu %1</translation>
    </message>
    <message>
        <source>(none: context &quot;%1&quot; names no user)</source>
        <translation>(aucun : le contexte « %1 » ne désigne aucun utilisateur)</translation>
    </message>
    <message>
        <source>Fix the cluster &quot;%1&quot; or user &quot;%2&quot; in the kubeconfig (the server URL must be https:// when credentials are sent).</source>
        <translation>Corrigez le cluster « %1 » ou l’utilisateur « %2 » dans le kubeconfig (l’URL du serveur doit être en https:// quand des identifiants sont envoyés).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: check certificate-authority (and tls-server-name) of cluster &quot;%1&quot; in the kubeconfig.</source>
        <translation>Le certificat du serveur n’est pas de confiance : vérifiez certificate-authority (et tls-server-name) du cluster « %1 » dans le kubeconfig.</translation>
    </message>
    <message>
        <source>Check that the API server %1 of context &quot;%2&quot; is running and reachable from here (network, VPN, proxy-url).</source>
        <translation>Vérifiez que le serveur d’API %1 du contexte « %2 » tourne et est joignable d’ici (réseau, VPN, proxy-url).</translation>
    </message>
    <message>
        <source>The server did not accept the credentials of user &quot;%1&quot; (context &quot;%2&quot;): renew the token or client certificate in the kubeconfig, or choose another context with --context.</source>
        <translation>Le serveur n’a pas accepté les identifiants de l’utilisateur « %1 » (contexte « %2 ») : renouvelez le jeton ou le certificat client dans le kubeconfig, ou choisissez un autre contexte avec --context.</translation>
    </message>
    <message>
        <source>User %1 may not read %2: ask a cluster administrator for get/list rights on cstor.openebs.io, or choose another context with --context or namespace with -n.</source>
        <translation>L’utilisateur %1 ne peut pas lire %2 : demandez à un administrateur du cluster les droits get/list sur cstor.openebs.io, ou choisissez un autre contexte avec --context ou un autre espace de noms avec -n.</translation>
    </message>
    <message>
        <source>The cluster does not serve %1: are the cStor operators (CRDs of cstor.openebs.io) installed?</source>
        <translation>Le cluster ne sert pas %1 : les opérateurs cStor (CRD de cstor.openebs.io) sont-ils installés ?</translation>
    </message>
    <message>
        <source>The API server is throttling requests; try again later.</source>
        <translation>Le serveur d’API limite les requêtes ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The API server failed; try again later, or ask a cluster administrator to look at its logs.</source>
        <translation>Le serveur d’API a échoué ; réessayez plus tard, ou demandez à un administrateur du cluster de consulter ses journaux.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>The API server %1 did not answer in time: give it longer with --request-timeout (0 for no deadline), or check its load.</source>
        <translation>Le serveur d’API %1 n’a pas répondu à temps : donnez-lui plus de temps avec --request-timeout (0 pour aucune limite), ou vérifiez sa charge.</translation>
    </message>
    <message>
        <source>The answer is larger than this client accepts: check that %1 is the Kubernetes API server of context &quot;%2&quot; (not a proxy that answers something else).</source>
        <translation>La réponse est plus grande que ce que ce client accepte : vérifiez que %1 est bien le serveur d’API Kubernetes du contexte « %2 » (et non un proxy qui répond autre chose).</translation>
    </message>
    <message>
        <source>The list does not end: check that %1 is the Kubernetes API server of context &quot;%2&quot; (not a proxy that answers something else).</source>
        <translation>La liste ne finit pas : vérifiez que %1 est bien le serveur d’API Kubernetes du contexte « %2 » (et non un proxy qui répond autre chose).</translation>
    </message>
</context>
<context>
    <name>Sim::DemoCluster</name>
    <message>
        <source>Cannot create a temporary directory for the demo cluster&apos;s kubeconfig.</source>
        <translation>Impossible de créer un dossier temporaire pour le kubeconfig du cluster de démonstration.</translation>
    </message>
    <message>
        <source>The demo scenario cannot be loaded: %1</source>
        <translation>Impossible de charger le scénario de démonstration : %1</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;: %3</source>
        <translation>avertissement : %1 « %2 » ignoré : %3</translation>
    </message>
    <message>
        <source>%1 in namespace &quot;%2&quot;</source>
        <translation>%1 dans le namespace « %2 »</translation>
    </message>
    <message>
        <source>warning: events not read, the rules that read them are skipped: %1</source>
        <translation>avertissement : événements non lus, les règles qui les lisent sont ignorées : %1</translation>
    </message>
    <message>
        <source>events in namespace &quot;%1&quot;</source>
        <translation>événements dans le namespace « %1 »</translation>
    </message>
    <message>
        <source>the user may not list %1 (403 Forbidden)</source>
        <translation>l’utilisateur ne peut pas lister %1 (403 Forbidden)</translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <source>Time (min:s)</source>
        <translation>Temps (min:s)</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>Temps (min)</translation>
    </message>
    <message>
        <source>Time (h)</source>
        <translation>Temps (h)</translation>
    </message>
    <message>
        <source>Time (days)</source>
        <translation>Temps (jours)</translation>
    </message>
</context>
<context>
    <name>Ui::CapacityChart</name>
    <message>
        <source>Pool capacity used</source>
        <translation>Capacité utilisée des pools</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>Utilisé (%)</translation>
    </message>
    <message>
        <source>Keep History Between Runs</source>
        <translation>Conserver l’historique entre les sessions</translation>
    </message>
    <message>
        <source>Save each cluster&apos;s capacity history when the console closes and show it again next time.</source>
        <translation>Enregistrer l’historique de capacité de chaque cluster à la fermeture de la console et l’afficher à nouveau la fois suivante.</translation>
    </message>
    <message>
        <source>Each pool&apos;s used capacity; pools above %1 % are drawn thick and red.</source>
        <translation>Capacité utilisée de chaque pool ; les pools au-delà de %1 % sont tracés en rouge épais.</translation>
    </message>
    <message>
        <source>Before 0: earlier runs of the console.</source>
        <translation>Avant 0 : sessions précédentes de la console.</translation>
    </message>
    <message>
        <source>others</source>
        <translation>autres</translation>
    </message>
    <message>
        <source>cluster total</source>
        <translation>total du cluster</translation>
    </message>
    <message>
        <source>%1 (above %2 %)</source>
        <translation>%1 (au-delà de %2 %)</translation>
    </message>
    <message>
        <source>No pool capacity sampled yet.</source>
        <translation>Aucune capacité de pool mesurée pour l’instant.</translation>
    </message>
    <message>
        <source>%1 %2 % used</source>
        <translation>%1 %2 % utilisé</translation>
    </message>
    <message>
        <source> (above the %1 % threshold)</source>
        <translation> (au-delà du seuil de %1 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s).</source>
        <translation>
            <numerusform>%n pool.</numerusform>
            <numerusform>%n pools.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fullest: %1.</source>
        <translation>Le plus plein : %1.</translation>
    </message>
    <message>
        <source>All pools together: %1 % used.</source>
        <translation>Tous les pools ensemble : %1 % utilisé.</translation>
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
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Used before</source>
        <translation>Utilisé avant</translation>
    </message>
    <message>
        <source>Used after</source>
        <translation>Utilisé après</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Capacity before and after</source>
        <translation>Capacité avant et après</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source> — at or above the %1% read-only threshold</source>
        <translation> — au seuil de lecture seule de %1 % ou au-delà</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>(no forecast)</source>
        <translation>(aucune prévision)</translation>
    </message>
</context>
<context>
    <name>Ui::ChartPanel</name>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Rebuild progress</source>
        <translation>Progression de la reconstruction</translation>
    </message>
    <message>
        <source>Pool capacity</source>
        <translation>Capacité des pools</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>Progression du plan</translation>
    </message>
    <message>
        <source>Capacity forecast</source>
        <translation>Prévision de capacité</translation>
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
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Exporter les données du graphique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
</context>
<context>
    <name>Ui::ClusterConnection</name>
    <message>
        <source>No kubeconfig found (looked in %1).</source>
        <translation>Aucun kubeconfig trouvé (recherché dans %1).</translation>
    </message>
    <message>
        <source>Cannot tell whether you may change volumes: %1</source>
        <translation>Impossible de savoir si vous pouvez modifier les volumes : %1</translation>
    </message>
    <message>
        <source>Your user may not patch cstorvolumeconfigs in namespace %1, so replicas cannot be moved.</source>
        <translation>Votre utilisateur ne peut pas modifier (patch) les cstorvolumeconfigs de l’espace de noms %1 : les réplicas ne peuvent pas être déplacés.</translation>
    </message>
</context>
<context>
    <name>Ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type a command, or a node, pool or volume name</source>
        <translation>Saisissez une commande, ou le nom d&apos;un nœud, d&apos;un pool ou d&apos;un volume</translation>
    </message>
    <message>
        <source>Command or name</source>
        <translation>Commande ou nom</translation>
    </message>
    <message>
        <source>Matching commands and objects</source>
        <translation>Commandes et objets correspondants</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>Indisponible pour l&apos;instant</translation>
    </message>
    <message>
        <source>Not available now: %1</source>
        <translation>Indisponible pour l&apos;instant : %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
</context>
<context>
    <name>Ui::ConnectionIndicator</name>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Listing the cluster&apos;s cStor objects.</source>
        <translation>Liste des objets cStor du cluster en cours.</translation>
    </message>
    <message>
        <source>Stale · last event %1</source>
        <translation>Périmé · dernier événement %1</translation>
    </message>
    <message>
        <source>The watch is open but nothing has arrived for a while; what you see may be out of date.</source>
        <translation>Le watch est ouvert mais rien n’est arrivé depuis un moment ; ce que vous voyez peut être périmé.</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>En direct · %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Watching the cluster: changes appear as they happen.</source>
        <translation>Le cluster est surveillé : les changements apparaissent dès qu’ils ont lieu.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>The connection dropped; retrying.</source>
        <translation>La connexion a été perdue ; nouvelle tentative.</translation>
    </message>
    <message>
        <source>The connection dropped (%1); retrying.</source>
        <translation>La connexion a été perdue (%1) ; nouvelle tentative.</translation>
    </message>
    <message>
        <source>Last event %1.</source>
        <translation>Dernier événement %1.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
</context>
<context>
    <name>Ui::DetailsPanel</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Object fields</source>
        <translation>Champs de l’objet</translation>
    </message>
    <message>
        <source>Select a node, pool, replica or volume in the topology or a table to see its fields and events here.</source>
        <translation>Sélectionnez un nœud, un pool, un réplica ou un volume dans la topologie ou dans une table pour voir ici ses champs et ses événements.</translation>
    </message>
    <message>
        <source>Pool %1 on %2</source>
        <translation>Pool %1 sur %2</translation>
    </message>
    <message>
        <source>Replica of %1 on %2</source>
        <translation>Réplica de %1 sur %2</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Nœud %1</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>%1 is gone from the cluster</source>
        <translation>%1 n’est plus dans le cluster</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Événements (%1)</translation>
    </message>
    <message>
        <source>Volume %1 (claim %2)</source>
        <translation>Volume %1 (claim %2)</translation>
    </message>
</context>
<context>
    <name>Ui::DiskReplacementDialog</name>
    <message>
        <source>Replace failed disk of pool %1</source>
        <translation>Remplacer le disque défaillant du pool %1</translation>
    </message>
    <message>
        <source>Disk to put in its place</source>
        <translation>Disque à mettre à sa place</translation>
    </message>
    <message>
        <source>&amp;Put in its place:</source>
        <translation>&amp;Mettre à sa place :</translation>
    </message>
    <message>
        <source>Replace disk</source>
        <translation>Remplacer le disque</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replaced&lt;/b&gt;: pool %1 is ONLINE.</source>
        <translation>&lt;b&gt;Remplacé&lt;/b&gt; : le pool %1 est ONLINE.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The replacement did not finish&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Le remplacement n’a pas abouti&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A %1 pool on node %2, in CStorPoolCluster %3. Failed disks: %4.</source>
        <translation>Un pool %1 sur le nœud %2, dans le CStorPoolCluster %3. Disques défaillants : %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&lt;b&gt;No such pool&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Pool introuvable&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is %2&lt;/b&gt;: %3.</source>
        <translation>&lt;b&gt;Le pool %1 est %2&lt;/b&gt; : %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is resilvering a replaced disk&lt;/b&gt;; following it.</source>
        <translation>&lt;b&gt;Le pool %1 resynchronise un disque remplacé&lt;/b&gt; ; c’est suivi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The disk of pool %1 cannot be replaced&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;Le disque du pool %1 ne peut pas être remplacé&lt;/b&gt; : %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disk %1 of pool %2 has failed&lt;/b&gt; (the pool is %3). Put an unclaimed disk of node %4 in its place: the CSPC operator adds it to the pool, which resilvers it while its replicas keep serving.</source>
        <translation>&lt;b&gt;Le disque %1 du pool %2 est défaillant&lt;/b&gt; (le pool est %3). Mettez un disque non réclamé du nœud %4 à sa place : l’opérateur CSPC l’ajoute au pool, qui le resynchronise pendant que ses réplicas continuent de servir.</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (a JSON patch that first tests the old name):
%2</source>
        <translation>La modification du CStorPoolCluster %1 (un patch JSON qui vérifie d’abord l’ancien nom) :
%2</translation>
    </message>
    <message>
        <source>Edit the CStorPoolCluster and follow the resilver</source>
        <translation>Modifier le CStorPoolCluster et suivre la resynchronisation</translation>
    </message>
</context>
<context>
    <name>Ui::DurationLabel</name>
    <message>
        <source>Estimated duration</source>
        <translation>Durée estimée</translation>
    </message>
    <message>
        <source>Estimated duration: working it out…</source>
        <translation>Durée estimée : calcul en cours…</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>Estimated duration: about %1 at %2 MiB/s measured on this cluster</source>
        <translation>Durée estimée : environ %1 à %2 Mio/s mesurés dans ce cluster</translation>
    </message>
    <message numerus="yes">
        <source>The moves scheduled within the caps, each at the throughput of the last %n move(s) this console ran on this cluster (the volume&apos;s data over the time from adding the target pool to the move&apos;s end)</source>
        <translation>
            <numerusform>Les déplacements planifiés dans les plafonds, chacun au débit du dernier déplacement (%n) effectué par cette console dans ce cluster (les données du volume sur le temps écoulé entre l’ajout du pool cible et la fin du déplacement)</numerusform>
            <numerusform>Les déplacements planifiés dans les plafonds, chacun au débit des %n derniers déplacements effectués par cette console dans ce cluster (les données du volume sur le temps écoulé entre l’ajout du pool cible et la fin du déplacement)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration: about %1 at the default %2 MiB/s: no move measured yet</source>
        <translation>Durée estimée : environ %1 aux %2 Mio/s par défaut : aucun déplacement mesuré pour l’instant</translation>
    </message>
    <message>
        <source>The moves scheduled within the caps, each at an assumed throughput: this console has not finished a move on this cluster yet</source>
        <translation>Les déplacements planifiés dans les plafonds, chacun à un débit supposé : cette console n’a encore terminé aucun déplacement dans ce cluster</translation>
    </message>
</context>
<context>
    <name>Ui::EvacuateDialog</name>
    <message>
        <source>Evacuate nodes or pools</source>
        <translation>Évacuer des nœuds ou des pools</translation>
    </message>
    <message>
        <source>Tick the nodes to empty (every pool on them) or single pools. Each replica there moves to the pool of its pool cluster with the most free space, never beside another replica of its volume, never past a read-only threshold.</source>
        <translation>Cochez les nœuds à vider (tous leurs pools) ou des pools isolés. Chaque réplica qui s’y trouve va vers le pool de son pool cluster ayant le plus d’espace libre, jamais à côté d’un autre réplica de son volume, jamais au-delà d’un seuil de lecture seule.</translation>
    </message>
    <message>
        <source>Replicas with nowhere to go</source>
        <translation>Réplicas sans destination</translation>
    </message>
    <message>
        <source>Show plan…</source>
        <translation>Afficher le plan…</translation>
    </message>
    <message>
        <source>The moves with their checks, each pool&apos;s capacity before and after, and the server&apos;s dry run, before anything changes</source>
        <translation>Les déplacements avec leurs vérifications, la capacité de chaque pool avant et après, et l’essai à blanc du serveur, avant tout changement</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Rien n’est encore coché.</translation>
    </message>
    <message>
        <source>%1 hold(s) no replicas: nothing to move.</source>
        <translation>%1 : aucun réplica : rien à déplacer.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n replica(s) to move, %2 to copy.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n réplica à déplacer, %2 à copier.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n réplicas à déplacer, %2 à copier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) have nowhere to go; nothing can start until they do.</source>
        <translation>
            <numerusform>%n réplica n’a nulle part où aller ; rien ne peut commencer tant que ce n’est pas le cas.</numerusform>
            <numerusform>%n réplicas n’ont nulle part où aller ; rien ne peut commencer tant que ce n’est pas le cas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planification…</translation>
    </message>
</context>
<context>
    <name>Ui::ExecTrustDialog</name>
    <message>
        <source>Run a credential plugin?</source>
        <translation>Exécuter un plugin d’identification ?</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; signs in by running a program named in its kubeconfig. Run it only if you trust where this kubeconfig comes from.</source>
        <translation>Le contexte « %1 » s’authentifie en exécutant un programme nommé dans son kubeconfig. Ne l’exécutez que si vous avez confiance en la provenance de ce kubeconfig.</translation>
    </message>
    <message>
        <source>Program: %1
Kubeconfig: %2</source>
        <translation>Programme : %1
Kubeconfig : %2</translation>
    </message>
    <message>
        <source>Trust and Run</source>
        <translation>Faire confiance et exécuter</translation>
    </message>
</context>
<context>
    <name>Ui::FollowDisksDialog</name>
    <message>
        <source>Follow the moved disks of pool %1</source>
        <translation>Suivre les disques déplacés du pool %1</translation>
    </message>
    <message>
        <source>Point the pool there</source>
        <translation>Pointer le pool vers ce nœud</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pool is not back yet&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Le pool n’est pas encore de retour&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Node %1, CStorPoolCluster %2, %3. Disks: %4.</source>
        <translation>Nœud %1, CStorPoolCluster %2, %3. Disques : %4.</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>aucun statut</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&lt;b&gt;No such pool&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Pool introuvable&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;Rien à faire&lt;/b&gt; : %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is being pointed at node %2&lt;/b&gt;; following it.</source>
        <translation>&lt;b&gt;Le pool %1 est en cours de pointage vers le nœud %2&lt;/b&gt; ; suivi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 cannot follow its disks&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;Le pool %1 ne peut pas suivre ses disques&lt;/b&gt; : %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The disks of pool %1 are on node %2 now&lt;/b&gt;, its spec still names node %3. Point it at %2: the CSPC operator moves the pool&apos;s pod there, the pool is imported and its replicas serve again.</source>
        <translation>&lt;b&gt;Les disques du pool %1 sont maintenant sur le nœud %2&lt;/b&gt;, sa spécification nomme encore le nœud %3. Le pointer vers %2 : l’opérateur CSPC y déplace le pod du pool, le pool est importé et ses réplicas servent de nouveau.</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (a JSON patch that first tests the old node):
%2</source>
        <translation>La modification du CStorPoolCluster %1 (un patch JSON qui teste d’abord l’ancien nœud) :
%2</translation>
    </message>
    <message>
        <source>Edit the CStorPoolCluster and follow the pool to its new node</source>
        <translation>Modifier le CStorPoolCluster et suivre le pool jusqu’à son nouveau nœud</translation>
    </message>
    <message>
        <source>In the same edit (the webhook refuses any edit while a pool spec names a gone node):</source>
        <translation>Dans la même modification (le webhook refuse toute modification tant qu’une spécification de pool nomme un nœud disparu) :</translation>
    </message>
    <message>
        <source>pool %1 from gone node %2 to node %3, where its disks are</source>
        <translation>le pool %1 du nœud disparu %2 vers le nœud %3, où sont ses disques</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;De retour&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <source>Point the pools there</source>
        <translation>Pointer les pools vers ces nœuds</translation>
    </message>
</context>
<context>
    <name>Ui::ForecastChart</name>
    <message>
        <source>Pool capacity forecast</source>
        <translation>Prévision de capacité des pools</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>Utilisé (%)</translation>
    </message>
    <message>
        <source>Forecast horizon</source>
        <translation>Horizon de prévision</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>%n prochain jour</numerusform>
            <numerusform>%n prochains jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Pools forecast</source>
        <translation>Pools prévus</translation>
    </message>
    <message numerus="yes">
        <source>The %n soonest read-only</source>
        <translation>
            <numerusform>Le %n premier en lecture seule</numerusform>
            <numerusform>Les %n premiers en lecture seule</numerusform>
        </translation>
    </message>
    <message>
        <source>80 %</source>
        <translation>80 %</translation>
    </message>
    <message>
        <source>read-only at %1 %</source>
        <translation>lecture seule à %1 %</translation>
    </message>
    <message>
        <source>No forecast: %1. The Pool capacity tab shows what this console has seen since it started.</source>
        <translation>Aucune prévision : %1. L’onglet Capacité des pools montre ce que cette console a vu depuis son démarrage.</translation>
    </message>
    <message>
        <source>No forecast for %1: %2.</source>
        <translation>Aucune prévision pour %1 : %2.</translation>
    </message>
    <message>
        <source>The forecast comes from the history the cluster&apos;s Prometheus keeps, once the cluster is shown.</source>
        <translation>La prévision vient de l’historique que conserve le Prometheus du cluster, dès que le cluster est affiché.</translation>
    </message>
    <message>
        <source>%1 is at its read-only threshold (%2 %).</source>
        <translation>%1 est à son seuil de lecture seule (%2 %).</translation>
    </message>
    <message>
        <source>%1 goes read-only (%2 %) in ~%3 days (%4–%5).</source>
        <translation>%1 passe en lecture seule (%2 %) dans ~%3 jours (%4–%5).</translation>
    </message>
    <message>
        <source>%1 is not growing.</source>
        <translation>%1 ne croît pas.</translation>
    </message>
    <message>
        <source>%1 Growth %2 a day over %3 days of history from %4 (%5).</source>
        <translation>%1 Croissance de %2 par jour sur %3 jours d’historique de %4 (%5).</translation>
    </message>
    <message>
        <source>Not from Prometheus: %1.</source>
        <translation>Pas de Prometheus : %1.</translation>
    </message>
</context>
<context>
    <name>Ui::HealthPanel</name>
    <message>
        <source>Health findings</source>
        <translation>Constats de santé</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Détails du constat</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Non connecté à un cluster.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risque :</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correctif :</translation>
    </message>
    <message>
        <source>See it with kubectl:</source>
        <translation>Le voir avec kubectl :</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Règle :</translation>
    </message>
    <message>
        <source>Reading the cluster…</source>
        <translation>Lecture du cluster…</translation>
    </message>
    <message>
        <source>Recover volume…</source>
        <translation>Récupérer le volume…</translation>
    </message>
    <message>
        <source>Recovery applies to a volume with a stuck move or a replica lost on the way.</source>
        <translation>La récupération s&apos;applique à un volume dont un déplacement est bloqué ou dont un réplica s&apos;est perdu en route.</translation>
    </message>
    <message>
        <source>Shows what is wrong with volume %1 and the steps that bring it back, then takes them on your word.</source>
        <translation>Montre ce qui ne va pas avec le volume %1 et les étapes qui le rétablissent, puis les effectue sur votre ordre.</translation>
    </message>
    <message>
        <source>Recover lost node…</source>
        <translation>Récupérer le nœud perdu…</translation>
    </message>
    <message>
        <source>Shows what happens to each volume with a replica on the lost node, and replaces those replicas from their Healthy copies</source>
        <translation>Montre ce qu’il advient de chaque volume ayant un réplica sur le nœud perdu, et remplace ces réplicas à partir de leurs copies Healthy</translation>
    </message>
    <message>
        <source>Replace failed disk…</source>
        <translation>Remplacer le disque défaillant…</translation>
    </message>
    <message>
        <source>Shows the pool&apos;s failed disk and the unclaimed disks of its node that can take its place, then replaces it and follows the resilver</source>
        <translation>Montre le disque défaillant du pool et les disques non réclamés de son nœud qui peuvent prendre sa place, puis le remplace et suit la resynchronisation</translation>
    </message>
    <message>
        <source>Follow moved disks…</source>
        <translation>Suivre les disques déplacés…</translation>
    </message>
    <message>
        <source>When the pool&apos;s disks now sit on another node (its node was replaced, or the disks were moved): shows where they are and points the pool there</source>
        <translation>Quand les disques du pool sont maintenant sur un autre nœud (son nœud a été remplacé, ou les disques déplacés) : montre où ils sont et y pointe le pool</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Warn of read-only within </source>
        <translation>Avertir de la lecture seule sous </translation>
    </message>
    <message>
        <source>Warn of pools going read-only within</source>
        <translation>Avertir des pools passant en lecture seule sous</translation>
    </message>
    <message>
        <source>The doctor warns of pools that their capacity forecast (from the cluster&apos;s Prometheus) puts at their read-only threshold within this many days.</source>
        <translation>Le docteur avertit des pools que leur prévision de capacité (issue du Prometheus du cluster) place à leur seuil de lecture seule d’ici ce nombre de jours.</translation>
    </message>
</context>
<context>
    <name>Ui::IoChart</name>
    <message>
        <source>I/O over time</source>
        <translation>I/O dans le temps</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Operations a second</source>
        <translation>Opérations par seconde</translation>
    </message>
    <message>
        <source>Pool or volume whose I/O is shown</source>
        <translation>Pool ou volume dont l’I/O est affichée</translation>
    </message>
    <message>
        <source>Pool or volume…</source>
        <translation>Pool ou volume…</translation>
    </message>
    <message>
        <source>I/O window</source>
        <translation>Période d’I/O</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Dernier %n jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Throughput (%1)</source>
        <translation>Débit (%1)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Operations a second (right)</source>
        <translation>Opérations par seconde (à droite)</translation>
    </message>
    <message>
        <source>The I/O comes from the cluster&apos;s Prometheus, once the cluster is shown.</source>
        <translation>L’I/O vient du Prometheus du cluster, une fois le cluster affiché.</translation>
    </message>
    <message>
        <source>No I/O: %1.</source>
        <translation>Pas d’I/O : %1.</translation>
    </message>
    <message>
        <source>Type a pool or a volume to see its I/O.</source>
        <translation>Saisissez un pool ou un volume pour voir son I/O.</translation>
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
        <translation>%1 : interrogation de Prometheus %2…</translation>
    </message>
    <message>
        <source>%1: no I/O: %2.</source>
        <translation>%1 : pas d’I/O : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: Prometheus %2 has no I/O of it over the last %n day(s).</source>
        <translation>
            <numerusform>%1 : Prometheus %2 n’en a aucune I/O sur le dernier %n jour.</numerusform>
            <numerusform>%1 : Prometheus %2 n’en a aucune I/O sur les %n derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over the last %n day(s): read %2 (peak %3), write %4 (peak %5), %6 operations a second (peak %7).</source>
        <translation>
            <numerusform>%1 sur le dernier %n jour : lecture %2 (pic %3), écriture %4 (pic %5), %6 opérations par seconde (pic %7).</numerusform>
            <numerusform>%1 sur les %n derniers jours : lecture %2 (pic %3), écriture %4 (pic %5), %6 opérations par seconde (pic %7).</numerusform>
        </translation>
    </message>
    <message>
        <source>Busiest volumes now: %1.</source>
        <translation>Volumes les plus actifs maintenant : %1.</translation>
    </message>
</context>
<context>
    <name>Ui::LostNodeDialog</name>
    <message>
        <source>Recover lost node %1</source>
        <translation>Récupérer le nœud perdu %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Node %1 is lost&lt;/b&gt;: %2.&lt;br&gt;Its replicas cannot be moved off, only replaced: each volume that keeps a Healthy replica on another node gets a new replica, rebuilt from it, and then the lost one leaves the volume. A volume with no Healthy replica left is reported, never changed.</source>
        <translation>&lt;b&gt;Le nœud %1 est perdu&lt;/b&gt; : %2.&lt;br&gt;Ses réplicas ne peuvent pas être déplacés, seulement remplacés : chaque volume qui garde un réplica Healthy sur un autre nœud reçoit un nouveau réplica, reconstruit à partir de lui, puis le réplica perdu quitte le volume. Un volume sans réplica Healthy restant est signalé, jamais modifié.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Replica on</source>
        <translation>Réplica sur</translation>
    </message>
    <message>
        <source>Healthy elsewhere</source>
        <translation>Healthy ailleurs</translation>
    </message>
    <message>
        <source>What the console does</source>
        <translation>Ce que fait la console</translation>
    </message>
    <message>
        <source>Volumes with a replica on the lost node</source>
        <translation>Volumes ayant un réplica sur le nœud perdu</translation>
    </message>
    <message>
        <source>&amp;Volumes with a replica there</source>
        <translation>&amp;Volumes ayant un réplica là-bas</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n replica(s)…</source>
        <translation>
            <numerusform>Remplacer %n réplica…</numerusform>
            <numerusform>Remplacer %n réplicas…</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume can get a new replica now</source>
        <translation>Aucun volume ne peut recevoir de nouveau réplica maintenant</translation>
    </message>
    <message>
        <source>Plan the new replicas: checks, capacity and the server&apos;s dry run before anything changes</source>
        <translation>Planifier les nouveaux réplicas : vérifications, capacité et essai à blanc du serveur avant tout changement</translation>
    </message>
    <message>
        <source>Steps that remove the dead pool</source>
        <translation>Étapes qui retirent le pool mort</translation>
    </message>
    <message>
        <source>No volume uses the pools of %1 any more. If the node is gone for good (if it comes back, its pools still hold these datasets), remove the dead pool by hand:</source>
        <translation>Plus aucun volume n’utilise les pools de %1. Si le nœud est parti pour de bon (s’il revient, ses pools contiennent encore ces datasets), retirez le pool mort à la main :</translation>
    </message>
    <message>
        <source>Copy steps</source>
        <translation>Copier les étapes</translation>
    </message>
    <message>
        <source>New replica on %1</source>
        <translation>Nouveau réplica sur %1</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attendre</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Pas de place</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Pas de quorum</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No volume counts on a replica there.</source>
        <translation>Aucun volume ne compte sur un réplica là-bas.</translation>
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
        <translation>Le jeton de %1 est conservé dans votre trousseau.</translation>
    </message>
    <message>
        <source>The token for %1 is used for this session only: %2</source>
        <translation>Le jeton de %1 n’est utilisé que pour cette session : %2</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Lock: when on, nothing in this window can change the cluster</source>
        <translation>Verrou : activé, rien dans cette fenêtre ne peut modifier le cluster</translation>
    </message>
    <message>
        <source>Read-only (locked)</source>
        <translation>Lecture seule (verrouillé)</translation>
    </message>
    <message>
        <source>Move replica to…</source>
        <translation>Déplacer le réplica vers…</translation>
    </message>
    <message>
        <source>Drain node…</source>
        <translation>Vider le nœud…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=, or the mouse wheel)</source>
        <translation>Zoom avant (Ctrl+=, ou la molette)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, or the mouse wheel)</source>
        <translation>Zoom arrière (Ctrl+-, ou la molette)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Show every node (Ctrl+0)</source>
        <translation>Afficher tous les nœuds (Ctrl+0)</translation>
    </message>
    <message>
        <source>Open kubeconfig…</source>
        <translation>Ouvrir un kubeconfig…</translation>
    </message>
    <message>
        <source>Open demo cluster</source>
        <translation>Ouvrir le cluster de démonstration</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Contexte :</translation>
    </message>
    <message>
        <source>Kubeconfig context</source>
        <translation>Contexte du kubeconfig</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Espace de noms :</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (usually openebs)</source>
        <translation>L’espace de noms où tourne cStor (en général openebs)</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Applies when the console is started again</source>
        <translation>S’applique au prochain démarrage de la console</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes when the console is started again.</source>
        <translation>La langue changera au prochain démarrage de la console.</translation>
    </message>
    <message>
        <source>Filter pools, e.g. node2 or ONLINE</source>
        <translation>Filtrer les pools, p. ex. node2 ou ONLINE</translation>
    </message>
    <message>
        <source>Filter replicas, e.g. a volume, pool, node or phase</source>
        <translation>Filtrer les réplicas, p. ex. par volume, pool, nœud ou phase</translation>
    </message>
    <message>
        <source>Filter volumes, e.g. pvc-d1b2 or Degraded</source>
        <translation>Filtrer les volumes, p. ex. pvc-d1b2 ou Degraded</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>Filtrer les nœuds</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Pools table</source>
        <translation>Table des pools</translation>
    </message>
    <message>
        <source>Replicas table</source>
        <translation>Table des réplicas</translation>
    </message>
    <message>
        <source>Volumes table</source>
        <translation>Table des volumes</translation>
    </message>
    <message>
        <source>Nodes table</source>
        <translation>Table des nœuds</translation>
    </message>
    <message>
        <source>Simulated cluster (demo) — changes affect only this simulation</source>
        <translation>Cluster simulé (démo) — les changements n’affectent que cette simulation</translation>
    </message>
    <message>
        <source>The API server&apos;s certificate is not verified (insecure-skip-tls-verify in the kubeconfig): anyone on the network path could read or change what you see and do.</source>
        <translation>Le certificat du serveur d’API n’est pas vérifié (insecure-skip-tls-verify dans le kubeconfig) : n’importe qui sur le chemin réseau pourrait lire ou modifier ce que vous voyez et faites.</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Avertissement de sécurité</translation>
    </message>
    <message>
        <source>Demo cluster notice</source>
        <translation>Avis sur le cluster de démonstration</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Cluster summary</source>
        <translation>Résumé du cluster</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <source>Cluster: %1
User: %2
Namespace: %3</source>
        <translation>Cluster : %1
Utilisateur : %2
Espace de noms : %3</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>No kubeconfig context</source>
        <translation>Aucun contexte kubeconfig</translation>
    </message>
    <message>
        <source>%1 — cStor Console</source>
        <translation>%1 — cStor Console</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Choose another context</source>
        <translation>Choisir un autre contexte</translation>
    </message>
    <message>
        <source>This kubeconfig cannot be used</source>
        <translation>Ce kubeconfig est inutilisable</translation>
    </message>
    <message>
        <source>The kubeconfig or the context could not be read. Check the file with &lt;tt&gt;kubectl config view&lt;/tt&gt;, or choose another one.</source>
        <translation>Le kubeconfig ou le contexte n’a pas pu être lu. Vérifiez le fichier avec &lt;tt&gt;kubectl config view&lt;/tt&gt;, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Choose kubeconfig file…</source>
        <translation>Choisir un fichier kubeconfig…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Listing the cStor pools, volumes and replicas in namespace &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Liste des pools, volumes et réplicas cStor de l’espace de noms &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>No cStor in this cluster</source>
        <translation>Pas de cStor dans ce cluster</translation>
    </message>
    <message>
        <source>The cluster of context &lt;b&gt;%1&lt;/b&gt; does not serve the cStor resources (cstor.openebs.io). Install OpenEBS cStor there, or choose the context of a cluster that runs it.</source>
        <translation>Le cluster du contexte &lt;b&gt;%1&lt;/b&gt; ne sert pas les ressources cStor (cstor.openebs.io). Installez-y OpenEBS cStor, ou choisissez le contexte d’un cluster qui l’exécute.</translation>
    </message>
    <message>
        <source>The cluster refused your credentials</source>
        <translation>Le cluster a refusé vos identifiants</translation>
    </message>
    <message>
        <source>The API server of context &lt;b&gt;%1&lt;/b&gt; answered 401 Unauthorized: the kubeconfig&apos;s credentials for user &lt;b&gt;%2&lt;/b&gt; are missing, wrong or expired. Renew them (for example with your cloud&apos;s login command), or use a token: it is kept in your desktop keychain, never in a file.</source>
        <translation>Le serveur d’API du contexte &lt;b&gt;%1&lt;/b&gt; a répondu 401 Unauthorized : les identifiants du kubeconfig pour l’utilisateur &lt;b&gt;%2&lt;/b&gt; sont absents, erronés ou expirés. Renouvelez-les (par exemple avec la commande de connexion de votre cloud), ou utilisez un jeton : il est conservé dans le trousseau de votre bureau, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Use a token…</source>
        <translation>Utiliser un jeton…</translation>
    </message>
    <message>
        <source>No permission to list cStor objects</source>
        <translation>Pas le droit de lister les objets cStor</translation>
    </message>
    <message>
        <source>Your user in context &lt;b&gt;%1&lt;/b&gt; may not list the cStor pools, volumes and replicas in namespace &lt;b&gt;%2&lt;/b&gt;. Ask your cluster administrator for get, list and watch on cstor.openebs.io resources and events there, or choose another namespace or context.</source>
        <translation>Votre utilisateur dans le contexte &lt;b&gt;%1&lt;/b&gt; ne peut pas lister les pools, volumes et réplicas cStor de l’espace de noms &lt;b&gt;%2&lt;/b&gt;. Demandez à l’administrateur du cluster les droits get, list et watch sur les ressources cstor.openebs.io et les événements de cet espace, ou choisissez un autre espace de noms ou contexte.</translation>
    </message>
    <message>
        <source>Cannot reach the cluster</source>
        <translation>Cluster injoignable</translation>
    </message>
    <message>
        <source>The API server of context &lt;b&gt;%1&lt;/b&gt; does not answer. Check your network or VPN and that the cluster is running; the console keeps retrying.</source>
        <translation>Le serveur d’API du contexte &lt;b&gt;%1&lt;/b&gt; ne répond pas. Vérifiez votre réseau ou VPN et que le cluster fonctionne ; la console continue d’essayer.</translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation>Jeton pour %1</translation>
    </message>
    <message>
        <source>Bearer token for context %1 (kept in your desktop keychain, never in a file):</source>
        <translation>Jeton bearer pour le contexte %1 (conservé dans le trousseau de votre bureau, jamais dans un fichier) :</translation>
    </message>
    <message>
        <source>Choose kubeconfig file</source>
        <translation>Choisir un fichier kubeconfig</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Non connecté à un cluster.</translation>
    </message>
    <message>
        <source>The read-only lock is on; unlock it in the toolbar to make changes.</source>
        <translation>Le verrou lecture seule est actif ; déverrouillez-le dans la barre d’outils pour faire des changements.</translation>
    </message>
    <message>
        <source>Checking whether your user may change volume placement…</source>
        <translation>Vérification des droits de votre utilisateur sur le placement des volumes…</translation>
    </message>
    <message>
        <source>Select a replica in the topology or the replicas table, then move it.</source>
        <translation>Sélectionnez un réplica dans la topologie ou la table des réplicas, puis déplacez-le.</translation>
    </message>
    <message>
        <source>Plan moving the selected replica to another pool</source>
        <translation>Planifier le déplacement du réplica sélectionné vers un autre pool</translation>
    </message>
    <message>
        <source>Select a node in the topology or the nodes table, then drain it.</source>
        <translation>Sélectionnez un nœud dans la topologie ou la table des nœuds, puis videz-le.</translation>
    </message>
    <message>
        <source>Plan moving every replica off %1</source>
        <translation>Planifier le déplacement de tous les réplicas hors de %1</translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>&amp;Topologie</translation>
    </message>
    <message>
        <source>&amp;Pools table</source>
        <translation>Table des &amp;pools</translation>
    </message>
    <message>
        <source>&amp;Replicas table</source>
        <translation>Table des &amp;réplicas</translation>
    </message>
    <message>
        <source>&amp;Volumes table</source>
        <translation>Table des &amp;volumes</translation>
    </message>
    <message>
        <source>&amp;Nodes table</source>
        <translation>Table des &amp;nœuds</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Migrations</source>
        <translation>&amp;Migrations</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Migration %1</source>
        <translation>Migration %1</translation>
    </message>
    <message>
        <source>Migration %1: %2</source>
        <translation>Migration %1 : %2</translation>
    </message>
    <message>
        <source>The replica is gone.</source>
        <translation>Le réplica n’existe plus.</translation>
    </message>
    <message>
        <source>The replica is already on this pool.</source>
        <translation>Le réplica est déjà sur ce pool.</translation>
    </message>
    <message>
        <source>Nothing to move: the replica is gone.</source>
        <translation>Rien à déplacer : le réplica n’existe plus.</translation>
    </message>
    <message>
        <source>Cannot drain %1: %2</source>
        <translation>Impossible de vider %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no replicas.</source>
        <translation>%1 ne contient aucun réplica.</translation>
    </message>
    <message>
        <source>Move %1 from %2 to</source>
        <translation>Déplacer %1 de %2 vers</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Plan this move</source>
        <translation>Planifier ce déplacement</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
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
            <numerusform>%n réplica</numerusform>
            <numerusform>%n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 used (%3 %)</source>
        <translation>%1 sur %2 utilisés (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n en reconstruction</numerusform>
            <numerusform>%n en reconstruction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n non sain</numerusform>
            <numerusform>%n non sains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale node(s)</source>
        <translation>
            <numerusform>%n nœud périmé</numerusform>
            <numerusform>%n nœuds périmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read-only pool(s)</source>
        <translation>
            <numerusform>%n pool en lecture seule</numerusform>
            <numerusform>%n pools en lecture seule</numerusform>
        </translation>
    </message>
    <message>
        <source>Unhealthy: %1 pools, %2 volumes, %3 replicas (stale replicas count as unhealthy)</source>
        <translation>Non sains : %1 pools, %2 volumes, %3 réplicas (les réplicas périmés comptent comme non sains)</translation>
    </message>
    <message>
        <source>The credential plugin is not trusted yet</source>
        <translation>Le plugin d’identification n’est pas encore approuvé</translation>
    </message>
    <message>
        <source>Context &lt;b&gt;%1&lt;/b&gt; signs in by running a program named in its kubeconfig. Nothing has been run. Review the program and trust it to connect, or choose another context.</source>
        <translation>Le contexte &lt;b&gt;%1&lt;/b&gt; se connecte en exécutant un programme nommé dans son kubeconfig. Rien n’a été exécuté. Examinez le programme et approuvez-le pour vous connecter, ou choisissez un autre contexte.</translation>
    </message>
    <message>
        <source>Review Plugin…</source>
        <translation>Examiner le plugin…</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Santé</translation>
    </message>
    <message>
        <source>Show what the doctor found (Alt+9)</source>
        <translation>Afficher ce que le docteur a trouvé (Alt+9)</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Santé : %1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>List the whole cluster again from the server (Ctrl+R)</source>
        <translation>Relister tout le cluster depuis le serveur (Ctrl+R)</translation>
    </message>
    <message>
        <source>Listing the whole cluster again…</source>
        <translation>Nouveau listage de tout le cluster…</translation>
    </message>
    <message>
        <source>Listed again: what is shown is what the server said at %1.</source>
        <translation>Relisté : ce qui est affiché est ce que le serveur disait à %1.</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Evacuate nodes or pools…</source>
        <translation>Évacuer des nœuds ou des pools…</translation>
    </message>
    <message>
        <source>Empty several nodes or pools as one plan of moves, run within caps you set</source>
        <translation>Vider plusieurs nœuds ou pools en un seul plan de déplacements, exécuté dans les plafonds que vous fixez</translation>
    </message>
    <message>
        <source>Rebalance pools…</source>
        <translation>Rééquilibrer les pools…</translation>
    </message>
    <message>
        <source>Bring the used capacity of a pool cluster&apos;s pools within a few points of each other, as one plan of moves run within caps you set</source>
        <translation>Ramener la capacité utilisée des pools d’un pool cluster à quelques points les unes des autres, en un seul plan de déplacements exécuté dans les plafonds que vous fixez</translation>
    </message>
    <message>
        <source>Objects not shown</source>
        <translation>Objets non affichés</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) of the cluster could not be read and are not shown as they are: %1</source>
        <translation>
            <numerusform>%n objet du cluster n’a pas pu être lu et n’est pas affiché tel qu’il est : %1</numerusform>
            <numerusform>%n objets du cluster n’ont pas pu être lus et ne sont pas affichés tels qu’ils sont : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Palette de commandes…</translation>
    </message>
    <message>
        <source>Run any command, or show a node, pool or volume, by typing part of its name (Ctrl+K)</source>
        <translation>Lancer n&apos;importe quelle commande, ou afficher un nœud, un pool ou un volume, en tapant une partie de son nom (Ctrl+K)</translation>
    </message>
    <message>
        <source>Cluster&apos;s Prometheus…</source>
        <translation>Prometheus du cluster…</translation>
    </message>
    <message>
        <source>Name the Prometheus the capacity forecasts and I/O come from, for this context</source>
        <translation>Désigner le Prometheus d&apos;où viennent les prévisions de capacité et l&apos;I/O, pour ce contexte</translation>
    </message>
</context>
<context>
    <name>Ui::NodeItem</name>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n non sain</numerusform>
            <numerusform>%n non sains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n en reconstruction</numerusform>
            <numerusform>%n en reconstruction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n réplica</numerusform>
            <numerusform>%n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>PÉRIMÉ</translation>
    </message>
    <message>
        <source>No cStor pool</source>
        <translation>Aucun pool cStor</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>NON PRÊT</translation>
    </message>
</context>
<context>
    <name>Ui::NodeLossDialog</name>
    <message>
        <source>If %1 is lost now</source>
        <translation>Si %1 est perdu maintenant</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Healthy left</source>
        <translation>Healthy restants</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Volumes with a replica on %1</source>
        <translation>Volumes ayant une réplica sur %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Evacuate the node first (Actions ▸ Evacuate nodes or pools…) to take it down without losing anything.</source>
        <translation>Rien n&apos;a été modifié. Évacuez d&apos;abord le nœud (Actions ▸ Évacuer des nœuds ou des pools…) pour l&apos;arrêter sans rien perdre.</translation>
    </message>
    <message>
        <source>Evacuate this node…</source>
        <translation>Évacuer ce nœud…</translation>
    </message>
    <message>
        <source>Plan moving every replica off %1 first, each to a pool of its pool cluster on another node</source>
        <translation>Planifier d&apos;abord le déplacement de chaque réplica de %1, chacune vers un pool de son cluster de pools sur un autre nœud</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of the volume&apos;s %2 replica(s) stay Healthy on other live nodes; its target needs %3 to serve I/O</source>
        <translation>%1 des %2 réplicas du volume restent Healthy sur d&apos;autres nœuds vivants ; sa cible en a besoin de %3 pour servir les E/S</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>Filtrer par nom de nœud ou de pool</translation>
    </message>
    <message>
        <source>Filter nodes and pools</source>
        <translation>Filtrer les nœuds et les pools</translation>
    </message>
    <message>
        <source>Node / pool</source>
        <translation>Nœud / pool</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Nodes and pools to empty</source>
        <translation>Nœuds et pools à vider</translation>
    </message>
    <message>
        <source>Nodes shown</source>
        <translation>Nœuds affichés</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s)</source>
        <translation>
            <numerusform>%1 sur %n nœud</numerusform>
            <numerusform>%1 sur %n nœuds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::OperationsPanel</name>
    <message>
        <source>Migration queue</source>
        <translation>File des migrations</translation>
    </message>
    <message>
        <source>Progress is estimated from the replicas&apos; used space.</source>
        <translation>La progression est estimée d’après l’espace utilisé des réplicas.</translation>
    </message>
    <message>
        <source>Cancel move</source>
        <translation>Annuler le déplacement</translation>
    </message>
    <message>
        <source>Move back…</source>
        <translation>Redéplacer en sens inverse…</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Cannot cancel</source>
        <translation>Annulation impossible</translation>
    </message>
    <message>
        <source>Remove the new replica again and keep the source (before the old replica is removed)</source>
        <translation>Retirer à nouveau le nouveau réplica et garder la source (avant que l’ancien réplica ne soit retiré)</translation>
    </message>
    <message>
        <source>Plan the reverse move</source>
        <translation>Planifier le déplacement inverse</translation>
    </message>
    <message>
        <source>No migrations yet: drag a replica onto another pool in the topology, or select it and press Ctrl+M.</source>
        <translation>Aucune migration pour l&apos;instant : faites glisser un réplica sur un autre pool dans la topologie, ou sélectionnez-le et appuyez sur Ctrl+M.</translation>
    </message>
    <message>
        <source>Start sooner</source>
        <translation>Démarrer plus tôt</translation>
    </message>
    <message>
        <source>Start later</source>
        <translation>Démarrer plus tard</translation>
    </message>
    <message>
        <source>Cancel waiting…</source>
        <translation>Annuler ceux en attente…</translation>
    </message>
    <message>
        <source>About the progress</source>
        <translation>À propos de la progression</translation>
    </message>
    <message>
        <source>Cancel waiting moves</source>
        <translation>Annuler les déplacements en attente</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n move(s) that have not started?</source>
        <translation>
            <numerusform>Annuler le %n déplacement qui n’a pas démarré ?</numerusform>
            <numerusform>Annuler les %n déplacements qui n’ont pas démarré ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Running moves go on to the end. The cancelled moves can be planned again later.</source>
        <translation>Les déplacements en cours vont jusqu’au bout. Les déplacements annulés peuvent être replanifiés plus tard.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les conserver</translation>
    </message>
    <message>
        <source>Start the selected waiting move before the one ahead of it</source>
        <translation>Démarrer le déplacement en attente sélectionné avant celui qui le précède</translation>
    </message>
    <message>
        <source>Start the selected waiting move after the one behind it</source>
        <translation>Démarrer le déplacement en attente sélectionné après celui qui le suit</translation>
    </message>
    <message>
        <source>Cancel every move that has not started; running moves finish</source>
        <translation>Annuler tous les déplacements qui n’ont pas démarré ; les déplacements en cours se terminent</translation>
    </message>
    <message>
        <source>Moved by another console</source>
        <translation>Déplacé par une autre console</translation>
    </message>
    <message>
        <source>Moves run by other consoles</source>
        <translation>Déplacements exécutés par d’autres consoles</translation>
    </message>
    <message>
        <source>A move can be adopted once its console is silent: its process on this host is gone, or it has not renewed its record for %1.</source>
        <translation>Un déplacement peut être repris dès que sa console se tait : son processus sur cet hôte a disparu, ou elle n’a pas renouvelé son inscription depuis %1.</translation>
    </message>
    <message>
        <source>Adopt move…</source>
        <translation>Reprendre le déplacement…</translation>
    </message>
    <message>
        <source>Adopt move</source>
        <translation>Reprendre le déplacement</translation>
    </message>
    <message>
        <source>Finish this move here: wait for the new replica and the volume to be Healthy, then remove the old replica</source>
        <translation>Terminer ce déplacement ici : attendre que le nouveau réplica et le volume soient Healthy, puis supprimer l’ancien réplica</translation>
    </message>
    <message>
        <source>Adopt the move of %1?</source>
        <translation>Reprendre le déplacement de %1 ?</translation>
    </message>
    <message>
        <source>%1

This console then finishes the move: it waits until the new replica on %2 and the volume are Healthy, then removes the old replica on %3 (a move that was rolling back is rolled back). If the other console comes back, it leaves the move to this one.</source>
        <translation>%1

Cette console termine alors le déplacement : elle attend que le nouveau réplica sur %2 et le volume soient Healthy, puis supprime l’ancien réplica sur %3 (un déplacement en cours d’annulation est annulé). Si l’autre console revient, elle lui laisse le déplacement.</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Laisser</translation>
    </message>
    <message>
        <source>Cannot adopt</source>
        <translation>Reprise impossible</translation>
    </message>
    <message>
        <source>Cannot adopt the move of %1: %2</source>
        <translation>Impossible de reprendre le déplacement de %1 : %2</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewLegendItem</name>
    <message>
        <source>Fullest pool used:</source>
        <translation>Pool le plus plein, utilisé :</translation>
    </message>
    <message>
        <source>capacity unknown</source>
        <translation>capacité inconnue</translation>
    </message>
    <message>
        <source>offline, faulted or NotReady</source>
        <translation>hors ligne, en panne ou NotReady</translation>
    </message>
    <message>
        <source>degraded, read-only or stale</source>
        <translation>dégradé, en lecture seule ou périmé</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>en reconstruction</translation>
    </message>
    <message>
        <source>Click a node to see it in detail</source>
        <translation>Cliquez sur un nœud pour le voir en détail</translation>
    </message>
</context>
<context>
    <name>Ui::PlanDialog</name>
    <message>
        <source>Move replica</source>
        <translation>Déplacer le réplica</translation>
    </message>
    <message numerus="yes">
        <source>Move %n replicas</source>
        <translation>
            <numerusform>Déplacer %n réplica</numerusform>
            <numerusform>Déplacer %n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Move a replica of %1&lt;/b&gt;&lt;br&gt;from pool &lt;b&gt;%2&lt;/b&gt; to pool &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Déplacer un réplica de %1&lt;/b&gt;&lt;br&gt;du pool &lt;b&gt;%2&lt;/b&gt; vers le pool &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Move %n replicas&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Déplacer %n réplica&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Déplacer %n réplicas&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Add the target pool to the volume (a new replica is created and rebuilds from its peers).&lt;/li&gt;&lt;li&gt;Wait until the new replica and the volume are Healthy.&lt;/li&gt;&lt;li&gt;Remove the source pool (the old replica is deleted).&lt;/li&gt;&lt;/ol&gt;The old replica is never removed before its replacement is Healthy.</source>
        <translation>&lt;ol&gt;&lt;li&gt;Ajouter le pool cible au volume (un nouveau réplica est créé et se reconstruit à partir de ses pairs).&lt;/li&gt;&lt;li&gt;Attendre que le nouveau réplica et le volume soient Healthy.&lt;/li&gt;&lt;li&gt;Retirer le pool source (l’ancien réplica est supprimé).&lt;/li&gt;&lt;/ol&gt;L’ancien réplica n’est jamais retiré avant que son remplaçant soit Healthy.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Vérifications</translation>
    </message>
    <message>
        <source>C&amp;apacity before and after</source>
        <translation>C&amp;apacité avant et après</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Capacity after the moves</source>
        <translation>Capacité après les déplacements</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>REFUSÉ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>Writes are allowed</source>
        <translation>Écritures autorisées</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>REFUSÉ : %1</translation>
    </message>
    <message>
        <source>Dry run: not sent, a check refused the plan.</source>
        <translation>Essai à blanc : non envoyé, une vérification a refusé le plan.</translation>
    </message>
    <message>
        <source>Dry run: asking the server…</source>
        <translation>Essai à blanc : interrogation du serveur…</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1 : %2
</translation>
    </message>
    <message>
        <source>Dry run: the server accepts the change.</source>
        <translation>Essai à blanc : le serveur accepte le changement.</translation>
    </message>
    <message>
        <source>Dry run refused: %1</source>
        <translation>Essai à blanc refusé : %1</translation>
    </message>
    <message>
        <source>A check refused the plan</source>
        <translation>Une vérification a refusé le plan</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s dry run</source>
        <translation>En attente de l’essai à blanc du serveur</translation>
    </message>
    <message>
        <source>Recent I/O of %1: %2. A rebuild adds its copy to the pools&apos; load while it runs; a busy volume may be better moved at a quiet hour.</source>
        <translation>I/O récentes de %1 : %2. Une reconstruction ajoute sa copie à la charge des pools tant qu’elle dure ; mieux vaut peut-être déplacer un volume chargé à une heure calme.</translation>
    </message>
</context>
<context>
    <name>Ui::PoolItem</name>
    <message>
        <source>%1 % used · %2 free of %3</source>
        <translation>%1 % utilisé · %2 libres sur %3</translation>
    </message>
    <message>
        <source>READ-ONLY · %1 % used · %2 free</source>
        <translation>LECTURE SEULE · %1 % utilisé · %2 libres</translation>
    </message>
    <message>
        <source>NEAR LIMIT · %1 % used · %2 free</source>
        <translation>PROCHE DE LA LIMITE · %1 % utilisé · %2 libres</translation>
    </message>
</context>
<context>
    <name>Ui::PoolTaskDialog</name>
    <message>
        <source>Reading pool %1 …</source>
        <translation>Lecture du pool %1 …</translation>
    </message>
    <message>
        <source>The edit and its progress</source>
        <translation>La modification et sa progression</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pool cannot be read&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Le pool ne peut pas être lu&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Ce que vous pouvez faire :</translation>
    </message>
</context>
<context>
    <name>Ui::ProjectionChart</name>
    <message>
        <source>Used capacity before and after</source>
        <translation>Capacité utilisée avant et après</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>%1 crosses %2 %: %3 % → %4 %</source>
        <translation>%1 franchit %2 % : %3 % → %4 %</translation>
    </message>
    <message>
        <source>%1 stays above %2 %: %3 % → %4 %</source>
        <translation>%1 reste au-delà de %2 % : %3 % → %4 %</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>Utilisé (%)</translation>
    </message>
    <message>
        <source>No affected pool reaches %1 % used.</source>
        <translation>Aucun pool concerné n’atteint %1 % d’utilisation.</translation>
    </message>
</context>
<context>
    <name>Ui::PrometheusSetting</name>
    <message>
        <source>Cluster&apos;s Prometheus</source>
        <translation>Prometheus du cluster</translation>
    </message>
    <message>
        <source>The Prometheus Service of context %1, as NAMESPACE/SERVICE:PORT (for example monitoring/prometheus-operated:9090). It is asked through the API server&apos;s service proxy with the context&apos;s credentials. Leave it empty to let the console look for it as Lens does.</source>
        <translation>Le Service Prometheus du contexte %1, sous la forme NAMESPACE/SERVICE:PORT (par exemple monitoring/prometheus-operated:9090). Il est interrogé via le proxy de services du serveur d&apos;API avec les identifiants du contexte. Laissez vide pour que la console le cherche comme le fait Lens.</translation>
    </message>
</context>
<context>
    <name>Ui::QueueBar</name>
    <message>
        <source>Move queue</source>
        <translation>File des déplacements</translation>
    </message>
    <message>
        <source>Data copied by the plan</source>
        <translation>Données copiées par le plan</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>Progression du plan</translation>
    </message>
    <message>
        <source>Pause queue</source>
        <translation>Suspendre la file</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>Reprendre la file</translation>
    </message>
    <message>
        <source>Queue paused</source>
        <translation>File en pause</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Fenêtre de maintenance</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused.&lt;/b&gt;</source>
        <translation>&lt;b&gt;File d’attente en pause.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;File d’attente en pause :&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>Running moves finish; no waiting move starts until the queue is resumed.</source>
        <translation>Les déplacements en cours se terminent ; aucun déplacement en attente ne démarre avant la reprise de la file d’attente.</translation>
    </message>
    <message>
        <source>Moves start only between %1</source>
        <translation>Les déplacements ne démarrent que dans la plage %1</translation>
    </message>
    <message>
        <source>Let the waiting moves start again, as the caps allow</source>
        <translation>Laisser les déplacements en attente redémarrer, dans la limite des plafonds</translation>
    </message>
    <message>
        <source>Start no more moves until the queue is resumed; the running ones finish</source>
        <translation>Ne plus démarrer de déplacement jusqu’à la reprise de la file d’attente ; ceux en cours se terminent</translation>
    </message>
    <message>
        <source>by %1 in the window</source>
        <translation>par %1 dans la fenêtre</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>un opérateur</translation>
    </message>
</context>
<context>
    <name>Ui::QueueSettingsForm</name>
    <message>
        <source>Rebuilds onto one &amp;pool at once:</source>
        <translation>Reconstructions simultanées vers un même &amp;pool :</translation>
    </message>
    <message>
        <source>A pool that receives replicas rebuilds them with its own disks</source>
        <translation>Un pool qui reçoit des réplicas les reconstruit avec ses propres disques</translation>
    </message>
    <message>
        <source>Moves off one &amp;node at once:</source>
        <translation>Déplacements simultanés depuis un même &amp;nœud :</translation>
    </message>
    <message>
        <source>Every move reads its data from the volume&apos;s other replicas</source>
        <translation>Chaque déplacement lit ses données sur les autres réplicas du volume</translation>
    </message>
    <message>
        <source>Moves in the &amp;cluster at once:</source>
        <translation>Déplacements simultanés dans le &amp;cluster :</translation>
    </message>
    <message>
        <source>All moves of every plan</source>
        <translation>Tous les déplacements de tous les plans</translation>
    </message>
    <message>
        <source>cStor has no rebuild throttle: these caps are the lever on the load.</source>
        <translation>cStor ne limite pas le débit des reconstructions : ces plafonds sont le levier sur la charge.</translation>
    </message>
    <message>
        <source>Start moves only &amp;between</source>
        <translation>Démarrer les déplacements uniquement &amp;entre</translation>
    </message>
    <message>
        <source>Start moves only in a maintenance window</source>
        <translation>Ne démarrer les déplacements que dans une fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Waiting moves start only in these hours of the day (local time); a move running when the window closes finishes</source>
        <translation>Les déplacements en attente ne démarrent qu’à ces heures de la journée (heure locale) ; un déplacement en cours à la fermeture de la fenêtre se termine</translation>
    </message>
    <message>
        <source>Window opens at</source>
        <translation>Ouverture de la fenêtre à</translation>
    </message>
    <message>
        <source>Window closes at</source>
        <translation>Fermeture de la fenêtre à</translation>
    </message>
    <message>
        <source>Time zone of the window</source>
        <translation>Fuseau horaire de la fenêtre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>opens and closes at the same minute</source>
        <translation>s’ouvre et se ferme à la même minute</translation>
    </message>
    <message>
        <source>Untick the box to start moves at any time</source>
        <translation>Décochez la case pour démarrer les déplacements à tout moment</translation>
    </message>
</context>
<context>
    <name>Ui::QuitGuard</name>
    <message>
        <source>A replica is being moved.</source>
        <translation>Un réplica est en cours de déplacement.</translation>
    </message>
    <message>
        <source>%1 replicas are being moved.</source>
        <translation>%1 réplicas sont en cours de déplacement.</translation>
    </message>
    <message>
        <source>A move of a replica is waiting to start.</source>
        <translation>Un déplacement de réplica attend de commencer.</translation>
    </message>
    <message>
        <source>%1 moves of replicas are waiting to start.</source>
        <translation>%1 déplacements de réplicas attendent de commencer.</translation>
    </message>
    <message>
        <source>Moves are under way</source>
        <translation>Des déplacements sont en cours</translation>
    </message>
    <message>
        <source>If you quit now, each started move stops where it is: the volume keeps its old and its new replica, so nothing is lost, but it holds one replica more until cStor Console carries the move on.</source>
        <translation>Si vous quittez maintenant, chaque déplacement commencé s’arrête où il en est : le volume garde son ancien et son nouveau réplica, rien n’est donc perdu, mais il a un réplica de plus jusqu’à ce que cStor Console poursuive le déplacement.</translation>
    </message>
    <message>
        <source>The waiting move will not start.</source>
        <translation>Le déplacement en attente ne commencera pas.</translation>
    </message>
    <message>
        <source>The %1 waiting moves will not start.</source>
        <translation>Les %1 déplacements en attente ne commenceront pas.</translation>
    </message>
    <message>
        <source>The next time cStor Console connects to this context, it finishes what was left.</source>
        <translation>La prochaine fois que cStor Console se connectera à ce contexte, il terminera ce qui reste.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>Ui::RebalanceDialog</name>
    <message>
        <source>Rebalance pools</source>
        <translation>Rééquilibrer les pools</translation>
    </message>
    <message>
        <source>Brings the used capacity of a pool cluster&apos;s pools within a few points of each other: again and again a replica leaves the fullest pool for the pool that stays emptiest with it, small replicas of Healthy volumes first, under every rule of a single move. Only ONLINE, writable pools on live nodes count.</source>
        <translation>Ramène la capacité utilisée des pools d’un pool cluster à quelques points les unes des autres : un réplica quitte à chaque fois le pool le plus plein pour le pool qui reste le plus vide avec lui, les petits réplicas de volumes Healthy d’abord, en respectant chaque règle d’un déplacement isolé. Seuls les pools ONLINE, accessibles en écriture et sur des nœuds actifs comptent.</translation>
    </message>
    <message>
        <source>Pool cluster to rebalance</source>
        <translation>Pool cluster à rééquilibrer</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Target spread in percentage points</source>
        <translation>Écart visé en points de pourcentage</translation>
    </message>
    <message>
        <source>The most percentage points of used capacity between the fullest and the emptiest pool</source>
        <translation>Écart maximal, en points de pourcentage de capacité utilisée, entre le pool le plus plein et le plus vide</translation>
    </message>
    <message>
        <source>Target &amp;spread:</source>
        <translation>Écart &amp;visé :</translation>
    </message>
    <message>
        <source>Capacity after the moves</source>
        <translation>Capacité après les déplacements</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>Pool source</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>Pool cible</translation>
    </message>
    <message>
        <source>To node</source>
        <translation>Nœud cible</translation>
    </message>
    <message>
        <source>Moves of the plan</source>
        <translation>Déplacements du plan</translation>
    </message>
    <message>
        <source>&amp;Moves</source>
        <translation>&amp;Déplacements</translation>
    </message>
    <message>
        <source>Pools left out and why the target is not reached</source>
        <translation>Pools écartés et pourquoi l’objectif n’est pas atteint</translation>
    </message>
    <message>
        <source>Show plan…</source>
        <translation>Afficher le plan…</translation>
    </message>
    <message>
        <source>The moves with their checks, each pool&apos;s capacity before and after, and the server&apos;s dry run, before anything changes</source>
        <translation>Les déplacements avec leurs vérifications, la capacité de chaque pool avant et après, et l’essai à blanc du serveur, avant tout changement</translation>
    </message>
    <message>
        <source>Every pool cluster</source>
        <translation>Tous les pool clusters</translation>
    </message>
    <message>
        <source>Pool cluster %1</source>
        <translation>Pool cluster %1</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <source>spread %1 points now.</source>
        <translation>écart actuel de %1 points.</translation>
    </message>
    <message>
        <source>The best plan leaves a spread of %1 points, more than %2: nothing can start. Set the target to %1 points to apply that plan.</source>
        <translation>Le meilleur plan laisse un écart de %1 points, plus que %2 : rien ne peut démarrer. Fixez l’objectif à %1 points pour appliquer ce plan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the pools are within %2 points already (spread %3): nothing to move.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : les pools sont déjà à moins de %2 points (écart %3) : rien à déplacer.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: spread %2 → %3 points (at most %4): %n replica(s) to move, %5 to copy.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : écart %2 → %3 points (au plus %4) : %n réplica à déplacer, %5 à copier.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : écart %2 → %3 points (au plus %4) : %n réplicas à déplacer, %5 à copier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool cl&amp;uster:</source>
        <translation>Pool cl&amp;uster :</translation>
    </message>
    <message>
        <source>Pools before and &amp;after</source>
        <translation>Pools &amp;avant et après</translation>
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
        <translation>Progression de la reconstruction (estimée)</translation>
    </message>
    <message>
        <source>Estimated % copied</source>
        <translation>% copié (estimation)</translation>
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
        <translation>%1 — bloqué</translation>
    </message>
    <message>
        <source>Percentages are estimates from the new replica&apos;s used bytes.</source>
        <translation>Les pourcentages sont estimés d’après les octets utilisés du nouveau réplica.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>rate unknown</source>
        <translation>débit inconnu</translation>
    </message>
    <message>
        <source>%1: stalled</source>
        <translation>%1 : bloqué</translation>
    </message>
    <message>
        <source>%1: ETA %2 at %3</source>
        <translation>%1 : fin dans %2 à %3</translation>
    </message>
    <message>
        <source>%1: ETA unknown (%2)</source>
        <translation>%1 : fin inconnue (%2)</translation>
    </message>
    <message>
        <source>No replica is rebuilding. %1</source>
        <translation>Aucun réplica en reconstruction. %1</translation>
    </message>
    <message>
        <source>Rebuild progress (estimated) — %1</source>
        <translation>Progression de la reconstruction (estimée) — %1</translation>
    </message>
    <message>
        <source>Rebuild of %1 %2 % (estimate)</source>
        <translation>Reconstruction de %1 : %2 % (estimation)</translation>
    </message>
    <message>
        <source>, stalled</source>
        <translation>, bloqué</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, encore environ %1</translation>
    </message>
    <message>
        <source>No replica is rebuilding.</source>
        <translation>Aucun réplica en reconstruction.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rebuilding (hover a line for its name)</source>
        <translation>
            <numerusform>… et %n autre en reconstruction (survolez une ligne pour son nom)</numerusform>
            <numerusform>… et %n autres en reconstruction (survolez une ligne pour son nom)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuild progress (estimated) — %n rebuilding</source>
        <translation>
            <numerusform>Reconstruction (estimée) — %n en cours</numerusform>
            <numerusform>Reconstruction (estimée) — %n en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 % copied at %3 s (estimate)</source>
        <translation>%1
%2 % copiés à %3 s (estimation)</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Environ %1 restant</translation>
    </message>
</context>
<context>
    <name>Ui::RecoveryDialog</name>
    <message>
        <source>Recover volume %1</source>
        <translation>Récupérer le volume %1</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>Plan de récupération</translation>
    </message>
    <message>
        <source>Recovery progress</source>
        <translation>Progression de la récupération</translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation>Récupérer maintenant</translation>
    </message>
    <message>
        <source>Reading volume %1 from the cluster…</source>
        <translation>Lecture du volume %1 dans le cluster…</translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 can be brought back in %n step(s), each verified on the cluster before the next:</source>
        <translation>
            <numerusform>Le volume %1 peut être rétabli en %n étape, vérifiée sur le cluster :</numerusform>
            <numerusform>Le volume %1 peut être rétabli en %n étapes, chacune vérifiée sur le cluster avant la suivante :</numerusform>
        </translation>
    </message>
    <message>
        <source>Volume %1 needs a manual recovery; the console changes nothing.</source>
        <translation>Le volume %1 doit être récupéré à la main ; la console ne change rien.</translation>
    </message>
    <message>
        <source>Volume %1: nothing to do; it is at its replica count, all replicas Healthy on live nodes.</source>
        <translation>Volume %1 : rien à faire ; il a son nombre de réplicas, tous Healthy sur des nœuds actifs.</translation>
    </message>
    <message>
        <source>The volume could not be read (exit code %1).</source>
        <translation>Le volume n&apos;a pas pu être lu (code de sortie %1).</translation>
    </message>
    <message>
        <source>Recovering volume %1…</source>
        <translation>Récupération du volume %1…</translation>
    </message>
    <message>
        <source>Volume %1 is back at its replica count, all replicas Healthy.</source>
        <translation>Le volume %1 a retrouvé son nombre de réplicas, tous Healthy.</translation>
    </message>
    <message>
        <source>The recovery of volume %1 stopped before the volume was back; the progress below says which step and why.</source>
        <translation>La récupération du volume %1 s&apos;est arrêtée avant que le volume soit rétabli ; la progression ci-dessous dit à quelle étape et pourquoi.</translation>
    </message>
    <message>
        <source>What is wrong:</source>
        <translation>Ce qui ne va pas :</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <source>Not automated:</source>
        <translation>Non automatisé :</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risque :</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Ce que vous pouvez faire :</translation>
    </message>
</context>
<context>
    <name>Ui::RecoveryProcess</name>
    <message>
        <source>The recovery command stopped unexpectedly.</source>
        <translation>La commande de récupération s&apos;est arrêtée de façon inattendue.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Impossible d&apos;exécuter %1 : %2</translation>
    </message>
</context>
<context>
    <name>Ui::ReplicaChip</name>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>Reconstructing</source>
        <translation>Reconstruction</translation>
    </message>
    <message>
        <source>New, degraded</source>
        <translation>Nouveau, dégradé</translation>
    </message>
    <message>
        <source>~%1 %</source>
        <translation>~%1 %</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
</context>
<context>
    <name>Ui::RowCopy</name>
    <message>
        <source>Copy rows</source>
        <translation>Copier les lignes</translation>
    </message>
</context>
<context>
    <name>Ui::SearchField</name>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find a node, pool, volume or replica by any part of its name, or a volume by its claim or its pods; Enter shows the first match</source>
        <translation>Trouver un nœud, un pool, un volume ou une réplique par une partie de son nom, ou un volume par son claim ou ses pods ; Entrée affiche le premier résultat</translation>
    </message>
</context>
<context>
    <name>Ui::SearchIndex</name>
    <message>
        <source>node</source>
        <translation>nœud</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>pool</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>réplique</translation>
    </message>
</context>
<context>
    <name>Ui::TablePanel</name>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Show only rows that are unhealthy, read-only or stale</source>
        <translation>N’afficher que les lignes non saines, en lecture seule ou périmées</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyItemAccessible</name>
    <message>
        <source>Stale</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <source>Node %1, %2</source>
        <translation>Nœud %1, %2</translation>
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
            <numerusform>%n réplica</numerusform>
            <numerusform>%n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool %1</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <source>Pool %1 on %2, %3, %4 % used</source>
        <translation>Pool %1 sur %2, %3, %4 % utilisé</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non signalé</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Réplica %1</translation>
    </message>
    <message>
        <source>Replica %1 on pool %2, %3</source>
        <translation>Réplica %1 sur le pool %2, %3</translation>
    </message>
    <message>
        <source>about %1 % rebuilt (estimate)</source>
        <translation>environ %1 % reconstruit (estimation)</translation>
    </message>
    <message>
        <source>Ctrl+M moves this replica to another pool.</source>
        <translation>Ctrl+M déplace ce réplica vers un autre pool.</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>NotReady</translation>
    </message>
    <message>
        <source>its import fails (PoolLost)</source>
        <translation>son import échoue (PoolLost)</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyScene</name>
    <message>
        <source>The replica is already on this pool</source>
        <translation>Le réplica est déjà sur ce pool</translation>
    </message>
    <message>
        <source>Drop on a pool to plan moving %1</source>
        <translation>Déposer sur un pool pour planifier le déplacement de %1</translation>
    </message>
    <message>
        <source>Move to %1 (%2)</source>
        <translation>Déplacer vers %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot move to %1: %2</source>
        <translation>Impossible de déplacer vers %1 : %2</translation>
    </message>
    <message>
        <source>Move replica to…</source>
        <translation>Déplacer le réplica vers…</translation>
    </message>
    <message>
        <source>Plan moving this replica to another pool</source>
        <translation>Planifier le déplacement de ce réplica vers un autre pool</translation>
    </message>
    <message>
        <source>Highlight all replicas of this volume</source>
        <translation>Mettre en évidence tous les réplicas de ce volume</translation>
    </message>
    <message>
        <source>Drain node…</source>
        <translation>Vider le nœud…</translation>
    </message>
    <message>
        <source>Plan moving every replica off this node&apos;s pools</source>
        <translation>Planifier le déplacement de tous les réplicas hors des pools de ce nœud</translation>
    </message>
    <message>
        <source>Show in table</source>
        <translation>Afficher dans la table</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Volume: %2&lt;br&gt;Pool: %3 on %4&lt;br&gt;Phase: %5&lt;br&gt;Used: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Volume : %2&lt;br&gt;Pool : %3 sur %4&lt;br&gt;Phase : %5&lt;br&gt;Utilisé : %6</translation>
    </message>
    <message>
        <source>&lt;br&gt;Rebuilt: about %1 % (estimated from a healthy peer)</source>
        <translation>&lt;br&gt;Reconstruit : environ %1 % (estimé d’après un pair sain)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Status updated: %1</source>
        <translation>&lt;br&gt;État mis à jour : %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; this status is no longer being updated; the phase may not be true any more.</source>
        <translation>&lt;br&gt;&lt;b&gt;Périmé :&lt;/b&gt; cet état n’est plus mis à jour ; la phase n’est peut-être plus vraie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Node: %2&lt;br&gt;Phase: %3&lt;br&gt;Used %4 of %5 (%6 %), %7 free&lt;br&gt;Replicas: %8 healthy of %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nœud : %2&lt;br&gt;Phase : %3&lt;br&gt;Utilisé %4 sur %5 (%6 %), %7 libres&lt;br&gt;Réplicas : %8 sains sur %9</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Read-only:&lt;/b&gt; the pool passed its %1 % threshold; its replicas accept no writes.</source>
        <translation>&lt;br&gt;&lt;b&gt;Lecture seule :&lt;/b&gt; le pool a dépassé son seuil de %1 % ; ses réplicas n’acceptent plus d’écritures.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n réplica</numerusform>
            <numerusform>%n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; the connection to the cluster is not live.</source>
        <translation>&lt;br&gt;&lt;b&gt;Périmé :&lt;/b&gt; la connexion au cluster n’est pas en direct.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; no replica on this node has reported since %1; the node or its pool manager may be down.</source>
        <translation>&lt;br&gt;&lt;b&gt;Périmé :&lt;/b&gt; aucun réplica de ce nœud ne s’est signalé depuis %1 ; le nœud ou son gestionnaire de pool est peut-être arrêté.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>node: its pools, its replicas</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n pool</numerusform>
            <numerusform>%n pools</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;NotReady:&lt;/b&gt; the cluster lost contact with this node; its pools and replicas do not answer, and what they show is their last report.</source>
        <translation>&lt;br&gt;&lt;b&gt;NotReady :&lt;/b&gt; le cluster a perdu le contact avec ce nœud ; ses pools et réplicas ne répondent pas, et ce qu’ils affichent est leur dernier rapport.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;Health:&lt;/b&gt; %n finding(s)</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;Santé :&lt;/b&gt; %n constat</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;Santé :&lt;/b&gt; %n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Health dock (Alt+9)</source>
        <translation>
            <numerusform>et %n autre dans le panneau Santé (Alt+9)</numerusform>
            <numerusform>et %n autres dans le panneau Santé (Alt+9)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover volume…</source>
        <translation>Récupérer le volume…</translation>
    </message>
    <message>
        <source>Show how the console would bring %1 back to its replica count, then do it</source>
        <translation>Montrer comment la console ramènerait %1 à son nombre de réplicas, puis le faire</translation>
    </message>
    <message>
        <source>%1 needs no recovery the console can offer</source>
        <translation>La console n’a aucune récupération à proposer pour %1</translation>
    </message>
    <message>
        <source>Recover lost node…</source>
        <translation>Récupérer le nœud perdu…</translation>
    </message>
    <message>
        <source>Show what happens to each volume with a replica on this node, and replace those replicas from their Healthy copies on other nodes</source>
        <translation>Montrer ce qu’il advient de chaque volume ayant un réplica sur ce nœud, et remplacer ces réplicas à partir de leurs copies Healthy sur d’autres nœuds</translation>
    </message>
    <message>
        <source>If this node is lost…</source>
        <translation>Si ce nœud est perdu…</translation>
    </message>
    <message>
        <source>This node is lost already: Recover lost node… shows what it costs each volume</source>
        <translation>Ce nœud est déjà perdu : « Récupérer le nœud perdu… » montre ce qu&apos;il coûte à chaque volume</translation>
    </message>
    <message>
        <source>What each volume with a replica on this node would lose if it went down now, and where replacements would go. Changes nothing.</source>
        <translation>Ce que chaque volume ayant une réplica sur ce nœud perdrait s&apos;il tombait maintenant, et où iraient les remplacements. Ne change rien.</translation>
    </message>
    <message>
        <source>Rebalance pool cluster…</source>
        <translation>Rééquilibrer le pool cluster…</translation>
    </message>
    <message>
        <source>Plan moves that bring the used capacity of the pools of %1 within a few points of each other</source>
        <translation>Planifier des déplacements qui ramènent la capacité utilisée des pools de %1 à quelques points les unes des autres</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Pool %1:&lt;/b&gt; %2</source>
        <translation>&lt;br&gt;&lt;b&gt;Pool %1 :&lt;/b&gt; %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n replica(s) unhealthy&lt;/b&gt; (degraded, offline or in error)</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n réplique en mauvais état&lt;/b&gt; (dégradée, hors ligne ou en erreur)</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;%n répliques en mauvais état&lt;/b&gt; (dégradées, hors ligne ou en erreur)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n replica(s) rebuilding&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n réplique en reconstruction&lt;/b&gt;</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;%n répliques en reconstruction&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Zone: %1</source>
        <translation>&lt;br&gt;Zone : %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Fullest pool: %1, %2 % used</source>
        <translation>&lt;br&gt;Pool le plus plein : %1, %2 % utilisés</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyView</name>
    <message>
        <source>Nodes, their cStor pools and the volume replicas on each pool. Arrow keys go from item to item; Ctrl+M moves the selected replica; the Menu key opens the item&apos;s actions.</source>
        <translation>Les nœuds, leurs pools cStor et les réplicas de volume de chaque pool. Les flèches passent d’un élément à l’autre ; Ctrl+M déplace le réplica sélectionné ; la touche Menu ouvre les actions de l’élément.</translation>
    </message>
    <message>
        <source>Cluster topology</source>
        <translation>Topologie du cluster</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomePage</name>
    <message>
        <source>Welcome to cStor Console</source>
        <translation>Bienvenue dans cStor Console</translation>
    </message>
    <message>
        <source>Open the demo cluster</source>
        <translation>Ouvrir le cluster de démonstration</translation>
    </message>
    <message>
        <source>Choose a kubeconfig file…</source>
        <translation>Choisir un fichier kubeconfig…</translation>
    </message>
    <message>
        <source>cStor Console reaches your Kubernetes cluster the way kubectl does: through a &lt;b&gt;kubeconfig&lt;/b&gt; file, which names the cluster&apos;s API server and your credentials. No kubeconfig was found.&lt;br&gt;&lt;br&gt;Open the built-in demo cluster to look around (a simulated cluster; nothing you do there touches a real one), or choose the kubeconfig file your cluster administrator or your cloud&apos;s command-line tool gave you. The console remembers the file.</source>
        <translation>cStor Console accède à votre cluster Kubernetes comme kubectl : par un fichier &lt;b&gt;kubeconfig&lt;/b&gt;, qui indique le serveur d’API du cluster et vos identifiants. Aucun kubeconfig n’a été trouvé.&lt;br&gt;&lt;br&gt;Ouvrez le cluster de démonstration intégré pour découvrir la console (un cluster simulé ; rien de ce que vous y faites ne touche un vrai cluster), ou choisissez le fichier kubeconfig fourni par l’administrateur de votre cluster ou par l’outil en ligne de commande de votre cloud. La console se souvient du fichier.</translation>
    </message>
    <message>
        <source>Looked for: the files in $KUBECONFIG, else ~/.kube/config.</source>
        <translation>Recherché : les fichiers de $KUBECONFIG, sinon ~/.kube/config.</translation>
    </message>
    <message>
        <source>Looked for (from $KUBECONFIG, else ~/.kube/config): %1</source>
        <translation>Recherché (dans $KUBECONFIG, sinon ~/.kube/config) : %1</translation>
    </message>
</context>
<context>
    <name>Ui::ZoneBlockItem</name>
    <message>
        <source>No zone label</source>
        <translation>Sans label de zone</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n node(s)</source>
        <comment>zone: its name, its node count</comment>
        <translation>
            <numerusform>%1 · %n nœud</numerusform>
            <numerusform>%1 · %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n demande de l&apos;attention</numerusform>
            <numerusform>%n demandent de l&apos;attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerbArguments</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argument inconnu : %1</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Format de sortie : %1.</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use one of %2.</source>
        <translation>Format de sortie inconnu « %1 » : utilisez l’un de %2.</translation>
    </message>
</context>
<context>
    <name>VerbCommandLine</name>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Leave out the title row of tables (other output formats ignore it).</source>
        <translation>Omettre la ligne de titres des tableaux (les autres formats de sortie l&apos;ignorent).</translation>
    </message>
</context>
<context>
    <name>VolumeUsersReader</name>
    <message>
        <source>the user may not list %1 (403 Forbidden)</source>
        <translation>l’utilisateur n’a pas le droit de lister %1 (403 Forbidden)</translation>
    </message>
</context>
</TS>
