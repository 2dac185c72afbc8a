<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdoptVerb</name>
    <message>
        <source>The verb.</source>
        <translation>El verbo.</translation>
    </message>
    <message>
        <source>Takes over the move of a replica that another console started on a volume and no longer drives. Every console records a move it runs on the volume&apos;s CStorVolumeConfig (annotation %1: who, from which host and process, from and to which pool, the step, when it started) and renews it every minute; `cstor-console get moves` lists them. A move can be adopted once its console is silent: its process on this host is gone, or it has not renewed the record for the --silent-after time. Shows the move and asks unless --yes is given, then finishes it: waits until the new replica and the volume are Healthy and removes the old replica (a move that was rolling back is rolled back). Ctrl-C before the old replica is removed rolls it back.
Exit codes: 0 finished (or adoptable, in a dry run), 1 refused or failed, 2 usage error.</source>
        <translation>Asume el traslado de una réplica que otra consola empezó en un volumen y ya no dirige. Cada consola anota el traslado que ejecuta en la CStorVolumeConfig del volumen (anotación %1: quién, desde qué host y proceso, de qué pool a qué pool, el paso, cuándo empezó) y la renueva cada minuto; `cstor-console get moves` las lista. Un traslado puede asumirse cuando su consola calla: su proceso en este host ha desaparecido, o no ha renovado la anotación durante el tiempo de --silent-after. Muestra el traslado y pregunta salvo con --yes, y luego lo termina: espera a que la réplica nueva y el volumen estén Healthy y elimina la réplica antigua (un traslado que se estaba revirtiendo se revierte). Ctrl-C antes de eliminar la réplica antigua lo revierte.
Códigos de salida: 0 terminado (o asumible, en una simulación), 1 rechazado o fallido, 2 error de uso.</translation>
    </message>
    <message>
        <source>The volume whose move to take over.</source>
        <translation>El volumen cuyo traslado asumir.</translation>
    </message>
    <message>
        <source>How long the other console must have been silent (90s, 10m, 1h; default 10m). A console on this host whose process is gone is silent at once.</source>
        <translation>Cuánto tiempo debe haber callado la otra consola (90s, 10m, 1h; 10m por defecto). Una consola de este host cuyo proceso ha desaparecido calla de inmediato.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>Show the move and whether it may be adopted; change nothing.</source>
        <translation>Mostrar el traslado y si puede asumirse; no cambiar nada.</translation>
    </message>
    <message>
        <source>Do not ask before adopting.</source>
        <translation>No preguntar antes de asumir.</translation>
    </message>
    <message>
        <source>Wait until the move has ended (always done).</source>
        <translation>Esperar a que termine el traslado (siempre se hace).</translation>
    </message>
    <message>
        <source>The volume whose move to adopt is missing: adopt VOLUME</source>
        <translation>Falta el volumen cuyo traslado asumir: adopt VOLUME</translation>
    </message>
    <message>
        <source>--silent-after takes a duration such as 90s, 10m or 1h, not &quot;%1&quot;</source>
        <translation>--silent-after espera una duración como 90s, 10m o 1h, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>error: no volume %1 in namespace &quot;%2&quot;</source>
        <translation>error: no hay ningún volumen %1 en el espacio de nombres &quot;%2&quot;</translation>
    </message>
    <message>
        <source>error: no console is moving a replica of %1 (its CStorVolumeConfig has no %2 annotation)</source>
        <translation>error: ninguna consola está trasladando una réplica de %1 (su CStorVolumeConfig no tiene la anotación %2)</translation>
    </message>
    <message>
        <source>error: the %1 annotation of %2 is not a move record: %3</source>
        <translation>error: la anotación %1 de %2 no es un registro de traslado: %3</translation>
    </message>
    <message>
        <source>Move of %1: %2
</source>
        <translation>Traslado de %1: %2
</translation>
    </message>
    <message>
        <source>error: refusing to adopt: the console running this move was heard %1 ago, less than %2 (--silent-after); it may still be driving it. Ask its operator, or wait.</source>
        <translation>error: se rechaza asumirlo: la consola que ejecuta este traslado se oyó hace %1, menos de %2 (--silent-after); puede que aún lo dirija. Pregunte a su operador o espere.</translation>
    </message>
    <message>
        <source>It may be adopted: its console is silent.
</source>
        <translation>Puede asumirse: su consola calla.
</translation>
    </message>
    <message>
        <source>error: cannot adopt the move of %1: %2</source>
        <translation>error: no se puede asumir el traslado de %1: %2</translation>
    </message>
</context>
<context>
    <name>ClusterOptions</name>
    <message>
        <source>The kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).</source>
        <translation>El archivo kubeconfig (por defecto: $KUBECONFIG, si no ~/.kube/config).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: the current one).</source>
        <translation>El contexto del kubeconfig (por defecto: el actual).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (default: the context&apos;s, else openebs).</source>
        <translation>El namespace en el que se ejecuta cStor (por defecto: el del contexto, si no openebs).</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>Run the context&apos;s exec credential plugin and remember that it is trusted (a kubeconfig&apos;s exec entry runs a program).</source>
        <translation>Ejecutar el plugin de credenciales exec del contexto y recordar que es de confianza (la entrada exec de un kubeconfig ejecuta un programa).</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked for %1); name one with --kubeconfig FILE or set KUBECONFIG</source>
        <translation>no se encontró ningún kubeconfig (buscado: %1); indique uno con --kubeconfig ARCHIVO o defina KUBECONFIG</translation>
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
Ejecutaría: %2
Para ejecutarlo, pase --trust-exec-plugin (se recuerda para este kubeconfig y este comando).</translation>
    </message>
    <message>
        <source>How long to wait for one request to the cluster before giving up, as kubectl&apos;s: 5s, 1m, 1h30m or a number of seconds; 0 waits as long as the server keeps sending (default: 120 s for an answer; a server silent for 30 s fails anyway). A watch must start answering within it.</source>
        <translation>Cuánto esperar una petición al clúster antes de rendirse, como kubectl: 5s, 1m, 1h30m o un número de segundos; 0 espera mientras el servidor siga enviando (por defecto: 120 s para una respuesta; un servidor que calla 30 s falla de todos modos). Una vigilancia (watch) debe empezar a responder dentro de ese plazo.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>invalid --request-timeout &quot;%1&quot;: a timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)</source>
        <translation>--request-timeout &quot;%1&quot; no válido: un tiempo de espera debe ser un único entero en segundos, o un entero seguido de una unidad de tiempo (p. ej. 1s | 2m | 3h)</translation>
    </message>
</context>
<context>
    <name>ClusterTaskRun</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>CommandLineVerbs</name>
    <message>
        <source>Unknown verb: %1</source>
        <translation>Verbo desconocido: %1</translation>
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
        <translation>Verbos (se ejecutan sin ventana; %1 VERBO --help lista las opciones de un verbo):
  contexts [-o table|json|name] [--no-headers]
      Lista los contextos del kubeconfig, con el actual marcado con *.
  get pools|replicas|volumes|moves [-o table|wide|json|yaml|name] [--no-headers]
      Lista los pools de cStor, las réplicas de volumen, los volúmenes o los traslados en curso.
  migrate VOLUME --from POOL|NODE --to POOL|NODE [--dry-run] [--yes]
      Mueve una réplica de un volumen a otro pool, mostrando primero el plan.
  evacuate (--node NODE... | --pool POOL...) [--max-per-pool N] [--max-per-node N] [--max-total N] [--window HH:MM-HH:MM] [--dry-run] [--yes] [-o json]
      Mueve todas las réplicas fuera de los pools de algunos nodos o de algunos pools, como un único plan ejecutado en cola dentro de los límites; Ctrl-C lo pausa.
  drain NODE [--dry-run] [--yes]
      Lo mismo que evacuate --node NODE.
  rebalance [--pool-cluster CSPC] [--max-spread PCT] [límites como en evacuate] [--dry-run] [--yes] [-o json]
      Deja la capacidad usada de los pools a no más de PCT puntos de diferencia entre sí.
  queue [list|pause|resume|cancel ID...|cancel --all|set|move ID N]
      La cola de traslados del diario: pausar, reanudar, cancelar, reordenar, límites y ventana de mantenimiento.
  adopt VOLUME [--silent-after DURATION] [--dry-run] [--yes]
      Termina el traslado de un volumen que empezó una consola que calla.
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
      Lista lo que está mal en el clúster, lo más grave primero, y qué hacer.
  forecast [--pool-cluster CSPC] [--horizon 30d] [--prometheus NS/SVC:PORT] [-o json]
      Cuándo llega cada pool al 80 % y pasa a ser de solo lectura, según el Prometheus del clúster.
  recover VOLUME [--dry-run] [--yes] [-o json]
      Devuelve a su número de réplicas un volumen atascado a mitad de un movimiento.
  replace-disk POOL [--disk BD] [--with BD] [--dry-run] [--yes] [-o json]
      Sustituye un disco averiado de un pool mirror o raidz y sigue el resilver.
  follow-disks POOL [--dry-run] [--yes] [-o json]
      Apunta un pool cuyos discos pasaron a otro nodo a ese nodo y lo sigue.
  completion bash|zsh
      Imprime el script de autocompletado del shell (verbos, opciones, contextos, volúmenes, nodos).
Las opciones globales (--kubeconfig, --context, -n, --request-timeout, -o, --no-headers) van antes o después del verbo.
</translation>
    </message>
</context>
<context>
    <name>CompletionVerb</name>
    <message>
        <source>Prints the shell completion script for bash or zsh.
bash: source &lt;(cstor-console completion bash), or install it as /usr/share/bash-completion/completions/cstor-console.
zsh: source &lt;(cstor-console completion zsh) in ~/.zshrc.</source>
        <translation>Imprime el script de autocompletado del shell para bash o zsh.
bash: source &lt;(cstor-console completion bash), o instálelo como /usr/share/bash-completion/completions/cstor-console.
zsh: source &lt;(cstor-console completion zsh) en ~/.zshrc.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>El verbo.</translation>
    </message>
    <message>
        <source>bash or zsh.</source>
        <translation>bash o zsh.</translation>
    </message>
    <message>
        <source>Which shell is missing: bash or zsh.</source>
        <translation>Falta el shell: bash o zsh.</translation>
    </message>
    <message>
        <source>No completion for &quot;%1&quot;: use bash or zsh.</source>
        <translation>No hay autocompletado para «%1»: use bash o zsh.</translation>
    </message>
</context>
<context>
    <name>ContextsVerb</name>
    <message>
        <source>Lists the contexts of the kubeconfig, the current one marked with *.</source>
        <translation>Lista los contextos del kubeconfig, con el actual marcado con *.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>El verbo.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argumento desconocido: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>ACTUAL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLÚSTER</translation>
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
        <translation>aviso: no se encontró ningún kubeconfig (buscado: %1)</translation>
    </message>
</context>
<context>
    <name>Doctor::ClonesOnPoolRule</name>
    <message>
        <source>Pool %1 holds replicas of clones of volume %2: %3.</source>
        <translation>El pool %1 contiene réplicas de clones del volumen %2: %3.</translation>
    </message>
    <message>
        <source>Data: moving or removing the replica of %1 from %2 destroys the clones&apos; replicas there (zfs destroy -R).</source>
        <translation>Datos: mover o quitar la réplica de %1 de %2 destruye allí las réplicas de los clones (zfs destroy -R).</translation>
    </message>
    <message>
        <source>Nothing to do now. The console refuses to move this replica; move or remove the clones&apos; replicas on %1 first.</source>
        <translation>Nada que hacer por ahora. La consola se niega a mover esta réplica; mueva o quite primero las réplicas de los clones en %1.</translation>
    </message>
</context>
<context>
    <name>Doctor::Doctor</name>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
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
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>PodDisruptionBudget %1 allows no disruption (%2 of %3 pool pods healthy): draining node(s) %4 is refused.</source>
        <translation>El PodDisruptionBudget %1 no permite ninguna interrupción (%2 de %3 pods de pool sanos): se rechaza vaciar los nodos %4.</translation>
    </message>
    <message numerus="yes">
        <source>While pool(s) %1 are down, draining node(s) %2 is refused by %n PodDisruptionBudget(s) that allow no disruption.</source>
        <translation>
            <numerusform>Mientras los pools %1 estén caídos, %n PodDisruptionBudget que no permite interrupciones rechaza vaciar los nodos %2.</numerusform>
            <numerusform>Mientras los pools %1 estén caídos, %n PodDisruptionBudgets que no permiten interrupciones rechazan vaciar los nodos %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Maintenance and availability: kubectl drain of those nodes waits forever on evicting their pool pods; forcing it (deleting the pod) takes a second replica of the HA volumes on these pools offline.</source>
        <translation>Mantenimiento y disponibilidad: kubectl drain de esos nodos espera para siempre a desalojar sus pods de pool; forzarlo (borrar el pod) deja fuera de línea una segunda réplica de los volúmenes HA de esos pools.</translation>
    </message>
    <message>
        <source>Wait until every pool pod the budget guards is Ready, then drain.</source>
        <translation>Espere a que todos los pods de pool que protege el presupuesto estén Ready y luego vacíe.</translation>
    </message>
    <message>
        <source>Bring pool(s) %1 back ONLINE first (their node, their disks), or move the replicas off them (cstor-console migrate) so that the CVC operator replaces the budgets (%2); only then drain.</source>
        <translation>Vuelva a poner primero ONLINE los pools %1 (su nodo, sus discos) o mueva las réplicas fuera de ellos (cstor-console migrate) para que el operador de CVC sustituya los presupuestos (%2); solo entonces vacíe.</translation>
    </message>
    <message>
        <source>PodDisruptionBudgets were not checked: %1.</source>
        <translation>No se comprobaron los PodDisruptionBudgets: %1.</translation>
    </message>
    <message>
        <source>A drain that a budget refuses is not foreseen.</source>
        <translation>No se prevé un vaciado que un presupuesto rechace.</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for get/list rights on poddisruptionbudgets to have them checked.</source>
        <translation>Pida a un administrador del clúster permisos get/list sobre poddisruptionbudgets para que se comprueben.</translation>
    </message>
</context>
<context>
    <name>Doctor::KnownReplicasRule</name>
    <message>
        <source>The target of volume %1 does not know the Healthy replica(s) %2.</source>
        <translation>El target del volumen %1 no conoce la(s) réplica(s) Healthy %2.</translation>
    </message>
    <message>
        <source>The target of volume %1 knows replica id(s) %2 that no replica of the volume has.</source>
        <translation>El target del volumen %1 conoce ID(s) de réplica %2 que ninguna réplica del volumen tiene.</translation>
    </message>
    <message>
        <source>Availability: the target&apos;s replication and consistency factors are counted over the wrong replicas; its next scale-down is refused and its quorum may be lost early.</source>
        <translation>Disponibilidad: los factores de replicación y de consistencia del target se cuentan sobre las réplicas equivocadas; su próxima reducción se rechaza y puede perder el quórum antes de tiempo.</translation>
    </message>
    <message>
        <source>Manual: compare the two lists. The target adds a replica to knownReplicas only when it promotes it in a scale-up, and drops one only in a scale-down of the CVC; keep the volume Healthy and do not edit the CV by hand.</source>
        <translation>Manual: compare las dos listas. El target añade una réplica a knownReplicas solo cuando la promueve en un escalado ascendente, y quita una solo en una reducción de la CVC; mantenga el volumen Healthy y no edite el CV a mano.</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and nothing creates them again while the volume is Bound. cstor-console recover %2 (Recover volume… in the window) creates them again with the replica ids the target knows; they rebuild from the Healthy replicas. Do not remove %1 from the CVC: the CVC controller finds no replica to remove and the scale-down never ends.</source>
        <translation>Las réplicas de los pools %1 se borraron, y nada las vuelve a crear mientras el volumen está Bound. cstor-console recover %2 (Recuperar volumen… en la ventana) las vuelve a crear con los ID de réplica que el target conoce; se reconstruyen a partir de las réplicas Healthy. No quite %1 del CVC: el controlador de CVC no encuentra ninguna réplica que quitar y la reducción no termina nunca.</translation>
    </message>
</context>
<context>
    <name>Doctor::NodeNotReadyRule</name>
    <message>
        <source>Nodes were not checked: %1.</source>
        <translation>No se comprobaron los nodos: %1.</translation>
    </message>
    <message>
        <source>A lost node shows only through its volumes.</source>
        <translation>Un nodo perdido solo se nota a través de sus volúmenes.</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for get/list rights on nodes to have them checked.</source>
        <translation>Pida a un administrador del clúster permisos get/list sobre los nodos para que se comprueben.</translation>
    </message>
    <message numerus="yes">
        <source>Node %1 is NotReady (%2) since %3 ago and holds %n replica(s) on %4.</source>
        <translation>
            <numerusform>El nodo %1 está NotReady (%2) desde hace %3 y tiene %n réplica en %4.</numerusform>
            <numerusform>El nodo %1 está NotReady (%2) desde hace %3 y tiene %n réplicas en %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Node %1 is gone and its pool(s) %2 hold %n replica(s).</source>
        <translation>
            <numerusform>El nodo %1 ya no existe y sus pools %2 tienen %n réplica.</numerusform>
            <numerusform>El nodo %1 ya no existe y sus pools %2 tienen %n réplicas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability and data: the replicas of %1 on it are unreachable; their pools&apos; objects keep their last status.</source>
        <translation>Disponibilidad y datos: las réplicas de %1 en él no son accesibles; los objetos de sus pools conservan su último estado.</translation>
    </message>
    <message>
        <source>If the node comes back, its pools and replicas resume. If it was replaced and its disks now sit on another node, cstor-console follow-disks %2 points the pool there. If it is gone for good with its disks, Recover lost node… (cstor-console drain %1) gives each volume that keeps a Healthy replica a new one on another pool, reports those it cannot, then shows the steps that remove its pools from the CStorPoolCluster.</source>
        <translation>Si el nodo vuelve, sus pools y réplicas continúan. Si se sustituyó y sus discos están ahora en otro nodo, cstor-console follow-disks %2 apunta el pool allí. Si se ha perdido para siempre con sus discos, «Recuperar nodo perdido…» (cstor-console drain %1) da a cada volumen que conserva una réplica Healthy una nueva en otro pool, informa de los que no puede y luego muestra los pasos que quitan sus pools del CStorPoolCluster.</translation>
    </message>
</context>
<context>
    <name>Doctor::OrphanReplicaRule</name>
    <message>
        <source>Replica %1 belongs to volume %2, which has neither a CVC nor a CV.</source>
        <translation>La réplica %1 pertenece al volumen %2, que no tiene ni CVC ni CV.</translation>
    </message>
    <message>
        <source>Replica %1 sits on pool %2, which the CVC of volume %3 does not list.</source>
        <translation>La réplica %1 está en el pool %2, que la CVC del volumen %3 no incluye.</translation>
    </message>
    <message>
        <source>Capacity: it holds %1 on pool %2 that no volume uses.</source>
        <translation>Capacidad: ocupa %1 en el pool %2 que ningún volumen usa.</translation>
    </message>
    <message>
        <source>Manual: when no PersistentVolume %1 exists and the replica is not part of a move, delete it: kubectl delete cvr %2 -n %3.</source>
        <translation>Manual: si no existe ningún PersistentVolume %1 y la réplica no forma parte de un traslado, bórrela: kubectl delete cvr %2 -n %3.</translation>
    </message>
</context>
<context>
    <name>Doctor::PendingClaimRule</name>
    <message>
        <source>Volume claim %1 is Pending: it needs %2 pools, pool cluster %3 has %4 ONLINE writable (%5).</source>
        <translation>La reclamación de volumen %1 está Pending: necesita %2 pools y el pool cluster %3 tiene %4 ONLINE con escritura (%5).</translation>
    </message>
    <message>
        <source>Volume claim %1 has been Pending for %2.</source>
        <translation>La reclamación de volumen %1 lleva %2 en Pending.</translation>
    </message>
    <message>
        <source>Availability: the application&apos;s PersistentVolumeClaim stays unbound and its pod does not start.</source>
        <translation>Disponibilidad: el PersistentVolumeClaim de la aplicación sigue sin vincular y su pod no arranca.</translation>
    </message>
    <message>
        <source>Bring the pools of %1 back ONLINE, free space on read-only ones, or add a pool to the CStorPoolCluster (kubectl edit cspc %1 -n %2); the CVC controller retries on its next resync.</source>
        <translation>Vuelva a poner ONLINE los pools de %1, libere espacio en los de solo lectura o añada un pool al CStorPoolCluster (kubectl edit cspc %1 -n %2); el controlador de CVC reintenta en su próxima resincronización.</translation>
    </message>
</context>
<context>
    <name>Doctor::PoolCapacityRule</name>
    <message>
        <source>Move replicas off the pool (cstor-console migrate VOLUME --from %1 --to POOL, or cstor-console drain %2 for all of them), or grow the pool by adding disks to its spec in CStorPoolCluster %3.</source>
        <translation>Saque réplicas del pool (cstor-console migrate VOLUME --from %1 --to POOL, o cstor-console drain %2 para todas) o amplíe el pool añadiendo discos a su spec en el CStorPoolCluster %3.</translation>
    </message>
    <message>
        <source>Pool %1 is read-only: %2% used, read-only at %3%.</source>
        <translation>El pool %1 es de solo lectura: %2 % usado, solo lectura al %3 %.</translation>
    </message>
    <message>
        <source>Pool %1 is at its read-only threshold: %2% used, read-only at %3%.</source>
        <translation>El pool %1 está en su umbral de solo lectura: %2 % usado, solo lectura al %3 %.</translation>
    </message>
    <message numerus="yes">
        <source>Availability: writes of the %n volume(s) with a replica on it fail there and those replicas go Offline.</source>
        <translation>
            <numerusform>Disponibilidad: las escrituras del %n volumen con una réplica en él fallan allí y esas réplicas pasan a Offline.</numerusform>
            <numerusform>Disponibilidad: las escrituras de los %n volúmenes con una réplica en él fallan allí y esas réplicas pasan a Offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool %1 is %2% full (%3 free); it turns read-only at %4%.</source>
        <translation>El pool %1 está al %2 % (%3 libres); pasa a solo lectura al %4 %.</translation>
    </message>
    <message numerus="yes">
        <source>Capacity: the next writes or a rebuild onto it turn it read-only, and then the replicas of its %n volume(s) go Offline.</source>
        <translation>
            <numerusform>Capacidad: las próximas escrituras o una reconstrucción en él lo dejan en solo lectura, y entonces las réplicas de su %n volumen pasan a Offline.</numerusform>
            <numerusform>Capacidad: las próximas escrituras o una reconstrucción en él lo dejan en solo lectura, y entonces las réplicas de sus %n volúmenes pasan a Offline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor::PoolReadOnlySoonRule</name>
    <message numerus="yes">
        <source>Pool %1 goes read-only (%2 %) in about %n day(s), growing %3 a day.</source>
        <translation>
            <numerusform>El pool %1 pasa a ser de solo lectura (%2 %) en aproximadamente %n día, con un crecimiento de %3 al día.</numerusform>
            <numerusform>El pool %1 pasa a ser de solo lectura (%2 %) en aproximadamente %n días, con un crecimiento de %3 al día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Availability: once it is read-only, writes of the %n volume(s) with a replica on it fail there and those replicas go Offline.</source>
        <translation>
            <numerusform>Disponibilidad: una vez que sea de solo lectura, las escrituras del %n volumen con una réplica en él fallan ahí y esa réplica pasa a Offline.</numerusform>
            <numerusform>Disponibilidad: una vez que sea de solo lectura, las escrituras de los %n volúmenes con una réplica en él fallan ahí y esas réplicas pasan a Offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move replicas off the pool before then (the plan of a move shows the pools&apos; read-only dates before and after it; cstor-console forecast --pool-cluster %1 lists them all), or grow the pool by adding disks to its spec in CStorPoolCluster %1.</source>
        <translation>Traslade réplicas fuera del pool antes de esa fecha (el plan de un traslado muestra las fechas de solo lectura de los pools antes y después; cstor-console forecast --pool-cluster %1 las lista todas), o amplíe el pool añadiendo discos a su spec en el CStorPoolCluster %1.</translation>
    </message>
</context>
<context>
    <name>Doctor::PoolStateRule</name>
    <message>
        <source>Pool %1 on node %2 is %3.</source>
        <translation>El pool %1 en el nodo %2 está %3.</translation>
    </message>
    <message>
        <source>Capacity: no replica can be placed on it.</source>
        <translation>Capacidad: no se puede colocar ninguna réplica en él.</translation>
    </message>
    <message>
        <source>Availability: the replicas of %1 on it are unreachable; each of those volumes runs with a copy fewer.</source>
        <translation>Disponibilidad: las réplicas de %1 en él no son accesibles; cada uno de esos volúmenes funciona con una copia menos.</translation>
    </message>
    <message>
        <source>Data: a disk of the pool failed; one more failure loses the replicas of %1.</source>
        <translation>Datos: ha fallado un disco del pool; un fallo más pierde las réplicas de %1.</translation>
    </message>
    <message>
        <source>Pool %1 on node %2 is %3 while it resilvers a replaced disk.</source>
        <translation>El pool %1 en el nodo %2 está %3 mientras hace el resilver de un disco sustituido.</translation>
    </message>
    <message>
        <source>Data: until the resilver ends, one more disk failure in its raid group loses the replicas of %1.</source>
        <translation>Datos: hasta que termine el resilver, un fallo más de disco en su grupo RAID pierde las réplicas de %1.</translation>
    </message>
    <message>
        <source>no volume</source>
        <translation>ningún volumen</translation>
    </message>
    <message>
        <source>Wait for the resilver: cstor-console replace-disk %1 follows it until the pool is ONLINE.</source>
        <translation>Espere al resilver: cstor-console replace-disk %1 lo sigue hasta que el pool esté ONLINE.</translation>
    </message>
    <message>
        <source>Replace the failed disk: cstor-console replace-disk %1 puts an unclaimed disk of node %2 in its place in CStorPoolCluster %3 and follows the resilver.</source>
        <translation>Sustituya el disco averiado: cstor-console replace-disk %1 pone un disco no reclamado del nodo %2 en su lugar en el CStorPoolCluster %3 y sigue el resilver.</translation>
    </message>
    <message>
        <source>A %1 pool&apos;s failed disk cannot be replaced (upstream replaces disks in mirror and raidz pools only): move its replicas off (cstor-console drain %2).</source>
        <translation>El disco averiado de un pool %1 no se puede sustituir (upstream solo sustituye discos en pools mirror y raidz): mueva sus réplicas (cstor-console drain %2).</translation>
    </message>
    <message>
        <source>Pool %1 on node %2 cannot be imported there (condition PoolLost, last failed import at %3): its disks are lost, or attached to another node.</source>
        <translation>El pool %1 en el nodo %2 no se puede importar allí (condición PoolLost, última importación fallida a las %3): sus discos se perdieron o están conectados a otro nodo.</translation>
    </message>
    <message>
        <source>If its disks were moved to another node: cstor-console follow-disks %1 (Follow moved disks… in the window) points the pool there. If they are lost: move its replicas to other pools (cstor-console drain %2) once their volumes are Healthy.</source>
        <translation>Si sus discos se movieron a otro nodo: cstor-console follow-disks %1 (Seguir discos movidos… en la ventana) apunta el pool allí. Si se perdieron: mueva sus réplicas a otros pools (cstor-console drain %2) en cuanto sus volúmenes estén Healthy.</translation>
    </message>
    <message>
        <source>Check the pool pod and node %1; if the node is gone for good, move its replicas to other pools (cstor-console drain %1) once their volumes are Healthy. If the pool&apos;s disks were moved to another node, cstor-console follow-disks %2 (Follow moved disks… in the window) points the pool there.</source>
        <translation>Compruebe el pod del pool y el nodo %1; si el nodo ha desaparecido definitivamente, mueva sus réplicas a otros pools (cstor-console drain %1) en cuanto sus volúmenes estén Healthy. Si los discos del pool se movieron a otro nodo, cstor-console follow-disks %2 (Seguir discos movidos… en la ventana) apunta el pool allí.</translation>
    </message>
</context>
<context>
    <name>Doctor::RefusedDrfRule</name>
    <message numerus="yes">
        <source>The target of volume %1 refused %n time(s) to lower its desired replication factor to %2 (FailUpdate: invalid changes).</source>
        <translation>
            <numerusform>El target del volumen %1 se negó %n vez a bajar su factor de replicación deseado a %2 (FailUpdate: invalid changes).</numerusform>
            <numerusform>El target del volumen %1 se negó %n veces a bajar su factor de replicación deseado a %2 (FailUpdate: invalid changes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability: the target keeps waiting for a replica that is no longer there; the volume&apos;s next scale-down stays stuck.</source>
        <translation>Disponibilidad: el target sigue esperando una réplica que ya no existe; la próxima reducción del volumen se queda atascada.</translation>
    </message>
    <message>
        <source>Restart the volume&apos;s target pod (kubectl delete pod -n %1 -l openebs.io/persistent-volume=%2,openebs.io/target=cstor-target): the restarted target reads the lower factor from the CV. I/O pauses while it restarts.</source>
        <translation>Reinicie el pod del target del volumen (kubectl delete pod -n %1 -l openebs.io/persistent-volume=%2,openebs.io/target=cstor-target): el target reiniciado lee el factor menor del CV. La E/S se pausa mientras se reinicia.</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicaCountRule</name>
    <message>
        <source>Volume %1 has %2 Healthy replica(s) of the %3 it was provisioned with (its CVC lists %4 pool(s)).</source>
        <translation>El volumen %1 tiene %2 réplica(s) Healthy de las %3 con las que se aprovisionó (su CVC incluye %4 pool(s)).</translation>
    </message>
    <message>
        <source>Data: fewer copies than asked for; one more lost replica may take the volume Offline or lose it.</source>
        <translation>Datos: menos copias de las pedidas; una réplica perdida más puede dejar el volumen Offline o perderlo.</translation>
    </message>
    <message>
        <source>Add a pool of pool cluster %1 to the CVC: kubectl edit cvc %2 -n %3 and append a poolName to spec.policy.replicaPoolInfo; the new replica rebuilds from the Healthy ones.</source>
        <translation>Añada a la CVC un pool del pool cluster %1: kubectl edit cvc %2 -n %3 y agregue un poolName a spec.policy.replicaPoolInfo; la nueva réplica se reconstruye a partir de las Healthy.</translation>
    </message>
    <message>
        <source>Bring the pools or nodes of the replicas that are not Healthy back; if one is gone for good, move that replica to another pool (%1).</source>
        <translation>Recupere los pools o nodos de las réplicas que no están Healthy; si uno ha desaparecido definitivamente, mueva esa réplica a otro pool (%1).</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted: cstor-console recover %2 (Recover volume… in the window) creates them again. Do not remove %1 from the CVC: the scale-down of a pool without a replica never ends.</source>
        <translation>Las réplicas de los pools %1 se borraron: cstor-console recover %2 (Recuperar volumen… en la ventana) las vuelve a crear. No quite %1 del CVC: la reducción de un pool sin réplica no termina nunca.</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicaNotHealthyRule</name>
    <message>
        <source>(no phase)</source>
        <translation>(sin fase)</translation>
    </message>
    <message>
        <source>Replica %1 of volume %2 on pool %3 has been %4 for %5, longer than the %6 expected.</source>
        <translation>La réplica %1 del volumen %2 en el pool %3 lleva %5 en %4, más que los %6 esperados.</translation>
    </message>
    <message>
        <source>Data: the volume has one Healthy copy fewer than it should until this replica is Healthy again.</source>
        <translation>Datos: el volumen tiene una copia Healthy menos de lo debido hasta que esta réplica vuelva a estar Healthy.</translation>
    </message>
    <message>
        <source>Check pool %1 on node %2 and the replica&apos;s events. If the pool or node is gone for good, move the replica to another pool once the volume is Healthy: cstor-console migrate %3 --from %1 --to POOL.</source>
        <translation>Compruebe el pool %1 en el nodo %2 y los eventos de la réplica. Si el pool o el nodo ha desaparecido definitivamente, mueva la réplica a otro pool en cuanto el volumen esté Healthy: cstor-console migrate %3 --from %1 --to POOL.</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicasOnOneNodeRule</name>
    <message>
        <source>All %1 replicas of volume %2 sit on node %3.</source>
        <translation>Las %1 réplicas del volumen %2 están en el nodo %3.</translation>
    </message>
    <message>
        <source>Data and availability: losing node %1 loses every copy of the volume.</source>
        <translation>Datos y disponibilidad: perder el nodo %1 pierde todas las copias del volumen.</translation>
    </message>
    <message>
        <source>Move one replica to a pool on another node: %1.</source>
        <translation>Mueva una réplica a un pool de otro nodo: %1.</translation>
    </message>
</context>
<context>
    <name>Doctor::StuckScalingRule</name>
    <message>
        <source>no replica was created on %1</source>
        <translation>no se creó ninguna réplica en %1</translation>
    </message>
    <message>
        <source>the new replica %1 is %2</source>
        <translation>la nueva réplica %1 está %2</translation>
    </message>
    <message>
        <source>the target does not count replica %1 on %2 as Healthy (its pool or node may be down)</source>
        <translation>el target no cuenta la réplica %1 en %2 como Healthy (puede que su pool o su nodo estén caídos)</translation>
    </message>
    <message>
        <source>the target refused the lower replication factor (FailUpdate &quot;are invalid changes&quot;)</source>
        <translation>el target rechazó el factor de replicación menor (FailUpdate &quot;are invalid changes&quot;)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>hacia arriba</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hacia abajo</translation>
    </message>
    <message>
        <source>Volume %1 is scaling %2: its CVC&apos;s spec lists %3, its status %4.</source>
        <translation>El volumen %1 está escalando %2: la spec de su CVC incluye %3 y su status %4.</translation>
    </message>
    <message>
        <source>It waits because %1.</source>
        <translation>Espera porque %1.</translation>
    </message>
    <message>
        <source>Availability: no other change of this volume&apos;s placement is accepted until it ends; while the removed replica still exists its data is safe.</source>
        <translation>Disponibilidad: hasta que termine no se acepta ningún otro cambio de ubicación de este volumen; mientras la réplica quitada siga existiendo, sus datos están a salvo.</translation>
    </message>
    <message>
        <source>Wait for the new replica to rebuild; if its pool is gone, remove that pool from the CVC again (kubectl edit cvc %1 -n %2).</source>
        <translation>Espere a que la nueva réplica se reconstruya; si su pool ha desaparecido, quite de nuevo ese pool de la CVC (kubectl edit cvc %1 -n %2).</translation>
    </message>
    <message>
        <source>Bring back the node or pool of the replica the target does not count; if it is gone for good, put %1 back in the CVC&apos;s spec.policy.replicaPoolInfo (kubectl edit cvc %2 -n %3) so the volume keeps its copies, then replace the lost replica.</source>
        <translation>Recupere el nodo o el pool de la réplica que el target no cuenta; si ha desaparecido definitivamente, vuelva a poner %1 en spec.policy.replicaPoolInfo de la CVC (kubectl edit cvc %2 -n %3) para que el volumen conserve sus copias, y luego sustituya la réplica perdida.</translation>
    </message>
    <message>
        <source>Volume %1 is scaling down: its CVC&apos;s spec lists %2, its status %3. The CVC controller cannot finish: the replica on %4 is already gone, so it fails &quot;failed to delete cstorvolumereplica : resource name may not be empty&quot; at every sync.</source>
        <translation>El volumen %1 se está reduciendo: la spec de su CVC lista %2, su estado %3. El controlador de CVC no puede terminar: la réplica en %4 ya no existe, así que falla con &quot;failed to delete cstorvolumereplica : resource name may not be empty&quot; en cada sincronización.</translation>
    </message>
    <message>
        <source>Availability: every later change of this volume&apos;s pools fails the same way until the status is right. No data is at risk: the removed replica is already gone.</source>
        <translation>Disponibilidad: cada cambio posterior de los pools de este volumen falla igual hasta que el estado sea correcto. Ningún dato está en riesgo: la réplica quitada ya no existe.</translation>
    </message>
    <message>
        <source>Remove %1 from the CVC&apos;s status.poolInfo, as the controller would have (the kubectl patch below tests that the entry is still there). For a volume of three or more replicas its PodDisruptionBudget keeps the old pool set until the next change of its pools. The console&apos;s own moves make this repair themselves.</source>
        <translation>Quite %1 de status.poolInfo de la CVC, como lo habría hecho el controlador (el patch de kubectl de abajo comprueba que la entrada sigue ahí). En un volumen de tres o más réplicas, su PodDisruptionBudget conserva el conjunto de pools anterior hasta el siguiente cambio de sus pools. Los movimientos de la consola hacen esta reparación por sí mismos.</translation>
    </message>
</context>
<context>
    <name>Doctor::UnknownPoolRule</name>
    <message>
        <source>The CVC of volume %1 names pool(s) %2 that no CStorPoolInstance has.</source>
        <translation>La CVC del volumen %1 nombra pool(s) %2 que ninguna CStorPoolInstance tiene.</translation>
    </message>
    <message>
        <source>Availability: the CVC stays scaling forever and refuses every other placement change of the volume.</source>
        <translation>Disponibilidad: la CVC se queda escalando para siempre y rechaza cualquier otro cambio de ubicación del volumen.</translation>
    </message>
    <message>
        <source>Replace the name by a pool of %3 (%4): cstor-console recover %1 picks the closest usable one and waits for its replica, or kubectl edit cvc %1 -n %2. The admission webhook refuses to remove the name while the scale-up is pending.</source>
        <translation>Sustituya el nombre por un pool de %3 (%4): cstor-console recover %1 elige el utilizable más parecido y espera a su réplica, o kubectl edit cvc %1 -n %2. El webhook de admisión rechaza quitar el nombre mientras el aumento está pendiente.</translation>
    </message>
</context>
<context>
    <name>Doctor::VolumeQuorumRule</name>
    <message>
        <source>Volume %1 is Offline: its target counts %2 Healthy of %3 replicas and needs %4 to serve I/O.</source>
        <translation>El volumen %1 está Offline: su target cuenta %2 Healthy de %3 réplicas y necesita %4 para servir E/S.</translation>
    </message>
    <message>
        <source>Availability: applications using the volume get I/O errors. Data: removing or recreating a replica now can lose the newest writes.</source>
        <translation>Disponibilidad: las aplicaciones que usan el volumen reciben errores de E/S. Datos: quitar o recrear una réplica ahora puede perder las escrituras más recientes.</translation>
    </message>
    <message>
        <source>Bring back the nodes and pools of its replicas (see the replicas&apos; pools); the target resumes once %1 replicas reconnect. Do not delete replicas. The console cannot restore quorum itself.</source>
        <translation>Recupere los nodos y pools de sus réplicas (vea los pools de las réplicas); el target se reanuda en cuanto se reconecten %1 réplicas. No borre réplicas. La consola no puede restaurar el quórum por sí misma.</translation>
    </message>
    <message>
        <source>Volume %1 is Degraded: its target counts %2 Healthy of %3 replicas.</source>
        <translation>El volumen %1 está Degraded: su target cuenta %2 Healthy de %3 réplicas.</translation>
    </message>
    <message numerus="yes">
        <source>Data and availability: it has fewer copies than it should; losing %n more replica(s) takes it Offline.</source>
        <translation>
            <numerusform>Datos y disponibilidad: tiene menos copias de las debidas; perder %n réplica más lo deja Offline.</numerusform>
            <numerusform>Datos y disponibilidad: tiene menos copias de las debidas; perder %n réplicas más lo deja Offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the replica that is not Healthy and bring its pool or node back; if that node is gone for good, move the replica to another pool once the volume is Healthy again, or add a pool to the volume&apos;s CVC (kubectl edit cvc %1 -n %2, spec.policy.replicaPoolInfo).</source>
        <translation>Localice la réplica que no está Healthy y recupere su pool o su nodo; si ese nodo ha desaparecido definitivamente, mueva la réplica a otro pool en cuanto el volumen vuelva a estar Healthy, o añada un pool a la CVC del volumen (kubectl edit cvc %1 -n %2, spec.policy.replicaPoolInfo).</translation>
    </message>
</context>
<context>
    <name>DoctorVerb</name>
    <message>
        <source>The verb.</source>
        <translation>El verbo.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argumento desconocido: %1</translation>
    </message>
    <message>
        <source>No problems found in %1 namespace.</source>
        <translation>No se encontraron problemas en el namespace %1.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVEDAD</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGLA</translation>
    </message>
    <message>
        <source>OBJECTS</source>
        <translation>OBJETOS</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>RESUMEN</translation>
    </message>
    <message>
        <source>RISK</source>
        <translation>RIESGO</translation>
    </message>
    <message>
        <source>FIX</source>
        <translation>SOLUCIÓN</translation>
    </message>
    <message>
        <source>Checks the health of the cStor pools and volumes of a cluster and prints what is wrong, worst first: for each finding its severity, the objects, what it risks, the kubectl commands that show it and the fix.
Exit codes: 0 nothing at Warning or worse, 1 findings at Warning or worse (or the cluster could not be read, or cStor objects were skipped because they could not be read, each named on stderr), 2 usage error.</source>
        <translation>Comprueba el estado de los pools y volúmenes cStor de un clúster e imprime lo que está mal, lo peor primero: para cada hallazgo su gravedad, los objetos, lo que arriesga, los comandos kubectl que lo muestran y la solución.
Códigos de salida: 0 nada de nivel Aviso o peor, 1 hallazgos de nivel Aviso o peor (o no se pudo leer el clúster, o se omitieron objetos cStor porque no se pudieron leer, cada uno nombrado en stderr), 2 error de uso.</translation>
    </message>
    <message numerus="yes">
        <source>error: %n object(s) skipped: they could not be read (see the warnings above); the rules did not check them</source>
        <translation>
            <numerusform>error: %n objeto omitido: no se pudo leer (vea los avisos de arriba); las reglas no lo comprobaron</numerusform>
            <numerusform>error: %n objetos omitidos: no se pudieron leer (vea los avisos de arriba); las reglas no los comprobaron</numerusform>
        </translation>
    </message>
    <message>
        <source>Also warn of pools their capacity forecast puts at their read-only threshold within this time, e.g. 14d: asks the cluster&apos;s Prometheus for the pools&apos; history, as the forecast verb does.</source>
        <translation>Avisar también de los pools que su previsión de capacidad sitúa en su umbral de solo lectura dentro de este plazo, p. ej. 14d: pide al Prometheus del clúster el historial de los pools, como hace el verbo forecast.</translation>
    </message>
    <message>
        <source>--read-only-horizon takes a duration such as 7d, 14d or 2w, not &quot;%1&quot;</source>
        <translation>--read-only-horizon admite una duración como 7d, 14d o 2w, no «%1»</translation>
    </message>
    <message>
        <source>warning: no capacity forecast, so no read-only dates to check: %1</source>
        <translation>aviso: no hay previsión de capacidad, así que no hay fechas de solo lectura que comprobar: %1</translation>
    </message>
</context>
<context>
    <name>EvacuateVerb</name>
    <message>
        <source>error: node %1 is lost: its replicas cannot be moved off, only replaced; run `drain %1` on it alone first</source>
        <translation>error: el nodo %1 está perdido: sus réplicas no se pueden mover, solo reemplazar; ejecute primero `drain %1` solo sobre ese nodo</translation>
    </message>
    <message>
        <source>The pools of %1 hold no replicas: nothing to move.
</source>
        <translation>Los pools de %1 no contienen réplicas: nada que mover.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 emptied (or nothing to change in a dry run), 1 refused, failed or not emptied, 2 usage error.</source>
        <translation>Códigos de salida: 0 vaciado (o nada que cambiar en una simulación), 1 rechazado, fallido o no vaciado, 2 error de uso.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>El verbo.</translation>
    </message>
    <message>
        <source>Moves every cStor replica off the pools of a node: the same as evacuate --node NODE.
</source>
        <translation>Mueve todas las réplicas de cStor fuera de los pools de un nodo: lo mismo que evacuate --node NODE.
</translation>
    </message>
    <message>
        <source>A lost node (NotReady or gone) is recovered instead: each volume with a replica there gets a new replica on another pool, rebuilt from its Healthy replicas; volumes with no Healthy replica left are reported as lost and left alone; once no volume uses the node&apos;s pools, the steps that remove the dead pool are printed.
</source>
        <translation>Un nodo perdido (NotReady o desaparecido) se recupera en su lugar: cada volumen con una réplica allí recibe una réplica nueva en otro pool, reconstruida a partir de sus réplicas Healthy; los volúmenes sin ninguna réplica Healthy se informan como perdidos y no se tocan; cuando ningún volumen usa ya los pools del nodo, se imprimen los pasos que retiran el pool muerto.
</translation>
    </message>
    <message>
        <source>The node to move replicas off.</source>
        <translation>El nodo del que mover las réplicas.</translation>
    </message>
    <message>
        <source>Moves every cStor replica off the pools of the nodes given with --node and off the pools given with --pool (a node going back to the vendor, a pool whose disks fail).
</source>
        <translation>Mueve todas las réplicas de cStor fuera de los pools de los nodos indicados con --node y fuera de los pools indicados con --pool (un nodo que vuelve al proveedor, un pool cuyos discos fallan).
</translation>
    </message>
    <message>
        <source>A node whose pools to empty (repeat for several).</source>
        <translation>Un nodo cuyos pools vaciar (repítalo para varios).</translation>
    </message>
    <message>
        <source>A pool to empty (its CStorPoolInstance name; repeat for several).</source>
        <translation>Un pool que vaciar (su nombre de CStorPoolInstance; repítalo para varios).</translation>
    </message>
    <message>
        <source>The node to drain is missing: drain NODE</source>
        <translation>Falta el nodo que vaciar: drain NODE</translation>
    </message>
    <message>
        <source>Unknown argument: %1 (name nodes with --node, pools with --pool)</source>
        <translation>Argumento desconocido: %1 (indique los nodos con --node y los pools con --pool)</translation>
    </message>
    <message>
        <source>What to empty is missing: evacuate --node NODE... or --pool POOL...</source>
        <translation>Falta qué vaciar: evacuate --node NODE... o --pool POOL...</translation>
    </message>
    <message>
        <source>error: no cStor pool runs on a node named %1 in namespace &quot;%2&quot;</source>
        <translation>error: ningún pool de cStor se ejecuta en un nodo llamado %1 en el namespace «%2»</translation>
    </message>
    <message>
        <source>error: no cStor pool named %1 in namespace &quot;%2&quot;</source>
        <translation>error: no hay ningún pool de cStor llamado %1 en el namespace «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Evacuate %1: move %n replica(s), %2 to copy

</source>
        <translation>
            <numerusform>Evacuar %1: mover %n réplica, %2 que copiar

</numerusform>
            <numerusform>Evacuar %1: mover %n réplicas, %2 que copiar

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) have nowhere to go:</source>
        <translation>
            <numerusform>%n réplica no tiene adónde ir:</numerusform>
            <numerusform>%n réplicas no tienen adónde ir:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error: refusing to evacuate %1: %n replica(s) have nowhere to go (%2). Add a pool on another node, or move or remove those replicas first.</source>
        <translation>
            <numerusform>error: se rechaza evacuar %1: %n réplica no tiene adónde ir (%2). Añada un pool en otro nodo, o mueva o quite antes esa réplica.</numerusform>
            <numerusform>error: se rechaza evacuar %1: %n réplicas no tienen adónde ir (%2). Añada un pool en otro nodo, o mueva o quite antes esas réplicas.</numerusform>
        </translation>
    </message>
    <message>
        <source>error: refusing to evacuate %1: %2</source>
        <translation>error: se rechaza evacuar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>error: %1 still holds %n replica(s): %2</source>
        <translation>
            <numerusform>error: %1 aún contiene %n réplica: %2</numerusform>
            <numerusform>error: %1 aún contiene %n réplicas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans every move at once: each replica goes to the pool of its pool cluster with the most free space once the moves already planned land, never to a node that holds a replica of the same volume, never past a pool&apos;s read-only threshold, only to ONLINE, writable pools on live nodes, a clone only to a pool holding its source, and never beside a volume with the same openebs.io/replica-anti-affinity label. Shows the plan with each pool&apos;s capacity before and after, and asks unless --yes is given. The moves then run as a queue within the caps, and the verb waits until every move has ended (--wait is accepted and changes nothing); Ctrl-C pauses the queue: the moves running then finish and the others stay in the journal for `cstor-console queue resume`. Moves left running in the journal are resumed first; a plan is refused while the journal&apos;s queue holds moves waiting to start.
</source>
        <translation>Planifica todos los traslados a la vez: cada réplica va al pool de su pool cluster con más espacio libre una vez aplicados los traslados ya planificados, nunca a un nodo que tenga una réplica del mismo volumen, nunca más allá del umbral de solo lectura de un pool, solo a pools ONLINE y escribibles en nodos vivos, un clon solo a un pool que contenga su origen, y nunca junto a un volumen con la misma etiqueta openebs.io/replica-anti-affinity. Muestra el plan con la capacidad de cada pool antes y después, y pregunta salvo que se indique --yes. Después los traslados se ejecutan en cola dentro de los límites, y el verbo espera a que termine cada traslado (--wait se acepta y no cambia nada); Ctrl-C pausa la cola: los traslados en curso en ese momento terminan y los demás quedan en el diario para `cstor-console queue resume`. Los traslados que quedaron en curso en el diario se reanudan primero; se rechaza un plan mientras la cola del diario contenga traslados esperando a empezar.
</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUMEN</translation>
    </message>
    <message>
        <source>EFFECT</source>
        <translation>EFECTO</translation>
    </message>
    <message>
        <source>HEALTHY LEFT</source>
        <translation>SANAS RESTANTES</translation>
    </message>
    <message>
        <source>REPLACEMENT</source>
        <translation>SUSTITUTA</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>POR QUÉ</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds replicas (another console moved some there, or a move failed): planning %n more move(s), round %2 of %3.
</source>
        <translation>
            <numerusform>%1 aún contiene réplicas (otra consola trasladó algunas allí, o un traslado falló): se planifica %n traslado más, ronda %2 de %3.
</numerusform>
            <numerusform>%1 aún contiene réplicas (otra consola trasladó algunas allí, o un traslado falló): se planifican %n traslados más, ronda %2 de %3.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Not cordoned: %1. Cordon them (kubectl cordon NODE) so that no plan, of this console or another, puts replicas back on them.

</source>
        <translation>Sin acordonar: %1. Acordónelos (kubectl cordon NODE) para que ningún plan, de esta consola o de otra, vuelva a poner réplicas en ellos.

</translation>
    </message>
</context>
<context>
    <name>FollowDisksVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>Mostrar solo el plan; no cambiar nada.</translation>
    </message>
    <message>
        <source>Do not ask before editing the CSPC.</source>
        <translation>No preguntar antes de editar el CSPC.</translation>
    </message>
    <message>
        <source>Wait until the pool is ONLINE on its new node (always done; for scripts written for kubectl-like tools).</source>
        <translation>Esperar hasta que el pool esté ONLINE en su nuevo nodo (siempre se hace; para scripts escritos para herramientas del estilo de kubectl).</translation>
    </message>
    <message>
        <source>The pool whose disks moved is missing: follow-disks POOL</source>
        <translation>Falta el pool cuyos discos cambiaron de nodo: follow-disks POOL</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>El verbo.</translation>
    </message>
    <message>
        <source>The pool (its CStorPoolInstance name).</source>
        <translation>El pool (el nombre de su CStorPoolInstance).</translation>
    </message>
    <message>
        <source>Pool %1 (node %2, CStorPoolCluster %3): %4
</source>
        <translation>Pool %1 (nodo %2, CStorPoolCluster %3): %4
</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>sin estado</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Disks: %1
</source>
        <translation>Discos: %1
</translation>
    </message>
    <message>
        <source>Nothing to do: %1.
</source>
        <translation>Nada que hacer: %1.
</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names node %2 already; following the pool there.
</source>
        <translation>El CStorPoolCluster %1 ya nombra el nodo %2; se sigue el pool allí.
</translation>
    </message>
    <message>
        <source>Refused: %1.
</source>
        <translation>Rechazado: %1.
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>Qué puede hacer:
</translation>
    </message>
    <message>
        <source>Point pool %1 at node %2, where all of its disks are.
</source>
        <translation>Apuntar el pool %1 al nodo %2, donde están todos sus discos.
</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (JSON patch): %2
</source>
        <translation>La edición del CStorPoolCluster %1 (parche JSON): %2
</translation>
    </message>
    <message>
        <source>Then the CSPC operator moves the pool&apos;s pod to %1, the pool is imported there and its replicas serve again; its label kubernetes.io/hostname is set to %1 last.
</source>
        <translation>Después el operador CSPC mueve el pod del pool a %1, el pool se importa allí y sus réplicas vuelven a servir; su etiqueta kubernetes.io/hostname se pone a %1 al final.
</translation>
    </message>
    <message>
        <source>pool %1 cannot be pointed at its disks; nothing was changed.</source>
        <translation>el pool %1 no puede apuntarse a sus discos; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Brings back a cStor pool whose disks now sit on another node (its node was replaced by a new one, or the disks were moved): points the pool&apos;s spec in its CStorPoolCluster at the node that has all of its disks, guarded against a stale read, then follows the CSPC operator and the pool&apos;s import there until it is ONLINE, and sets the pool&apos;s kubernetes.io/hostname label. Another pool spec of the cluster that names a gone node, whose pool&apos;s disks sit together on another node, is pointed there in the same edit (the webhook refuses any edit while a pool spec names a gone node) and followed in turn. Refused, with what to do, when the disks are on several nodes, that node is not Ready, cordoned or has another pool of the cluster, or the cluster has a pool not provisioned or a pool spec naming a gone node whose pool cannot follow its disks. Run again to follow a pool under way. Shows the plan first and asks unless --yes is given.
Exit codes: 0 nothing to do or done, 1 refused, failed, or a dry run with an edit to make, 2 usage error.</source>
        <translation>Recupera un pool de cStor cuyos discos están ahora en otro nodo (su nodo se sustituyó por uno nuevo, o los discos se movieron): apunta la especificación del pool en su CStorPoolCluster al nodo que tiene todos sus discos, protegido contra una lectura obsoleta, y luego sigue al operador CSPC y la importación del pool allí hasta que esté ONLINE, y pone la etiqueta kubernetes.io/hostname del pool. Otra especificación de pool del clúster que nombra un nodo desaparecido, y cuyos discos del pool están juntos en otro nodo, se apunta allí en la misma edición (el webhook rechaza cualquier edición mientras una especificación de pool nombre un nodo desaparecido) y se sigue a continuación. Se rechaza, indicando qué hacer, cuando los discos están en varios nodos, ese nodo no está Ready, está acordonado o ya tiene otro pool del clúster, o el clúster tiene un pool sin aprovisionar o una especificación de pool que nombra un nodo desaparecido cuyo pool no puede seguir a sus discos. Ejecútelo de nuevo para seguir un pool en curso. Muestra primero el plan y pregunta salvo con --yes.
Códigos de salida: 0 nada que hacer o hecho, 1 rechazado, fallido o simulación con un cambio pendiente, 2 error de uso.</translation>
    </message>
    <message>
        <source>In the same edit, point pool %1 (node %2, gone) at node %3, where all of its disks are: the webhook refuses any edit while a pool spec names a gone node.
</source>
        <translation>En la misma edición, apuntar el pool %1 (nodo %2, desaparecido) al nodo %3, donde están todos sus discos: el webhook rechaza cualquier edición mientras una especificación de pool nombre un nodo desaparecido.
</translation>
    </message>
    <message>
        <source>The same follows for each pool of the edit, in turn.
</source>
        <translation>Lo mismo sigue para cada pool de la edición, uno tras otro.
</translation>
    </message>
</context>
<context>
    <name>ForecastVerb</name>
    <message>
        <source>The verb.</source>
        <translation>El verbo.</translation>
    </message>
    <message>
        <source>Only the pools of this CStorPoolCluster.</source>
        <translation>Solo los pools de este CStorPoolCluster.</translation>
    </message>
    <message>
        <source>How far ahead to forecast, e.g. 7d, 30d, 90d (default 30d): later dates print as &quot;&gt; N days&quot;, and the pools that reach read-only within it are named on stderr.</source>
        <translation>Hasta dónde prever, p. ej. 7d, 30d, 90d (30d por defecto): las fechas posteriores se imprimen como «&gt; N días», y los pools que pasan a ser de solo lectura dentro de ese plazo se nombran en stderr.</translation>
    </message>
    <message>
        <source>How much history to fit, e.g. 14d, 30d (default), 90d.</source>
        <translation>Cuánto historial ajustar, p. ej. 14d, 30d (por defecto), 90d.</translation>
    </message>
    <message>
        <source>The cluster&apos;s Prometheus Service, instead of looking for it.</source>
        <translation>El Service de Prometheus del clúster, en lugar de buscarlo.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argumento desconocido: %1</translation>
    </message>
    <message>
        <source>--horizon and --history take a duration such as 7d, 30d, 12w or 48h, not &quot;%1&quot;</source>
        <translation>--horizon y --history admiten una duración como 7d, 30d, 12w o 48h, no «%1»</translation>
    </message>
    <message>
        <source>--prometheus: %1</source>
        <translation>--prometheus: %1</translation>
    </message>
    <message>
        <source>error: no CStorPoolInstances in namespace %1</source>
        <translation>error: no hay CStorPoolInstances en el espacio de nombres %1</translation>
    </message>
    <message>
        <source>error: no CStorPoolInstances of CStorPoolCluster %1 in namespace %2</source>
        <translation>error: no hay CStorPoolInstances del CStorPoolCluster %1 en el espacio de nombres %2</translation>
    </message>
    <message>
        <source>error: no forecast: %1</source>
        <translation>error: no hay previsión: %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n pool(s) reach their read-only threshold within %1 days: %2</source>
        <translation>
            <numerusform>aviso: %n pool alcanza su umbral de solo lectura en %1 días: %2</numerusform>
            <numerusform>aviso: %n pools alcanzan su umbral de solo lectura en %1 días: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: no forecast for %n pool(s): %1</source>
        <translation>
            <numerusform>aviso: no hay previsión para %n pool: %1</numerusform>
            <numerusform>aviso: no hay previsión para %n pools: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>POOL</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODO</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>USADO</translation>
    </message>
    <message>
        <source>GROWTH/DAY</source>
        <translation>CRECIMIENTO/DÍA</translation>
    </message>
    <message>
        <source>TO 80%</source>
        <translation>HASTA 80%</translation>
    </message>
    <message>
        <source>TO READ-ONLY</source>
        <translation>HASTA SOLO LECTURA</translation>
    </message>
    <message>
        <source>POOL CLUSTER</source>
        <translation>POOL CLUSTER</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>UMBRAL</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>HISTORIAL</translation>
    </message>
    <message>
        <source>STEPS IGNORED</source>
        <translation>SALTOS IGNORADOS</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>sin historial</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecasts when each cStor pool reaches 80 % used and its read-only threshold (roThresholdLimit), soonest first, from the history the cluster&apos;s Prometheus keeps of the cStor pool exporters (openebs_used_pool_capacity, openebs_pool_size). Prometheus is reached through the API server&apos;s service proxy with the context&apos;s credentials; without --prometheus it is found as Lens finds it (%1). Without a history from Prometheus, the forecast falls back to the hourly samples the console&apos;s window keeps of this context and namespace while it runs (five weeks; 48 hours at least), and says so.
Method: %2: the growth is the mean of the hourly increments over the last whole weeks once the steps are taken out (a replica moved in or out arrives at once: it is a step, not growth); the range in brackets is where growth two standard errors faster or slower would put the date.
Exit codes: 0 forecasts made, 1 no history of these pools from Prometheus or kept by the console (or the cluster could not be read), 2 usage error.</source>
        <translation>Prevé cuándo llega cada pool de cStor al 80 % de uso y a su umbral de solo lectura (roThresholdLimit), el más próximo primero, a partir del historial que el Prometheus del clúster guarda de los exportadores de pools de cStor (openebs_used_pool_capacity, openebs_pool_size). Se accede a Prometheus a través del proxy de servicios del servidor de API con las credenciales del contexto; sin --prometheus se busca como lo busca Lens (%1). Sin historial de Prometheus, la previsión recurre a las muestras por hora que la ventana de la consola guarda de este contexto y espacio de nombres mientras se ejecuta (cinco semanas; 48 horas como mínimo), y lo dice.
Método: %2: el crecimiento es la media de los incrementos por hora de las últimas semanas completas, una vez descontados los saltos (una réplica trasladada hacia dentro o hacia fuera llega de golpe: es un salto, no crecimiento); el intervalo entre paréntesis es donde situaría la fecha un crecimiento dos errores estándar más rápido o más lento.
Códigos de salida: 0 previsiones hechas, 1 sin historial de estos pools en Prometheus ni guardado por la consola (o no se pudo leer el clúster), 2 error de uso.</translation>
    </message>
    <message>
        <source>note: the history is %1 of context %2, not Prometheus&apos;s: %3</source>
        <translation>nota: el historial son %1 del contexto %2, no los de Prometheus: %3</translation>
    </message>
    <message>
        <source>%1; and %2 cannot be read: %3</source>
        <translation>%1; y no se puede leer %2: %3</translation>
    </message>
</context>
<context>
    <name>GetVerb</name>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;: %3</source>
        <translation>aviso: se omite %1 «%2»: %3</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODO</translation>
    </message>
    <message>
        <source>CSPC</source>
        <translation>CSPC</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>USADO</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>LIBRE</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>CAPACIDAD</translation>
    </message>
    <message>
        <source>READONLY</source>
        <translation>SOLO LECTURA</translation>
    </message>
    <message>
        <source>PROVISIONED</source>
        <translation>APROVISIONADAS</translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation>SANAS</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>EDAD</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUMEN</translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>POOL</translation>
    </message>
    <message>
        <source>ALLOCATED</source>
        <translation>ASIGNADO</translation>
    </message>
    <message>
        <source>DESIRED</source>
        <translation>DESEADO</translation>
    </message>
    <message>
        <source>CLAIM</source>
        <translation>CLAIM</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>El verbo.</translation>
    </message>
    <message>
        <source>%1 in namespace &quot;%2&quot;</source>
        <translation>%1 en el namespace «%2»</translation>
    </message>
    <message>
        <source>No resources found in %1 namespace.</source>
        <translation>No se encontraron recursos en el namespace %1.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>READONLY-AT</source>
        <translation>SOLO-LECTURA-AL</translation>
    </message>
    <message>
        <source>REPLICA-ID</source>
        <translation>ID-RÉPLICA</translation>
    </message>
    <message>
        <source>CLONE-OF</source>
        <translation>CLON-DE</translation>
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
        <translation>A</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>PASO</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>POR</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>DÓNDE</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>HEARD</source>
        <translation>OÍDO</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SILENT</source>
        <translation>CALLADA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>pools (CStorPoolInstances), replicas (CStorVolumeReplicas), volumes (CStorVolumeConfigs with their CStorVolumes) or moves (the %1 annotations of the CStorVolumeConfigs: who moves which replica, and when their console last renewed it).</source>
        <translation>pools (CStorPoolInstances), replicas (CStorVolumeReplicas), volumes (CStorVolumeConfigs con sus CStorVolumes) o moves (las anotaciones %1 de las CStorVolumeConfigs: quién traslada qué réplica y cuándo la renovó su consola por última vez).</translation>
    </message>
    <message>
        <source>What to get is missing: pools, replicas, volumes or moves.</source>
        <translation>Falta qué obtener: pools, replicas, volumes o moves.</translation>
    </message>
    <message>
        <source>Cannot get &quot;%1&quot;: use pools, replicas, volumes or moves.</source>
        <translation>No se puede obtener &quot;%1&quot;: use pools, replicas, volumes o moves.</translation>
    </message>
    <message>
        <source>Lists the cStor pools, volume replicas or volumes of a cluster, or the replica moves consoles run on it.
Exit codes: 0 listed, 1 refused or failed, or objects skipped because they could not be read (each named on stderr with what is wrong; the others are listed), 2 usage error.</source>
        <translation>Lista los pools de cStor, las réplicas de volumen o los volúmenes de un clúster, o los traslados de réplicas que las consolas ejecutan en él.
Códigos de salida: 0 listado, 1 rechazado o fallido, u objetos omitidos porque no se pudieron leer (cada uno nombrado en stderr con lo que está mal; los demás se listan), 2 error de uso.</translation>
    </message>
    <message numerus="yes">
        <source>error: %n object(s) skipped: they could not be read (see the warnings above); the list is incomplete</source>
        <translation>
            <numerusform>error: %n objeto omitido: no se pudo leer (vea los avisos de arriba); la lista está incompleta</numerusform>
            <numerusform>error: %n objetos omitidos: no se pudieron leer (vea los avisos de arriba); la lista está incompleta</numerusform>
        </translation>
    </message>
    <message>
        <source>PVC</source>
        <translation>PVC</translation>
    </message>
    <message>
        <source>USED-BY</source>
        <translation>USADO-POR</translation>
    </message>
    <message>
        <source>warning: who uses the volumes is not known: %1</source>
        <translation>aviso: no se sabe quién usa los volúmenes: %1</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>  or:  %1 VERB [ARGUMENTS] [options]
</source>
        <translation>  o:  %1 VERBO [ARGUMENTOS] [opciones]
</translation>
    </message>
    <message>
        <source>Desktop console for OpenEBS cStor storage</source>
        <translation>Consola de escritorio para el almacenamiento OpenEBS cStor</translation>
    </message>
    <message>
        <source>Run on a built-in simulated cluster (no cluster needed; changes affect only the simulation).</source>
        <translation>Ejecutar sobre un clúster simulado integrado (no hace falta clúster; los cambios solo afectan a la simulación).</translation>
    </message>
    <message>
        <source>The kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).</source>
        <translation>El archivo kubeconfig (por defecto: $KUBECONFIG, si no ~/.kube/config).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: the current one).</source>
        <translation>El contexto del kubeconfig (por defecto: el actual).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (default: the context&apos;s, else openebs).</source>
        <translation>El namespace en el que se ejecuta cStor (por defecto: el del contexto, si no openebs).</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>How fast time runs in the demo cluster (simulated seconds per second, default 5).</source>
        <translation>Qué tan rápido pasa el tiempo en el clúster de demostración (segundos simulados por segundo, 5 por defecto).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Save a picture of the window as FILE (PNG) once the cluster is shown, then exit.</source>
        <translation>Guardar una imagen de la ventana como ARCHIVO (PNG) en cuanto se muestre el clúster y salir.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argumento desconocido: %1</translation>
    </message>
    <message>
        <source>--demo-speed needs a number of 0 or more</source>
        <translation>--demo-speed necesita un número igual o mayor que 0</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>Clúster de demostración</translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>No se pudo iniciar el clúster de demostración: %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>The cluster was not shown within a minute; no picture.</source>
        <translation>El clúster no se mostró en un minuto; no hay imagen.</translation>
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
Entorno:
  KUBECONFIG
      Los archivos kubeconfig, separados por &apos;:&apos; y combinados como los combina
      kubectl; se usa cuando no se indica --kubeconfig.
  CSTOR_LANGUAGE
      El idioma que usar (p. ej. es) en lugar del ajuste o del idioma del sistema.
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>
Códigos de salida: 0 hecho, 1 rechazado o fallido, 2 error de uso.
</translation>
    </message>
    <message>
        <source>error: the window needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set. Without one, use a verb: cstor-console get pools, cstor-console doctor, cstor-console --help.</source>
        <translation>error: la ventana necesita una pantalla y no están definidas ni DISPLAY ni WAYLAND_DISPLAY. Sin pantalla, use un verbo: cstor-console get pools, cstor-console doctor, cstor-console --help.</translation>
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
Archivos:
  ~/.kube/config
      El kubeconfig cuando ni --kubeconfig ni KUBECONFIG indican uno.
  ~/.config/cstor-console/cstor-console.conf
      Los ajustes: disposición de la ventana por contexto, el kubeconfig elegido
      en la ventana.
  ~/.local/share/cstor-console/migrations.jsonl
      El diario de migraciones, desde el que se reanudan los traslados sin terminar.
  ~/.local/share/cstor-console/audit.jsonl
      El registro de auditoría de cada movimiento, evacuación y recuperación.
  ~/.local/share/cstor-console/recoveries.jsonl
      El diario de los pasos que dio recover.
</translation>
    </message>
</context>
<context>
    <name>Items::ClaimedMoveListModel</name>
    <message>
        <source>Select a move started by another console</source>
        <translation>Seleccione un traslado que empezó otra consola</translation>
    </message>
    <message>
        <source>Its console was heard %1 ago; a move may be adopted once its console has been silent for %2 (or its process on this host is gone)</source>
        <translation>Su consola se oyó hace %1; un traslado puede asumirse cuando su consola lleva %2 callada (o su proceso en este host ha desaparecido)</translation>
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation>%1, pid %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>%1 ago (silent)</source>
        <translation>hace %1 (callada)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>Pool de origen</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>Pool de destino</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Trasladado por</translation>
    </message>
    <message>
        <source>Console (host, pid)</source>
        <translation>Consola (host, pid)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Oída por última vez</translation>
    </message>
</context>
<context>
    <name>Items::EventModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>Items::FindingModel</name>
    <message>
        <source>%1

Risk: %2

Fix: %3</source>
        <translation>%1

Riesgo: %2

Solución: %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
</context>
<context>
    <name>Items::HealthRules</name>
    <message>
        <source>Healthy</source>
        <translation>Sano</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
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
        <translation>no se conoce ninguna I/O (el Prometheus del clúster no tiene ninguna de las series de su exportador)</translation>
    </message>
    <message>
        <source>read %1, write %2, %3 operations a second (the last hour)</source>
        <translation>lectura %1, escritura %2, %3 operaciones por segundo (la última hora)</translation>
    </message>
</context>
<context>
    <name>Items::KeptForecast</name>
    <message numerus="yes">
        <source>%1; and this console has kept %n hour(s) of its own samples of the pools, of the %2 a forecast needs</source>
        <translation>
            <numerusform>%1; y esta consola ha guardado %n hora de sus propias muestras de los pools, de las %2 que necesita una previsión</numerusform>
            <numerusform>%1; y esta consola ha guardado %n horas de sus propias muestras de los pools, de las %2 que necesita una previsión</numerusform>
        </translation>
    </message>
    <message>
        <source>Prometheus %1</source>
        <translation>Prometheus %1</translation>
    </message>
    <message>
        <source>this console&apos;s own hourly samples (not Prometheus: %1)</source>
        <translation>las propias muestras por hora de esta consola (no Prometheus: %1)</translation>
    </message>
    <message>
        <source>this console&apos;s own hourly samples</source>
        <translation>las propias muestras por hora de esta consola</translation>
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
        <translation>El progreso es una estimación: el espacio usado de la réplica nueva frente al de un par sano, contrastado con sus snapshots.</translation>
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
        <translation>estancado</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>Pool de origen</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>Pool de destino</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Progress (est.)</source>
        <translation>Progreso (est.)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>Items::NodeModel</name>
    <message>
        <source>Stale</source>
        <translation>Desactualizado</translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n no sano</numerusform>
            <numerusform>%n no sanos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n en reconstrucción</numerusform>
            <numerusform>%n en reconstrucción</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Usado</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
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
        <translation>(no informado)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 healthy of %2 provisioned replicas</source>
        <translation>%1 sanas de %2 réplicas aprovisionadas</translation>
    </message>
    <message>
        <source>The pool is read-only: it has reached its threshold of %1 % used, so its replicas accept no writes.</source>
        <translation>El pool es de solo lectura: alcanzó su umbral del %1 % de uso, así que sus réplicas no aceptan escrituras.</translation>
    </message>
    <message>
        <source>%1 used of %2 (read-only at %3 %)</source>
        <translation>%1 de %2 usados (solo lectura al %3 %)</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Lleno</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Pool cluster</source>
        <translation>Clúster de pools</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>PoolLost: import fails</source>
        <translation>PoolLost: la importación falla</translation>
    </message>
    <message>
        <source>The pool-manager on %1 fails to import this pool (condition PoolLost): its disks are gone or attached to another node. %2 is the last phase it wrote. The Health dock (Alt+9) says what to do.</source>
        <translation>El pool-manager en %1 no logra importar este pool (condición PoolLost): sus discos ya no están o están conectados a otro nodo. %2 es la última fase que escribió. El panel de salud (Alt+9) dice qué hacer.</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>Recent I/O of the pool&apos;s replicas: %1.</source>
        <translation>I/O reciente de las réplicas del pool: %1.</translation>
    </message>
    <message>
        <source>Busiest volumes: %1</source>
        <translation>Volúmenes más activos: %1</translation>
    </message>
    <message>
        <source>No forecast yet: the history comes from the cluster&apos;s Prometheus.</source>
        <translation>Todavía no hay previsión: el historial viene del Prometheus del clúster.</translation>
    </message>
    <message>
        <source>No forecast: %1</source>
        <translation>Sin previsión: %1</translation>
    </message>
    <message>
        <source>No forecast for this pool: %1</source>
        <translation>Sin previsión para este pool: %1</translation>
    </message>
    <message>
        <source>At or past its read-only threshold of %1 %.</source>
        <translation>En su umbral de solo lectura del %1 % o por encima.</translation>
    </message>
    <message>
        <source>Read-only (%1 %) in about %2 days, between %3 and %4.</source>
        <translation>De solo lectura (%1 %) en unos %2 días, entre %3 y %4.</translation>
    </message>
    <message>
        <source>Not growing: no read-only date.</source>
        <translation>Sin crecimiento: no hay fecha de solo lectura.</translation>
    </message>
    <message>
        <source>Over 80 % used.</source>
        <translation>Más del 80 % usado.</translation>
    </message>
    <message>
        <source>80 % used in about %1 days.</source>
        <translation>80 % de uso en unos %1 días.</translation>
    </message>
    <message numerus="yes">
        <source>Growth %1 a day over the last %n day(s) of history from %2 (%3; %4 step(s) from moves left out).</source>
        <translation>
            <numerusform>Crecimiento de %1 al día en el último %n día de historial de %2 (%3; %4 salto(s) por traslados descontados).</numerusform>
            <numerusform>Crecimiento de %1 al día en los últimos %n días de historial de %2 (%3; %4 salto(s) por traslados descontados).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Items::ReadOnlyDays</name>
    <message>
        <source>not growing</source>
        <translation>sin crecimiento</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <source>in ~%n day(s)</source>
        <translation>
            <numerusform>en ~%n día</numerusform>
            <numerusform>en ~%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&gt; %n day(s)</source>
        <translation>
            <numerusform>&gt; %n día</numerusform>
            <numerusform>&gt; %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in ~%n day(s) (%1–%2)</source>
        <translation>
            <numerusform>en ~%n día (%1–%2)</numerusform>
            <numerusform>en ~%n días (%1–%2)</numerusform>
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
        <translation>(nueva)</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · desactualizado</translation>
    </message>
    <message>
        <source>~%1 %</source>
        <translation>~%1 %</translation>
    </message>
    <message>
        <source>%1 (+%2 pending)</source>
        <translation>%1 (+%2 pendientes)</translation>
    </message>
    <message>
        <source>No status update since %1: the pool&apos;s node may be down, so the phase shown may no longer be true.</source>
        <translation>Sin actualización de estado desde %1: puede que el nodo del pool esté caído, así que la fase mostrada puede no ser cierta.</translation>
    </message>
    <message>
        <source>Estimated from the data copied so far against a healthy replica of the same volume; cStor reports no progress itself.</source>
        <translation>Estimado a partir de los datos copiados hasta ahora frente a una réplica sana del mismo volumen; cStor no informa del progreso por sí mismo.</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Réplica</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>Reconstruida</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>Items::VolumeModel</name>
    <message>
        <source>(no target yet)</source>
        <translation>(aún sin target)</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(no informado)</translation>
    </message>
    <message>
        <source>%1 of %2 healthy</source>
        <translation>%1 de %2 sanas</translation>
    </message>
    <message numerus="yes">
        <source>, %n rebuilding</source>
        <translation>
            <numerusform>, %n en reconstrucción</numerusform>
            <numerusform>, %n en reconstrucción</numerusform>
        </translation>
    </message>
    <message>
        <source> (scaling %1 → %2)</source>
        <translation> (escalando %1 → %2)</translation>
    </message>
    <message>
        <source>Replication factor %1, desired %2, consistency factor %3; %4 replica objects seen</source>
        <translation>Factor de replicación %1, deseado %2, factor de consistencia %3; %4 objetos réplica vistos</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Pool cluster</source>
        <translation>Clúster de pools</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>%1/%2: %3, not scheduled</source>
        <translation>%1/%2: %3, sin programar</translation>
    </message>
    <message>
        <source>%1/%2 on %3: %4</source>
        <translation>%1/%2 en %3: %4</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usado por</translation>
    </message>
    <message>
        <source>Recent I/O of the volume at its target: %1.</source>
        <translation>I/O reciente del volumen en su target: %1.</translation>
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
        <translation>clúster %1: certificate-authority no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>user %1: client-certificate or client-key cannot be read</source>
        <translation>usuario %1: no se puede leer client-certificate o client-key</translation>
    </message>
    <message>
        <source>user %1: x509: the client certificate has expired (it was valid until %2); renew it</source>
        <translation>usuario %1: x509: el certificado de cliente ha caducado (era válido hasta %2); renuévelo</translation>
    </message>
</context>
<context>
    <name>Kube::ExecCredentials</name>
    <message>
        <source>user &quot;%1&quot;: command must be specified to use exec authentication plugin (users[].user.exec.command)</source>
        <translation>usuario «%1»: hay que indicar command para usar el plugin de autenticación exec (users[].user.exec.command)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: apiVersion must be specified to use exec authentication plugin (users[].user.exec.apiVersion)</source>
        <translation>usuario «%1»: hay que indicar apiVersion para usar el plugin de autenticación exec (users[].user.exec.apiVersion)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec plugin: invalid apiVersion &quot;%2&quot; (use %3 or %4)</source>
        <translation>usuario «%1»: plugin exec: apiVersion «%2» no válida (use %3 o %4)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: interactiveMode must be specified to use exec authentication plugin with %2 (Never, IfAvailable or Always)</source>
        <translation>usuario «%1»: hay que indicar interactiveMode para usar el plugin de autenticación exec con %2 (Never, IfAvailable o Always)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: invalid interactiveMode &quot;%2&quot; for exec authentication plugin (Never, IfAvailable or Always)</source>
        <translation>usuario «%1»: interactiveMode «%2» no válido para el plugin de autenticación exec (Never, IfAvailable o Always)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: env variable name must be specified for exec authentication plugin</source>
        <translation>usuario «%1»: hay que indicar el nombre de la variable env para el plugin de autenticación exec</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: %1</source>
        <translation>plugin exec: decodificando stdout: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>el plugin exec está configurado para la versión de API %1 y devolvió la versión %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: kind is &quot;%1&quot;, not ExecCredential</source>
        <translation>plugin exec: decodificando stdout: kind es «%1», no ExecCredential</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation>el plugin exec no devolvió ningún campo status</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>el plugin exec devolvió solo el certificado o la clave, no ambos</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation>el plugin exec no devolvió ni un token ni un par certificado/clave</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: expirationTimestamp &quot;%1&quot; is not an RFC 3339 time</source>
        <translation>plugin exec: decodificando stdout: expirationTimestamp «%1» no es una hora RFC 3339</translation>
    </message>
</context>
<context>
    <name>Kube::ExecPlugin</name>
    <message>
        <source>user &quot;%1&quot;: the exec credential plugin %2 needs a terminal (interactiveMode: Always), which a desktop application does not have; sign in with the plugin in a terminal first, or set interactiveMode to IfAvailable or Never if it can work without one</source>
        <translation>usuario «%1»: el plugin de credenciales exec %2 necesita un terminal (interactiveMode: Always), que una aplicación de escritorio no tiene; inicie sesión antes con el plugin en un terminal, o ponga interactiveMode en IfAvailable o Never si puede funcionar sin él</translation>
    </message>
    <message>
        <source>exec: executable %1 not found</source>
        <translation>exec: no se encontró el ejecutable %1</translation>
    </message>
    <message>
        <source>exec: executable %1 not found (searched PATH=%2)</source>
        <translation>exec: no se encontró el ejecutable %1 (PATH buscado: %2)</translation>
    </message>
    <message>
        <source>exec: executable %1 not found (searched PATH=%2 and the login shell&apos;s PATH=%3)</source>
        <translation>exec: no se encontró el ejecutable %1 (PATH buscado: %2 y PATH del shell de inicio de sesión: %3)</translation>
    </message>
    <message>
        <source>It looks like you are trying to use a client-go credential plugin that is not installed.</source>
        <translation>Parece que intenta usar un plugin de credenciales de client-go que no está instalado.</translation>
    </message>
    <message>
        <source>exec: executable %1 could not be started: %2</source>
        <translation>exec: no se pudo iniciar el ejecutable %1: %2</translation>
    </message>
    <message>
        <source>exec: executable %1 crashed%2</source>
        <translation>exec: el ejecutable %1 se bloqueó%2</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2%3</source>
        <translation>exec: el ejecutable %1 falló con el código de salida %2%3</translation>
    </message>
    <message>
        <source>exec: executable %1 wrote more than %2 MB to its standard output, the limit for a credential; it was stopped</source>
        <translation>exec: el ejecutable %1 escribió más de %2 MB en su salida estándar, el límite para una credencial; se detuvo</translation>
    </message>
    <message>
        <source>exec: executable %1 did not finish within %2 s (request timeout); it was stopped%3</source>
        <translation>exec: el ejecutable %1 no terminó en %2 s (tiempo de espera de la petición); se detuvo%3</translation>
    </message>
</context>
<context>
    <name>Kube::ExecPluginTrust</name>
    <message>
        <source>exec plugin %1 from %2 is not trusted: a kubeconfig&apos;s exec entry runs a program; trust it only if you know where the kubeconfig comes from</source>
        <translation>el plugin exec %1 de %2 no es de confianza: la entrada exec de un kubeconfig ejecuta un programa; confíe en él solo si sabe de dónde viene el kubeconfig</translation>
    </message>
    <message>
        <source>the kubeconfig</source>
        <translation>el kubeconfig</translation>
    </message>
</context>
<context>
    <name>Kube::Informer</name>
    <message>
        <source>the watch of %1 sent an event larger than the limit of %2 MB</source>
        <translation>el watch de %1 envió un evento mayor que el límite de %2 MB</translation>
    </message>
    <message>
        <source>the watch of %1 sent a line that is not a JSON watch event: %2</source>
        <translation>el watch de %1 envió una línea que no es un evento de watch JSON: %2</translation>
    </message>
    <message>
        <source>watch of %1 ended: %2</source>
        <translation>el watch de %1 terminó: %2</translation>
    </message>
    <message>
        <source>the list of %1 is not a Kubernetes list: no array of items</source>
        <translation>la lista de %1 no es una lista de Kubernetes: no hay un array de elementos</translation>
    </message>
</context>
<context>
    <name>Kube::KeychainStore</name>
    <message>
        <source>no keychain service (Secret Service) is running; start gnome-keyring or KWallet in this desktop session (tokens are never stored in a file instead): %1</source>
        <translation>no hay ningún servicio de llavero (Secret Service) en marcha; inicie gnome-keyring o KWallet en esta sesión de escritorio (los tokens nunca se guardan en un archivo en su lugar): %1</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>no hay bus de sesión D-Bus</translation>
    </message>
    <message>
        <source>no token is stored in the keychain for context &quot;%1&quot;</source>
        <translation>no hay ningún token guardado en el llavero para el contexto «%1»</translation>
    </message>
    <message>
        <source>the keychain refused access to the token of context &quot;%1&quot; (is the keyring locked?): %2</source>
        <translation>el llavero denegó el acceso al token del contexto «%1» (¿está bloqueado el llavero?): %2</translation>
    </message>
    <message>
        <source>keychain error for context &quot;%1&quot; (is the login keyring missing or locked?): %2</source>
        <translation>error del llavero para el contexto «%1» (¿falta el llavero de inicio de sesión o está bloqueado?): %2</translation>
    </message>
</context>
<context>
    <name>Kube::Kubeconfig</name>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 debe ser una cadena</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 debe ser una lista</translation>
    </message>
    <message>
        <source>%1 must be a map</source>
        <translation>%1 debe ser un mapa</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in %2</source>
        <translation>nombre «%1» duplicado en %2</translation>
    </message>
    <message>
        <source>%1.%2 must be a map</source>
        <translation>%1.%2 debe ser un mapa</translation>
    </message>
    <message>
        <source>stat %1: no such file or directory</source>
        <translation>stat %1: no existe el archivo o el directorio</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <translation>error al cargar el archivo de configuración «%1»: %2</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: not a YAML mapping</source>
        <translation>error al cargar el archivo de configuración «%1»: no es un mapa YAML</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: line %2: %3</source>
        <translation>error al cargar el archivo de configuración «%1»: línea %2: %3</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked in %1)</source>
        <translation>no se encontró ningún kubeconfig (buscado en %1)</translation>
    </message>
    <message>
        <source>current-context is not set in %1</source>
        <translation>current-context no está definido en %1</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>el contexto «%1» no existe</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: cluster &quot;%2&quot; is not defined (contexts[].context.cluster)</source>
        <translation>contexto «%1»: el clúster «%2» no está definido (contexts[].context.cluster)</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: user &quot;%2&quot; is not defined (contexts[].context.user)</source>
        <translation>contexto «%1»: el usuario «%2» no está definido (contexts[].context.user)</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: server is missing or not a URL</source>
        <translation>clúster «%1»: server falta o no es una URL</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: certificate-authority-data and certificate-authority are both specified</source>
        <translation>clúster «%1»: se indican a la vez certificate-authority-data y certificate-authority</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: specifying a root certificates file (certificate-authority) with insecure-skip-tls-verify is not allowed</source>
        <translation>clúster «%1»: no se permite indicar un archivo de certificados raíz (certificate-authority) junto con insecure-skip-tls-verify</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: certificate-authority</source>
        <translation>clúster «%1»: certificate-authority</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (gcp) is not supported: it was removed from kubectl in 1.26; use the exec credential plugin gke-gcloud-auth-plugin instead (gcloud components install gke-gcloud-auth-plugin)</source>
        <translation>usuario «%1»: auth-provider (gcp) no es compatible: se quitó de kubectl en la 1.26; use en su lugar el plugin de credenciales exec gke-gcloud-auth-plugin (gcloud components install gke-gcloud-auth-plugin)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (azure) is not supported: it was removed from kubectl in 1.26; use the exec credential plugin kubelogin instead (kubelogin convert-kubeconfig)</source>
        <translation>usuario «%1»: auth-provider (azure) no es compatible: se quitó de kubectl en la 1.26; use en su lugar el plugin de credenciales exec kubelogin (kubelogin convert-kubeconfig)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (oidc) is not supported; use an exec credential plugin such as kubelogin (kubectl oidc-login) instead</source>
        <translation>usuario «%1»: auth-provider (oidc) no es compatible; use en su lugar un plugin de credenciales exec como kubelogin (kubectl oidc-login)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (%2) is not supported; use an exec credential plugin instead</source>
        <translation>usuario «%1»: auth-provider (%2) no es compatible; use en su lugar un plugin de credenciales exec</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: more than one authentication method found (token and username/password); only one is allowed</source>
        <translation>usuario «%1»: se encontró más de un método de autenticación (token y usuario/contraseña); solo se permite uno</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-certificate</source>
        <translation>usuario «%1»: client-certificate</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-key</source>
        <translation>usuario «%1»: client-key</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-certificate and client-key must be given together</source>
        <translation>usuario «%1»: client-certificate y client-key deben indicarse juntos</translation>
    </message>
    <message>
        <source>no context exists with the name: &quot;%1&quot;</source>
        <translation>no existe ningún contexto con el nombre «%1»</translation>
    </message>
    <message>
        <source>cannot lock %1.lock: another program is writing the kubeconfig</source>
        <translation>no se puede bloquear %1.lock: otro programa está escribiendo el kubeconfig</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: document contains excessive aliasing</source>
        <translation>error al cargar el archivo de configuración «%1»: el documento contiene demasiados alias</translation>
    </message>
    <message>
        <source>it is a %1 of apiVersion %2, not a kubeconfig (kind: Config, apiVersion: v1)</source>
        <translation>es un %1 de apiVersion %2, no un kubeconfig (kind: Config, apiVersion: v1)</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: larger than %2 MB, the limit for a kubeconfig</source>
        <translation>error al cargar el archivo de configuración &quot;%1&quot;: mayor de %2 MB, el límite para un kubeconfig</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 MB, the limit for a certificate or key file</source>
        <translation>%1: %2 es mayor de %3 MB, el límite para un archivo de certificado o clave</translation>
    </message>
</context>
<context>
    <name>Kube::ListBudget</name>
    <message numerus="yes">
        <source>the list of %1 is too large: its first %n page(s) come to more than the limit of %2 MB</source>
        <translation>
            <numerusform>la lista de %1 es demasiado grande: %n página ya supera el límite de %2 MB</numerusform>
            <numerusform>la lista de %1 es demasiado grande: %n páginas ya superan el límite de %2 MB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list of %1 does not end: the server gave page %n the continue token of an earlier page</source>
        <translation>
            <numerusform>la lista de %1 no termina: el servidor dio a la página %n el token continue de una página anterior</numerusform>
            <numerusform>la lista de %1 no termina: el servidor dio a la página %n el token continue de una página anterior</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kube::RestClient</name>
    <message>
        <source>x509: the server&apos;s certificate has expired</source>
        <translation>x509: el certificado del servidor ha caducado</translation>
    </message>
    <message>
        <source>x509: the server&apos;s certificate is not valid for %1 (wrong host name)</source>
        <translation>x509: el certificado del servidor no es válido para %1 (nombre de host incorrecto)</translation>
    </message>
    <message>
        <source>x509: certificate signed by unknown authority (check the cluster&apos;s certificate-authority)</source>
        <translation>x509: certificado firmado por una autoridad desconocida (compruebe el certificate-authority del clúster)</translation>
    </message>
    <message>
        <source>refusing to send credentials over plain http to %1: use https</source>
        <translation>se rechaza enviar credenciales por http sin cifrar a %1: use https</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (idle timeout)</source>
        <translation>%1 no respondió al watch en %2 s (tiempo de inactividad)</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s (idle timeout)</source>
        <translation>%1 no envió nada durante %2 s (tiempo de inactividad)</translation>
    </message>
    <message>
        <source>the answer from %1 is too large: it announces %2 MB, more than the limit of %3 MB</source>
        <translation>la respuesta de %1 es demasiado grande: anuncia %2 MB, más que el límite de %3 MB</translation>
    </message>
    <message>
        <source>the answer from %1 is too large: more than the limit of %2 MB</source>
        <translation>la respuesta de %1 es demasiado grande: más que el límite de %2 MB</translation>
    </message>
    <message>
        <source>%1 did not complete its answer within %2 s (total timeout)</source>
        <translation>%1 no completó su respuesta en %2 s (tiempo total)</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2 (the server must speak TLS 1.2 or newer)</source>
        <translation>falló el handshake TLS con %1: %2 (el servidor debe hablar TLS 1.2 o posterior)</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>no se puede contactar con %1: %2</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON: is it a Kubernetes API server?</source>
        <translation>%1 respondió con %2 en lugar de JSON: ¿es un servidor de API de Kubernetes?</translation>
    </message>
    <message>
        <source>the answer from %1 is nested too deeply (more than 1024 levels)</source>
        <translation>la respuesta de %1 está anidada demasiado (más de 1024 niveles)</translation>
    </message>
    <message>
        <source>the answer from %1 is not valid JSON: %2 at byte %3</source>
        <translation>la respuesta de %1 no es JSON válido: %2 en el byte %3</translation>
    </message>
    <message>
        <source>%1 redirected to %2 (HTTP %3): not followed, an API server does not redirect</source>
        <translation>%1 redirigió a %2 (HTTP %3): no se sigue, un servidor de API no redirige</translation>
    </message>
    <message>
        <source>the server answered %1: %2</source>
        <translation>el servidor respondió %1: %2</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (request timeout)</source>
        <translation>%1 no respondió a la vigilancia en %2 s (tiempo de espera de la petición)</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (total timeout)</source>
        <translation>%1 no respondió a la vigilancia en %2 s (tiempo de espera total)</translation>
    </message>
    <message>
        <source>%1 did not complete its answer within %2 s (request timeout)</source>
        <translation>%1 no completó su respuesta en %2 s (tiempo de espera de la petición)</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: what it was decided on is no longer fresh</source>
        <translation>%1 %2 no se envió: aquello en lo que se basaba ya no está actualizado</translation>
    </message>
</context>
<context>
    <name>Kube::WatchWorker</name>
    <message>
        <source>listing the cluster&apos;s cStor objects</source>
        <translation>listando los objetos cStor del clúster</translation>
    </message>
    <message>
        <source>the server refused the credentials (401 Unauthorized): %1</source>
        <translation>el servidor rechazó las credenciales (401 Unauthorized): %1</translation>
    </message>
    <message>
        <source>no permission to list %1: %2</source>
        <translation>sin permiso para listar %1: %2</translation>
    </message>
    <message>
        <source>the cluster serves no cStor resources (cstor.openebs.io/v1) in namespace %1: %2</source>
        <translation>el clúster no sirve recursos de cStor (cstor.openebs.io/v1) en el namespace %1: %2</translation>
    </message>
    <message>
        <source>the list of %1 holds items that are not objects</source>
        <translation>la lista de %1 contiene elementos que no son objetos</translation>
    </message>
    <message>
        <source>the server does not serve %1: %2</source>
        <translation>el servidor no sirve %1: %2</translation>
    </message>
</context>
<context>
    <name>KubectlPlugin</name>
    <message>
        <source>kubectl cstor: OpenEBS cStor pools, volume replicas and volumes, and moves of replicas between them (cStor Console).

Usage: kubectl cstor VERB [ARGUMENTS] [options]

</source>
        <translation>kubectl cstor: pools de cStor de OpenEBS, réplicas de volumen y volúmenes, y el movimiento de réplicas entre ellos (cStor Console).

Uso: kubectl cstor VERBO [ARGUMENTOS] [opciones]

</translation>
    </message>
    <message>
        <source>
The window: cstor-console. Exit codes: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>
La ventana: cstor-console. Códigos de salida: 0 hecho, 1 rechazado o fallido, 2 error de uso.
</translation>
    </message>
    <message>
        <source>error: a verb is missing: %1.</source>
        <translation>error: falta un verbo: %1.</translation>
    </message>
    <message>
        <source>error: unknown verb &quot;%1&quot;: use one of %2.</source>
        <translation>error: verbo «%1» desconocido: use uno de %2.</translation>
    </message>
    <message>
        <source>See &quot;kubectl cstor --help&quot;.</source>
        <translation>Véase «kubectl cstor --help».</translation>
    </message>
</context>
<context>
    <name>LostNodeDrain</name>
    <message>
        <source>new replica on %1 (%2)</source>
        <translation>réplica nueva en %1 (%2)</translation>
    </message>
    <message>
        <source>WAIT</source>
        <translation>ESPERAR</translation>
    </message>
    <message>
        <source>NO ROOM</source>
        <translation>SIN ESPACIO</translation>
    </message>
    <message>
        <source>NO QUORUM</source>
        <translation>SIN QUÓRUM</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>PERDIDO</translation>
    </message>
    <message>
        <source>Node %1 is lost: %2. Its replicas cannot be moved off, only replaced from the Healthy replicas on other nodes.
</source>
        <translation>El nodo %1 está perdido: %2. Sus réplicas no se pueden mover, solo reemplazar a partir de las réplicas Healthy de otros nodos.
</translation>
    </message>
    <message>
        <source>a new replica on %1 fails its checks: %2</source>
        <translation>una réplica nueva en %1 no supera sus comprobaciones: %2</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUMEN</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>REPLICA ON</source>
        <translation>RÉPLICA EN</translation>
    </message>
    <message>
        <source>HEALTHY ELSEWHERE</source>
        <translation>HEALTHY EN OTRO LUGAR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No volume counts on a replica there.
</source>
        <translation>Ningún volumen cuenta con una réplica allí.
</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) cannot be brought back here:</source>
        <translation>
            <numerusform>%n volumen no se puede recuperar aquí:</numerusform>
            <numerusform>%n volúmenes no se pueden recuperar aquí:</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume uses the pools of %1 any more. If the node is gone for good (if it comes back, its pools still hold these datasets), remove the dead pool by hand:</source>
        <translation>Ningún volumen usa ya los pools de %1. Si el nodo se fue para siempre (si vuelve, sus pools aún contienen esos datasets), retire el pool muerto a mano:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>error: node %1 is not recovered: %n volume(s) still count on a replica there: %2</source>
        <translation>
            <numerusform>error: el nodo %1 no está recuperado: %n volumen aún cuenta con una réplica allí: %2</numerusform>
            <numerusform>error: el nodo %1 no está recuperado: %n volúmenes aún cuentan con una réplica allí: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
</context>
<context>
    <name>MigrateVerb</name>
    <message>
        <source>Moves one replica of a cStor volume to another pool: adds the target pool to the volume, waits until the new replica and the volume are Healthy, then removes the source pool. Shows the plan first and asks unless --yes is given. It always waits until the move has ended (--wait is accepted and changes nothing); Ctrl-C before the old replica is removed rolls the move back. Moves left unfinished in the journal are resumed first.
Exit codes: 0 moved (or nothing to change in a dry run), 1 refused or failed, 2 usage error.</source>
        <translation>Mueve una réplica de un volumen de cStor a otro pool: añade el pool de destino al volumen, espera a que la réplica nueva y el volumen estén Healthy y luego quita el pool de origen. Muestra primero el plan y pregunta salvo que se indique --yes. Siempre espera a que termine el traslado (--wait se acepta y no cambia nada); Ctrl-C antes de quitar la réplica antigua deshace el traslado. Los traslados sin terminar del diario se reanudan primero.
Códigos de salida: 0 movida (o nada que cambiar en una simulación), 1 rechazado o fallido, 2 error de uso.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>El verbo.</translation>
    </message>
    <message>
        <source>The volume (PV name, the name of its CStorVolumeConfig).</source>
        <translation>El volumen (nombre del PV, el nombre de su CStorVolumeConfig).</translation>
    </message>
    <message>
        <source>The pool (CStorPoolInstance) holding the replica to move, or its node.</source>
        <translation>El pool (CStorPoolInstance) que contiene la réplica que mover, o su nodo.</translation>
    </message>
    <message>
        <source>POOL|NODE</source>
        <translation>POOL|NODO</translation>
    </message>
    <message>
        <source>The target pool, or a node (its pool of the volume&apos;s pool cluster with the most free space).</source>
        <translation>El pool de destino, o un nodo (su pool del pool cluster del volumen con más espacio libre).</translation>
    </message>
    <message>
        <source>Show the plan and ask the server to dry-run the change; change nothing.</source>
        <translation>Mostrar el plan y pedir al servidor una simulación (dry run) del cambio; no cambiar nada.</translation>
    </message>
    <message>
        <source>Do not ask before moving.</source>
        <translation>No preguntar antes de mover.</translation>
    </message>
    <message>
        <source>Wait until the move has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>Esperar a que termine el traslado (siempre se hace; para scripts escritos para herramientas tipo kubectl).</translation>
    </message>
    <message>
        <source>The volume to migrate is missing: migrate VOLUME --from POOL|NODE --to POOL|NODE</source>
        <translation>Falta el volumen que migrar: migrate VOLUME --from POOL|NODE --to POOL|NODE</translation>
    </message>
    <message>
        <source>Both --from POOL|NODE and --to POOL|NODE are needed.</source>
        <translation>Se necesitan tanto --from POOL|NODE como --to POOL|NODE.</translation>
    </message>
    <message>
        <source>The move of %1 from %2 to %3 was already under way and is now done.
</source>
        <translation>El traslado de %1 de %2 a %3 ya estaba en marcha y ha terminado.
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Move a replica of %1
  from pool %2 on node %3
  to pool %4 on node %5
Steps: add the target pool (a new replica rebuilds from its peers), wait until the new replica and the volume are Healthy, remove the source pool (the old replica is deleted).

</source>
        <translation>Mover una réplica de %1
  del pool %2 en el nodo %3
  al pool %4 en el nodo %5
Pasos: añadir el pool de destino (una réplica nueva se reconstruye a partir de sus pares), esperar a que la réplica nueva y el volumen estén Healthy, quitar el pool de origen (se borra la réplica antigua).

</translation>
    </message>
    <message>
        <source>error: refusing to move the replica: %1</source>
        <translation>error: se rechaza mover la réplica: %1</translation>
    </message>
    <message>
        <source>Moved the replica of %1 from %2 to %3.
</source>
        <translation>Réplica de %1 movida de %2 a %3.
</translation>
    </message>
</context>
<context>
    <name>Migration::ClaimKeeper</name>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
</context>
<context>
    <name>Migration::EvacuationPlanner</name>
    <message>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>pool %1</translation>
    </message>
    <message>
        <source>removing it from %1 would destroy the replicas of %2 there; move or delete those clones first</source>
        <translation>quitarlo de %1 destruiría allí las réplicas de %2; mueva o borre antes esos clones</translation>
    </message>
    <message>
        <source>the volume&apos;s objects cannot all be read: %1</source>
        <translation>no se pueden leer todos los objetos del volumen: %1</translation>
    </message>
</context>
<context>
    <name>Migration::JsonLinesFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Migration::MaintenanceWindow</name>
    <message>
        <source>&quot;%1&quot; is not a window of the day: write HH:MM-HH:MM, e.g. 22:00-06:00</source>
        <translation>«%1» no es una franja del día: escriba HH:MM-HH:MM, p. ej. 22:00-06:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a time that does not exist</source>
        <translation>«%1» indica una hora que no existe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens and closes at the same minute; leave the window out to start moves at any time</source>
        <translation>«%1» se abre y se cierra en el mismo minuto; omita la ventana para iniciar traslados en cualquier momento</translation>
    </message>
</context>
<context>
    <name>Migration::MigrationEngine</name>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>accepted by the server</source>
        <translation>aceptado por el servidor</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>no migration %1</source>
        <translation>no hay ninguna migración %1</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>cancelada antes de empezar</translation>
    </message>
    <message>
        <source>the old replica is already being removed; the move can only finish</source>
        <translation>la réplica antigua ya se está quitando; el traslado solo puede terminar</translation>
    </message>
    <message>
        <source>the migration has already ended</source>
        <translation>la migración ya ha terminado</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>reanudando</translation>
    </message>
    <message>
        <source>queued: waiting for a free slot</source>
        <translation>en cola: esperando un hueco libre</translation>
    </message>
    <message>
        <source>waiting for the cluster view to show the new pool</source>
        <translation>esperando a que la vista del clúster muestre el nuevo pool</translation>
    </message>
    <message>
        <source>the volume %1 disappeared from the cluster</source>
        <translation>el volumen %1 desapareció del clúster</translation>
    </message>
    <message>
        <source>someone else removed %1 from the volume&apos;s pools; the source replica on %2 was kept</source>
        <translation>otra persona quitó %1 de los pools del volumen; se conservó la réplica de origen en %2</translation>
    </message>
    <message>
        <source>someone else removed %1 from the volume&apos;s pools before the console did</source>
        <translation>otra persona quitó %1 de los pools del volumen antes que la consola</translation>
    </message>
    <message>
        <source>rebuilding (stalled)</source>
        <translation>reconstruyendo (estancada)</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>reconstruyendo</translation>
    </message>
    <message>
        <source>waiting for the volume to settle</source>
        <translation>esperando a que el volumen se estabilice</translation>
    </message>
    <message>
        <source>removing the old replica</source>
        <translation>quitando la réplica antigua</translation>
    </message>
    <message>
        <source>adding the target pool</source>
        <translation>añadiendo el pool de destino</translation>
    </message>
    <message>
        <source>cstor-console: adding pool %1 to move the replica on %2</source>
        <translation>cstor-console: añadiendo el pool %1 para mover la réplica de %2</translation>
    </message>
    <message>
        <source>cannot read the volume&apos;s CStorVolumeConfig: %1</source>
        <translation>no se puede leer la CStorVolumeConfig del volumen: %1</translation>
    </message>
    <message>
        <source>adding the target pool was refused: %1</source>
        <translation>se rechazó añadir el pool de destino: %1</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>esperando: %1</translation>
    </message>
    <message>
        <source>cstor-console: replica on %1 is Healthy; removing pool %2</source>
        <translation>cstor-console: la réplica en %1 está Healthy; quitando el pool %2</translation>
    </message>
    <message>
        <source>removing the old replica was refused: %1; both replicas were kept</source>
        <translation>se rechazó quitar la réplica antigua: %1; se conservaron ambas réplicas</translation>
    </message>
    <message>
        <source>cancelled: removing the new replica on %1</source>
        <translation>cancelado: quitando la réplica nueva en %1</translation>
    </message>
    <message>
        <source>rolling back: removing the new replica</source>
        <translation>deshaciendo: quitando la réplica nueva</translation>
    </message>
    <message>
        <source>cancelled; the new replica was removed and the source kept</source>
        <translation>cancelado; se quitó la réplica nueva y se conservó la de origen</translation>
    </message>
    <message>
        <source>cancelled; the source was kept and the new replica on %1 is being deleted (it goes once its pool manager confirms)</source>
        <translation>cancelado; se conservó la de origen y la réplica nueva en %1 se está borrando (desaparece cuando su gestor de pool lo confirma)</translation>
    </message>
    <message>
        <source>rolling back: waiting for the scale-up to settle</source>
        <translation>deshaciendo: esperando a que se estabilice el escalado</translation>
    </message>
    <message>
        <source>rolling back: %1</source>
        <translation>deshaciendo: %1</translation>
    </message>
    <message>
        <source>the volume changed meanwhile; reading it again</source>
        <translation>el volumen cambió mientras tanto; leyéndolo de nuevo</translation>
    </message>
    <message>
        <source>cstor-console: moving the replica from %1 to %2 ended %3</source>
        <translation>cstor-console: el traslado de la réplica de %1 a %2 terminó %3</translation>
    </message>
    <message>
        <source>waiting: the new replica on %1 is %2; the old replica stays until it is Healthy again</source>
        <translation>esperando: el nuevo replica en %1 está %2; el replica anterior se mantiene hasta que vuelva a estar Healthy</translation>
    </message>
    <message>
        <source>%1; but the volume target refused to lower its replica count and reports FailUpdate every 30 s until its pod restarts: restart the target pod of %2 at a quiet moment</source>
        <translation>%1; pero el destino del volumen se negó a reducir su número de réplicas e informa FailUpdate cada 30 s hasta que su pod se reinicie: reinicie el pod de destino de %2 en un momento tranquilo</translation>
    </message>
    <message>
        <source>rolling back: waiting for the volume target to take the lower replica count</source>
        <translation>deshaciendo: esperando a que el destino del volumen acepte el número menor de réplicas</translation>
    </message>
    <message>
        <source>the old replica on %1 stays Terminating while its node %2 is lost</source>
        <translation>la réplica antigua en %1 sigue en Terminating mientras su nodo %2 esté perdido</translation>
    </message>
    <message>
        <source>%1 to place %2</source>
        <translation>%1 a la posición %2</translation>
    </message>
    <message numerus="yes">
        <source>the console restarted with %n move(s) waiting; resume the queue to go on</source>
        <translation>
            <numerusform>la consola se reinició con %n traslado en espera; reanude la cola para continuar</numerusform>
            <numerusform>la consola se reinició con %n traslados en espera; reanude la cola para continuar</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the volume to settle after another console&apos;s move</source>
        <translation>esperando a que el volumen se asiente tras el traslado de otra consola</translation>
    </message>
    <message>
        <source>the replica is no longer on %1: another console moved it meanwhile</source>
        <translation>la réplica ya no está en %1: otra consola la trasladó mientras tanto</translation>
    </message>
    <message>
        <source>%1 no longer fits (%2); moving to %3 instead</source>
        <translation>%1 ya no sirve (%2); se traslada a %3 en su lugar</translation>
    </message>
    <message>
        <source>another console finished this move</source>
        <translation>otra consola terminó este traslado</translation>
    </message>
    <message>
        <source>waiting: cannot claim the volume: %1</source>
        <translation>esperando: no se puede reservar el volumen: %1</translation>
    </message>
    <message>
        <source>taken over by another console, which finishes it: %1</source>
        <translation>asumido por otra consola, que lo termina: %1</translation>
    </message>
    <message>
        <source>no volume %1</source>
        <translation>no hay ningún volumen %1</translation>
    </message>
    <message>
        <source>the move of %1 changed meanwhile; look again</source>
        <translation>el traslado de %1 cambió mientras tanto; vuelva a mirar</translation>
    </message>
    <message>
        <source>this console already runs the move of %1</source>
        <translation>esta consola ya ejecuta el traslado de %1</translation>
    </message>
    <message>
        <source>%1 no longer lists %2: the move is not under way</source>
        <translation>%1 ya no incluye %2: el traslado no está en curso</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>asumido</translation>
    </message>
    <message>
        <source>adopted from %1</source>
        <translation>asumido de %1</translation>
    </message>
    <message>
        <source>waiting for the change of the volume&apos;s pools under way to finish</source>
        <translation>esperando a que termine el cambio en curso de los pools del volumen</translation>
    </message>
    <message>
        <source>the replica is no longer on %1 and the volume lists %2 of its %3 pools</source>
        <translation>la réplica ya no está en %1 y el volumen lista %2 de sus %3 pools</translation>
    </message>
    <message>
        <source>waiting: %1; reading the volume again</source>
        <translation>esperando: %1; leyendo el volumen de nuevo</translation>
    </message>
    <message>
        <source>the CVC controller could not finish removing pool %1 (its replica was already gone): removed it from the CStorVolumeConfig&apos;s status</source>
        <translation>el controlador de CVC no pudo terminar de quitar el pool %1 (su réplica ya no existía): se quitó del estado de la CStorVolumeConfig</translation>
    </message>
    <message>
        <source>cstor-console: the CVC controller could not finish removing pool %1 (its replica was already gone); removed it from status.poolInfo</source>
        <translation>cstor-console: el controlador de CVC no pudo terminar de quitar el pool %1 (su réplica ya no existía); se quitó de status.poolInfo</translation>
    </message>
    <message>
        <source>the old replica is gone, but the volume&apos;s CStorVolumeConfig still lists %1 in its status</source>
        <translation>la réplica antigua ya no existe, pero la CStorVolumeConfig del volumen aún lista %1 en su estado</translation>
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
        <translation>una consola en %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>%1 moves the replica on %2 to %3 (%4)</source>
        <translation>%1 traslada la réplica de %2 a %3 (%4)</translation>
    </message>
    <message>
        <source>%1, started %2 ago, last heard %3 ago</source>
        <translation>%1, empezó hace %2, oída por última vez hace %3</translation>
    </message>
</context>
<context>
    <name>Migration::MoveResolver</name>
    <message>
        <source>no volume named %1 (no CStorVolumeConfig)</source>
        <translation>no hay ningún volumen llamado %1 (ninguna CStorVolumeConfig)</translation>
    </message>
    <message>
        <source>%1 has no replica on a pool or node named %2</source>
        <translation>%1 no tiene ninguna réplica en un pool o nodo llamado %2</translation>
    </message>
    <message>
        <source>no pool of %1 named %2 or on a node named %2</source>
        <translation>no hay ningún pool de %1 llamado %2 ni en un nodo llamado %2</translation>
    </message>
</context>
<context>
    <name>Migration::NameSuggestions</name>
    <message>
        <source>; did you mean %1?</source>
        <translation>; ¿quiso decir %1?</translation>
    </message>
</context>
<context>
    <name>Migration::NodeLossImpact</name>
    <message>
        <source>If %1 is lost now, no volume loses anything: it holds no replica.</source>
        <translation>Si %1 se pierde ahora, ningún volumen pierde nada: no contiene ninguna réplica.</translation>
    </message>
    <message>
        <source>If %1 is lost now: %2 volume(s) lose a replica and keep serving, %3 lose quorum (Offline until it returns), %4 lose their only Healthy copy.</source>
        <translation>Si %1 se pierde ahora: %2 volumen(es) pierden una réplica y siguen sirviendo, %3 pierden el quórum (Offline hasta que vuelva), %4 pierden su única copia Healthy.</translation>
    </message>
    <message>
        <source>loses its data</source>
        <translation>pierde sus datos</translation>
    </message>
    <message>
        <source>loses quorum</source>
        <translation>pierde el quórum</translation>
    </message>
    <message>
        <source>loses a replica</source>
        <translation>pierde una réplica</translation>
    </message>
    <message>
        <source>no Healthy replica on another node: its data would be gone with %1</source>
        <translation>ninguna réplica Healthy en otro nodo: sus datos se perderían con %1</translation>
    </message>
    <message>
        <source>%1 Healthy of %2 replica(s) left, %3 needed: Offline (no I/O, no rebuild) until %4 returns</source>
        <translation>quedan %1 Healthy de %2 réplica(s), se necesitan %3: Offline (sin E/S ni reconstrucción) hasta que vuelva %4</translation>
    </message>
    <message>
        <source>%1 Healthy of %2 replica(s) left: Degraded, serving I/O</source>
        <translation>quedan %1 Healthy de %2 réplica(s): Degraded, sirviendo E/S</translation>
    </message>
    <message>
        <source>%1; once it is back, a replacement could rebuild on %2</source>
        <translation>%1; cuando vuelva, una sustituta podría reconstruirse en %2</translation>
    </message>
    <message>
        <source>%1; a replacement could rebuild on %2</source>
        <translation>%1; una sustituta podría reconstruirse en %2</translation>
    </message>
    <message>
        <source>no pool can take a replacement</source>
        <translation>ningún pool puede acoger una sustituta</translation>
    </message>
    <message>
        <source>no replacement: %1</source>
        <translation>sin sustituta: %1</translation>
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
        <translation>todos los demás pools de %1 están en un nodo que contiene una réplica de %2</translation>
    </message>
    <message>
        <source>no pool of %1 on another node is ONLINE, writable and on a live node</source>
        <translation>ningún pool de %1 en otro nodo está ONLINE, es escribible y está en un nodo vivo</translation>
    </message>
    <message>
        <source>%1 is a clone of %2: only a pool holding a replica of %2 can take it, and none is free on another node</source>
        <translation>%1 es un clon de %2: solo un pool que contenga una réplica de %2 puede recibirlo, y no hay ninguno libre en otro nodo</translation>
    </message>
    <message>
        <source>every pool left holds a volume with the same %1 label (%2)</source>
        <translation>cada pool restante contiene un volumen con la misma etiqueta %1 (%2)</translation>
    </message>
    <message>
        <source>below %1 %</source>
        <translation>por debajo del %1 %</translation>
    </message>
    <message>
        <source>below its read-only threshold</source>
        <translation>por debajo de su umbral de solo lectura</translation>
    </message>
    <message>
        <source>no pool on another node of %1 has %2 free %3</source>
        <translation>ningún pool de %1 en otro nodo tiene %2 libres %3</translation>
    </message>
    <message>
        <source>no pool of %1 may take it</source>
        <translation>ningún pool de %1 puede recibirla</translation>
    </message>
    <message>
        <source>%1 has no pool outside the ones being emptied and those on cordoned nodes</source>
        <translation>%1 no tiene ningún pool fuera de los que se vacían y de los que están en nodos acordonados</translation>
    </message>
</context>
<context>
    <name>Migration::PlanDuration</name>
    <message numerus="yes">
        <source>%1, measured over %n move(s) on this cluster</source>
        <translation>
            <numerusform>%1, medido en %n traslado en este clúster</numerusform>
            <numerusform>%1, medido en %n traslados en este clúster</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, assumed: no move measured on this cluster yet</source>
        <translation>%1, supuesto: aún no se ha medido ningún traslado en este clúster</translation>
    </message>
    <message>
        <source>about %1 (%2)</source>
        <translation>unos %1 (%2)</translation>
    </message>
    <message>
        <source>%1 MiB/s per move</source>
        <translation>%1 MiB/s por traslado</translation>
    </message>
</context>
<context>
    <name>Migration::Preflight</name>
    <message>
        <source>Volume exists</source>
        <translation>El volumen existe</translation>
    </message>
    <message>
        <source>CStorVolumeConfig %1 found</source>
        <translation>CStorVolumeConfig %1 encontrada</translation>
    </message>
    <message>
        <source>No CStorVolumeConfig named %1</source>
        <translation>Ninguna CStorVolumeConfig llamada %1</translation>
    </message>
    <message>
        <source>Volume is Bound</source>
        <translation>El volumen está Bound</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 está %2</translation>
    </message>
    <message>
        <source>(no phase)</source>
        <translation>(sin fase)</translation>
    </message>
    <message>
        <source>No other scaling in progress</source>
        <translation>Ningún otro escalado en curso</translation>
    </message>
    <message>
        <source>spec lists %1 but status lists %2: wait until that change finishes</source>
        <translation>spec lista %1 pero status lista %2: espere a que termine ese cambio</translation>
    </message>
    <message>
        <source>spec and status list the same pools</source>
        <translation>spec y status listan los mismos pools</translation>
    </message>
    <message>
        <source>Source pool holds a replica</source>
        <translation>El pool de origen contiene una réplica</translation>
    </message>
    <message>
        <source>%1 holds a replica of %2</source>
        <translation>%1 contiene una réplica de %2</translation>
    </message>
    <message>
        <source>%1 holds no replica of %2</source>
        <translation>%1 no contiene ninguna réplica de %2</translation>
    </message>
    <message>
        <source>Target pool exists</source>
        <translation>El pool de destino existe</translation>
    </message>
    <message>
        <source>%1 on node %2</source>
        <translation>%1 en el nodo %2</translation>
    </message>
    <message>
        <source>There is no pool named %1: a missing pool leaves the volume stuck in scaling</source>
        <translation>No hay ningún pool llamado %1: un pool que falta deja el volumen atascado escalando</translation>
    </message>
    <message>
        <source>Target pool is in the volume&apos;s pool cluster</source>
        <translation>El pool de destino está en el pool cluster del volumen</translation>
    </message>
    <message>
        <source>both in %1</source>
        <translation>ambos en %1</translation>
    </message>
    <message>
        <source>%1 belongs to %2, the volume to %3</source>
        <translation>%1 pertenece a %2 y el volumen a %3</translation>
    </message>
    <message>
        <source>Target pool is ONLINE</source>
        <translation>El pool de destino está ONLINE</translation>
    </message>
    <message>
        <source>Target pool is writable</source>
        <translation>El pool de destino admite escritura</translation>
    </message>
    <message>
        <source>%1 is read-only (pool full)</source>
        <translation>%1 es de solo lectura (pool lleno)</translation>
    </message>
    <message>
        <source>%1 is not read-only</source>
        <translation>%1 no es de solo lectura</translation>
    </message>
    <message>
        <source>Target node holds no replica of the volume</source>
        <translation>El nodo de destino no contiene ninguna réplica del volumen</translation>
    </message>
    <message>
        <source>node %1 has none</source>
        <translation>el nodo %1 no tiene ninguna</translation>
    </message>
    <message>
        <source>node %1 already holds a replica of %2 on %3</source>
        <translation>el nodo %1 ya contiene una réplica de %2 en %3</translation>
    </message>
    <message>
        <source>Target pool has room for the replica</source>
        <translation>El pool de destino tiene sitio para la réplica</translation>
    </message>
    <message>
        <source>needs %1, %2 free</source>
        <translation>necesita %1, %2 libres</translation>
    </message>
    <message>
        <source>Target pool stays below its read-only threshold</source>
        <translation>El pool de destino sigue por debajo de su umbral de solo lectura</translation>
    </message>
    <message>
        <source>%1% used after the move, read-only at %2%</source>
        <translation>%1 % usado tras el traslado, solo lectura al %2 %</translation>
    </message>
    <message>
        <source>Volume is Healthy</source>
        <translation>El volumen está Healthy</translation>
    </message>
    <message>
        <source>%1 is %2; the old replica is removed only once it is Healthy</source>
        <translation>%1 está %2; la réplica antigua solo se quita cuando está Healthy</translation>
    </message>
    <message>
        <source>no CStorVolume %1 seen yet</source>
        <translation>aún no se ha visto ningún CStorVolume %1</translation>
    </message>
    <message>
        <source>You may change the volume&apos;s placement</source>
        <translation>Puede cambiar la ubicación del volumen</translation>
    </message>
    <message>
        <source>allowed to patch cstorvolumeconfigs</source>
        <translation>puede hacer patch de cstorvolumeconfigs</translation>
    </message>
    <message>
        <source>your user may not patch cstorvolumeconfigs</source>
        <translation>su usuario no puede hacer patch de cstorvolumeconfigs</translation>
    </message>
    <message>
        <source>spec and status pool lists differ</source>
        <translation>las listas de pools de spec y status difieren</translation>
    </message>
    <message>
        <source>New replica is Healthy</source>
        <translation>La réplica nueva está Healthy</translation>
    </message>
    <message>
        <source>no replica of %1 on %2 yet</source>
        <translation>aún no hay ninguna réplica de %1 en %2</translation>
    </message>
    <message>
        <source>no CStorVolume %1 seen</source>
        <translation>no se ha visto ningún CStorVolume %1</translation>
    </message>
    <message>
        <source>The volume target counts the new replica</source>
        <translation>El target del volumen cuenta la réplica nueva</translation>
    </message>
    <message>
        <source>replicationFactor %1, desired %2</source>
        <translation>replicationFactor %1, deseado %2</translation>
    </message>
    <message>
        <source>Every remaining replica is Healthy</source>
        <translation>Todas las réplicas restantes están Healthy</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy replica(s) remain</source>
        <translation>
            <numerusform>queda %n réplica sana</numerusform>
            <numerusform>quedan %n réplicas sanas</numerusform>
        </translation>
    </message>
    <message>
        <source>not Healthy: %1</source>
        <translation>no Healthy: %1</translation>
    </message>
    <message>
        <source>A healthy replica remains</source>
        <translation>Queda una réplica sana</translation>
    </message>
    <message>
        <source>removing %1 would leave no healthy replica of %2</source>
        <translation>quitar %1 no dejaría ninguna réplica sana de %2</translation>
    </message>
    <message>
        <source>%1 (clone of %2 from snapshot %3)</source>
        <translation>%1 (clon de %2 desde la instantánea %3)</translation>
    </message>
    <message>
        <source>No clone of the volume would lose its replica on the source pool</source>
        <translation>Ningún clon del volumen perdería su réplica en el pool de origen</translation>
    </message>
    <message>
        <source>no clone of %1 has a replica on %2</source>
        <translation>ningún clon de %1 tiene una réplica en %2</translation>
    </message>
    <message>
        <source>removing %1 from %2 destroys its snapshots with the replicas on %2 of: %3</source>
        <translation>quitar %1 de %2 destruye sus instantáneas junto con las réplicas en %2 de: %3</translation>
    </message>
    <message>
        <source>A Healthy replica to copy from</source>
        <translation>Una réplica Healthy de la que copiar</translation>
    </message>
    <message numerus="yes">
        <source>%n Healthy replica(s) of %1 to rebuild the new one from</source>
        <translation>
            <numerusform>%n réplica Healthy de %1 para reconstruir la nueva</numerusform>
            <numerusform>%n réplicas Healthy de %1 para reconstruir la nueva</numerusform>
        </translation>
    </message>
    <message>
        <source>no replica of %1 is Healthy as its target counts them: a new replica has nothing to copy from and the volume&apos;s data may be lost (see cstor-console doctor)</source>
        <translation>ninguna réplica de %1 está Healthy según la cuenta su destino: una réplica nueva no tiene de dónde copiar y los datos del volumen pueden estar perdidos (véase cstor-console doctor)</translation>
    </message>
    <message>
        <source>No other move of this volume</source>
        <translation>Ningún otro traslado de este volumen</translation>
    </message>
    <message>
        <source>no console has claimed %1 for a move</source>
        <translation>ninguna consola ha reservado %1 para un traslado</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Every object of the volume can be read</source>
        <translation>Todos los objetos del volumen se pueden leer</translation>
    </message>
    <message>
        <source>the CStorVolumeConfig, CStorVolume and replicas of %1 seen so far all decode</source>
        <translation>la CStorVolumeConfig, el CStorVolume y las réplicas de %1 vistos hasta ahora se decodifican todos</translation>
    </message>
    <message>
        <source>not read: %1. Without it the checks cannot tell where the volume&apos;s replicas are or whether they are Healthy; fix the object (kubectl edit) and try again</source>
        <translation>no leído: %1. Sin él, las comprobaciones no pueden saber dónde están las réplicas del volumen ni si están Healthy; corrija el objeto (kubectl edit) y vuelva a intentarlo</translation>
    </message>
</context>
<context>
    <name>Migration::QueueProgress</name>
    <message numerus="yes">
        <source>%1 of %n move(s) done, %2 running, %3 waiting, %4 failed</source>
        <translation>
            <numerusform>%1 de %n traslado terminado, %2 en curso, %3 en espera, %4 fallidos</numerusform>
            <numerusform>%1 de %n traslados terminados, %2 en curso, %3 en espera, %4 fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 copied</source>
        <translation>%1 de %2 copiados</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>quedan unos %1</translation>
    </message>
</context>
<context>
    <name>Migration::QueueSettings</name>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>en pausa: %1</translation>
    </message>
    <message>
        <source>waiting for the maintenance window %1 (opens %2)</source>
        <translation>esperando la ventana de mantenimiento %1 (se abre %2)</translation>
    </message>
</context>
<context>
    <name>Migration::RebalancePlanner</name>
    <message>
        <source>its node %1 is lost</source>
        <translation>su nodo %1 está perdido</translation>
    </message>
    <message>
        <source>it fails to import</source>
        <translation>no se puede importar</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>está %1</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>es de solo lectura</translation>
    </message>
    <message>
        <source>it reports no capacity</source>
        <translation>no informa de su capacidad</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is left out as %3; its %n replica(s) stay</source>
        <translation>
            <numerusform>%1: %2 queda fuera porque %3; su %n réplica se queda</numerusform>
            <numerusform>%1: %2 queda fuera porque %3; sus %n réplicas se quedan</numerusform>
        </translation>
    </message>
    <message>
        <source>no replica of %1 is Healthy to copy from</source>
        <translation>ninguna réplica de %1 está Healthy para copiar de ella</translation>
    </message>
    <message>
        <source>removing it from %1 would destroy the replicas of %2 there</source>
        <translation>quitarlo de %1 destruiría allí las réplicas de %2</translation>
    </message>
    <message>
        <source>no pool of %1 may take it</source>
        <translation>ningún pool de %1 puede recibirla</translation>
    </message>
    <message>
        <source>the emptiest pool it may go to, %1, would reach %2 %, no less than the %3 % left on %4</source>
        <translation>el pool más vacío al que puede ir, %1, llegaría al %2 %, no menos que el %3 % que queda en %4</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %) holds no replica left to move</source>
        <translation>%1: %2 (%3 %) ya no contiene ninguna réplica que mover</translation>
    </message>
    <message>
        <source>%1: no replica of %2 (%3 %) can move to a pool that stays below it; %4</source>
        <translation>%1: ninguna réplica de %2 (%3 %) puede moverse a un pool que quede por debajo; %4</translation>
    </message>
    <message>
        <source>the cluster has no pool</source>
        <translation>el clúster no tiene ningún pool</translation>
    </message>
    <message>
        <source>no pool belongs to pool cluster %1</source>
        <translation>ningún pool pertenece al pool cluster %1</translation>
    </message>
    <message>
        <source>the volume&apos;s objects cannot all be read: %1</source>
        <translation>no se pueden leer todos los objetos del volumen: %1</translation>
    </message>
</context>
<context>
    <name>Migration::ReplicaHealth</name>
    <message>
        <source>being deleted</source>
        <translation>se está eliminando</translation>
    </message>
    <message>
        <source>no phase yet</source>
        <translation>aún sin fase</translation>
    </message>
    <message>
        <source>node %1 is lost</source>
        <translation>el nodo %1 se ha perdido</translation>
    </message>
    <message>
        <source>the volume target does not list it</source>
        <translation>el destino del volumen no lo lista</translation>
    </message>
    <message>
        <source>the volume target reports it %1</source>
        <translation>el destino del volumen lo notifica como %1</translation>
    </message>
    <message>
        <source>the volume target counts no replica Healthy</source>
        <translation>el destino del volumen no cuenta ninguna réplica Healthy</translation>
    </message>
</context>
<context>
    <name>MigrationSession</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>cannot watch the cStor resources of namespace &quot;%1&quot;: %2</source>
        <translation>no se pueden vigilar los recursos de cStor del namespace «%1»: %2</translation>
    </message>
    <message>
        <source>the cluster of context &quot;%1&quot; (%2) did not answer within %3 s%4</source>
        <translation>el clúster del contexto «%1» (%2) no respondió en %3 s%4</translation>
    </message>
    <message>
        <source>warning: cannot tell whether user &quot;%1&quot; may patch cstorvolumeconfigs (%2); the server decides</source>
        <translation>aviso: no se puede saber si el usuario «%1» puede hacer patch de cstorvolumeconfigs (%2); decide el servidor</translation>
    </message>
    <message>
        <source>error: Forbidden: user &quot;%1&quot; (context &quot;%2&quot;) may not patch cstorvolumeconfigs in namespace &quot;%3&quot;, so no replica can be moved</source>
        <translation>error: Forbidden: el usuario «%1» (contexto «%2») no puede hacer patch de cstorvolumeconfigs en el namespace «%3», así que no se puede mover ninguna réplica</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for patch rights on cstorvolumeconfigs.cstor.openebs.io or choose another context with --context.</source>
        <translation>Pida a un administrador del clúster permisos de patch sobre cstorvolumeconfigs.cstor.openebs.io o elija otro contexto con --context.</translation>
    </message>
    <message numerus="yes">
        <source>Note: the journal holds %n unfinished migration(s); the next migrate or drain resumes them first:</source>
        <translation>
            <numerusform>Nota: el diario contiene %n migración sin terminar; el próximo migrate o drain la reanuda primero:</numerusform>
            <numerusform>Nota: el diario contiene %n migraciones sin terminar; el próximo migrate o drain las reanuda primero:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n unfinished migration(s) from the journal first:</source>
        <translation>
            <numerusform>Reanudando primero %n migración sin terminar del diario:</numerusform>
            <numerusform>Reanudando primero %n migraciones sin terminar del diario:</numerusform>
        </translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>COMPROBACIÓN</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation>HALLAZGO</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>POOL</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODO</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>CAPACIDAD</translation>
    </message>
    <message>
        <source>USED BEFORE</source>
        <translation>USADO ANTES</translation>
    </message>
    <message>
        <source>USED AFTER</source>
        <translation>USADO DESPUÉS</translation>
    </message>
    <message>
        <source>READ-ONLY AT</source>
        <translation>SOLO LECTURA AL</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTA</translation>
    </message>
    <message>
        <source>crosses its read-only threshold</source>
        <translation>supera su umbral de solo lectura</translation>
    </message>
    <message>
        <source>stays above its read-only threshold</source>
        <translation>sigue por encima de su umbral de solo lectura</translation>
    </message>
    <message>
        <source>Server-side dry run of adding %1 to %2</source>
        <translation>Simulación en el servidor de añadir %1 a %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: rechazado: %2</translation>
    </message>
    <message>
        <source>error: the input is not a terminal to ask on; pass --yes to go ahead without asking. Nothing was changed.</source>
        <translation>error: la entrada no es un terminal en el que preguntar; pase --yes para continuar sin preguntar. No se cambió nada.</translation>
    </message>
    <message>
        <source>Proceed? [y/N] </source>
        <translation>¿Continuar? [s/N] </translation>
    </message>
    <message>
        <source>No answer; nothing was changed.</source>
        <translation>Sin respuesta; no se cambió nada.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: hecho</translation>
    </message>
    <message>
        <source>%1: rolled back: %2</source>
        <translation>%1: deshecho: %2</translation>
    </message>
    <message>
        <source>%1: cancelled: %2</source>
        <translation>%1: cancelado: %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fallido: %2</translation>
    </message>
    <message>
        <source>Interrupted: cancelling; a move whose new replica exists is rolled back (Ctrl-C again to leave it to the journal, the next migrate or drain resumes it).</source>
        <translation>Interrumpido: cancelando; un traslado cuya réplica nueva existe se deshace (Ctrl-C otra vez para dejarlo al diario, el próximo migrate o drain lo reanuda).</translation>
    </message>
    <message>
        <source>%1: cannot cancel: %2</source>
        <translation>%1: no se puede cancelar: %2</translation>
    </message>
    <message>
        <source>, %1% copied</source>
        <translation>, %1 % copiado</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, quedan unos %1</translation>
    </message>
    <message>
        <source>%1: done; %2</source>
        <translation>%1: hecho; %2</translation>
    </message>
    <message>
        <source>Queue paused: %1</source>
        <translation>Cola en pausa: %1</translation>
    </message>
    <message>
        <source>Queue running</source>
        <translation>Cola en marcha</translation>
    </message>
    <message numerus="yes">
        <source>error: the queue in the journal still holds %n move(s) waiting to start (%1); a new plan would run beside them. `cstor-console queue` lists them, `cstor-console queue resume` runs them, `cstor-console queue cancel --all` drops them. Nothing was changed.</source>
        <translation>
            <numerusform>error: la cola del diario aún contiene %n traslado esperando a empezar (%1); un plan nuevo se ejecutaría junto a él. `cstor-console queue` lo lista, `cstor-console queue resume` lo ejecuta, `cstor-console queue cancel --all` lo descarta. No se cambió nada.</numerusform>
            <numerusform>error: la cola del diario aún contiene %n traslados esperando a empezar (%1); un plan nuevo se ejecutaría junto a ellos. `cstor-console queue` los lista, `cstor-console queue resume` los ejecuta, `cstor-console queue cancel --all` los descarta. No se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>en pausa: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>The queue was paused (%1); these moves resume it.</source>
        <translation>La cola estaba en pausa (%1); estos traslados la reanudan.</translation>
    </message>
    <message>
        <source>Interrupted: the queue is paused; the moves running now finish, the others stay in the journal (Ctrl-C again to leave the running ones to the journal too; `cstor-console queue resume` goes on).</source>
        <translation>Interrumpido: la cola está en pausa; los traslados en curso terminan y los demás quedan en el diario (Ctrl-C otra vez para dejar también los que están en curso al diario; `cstor-console queue resume` continúa).</translation>
    </message>
    <message>
        <source>interrupted by %1 (Ctrl-C)</source>
        <translation>interrumpido por %1 (Ctrl-C)</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>plan: %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n object(s) of the cluster still could not be read when this command ended (named above); it went by what it could read</source>
        <translation>
            <numerusform>aviso: %n objeto del clúster seguía sin poder leerse al terminar este comando (nombrado arriba); se guió por lo que pudo leer</numerusform>
            <numerusform>aviso: %n objetos del clúster seguían sin poder leerse al terminar este comando (nombrados arriba); se guió por lo que pudo leer</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;, which this command cannot see as it is: %3</source>
        <translation>aviso: se omite %1 «%2», que este comando no puede ver tal como es: %3</translation>
    </message>
    <message>
        <source>warning: the plan leaves out when the pools go read-only: %1</source>
        <translation>aviso: el plan no indica cuándo pasan los pools a solo lectura: %1</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>SOLO LECTURA</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Dry run: nothing was changed.
</source>
        <translation>Simulación: no se cambió nada.
</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>Show the plan and ask the server to dry-run each change; change nothing.</source>
        <translation>Mostrar el plan y pedir al servidor una simulación (dry run) de cada cambio; no cambiar nada.</translation>
    </message>
    <message>
        <source>Do not ask before moving.</source>
        <translation>No preguntar antes de mover.</translation>
    </message>
    <message>
        <source>Wait until every move has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>Esperar a que termine cada traslado (siempre se hace; para scripts escritos para herramientas tipo kubectl).</translation>
    </message>
</context>
<context>
    <name>PlanRun</name>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUMEN</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>A</translation>
    </message>
    <message>
        <source>TO NODE</source>
        <translation>A NODO</translation>
    </message>
    <message>
        <source>CHECKS</source>
        <translation>COMPROBACIONES</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>FALLO: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n replica(s) moved.
</source>
        <translation>
            <numerusform>%1: %n réplica movida.
</numerusform>
            <numerusform>%1: %n réplicas movidas.
</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1: %2 of %3 move(s) did not finish:</source>
        <translation>error: %1: %2 de %3 traslados no terminaron:</translation>
    </message>
    <message>
        <source>Paused: %1 of %2 move(s) done, %3 failed; %4 left in the queue of the journal (`cstor-console queue` lists them). `cstor-console queue resume` runs them; `cstor-console queue cancel --all` drops them.</source>
        <translation>En pausa: %1 de %2 traslado(s) terminados, %3 fallidos; %4 quedan en la cola del diario (`cstor-console queue` los lista). `cstor-console queue resume` los ejecuta; `cstor-console queue cancel --all` los descarta.</translation>
    </message>
    <message>
        <source>Estimated duration: %1.
</source>
        <translation>Duración estimada: %1.
</translation>
    </message>
    <message>
        <source>waits: %1</source>
        <translation>espera: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) were left to another console, which moved those replicas first or took the moves over.
</source>
        <translation>
            <numerusform>%n traslado se dejó a otra consola, que trasladó esa réplica primero o asumió el traslado.
</numerusform>
            <numerusform>%n traslados se dejaron a otra consola, que trasladó esas réplicas primero o asumió los traslados.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueOptions</name>
    <message>
        <source>At most N rebuilds onto one pool at once (default 1).</source>
        <translation>Como máximo N reconstrucciones a la vez hacia un mismo pool (1 por defecto).</translation>
    </message>
    <message>
        <source>At most N moves off one node at once (default 1).</source>
        <translation>Como máximo N traslados a la vez desde un mismo nodo (1 por defecto).</translation>
    </message>
    <message>
        <source>At most N moves at once in the cluster (default 4).</source>
        <translation>Como máximo N traslados a la vez en el clúster (4 por defecto).</translation>
    </message>
    <message>
        <source>Start moves only between these times of day, local time (e.g. 22:00-06:00); running moves always finish. &quot;none&quot;: at any time (the default).</source>
        <translation>Iniciar traslados solo entre estas horas del día, hora local (p. ej. 22:00-06:00); los traslados en curso siempre terminan. &quot;none&quot;: en cualquier momento (por defecto).</translation>
    </message>
    <message>
        <source>error: --%1 takes a whole number of at least 1, not &quot;%2&quot;</source>
        <translation>error: --%1 admite un número entero igual o mayor que 1, no «%2»</translation>
    </message>
    <message>
        <source>error: --window: %1</source>
        <translation>error: --window: %1</translation>
    </message>
    <message>
        <source>At most %1 rebuild(s) onto one pool, %2 move(s) off one node and %3 in the cluster at once (--max-per-pool, --max-per-node, --max-total; cStor has no rebuild throttle, so these caps are the lever on the load).
</source>
        <translation>Como máximo %1 reconstrucción(es) a la vez hacia un mismo pool, %2 traslado(s) desde un mismo nodo y %3 en el clúster (--max-per-pool, --max-per-node, --max-total; cStor no limita la velocidad de reconstrucción, así que estos límites son la palanca sobre la carga).
</translation>
    </message>
    <message>
        <source>Moves start only between %1 (--window); running moves always finish.
</source>
        <translation>Los traslados solo empiezan en la franja %1 (--window); los traslados en curso siempre terminan.
</translation>
    </message>
</context>
<context>
    <name>QueueVerb</name>
    <message>
        <source>The verb.</source>
        <translation>El verbo.</translation>
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
        <translation>La cola de traslados que el diario contiene para el contexto: los traslados no terminados (los que están en curso y los que esperan a empezar), si la cola está en pausa y por qué, sus límites y su ventana de mantenimiento. Un plan interrumpido con Ctrl-C, o una consola que se reinició, deja aquí sus traslados en espera, en pausa.
  queue [list]            lo que contiene la cola
  queue pause [--reason TEXT]
                          los traslados en curso terminan, los que esperan no empiezan
  queue resume            los traslados en espera vuelven a empezar; los que ninguna consola viva ejecuta se ejecutan aquí, y el verbo espera a que terminen
  queue cancel ID... | --all
                          los traslados en espera se descartan; un traslado en curso lo deshace (se quita su réplica nueva y se conserva la antigua) la consola que lo ejecuta
  queue set [--max-per-pool N] [--max-per-node N] [--max-total N] [--window HH:MM-HH:MM|none]
  queue move ID POSITION  el traslado en espera empieza en la posición POSITION (1 primero)
Una consola que ejecuta los traslados (la ventana u otro terminal) sigue estos cambios en menos de un segundo.
Códigos de salida: 0 hecho, 1 rechazado o fallido (o no terminaron todos los traslados reanudados), 2 error de uso.</translation>
    </message>
    <message>
        <source>list, pause, resume, cancel, set or move.</source>
        <translation>list, pause, resume, cancel, set o move.</translation>
    </message>
    <message>
        <source>cancel: every move of the queue.</source>
        <translation>cancel: todos los traslados de la cola.</translation>
    </message>
    <message>
        <source>pause: why, for the other operators.</source>
        <translation>pause: el motivo, para los demás operadores.</translation>
    </message>
    <message>
        <source>error: unknown queue action &quot;%1&quot;; one of: %2</source>
        <translation>error: acción de cola «%1» desconocida; una de: %2</translation>
    </message>
    <message>
        <source>error: the caps and --window are set with `queue set`</source>
        <translation>error: los límites y --window se fijan con `queue set`</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>error: name the moves to cancel (IDs from `queue`), or --all</source>
        <translation>error: indique los traslados que cancelar (ID de `queue`), o --all</translation>
    </message>
    <message>
        <source>error: queue set needs --max-per-pool, --max-per-node, --max-total or --window</source>
        <translation>error: queue set necesita --max-per-pool, --max-per-node, --max-total o --window</translation>
    </message>
    <message>
        <source>caps and window set by %1</source>
        <translation>límites y ventana fijados por %1</translation>
    </message>
    <message>
        <source>Queue set.
</source>
        <translation>Cola configurada.
</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>un operador</translation>
    </message>
    <message>
        <source>cstor-console pid %1</source>
        <translation>cstor-console pid %1</translation>
    </message>
    <message>
        <source>Paused: %1
</source>
        <translation>En pausa: %1
</translation>
    </message>
    <message>
        <source>Running: waiting moves start as the caps allow.
</source>
        <translation>En marcha: los traslados en espera empiezan en cuanto los límites lo permiten.
</translation>
    </message>
    <message>
        <source>The queue holds no move.
</source>
        <translation>La cola no contiene ningún traslado.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUMEN</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>A</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>DESDE</translation>
    </message>
    <message>
        <source>RUN BY</source>
        <translation>EJECUTADO POR</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>- (resume runs it)</source>
        <translation>- (resume lo ejecuta)</translation>
    </message>
    <message>
        <source>by %1 with `cstor-console queue pause`</source>
        <translation>por %1 con `cstor-console queue pause`</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>por %1: %2</translation>
    </message>
    <message>
        <source>Paused the queue: %1 running move(s) finish, %2 waiting move(s) do not start until `cstor-console queue resume`.
</source>
        <translation>Cola en pausa: %1 traslado(s) en curso terminan, %2 traslado(s) en espera no empiezan hasta `cstor-console queue resume`.
</translation>
    </message>
    <message>
        <source>resumed by %1</source>
        <translation>reanudada por %1</translation>
    </message>
    <message>
        <source>The queue runs; it holds no move.
</source>
        <translation>La cola está en marcha; no contiene ningún traslado.
</translation>
    </message>
    <message>
        <source>The queue runs; %1 runs its moves and goes on.
</source>
        <translation>La cola está en marcha; %1 ejecuta sus traslados y continúa.
</translation>
    </message>
    <message numerus="yes">
        <source>Running %n move(s) of the queue.
</source>
        <translation>
            <numerusform>Ejecutando %n traslado de la cola.
</numerusform>
            <numerusform>Ejecutando %n traslados de la cola.
</numerusform>
        </translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>la cola</translation>
    </message>
    <message>
        <source>cancelled by %1 before it started</source>
        <translation>cancelado por %1 antes de empezar</translation>
    </message>
    <message>
        <source>cancel requested by %1</source>
        <translation>cancelación solicitada por %1</translation>
    </message>
    <message>
        <source>%1: cancelled
</source>
        <translation>%1: cancelado
</translation>
    </message>
    <message>
        <source>%1: %2 rolls it back (the new replica is removed, the old one kept) unless its old replica is already being removed
</source>
        <translation>%1: %2 lo deshace (se quita la réplica nueva y se conserva la antigua) salvo que su réplica antigua ya se esté quitando
</translation>
    </message>
    <message>
        <source>%1: rolled back when the queue is resumed (`cstor-console queue resume`)
</source>
        <translation>%1: se deshace cuando se reanude la cola (`cstor-console queue resume`)
</translation>
    </message>
    <message>
        <source>error: the queue holds no move %1 (`cstor-console queue` lists them)</source>
        <translation>error: la cola no contiene ningún traslado %1 (`cstor-console queue` los lista)</translation>
    </message>
    <message>
        <source>error: queue move takes a move&apos;s ID and its new position (1 first)</source>
        <translation>error: queue move admite el ID de un traslado y su nueva posición (1 primero)</translation>
    </message>
    <message>
        <source>error: %1 is not a waiting move of the queue (`cstor-console queue` lists them)</source>
        <translation>error: %1 no es un traslado en espera de la cola (`cstor-console queue` los lista)</translation>
    </message>
    <message>
        <source>%1 moved to place %2 by %3</source>
        <translation>%1 movido a la posición %2 por %3</translation>
    </message>
    <message>
        <source>%1 now starts as number %2 of %3 waiting move(s).
</source>
        <translation>%1 empieza ahora como número %2 de %3 traslado(s) en espera.
</translation>
    </message>
</context>
<context>
    <name>RebalanceVerb</name>
    <message>
        <source>The verb.</source>
        <translation>El verbo.</translation>
    </message>
    <message>
        <source>Brings the used capacity of a pool cluster&apos;s pools (of each pool cluster, without --pool-cluster) within --max-spread percentage points of each other, moving few bytes: again and again a replica leaves the fullest pool for the pool that stays emptiest with it, replicas of volumes whose replicas are all Healthy and small ones first, no replica twice, under every rule of a single move. Only ONLINE, writable pools on live nodes count. Shows the plan with each pool&apos;s capacity before and after, and asks unless --yes is given; the moves then run as a queue within the caps, and the verb waits until every move has ended and the pools report their new capacity. A plan that cannot reach the spread is refused, naming the spread it would reach.
Exit codes: 0 within the spread (or nothing to change in a dry run), 1 refused, failed or not within the spread, 2 usage error.</source>
        <translation>Deja la capacidad usada de los pools de un pool cluster (de cada pool cluster, sin --pool-cluster) a no más de --max-spread puntos porcentuales entre sí, moviendo pocos bytes: una y otra vez una réplica sale del pool más lleno hacia el pool que queda más vacío con ella, primero las réplicas de volúmenes cuyas réplicas están todas Healthy y las pequeñas, ninguna réplica dos veces, bajo todas las reglas de un traslado individual. Solo cuentan los pools ONLINE y escribibles en nodos vivos. Muestra el plan con la capacidad de cada pool antes y después, y pregunta salvo que se indique --yes; después los traslados se ejecutan en cola dentro de los límites, y el verbo espera a que termine cada traslado y a que los pools informen de su nueva capacidad. Un plan que no puede alcanzar la dispersión se rechaza, indicando la dispersión que alcanzaría.
Códigos de salida: 0 dentro de la dispersión (o nada que cambiar en una simulación), 1 rechazado, fallido o fuera de la dispersión, 2 error de uso.</translation>
    </message>
    <message>
        <source>The pool cluster (CStorPoolCluster) to rebalance; every one when not given.</source>
        <translation>El pool cluster (CStorPoolCluster) que reequilibrar; todos si no se indica.</translation>
    </message>
    <message>
        <source>The most percentage points of used capacity between the fullest and the emptiest pool (default 10).</source>
        <translation>Máximo de puntos porcentuales de capacidad usada entre el pool más lleno y el más vacío (10 por defecto).</translation>
    </message>
    <message>
        <source>Unknown argument: %1 (name a pool cluster with --pool-cluster)</source>
        <translation>Argumento desconocido: %1 (indique un pool cluster con --pool-cluster)</translation>
    </message>
    <message>
        <source>error: --max-spread takes a whole number of points from 1 to 100, not &quot;%1&quot;</source>
        <translation>error: --max-spread admite un número entero de puntos de 1 a 100, no «%1»</translation>
    </message>
    <message>
        <source>every pool cluster</source>
        <translation>todos los pool clusters</translation>
    </message>
    <message>
        <source>pool cluster %1</source>
        <translation>pool cluster %1</translation>
    </message>
    <message>
        <source>error: no cStor pool belongs to a pool cluster named %1 in namespace &quot;%2&quot;</source>
        <translation>error: ningún pool de cStor pertenece a un pool cluster llamado %1 en el namespace «%2»</translation>
    </message>
    <message>
        <source>The pools of %1 are within %2 points already: nothing to move.
</source>
        <translation>%1: los pools ya están dentro de %2 puntos: nada que mover.
</translation>
    </message>
    <message numerus="yes">
        <source>Rebalance %1: spread %2 -&gt; %3 points (at most %4): move %n replica(s), %5 to copy

</source>
        <translation>
            <numerusform>Reequilibrar %1: dispersión %2 -&gt; %3 puntos (como máximo %4): mover %n réplica, %5 que copiar

</numerusform>
            <numerusform>Reequilibrar %1: dispersión %2 -&gt; %3 puntos (como máximo %4): mover %n réplicas, %5 que copiar

</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:
</source>
        <translation>Notas:
</translation>
    </message>
    <message>
        <source>error: refusing to rebalance %1: the best plan leaves a spread of %2 points, more than %3 (%4); nothing was changed. Run with --max-spread %2 to apply that plan.</source>
        <translation>error: se rechaza reequilibrar %1: el mejor plan deja una dispersión de %2 puntos, más de %3 (%4); no se cambió nada. Ejecute con --max-spread %2 para aplicar ese plan.</translation>
    </message>
    <message>
        <source>error: refusing to rebalance %1: %2</source>
        <translation>error: se rechaza reequilibrar %1: %2</translation>
    </message>
    <message>
        <source>error: the pools of %1 report a spread of %2 points, more than %3</source>
        <translation>error: %1: los pools informan de una dispersión de %2 puntos, más de %3</translation>
    </message>
</context>
<context>
    <name>RecoverVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>Mostrar solo el plan; no cambiar nada.</translation>
    </message>
    <message>
        <source>Do not ask before recovering.</source>
        <translation>No preguntar antes de recuperar.</translation>
    </message>
    <message>
        <source>Wait until the recovery has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>Esperar a que termine la recuperación (siempre se hace; para scripts escritos para herramientas tipo kubectl).</translation>
    </message>
    <message>
        <source>The volume to recover is missing: recover VOLUME</source>
        <translation>Falta el volumen que recuperar: recover VOLUME</translation>
    </message>
    <message>
        <source>error: no CStorVolumeConfig &quot;%1&quot; in namespace &quot;%2&quot;</source>
        <translation>error: no hay ninguna CStorVolumeConfig «%1» en el namespace «%2»</translation>
    </message>
    <message>
        <source>error: volume %1 needs a manual recovery; nothing was changed.</source>
        <translation>error: el volumen %1 necesita una recuperación manual; no se cambió nada.</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>El verbo.</translation>
    </message>
    <message>
        <source>The volume (PV name, the name of its CStorVolumeConfig).</source>
        <translation>El volumen (nombre del PV, el nombre de su CStorVolumeConfig).</translation>
    </message>
    <message>
        <source>remove pool %1 from the CVC (verified when its status lists the pools its spec lists)</source>
        <translation>quitar el pool %1 de la CVC (verificado cuando su status incluye los pools que incluye su spec)</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>(no se encontró ninguno)</translation>
    </message>
    <message>
        <source>restart the target pod %1 (verified when the CV&apos;s DRF, RF and known replicas agree with the CVC)</source>
        <translation>reiniciar el pod del target %1 (verificado cuando el DRF, el RF y las réplicas conocidas del CV concuerdan con la CVC)</translation>
    </message>
    <message>
        <source>Volume %1: nothing to do; it is at its replica count, all replicas Healthy on live nodes.
</source>
        <translation>Volumen %1: nada que hacer; tiene su número de réplicas, todas Healthy en nodos activos.
</translation>
    </message>
    <message>
        <source>Volume %1:
</source>
        <translation>Volumen %1:
</translation>
    </message>
    <message>
        <source>Not automated: %1
</source>
        <translation>No automatizado: %1
</translation>
    </message>
    <message>
        <source>Risk: %1
</source>
        <translation>Riesgo: %1
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>Qué puede hacer:
</translation>
    </message>
    <message>
        <source>Steps:
</source>
        <translation>Pasos:
</translation>
    </message>
    <message>
        <source>then, once the target refuses the lower replication factor, restart the target pod %1 (verified when the CV&apos;s DRF, RF and known replicas agree with the CVC)</source>
        <translation>después, en cuanto el target rechace el factor de replicación menor, reiniciar el pod del target %1 (verificado cuando el DRF, el RF y las réplicas conocidas del CV coincidan con la CVC)</translation>
    </message>
    <message>
        <source>replace pool %1, which no CStorPoolInstance has, by %2 in the CVC (verified when its status lists %2; the new replica then rebuilds)</source>
        <translation>sustituir en la CVC el pool %1, que ninguna CStorPoolInstance tiene, por %2 (verificado cuando su estado lista %2; después la réplica nueva se reconstruye)</translation>
    </message>
    <message>
        <source>Says what is wrong with one cStor volume and brings it back where that is automated: a pool whose new replica cannot finish (its pool or node is down) is removed from the volume, a pool name no pool has (a typo) is replaced by the closest usable pool of its pool cluster, a replica deleted by hand is created again with the replica id the target still knows, a target that refuses its lower replication factor is restarted. Each step is verified on a fresh read before the next. Shows the plan first and asks unless --yes is given. A scale-down whose new replica was lost is explained, not changed.
Exit codes: 0 nothing to do or recovered, 1 not recovered (a dry run with steps to take, a case to recover by hand, or a step that failed), 2 usage error.</source>
        <translation>Indica qué le pasa a un volumen cStor y lo recupera donde eso está automatizado: un pool cuya réplica nueva no puede terminar (su pool o nodo está caído) se quita del volumen, un nombre de pool que ningún pool tiene (una errata) se sustituye por el pool utilizable más parecido de su clúster de pools, una réplica borrada a mano se vuelve a crear con el ID de réplica que el target aún conoce, y un target que rechaza su factor de replicación menor se reinicia. Cada paso se verifica con una lectura nueva antes del siguiente. Muestra primero el plan y pregunta salvo que se indique --yes. Una reducción cuya réplica nueva se perdió se explica, no se cambia.
Códigos de salida: 0 nada que hacer o recuperado, 1 no recuperado (una simulación con pasos que dar, un caso que recuperar a mano o un paso que falló), 2 error de uso.</translation>
    </message>
    <message>
        <source>create the replica on pool %1 again, with the replica id %2 the target still knows (verified when it exists; it then rebuilds from the Healthy replicas)</source>
        <translation>volver a crear la réplica en el pool %1, con el ID de réplica %2 que el target aún conoce (verificado cuando existe; después se reconstruye a partir de las réplicas Healthy)</translation>
    </message>
</context>
<context>
    <name>Recovery::DiskReplacementPlanner</name>
    <message>
        <source>move the replicas off node %1 once their volumes have Healthy replicas elsewhere: cstor-console drain %1</source>
        <translation>mover las réplicas fuera del nodo %1 cuando sus volúmenes tengan réplicas Healthy en otro lugar: cstor-console drain %1</translation>
    </message>
    <message>
        <source>then remove the pool spec of node %1 from CStorPoolCluster %2 and add one with working disks</source>
        <translation>después quitar la especificación de pool del nodo %1 del CStorPoolCluster %2 y añadir una con discos que funcionen</translation>
    </message>
    <message>
        <source>no CStorPoolInstance &quot;%1&quot;</source>
        <translation>ningún CStorPoolInstance «%1»</translation>
    </message>
    <message>
        <source>no disk of pool %1 has failed</source>
        <translation>ningún disco del pool %1 ha fallado</translation>
    </message>
    <message>
        <source>block device %1 is not a disk of pool %2 (its disks: %3)</source>
        <translation>el dispositivo de bloques %1 no es un disco del pool %2 (sus discos: %3)</translation>
    </message>
    <message>
        <source>pool %1 is a %2 pool: upstream replaces disks only in mirror and raidz pools, and a stripe pool loses the data of a failed disk</source>
        <translation>el pool %1 es un pool %2: upstream solo sustituye discos en pools mirror y raidz, y un pool stripe pierde los datos de un disco averiado</translation>
    </message>
    <message>
        <source>disks %1 of the same raid group of pool %2 failed: the pool cannot serve its data, so no new disk can be resilvered from it</source>
        <translation>los discos %1 del mismo grupo RAID del pool %2 han fallado: el pool no puede servir sus datos, así que ningún disco nuevo puede hacer resilver desde él</translation>
    </message>
    <message>
        <source>block device %1 works while %2 of its raid group has failed: replacing it would leave the group without a working copy during the resilver; replace %2 first</source>
        <translation>el dispositivo de bloques %1 funciona mientras %2 de su grupo RAID ha fallado: sustituirlo dejaría el grupo sin copia válida durante el resilver; sustituya primero %2</translation>
    </message>
    <message>
        <source>block device %1 is not in the spec of CStorPoolCluster %2</source>
        <translation>el dispositivo de bloques %1 no está en la especificación del CStorPoolCluster %2</translation>
    </message>
    <message>
        <source>there is no BlockDevice %1 to compare a replacement&apos;s size with</source>
        <translation>no hay ningún BlockDevice %1 con cuyo tamaño comparar un sustituto</translation>
    </message>
    <message>
        <source>no BlockDevice &quot;%1&quot;</source>
        <translation>ningún BlockDevice «%1»</translation>
    </message>
    <message>
        <source>block device %1 is on node %2, not on the pool&apos;s node %3</source>
        <translation>el dispositivo de bloques %1 está en el nodo %2, no en el nodo %3 del pool</translation>
    </message>
    <message>
        <source>block device %1 is %2: only an unclaimed disk can take the place of another</source>
        <translation>el dispositivo de bloques %1 está %2: solo un disco no reclamado puede ocupar el lugar de otro</translation>
    </message>
    <message>
        <source>block device %1 is %2, not Active</source>
        <translation>el dispositivo de bloques %1 está %2, no Active</translation>
    </message>
    <message>
        <source>block device %1 (%2) is smaller than %3 (%4)</source>
        <translation>el dispositivo de bloques %1 (%2) es más pequeño que %3 (%4)</translation>
    </message>
    <message>
        <source>node %1 has no unclaimed Active block device of at least %2 to take the place of %3</source>
        <translation>el nodo %1 no tiene ningún dispositivo de bloques Active no reclamado de al menos %2 que ocupe el lugar de %3</translation>
    </message>
    <message>
        <source>attach a disk of at least %1 to node %2; once NDM lists it as an Unclaimed BlockDevice, run this again</source>
        <translation>conectar un disco de al menos %1 al nodo %2; cuando NDM lo liste como BlockDevice Unclaimed, ejecutar esto de nuevo</translation>
    </message>
</context>
<context>
    <name>Recovery::DiskReplacementTask</name>
    <message>
        <source>Replacing %1 by %2 in CStorPoolCluster %3 …</source>
        <translation>Sustituyendo %1 por %2 en el CStorPoolCluster %3 …</translation>
    </message>
    <message>
        <source>The CSPC operator put %1 into pool %2.</source>
        <translation>El operador CSPC ha puesto %1 en el pool %2.</translation>
    </message>
    <message>
        <source>Resilvering %1: pool %2 is %3 until it ends; its replicas keep serving …</source>
        <translation>Resilver de %1: el pool %2 está %3 hasta que termine; sus réplicas siguen sirviendo …</translation>
    </message>
    <message>
        <source>the new disk</source>
        <translation>el disco nuevo</translation>
    </message>
    <message>
        <source>Resilvered: pool %1 is ONLINE.</source>
        <translation>Resilver terminado: el pool %1 está ONLINE.</translation>
    </message>
    <message>
        <source>Resilvered: pool %1 is ONLINE with %2 in place of %3.</source>
        <translation>Resilver terminado: el pool %1 está ONLINE con %2 en lugar de %3.</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names %2, but the CSPC operator has not put it into pool %3; the operator&apos;s log says why: kubectl logs -n %4 deploy/cspc-operator</source>
        <translation>El CStorPoolCluster %1 nombra %2, pero el operador CSPC no lo ha puesto en el pool %3; su registro dice por qué: kubectl logs -n %4 deploy/cspc-operator</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1</source>
        <translation>el CStorPoolCluster %1</translation>
    </message>
</context>
<context>
    <name>Recovery::LostNodePlanner</name>
    <message>
        <source>gone from the cluster&apos;s nodes</source>
        <translation>desaparecido de los nodos del clúster</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>NotReady</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> desde %1</translation>
    </message>
    <message>
        <source>no replica on a live node: its data was only on %1; it comes back only with that node, so the console leaves it as it is</source>
        <translation>ninguna réplica en un nodo vivo: sus datos solo estaban en %1; vuelven solo con ese nodo, así que la consola lo deja como está</translation>
    </message>
    <message>
        <source>its replicas on live nodes are not Healthy yet (%1; its target may be restarting): run this again once one is</source>
        <translation>sus réplicas en nodos vivos aún no están Healthy (%1; su destino puede estar reiniciándose): vuelva a ejecutarlo cuando una lo esté</translation>
    </message>
    <message>
        <source>Offline: its target counts %1 Healthy of %2 replicas and needs %3 to serve I/O or rebuild a new replica; its data is intact on the Healthy one(s). Bring %4 back, or restore quorum otherwise, then run this again</source>
        <translation>Offline: su destino cuenta %1 Healthy de %2 réplicas y necesita %3 para servir E/S o reconstruir una réplica nueva; sus datos están intactos en la(s) Healthy. Recupere %4, o restablezca el quórum de otra forma, y vuelva a ejecutarlo</translation>
    </message>
    <message numerus="yes">
        <source>a new replica on %1 rebuilds from %n Healthy replica(s); then %2 leaves the volume</source>
        <translation>
            <numerusform>una réplica nueva en %1 se reconstruye a partir de %n réplica Healthy; luego %2 deja el volumen</numerusform>
            <numerusform>una réplica nueva en %1 se reconstruye a partir de %n réplicas Healthy; luego %2 deja el volumen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; add a pool on another node to pool cluster %2, then run this again</source>
        <translation>%1; añada un pool en otro nodo al clúster de pools %2 y vuelva a ejecutarlo</translation>
    </message>
    <message>
        <source>Let the Terminating replicas go (only their pool manager would, and it went with the node): kubectl patch cvr %1 -n %2 %3</source>
        <translation>Libere las réplicas en Terminating (solo su gestor de pool lo haría, y se fue con el nodo): kubectl patch cvr %1 -n %2 %3</translation>
    </message>
    <message>
        <source>Remove the pool spec of %1 from its pool cluster (the webhook refuses it while a replica is on the pool): kubectl patch cspc %2 -n %3 --type=json -p &apos;[{&quot;op&quot;:&quot;test&quot;,&quot;path&quot;:&quot;/spec/pools/%4/nodeSelector/kubernetes.io~1hostname&quot;,&quot;value&quot;:&quot;%5&quot;},{&quot;op&quot;:&quot;remove&quot;,&quot;path&quot;:&quot;/spec/pools/%4&quot;}]&apos;</source>
        <translation>Quite la especificación del pool %1 de su clúster de pools (el webhook lo rechaza mientras haya una réplica en el pool): kubectl patch cspc %2 -n %3 --type=json -p &apos;[{&quot;op&quot;:&quot;test&quot;,&quot;path&quot;:&quot;/spec/pools/%4/nodeSelector/kubernetes.io~1hostname&quot;,&quot;value&quot;:&quot;%5&quot;},{&quot;op&quot;:&quot;remove&quot;,&quot;path&quot;:&quot;/spec/pools/%4&quot;}]&apos;</translation>
    </message>
    <message>
        <source>Remove the pool spec of %1 from its pool cluster (the webhook refuses it while a replica is on the pool): kubectl edit cspc %2 -n %3, and delete the entry of spec.pools whose nodeSelector is kubernetes.io/hostname: %4</source>
        <translation>Quite la especificación del pool %1 de su clúster de pools (el webhook lo rechaza mientras haya una réplica en el pool): kubectl edit cspc %2 -n %3, y borre la entrada de spec.pools cuyo nodeSelector es kubernetes.io/hostname: %4</translation>
    </message>
    <message>
        <source>The pool cluster then deletes %1; only its pool manager would remove the finalizers, so remove them: kubectl patch cspi %1 -n %2 %3</source>
        <translation>El clúster de pools elimina entonces %1; solo su gestor de pool quitaría los finalizers, así que quítelos: kubectl patch cspi %1 -n %2 %3</translation>
    </message>
</context>
<context>
    <name>Recovery::MovedDisksPlanner</name>
    <message>
        <source>no pool (CStorPoolInstance) named %1%2</source>
        <translation>no hay ningún pool (CStorPoolInstance) llamado %1%2</translation>
    </message>
    <message>
        <source>block device %1 of pool %2 is not in the cluster: node-disk-manager has not found it on any node</source>
        <translation>el dispositivo de bloques %1 del pool %2 no está en el clúster: node-disk-manager no lo ha encontrado en ningún nodo</translation>
    </message>
    <message>
        <source>attach the disk to a node and wait until node-disk-manager lists it (kubectl get bd)</source>
        <translation>conectar el disco a un nodo y esperar a que node-disk-manager lo liste (kubectl get bd)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>pool %1 names no block device</source>
        <translation>el pool %1 no nombra ningún dispositivo de bloques</translation>
    </message>
    <message>
        <source>the disks of pool %1 are on several nodes (%2): a pool imports only on a node that has all of its disks</source>
        <translation>los discos del pool %1 están en varios nodos (%2): un pool solo se importa en un nodo que tenga todos sus discos</translation>
    </message>
    <message>
        <source>attach all of them to one node, then run this again</source>
        <translation>conectarlos todos a un mismo nodo y ejecutar de nuevo</translation>
    </message>
    <message>
        <source>no pool spec of CStorPoolCluster %1 names the node or the disks of pool %2</source>
        <translation>ninguna especificación de pool del CStorPoolCluster %1 nombra el nodo o los discos del pool %2</translation>
    </message>
    <message>
        <source>the pool spec of %1 in CStorPoolCluster %2 selects its node by other labels than kubernetes.io/hostname</source>
        <translation>la especificación del pool %1 en el CStorPoolCluster %2 elige su nodo por otras etiquetas distintas de kubernetes.io/hostname</translation>
    </message>
    <message>
        <source>edit its nodeSelector by hand: kubectl edit cspc %1</source>
        <translation>editar su nodeSelector a mano: kubectl edit cspc %1</translation>
    </message>
    <message>
        <source>the disks of pool %1 are on its node %2</source>
        <translation>los discos del pool %1 están en su nodo %2</translation>
    </message>
    <message>
        <source>node %1, where node-disk-manager found the disks, is not in the cluster</source>
        <translation>el nodo %1, donde node-disk-manager encontró los discos, no está en el clúster</translation>
    </message>
    <message>
        <source>node %1 is not Ready: the pool cannot start there</source>
        <translation>el nodo %1 no está Ready: el pool no puede arrancar allí</translation>
    </message>
    <message>
        <source>bring node %1 back, then run this again</source>
        <translation>recuperar el nodo %1 y ejecutar de nuevo</translation>
    </message>
    <message>
        <source>node %1 is cordoned: the pool&apos;s pod cannot be scheduled there</source>
        <translation>el nodo %1 está acordonado: el pod del pool no puede planificarse allí</translation>
    </message>
    <message>
        <source>kubectl uncordon %1, then run this again</source>
        <translation>kubectl uncordon %1 y ejecutar de nuevo</translation>
    </message>
    <message>
        <source>node %1 already has a pool of CStorPoolCluster %2: a pool cluster has one pool per node</source>
        <translation>el nodo %1 ya tiene un pool del CStorPoolCluster %2: un clúster de pools tiene un pool por nodo</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 has %2 of its %3 pools provisioned: its operator would create a new pool on node %4 instead of moving this one</source>
        <translation>el CStorPoolCluster %1 tiene %2 de sus %3 pools aprovisionados: su operador crearía un pool nuevo en el nodo %4 en lugar de mover este</translation>
    </message>
    <message>
        <source>wait until every pool of the cluster is provisioned (kubectl get cspc)</source>
        <translation>esperar a que cada pool del clúster esté aprovisionado (kubectl get cspc)</translation>
    </message>
    <message>
        <source>no pool (CStorPoolInstance) of that pool spec was found</source>
        <translation>no se encontró ningún pool (CStorPoolInstance) de esa especificación de pool</translation>
    </message>
    <message>
        <source>another pool spec of CStorPoolCluster %1 names node %2, which is gone, and its pool cannot follow its disks in the same edit (%3): the admission webhook refuses every edit of the pool cluster until no pool spec names a node that is gone</source>
        <translation>otra especificación de pool del CStorPoolCluster %1 nombra el nodo %2, que ha desaparecido, y su pool no puede seguir a sus discos en la misma edición (%3): el webhook de admisión rechaza cualquier edición del clúster de pools mientras una especificación de pool nombre un nodo desaparecido</translation>
    </message>
    <message>
        <source>or point every such pool spec at its new node in one edit by hand: kubectl edit cspc %1</source>
        <translation>o apuntar a mano cada una de esas especificaciones de pool a su nodo nuevo en una sola edición: kubectl edit cspc %1</translation>
    </message>
</context>
<context>
    <name>Recovery::MovedDisksTask</name>
    <message>
        <source>The CSPC operator points pool %1 at node %2; its pod starts there and imports the pool …</source>
        <translation>El operador CSPC apunta el pool %1 al nodo %2; su pod arranca allí e importa el pool …</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2, where its disks are.</source>
        <translation>El pool %1 está ONLINE en el nodo %2, donde están sus discos.</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names node %2, but the CSPC operator has not pointed pool %3 there; the operator&apos;s log says why: kubectl logs -n %4 deploy/cspc-operator</source>
        <translation>El CStorPoolCluster %1 nombra el nodo %2, pero el operador CSPC no ha apuntado allí el pool %3; el registro del operador dice por qué: kubectl logs -n %4 deploy/cspc-operator</translation>
    </message>
    <message>
        <source>Pool %1 is not ONLINE on node %2 yet; its pod and its events say why: kubectl describe cspi %1 -n %3</source>
        <translation>El pool %1 aún no está ONLINE en el nodo %2; su pod y sus eventos dicen por qué: kubectl describe cspi %1 -n %3</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2; setting its kubernetes.io/hostname label …</source>
        <translation>El pool %1 está ONLINE en el nodo %2; poniendo su etiqueta kubernetes.io/hostname …</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2, but its label could not be set: %3</source>
        <translation>El pool %1 está ONLINE en el nodo %2, pero no se pudo poner su etiqueta: %3</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1</source>
        <translation>el CStorPoolCluster %1</translation>
    </message>
    <message>
        <source>pool %1 at node %2</source>
        <translation>el pool %1 al nodo %2</translation>
    </message>
    <message>
        <source>Pointing %1 in CStorPoolCluster %2 …</source>
        <translation>Apuntando %1 en CStorPoolCluster %2 …</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Pools %1 are ONLINE, each on the node of its disks.</source>
        <translation>Los pools %1 están ONLINE, cada uno en el nodo de sus discos.</translation>
    </message>
</context>
<context>
    <name>Recovery::PoolClusterTask</name>
    <message>
        <source>cannot read CStorPoolInstance %1: %2</source>
        <translation>no se puede leer el CStorPoolInstance %1: %2</translation>
    </message>
    <message>
        <source>the CStorPoolInstances of namespace &quot;%1&quot;</source>
        <translation>las CStorPoolInstances del namespace &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 was refused: %2</source>
        <translation>La edición del CStorPoolCluster %1 fue rechazada: %2</translation>
    </message>
    <message>
        <source>Cannot follow pool %1: %2</source>
        <translation>No se puede seguir el pool %1: %2</translation>
    </message>
    <message>
        <source>warning: cannot write the audit log: %1</source>
        <translation>aviso: no se puede escribir el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>Recovery::RecoveryPlanner</name>
    <message>
        <source>pool %1 does not exist</source>
        <translation>el pool %1 no existe</translation>
    </message>
    <message>
        <source>pool %1 is %2</source>
        <translation>el pool %1 está %2</translation>
    </message>
    <message>
        <source>the node %1 of pool %2 is gone</source>
        <translation>el nodo %1 del pool %2 ha desaparecido</translation>
    </message>
    <message>
        <source>the node %1 of pool %2 is NotReady</source>
        <translation>el nodo %1 del pool %2 está NotReady</translation>
    </message>
    <message>
        <source>there is no CStorVolumeConfig %1</source>
        <translation>no existe la CStorVolumeConfig %1</translation>
    </message>
    <message>
        <source>the CVC&apos;s spec lists pools %1, its status %2</source>
        <translation>la spec de la CVC incluye los pools %1, su status %2</translation>
    </message>
    <message>
        <source>there is no CStorVolume %1</source>
        <translation>no existe el CStorVolume %1</translation>
    </message>
    <message>
        <source>the CV&apos;s desiredReplicationFactor is %1, its replicationFactor %2 and it knows %3 replica(s); the CVC lists %4 pool(s)</source>
        <translation>el desiredReplicationFactor del CV es %1, su replicationFactor %2 y conoce %3 réplica(s); la CVC incluye %4 pool(s)</translation>
    </message>
    <message>
        <source>the target refuses to lower its desired replication factor (FailUpdate &quot;are invalid changes&quot;)</source>
        <translation>el target se niega a bajar su factor de replicación deseado (FailUpdate &quot;are invalid changes&quot;)</translation>
    </message>
    <message>
        <source>no replica exists on pool %1</source>
        <translation>no existe ninguna réplica en el pool %1</translation>
    </message>
    <message>
        <source>replica %1 is %2</source>
        <translation>la réplica %1 está %2</translation>
    </message>
    <message>
        <source>A new replica is still being rebuilt or its trouble is not visible yet; run recover again later.</source>
        <translation>Una réplica nueva aún se está reconstruyendo o su problema todavía no es visible; vuelva a ejecutar recover más tarde.</translation>
    </message>
    <message>
        <source>Recovery does not automate this case yet.</source>
        <translation>La recuperación aún no automatiza este caso.</translation>
    </message>
    <message>
        <source>See `cstor-console doctor` for what it risks.</source>
        <translation>Consulte `cstor-console doctor` para ver lo que arriesga.</translation>
    </message>
    <message>
        <source>Run `cstor-console doctor` and follow the fix of its findings.</source>
        <translation>Ejecute `cstor-console doctor` y siga la solución de sus hallazgos.</translation>
    </message>
    <message>
        <source>A scale-down of %1 is in progress (pool(s) %2 being removed). The admission webhook refuses to put the pool back while it is: &quot;scaling of CVC %1 is already in progress&quot;. The target removes the old replica only when every kept replica is Healthy, so the scale-down does not end while %3.</source>
        <translation>Hay una reducción de %1 en curso (se están quitando los pools %2). El webhook de admisión se niega a volver a poner el pool mientras dure: &quot;scaling of CVC %1 is already in progress&quot;. El target quita la réplica antigua solo cuando todas las réplicas conservadas están Healthy, así que la reducción no termina mientras %3.</translation>
    </message>
    <message>
        <source>a kept replica is not Healthy</source>
        <translation>una réplica conservada no esté Healthy</translation>
    </message>
    <message>
        <source>the replica on %1 cannot become Healthy</source>
        <translation>la réplica en %1 no pueda quedar Healthy</translation>
    </message>
    <message>
        <source>The volume depends on fewer healthy copies than it should; the replica being removed still holds data. Removing another pool would delete a replica that holds data, so recovery does not edit the CVC.</source>
        <translation>El volumen depende de menos copias sanas de las que debería; la réplica que se está quitando aún contiene datos. Quitar otro pool borraría una réplica que contiene datos, así que la recuperación no edita la CVC.</translation>
    </message>
    <message>
        <source>Bring back the node or pool of %1; the scale-down then ends by itself.</source>
        <translation>Recupere el nodo o el pool de %1; la reducción terminará entonces por sí sola.</translation>
    </message>
    <message>
        <source>If it is gone for good: keep the replica on %1, ask for help with replacing the lost replica, and do not delete CVRs by hand.</source>
        <translation>Si ha desaparecido definitivamente: conserve la réplica en %1, pida ayuda para sustituir la réplica perdida y no borre CVR a mano.</translation>
    </message>
    <message>
        <source>A scale-up of %1 to pool(s) %2 has not started: the CVC&apos;s status does not list them, and the admission webhook refuses to remove them while it scales: &quot;scaling of CVC %1 is already in progress&quot;.</source>
        <translation>Un escalado de %1 a los pools %2 no ha empezado: el status de la CVC no los incluye, y el webhook de admisión se niega a quitarlos mientras escala: &quot;scaling of CVC %1 is already in progress&quot;.</translation>
    </message>
    <message>
        <source>No other change of this volume&apos;s placement is accepted until it ends.</source>
        <translation>Hasta que termine no se acepta ningún otro cambio de ubicación de este volumen.</translation>
    </message>
    <message>
        <source>Bring the pool or its node back, or replace the pool&apos;s name in spec.policy.replicaPoolInfo by a usable pool (kubectl edit cvc %1).</source>
        <translation>Recupere el pool o su nodo, o sustituya el nombre del pool en spec.policy.replicaPoolInfo por un pool utilizable (kubectl edit cvc %1).</translation>
    </message>
    <message>
        <source>Its replica on %1 sits on node %2, which is lost; the replicas of a lost node are replaced together, by the lost-node recovery.</source>
        <translation>Su réplica en %1 está en el nodo %2, que está perdido; las réplicas de un nodo perdido se reemplazan juntas, con la recuperación del nodo perdido.</translation>
    </message>
    <message>
        <source>Data: no replica of the volume is left on a live node; its data comes back only with %1.</source>
        <translation>Datos: no queda ninguna réplica del volumen en un nodo vivo; sus datos vuelven solo con %1.</translation>
    </message>
    <message>
        <source>Data: the volume runs with a copy fewer until the replica is replaced or %1 comes back.</source>
        <translation>Datos: el volumen funciona con una copia menos hasta que se reemplace la réplica o vuelva %1.</translation>
    </message>
    <message>
        <source>If %1 comes back, nothing needs doing: its pools and replicas resume.</source>
        <translation>Si %1 vuelve, no hay nada que hacer: sus pools y réplicas se reanudan.</translation>
    </message>
    <message>
        <source>If it is gone for good: cstor-console drain %1 (Recover lost node… in the window); for this volume: %2.</source>
        <translation>Si se fue para siempre: cstor-console drain %1 («Recuperar el nodo perdido…» en la ventana); para este volumen: %2.</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nada que hacer</translation>
    </message>
    <message>
        <source>Data: the volume runs with fewer copies than its CVC lists. Removing such a pool from the CVC does not help: the CVC controller finds no replica to remove and the scale-down never ends.</source>
        <translation>Datos: el volumen funciona con menos copias de las que lista su CVC. Quitar un pool así del CVC no ayuda: el controlador de CVC no encuentra ninguna réplica que quitar y la reducción no termina nunca.</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and a replica cannot be created there now: %2.</source>
        <translation>Las réplicas de los pools %1 se borraron, y ahora no se puede crear una réplica allí: %2.</translation>
    </message>
    <message>
        <source>Do not remove %1 from the CVC and do not edit the CV by hand.</source>
        <translation>No quite %1 del CVC ni edite el CV a mano.</translation>
    </message>
    <message>
        <source>Bring the pool or its node back, then run recover again.</source>
        <translation>Recupere el pool o su nodo y vuelva a ejecutar recover.</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted and no Healthy replica is left to rebuild them from.</source>
        <translation>Las réplicas de los pools %1 se borraron y no queda ninguna réplica Healthy a partir de la cual reconstruirlas.</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and the target knows fewer replica ids (%2) than are missing, so a new replica could not take a known one&apos;s place.</source>
        <translation>Las réplicas de los pools %1 se borraron, y el target conoce menos ID de réplica (%2) de los que faltan, así que una réplica nueva no podría ocupar el lugar de una conocida.</translation>
    </message>
    <message>
        <source>Bring back a Healthy replica first (its node or pool), then run recover again.</source>
        <translation>Recupere primero una réplica Healthy (su nodo o pool) y vuelva a ejecutar recover.</translation>
    </message>
    <message>
        <source>replica %1 is still being deleted</source>
        <translation>la réplica %1 todavía se está borrando</translation>
    </message>
    <message>
        <source>pool %1 cannot be imported on node %2 (PoolLost): its disks are gone or on another node</source>
        <translation>el pool %1 no se puede importar en el nodo %2 (PoolLost): sus discos ya no están o están en otro nodo</translation>
    </message>
    <message>
        <source>Putting %1 back in place of %2 is accepted by the webhook but is a trap: the target still removes the replica on %1 once %2 returns, while the CVC controller deletes the one on %2.</source>
        <translation>Volver a poner %1 en lugar de %2 lo acepta el webhook, pero es una trampa: el target sigue quitando la réplica de %1 en cuanto vuelve %2, mientras el controlador de CVC borra la de %2.</translation>
    </message>
</context>
<context>
    <name>Recovery::ReplicaRecreation</name>
    <message>
        <source>replica %1 has no volume label or owner to copy</source>
        <translation>la réplica %1 no tiene etiqueta de volumen ni propietario que copiar</translation>
    </message>
    <message>
        <source>the CStorPoolInstance %1 has no name, uid or host name</source>
        <translation>el CStorPoolInstance %1 no tiene nombre, uid o nombre de host</translation>
    </message>
</context>
<context>
    <name>RecoveryRunner</name>
    <message>
        <source>pods in namespace &quot;%1&quot;</source>
        <translation>pods en el namespace «%1»</translation>
    </message>
    <message>
        <source>error: the steps were taken but volume %1 is not back: %2</source>
        <translation>error: se dieron los pasos, pero el volumen %1 no se ha recuperado: %2</translation>
    </message>
    <message>
        <source>Volume %1 is back at its replica count, all replicas Healthy on live nodes.
</source>
        <translation>El volumen %1 vuelve a tener su número de réplicas, todas Healthy en nodos activos.
</translation>
    </message>
    <message>
        <source>%1: remove pool %2 from the CVC</source>
        <translation>%1: quitar el pool %2 de la CVC</translation>
    </message>
    <message>
        <source>Removing pool %1 from the CVC of %2 ...
</source>
        <translation>Quitando el pool %1 de la CVC de %2 ...
</translation>
    </message>
    <message>
        <source>error: removing pool %1 from the CVC of %2 failed: %3</source>
        <translation>error: no se pudo quitar el pool %1 de la CVC de %2: %3</translation>
    </message>
    <message>
        <source>error: pool %1 was removed from the spec of the CVC of %2, but its status still does not list the same pools</source>
        <translation>error: el pool %1 se quitó de la spec de la CVC de %2, pero su status aún no incluye los mismos pools</translation>
    </message>
    <message>
        <source>Pool %1 removed: the CVC&apos;s status lists the pools its spec lists.
</source>
        <translation>Pool %1 quitado: el status de la CVC incluye los pools que incluye su spec.
</translation>
    </message>
    <message>
        <source>the CVC&apos;s spec no longer lists pool %1</source>
        <translation>la spec de la CVC ya no incluye el pool %1</translation>
    </message>
    <message>
        <source>error: volume %1 has no target pod to restart</source>
        <translation>error: el volumen %1 no tiene ningún pod del target que reiniciar</translation>
    </message>
    <message>
        <source>%1: restart the target pod %2</source>
        <translation>%1: reiniciar el pod del target %2</translation>
    </message>
    <message>
        <source>Restarting the target pod %1 (deleting it; I/O pauses until its replacement runs) ...
</source>
        <translation>Reiniciando el pod del target %1 (se borra; la E/S se pausa hasta que su sustituto esté en ejecución) ...
</translation>
    </message>
    <message>
        <source>error: deleting the target pod %1 failed: %2</source>
        <translation>error: no se pudo borrar el pod del target %1: %2</translation>
    </message>
    <message>
        <source>error: after the restart of %1 the CV&apos;s desired replication factor, replication factor and known replicas of %2 still do not agree with its CVC</source>
        <translation>error: tras el reinicio de %1, el factor de replicación deseado, el factor de replicación y las réplicas conocidas del CV de %2 siguen sin concordar con su CVC</translation>
    </message>
    <message>
        <source>Target restarted as %1: the CV&apos;s replication factors and known replicas agree with the CVC.
</source>
        <translation>Target reiniciado como %1: los factores de replicación y las réplicas conocidas del CV concuerdan con la CVC.
</translation>
    </message>
    <message>
        <source>warning: cannot write the journal: %1</source>
        <translation>aviso: no se puede escribir el diario: %1</translation>
    </message>
    <message>
        <source>warning: cannot write the audit log: %1</source>
        <translation>aviso: no se puede escribir el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>the restarted target has not reported the volume Healthy with every replica Healthy yet</source>
        <translation>el target reiniciado aún no ha informado del volumen como Healthy con todas las réplicas Healthy</translation>
    </message>
    <message>
        <source>The target has not refused the lower replication factor yet; restarting it all the same, as a new target reads the factor from the CV.
</source>
        <translation>El target aún no ha rechazado el factor de replicación menor; se reinicia de todos modos, ya que un target nuevo lee el factor del CV.
</translation>
    </message>
    <message>
        <source>%1: replace pool %2 by %3 in the CVC</source>
        <translation>%1: sustituir el pool %2 por %3 en la CVC</translation>
    </message>
    <message>
        <source>Replacing pool %1 by %2 in the CVC of %3 ...
</source>
        <translation>Sustituyendo el pool %1 por %2 en la CVC de %3 ...
</translation>
    </message>
    <message>
        <source>error: replacing pool %1 by %2 in the CVC of %3 failed: %4</source>
        <translation>error: la sustitución del pool %1 por %2 en la CVC de %3 falló: %4</translation>
    </message>
    <message>
        <source>error: pool %1 replaced %2 in the spec of the CVC of %3, but its status still does not list the same pools</source>
        <translation>error: el pool %1 sustituyó a %2 en la spec de la CVC de %3, pero su estado sigue sin listar los mismos pools</translation>
    </message>
    <message>
        <source>Pool %1 in place of %2: the CVC&apos;s status lists the pools its spec lists; the new replica rebuilds.
</source>
        <translation>Pool %1 en lugar de %2: el estado de la CVC lista los pools de su spec; la réplica nueva se reconstruye.
</translation>
    </message>
    <message>
        <source>%1: create the replica on pool %2 again (replica id %3)</source>
        <translation>%1: volver a crear la réplica en el pool %2 (ID de réplica %3)</translation>
    </message>
    <message>
        <source>Creating the replica of %1 on pool %2 again, with the replica id %3 the target knows ...
</source>
        <translation>Volviendo a crear la réplica de %1 en el pool %2, con el ID de réplica %3 que el target conoce ...
</translation>
    </message>
    <message>
        <source>error: creating the replica of %1 on pool %2 again failed: %3</source>
        <translation>error: no se pudo volver a crear la réplica de %1 en el pool %2: %3</translation>
    </message>
    <message>
        <source>error: the replica of %1 on pool %2 was created but is not listed</source>
        <translation>error: la réplica de %1 en el pool %2 se creó pero no aparece en la lista</translation>
    </message>
    <message>
        <source>Replica of %1 on pool %2 created; it rebuilds from the Healthy replicas.
</source>
        <translation>Réplica de %1 en el pool %2 creada; se reconstruye a partir de las réplicas Healthy.
</translation>
    </message>
    <message>
        <source>pool %1 holds a replica of the volume again</source>
        <translation>el pool %1 vuelve a contener una réplica del volumen</translation>
    </message>
    <message>
        <source>no replica of the volume is left to copy its settings from</source>
        <translation>no queda ninguna réplica del volumen de la que copiar los ajustes</translation>
    </message>
</context>
<context>
    <name>ReplaceDiskVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>Mostrar solo el plan; no cambiar nada.</translation>
    </message>
    <message>
        <source>Do not ask before editing the CSPC.</source>
        <translation>No preguntar antes de editar el CSPC.</translation>
    </message>
    <message>
        <source>Wait until the resilver has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>Esperar a que termine el resilver (siempre se hace; para scripts escritos para herramientas tipo kubectl).</translation>
    </message>
    <message>
        <source>The block device to replace (default: the pool&apos;s failed disk).</source>
        <translation>El dispositivo de bloques que sustituir (por defecto: el disco averiado del pool).</translation>
    </message>
    <message>
        <source>The unclaimed block device of the pool&apos;s node to put in its place (default: the smallest one at least as large).</source>
        <translation>El dispositivo de bloques no reclamado del nodo del pool que poner en su lugar (por defecto: el más pequeño al menos igual de grande).</translation>
    </message>
    <message>
        <source>The pool whose disk to replace is missing: replace-disk POOL</source>
        <translation>Falta el pool cuyo disco sustituir: replace-disk POOL</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>El verbo.</translation>
    </message>
    <message>
        <source>Replaces a failed disk of a mirror or raidz cStor pool by an unclaimed disk of the same node, at least as large: the CStorPoolCluster edit upstream supports (one disk of a raid group at a time), guarded against a stale read. Then follows the CSPC operator and the resilver until the pool is ONLINE. A stripe pool, a raid group with more failed disks than it survives, or a working disk while another of its group has failed are refused with what to do instead. Run again on a pool that resilvers to follow it. Shows the plan first and asks unless --yes is given.
Exit codes: 0 nothing to do or replaced, 1 refused, failed, or a dry run with a replacement to make, 2 usage error.</source>
        <translation>Sustituye un disco averiado de un pool cStor mirror o raidz por un disco no reclamado del mismo nodo, al menos igual de grande: la edición del CStorPoolCluster que upstream admite (un disco de un grupo RAID cada vez), protegida frente a una lectura obsoleta. Después sigue al operador CSPC y el resilver hasta que el pool esté ONLINE. Un pool stripe, un grupo RAID con más discos averiados de los que soporta, o un disco que funciona mientras otro de su grupo ha fallado se rechazan, con lo que hacer en su lugar. Vuelva a ejecutarlo en un pool que hace resilver para seguirlo. Muestra primero el plan y pregunta salvo con --yes.
Códigos de salida: 0 nada que hacer o sustituido, 1 rechazado, fallido o un ensayo con una sustitución pendiente, 2 error de uso.</translation>
    </message>
    <message>
        <source>The pool (its CStorPoolInstance name).</source>
        <translation>El pool (el nombre de su CStorPoolInstance).</translation>
    </message>
    <message>
        <source>Pool %1 (%2, node %3, CStorPoolCluster %4): %5
</source>
        <translation>Pool %1 (%2, nodo %3, CStorPoolCluster %4): %5
</translation>
    </message>
    <message>
        <source>Failed disks: %1
</source>
        <translation>Discos averiados: %1
</translation>
    </message>
    <message>
        <source>Nothing to do: %1.
</source>
        <translation>Nada que hacer: %1.
</translation>
    </message>
    <message>
        <source>A disk replacement is under way; following it.
</source>
        <translation>Hay una sustitución de disco en curso; se sigue.
</translation>
    </message>
    <message>
        <source>%1 is taking the place of %2; following the resilver.
</source>
        <translation>%1 está ocupando el lugar de %2; se sigue el resilver.
</translation>
    </message>
    <message>
        <source>Refused: %1.
</source>
        <translation>Rechazado: %1.
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>Lo que puede hacer:
</translation>
    </message>
    <message>
        <source>Replace %1 by %2 (%3), an unclaimed disk of node %4.
</source>
        <translation>Sustituir %1 por %2 (%3), un disco no reclamado del nodo %4.
</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (JSON patch): %2
</source>
        <translation>La edición del CStorPoolCluster %1 (parche JSON): %2
</translation>
    </message>
    <message>
        <source>Then the CSPC operator puts %1 into the pool and the pool resilvers it; the pool stays DEGRADED until then and its replicas keep serving.
</source>
        <translation>Después el operador CSPC pone %1 en el pool y el pool hace su resilver; el pool sigue DEGRADED hasta entonces y sus réplicas siguen sirviendo.
</translation>
    </message>
    <message>
        <source>the disk of pool %1 cannot be replaced; nothing was changed.</source>
        <translation>el disco del pool %1 no se puede sustituir; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>ResourceLister</name>
    <message>
        <source>the server answered %1</source>
        <translation>el servidor respondió %1</translation>
    </message>
    <message>
        <source>(none: context &quot;%1&quot; names no user)</source>
        <translation>(ninguno: el contexto «%1» no indica ningún usuario)</translation>
    </message>
    <message>
        <source>Fix the cluster &quot;%1&quot; or user &quot;%2&quot; in the kubeconfig (the server URL must be https:// when credentials are sent).</source>
        <translation>Corrija el clúster «%1» o el usuario «%2» en el kubeconfig (la URL del servidor debe ser https:// cuando se envían credenciales).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: check certificate-authority (and tls-server-name) of cluster &quot;%1&quot; in the kubeconfig.</source>
        <translation>El certificado del servidor no es de confianza: compruebe certificate-authority (y tls-server-name) del clúster «%1» en el kubeconfig.</translation>
    </message>
    <message>
        <source>Check that the API server %1 of context &quot;%2&quot; is running and reachable from here (network, VPN, proxy-url).</source>
        <translation>Compruebe que el servidor de API %1 del contexto «%2» está en marcha y es accesible desde aquí (red, VPN, proxy-url).</translation>
    </message>
    <message>
        <source>The server did not accept the credentials of user &quot;%1&quot; (context &quot;%2&quot;): renew the token or client certificate in the kubeconfig, or choose another context with --context.</source>
        <translation>El servidor no aceptó las credenciales del usuario «%1» (contexto «%2»): renueve el token o el certificado de cliente en el kubeconfig, o elija otro contexto con --context.</translation>
    </message>
    <message>
        <source>User %1 may not read %2: ask a cluster administrator for get/list rights on cstor.openebs.io, or choose another context with --context or namespace with -n.</source>
        <translation>El usuario %1 no puede leer %2: pida a un administrador del clúster permisos get/list sobre cstor.openebs.io, o elija otro contexto con --context u otro namespace con -n.</translation>
    </message>
    <message>
        <source>The cluster does not serve %1: are the cStor operators (CRDs of cstor.openebs.io) installed?</source>
        <translation>El clúster no sirve %1: ¿están instalados los operadores de cStor (CRD de cstor.openebs.io)?</translation>
    </message>
    <message>
        <source>The API server is throttling requests; try again later.</source>
        <translation>El servidor de API está limitando las peticiones; inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The API server failed; try again later, or ask a cluster administrator to look at its logs.</source>
        <translation>El servidor de API falló; inténtelo más tarde o pida a un administrador del clúster que revise sus registros.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>The API server %1 did not answer in time: give it longer with --request-timeout (0 for no deadline), or check its load.</source>
        <translation>El servidor de API %1 no respondió a tiempo: dele más tiempo con --request-timeout (0 para ningún límite) o compruebe su carga.</translation>
    </message>
    <message>
        <source>The answer is larger than this client accepts: check that %1 is the Kubernetes API server of context &quot;%2&quot; (not a proxy that answers something else).</source>
        <translation>La respuesta es mayor de lo que este cliente acepta: compruebe que %1 es el servidor de API de Kubernetes del contexto &quot;%2&quot; (no un proxy que responde otra cosa).</translation>
    </message>
    <message>
        <source>The list does not end: check that %1 is the Kubernetes API server of context &quot;%2&quot; (not a proxy that answers something else).</source>
        <translation>La lista no termina: compruebe que %1 es el servidor de API de Kubernetes del contexto &quot;%2&quot; (no un proxy que responde otra cosa).</translation>
    </message>
</context>
<context>
    <name>Sim::DemoCluster</name>
    <message>
        <source>Cannot create a temporary directory for the demo cluster&apos;s kubeconfig.</source>
        <translation>No se puede crear un directorio temporal para el kubeconfig del clúster de demostración.</translation>
    </message>
    <message>
        <source>The demo scenario cannot be loaded: %1</source>
        <translation>No se puede cargar el escenario de demostración: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;: %3</source>
        <translation>aviso: se omite %1 «%2»: %3</translation>
    </message>
    <message>
        <source>%1 in namespace &quot;%2&quot;</source>
        <translation>%1 en el namespace «%2»</translation>
    </message>
    <message>
        <source>warning: events not read, the rules that read them are skipped: %1</source>
        <translation>aviso: no se leyeron los eventos, se omiten las reglas que los leen: %1</translation>
    </message>
    <message>
        <source>events in namespace &quot;%1&quot;</source>
        <translation>eventos en el namespace «%1»</translation>
    </message>
    <message>
        <source>the user may not list %1 (403 Forbidden)</source>
        <translation>el usuario no puede listar %1 (403 Forbidden)</translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <source>Time (min:s)</source>
        <translation>Tiempo (min:s)</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>Tiempo (min)</translation>
    </message>
    <message>
        <source>Time (h)</source>
        <translation>Tiempo (h)</translation>
    </message>
    <message>
        <source>Time (days)</source>
        <translation>Tiempo (días)</translation>
    </message>
</context>
<context>
    <name>Ui::CapacityChart</name>
    <message>
        <source>Pool capacity used</source>
        <translation>Capacidad usada de los pools</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>Usado (%)</translation>
    </message>
    <message>
        <source>Keep History Between Runs</source>
        <translation>Conservar el historial entre ejecuciones</translation>
    </message>
    <message>
        <source>Save each cluster&apos;s capacity history when the console closes and show it again next time.</source>
        <translation>Guardar el historial de capacidad de cada clúster al cerrar la consola y mostrarlo de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>Each pool&apos;s used capacity; pools above %1 % are drawn thick and red.</source>
        <translation>Capacidad usada de cada pool; los pools por encima del %1 % se dibujan gruesos y en rojo.</translation>
    </message>
    <message>
        <source>Before 0: earlier runs of the console.</source>
        <translation>Antes de 0: ejecuciones anteriores de la consola.</translation>
    </message>
    <message>
        <source>others</source>
        <translation>otros</translation>
    </message>
    <message>
        <source>cluster total</source>
        <translation>total del clúster</translation>
    </message>
    <message>
        <source>%1 (above %2 %)</source>
        <translation>%1 (por encima del %2 %)</translation>
    </message>
    <message>
        <source>No pool capacity sampled yet.</source>
        <translation>Todavía no se ha medido la capacidad de ningún pool.</translation>
    </message>
    <message>
        <source>%1 %2 % used</source>
        <translation>%1 %2 % usado</translation>
    </message>
    <message>
        <source> (above the %1 % threshold)</source>
        <translation> (por encima del umbral del %1 %)</translation>
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
        <translation>El más lleno: %1.</translation>
    </message>
    <message>
        <source>All pools together: %1 % used.</source>
        <translation>Todos los pools juntos: %1 % usado.</translation>
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
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Used before</source>
        <translation>Usado antes</translation>
    </message>
    <message>
        <source>Used after</source>
        <translation>Usado después</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Capacity before and after</source>
        <translation>Capacidad antes y después</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source> — at or above the %1% read-only threshold</source>
        <translation> — en o por encima del umbral de solo lectura del %1 %</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>(no forecast)</source>
        <translation>(sin previsión)</translation>
    </message>
</context>
<context>
    <name>Ui::ChartPanel</name>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Rebuild progress</source>
        <translation>Progreso de la reconstrucción</translation>
    </message>
    <message>
        <source>Pool capacity</source>
        <translation>Capacidad de los pools</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>Progreso del plan</translation>
    </message>
    <message>
        <source>Capacity forecast</source>
        <translation>Previsión de capacidad</translation>
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
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Exportar los datos del gráfico como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
</context>
<context>
    <name>Ui::ClusterConnection</name>
    <message>
        <source>No kubeconfig found (looked in %1).</source>
        <translation>No se encontró ningún kubeconfig (buscado en %1).</translation>
    </message>
    <message>
        <source>Cannot tell whether you may change volumes: %1</source>
        <translation>No se puede saber si puede modificar volúmenes: %1</translation>
    </message>
    <message>
        <source>Your user may not patch cstorvolumeconfigs in namespace %1, so replicas cannot be moved.</source>
        <translation>Su usuario no puede hacer patch de cstorvolumeconfigs en el namespace %1, así que no se pueden mover réplicas.</translation>
    </message>
</context>
<context>
    <name>Ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Type a command, or a node, pool or volume name</source>
        <translation>Escriba un comando, o el nombre de un nodo, pool o volumen</translation>
    </message>
    <message>
        <source>Command or name</source>
        <translation>Comando o nombre</translation>
    </message>
    <message>
        <source>Matching commands and objects</source>
        <translation>Comandos y objetos que coinciden</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>No disponible ahora</translation>
    </message>
    <message>
        <source>Not available now: %1</source>
        <translation>No disponible ahora: %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
</context>
<context>
    <name>Ui::ConnectionIndicator</name>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Listing the cluster&apos;s cStor objects.</source>
        <translation>Listando los objetos cStor del clúster.</translation>
    </message>
    <message>
        <source>Stale · last event %1</source>
        <translation>Desactualizado · último evento %1</translation>
    </message>
    <message>
        <source>The watch is open but nothing has arrived for a while; what you see may be out of date.</source>
        <translation>El watch está abierto pero no llega nada desde hace un rato; lo que ve puede estar desactualizado.</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>En vivo · %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Watching the cluster: changes appear as they happen.</source>
        <translation>Vigilando el clúster: los cambios aparecen en cuanto ocurren.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>The connection dropped; retrying.</source>
        <translation>Se perdió la conexión; reintentando.</translation>
    </message>
    <message>
        <source>The connection dropped (%1); retrying.</source>
        <translation>Se perdió la conexión (%1); reintentando.</translation>
    </message>
    <message>
        <source>Last event %1.</source>
        <translation>Último evento %1.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>Ui::DetailsPanel</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Object fields</source>
        <translation>Campos del objeto</translation>
    </message>
    <message>
        <source>Select a node, pool, replica or volume in the topology or a table to see its fields and events here.</source>
        <translation>Seleccione un nodo, pool, réplica o volumen en la topología o en una tabla para ver aquí sus campos y eventos.</translation>
    </message>
    <message>
        <source>Pool %1 on %2</source>
        <translation>Pool %1 en %2</translation>
    </message>
    <message>
        <source>Replica of %1 on %2</source>
        <translation>Réplica de %1 en %2</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Volumen %1</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Nodo %1</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>%1 is gone from the cluster</source>
        <translation>%1 ya no está en el clúster</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Eventos (%1)</translation>
    </message>
    <message>
        <source>Volume %1 (claim %2)</source>
        <translation>Volumen %1 (claim %2)</translation>
    </message>
</context>
<context>
    <name>Ui::DiskReplacementDialog</name>
    <message>
        <source>Replace failed disk of pool %1</source>
        <translation>Sustituir el disco averiado del pool %1</translation>
    </message>
    <message>
        <source>Disk to put in its place</source>
        <translation>Disco que poner en su lugar</translation>
    </message>
    <message>
        <source>&amp;Put in its place:</source>
        <translation>&amp;Poner en su lugar:</translation>
    </message>
    <message>
        <source>Replace disk</source>
        <translation>Sustituir disco</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replaced&lt;/b&gt;: pool %1 is ONLINE.</source>
        <translation>&lt;b&gt;Sustituido&lt;/b&gt;: el pool %1 está ONLINE.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The replacement did not finish&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;La sustitución no terminó&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A %1 pool on node %2, in CStorPoolCluster %3. Failed disks: %4.</source>
        <translation>Un pool %1 en el nodo %2, en el CStorPoolCluster %3. Discos averiados: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&lt;b&gt;No such pool&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;No existe ese pool&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is %2&lt;/b&gt;: %3.</source>
        <translation>&lt;b&gt;El pool %1 está %2&lt;/b&gt;: %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is resilvering a replaced disk&lt;/b&gt;; following it.</source>
        <translation>&lt;b&gt;El pool %1 está haciendo el resilver de un disco sustituido&lt;/b&gt;; se sigue.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The disk of pool %1 cannot be replaced&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;El disco del pool %1 no se puede sustituir&lt;/b&gt;: %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disk %1 of pool %2 has failed&lt;/b&gt; (the pool is %3). Put an unclaimed disk of node %4 in its place: the CSPC operator adds it to the pool, which resilvers it while its replicas keep serving.</source>
        <translation>&lt;b&gt;El disco %1 del pool %2 ha fallado&lt;/b&gt; (el pool está %3). Ponga un disco no reclamado del nodo %4 en su lugar: el operador CSPC lo añade al pool, que hace su resilver mientras sus réplicas siguen sirviendo.</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (a JSON patch that first tests the old name):
%2</source>
        <translation>La edición del CStorPoolCluster %1 (un parche JSON que primero comprueba el nombre antiguo):
%2</translation>
    </message>
    <message>
        <source>Edit the CStorPoolCluster and follow the resilver</source>
        <translation>Editar el CStorPoolCluster y seguir el resilver</translation>
    </message>
</context>
<context>
    <name>Ui::DurationLabel</name>
    <message>
        <source>Estimated duration</source>
        <translation>Duración estimada</translation>
    </message>
    <message>
        <source>Estimated duration: working it out…</source>
        <translation>Duración estimada: calculando…</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Estimated duration: about %1 at %2 MiB/s measured on this cluster</source>
        <translation>Duración estimada: unos %1 a %2 MiB/s medidos en este clúster</translation>
    </message>
    <message numerus="yes">
        <source>The moves scheduled within the caps, each at the throughput of the last %n move(s) this console ran on this cluster (the volume&apos;s data over the time from adding the target pool to the move&apos;s end)</source>
        <translation>
            <numerusform>Los traslados programados dentro de los límites, cada uno al rendimiento del último traslado (%n) que esta consola hizo en este clúster (los datos del volumen entre el tiempo desde que se añadió el pool de destino hasta el final del traslado)</numerusform>
            <numerusform>Los traslados programados dentro de los límites, cada uno al rendimiento de los últimos %n traslados que esta consola hizo en este clúster (los datos del volumen entre el tiempo desde que se añadió el pool de destino hasta el final del traslado)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration: about %1 at the default %2 MiB/s: no move measured yet</source>
        <translation>Duración estimada: unos %1 a los %2 MiB/s por defecto: aún no se ha medido ningún traslado</translation>
    </message>
    <message>
        <source>The moves scheduled within the caps, each at an assumed throughput: this console has not finished a move on this cluster yet</source>
        <translation>Los traslados programados dentro de los límites, cada uno a un rendimiento supuesto: esta consola aún no ha terminado ningún traslado en este clúster</translation>
    </message>
</context>
<context>
    <name>Ui::EvacuateDialog</name>
    <message>
        <source>Evacuate nodes or pools</source>
        <translation>Evacuar nodos o pools</translation>
    </message>
    <message>
        <source>Tick the nodes to empty (every pool on them) or single pools. Each replica there moves to the pool of its pool cluster with the most free space, never beside another replica of its volume, never past a read-only threshold.</source>
        <translation>Marque los nodos que vaciar (todos sus pools) o pools sueltos. Cada réplica que haya allí se mueve al pool de su pool cluster con más espacio libre, nunca junto a otra réplica de su volumen, nunca más allá de un umbral de solo lectura.</translation>
    </message>
    <message>
        <source>Replicas with nowhere to go</source>
        <translation>Réplicas sin adónde ir</translation>
    </message>
    <message>
        <source>Show plan…</source>
        <translation>Mostrar plan…</translation>
    </message>
    <message>
        <source>The moves with their checks, each pool&apos;s capacity before and after, and the server&apos;s dry run, before anything changes</source>
        <translation>Los traslados con sus comprobaciones, la capacidad de cada pool antes y después, y la simulación del servidor, antes de cambiar nada</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Aún no hay nada marcado.</translation>
    </message>
    <message>
        <source>%1 hold(s) no replicas: nothing to move.</source>
        <translation>%1: no hay réplicas: nada que mover.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n replica(s) to move, %2 to copy.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n réplica que mover, %2 que copiar.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n réplicas que mover, %2 que copiar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) have nowhere to go; nothing can start until they do.</source>
        <translation>
            <numerusform>%n réplica no tiene adónde ir; nada puede empezar hasta que lo tenga.</numerusform>
            <numerusform>%n réplicas no tienen adónde ir; nada puede empezar hasta que lo tengan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planificando…</translation>
    </message>
</context>
<context>
    <name>Ui::ExecTrustDialog</name>
    <message>
        <source>Run a credential plugin?</source>
        <translation>¿Ejecutar un plugin de credenciales?</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; signs in by running a program named in its kubeconfig. Run it only if you trust where this kubeconfig comes from.</source>
        <translation>El contexto «%1» inicia sesión ejecutando un programa indicado en su kubeconfig. Ejecútelo solo si confía en la procedencia de este kubeconfig.</translation>
    </message>
    <message>
        <source>Program: %1
Kubeconfig: %2</source>
        <translation>Programa: %1
Kubeconfig: %2</translation>
    </message>
    <message>
        <source>Trust and Run</source>
        <translation>Confiar y ejecutar</translation>
    </message>
</context>
<context>
    <name>Ui::FollowDisksDialog</name>
    <message>
        <source>Follow the moved disks of pool %1</source>
        <translation>Seguir los discos movidos del pool %1</translation>
    </message>
    <message>
        <source>Point the pool there</source>
        <translation>Apuntar el pool allí</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pool is not back yet&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;El pool aún no ha vuelto&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Node %1, CStorPoolCluster %2, %3. Disks: %4.</source>
        <translation>Nodo %1, CStorPoolCluster %2, %3. Discos: %4.</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>sin estado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&lt;b&gt;No such pool&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;No existe ese pool&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;Nada que hacer&lt;/b&gt;: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is being pointed at node %2&lt;/b&gt;; following it.</source>
        <translation>&lt;b&gt;El pool %1 se está apuntando al nodo %2&lt;/b&gt;; se sigue.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 cannot follow its disks&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;El pool %1 no puede seguir a sus discos&lt;/b&gt;: %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The disks of pool %1 are on node %2 now&lt;/b&gt;, its spec still names node %3. Point it at %2: the CSPC operator moves the pool&apos;s pod there, the pool is imported and its replicas serve again.</source>
        <translation>&lt;b&gt;Los discos del pool %1 están ahora en el nodo %2&lt;/b&gt;, su especificación aún nombra el nodo %3. Apuntarlo a %2: el operador CSPC mueve allí el pod del pool, el pool se importa y sus réplicas vuelven a servir.</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (a JSON patch that first tests the old node):
%2</source>
        <translation>El cambio del CStorPoolCluster %1 (un parche JSON que primero comprueba el nodo antiguo):
%2</translation>
    </message>
    <message>
        <source>Edit the CStorPoolCluster and follow the pool to its new node</source>
        <translation>Cambiar el CStorPoolCluster y seguir el pool hasta su nuevo nodo</translation>
    </message>
    <message>
        <source>In the same edit (the webhook refuses any edit while a pool spec names a gone node):</source>
        <translation>En la misma edición (el webhook rechaza cualquier edición mientras una especificación de pool nombre un nodo desaparecido):</translation>
    </message>
    <message>
        <source>pool %1 from gone node %2 to node %3, where its disks are</source>
        <translation>el pool %1 del nodo desaparecido %2 al nodo %3, donde están sus discos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;De vuelta&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Point the pools there</source>
        <translation>Apuntar los pools allí</translation>
    </message>
</context>
<context>
    <name>Ui::ForecastChart</name>
    <message>
        <source>Pool capacity forecast</source>
        <translation>Previsión de capacidad de los pools</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>Usado (%)</translation>
    </message>
    <message>
        <source>Forecast horizon</source>
        <translation>Horizonte de previsión</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Próximo %n día</numerusform>
            <numerusform>Próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Pools forecast</source>
        <translation>Pools previstos</translation>
    </message>
    <message numerus="yes">
        <source>The %n soonest read-only</source>
        <translation>
            <numerusform>El %n primero en pasar a solo lectura</numerusform>
            <numerusform>Los %n primeros en pasar a solo lectura</numerusform>
        </translation>
    </message>
    <message>
        <source>80 %</source>
        <translation>80 %</translation>
    </message>
    <message>
        <source>read-only at %1 %</source>
        <translation>de solo lectura al %1 %</translation>
    </message>
    <message>
        <source>No forecast: %1. The Pool capacity tab shows what this console has seen since it started.</source>
        <translation>Sin previsión: %1. La pestaña Capacidad de los pools muestra lo que esta consola ha visto desde que se inició.</translation>
    </message>
    <message>
        <source>No forecast for %1: %2.</source>
        <translation>Sin previsión para %1: %2.</translation>
    </message>
    <message>
        <source>The forecast comes from the history the cluster&apos;s Prometheus keeps, once the cluster is shown.</source>
        <translation>La previsión sale del historial que guarda el Prometheus del clúster, una vez que se muestra el clúster.</translation>
    </message>
    <message>
        <source>%1 is at its read-only threshold (%2 %).</source>
        <translation>%1 está en su umbral de solo lectura (%2 %).</translation>
    </message>
    <message>
        <source>%1 goes read-only (%2 %) in ~%3 days (%4–%5).</source>
        <translation>%1 pasa a ser de solo lectura (%2 %) en ~%3 días (%4–%5).</translation>
    </message>
    <message>
        <source>%1 is not growing.</source>
        <translation>%1 no está creciendo.</translation>
    </message>
    <message>
        <source>%1 Growth %2 a day over %3 days of history from %4 (%5).</source>
        <translation>%1 Crecimiento de %2 al día en %3 días de historial de %4 (%5).</translation>
    </message>
    <message>
        <source>Not from Prometheus: %1.</source>
        <translation>No de Prometheus: %1.</translation>
    </message>
</context>
<context>
    <name>Ui::HealthPanel</name>
    <message>
        <source>Health findings</source>
        <translation>Hallazgos de salud</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Detalles del hallazgo</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Sin conexión con un clúster.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n crítico</numerusform>
            <numerusform>%n críticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Riesgo:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Solución:</translation>
    </message>
    <message>
        <source>See it with kubectl:</source>
        <translation>Verlo con kubectl:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
    <message>
        <source>Reading the cluster…</source>
        <translation>Leyendo el clúster…</translation>
    </message>
    <message>
        <source>Recover volume…</source>
        <translation>Recuperar volumen…</translation>
    </message>
    <message>
        <source>Recovery applies to a volume with a stuck move or a replica lost on the way.</source>
        <translation>La recuperación se aplica a un volumen con un movimiento atascado o una réplica perdida por el camino.</translation>
    </message>
    <message>
        <source>Shows what is wrong with volume %1 and the steps that bring it back, then takes them on your word.</source>
        <translation>Muestra qué le pasa al volumen %1 y los pasos que lo recuperan, y los da cuando usted lo indique.</translation>
    </message>
    <message>
        <source>Recover lost node…</source>
        <translation>Recuperar el nodo perdido…</translation>
    </message>
    <message>
        <source>Shows what happens to each volume with a replica on the lost node, and replaces those replicas from their Healthy copies</source>
        <translation>Muestra qué ocurre con cada volumen con una réplica en el nodo perdido, y reemplaza esas réplicas a partir de sus copias Healthy</translation>
    </message>
    <message>
        <source>Replace failed disk…</source>
        <translation>Sustituir el disco averiado…</translation>
    </message>
    <message>
        <source>Shows the pool&apos;s failed disk and the unclaimed disks of its node that can take its place, then replaces it and follows the resilver</source>
        <translation>Muestra el disco averiado del pool y los discos no reclamados de su nodo que pueden ocupar su lugar; después lo sustituye y sigue el resilver</translation>
    </message>
    <message>
        <source>Follow moved disks…</source>
        <translation>Seguir discos movidos…</translation>
    </message>
    <message>
        <source>When the pool&apos;s disks now sit on another node (its node was replaced, or the disks were moved): shows where they are and points the pool there</source>
        <translation>Cuando los discos del pool están ahora en otro nodo (su nodo se sustituyó, o los discos se movieron): muestra dónde están y apunta el pool allí</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Warn of read-only within </source>
        <translation>Avisar de solo lectura en </translation>
    </message>
    <message>
        <source>Warn of pools going read-only within</source>
        <translation>Avisar de pools que pasan a solo lectura en</translation>
    </message>
    <message>
        <source>The doctor warns of pools that their capacity forecast (from the cluster&apos;s Prometheus) puts at their read-only threshold within this many days.</source>
        <translation>El doctor avisa de los pools que su previsión de capacidad (del Prometheus del clúster) sitúa en su umbral de solo lectura dentro de este número de días.</translation>
    </message>
</context>
<context>
    <name>Ui::IoChart</name>
    <message>
        <source>I/O over time</source>
        <translation>I/O a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Operations a second</source>
        <translation>Operaciones por segundo</translation>
    </message>
    <message>
        <source>Pool or volume whose I/O is shown</source>
        <translation>Pool o volumen cuya I/O se muestra</translation>
    </message>
    <message>
        <source>Pool or volume…</source>
        <translation>Pool o volumen…</translation>
    </message>
    <message>
        <source>I/O window</source>
        <translation>Periodo de I/O</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Throughput (%1)</source>
        <translation>Rendimiento (%1)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Operations a second (right)</source>
        <translation>Operaciones por segundo (derecha)</translation>
    </message>
    <message>
        <source>The I/O comes from the cluster&apos;s Prometheus, once the cluster is shown.</source>
        <translation>La I/O viene del Prometheus del clúster, una vez mostrado el clúster.</translation>
    </message>
    <message>
        <source>No I/O: %1.</source>
        <translation>Sin I/O: %1.</translation>
    </message>
    <message>
        <source>Type a pool or a volume to see its I/O.</source>
        <translation>Escriba un pool o un volumen para ver su I/O.</translation>
    </message>
    <message>
        <source>Pool %1</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Volumen %1</translation>
    </message>
    <message>
        <source>%1: asking Prometheus %2…</source>
        <translation>%1: consultando Prometheus %2…</translation>
    </message>
    <message>
        <source>%1: no I/O: %2.</source>
        <translation>%1: sin I/O: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: Prometheus %2 has no I/O of it over the last %n day(s).</source>
        <translation>
            <numerusform>%1: Prometheus %2 no tiene I/O suya en el último %n día.</numerusform>
            <numerusform>%1: Prometheus %2 no tiene I/O suya en los últimos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over the last %n day(s): read %2 (peak %3), write %4 (peak %5), %6 operations a second (peak %7).</source>
        <translation>
            <numerusform>%1 en el último %n día: lectura %2 (pico %3), escritura %4 (pico %5), %6 operaciones por segundo (pico %7).</numerusform>
            <numerusform>%1 en los últimos %n días: lectura %2 (pico %3), escritura %4 (pico %5), %6 operaciones por segundo (pico %7).</numerusform>
        </translation>
    </message>
    <message>
        <source>Busiest volumes now: %1.</source>
        <translation>Volúmenes más activos ahora: %1.</translation>
    </message>
</context>
<context>
    <name>Ui::LostNodeDialog</name>
    <message>
        <source>Recover lost node %1</source>
        <translation>Recuperar el nodo perdido %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Node %1 is lost&lt;/b&gt;: %2.&lt;br&gt;Its replicas cannot be moved off, only replaced: each volume that keeps a Healthy replica on another node gets a new replica, rebuilt from it, and then the lost one leaves the volume. A volume with no Healthy replica left is reported, never changed.</source>
        <translation>&lt;b&gt;El nodo %1 está perdido&lt;/b&gt;: %2.&lt;br&gt;Sus réplicas no se pueden mover, solo reemplazar: cada volumen que conserva una réplica Healthy en otro nodo recibe una réplica nueva, reconstruida a partir de ella, y luego la perdida deja el volumen. Un volumen sin réplica Healthy se informa, nunca se cambia.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Replica on</source>
        <translation>Réplica en</translation>
    </message>
    <message>
        <source>Healthy elsewhere</source>
        <translation>Healthy en otro lugar</translation>
    </message>
    <message>
        <source>What the console does</source>
        <translation>Qué hace la consola</translation>
    </message>
    <message>
        <source>Volumes with a replica on the lost node</source>
        <translation>Volúmenes con una réplica en el nodo perdido</translation>
    </message>
    <message>
        <source>&amp;Volumes with a replica there</source>
        <translation>&amp;Volúmenes con una réplica allí</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n replica(s)…</source>
        <translation>
            <numerusform>Reemplazar %n réplica…</numerusform>
            <numerusform>Reemplazar %n réplicas…</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume can get a new replica now</source>
        <translation>Ningún volumen puede recibir una réplica nueva ahora</translation>
    </message>
    <message>
        <source>Plan the new replicas: checks, capacity and the server&apos;s dry run before anything changes</source>
        <translation>Planificar las réplicas nuevas: comprobaciones, capacidad y la simulación del servidor antes de cambiar nada</translation>
    </message>
    <message>
        <source>Steps that remove the dead pool</source>
        <translation>Pasos que retiran el pool muerto</translation>
    </message>
    <message>
        <source>No volume uses the pools of %1 any more. If the node is gone for good (if it comes back, its pools still hold these datasets), remove the dead pool by hand:</source>
        <translation>Ningún volumen usa ya los pools de %1. Si el nodo se fue para siempre (si vuelve, sus pools aún contienen esos datasets), retire el pool muerto a mano:</translation>
    </message>
    <message>
        <source>Copy steps</source>
        <translation>Copiar los pasos</translation>
    </message>
    <message>
        <source>New replica on %1</source>
        <translation>Réplica nueva en %1</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Esperar</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin espacio</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Sin quórum</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No volume counts on a replica there.</source>
        <translation>Ningún volumen cuenta con una réplica allí.</translation>
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
        <translation>El token de %1 se guarda en su llavero.</translation>
    </message>
    <message>
        <source>The token for %1 is used for this session only: %2</source>
        <translation>El token de %1 solo se usa en esta sesión: %2</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Lock: when on, nothing in this window can change the cluster</source>
        <translation>Bloqueo: activado, nada en esta ventana puede cambiar el clúster</translation>
    </message>
    <message>
        <source>Read-only (locked)</source>
        <translation>Solo lectura (bloqueado)</translation>
    </message>
    <message>
        <source>Move replica to…</source>
        <translation>Mover réplica a…</translation>
    </message>
    <message>
        <source>Drain node…</source>
        <translation>Vaciar nodo…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=, or the mouse wheel)</source>
        <translation>Acercar (Ctrl+=, o la rueda del ratón)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, or the mouse wheel)</source>
        <translation>Alejar (Ctrl+-, o la rueda del ratón)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Show every node (Ctrl+0)</source>
        <translation>Mostrar todos los nodos (Ctrl+0)</translation>
    </message>
    <message>
        <source>Open kubeconfig…</source>
        <translation>Abrir kubeconfig…</translation>
    </message>
    <message>
        <source>Open demo cluster</source>
        <translation>Abrir el clúster de demostración</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Contexto:</translation>
    </message>
    <message>
        <source>Kubeconfig context</source>
        <translation>Contexto del kubeconfig</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Namespace:</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (usually openebs)</source>
        <translation>El namespace en el que se ejecuta cStor (normalmente openebs)</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;cciones</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Applies when the console is started again</source>
        <translation>Se aplica al volver a iniciar la consola</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language changes when the console is started again.</source>
        <translation>El idioma cambiará al volver a iniciar la consola.</translation>
    </message>
    <message>
        <source>Filter pools, e.g. node2 or ONLINE</source>
        <translation>Filtrar pools, p. ej. node2 u ONLINE</translation>
    </message>
    <message>
        <source>Filter replicas, e.g. a volume, pool, node or phase</source>
        <translation>Filtrar réplicas, p. ej. por volumen, pool, nodo o fase</translation>
    </message>
    <message>
        <source>Filter volumes, e.g. pvc-d1b2 or Degraded</source>
        <translation>Filtrar volúmenes, p. ej. pvc-d1b2 o Degraded</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>Filtrar nodos</translation>
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
        <translation>Volúmenes</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Pools table</source>
        <translation>Tabla de pools</translation>
    </message>
    <message>
        <source>Replicas table</source>
        <translation>Tabla de réplicas</translation>
    </message>
    <message>
        <source>Volumes table</source>
        <translation>Tabla de volúmenes</translation>
    </message>
    <message>
        <source>Nodes table</source>
        <translation>Tabla de nodos</translation>
    </message>
    <message>
        <source>Simulated cluster (demo) — changes affect only this simulation</source>
        <translation>Clúster simulado (demo): los cambios solo afectan a esta simulación</translation>
    </message>
    <message>
        <source>The API server&apos;s certificate is not verified (insecure-skip-tls-verify in the kubeconfig): anyone on the network path could read or change what you see and do.</source>
        <translation>El certificado del servidor de API no se verifica (insecure-skip-tls-verify en el kubeconfig): cualquiera en la ruta de red podría leer o cambiar lo que ve y hace.</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Advertencia de seguridad</translation>
    </message>
    <message>
        <source>Demo cluster notice</source>
        <translation>Aviso del clúster de demostración</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migraciones</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Cluster summary</source>
        <translation>Resumen del clúster</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>Cluster: %1
User: %2
Namespace: %3</source>
        <translation>Clúster: %1
Usuario: %2
Namespace: %3</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>No kubeconfig context</source>
        <translation>Ningún contexto de kubeconfig</translation>
    </message>
    <message>
        <source>%1 — cStor Console</source>
        <translation>%1 — cStor Console</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Choose another context</source>
        <translation>Elegir otro contexto</translation>
    </message>
    <message>
        <source>This kubeconfig cannot be used</source>
        <translation>Este kubeconfig no se puede usar</translation>
    </message>
    <message>
        <source>The kubeconfig or the context could not be read. Check the file with &lt;tt&gt;kubectl config view&lt;/tt&gt;, or choose another one.</source>
        <translation>No se pudo leer el kubeconfig o el contexto. Compruebe el archivo con &lt;tt&gt;kubectl config view&lt;/tt&gt; o elija otro.</translation>
    </message>
    <message>
        <source>Choose kubeconfig file…</source>
        <translation>Elegir archivo kubeconfig…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Listing the cStor pools, volumes and replicas in namespace &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Listando los pools, volúmenes y réplicas de cStor en el namespace &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>No cStor in this cluster</source>
        <translation>No hay cStor en este clúster</translation>
    </message>
    <message>
        <source>The cluster of context &lt;b&gt;%1&lt;/b&gt; does not serve the cStor resources (cstor.openebs.io). Install OpenEBS cStor there, or choose the context of a cluster that runs it.</source>
        <translation>El clúster del contexto &lt;b&gt;%1&lt;/b&gt; no sirve los recursos de cStor (cstor.openebs.io). Instale allí OpenEBS cStor o elija el contexto de un clúster que lo ejecute.</translation>
    </message>
    <message>
        <source>The cluster refused your credentials</source>
        <translation>El clúster rechazó sus credenciales</translation>
    </message>
    <message>
        <source>The API server of context &lt;b&gt;%1&lt;/b&gt; answered 401 Unauthorized: the kubeconfig&apos;s credentials for user &lt;b&gt;%2&lt;/b&gt; are missing, wrong or expired. Renew them (for example with your cloud&apos;s login command), or use a token: it is kept in your desktop keychain, never in a file.</source>
        <translation>El servidor de API del contexto &lt;b&gt;%1&lt;/b&gt; respondió 401 Unauthorized: las credenciales del kubeconfig para el usuario &lt;b&gt;%2&lt;/b&gt; faltan, son incorrectas o han caducado. Renuévelas (por ejemplo con el comando de inicio de sesión de su nube) o use un token: se guarda en el llavero de su escritorio, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Use a token…</source>
        <translation>Usar un token…</translation>
    </message>
    <message>
        <source>No permission to list cStor objects</source>
        <translation>Sin permiso para listar objetos cStor</translation>
    </message>
    <message>
        <source>Your user in context &lt;b&gt;%1&lt;/b&gt; may not list the cStor pools, volumes and replicas in namespace &lt;b&gt;%2&lt;/b&gt;. Ask your cluster administrator for get, list and watch on cstor.openebs.io resources and events there, or choose another namespace or context.</source>
        <translation>Su usuario en el contexto &lt;b&gt;%1&lt;/b&gt; no puede listar los pools, volúmenes y réplicas de cStor en el namespace &lt;b&gt;%2&lt;/b&gt;. Pida al administrador del clúster permisos get, list y watch sobre los recursos de cstor.openebs.io y los eventos allí, o elija otro namespace o contexto.</translation>
    </message>
    <message>
        <source>Cannot reach the cluster</source>
        <translation>No se puede contactar con el clúster</translation>
    </message>
    <message>
        <source>The API server of context &lt;b&gt;%1&lt;/b&gt; does not answer. Check your network or VPN and that the cluster is running; the console keeps retrying.</source>
        <translation>El servidor de API del contexto &lt;b&gt;%1&lt;/b&gt; no responde. Compruebe su red o VPN y que el clúster esté en marcha; la consola sigue reintentando.</translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation>Token para %1</translation>
    </message>
    <message>
        <source>Bearer token for context %1 (kept in your desktop keychain, never in a file):</source>
        <translation>Token bearer para el contexto %1 (se guarda en el llavero de su escritorio, nunca en un archivo):</translation>
    </message>
    <message>
        <source>Choose kubeconfig file</source>
        <translation>Elegir archivo kubeconfig</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Sin conexión con un clúster.</translation>
    </message>
    <message>
        <source>The read-only lock is on; unlock it in the toolbar to make changes.</source>
        <translation>El bloqueo de solo lectura está activo; desbloquéelo en la barra de herramientas para hacer cambios.</translation>
    </message>
    <message>
        <source>Checking whether your user may change volume placement…</source>
        <translation>Comprobando si su usuario puede cambiar la ubicación de los volúmenes…</translation>
    </message>
    <message>
        <source>Select a replica in the topology or the replicas table, then move it.</source>
        <translation>Seleccione una réplica en la topología o en la tabla de réplicas y luego muévala.</translation>
    </message>
    <message>
        <source>Plan moving the selected replica to another pool</source>
        <translation>Planificar el traslado de la réplica seleccionada a otro pool</translation>
    </message>
    <message>
        <source>Select a node in the topology or the nodes table, then drain it.</source>
        <translation>Seleccione un nodo en la topología o en la tabla de nodos y luego vacíelo.</translation>
    </message>
    <message>
        <source>Plan moving every replica off %1</source>
        <translation>Planificar el traslado de todas las réplicas fuera de %1</translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>&amp;Topología</translation>
    </message>
    <message>
        <source>&amp;Pools table</source>
        <translation>Tabla de &amp;pools</translation>
    </message>
    <message>
        <source>&amp;Replicas table</source>
        <translation>Tabla de &amp;réplicas</translation>
    </message>
    <message>
        <source>&amp;Volumes table</source>
        <translation>Tabla de &amp;volúmenes</translation>
    </message>
    <message>
        <source>&amp;Nodes table</source>
        <translation>Tabla de &amp;nodos</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>&amp;Migrations</source>
        <translation>&amp;Migraciones</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Migration %1</source>
        <translation>Migración %1</translation>
    </message>
    <message>
        <source>Migration %1: %2</source>
        <translation>Migración %1: %2</translation>
    </message>
    <message>
        <source>The replica is gone.</source>
        <translation>La réplica ya no existe.</translation>
    </message>
    <message>
        <source>The replica is already on this pool.</source>
        <translation>La réplica ya está en este pool.</translation>
    </message>
    <message>
        <source>Nothing to move: the replica is gone.</source>
        <translation>Nada que mover: la réplica ya no existe.</translation>
    </message>
    <message>
        <source>Cannot drain %1: %2</source>
        <translation>No se puede vaciar %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no replicas.</source>
        <translation>%1 no contiene réplicas.</translation>
    </message>
    <message>
        <source>Move %1 from %2 to</source>
        <translation>Mover %1 de %2 a</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Plan this move</source>
        <translation>Planificar este traslado</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nodo</numerusform>
            <numerusform>%n nodos</numerusform>
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
            <numerusform>%n volumen</numerusform>
            <numerusform>%n volúmenes</numerusform>
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
        <translation>%1 de %2 usados (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n en reconstrucción</numerusform>
            <numerusform>%n en reconstrucción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n no sano</numerusform>
            <numerusform>%n no sanos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale node(s)</source>
        <translation>
            <numerusform>%n nodo desactualizado</numerusform>
            <numerusform>%n nodos desactualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read-only pool(s)</source>
        <translation>
            <numerusform>%n pool de solo lectura</numerusform>
            <numerusform>%n pools de solo lectura</numerusform>
        </translation>
    </message>
    <message>
        <source>Unhealthy: %1 pools, %2 volumes, %3 replicas (stale replicas count as unhealthy)</source>
        <translation>No sanos: %1 pools, %2 volúmenes, %3 réplicas (las réplicas desactualizadas cuentan como no sanas)</translation>
    </message>
    <message>
        <source>The credential plugin is not trusted yet</source>
        <translation>Aún no se confía en el plugin de credenciales</translation>
    </message>
    <message>
        <source>Context &lt;b&gt;%1&lt;/b&gt; signs in by running a program named in its kubeconfig. Nothing has been run. Review the program and trust it to connect, or choose another context.</source>
        <translation>El contexto &lt;b&gt;%1&lt;/b&gt; inicia sesión ejecutando un programa indicado en su kubeconfig. No se ha ejecutado nada. Revise el programa y confíe en él para conectar, o elija otro contexto.</translation>
    </message>
    <message>
        <source>Review Plugin…</source>
        <translation>Revisar plugin…</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Salud</translation>
    </message>
    <message>
        <source>Show what the doctor found (Alt+9)</source>
        <translation>Mostrar lo que encontró el doctor (Alt+9)</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Salud: %1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>List the whole cluster again from the server (Ctrl+R)</source>
        <translation>Volver a listar todo el clúster desde el servidor (Ctrl+R)</translation>
    </message>
    <message>
        <source>Listing the whole cluster again…</source>
        <translation>Volviendo a listar todo el clúster…</translation>
    </message>
    <message>
        <source>Listed again: what is shown is what the server said at %1.</source>
        <translation>Listado de nuevo: lo que se muestra es lo que dijo el servidor a las %1.</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Evacuate nodes or pools…</source>
        <translation>Evacuar nodos o pools…</translation>
    </message>
    <message>
        <source>Empty several nodes or pools as one plan of moves, run within caps you set</source>
        <translation>Vaciar varios nodos o pools como un único plan de traslados, ejecutado dentro de los límites que usted fije</translation>
    </message>
    <message>
        <source>Rebalance pools…</source>
        <translation>Reequilibrar pools…</translation>
    </message>
    <message>
        <source>Bring the used capacity of a pool cluster&apos;s pools within a few points of each other, as one plan of moves run within caps you set</source>
        <translation>Acercar a pocos puntos entre sí la capacidad usada de los pools de un pool cluster, como un único plan de traslados ejecutado dentro de los límites que usted fije</translation>
    </message>
    <message>
        <source>Objects not shown</source>
        <translation>Objetos no mostrados</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) of the cluster could not be read and are not shown as they are: %1</source>
        <translation>
            <numerusform>%n objeto del clúster no se pudo leer y no se muestra como es: %1</numerusform>
            <numerusform>%n objetos del clúster no se pudieron leer y no se muestran como son: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Paleta de comandos…</translation>
    </message>
    <message>
        <source>Run any command, or show a node, pool or volume, by typing part of its name (Ctrl+K)</source>
        <translation>Ejecutar cualquier comando, o mostrar un nodo, pool o volumen, escribiendo parte de su nombre (Ctrl+K)</translation>
    </message>
    <message>
        <source>Cluster&apos;s Prometheus…</source>
        <translation>Prometheus del clúster…</translation>
    </message>
    <message>
        <source>Name the Prometheus the capacity forecasts and I/O come from, for this context</source>
        <translation>Indicar el Prometheus del que salen las previsiones de capacidad y la I/O, para este contexto</translation>
    </message>
</context>
<context>
    <name>Ui::NodeItem</name>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n no sano</numerusform>
            <numerusform>%n no sanos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n en reconstrucción</numerusform>
            <numerusform>%n en reconstrucción</numerusform>
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
        <translation>DESACTUALIZADO</translation>
    </message>
    <message>
        <source>No cStor pool</source>
        <translation>Sin pool cStor</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>NO LISTO</translation>
    </message>
</context>
<context>
    <name>Ui::NodeLossDialog</name>
    <message>
        <source>If %1 is lost now</source>
        <translation>Si %1 se pierde ahora</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>Healthy left</source>
        <translation>Healthy restantes</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Reemplazo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Volumes with a replica on %1</source>
        <translation>Volúmenes con una réplica en %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Evacuate the node first (Actions ▸ Evacuate nodes or pools…) to take it down without losing anything.</source>
        <translation>No se cambió nada. Evacue primero el nodo (Acciones ▸ Evacuar nodos o pools…) para apagarlo sin perder nada.</translation>
    </message>
    <message>
        <source>Evacuate this node…</source>
        <translation>Evacuar este nodo…</translation>
    </message>
    <message>
        <source>Plan moving every replica off %1 first, each to a pool of its pool cluster on another node</source>
        <translation>Planificar primero el traslado de cada réplica de %1, cada una a un pool de su clúster de pools en otro nodo</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of the volume&apos;s %2 replica(s) stay Healthy on other live nodes; its target needs %3 to serve I/O</source>
        <translation>%1 de las %2 réplicas del volumen siguen Healthy en otros nodos vivos; su destino necesita %3 para servir E/S</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>Filtrar por nombre de nodo o de pool</translation>
    </message>
    <message>
        <source>Filter nodes and pools</source>
        <translation>Filtrar nodos y pools</translation>
    </message>
    <message>
        <source>Node / pool</source>
        <translation>Nodo / pool</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Nodes and pools to empty</source>
        <translation>Nodos y pools que vaciar</translation>
    </message>
    <message>
        <source>Nodes shown</source>
        <translation>Nodos mostrados</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nodo</numerusform>
            <numerusform>%n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s)</source>
        <translation>
            <numerusform>%1 de %n nodo</numerusform>
            <numerusform>%1 de %n nodos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::OperationsPanel</name>
    <message>
        <source>Migration queue</source>
        <translation>Cola de migraciones</translation>
    </message>
    <message>
        <source>Progress is estimated from the replicas&apos; used space.</source>
        <translation>El progreso se estima a partir del espacio usado de las réplicas.</translation>
    </message>
    <message>
        <source>Cancel move</source>
        <translation>Cancelar traslado</translation>
    </message>
    <message>
        <source>Move back…</source>
        <translation>Mover de vuelta…</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Cannot cancel</source>
        <translation>No se puede cancelar</translation>
    </message>
    <message>
        <source>Remove the new replica again and keep the source (before the old replica is removed)</source>
        <translation>Quitar de nuevo la réplica nueva y conservar la de origen (antes de que se quite la réplica antigua)</translation>
    </message>
    <message>
        <source>Plan the reverse move</source>
        <translation>Planificar el traslado inverso</translation>
    </message>
    <message>
        <source>No migrations yet: drag a replica onto another pool in the topology, or select it and press Ctrl+M.</source>
        <translation>Aún no hay migraciones: arrastre una réplica a otro pool en la topología, o selecciónela y pulse Ctrl+M.</translation>
    </message>
    <message>
        <source>Start sooner</source>
        <translation>Empezar antes</translation>
    </message>
    <message>
        <source>Start later</source>
        <translation>Empezar después</translation>
    </message>
    <message>
        <source>Cancel waiting…</source>
        <translation>Cancelar en espera…</translation>
    </message>
    <message>
        <source>About the progress</source>
        <translation>Acerca del progreso</translation>
    </message>
    <message>
        <source>Cancel waiting moves</source>
        <translation>Cancelar traslados en espera</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n move(s) that have not started?</source>
        <translation>
            <numerusform>¿Cancelar el %n traslado que no ha empezado?</numerusform>
            <numerusform>¿Cancelar los %n traslados que no han empezado?</numerusform>
        </translation>
    </message>
    <message>
        <source>Running moves go on to the end. The cancelled moves can be planned again later.</source>
        <translation>Los traslados en curso continúan hasta el final. Los traslados cancelados se pueden volver a planificar más tarde.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <source>Start the selected waiting move before the one ahead of it</source>
        <translation>Empezar el traslado en espera seleccionado antes que el anterior</translation>
    </message>
    <message>
        <source>Start the selected waiting move after the one behind it</source>
        <translation>Empezar el traslado en espera seleccionado después del siguiente</translation>
    </message>
    <message>
        <source>Cancel every move that has not started; running moves finish</source>
        <translation>Cancelar todos los traslados que no han empezado; los traslados en curso terminan</translation>
    </message>
    <message>
        <source>Moved by another console</source>
        <translation>Trasladado por otra consola</translation>
    </message>
    <message>
        <source>Moves run by other consoles</source>
        <translation>Traslados que ejecutan otras consolas</translation>
    </message>
    <message>
        <source>A move can be adopted once its console is silent: its process on this host is gone, or it has not renewed its record for %1.</source>
        <translation>Un traslado puede asumirse cuando su consola calla: su proceso en este host ha desaparecido, o no ha renovado su anotación en %1.</translation>
    </message>
    <message>
        <source>Adopt move…</source>
        <translation>Asumir el traslado…</translation>
    </message>
    <message>
        <source>Adopt move</source>
        <translation>Asumir el traslado</translation>
    </message>
    <message>
        <source>Finish this move here: wait for the new replica and the volume to be Healthy, then remove the old replica</source>
        <translation>Terminar este traslado aquí: esperar a que la réplica nueva y el volumen estén Healthy y luego eliminar la réplica antigua</translation>
    </message>
    <message>
        <source>Adopt the move of %1?</source>
        <translation>¿Asumir el traslado de %1?</translation>
    </message>
    <message>
        <source>%1

This console then finishes the move: it waits until the new replica on %2 and the volume are Healthy, then removes the old replica on %3 (a move that was rolling back is rolled back). If the other console comes back, it leaves the move to this one.</source>
        <translation>%1

Esta consola termina entonces el traslado: espera a que la réplica nueva en %2 y el volumen estén Healthy y luego elimina la réplica antigua en %3 (un traslado que se estaba revirtiendo se revierte). Si la otra consola vuelve, le deja el traslado a esta.</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Dejarlo</translation>
    </message>
    <message>
        <source>Cannot adopt</source>
        <translation>No se puede asumir</translation>
    </message>
    <message>
        <source>Cannot adopt the move of %1: %2</source>
        <translation>No se puede asumir el traslado de %1: %2</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewLegendItem</name>
    <message>
        <source>Fullest pool used:</source>
        <translation>Pool más lleno, usado:</translation>
    </message>
    <message>
        <source>capacity unknown</source>
        <translation>capacidad desconocida</translation>
    </message>
    <message>
        <source>offline, faulted or NotReady</source>
        <translation>sin conexión, con fallos o NotReady</translation>
    </message>
    <message>
        <source>degraded, read-only or stale</source>
        <translation>degradado, de solo lectura u obsoleto</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>reconstruyendo</translation>
    </message>
    <message>
        <source>Click a node to see it in detail</source>
        <translation>Haga clic en un nodo para verlo en detalle</translation>
    </message>
</context>
<context>
    <name>Ui::PlanDialog</name>
    <message>
        <source>Move replica</source>
        <translation>Mover réplica</translation>
    </message>
    <message numerus="yes">
        <source>Move %n replicas</source>
        <translation>
            <numerusform>Mover %n réplica</numerusform>
            <numerusform>Mover %n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Move a replica of %1&lt;/b&gt;&lt;br&gt;from pool &lt;b&gt;%2&lt;/b&gt; to pool &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Mover una réplica de %1&lt;/b&gt;&lt;br&gt;del pool &lt;b&gt;%2&lt;/b&gt; al pool &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Move %n replicas&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Mover %n réplica&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Mover %n réplicas&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Add the target pool to the volume (a new replica is created and rebuilds from its peers).&lt;/li&gt;&lt;li&gt;Wait until the new replica and the volume are Healthy.&lt;/li&gt;&lt;li&gt;Remove the source pool (the old replica is deleted).&lt;/li&gt;&lt;/ol&gt;The old replica is never removed before its replacement is Healthy.</source>
        <translation>&lt;ol&gt;&lt;li&gt;Añadir el pool de destino al volumen (se crea una réplica nueva que se reconstruye a partir de sus pares).&lt;/li&gt;&lt;li&gt;Esperar a que la réplica nueva y el volumen estén Healthy.&lt;/li&gt;&lt;li&gt;Quitar el pool de origen (se borra la réplica antigua).&lt;/li&gt;&lt;/ol&gt;La réplica antigua nunca se quita antes de que su sustituta esté Healthy.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Comprobaciones</translation>
    </message>
    <message>
        <source>C&amp;apacity before and after</source>
        <translation>C&amp;apacidad antes y después</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Capacity after the moves</source>
        <translation>Capacidad después de los traslados</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>RECHAZADO</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>Writes are allowed</source>
        <translation>Escritura permitida</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>RECHAZADO: %1</translation>
    </message>
    <message>
        <source>Dry run: not sent, a check refused the plan.</source>
        <translation>Simulación: no enviada, una comprobación rechazó el plan.</translation>
    </message>
    <message>
        <source>Dry run: asking the server…</source>
        <translation>Simulación: consultando al servidor…</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>Dry run: the server accepts the change.</source>
        <translation>Simulación: el servidor acepta el cambio.</translation>
    </message>
    <message>
        <source>Dry run refused: %1</source>
        <translation>Simulación rechazada: %1</translation>
    </message>
    <message>
        <source>A check refused the plan</source>
        <translation>Una comprobación rechazó el plan</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s dry run</source>
        <translation>Esperando la simulación del servidor</translation>
    </message>
    <message>
        <source>Recent I/O of %1: %2. A rebuild adds its copy to the pools&apos; load while it runs; a busy volume may be better moved at a quiet hour.</source>
        <translation>I/O reciente de %1: %2. Una reconstrucción suma su copia a la carga de los pools mientras dura; puede ser mejor trasladar un volumen muy activo en una hora tranquila.</translation>
    </message>
</context>
<context>
    <name>Ui::PoolItem</name>
    <message>
        <source>%1 % used · %2 free of %3</source>
        <translation>%1 % usado · %2 libres de %3</translation>
    </message>
    <message>
        <source>READ-ONLY · %1 % used · %2 free</source>
        <translation>SOLO LECTURA · %1 % usado · %2 libres</translation>
    </message>
    <message>
        <source>NEAR LIMIT · %1 % used · %2 free</source>
        <translation>CERCA DEL LÍMITE · %1 % usado · %2 libres</translation>
    </message>
</context>
<context>
    <name>Ui::PoolTaskDialog</name>
    <message>
        <source>Reading pool %1 …</source>
        <translation>Leyendo el pool %1 …</translation>
    </message>
    <message>
        <source>The edit and its progress</source>
        <translation>La edición y su progreso</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pool cannot be read&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;No se puede leer el pool&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Lo que puede hacer:</translation>
    </message>
</context>
<context>
    <name>Ui::ProjectionChart</name>
    <message>
        <source>Used capacity before and after</source>
        <translation>Capacidad usada antes y después</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>%1 crosses %2 %: %3 % → %4 %</source>
        <translation>%1 supera el %2 %: %3 % → %4 %</translation>
    </message>
    <message>
        <source>%1 stays above %2 %: %3 % → %4 %</source>
        <translation>%1 sigue por encima del %2 %: %3 % → %4 %</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>Usado (%)</translation>
    </message>
    <message>
        <source>No affected pool reaches %1 % used.</source>
        <translation>Ningún pool afectado llega al %1 % de uso.</translation>
    </message>
</context>
<context>
    <name>Ui::PrometheusSetting</name>
    <message>
        <source>Cluster&apos;s Prometheus</source>
        <translation>Prometheus del clúster</translation>
    </message>
    <message>
        <source>The Prometheus Service of context %1, as NAMESPACE/SERVICE:PORT (for example monitoring/prometheus-operated:9090). It is asked through the API server&apos;s service proxy with the context&apos;s credentials. Leave it empty to let the console look for it as Lens does.</source>
        <translation>El Service de Prometheus del contexto %1, como NAMESPACE/SERVICE:PORT (por ejemplo monitoring/prometheus-operated:9090). Se consulta a través del proxy de servicios del servidor de API con las credenciales del contexto. Déjelo vacío para que la consola lo busque como hace Lens.</translation>
    </message>
</context>
<context>
    <name>Ui::QueueBar</name>
    <message>
        <source>Move queue</source>
        <translation>Cola de traslados</translation>
    </message>
    <message>
        <source>Data copied by the plan</source>
        <translation>Datos copiados por el plan</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>Progreso del plan</translation>
    </message>
    <message>
        <source>Pause queue</source>
        <translation>Pausar cola</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>Reanudar cola</translation>
    </message>
    <message>
        <source>Queue paused</source>
        <translation>Cola en pausa</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Ventana de mantenimiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cola en pausa.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Cola en pausa:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>Running moves finish; no waiting move starts until the queue is resumed.</source>
        <translation>Los traslados en curso terminan; ningún traslado en espera empieza hasta que se reanude la cola.</translation>
    </message>
    <message>
        <source>Moves start only between %1</source>
        <translation>Los traslados solo empiezan en la franja %1</translation>
    </message>
    <message>
        <source>Let the waiting moves start again, as the caps allow</source>
        <translation>Dejar que los traslados en espera vuelvan a empezar, según lo permitan los límites</translation>
    </message>
    <message>
        <source>Start no more moves until the queue is resumed; the running ones finish</source>
        <translation>No iniciar más traslados hasta que se reanude la cola; los que están en curso terminan</translation>
    </message>
    <message>
        <source>by %1 in the window</source>
        <translation>por %1 en la ventana</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>un operador</translation>
    </message>
</context>
<context>
    <name>Ui::QueueSettingsForm</name>
    <message>
        <source>Rebuilds onto one &amp;pool at once:</source>
        <translation>Reconstrucciones a la vez hacia un mismo &amp;pool:</translation>
    </message>
    <message>
        <source>A pool that receives replicas rebuilds them with its own disks</source>
        <translation>Un pool que recibe réplicas las reconstruye con sus propios discos</translation>
    </message>
    <message>
        <source>Moves off one &amp;node at once:</source>
        <translation>Traslados a la vez desde un mismo &amp;nodo:</translation>
    </message>
    <message>
        <source>Every move reads its data from the volume&apos;s other replicas</source>
        <translation>Cada traslado lee sus datos de las otras réplicas del volumen</translation>
    </message>
    <message>
        <source>Moves in the &amp;cluster at once:</source>
        <translation>Traslados a la vez en el &amp;clúster:</translation>
    </message>
    <message>
        <source>All moves of every plan</source>
        <translation>Todos los traslados de todos los planes</translation>
    </message>
    <message>
        <source>cStor has no rebuild throttle: these caps are the lever on the load.</source>
        <translation>cStor no limita la velocidad de reconstrucción: estos límites son la palanca sobre la carga.</translation>
    </message>
    <message>
        <source>Start moves only &amp;between</source>
        <translation>Iniciar traslados solo &amp;entre</translation>
    </message>
    <message>
        <source>Start moves only in a maintenance window</source>
        <translation>Iniciar traslados solo en una ventana de mantenimiento</translation>
    </message>
    <message>
        <source>Waiting moves start only in these hours of the day (local time); a move running when the window closes finishes</source>
        <translation>Los traslados en espera solo empiezan en estas horas del día (hora local); un traslado en curso cuando se cierra la ventana termina</translation>
    </message>
    <message>
        <source>Window opens at</source>
        <translation>La ventana se abre a las</translation>
    </message>
    <message>
        <source>Window closes at</source>
        <translation>La ventana se cierra a las</translation>
    </message>
    <message>
        <source>Time zone of the window</source>
        <translation>Zona horaria de la ventana</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>opens and closes at the same minute</source>
        <translation>se abre y se cierra en el mismo minuto</translation>
    </message>
    <message>
        <source>Untick the box to start moves at any time</source>
        <translation>Desmarque la casilla para iniciar traslados en cualquier momento</translation>
    </message>
</context>
<context>
    <name>Ui::QuitGuard</name>
    <message>
        <source>A replica is being moved.</source>
        <translation>Se está trasladando una réplica.</translation>
    </message>
    <message>
        <source>%1 replicas are being moved.</source>
        <translation>Se están trasladando %1 réplicas.</translation>
    </message>
    <message>
        <source>A move of a replica is waiting to start.</source>
        <translation>Un traslado de réplica espera para empezar.</translation>
    </message>
    <message>
        <source>%1 moves of replicas are waiting to start.</source>
        <translation>%1 traslados de réplicas esperan para empezar.</translation>
    </message>
    <message>
        <source>Moves are under way</source>
        <translation>Hay traslados en curso</translation>
    </message>
    <message>
        <source>If you quit now, each started move stops where it is: the volume keeps its old and its new replica, so nothing is lost, but it holds one replica more until cStor Console carries the move on.</source>
        <translation>Si sale ahora, cada traslado empezado se detiene donde está: el volumen conserva su réplica antigua y la nueva, así que no se pierde nada, pero tiene una réplica más hasta que cStor Console continúe el traslado.</translation>
    </message>
    <message>
        <source>The waiting move will not start.</source>
        <translation>El traslado en espera no empezará.</translation>
    </message>
    <message>
        <source>The %1 waiting moves will not start.</source>
        <translation>Los %1 traslados en espera no empezarán.</translation>
    </message>
    <message>
        <source>The next time cStor Console connects to this context, it finishes what was left.</source>
        <translation>La próxima vez que cStor Console se conecte a este contexto, terminará lo que quedó pendiente.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Seguir ejecutando</translation>
    </message>
</context>
<context>
    <name>Ui::RebalanceDialog</name>
    <message>
        <source>Rebalance pools</source>
        <translation>Reequilibrar pools</translation>
    </message>
    <message>
        <source>Brings the used capacity of a pool cluster&apos;s pools within a few points of each other: again and again a replica leaves the fullest pool for the pool that stays emptiest with it, small replicas of Healthy volumes first, under every rule of a single move. Only ONLINE, writable pools on live nodes count.</source>
        <translation>Acerca a pocos puntos entre sí la capacidad usada de los pools de un pool cluster: una y otra vez una réplica deja el pool más lleno por el pool que queda más vacío con ella, primero las réplicas pequeñas de volúmenes Healthy, respetando cada regla de un traslado individual. Solo cuentan los pools ONLINE, con escritura y en nodos activos.</translation>
    </message>
    <message>
        <source>Pool cluster to rebalance</source>
        <translation>Pool cluster que reequilibrar</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>Target spread in percentage points</source>
        <translation>Dispersión objetivo en puntos porcentuales</translation>
    </message>
    <message>
        <source>The most percentage points of used capacity between the fullest and the emptiest pool</source>
        <translation>Máximo de puntos porcentuales de capacidad usada entre el pool más lleno y el más vacío</translation>
    </message>
    <message>
        <source>Target &amp;spread:</source>
        <translation>&amp;Dispersión objetivo:</translation>
    </message>
    <message>
        <source>Capacity after the moves</source>
        <translation>Capacidad después de los traslados</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>Pool de origen</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>Pool de destino</translation>
    </message>
    <message>
        <source>To node</source>
        <translation>Nodo de destino</translation>
    </message>
    <message>
        <source>Moves of the plan</source>
        <translation>Traslados del plan</translation>
    </message>
    <message>
        <source>&amp;Moves</source>
        <translation>&amp;Traslados</translation>
    </message>
    <message>
        <source>Pools left out and why the target is not reached</source>
        <translation>Pools excluidos y por qué no se alcanza el objetivo</translation>
    </message>
    <message>
        <source>Show plan…</source>
        <translation>Mostrar plan…</translation>
    </message>
    <message>
        <source>The moves with their checks, each pool&apos;s capacity before and after, and the server&apos;s dry run, before anything changes</source>
        <translation>Los traslados con sus comprobaciones, la capacidad de cada pool antes y después, y la simulación del servidor, antes de cambiar nada</translation>
    </message>
    <message>
        <source>Every pool cluster</source>
        <translation>Todos los pool clusters</translation>
    </message>
    <message>
        <source>Pool cluster %1</source>
        <translation>Pool cluster %1</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planificando…</translation>
    </message>
    <message>
        <source>spread %1 points now.</source>
        <translation>dispersión actual de %1 puntos.</translation>
    </message>
    <message>
        <source>The best plan leaves a spread of %1 points, more than %2: nothing can start. Set the target to %1 points to apply that plan.</source>
        <translation>El mejor plan deja una dispersión de %1 puntos, más de %2: no puede empezar nada. Fije el objetivo en %1 puntos para aplicar ese plan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the pools are within %2 points already (spread %3): nothing to move.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: los pools ya están a menos de %2 puntos (dispersión %3): nada que trasladar.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: spread %2 → %3 points (at most %4): %n replica(s) to move, %5 to copy.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: dispersión %2 → %3 puntos (como máximo %4): %n réplica que trasladar, %5 que copiar.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: dispersión %2 → %3 puntos (como máximo %4): %n réplicas que trasladar, %5 que copiar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool cl&amp;uster:</source>
        <translation>Pool cl&amp;uster:</translation>
    </message>
    <message>
        <source>Pools before and &amp;after</source>
        <translation>Pools &amp;antes y después</translation>
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
        <translation>Progreso de la reconstrucción (estimado)</translation>
    </message>
    <message>
        <source>Estimated % copied</source>
        <translation>% copiado (estimado)</translation>
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
        <translation>%1 — estancado</translation>
    </message>
    <message>
        <source>Percentages are estimates from the new replica&apos;s used bytes.</source>
        <translation>Los porcentajes son estimaciones a partir de los bytes usados de la réplica nueva.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>rate unknown</source>
        <translation>velocidad desconocida</translation>
    </message>
    <message>
        <source>%1: stalled</source>
        <translation>%1: estancado</translation>
    </message>
    <message>
        <source>%1: ETA %2 at %3</source>
        <translation>%1: termina en %2 a %3</translation>
    </message>
    <message>
        <source>%1: ETA unknown (%2)</source>
        <translation>%1: tiempo restante desconocido (%2)</translation>
    </message>
    <message>
        <source>No replica is rebuilding. %1</source>
        <translation>Ninguna réplica se está reconstruyendo. %1</translation>
    </message>
    <message>
        <source>Rebuild progress (estimated) — %1</source>
        <translation>Progreso de la reconstrucción (estimado) — %1</translation>
    </message>
    <message>
        <source>Rebuild of %1 %2 % (estimate)</source>
        <translation>Reconstrucción de %1: %2 % (estimación)</translation>
    </message>
    <message>
        <source>, stalled</source>
        <translation>, estancada</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, quedan unos %1</translation>
    </message>
    <message>
        <source>No replica is rebuilding.</source>
        <translation>Ninguna réplica se está reconstruyendo.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rebuilding (hover a line for its name)</source>
        <translation>
            <numerusform>… y %n más en reconstrucción (pase el ratón sobre una línea para ver su nombre)</numerusform>
            <numerusform>… y %n más en reconstrucción (pase el ratón sobre una línea para ver su nombre)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuild progress (estimated) — %n rebuilding</source>
        <translation>
            <numerusform>Reconstrucción (estimada) — %n en curso</numerusform>
            <numerusform>Reconstrucción (estimada) — %n en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 % copied at %3 s (estimate)</source>
        <translation>%1
%2 % copiado a los %3 s (estimación)</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Quedan unos %1</translation>
    </message>
</context>
<context>
    <name>Ui::RecoveryDialog</name>
    <message>
        <source>Recover volume %1</source>
        <translation>Recuperar el volumen %1</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>Plan de recuperación</translation>
    </message>
    <message>
        <source>Recovery progress</source>
        <translation>Progreso de la recuperación</translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation>Recuperar ahora</translation>
    </message>
    <message>
        <source>Reading volume %1 from the cluster…</source>
        <translation>Leyendo el volumen %1 del clúster…</translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 can be brought back in %n step(s), each verified on the cluster before the next:</source>
        <translation>
            <numerusform>El volumen %1 puede recuperarse en %n paso, verificado en el clúster:</numerusform>
            <numerusform>El volumen %1 puede recuperarse en %n pasos, cada uno verificado en el clúster antes del siguiente:</numerusform>
        </translation>
    </message>
    <message>
        <source>Volume %1 needs a manual recovery; the console changes nothing.</source>
        <translation>El volumen %1 necesita una recuperación manual; la consola no cambia nada.</translation>
    </message>
    <message>
        <source>Volume %1: nothing to do; it is at its replica count, all replicas Healthy on live nodes.</source>
        <translation>Volumen %1: nada que hacer; tiene su número de réplicas, todas Healthy en nodos activos.</translation>
    </message>
    <message>
        <source>The volume could not be read (exit code %1).</source>
        <translation>No se pudo leer el volumen (código de salida %1).</translation>
    </message>
    <message>
        <source>Recovering volume %1…</source>
        <translation>Recuperando el volumen %1…</translation>
    </message>
    <message>
        <source>Volume %1 is back at its replica count, all replicas Healthy.</source>
        <translation>El volumen %1 vuelve a tener su número de réplicas, todas Healthy.</translation>
    </message>
    <message>
        <source>The recovery of volume %1 stopped before the volume was back; the progress below says which step and why.</source>
        <translation>La recuperación del volumen %1 se detuvo antes de que el volumen volviera; el progreso de abajo indica en qué paso y por qué.</translation>
    </message>
    <message>
        <source>What is wrong:</source>
        <translation>Qué está mal:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>Not automated:</source>
        <translation>No automatizado:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Riesgo:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Qué puede hacer:</translation>
    </message>
</context>
<context>
    <name>Ui::RecoveryProcess</name>
    <message>
        <source>The recovery command stopped unexpectedly.</source>
        <translation>El comando de recuperación se detuvo inesperadamente.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>No se puede ejecutar %1: %2</translation>
    </message>
</context>
<context>
    <name>Ui::ReplicaChip</name>
    <message>
        <source>(new)</source>
        <translation>(nueva)</translation>
    </message>
    <message>
        <source>Reconstructing</source>
        <translation>Reconstruyendo</translation>
    </message>
    <message>
        <source>New, degraded</source>
        <translation>Nueva, degradada</translation>
    </message>
    <message>
        <source>~%1 %</source>
        <translation>~%1 %</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desactualizada</translation>
    </message>
</context>
<context>
    <name>Ui::RowCopy</name>
    <message>
        <source>Copy rows</source>
        <translation>Copiar filas</translation>
    </message>
</context>
<context>
    <name>Ui::SearchField</name>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find a node, pool, volume or replica by any part of its name, or a volume by its claim or its pods; Enter shows the first match</source>
        <translation>Buscar un nodo, pool, volumen o réplica por cualquier parte de su nombre, o un volumen por su claim o sus pods; Intro muestra la primera coincidencia</translation>
    </message>
</context>
<context>
    <name>Ui::SearchIndex</name>
    <message>
        <source>node</source>
        <translation>nodo</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>pool</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volumen</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>réplica</translation>
    </message>
</context>
<context>
    <name>Ui::TablePanel</name>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Show only rows that are unhealthy, read-only or stale</source>
        <translation>Mostrar solo las filas no sanas, de solo lectura o desactualizadas</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyItemAccessible</name>
    <message>
        <source>Stale</source>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>Node %1, %2</source>
        <translation>Nodo %1, %2</translation>
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
        <translation>Pool %1 en %2, %3, %4 % usado</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Réplica %1</translation>
    </message>
    <message>
        <source>Replica %1 on pool %2, %3</source>
        <translation>Réplica %1 en el pool %2, %3</translation>
    </message>
    <message>
        <source>about %1 % rebuilt (estimate)</source>
        <translation>alrededor del %1 % reconstruida (estimación)</translation>
    </message>
    <message>
        <source>Ctrl+M moves this replica to another pool.</source>
        <translation>Ctrl+M mueve esta réplica a otro pool.</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>NotReady</translation>
    </message>
    <message>
        <source>its import fails (PoolLost)</source>
        <translation>su importación falla (PoolLost)</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyScene</name>
    <message>
        <source>The replica is already on this pool</source>
        <translation>La réplica ya está en este pool</translation>
    </message>
    <message>
        <source>Drop on a pool to plan moving %1</source>
        <translation>Suelte sobre un pool para planificar el traslado de %1</translation>
    </message>
    <message>
        <source>Move to %1 (%2)</source>
        <translation>Mover a %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot move to %1: %2</source>
        <translation>No se puede mover a %1: %2</translation>
    </message>
    <message>
        <source>Move replica to…</source>
        <translation>Mover réplica a…</translation>
    </message>
    <message>
        <source>Plan moving this replica to another pool</source>
        <translation>Planificar el traslado de esta réplica a otro pool</translation>
    </message>
    <message>
        <source>Highlight all replicas of this volume</source>
        <translation>Resaltar todas las réplicas de este volumen</translation>
    </message>
    <message>
        <source>Drain node…</source>
        <translation>Vaciar nodo…</translation>
    </message>
    <message>
        <source>Plan moving every replica off this node&apos;s pools</source>
        <translation>Planificar el traslado de todas las réplicas fuera de los pools de este nodo</translation>
    </message>
    <message>
        <source>Show in table</source>
        <translation>Mostrar en la tabla</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Volume: %2&lt;br&gt;Pool: %3 on %4&lt;br&gt;Phase: %5&lt;br&gt;Used: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Volumen: %2&lt;br&gt;Pool: %3 en %4&lt;br&gt;Fase: %5&lt;br&gt;Usado: %6</translation>
    </message>
    <message>
        <source>&lt;br&gt;Rebuilt: about %1 % (estimated from a healthy peer)</source>
        <translation>&lt;br&gt;Reconstruida: alrededor del %1 % (estimado a partir de un par sano)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Status updated: %1</source>
        <translation>&lt;br&gt;Estado actualizado: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; this status is no longer being updated; the phase may not be true any more.</source>
        <translation>&lt;br&gt;&lt;b&gt;Desactualizado:&lt;/b&gt; este estado ya no se actualiza; puede que la fase ya no sea cierta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Node: %2&lt;br&gt;Phase: %3&lt;br&gt;Used %4 of %5 (%6 %), %7 free&lt;br&gt;Replicas: %8 healthy of %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nodo: %2&lt;br&gt;Fase: %3&lt;br&gt;Usado %4 de %5 (%6 %), %7 libres&lt;br&gt;Réplicas: %8 sanas de %9</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Read-only:&lt;/b&gt; the pool passed its %1 % threshold; its replicas accept no writes.</source>
        <translation>&lt;br&gt;&lt;b&gt;Solo lectura:&lt;/b&gt; el pool superó su umbral del %1 %; sus réplicas no aceptan escrituras.</translation>
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
        <translation>&lt;br&gt;&lt;b&gt;Desactualizado:&lt;/b&gt; la conexión con el clúster no está en vivo.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; no replica on this node has reported since %1; the node or its pool manager may be down.</source>
        <translation>&lt;br&gt;&lt;b&gt;Desactualizado:&lt;/b&gt; ninguna réplica de este nodo ha informado desde %1; puede que el nodo o su gestor de pool estén caídos.</translation>
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
        <translation>&lt;br&gt;&lt;b&gt;NotReady:&lt;/b&gt; el clúster perdió el contacto con este nodo; sus pools y réplicas no responden y lo que muestran es su último informe.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;Health:&lt;/b&gt; %n finding(s)</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;Salud:&lt;/b&gt; %n hallazgo</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;Salud:&lt;/b&gt; %n hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Health dock (Alt+9)</source>
        <translation>
            <numerusform>y %n más en el panel Salud (Alt+9)</numerusform>
            <numerusform>y %n más en el panel Salud (Alt+9)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover volume…</source>
        <translation>Recuperar volumen…</translation>
    </message>
    <message>
        <source>Show how the console would bring %1 back to its replica count, then do it</source>
        <translation>Mostrar cómo la consola devolvería %1 a su número de réplicas, y luego hacerlo</translation>
    </message>
    <message>
        <source>%1 needs no recovery the console can offer</source>
        <translation>La consola no tiene ninguna recuperación que ofrecer para %1</translation>
    </message>
    <message>
        <source>Recover lost node…</source>
        <translation>Recuperar el nodo perdido…</translation>
    </message>
    <message>
        <source>Show what happens to each volume with a replica on this node, and replace those replicas from their Healthy copies on other nodes</source>
        <translation>Mostrar qué ocurre con cada volumen con una réplica en este nodo, y reemplazar esas réplicas a partir de sus copias Healthy en otros nodos</translation>
    </message>
    <message>
        <source>If this node is lost…</source>
        <translation>Si este nodo se pierde…</translation>
    </message>
    <message>
        <source>This node is lost already: Recover lost node… shows what it costs each volume</source>
        <translation>Este nodo ya está perdido: «Recuperar el nodo perdido…» muestra lo que cuesta a cada volumen</translation>
    </message>
    <message>
        <source>What each volume with a replica on this node would lose if it went down now, and where replacements would go. Changes nothing.</source>
        <translation>Lo que perdería cada volumen con una réplica en este nodo si cayera ahora, y adónde irían los reemplazos. No cambia nada.</translation>
    </message>
    <message>
        <source>Rebalance pool cluster…</source>
        <translation>Reequilibrar pool cluster…</translation>
    </message>
    <message>
        <source>Plan moves that bring the used capacity of the pools of %1 within a few points of each other</source>
        <translation>Planificar traslados que acerquen a pocos puntos entre sí la capacidad usada de los pools de %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Pool %1:&lt;/b&gt; %2</source>
        <translation>&lt;br&gt;&lt;b&gt;Pool %1:&lt;/b&gt; %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n replica(s) unhealthy&lt;/b&gt; (degraded, offline or in error)</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n réplica no sana&lt;/b&gt; (degradada, sin conexión o con error)</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;%n réplicas no sanas&lt;/b&gt; (degradadas, sin conexión o con error)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n replica(s) rebuilding&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n réplica reconstruyéndose&lt;/b&gt;</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;%n réplicas reconstruyéndose&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Zone: %1</source>
        <translation>&lt;br&gt;Zona: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Fullest pool: %1, %2 % used</source>
        <translation>&lt;br&gt;Pool más lleno: %1, %2 % usado</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyView</name>
    <message>
        <source>Nodes, their cStor pools and the volume replicas on each pool. Arrow keys go from item to item; Ctrl+M moves the selected replica; the Menu key opens the item&apos;s actions.</source>
        <translation>Los nodos, sus pools de cStor y las réplicas de volumen de cada pool. Las flechas pasan de un elemento a otro; Ctrl+M mueve la réplica seleccionada; la tecla Menú abre las acciones del elemento.</translation>
    </message>
    <message>
        <source>Cluster topology</source>
        <translation>Topología del clúster</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomePage</name>
    <message>
        <source>Welcome to cStor Console</source>
        <translation>Bienvenido a cStor Console</translation>
    </message>
    <message>
        <source>Open the demo cluster</source>
        <translation>Abrir el clúster de demostración</translation>
    </message>
    <message>
        <source>Choose a kubeconfig file…</source>
        <translation>Elegir un archivo kubeconfig…</translation>
    </message>
    <message>
        <source>cStor Console reaches your Kubernetes cluster the way kubectl does: through a &lt;b&gt;kubeconfig&lt;/b&gt; file, which names the cluster&apos;s API server and your credentials. No kubeconfig was found.&lt;br&gt;&lt;br&gt;Open the built-in demo cluster to look around (a simulated cluster; nothing you do there touches a real one), or choose the kubeconfig file your cluster administrator or your cloud&apos;s command-line tool gave you. The console remembers the file.</source>
        <translation>cStor Console llega a su clúster de Kubernetes igual que kubectl: mediante un archivo &lt;b&gt;kubeconfig&lt;/b&gt;, que indica el servidor de API del clúster y sus credenciales. No se encontró ningún kubeconfig.&lt;br&gt;&lt;br&gt;Abra el clúster de demostración integrado para echar un vistazo (un clúster simulado; nada de lo que haga allí afecta a uno real) o elija el archivo kubeconfig que le dio el administrador de su clúster o la herramienta de línea de comandos de su nube. La consola recuerda el archivo.</translation>
    </message>
    <message>
        <source>Looked for: the files in $KUBECONFIG, else ~/.kube/config.</source>
        <translation>Buscado: los archivos de $KUBECONFIG, si no ~/.kube/config.</translation>
    </message>
    <message>
        <source>Looked for (from $KUBECONFIG, else ~/.kube/config): %1</source>
        <translation>Buscado (en $KUBECONFIG, si no ~/.kube/config): %1</translation>
    </message>
</context>
<context>
    <name>Ui::ZoneBlockItem</name>
    <message>
        <source>No zone label</source>
        <translation>Sin etiqueta de zona</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n node(s)</source>
        <comment>zone: its name, its node count</comment>
        <translation>
            <numerusform>%1 · %n nodo</numerusform>
            <numerusform>%1 · %n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n requiere atención</numerusform>
            <numerusform>%n requieren atención</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerbArguments</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argumento desconocido: %1</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Formato de salida: %1.</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use one of %2.</source>
        <translation>Formato de salida desconocido «%1»: use uno de %2.</translation>
    </message>
</context>
<context>
    <name>VerbCommandLine</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Leave out the title row of tables (other output formats ignore it).</source>
        <translation>Omitir la fila de títulos de las tablas (los demás formatos de salida lo ignoran).</translation>
    </message>
</context>
<context>
    <name>VolumeUsersReader</name>
    <message>
        <source>the user may not list %1 (403 Forbidden)</source>
        <translation>el usuario no puede listar %1 (403 Forbidden)</translation>
    </message>
</context>
</TS>
