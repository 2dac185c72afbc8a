<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdoptVerb</name>
    <message>
        <source>The verb.</source>
        <translation>动词。</translation>
    </message>
    <message>
        <source>Takes over the move of a replica that another console started on a volume and no longer drives. Every console records a move it runs on the volume&apos;s CStorVolumeConfig (annotation %1: who, from which host and process, from and to which pool, the step, when it started) and renews it every minute; `cstor-console get moves` lists them. A move can be adopted once its console is silent: its process on this host is gone, or it has not renewed the record for the --silent-after time. Shows the move and asks unless --yes is given, then finishes it: waits until the new replica and the volume are Healthy and removes the old replica (a move that was rolling back is rolled back). Ctrl-C before the old replica is removed rolls it back.
Exit codes: 0 finished (or adoptable, in a dry run), 1 refused or failed, 2 usage error.</source>
        <translation>接管另一个控制台在某个卷上开始、但已不再推进的副本移动。每个控制台都会把正在执行的移动记录在该卷的 CStorVolumeConfig 上（注解 %1：谁、来自哪台主机和哪个进程、从哪个池到哪个池、当前步骤、开始时间），并每分钟续期一次；`cstor-console get moves` 会列出它们。当其控制台沉默时（它在本机上的进程已消失，或超过 --silent-after 时间未续期记录），即可接管该移动。除非给出 --yes，会先显示该移动并询问，然后将其完成：等待新副本和卷变为 Healthy，再删除旧副本（正在回滚的移动将完成回滚）。在删除旧副本之前按 Ctrl-C 会回滚。
退出码：0 已完成（试运行时为可接管），1 被拒绝或失败，2 用法错误。</translation>
    </message>
    <message>
        <source>The volume whose move to take over.</source>
        <translation>要接管其移动的卷。</translation>
    </message>
    <message>
        <source>How long the other console must have been silent (90s, 10m, 1h; default 10m). A console on this host whose process is gone is silent at once.</source>
        <translation>另一个控制台必须沉默多久（90s、10m、1h；默认 10m）。本机上进程已消失的控制台立即视为沉默。</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Show the move and whether it may be adopted; change nothing.</source>
        <translation>显示该移动以及是否可以接管；不做任何更改。</translation>
    </message>
    <message>
        <source>Do not ask before adopting.</source>
        <translation>接管前不询问。</translation>
    </message>
    <message>
        <source>Wait until the move has ended (always done).</source>
        <translation>等待移动结束（总是如此）。</translation>
    </message>
    <message>
        <source>The volume whose move to adopt is missing: adopt VOLUME</source>
        <translation>缺少要接管其移动的卷：adopt VOLUME</translation>
    </message>
    <message>
        <source>--silent-after takes a duration such as 90s, 10m or 1h, not &quot;%1&quot;</source>
        <translation>--silent-after 需要 90s、10m 或 1h 这样的时长，而不是“%1”</translation>
    </message>
    <message>
        <source>error: no volume %1 in namespace &quot;%2&quot;</source>
        <translation>错误：命名空间“%2”中没有卷 %1</translation>
    </message>
    <message>
        <source>error: no console is moving a replica of %1 (its CStorVolumeConfig has no %2 annotation)</source>
        <translation>错误：没有控制台在移动 %1 的副本（其 CStorVolumeConfig 没有 %2 注解）</translation>
    </message>
    <message>
        <source>error: the %1 annotation of %2 is not a move record: %3</source>
        <translation>错误：%2 的 %1 注解不是移动记录：%3</translation>
    </message>
    <message>
        <source>Move of %1: %2
</source>
        <translation>%1 的移动：%2
</translation>
    </message>
    <message>
        <source>error: refusing to adopt: the console running this move was heard %1 ago, less than %2 (--silent-after); it may still be driving it. Ask its operator, or wait.</source>
        <translation>错误：拒绝接管：执行此移动的控制台在 %1 前还有动静，少于 %2（--silent-after）；它可能仍在推进。请询问其操作员，或等待。</translation>
    </message>
    <message>
        <source>It may be adopted: its console is silent.
</source>
        <translation>可以接管：其控制台已沉默。
</translation>
    </message>
    <message>
        <source>error: cannot adopt the move of %1: %2</source>
        <translation>错误：无法接管 %1 的移动：%2</translation>
    </message>
</context>
<context>
    <name>ClusterOptions</name>
    <message>
        <source>The kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).</source>
        <translation>kubeconfig 文件（默认：$KUBECONFIG，否则为 ~/.kube/config）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: the current one).</source>
        <translation>kubeconfig 上下文（默认：当前上下文）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (default: the context&apos;s, else openebs).</source>
        <translation>cStor 所在的命名空间（默认：上下文的命名空间，否则为 openebs）。</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Run the context&apos;s exec credential plugin and remember that it is trusted (a kubeconfig&apos;s exec entry runs a program).</source>
        <translation>运行该上下文的 exec 凭据插件，并记住它受信任（kubeconfig 的 exec 条目会运行一个程序）。</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked for %1); name one with --kubeconfig FILE or set KUBECONFIG</source>
        <translation>未找到 kubeconfig（已查找 %1）；请用 --kubeconfig FILE 指定，或设置 KUBECONFIG</translation>
    </message>
    <message>
        <source>%1 (kubeconfig: %2)</source>
        <translation>%1（kubeconfig：%2）</translation>
    </message>
    <message>
        <source>%1
It would run: %2
To run it, pass --trust-exec-plugin (remembered for this kubeconfig and command).</source>
        <translation>%1
将运行：%2
要运行它，请传入 --trust-exec-plugin（对此 kubeconfig 和命令记住该选择）。</translation>
    </message>
    <message>
        <source>How long to wait for one request to the cluster before giving up, as kubectl&apos;s: 5s, 1m, 1h30m or a number of seconds; 0 waits as long as the server keeps sending (default: 120 s for an answer; a server silent for 30 s fails anyway). A watch must start answering within it.</source>
        <translation>放弃前等待对集群的单个请求的时长，与 kubectl 相同：5s、1m、1h30m 或秒数；0 表示只要服务器仍在发送就一直等待（默认：一个应答 120 秒；服务器沉默 30 秒仍会失败）。监视（watch）必须在此时间内开始应答。</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>invalid --request-timeout &quot;%1&quot;: a timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)</source>
        <translation>无效的 --request-timeout &quot;%1&quot;：超时必须是以秒为单位的单个整数，或整数后跟相应的时间单位（例如 1s | 2m | 3h）</translation>
    </message>
</context>
<context>
    <name>ClusterTaskRun</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>CommandLineVerbs</name>
    <message>
        <source>Unknown verb: %1</source>
        <translation>未知的动词：%1</translation>
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
        <translation>动词（无需窗口即可运行；%1 VERB --help 列出某个动词的选项）：
  contexts [-o table|json|name] [--no-headers]
      列出 kubeconfig 的上下文，当前上下文以 * 标记。
  get pools|replicas|volumes|moves [-o table|wide|json|yaml|name] [--no-headers]
      列出 cStor 池、卷副本、卷或正在进行的移动。
  migrate VOLUME --from POOL|NODE --to POOL|NODE [--dry-run] [--yes]
      将卷的一个副本移到另一个池，先显示计划。
  evacuate (--node NODE... | --pool POOL...) [--max-per-pool N] [--max-per-node N] [--max-total N] [--window HH:MM-HH:MM] [--dry-run] [--yes] [-o json]
      将若干节点上各池或若干池中的所有副本迁出，作为一个计划，在上限内以队列方式运行；Ctrl-C 会将其暂停。
  drain NODE [--dry-run] [--yes]
      等同于 evacuate --node NODE。
  rebalance [--pool-cluster CSPC] [--max-spread PCT] [上限同 evacuate] [--dry-run] [--yes] [-o json]
      使各池的已用容量彼此相差不超过 PCT 个百分点。
  queue [list|pause|resume|cancel ID...|cancel --all|set|move ID N]
      日志中的移动队列：暂停、恢复、取消、重新排序、上限和维护窗口。
  adopt VOLUME [--silent-after DURATION] [--dry-run] [--yes]
      完成一个已沉默的控制台所开始的卷移动。
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
      列出集群中的问题，最严重的在前，并说明如何处理。
  forecast [--pool-cluster CSPC] [--horizon 30d] [--prometheus NS/SVC:PORT] [-o json]
      根据集群的 Prometheus 预测每个池何时达到 80 % 以及何时变为只读。
  recover VOLUME [--dry-run] [--yes] [-o json]
      将迁移中途卡住的卷恢复到其副本数。
  replace-disk POOL [--disk BD] [--with BD] [--dry-run] [--yes] [-o json]
      替换 mirror 或 raidz 池中故障的磁盘，并跟踪 resilver。
  follow-disks POOL [--dry-run] [--yes] [-o json]
      把磁盘已迁移到另一个节点的池指向该节点并跟踪它。
  completion bash|zsh
      输出 shell 补全脚本（动词、选项、上下文、卷、节点）。
全局选项（--kubeconfig、--context、-n、--request-timeout、-o、--no-headers）可放在动词之前或之后。
</translation>
    </message>
</context>
<context>
    <name>CompletionVerb</name>
    <message>
        <source>Prints the shell completion script for bash or zsh.
bash: source &lt;(cstor-console completion bash), or install it as /usr/share/bash-completion/completions/cstor-console.
zsh: source &lt;(cstor-console completion zsh) in ~/.zshrc.</source>
        <translation>输出 bash 或 zsh 的 shell 补全脚本。
bash：source &lt;(cstor-console completion bash)，或将其安装为 /usr/share/bash-completion/completions/cstor-console。
zsh：在 ~/.zshrc 中 source &lt;(cstor-console completion zsh)。</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>动词。</translation>
    </message>
    <message>
        <source>bash or zsh.</source>
        <translation>bash 或 zsh。</translation>
    </message>
    <message>
        <source>Which shell is missing: bash or zsh.</source>
        <translation>缺少 shell：bash 或 zsh。</translation>
    </message>
    <message>
        <source>No completion for &quot;%1&quot;: use bash or zsh.</source>
        <translation>没有“%1”的补全：请使用 bash 或 zsh。</translation>
    </message>
</context>
<context>
    <name>ContextsVerb</name>
    <message>
        <source>Lists the contexts of the kubeconfig, the current one marked with *.</source>
        <translation>列出 kubeconfig 的上下文，当前上下文以 * 标记。</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>动词。</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>未知的参数：%1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>AUTHINFO</source>
        <translation>认证信息</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>warning: no kubeconfig found (looked for %1)</source>
        <translation>警告：未找到 kubeconfig（查找了 %1）</translation>
    </message>
</context>
<context>
    <name>Doctor::ClonesOnPoolRule</name>
    <message>
        <source>Pool %1 holds replicas of clones of volume %2: %3.</source>
        <translation>池 %1 上有卷 %2 的克隆的副本：%3。</translation>
    </message>
    <message>
        <source>Data: moving or removing the replica of %1 from %2 destroys the clones&apos; replicas there (zfs destroy -R).</source>
        <translation>数据：将 %1 的副本从 %2 移动或移除会销毁该处克隆的副本（zfs destroy -R）。</translation>
    </message>
    <message>
        <source>Nothing to do now. The console refuses to move this replica; move or remove the clones&apos; replicas on %1 first.</source>
        <translation>目前无需处理。控制台拒绝移动此副本；请先移动或移除 %1 上克隆的副本。</translation>
    </message>
</context>
<context>
    <name>Doctor::Doctor</name>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>Doctor::DrainBlockedRule</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>PodDisruptionBudget %1 allows no disruption (%2 of %3 pool pods healthy): draining node(s) %4 is refused.</source>
        <translation>PodDisruptionBudget %1 不允许任何中断（%3 个池 Pod 中 %2 个健康）：排空节点 %4 会被拒绝。</translation>
    </message>
    <message numerus="yes">
        <source>While pool(s) %1 are down, draining node(s) %2 is refused by %n PodDisruptionBudget(s) that allow no disruption.</source>
        <translation>
            <numerusform>在池 %1 停止期间，%n 个不允许中断的 PodDisruptionBudget 会拒绝排空节点 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Maintenance and availability: kubectl drain of those nodes waits forever on evicting their pool pods; forcing it (deleting the pod) takes a second replica of the HA volumes on these pools offline.</source>
        <translation>维护与可用性：对这些节点的 kubectl drain 会一直等待驱逐其池 Pod；强制执行（删除 Pod）会使这些池上 HA 卷的第二个副本离线。</translation>
    </message>
    <message>
        <source>Wait until every pool pod the budget guards is Ready, then drain.</source>
        <translation>等待该预算保护的每个池 Pod 都处于 Ready 状态，然后再排空。</translation>
    </message>
    <message>
        <source>Bring pool(s) %1 back ONLINE first (their node, their disks), or move the replicas off them (cstor-console migrate) so that the CVC operator replaces the budgets (%2); only then drain.</source>
        <translation>请先让池 %1 恢复 ONLINE（其节点、其磁盘），或将副本移出（cstor-console migrate），使 CVC operator 替换这些预算（%2）；然后再排空。</translation>
    </message>
    <message>
        <source>PodDisruptionBudgets were not checked: %1.</source>
        <translation>未检查 PodDisruptionBudget：%1。</translation>
    </message>
    <message>
        <source>A drain that a budget refuses is not foreseen.</source>
        <translation>无法预见被预算拒绝的排空。</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for get/list rights on poddisruptionbudgets to have them checked.</source>
        <translation>请向集群管理员申请 poddisruptionbudgets 的 get/list 权限以便检查。</translation>
    </message>
</context>
<context>
    <name>Doctor::KnownReplicasRule</name>
    <message>
        <source>The target of volume %1 does not know the Healthy replica(s) %2.</source>
        <translation>卷 %1 的目标不认识 Healthy 副本 %2。</translation>
    </message>
    <message>
        <source>The target of volume %1 knows replica id(s) %2 that no replica of the volume has.</source>
        <translation>卷 %1 的目标认识的副本 ID %2 不属于该卷的任何副本。</translation>
    </message>
    <message>
        <source>Availability: the target&apos;s replication and consistency factors are counted over the wrong replicas; its next scale-down is refused and its quorum may be lost early.</source>
        <translation>可用性：目标的复制因子和一致性因子是按错误的副本计算的；其下一次缩容会被拒绝，并且可能提前失去仲裁。</translation>
    </message>
    <message>
        <source>Manual: compare the two lists. The target adds a replica to knownReplicas only when it promotes it in a scale-up, and drops one only in a scale-down of the CVC; keep the volume Healthy and do not edit the CV by hand.</source>
        <translation>手动：比较这两个列表。目标仅在扩容中提升副本时才将其加入 knownReplicas，仅在 CVC 缩容时才移除副本；请保持卷为 Healthy，不要手动编辑 CV。</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and nothing creates them again while the volume is Bound. cstor-console recover %2 (Recover volume… in the window) creates them again with the replica ids the target knows; they rebuild from the Healthy replicas. Do not remove %1 from the CVC: the CVC controller finds no replica to remove and the scale-down never ends.</source>
        <translation>池 %1 的副本已被删除，而在卷处于 Bound 状态时没有任何组件会重新创建它们。cstor-console recover %2（窗口中的“恢复卷…”）会使用目标已知的副本 ID 重新创建它们；它们会从 Healthy 副本重建。不要从 CVC 中移除 %1：CVC 控制器找不到要移除的副本，缩容将永远不会结束。</translation>
    </message>
</context>
<context>
    <name>Doctor::NodeNotReadyRule</name>
    <message>
        <source>Nodes were not checked: %1.</source>
        <translation>未检查节点：%1。</translation>
    </message>
    <message>
        <source>A lost node shows only through its volumes.</source>
        <translation>丢失的节点只能通过其卷体现出来。</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for get/list rights on nodes to have them checked.</source>
        <translation>请向集群管理员申请节点的 get/list 权限，以便检查节点。</translation>
    </message>
    <message numerus="yes">
        <source>Node %1 is NotReady (%2) since %3 ago and holds %n replica(s) on %4.</source>
        <translation>
            <numerusform>节点 %1 自 %3 前起处于 NotReady（%2），在 %4 上有 %n 个副本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Node %1 is gone and its pool(s) %2 hold %n replica(s).</source>
        <translation>
            <numerusform>节点 %1 已不存在，其池 %2 上有 %n 个副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability and data: the replicas of %1 on it are unreachable; their pools&apos; objects keep their last status.</source>
        <translation>可用性和数据：其上 %1 的副本无法访问；其池的对象保持最后的状态。</translation>
    </message>
    <message>
        <source>If the node comes back, its pools and replicas resume. If it was replaced and its disks now sit on another node, cstor-console follow-disks %2 points the pool there. If it is gone for good with its disks, Recover lost node… (cstor-console drain %1) gives each volume that keeps a Healthy replica a new one on another pool, reports those it cannot, then shows the steps that remove its pools from the CStorPoolCluster.</source>
        <translation>如果节点恢复，其池和副本会继续运行。如果节点已被替换且其磁盘现在位于另一个节点上，cstor-console follow-disks %2 会把池指向那里。如果节点连同磁盘永久丢失，“恢复丢失的节点…”（cstor-console drain %1）会为每个仍有 Healthy 副本的卷在其他池上创建新副本，报告无法处理的卷，然后显示从 CStorPoolCluster 中删除其池的步骤。</translation>
    </message>
</context>
<context>
    <name>Doctor::OrphanReplicaRule</name>
    <message>
        <source>Replica %1 belongs to volume %2, which has neither a CVC nor a CV.</source>
        <translation>副本 %1 属于卷 %2，而该卷既没有 CVC 也没有 CV。</translation>
    </message>
    <message>
        <source>Replica %1 sits on pool %2, which the CVC of volume %3 does not list.</source>
        <translation>副本 %1 位于池 %2 上，而卷 %3 的 CVC 并未列出该池。</translation>
    </message>
    <message>
        <source>Capacity: it holds %1 on pool %2 that no volume uses.</source>
        <translation>容量：它在池 %2 上占用了 %1，而没有任何卷在使用。</translation>
    </message>
    <message>
        <source>Manual: when no PersistentVolume %1 exists and the replica is not part of a move, delete it: kubectl delete cvr %2 -n %3.</source>
        <translation>手动：如果不存在 PersistentVolume %1 且该副本不属于某次移动，请删除它：kubectl delete cvr %2 -n %3。</translation>
    </message>
</context>
<context>
    <name>Doctor::PendingClaimRule</name>
    <message>
        <source>Volume claim %1 is Pending: it needs %2 pools, pool cluster %3 has %4 ONLINE writable (%5).</source>
        <translation>卷声明 %1 处于 Pending：它需要 %2 个池，池集群 %3 有 %4 个可写的 ONLINE 池（%5）。</translation>
    </message>
    <message>
        <source>Volume claim %1 has been Pending for %2.</source>
        <translation>卷声明 %1 已处于 Pending 状态 %2。</translation>
    </message>
    <message>
        <source>Availability: the application&apos;s PersistentVolumeClaim stays unbound and its pod does not start.</source>
        <translation>可用性：应用的 PersistentVolumeClaim 保持未绑定，其 Pod 无法启动。</translation>
    </message>
    <message>
        <source>Bring the pools of %1 back ONLINE, free space on read-only ones, or add a pool to the CStorPoolCluster (kubectl edit cspc %1 -n %2); the CVC controller retries on its next resync.</source>
        <translation>请让 %1 的池恢复 ONLINE、在只读池上释放空间，或向 CStorPoolCluster 添加一个池（kubectl edit cspc %1 -n %2）；CVC 控制器会在下次重新同步时重试。</translation>
    </message>
</context>
<context>
    <name>Doctor::PoolCapacityRule</name>
    <message>
        <source>Move replicas off the pool (cstor-console migrate VOLUME --from %1 --to POOL, or cstor-console drain %2 for all of them), or grow the pool by adding disks to its spec in CStorPoolCluster %3.</source>
        <translation>将副本移出该池（cstor-console migrate VOLUME --from %1 --to POOL，或用 cstor-console drain %2 移出全部），或在 CStorPoolCluster %3 的 spec 中添加磁盘以扩容该池。</translation>
    </message>
    <message>
        <source>Pool %1 is read-only: %2% used, read-only at %3%.</source>
        <translation>池 %1 为只读：已用 %2%，达到 %3% 时只读。</translation>
    </message>
    <message>
        <source>Pool %1 is at its read-only threshold: %2% used, read-only at %3%.</source>
        <translation>池 %1 已达到只读阈值：已用 %2%，达到 %3% 时只读。</translation>
    </message>
    <message numerus="yes">
        <source>Availability: writes of the %n volume(s) with a replica on it fail there and those replicas go Offline.</source>
        <translation>
            <numerusform>可用性：在其上有副本的 %n 个卷在此处写入失败，这些副本变为 Offline。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool %1 is %2% full (%3 free); it turns read-only at %4%.</source>
        <translation>池 %1 已用 %2%（剩余 %3）；达到 %4% 时变为只读。</translation>
    </message>
    <message numerus="yes">
        <source>Capacity: the next writes or a rebuild onto it turn it read-only, and then the replicas of its %n volume(s) go Offline.</source>
        <translation>
            <numerusform>容量：接下来的写入或向其重建会使其变为只读，随后其 %n 个卷的副本会变为 Offline。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor::PoolReadOnlySoonRule</name>
    <message numerus="yes">
        <source>Pool %1 goes read-only (%2 %) in about %n day(s), growing %3 a day.</source>
        <translation>
            <numerusform>池 %1 约 %n 天后变为只读（%2 %），每天增长 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Availability: once it is read-only, writes of the %n volume(s) with a replica on it fail there and those replicas go Offline.</source>
        <translation>
            <numerusform>可用性：一旦变为只读，在其上有副本的 %n 个卷在此处的写入会失败，这些副本会变为 Offline。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move replicas off the pool before then (the plan of a move shows the pools&apos; read-only dates before and after it; cstor-console forecast --pool-cluster %1 lists them all), or grow the pool by adding disks to its spec in CStorPoolCluster %1.</source>
        <translation>请在此之前将副本从该池移走（移动计划会显示移动前后各池的只读日期；cstor-console forecast --pool-cluster %1 会全部列出），或在 CStorPoolCluster %1 中向该池的 spec 添加磁盘以扩容。</translation>
    </message>
</context>
<context>
    <name>Doctor::PoolStateRule</name>
    <message>
        <source>Pool %1 on node %2 is %3.</source>
        <translation>节点 %2 上的池 %1 处于 %3。</translation>
    </message>
    <message>
        <source>Capacity: no replica can be placed on it.</source>
        <translation>容量：无法在其上放置副本。</translation>
    </message>
    <message>
        <source>Availability: the replicas of %1 on it are unreachable; each of those volumes runs with a copy fewer.</source>
        <translation>可用性：其上 %1 的副本无法访问；这些卷各自少了一份副本在运行。</translation>
    </message>
    <message>
        <source>Data: a disk of the pool failed; one more failure loses the replicas of %1.</source>
        <translation>数据：池中的一块磁盘已故障；再有一次故障将丢失 %1 的副本。</translation>
    </message>
    <message>
        <source>Pool %1 on node %2 is %3 while it resilvers a replaced disk.</source>
        <translation>节点 %2 上的池 %1 在对替换的磁盘进行 resilver 期间处于 %3 状态。</translation>
    </message>
    <message>
        <source>Data: until the resilver ends, one more disk failure in its raid group loses the replicas of %1.</source>
        <translation>数据：在 resilver 结束之前，其 RAID 组中再有一块磁盘故障就会丢失 %1 的副本。</translation>
    </message>
    <message>
        <source>no volume</source>
        <translation>无卷</translation>
    </message>
    <message>
        <source>Wait for the resilver: cstor-console replace-disk %1 follows it until the pool is ONLINE.</source>
        <translation>等待 resilver 完成：cstor-console replace-disk %1 会跟踪它，直到池变为 ONLINE。</translation>
    </message>
    <message>
        <source>Replace the failed disk: cstor-console replace-disk %1 puts an unclaimed disk of node %2 in its place in CStorPoolCluster %3 and follows the resilver.</source>
        <translation>替换故障磁盘：cstor-console replace-disk %1 会在 CStorPoolCluster %3 中用节点 %2 上未被占用的磁盘替换它，并跟踪 resilver。</translation>
    </message>
    <message>
        <source>A %1 pool&apos;s failed disk cannot be replaced (upstream replaces disks in mirror and raidz pools only): move its replicas off (cstor-console drain %2).</source>
        <translation>%1 池的故障磁盘无法替换（upstream 只能替换 mirror 和 raidz 池中的磁盘）：请将其副本移走（cstor-console drain %2）。</translation>
    </message>
    <message>
        <source>Pool %1 on node %2 cannot be imported there (condition PoolLost, last failed import at %3): its disks are lost, or attached to another node.</source>
        <translation>节点 %2 上的池 %1 无法在该节点导入（PoolLost 条件，最近一次导入失败于 %3）：其磁盘已丢失，或已连接到另一个节点。</translation>
    </message>
    <message>
        <source>If its disks were moved to another node: cstor-console follow-disks %1 (Follow moved disks… in the window) points the pool there. If they are lost: move its replicas to other pools (cstor-console drain %2) once their volumes are Healthy.</source>
        <translation>如果其磁盘已迁移到另一个节点：cstor-console follow-disks %1（窗口中的“跟随已迁移的磁盘…”）会把池指向那里。如果磁盘已丢失：请在其卷变为 Healthy 后将其副本移动到其他池（cstor-console drain %2）。</translation>
    </message>
    <message>
        <source>Check the pool pod and node %1; if the node is gone for good, move its replicas to other pools (cstor-console drain %1) once their volumes are Healthy. If the pool&apos;s disks were moved to another node, cstor-console follow-disks %2 (Follow moved disks… in the window) points the pool there.</source>
        <translation>请检查池 Pod 和节点 %1；如果该节点永久丢失，请在其卷变为 Healthy 后将其副本移动到其他池（cstor-console drain %1）。如果池的磁盘已迁移到另一个节点，cstor-console follow-disks %2（窗口中的“跟随已迁移的磁盘…”）会把池指向那里。</translation>
    </message>
</context>
<context>
    <name>Doctor::RefusedDrfRule</name>
    <message numerus="yes">
        <source>The target of volume %1 refused %n time(s) to lower its desired replication factor to %2 (FailUpdate: invalid changes).</source>
        <translation>
            <numerusform>卷 %1 的目标已 %n 次拒绝将其期望复制因子降低到 %2（FailUpdate: invalid changes）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability: the target keeps waiting for a replica that is no longer there; the volume&apos;s next scale-down stays stuck.</source>
        <translation>可用性：目标一直在等待一个已不存在的副本；卷的下一次缩容会一直卡住。</translation>
    </message>
    <message>
        <source>Restart the volume&apos;s target pod (kubectl delete pod -n %1 -l openebs.io/persistent-volume=%2,openebs.io/target=cstor-target): the restarted target reads the lower factor from the CV. I/O pauses while it restarts.</source>
        <translation>重启卷的目标 Pod（kubectl delete pod -n %1 -l openebs.io/persistent-volume=%2,openebs.io/target=cstor-target）：重启后的目标会从 CV 读取较低的因子。重启期间 I/O 会暂停。</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicaCountRule</name>
    <message>
        <source>Volume %1 has %2 Healthy replica(s) of the %3 it was provisioned with (its CVC lists %4 pool(s)).</source>
        <translation>卷 %1 在预配时的 %3 个副本中有 %2 个为 Healthy（其 CVC 列出了 %4 个池）。</translation>
    </message>
    <message>
        <source>Data: fewer copies than asked for; one more lost replica may take the volume Offline or lose it.</source>
        <translation>数据：副本数少于要求；再丢失一个副本可能使卷变为 Offline 或丢失该卷。</translation>
    </message>
    <message>
        <source>Add a pool of pool cluster %1 to the CVC: kubectl edit cvc %2 -n %3 and append a poolName to spec.policy.replicaPoolInfo; the new replica rebuilds from the Healthy ones.</source>
        <translation>向 CVC 添加池集群 %1 中的一个池：kubectl edit cvc %2 -n %3，并在 spec.policy.replicaPoolInfo 中追加一个 poolName；新副本会从 Healthy 副本重建。</translation>
    </message>
    <message>
        <source>Bring the pools or nodes of the replicas that are not Healthy back; if one is gone for good, move that replica to another pool (%1).</source>
        <translation>请恢复非 Healthy 副本所在的池或节点；如果某个已永久丢失，请将该副本移动到另一个池（%1）。</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted: cstor-console recover %2 (Recover volume… in the window) creates them again. Do not remove %1 from the CVC: the scale-down of a pool without a replica never ends.</source>
        <translation>池 %1 的副本已被删除：cstor-console recover %2（窗口中的“恢复卷…”）会重新创建它们。不要从 CVC 中移除 %1：没有副本的池的缩容永远不会结束。</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicaNotHealthyRule</name>
    <message>
        <source>(no phase)</source>
        <translation>（无阶段）</translation>
    </message>
    <message>
        <source>Replica %1 of volume %2 on pool %3 has been %4 for %5, longer than the %6 expected.</source>
        <translation>池 %3 上卷 %2 的副本 %1 已处于 %4 状态 %5，超过了预期的 %6。</translation>
    </message>
    <message>
        <source>Data: the volume has one Healthy copy fewer than it should until this replica is Healthy again.</source>
        <translation>数据：在此副本再次变为 Healthy 之前，卷的 Healthy 副本比应有的少一份。</translation>
    </message>
    <message>
        <source>Check pool %1 on node %2 and the replica&apos;s events. If the pool or node is gone for good, move the replica to another pool once the volume is Healthy: cstor-console migrate %3 --from %1 --to POOL.</source>
        <translation>请检查节点 %2 上的池 %1 以及该副本的事件。如果池或节点永久丢失，请在卷变为 Healthy 后将副本移动到另一个池：cstor-console migrate %3 --from %1 --to POOL。</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicasOnOneNodeRule</name>
    <message>
        <source>All %1 replicas of volume %2 sit on node %3.</source>
        <translation>卷 %2 的全部 %1 个副本都位于节点 %3 上。</translation>
    </message>
    <message>
        <source>Data and availability: losing node %1 loses every copy of the volume.</source>
        <translation>数据和可用性：丢失节点 %1 会丢失该卷的所有副本。</translation>
    </message>
    <message>
        <source>Move one replica to a pool on another node: %1.</source>
        <translation>将一个副本移动到另一个节点上的池：%1。</translation>
    </message>
</context>
<context>
    <name>Doctor::StuckScalingRule</name>
    <message>
        <source>no replica was created on %1</source>
        <translation>%1 上未创建副本</translation>
    </message>
    <message>
        <source>the new replica %1 is %2</source>
        <translation>新副本 %1 处于 %2</translation>
    </message>
    <message>
        <source>the target does not count replica %1 on %2 as Healthy (its pool or node may be down)</source>
        <translation>目标未将 %2 上的副本 %1 计为 Healthy（其池或节点可能已宕机）</translation>
    </message>
    <message>
        <source>the target refused the lower replication factor (FailUpdate &quot;are invalid changes&quot;)</source>
        <translation>目标拒绝了较低的复制因子（FailUpdate &quot;are invalid changes&quot;）</translation>
    </message>
    <message>
        <source>up</source>
        <translation>扩容</translation>
    </message>
    <message>
        <source>down</source>
        <translation>缩容</translation>
    </message>
    <message>
        <source>Volume %1 is scaling %2: its CVC&apos;s spec lists %3, its status %4.</source>
        <translation>卷 %1 正在%2：其 CVC 的 spec 列出 %3，status 列出 %4。</translation>
    </message>
    <message>
        <source>It waits because %1.</source>
        <translation>它在等待，因为%1。</translation>
    </message>
    <message>
        <source>Availability: no other change of this volume&apos;s placement is accepted until it ends; while the removed replica still exists its data is safe.</source>
        <translation>可用性：在其结束之前，不接受该卷的任何其他放置变更；只要被移除的副本仍然存在，其数据就是安全的。</translation>
    </message>
    <message>
        <source>Wait for the new replica to rebuild; if its pool is gone, remove that pool from the CVC again (kubectl edit cvc %1 -n %2).</source>
        <translation>等待新副本完成重建；如果其池已不存在，请再次从 CVC 中移除该池（kubectl edit cvc %1 -n %2）。</translation>
    </message>
    <message>
        <source>Bring back the node or pool of the replica the target does not count; if it is gone for good, put %1 back in the CVC&apos;s spec.policy.replicaPoolInfo (kubectl edit cvc %2 -n %3) so the volume keeps its copies, then replace the lost replica.</source>
        <translation>请恢复目标未计入的副本所在的节点或池；如果已永久丢失，请将 %1 放回 CVC 的 spec.policy.replicaPoolInfo（kubectl edit cvc %2 -n %3），使卷保留其副本，然后替换丢失的副本。</translation>
    </message>
    <message>
        <source>Volume %1 is scaling down: its CVC&apos;s spec lists %2, its status %3. The CVC controller cannot finish: the replica on %4 is already gone, so it fails &quot;failed to delete cstorvolumereplica : resource name may not be empty&quot; at every sync.</source>
        <translation>卷 %1 正在缩容：其 CVC 的 spec 列出 %2，status 列出 %3。CVC 控制器无法完成：%4 上的副本已不存在，因此每次同步都失败：&quot;failed to delete cstorvolumereplica : resource name may not be empty&quot;。</translation>
    </message>
    <message>
        <source>Availability: every later change of this volume&apos;s pools fails the same way until the status is right. No data is at risk: the removed replica is already gone.</source>
        <translation>可用性：在状态修正之前，此卷之后的每次池变更都会以同样方式失败。没有数据风险：被移除的副本已不存在。</translation>
    </message>
    <message>
        <source>Remove %1 from the CVC&apos;s status.poolInfo, as the controller would have (the kubectl patch below tests that the entry is still there). For a volume of three or more replicas its PodDisruptionBudget keeps the old pool set until the next change of its pools. The console&apos;s own moves make this repair themselves.</source>
        <translation>像控制器本应做的那样，从 CVC 的 status.poolInfo 中移除 %1（下面的 kubectl patch 会检查该条目仍在）。对于三个或更多副本的卷，其 PodDisruptionBudget 会保留旧的池集合，直到其池下次变更。控制台自己的迁移会自行完成此修复。</translation>
    </message>
</context>
<context>
    <name>Doctor::UnknownPoolRule</name>
    <message>
        <source>The CVC of volume %1 names pool(s) %2 that no CStorPoolInstance has.</source>
        <translation>卷 %1 的 CVC 指定了不存在对应 CStorPoolInstance 的池 %2。</translation>
    </message>
    <message>
        <source>Availability: the CVC stays scaling forever and refuses every other placement change of the volume.</source>
        <translation>可用性：CVC 会一直处于伸缩状态，并拒绝该卷的所有其他放置变更。</translation>
    </message>
    <message>
        <source>Replace the name by a pool of %3 (%4): cstor-console recover %1 picks the closest usable one and waits for its replica, or kubectl edit cvc %1 -n %2. The admission webhook refuses to remove the name while the scale-up is pending.</source>
        <translation>请将该名称替换为 %3 的一个池（%4）：cstor-console recover %1 会选出最接近的可用池并等待其副本，或使用 kubectl edit cvc %1 -n %2。在扩容挂起期间，准入 Webhook 会拒绝移除该名称。</translation>
    </message>
</context>
<context>
    <name>Doctor::VolumeQuorumRule</name>
    <message>
        <source>Volume %1 is Offline: its target counts %2 Healthy of %3 replicas and needs %4 to serve I/O.</source>
        <translation>卷 %1 处于 Offline：其目标统计到 %3 个副本中有 %2 个 Healthy，需要 %4 个才能处理 I/O。</translation>
    </message>
    <message>
        <source>Availability: applications using the volume get I/O errors. Data: removing or recreating a replica now can lose the newest writes.</source>
        <translation>可用性：使用该卷的应用会收到 I/O 错误。数据：现在移除或重建副本可能会丢失最新的写入。</translation>
    </message>
    <message>
        <source>Bring back the nodes and pools of its replicas (see the replicas&apos; pools); the target resumes once %1 replicas reconnect. Do not delete replicas. The console cannot restore quorum itself.</source>
        <translation>请恢复其副本所在的节点和池（参见副本的池）；一旦 %1 个副本重新连接，目标即恢复。不要删除副本。控制台本身无法恢复仲裁。</translation>
    </message>
    <message>
        <source>Volume %1 is Degraded: its target counts %2 Healthy of %3 replicas.</source>
        <translation>卷 %1 处于 Degraded：其目标统计到 %3 个副本中有 %2 个 Healthy。</translation>
    </message>
    <message numerus="yes">
        <source>Data and availability: it has fewer copies than it should; losing %n more replica(s) takes it Offline.</source>
        <translation>
            <numerusform>数据和可用性：其副本数少于应有数量；再丢失 %n 个副本将使其变为 Offline。</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the replica that is not Healthy and bring its pool or node back; if that node is gone for good, move the replica to another pool once the volume is Healthy again, or add a pool to the volume&apos;s CVC (kubectl edit cvc %1 -n %2, spec.policy.replicaPoolInfo).</source>
        <translation>找到非 Healthy 的副本并恢复其池或节点；如果该节点已永久丢失，请在卷再次变为 Healthy 后将副本移动到另一个池，或向卷的 CVC 添加一个池（kubectl edit cvc %1 -n %2，spec.policy.replicaPoolInfo）。</translation>
    </message>
</context>
<context>
    <name>DoctorVerb</name>
    <message>
        <source>The verb.</source>
        <translation>子命令。</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>未知的参数：%1</translation>
    </message>
    <message>
        <source>No problems found in %1 namespace.</source>
        <translation>在命名空间 %1 中未发现问题。</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>OBJECTS</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>RISK</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>FIX</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Checks the health of the cStor pools and volumes of a cluster and prints what is wrong, worst first: for each finding its severity, the objects, what it risks, the kubectl commands that show it and the fix.
Exit codes: 0 nothing at Warning or worse, 1 findings at Warning or worse (or the cluster could not be read, or cStor objects were skipped because they could not be read, each named on stderr), 2 usage error.</source>
        <translation>检查集群中 cStor 池和卷的健康状况，并按严重程度从高到低输出问题：每个发现项的严重程度、对象、风险、用于查看它的 kubectl 命令以及修复方法。
退出码：0 表示没有警告或更严重的问题，1 表示有警告或更严重的发现项（或无法读取集群，或有 cStor 对象因无法读取而被跳过，每个都在 stderr 上列出），2 表示用法错误。</translation>
    </message>
    <message numerus="yes">
        <source>error: %n object(s) skipped: they could not be read (see the warnings above); the rules did not check them</source>
        <translation>
            <numerusform>错误：跳过了 %n 个对象：无法读取（见上方警告）；规则未检查它们</numerusform>
        </translation>
    </message>
    <message>
        <source>Also warn of pools their capacity forecast puts at their read-only threshold within this time, e.g. 14d: asks the cluster&apos;s Prometheus for the pools&apos; history, as the forecast verb does.</source>
        <translation>同时对容量预测显示将在此时间内（例如 14d）达到只读阈值的池发出警告：与 forecast 动词一样，向集群的 Prometheus 查询池的历史。</translation>
    </message>
    <message>
        <source>--read-only-horizon takes a duration such as 7d, 14d or 2w, not &quot;%1&quot;</source>
        <translation>--read-only-horizon 需要 7d、14d 或 2w 这样的时长，而不是“%1”</translation>
    </message>
    <message>
        <source>warning: no capacity forecast, so no read-only dates to check: %1</source>
        <translation>警告：没有容量预测，因此没有可检查的只读日期：%1</translation>
    </message>
</context>
<context>
    <name>EvacuateVerb</name>
    <message>
        <source>error: node %1 is lost: its replicas cannot be moved off, only replaced; run `drain %1` on it alone first</source>
        <translation>错误：节点 %1 已丢失：其副本无法迁出，只能替换；请先单独对该节点运行 `drain %1`</translation>
    </message>
    <message>
        <source>The pools of %1 hold no replicas: nothing to move.
</source>
        <translation>%1 的池中没有副本：无需移动。
</translation>
    </message>
    <message>
        <source>Exit codes: 0 emptied (or nothing to change in a dry run), 1 refused, failed or not emptied, 2 usage error.</source>
        <translation>退出码：0 已清空（或试运行时无需更改），1 被拒绝、失败或未清空，2 用法错误。</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>动词。</translation>
    </message>
    <message>
        <source>Moves every cStor replica off the pools of a node: the same as evacuate --node NODE.
</source>
        <translation>将节点上各池中的所有 cStor 副本迁出：等同于 evacuate --node NODE。
</translation>
    </message>
    <message>
        <source>A lost node (NotReady or gone) is recovered instead: each volume with a replica there gets a new replica on another pool, rebuilt from its Healthy replicas; volumes with no Healthy replica left are reported as lost and left alone; once no volume uses the node&apos;s pools, the steps that remove the dead pool are printed.
</source>
        <translation>对于丢失的节点（NotReady 或已消失）则改为恢复：每个在该节点上有副本的卷在另一个池上获得新副本，从其 Healthy 副本重建；没有剩余 Healthy 副本的卷会被报告为丢失且不被改动；一旦没有卷再使用该节点的池，就打印移除失效池的步骤。
</translation>
    </message>
    <message>
        <source>The node to move replicas off.</source>
        <translation>要迁出副本的节点。</translation>
    </message>
    <message>
        <source>Moves every cStor replica off the pools of the nodes given with --node and off the pools given with --pool (a node going back to the vendor, a pool whose disks fail).
</source>
        <translation>将 --node 指定的节点上各池以及 --pool 指定的池中的所有 cStor 副本迁出（例如要退还给供应商的节点、磁盘出现故障的池）。
</translation>
    </message>
    <message>
        <source>A node whose pools to empty (repeat for several).</source>
        <translation>要清空其池的节点（可重复指定多个）。</translation>
    </message>
    <message>
        <source>A pool to empty (its CStorPoolInstance name; repeat for several).</source>
        <translation>要清空的池（其 CStorPoolInstance 名称；可重复指定多个）。</translation>
    </message>
    <message>
        <source>The node to drain is missing: drain NODE</source>
        <translation>缺少要排空的节点：drain NODE</translation>
    </message>
    <message>
        <source>Unknown argument: %1 (name nodes with --node, pools with --pool)</source>
        <translation>未知的参数：%1（用 --node 指定节点，用 --pool 指定池）</translation>
    </message>
    <message>
        <source>What to empty is missing: evacuate --node NODE... or --pool POOL...</source>
        <translation>缺少要清空的对象：evacuate --node NODE... 或 --pool POOL...</translation>
    </message>
    <message>
        <source>error: no cStor pool runs on a node named %1 in namespace &quot;%2&quot;</source>
        <translation>错误：命名空间“%2”中没有在名为 %1 的节点上运行的 cStor 池</translation>
    </message>
    <message>
        <source>error: no cStor pool named %1 in namespace &quot;%2&quot;</source>
        <translation>错误：命名空间“%2”中没有名为 %1 的 cStor 池</translation>
    </message>
    <message numerus="yes">
        <source>Evacuate %1: move %n replica(s), %2 to copy

</source>
        <translation>
            <numerusform>疏散 %1：移动 %n 个副本，需复制 %2

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) have nowhere to go:</source>
        <translation>
            <numerusform>%n 个副本无处可移：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error: refusing to evacuate %1: %n replica(s) have nowhere to go (%2). Add a pool on another node, or move or remove those replicas first.</source>
        <translation>
            <numerusform>错误：拒绝疏散 %1：%n 个副本无处可移（%2）。请在其他节点上添加池，或先移动或删除这些副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>error: refusing to evacuate %1: %2</source>
        <translation>错误：拒绝疏散 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>error: %1 still holds %n replica(s): %2</source>
        <translation>
            <numerusform>错误：%1 上仍有 %n 个副本：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans every move at once: each replica goes to the pool of its pool cluster with the most free space once the moves already planned land, never to a node that holds a replica of the same volume, never past a pool&apos;s read-only threshold, only to ONLINE, writable pools on live nodes, a clone only to a pool holding its source, and never beside a volume with the same openebs.io/replica-anti-affinity label. Shows the plan with each pool&apos;s capacity before and after, and asks unless --yes is given. The moves then run as a queue within the caps, and the verb waits until every move has ended (--wait is accepted and changes nothing); Ctrl-C pauses the queue: the moves running then finish and the others stay in the journal for `cstor-console queue resume`. Moves left running in the journal are resumed first; a plan is refused while the journal&apos;s queue holds moves waiting to start.
</source>
        <translation>一次规划所有移动：在已规划的移动落地后，每个副本都移到其池集群中可用空间最多的池；绝不移到持有同一卷副本的节点，绝不超过池的只读阈值，只移到存活节点上 ONLINE 且可写的池，克隆只移到持有其源的池，并且绝不与带有相同 openebs.io/replica-anti-affinity 标签的卷放在一起。显示计划及每个池移动前后的容量，并询问，除非指定了 --yes。随后这些移动在上限内以队列方式运行，该动词会等待所有移动结束（接受 --wait，但它不改变任何行为）；Ctrl-C 会暂停队列：当时正在运行的移动会完成，其余移动留在日志中，供 `cstor-console queue resume` 继续。日志中仍处于运行状态的移动会先被恢复；当日志的队列中有等待开始的移动时，新计划会被拒绝。
</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>EFFECT</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>HEALTHY LEFT</source>
        <translation>剩余健康数</translation>
    </message>
    <message>
        <source>REPLACEMENT</source>
        <translation>替代副本</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds replicas (another console moved some there, or a move failed): planning %n more move(s), round %2 of %3.
</source>
        <translation>
            <numerusform>%1 仍有副本（另一个控制台把一些副本移到了那里，或某个移动失败）：再规划 %n 个移动，第 %2 轮，共 %3 轮。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Not cordoned: %1. Cordon them (kubectl cordon NODE) so that no plan, of this console or another, puts replicas back on them.

</source>
        <translation>未封锁：%1。请封锁它们（kubectl cordon NODE），这样本控制台或其他控制台的任何计划都不会再把副本放回上面。

</translation>
    </message>
</context>
<context>
    <name>FollowDisksVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>仅显示计划；不做任何更改。</translation>
    </message>
    <message>
        <source>Do not ask before editing the CSPC.</source>
        <translation>修改 CSPC 前不询问。</translation>
    </message>
    <message>
        <source>Wait until the pool is ONLINE on its new node (always done; for scripts written for kubectl-like tools).</source>
        <translation>等待池在新节点上变为 ONLINE（总是如此；用于为类 kubectl 工具编写的脚本）。</translation>
    </message>
    <message>
        <source>The pool whose disks moved is missing: follow-disks POOL</source>
        <translation>缺少磁盘已迁移的池：follow-disks POOL</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>动词。</translation>
    </message>
    <message>
        <source>The pool (its CStorPoolInstance name).</source>
        <translation>池（其 CStorPoolInstance 名称）。</translation>
    </message>
    <message>
        <source>Pool %1 (node %2, CStorPoolCluster %3): %4
</source>
        <translation>池 %1（节点 %2，CStorPoolCluster %3）：%4
</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Disks: %1
</source>
        <translation>磁盘：%1
</translation>
    </message>
    <message>
        <source>Nothing to do: %1.
</source>
        <translation>无需操作：%1。
</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names node %2 already; following the pool there.
</source>
        <translation>CStorPoolCluster %1 已指向节点 %2；正在那里跟踪该池。
</translation>
    </message>
    <message>
        <source>Refused: %1.
</source>
        <translation>已拒绝：%1。
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>您可以：
</translation>
    </message>
    <message>
        <source>Point pool %1 at node %2, where all of its disks are.
</source>
        <translation>把池 %1 指向节点 %2，其全部磁盘都在那里。
</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (JSON patch): %2
</source>
        <translation>对 CStorPoolCluster %1 的修改（JSON patch）：%2
</translation>
    </message>
    <message>
        <source>Then the CSPC operator moves the pool&apos;s pod to %1, the pool is imported there and its replicas serve again; its label kubernetes.io/hostname is set to %1 last.
</source>
        <translation>随后 CSPC 运算符把池的 Pod 移到 %1，池在那里被导入，其副本重新提供服务；最后把其标签 kubernetes.io/hostname 设为 %1。
</translation>
    </message>
    <message>
        <source>pool %1 cannot be pointed at its disks; nothing was changed.</source>
        <translation>无法把池 %1 指向其磁盘所在位置；未做任何更改。</translation>
    </message>
    <message>
        <source>Brings back a cStor pool whose disks now sit on another node (its node was replaced by a new one, or the disks were moved): points the pool&apos;s spec in its CStorPoolCluster at the node that has all of its disks, guarded against a stale read, then follows the CSPC operator and the pool&apos;s import there until it is ONLINE, and sets the pool&apos;s kubernetes.io/hostname label. Another pool spec of the cluster that names a gone node, whose pool&apos;s disks sit together on another node, is pointed there in the same edit (the webhook refuses any edit while a pool spec names a gone node) and followed in turn. Refused, with what to do, when the disks are on several nodes, that node is not Ready, cordoned or has another pool of the cluster, or the cluster has a pool not provisioned or a pool spec naming a gone node whose pool cannot follow its disks. Run again to follow a pool under way. Shows the plan first and asks unless --yes is given.
Exit codes: 0 nothing to do or done, 1 refused, failed, or a dry run with an edit to make, 2 usage error.</source>
        <translation>恢复磁盘现在位于另一个节点上的 cStor 池（其节点被新节点替换，或磁盘被移动）：把池在其 CStorPoolCluster 中的 spec 指向拥有其全部磁盘的节点（防止基于过期读取的修改），然后跟踪 CSPC 运算符和池在该节点上的导入，直到池变为 ONLINE，并设置池的 kubernetes.io/hostname 标签。集群中另一个指向已消失节点的池 spec，如果其池的磁盘都在另一个节点上，会在同一次编辑中指向该节点（只要有池 spec 指向已消失的节点，webhook 就会拒绝任何编辑），并随后依次跟踪。当磁盘分布在多个节点上、该节点不是 Ready、已被封锁（cordon）或已有该集群的其他池，或集群中有未预配的池或指向已消失节点且其池无法跟随其磁盘的池 spec 时，拒绝执行并说明该怎么做。再次运行可跟踪进行中的池。先显示计划，除非给出 --yes，否则会询问。
退出码：0 无需操作或已完成，1 被拒绝、失败或仍有待做更改的试运行，2 用法错误。</translation>
    </message>
    <message>
        <source>In the same edit, point pool %1 (node %2, gone) at node %3, where all of its disks are: the webhook refuses any edit while a pool spec names a gone node.
</source>
        <translation>在同一次编辑中，将池 %1（节点 %2，已消失）指向节点 %3，其全部磁盘都在那里：只要有池 spec 指向已消失的节点，webhook 就会拒绝任何编辑。
</translation>
    </message>
    <message>
        <source>The same follows for each pool of the edit, in turn.
</source>
        <translation>编辑中的每个池依次进行同样的过程。
</translation>
    </message>
</context>
<context>
    <name>ForecastVerb</name>
    <message>
        <source>The verb.</source>
        <translation>动词。</translation>
    </message>
    <message>
        <source>Only the pools of this CStorPoolCluster.</source>
        <translation>仅限此 CStorPoolCluster 的池。</translation>
    </message>
    <message>
        <source>How far ahead to forecast, e.g. 7d, 30d, 90d (default 30d): later dates print as &quot;&gt; N days&quot;, and the pools that reach read-only within it are named on stderr.</source>
        <translation>预测的时间范围，例如 7d、30d、90d（默认 30d）：更晚的日期显示为“&gt; N 天”，在此范围内变为只读的池会在 stderr 上列出。</translation>
    </message>
    <message>
        <source>How much history to fit, e.g. 14d, 30d (default), 90d.</source>
        <translation>用于拟合的历史长度，例如 14d、30d（默认）、90d。</translation>
    </message>
    <message>
        <source>The cluster&apos;s Prometheus Service, instead of looking for it.</source>
        <translation>集群的 Prometheus Service，而不是去查找它。</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>未知的参数：%1</translation>
    </message>
    <message>
        <source>--horizon and --history take a duration such as 7d, 30d, 12w or 48h, not &quot;%1&quot;</source>
        <translation>--horizon 和 --history 需要 7d、30d、12w 或 48h 这样的时长，而不是“%1”</translation>
    </message>
    <message>
        <source>--prometheus: %1</source>
        <translation>--prometheus：%1</translation>
    </message>
    <message>
        <source>error: no CStorPoolInstances in namespace %1</source>
        <translation>错误：命名空间 %1 中没有 CStorPoolInstance</translation>
    </message>
    <message>
        <source>error: no CStorPoolInstances of CStorPoolCluster %1 in namespace %2</source>
        <translation>错误：命名空间 %2 中没有 CStorPoolCluster %1 的 CStorPoolInstance</translation>
    </message>
    <message>
        <source>error: no forecast: %1</source>
        <translation>错误：没有预测：%1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n pool(s) reach their read-only threshold within %1 days: %2</source>
        <translation>
            <numerusform>警告：%n 个池将在 %1 天内达到只读阈值：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: no forecast for %n pool(s): %1</source>
        <translation>
            <numerusform>警告：%n 个池没有预测：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>池</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>GROWTH/DAY</source>
        <translation>日增长</translation>
    </message>
    <message>
        <source>TO 80%</source>
        <translation>距 80%</translation>
    </message>
    <message>
        <source>TO READ-ONLY</source>
        <translation>距只读</translation>
    </message>
    <message>
        <source>POOL CLUSTER</source>
        <translation>池集群</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>STEPS IGNORED</source>
        <translation>忽略的阶跃</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>无历史</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecasts when each cStor pool reaches 80 % used and its read-only threshold (roThresholdLimit), soonest first, from the history the cluster&apos;s Prometheus keeps of the cStor pool exporters (openebs_used_pool_capacity, openebs_pool_size). Prometheus is reached through the API server&apos;s service proxy with the context&apos;s credentials; without --prometheus it is found as Lens finds it (%1). Without a history from Prometheus, the forecast falls back to the hourly samples the console&apos;s window keeps of this context and namespace while it runs (five weeks; 48 hours at least), and says so.
Method: %2: the growth is the mean of the hourly increments over the last whole weeks once the steps are taken out (a replica moved in or out arrives at once: it is a step, not growth); the range in brackets is where growth two standard errors faster or slower would put the date.
Exit codes: 0 forecasts made, 1 no history of these pools from Prometheus or kept by the console (or the cluster could not be read), 2 usage error.</source>
        <translation>根据集群的 Prometheus 保存的 cStor 池导出器历史（openebs_used_pool_capacity、openebs_pool_size），预测每个 cStor 池何时达到 80 % 使用率以及何时达到其只读阈值（roThresholdLimit），最早的在前。通过 API 服务器的服务代理、使用上下文的凭据访问 Prometheus；未指定 --prometheus 时，按 Lens 的方式查找它（%1）。如果 Prometheus 没有历史，预测会改用控制台窗口运行期间为此上下文和命名空间保存的每小时样本（五周；至少 48 小时），并说明这一点。
方法：%2：增长量是剔除阶跃后，最近若干个完整周内每小时增量的平均值（移入或移出的副本会一次性出现：这是阶跃，不是增长）；括号中的范围是增长快或慢两个标准误差时得出的日期。
退出码：0 已完成预测，1 Prometheus 和控制台保存的数据中都没有这些池的历史（或无法读取集群），2 用法错误。</translation>
    </message>
    <message>
        <source>note: the history is %1 of context %2, not Prometheus&apos;s: %3</source>
        <translation>注意：历史来自上下文 %2 的%1，而不是 Prometheus：%3</translation>
    </message>
    <message>
        <source>%1; and %2 cannot be read: %3</source>
        <translation>%1；并且无法读取 %2：%3</translation>
    </message>
</context>
<context>
    <name>GetVerb</name>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;: %3</source>
        <translation>警告：跳过 %1“%2”：%3</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>CSPC</source>
        <translation>CSPC</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>READONLY</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>PROVISIONED</source>
        <translation>已配置</translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>存在时间</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>池</translation>
    </message>
    <message>
        <source>ALLOCATED</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>DESIRED</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>CLAIM</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>动词。</translation>
    </message>
    <message>
        <source>%1 in namespace &quot;%2&quot;</source>
        <translation>命名空间“%2”中的 %1</translation>
    </message>
    <message>
        <source>No resources found in %1 namespace.</source>
        <translation>在 %1 命名空间中未找到资源。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>READONLY-AT</source>
        <translation>只读阈值</translation>
    </message>
    <message>
        <source>REPLICA-ID</source>
        <translation>副本ID</translation>
    </message>
    <message>
        <source>CLONE-OF</source>
        <translation>克隆自</translation>
    </message>
    <message>
        <source>RF/CF</source>
        <translation>RF/CF</translation>
    </message>
    <message>
        <source>POOLS</source>
        <translation>池</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>从</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>到</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>执行者</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>HEARD</source>
        <translation>最近响应</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SILENT</source>
        <translation>沉默</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>pools (CStorPoolInstances), replicas (CStorVolumeReplicas), volumes (CStorVolumeConfigs with their CStorVolumes) or moves (the %1 annotations of the CStorVolumeConfigs: who moves which replica, and when their console last renewed it).</source>
        <translation>pools（CStorPoolInstance）、replicas（CStorVolumeReplica）、volumes（CStorVolumeConfig 及其 CStorVolume）或 moves（CStorVolumeConfig 的 %1 注解：谁在移动哪个副本，以及其控制台最近一次续期的时间）。</translation>
    </message>
    <message>
        <source>What to get is missing: pools, replicas, volumes or moves.</source>
        <translation>缺少要获取的内容：pools、replicas、volumes 或 moves。</translation>
    </message>
    <message>
        <source>Cannot get &quot;%1&quot;: use pools, replicas, volumes or moves.</source>
        <translation>无法获取“%1”：请使用 pools、replicas、volumes 或 moves。</translation>
    </message>
    <message>
        <source>Lists the cStor pools, volume replicas or volumes of a cluster, or the replica moves consoles run on it.
Exit codes: 0 listed, 1 refused or failed, or objects skipped because they could not be read (each named on stderr with what is wrong; the others are listed), 2 usage error.</source>
        <translation>列出集群的 cStor 池、卷副本或卷，或各控制台在其上执行的副本移动。
退出码：0 表示已列出，1 表示被拒绝或失败，或有对象因无法读取而被跳过（每个都在 stderr 上列出并说明问题；其余的照常列出），2 表示用法错误。</translation>
    </message>
    <message numerus="yes">
        <source>error: %n object(s) skipped: they could not be read (see the warnings above); the list is incomplete</source>
        <translation>
            <numerusform>错误：跳过了 %n 个对象：无法读取（见上方警告）；列表不完整</numerusform>
        </translation>
    </message>
    <message>
        <source>PVC</source>
        <translation>PVC</translation>
    </message>
    <message>
        <source>USED-BY</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>warning: who uses the volumes is not known: %1</source>
        <translation>警告：无法得知卷的使用者：%1</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>  or:  %1 VERB [ARGUMENTS] [options]
</source>
        <translation>  或：  %1 VERB [ARGUMENTS] [options]
</translation>
    </message>
    <message>
        <source>Desktop console for OpenEBS cStor storage</source>
        <translation>OpenEBS cStor 存储的桌面控制台</translation>
    </message>
    <message>
        <source>Run on a built-in simulated cluster (no cluster needed; changes affect only the simulation).</source>
        <translation>在内置的模拟集群上运行（无需集群；更改只影响模拟）。</translation>
    </message>
    <message>
        <source>The kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).</source>
        <translation>kubeconfig 文件（默认：$KUBECONFIG，否则为 ~/.kube/config）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: the current one).</source>
        <translation>kubeconfig 上下文（默认：当前上下文）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (default: the context&apos;s, else openebs).</source>
        <translation>cStor 所在的命名空间（默认：上下文的命名空间，否则为 openebs）。</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>How fast time runs in the demo cluster (simulated seconds per second, default 5).</source>
        <translation>演示集群中时间流逝的速度（每秒模拟的秒数，默认为 5）。</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Save a picture of the window as FILE (PNG) once the cluster is shown, then exit.</source>
        <translation>集群显示后，将窗口截图保存为 FILE（PNG），然后退出。</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>未知的参数：%1</translation>
    </message>
    <message>
        <source>--demo-speed needs a number of 0 or more</source>
        <translation>--demo-speed 需要一个大于或等于 0 的数字</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>演示集群</translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>演示集群无法启动：%1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>The cluster was not shown within a minute; no picture.</source>
        <translation>集群未在一分钟内显示；未保存截图。</translation>
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
环境变量：
  KUBECONFIG
      kubeconfig 文件，以“:”分隔，按 kubectl 的方式合并；
      未指定 --kubeconfig 时使用。
  CSTOR_LANGUAGE
      要使用的语言（例如 de），优先于设置或系统语言。
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>
退出码：0 完成，1 被拒绝或失败，2 用法错误。
</translation>
    </message>
    <message>
        <source>error: the window needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set. Without one, use a verb: cstor-console get pools, cstor-console doctor, cstor-console --help.</source>
        <translation>错误：窗口需要显示器，但 DISPLAY 和 WAYLAND_DISPLAY 均未设置。没有显示器时请使用动词：cstor-console get pools、cstor-console doctor、cstor-console --help。</translation>
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
文件：
  ~/.kube/config
      --kubeconfig 和 KUBECONFIG 均未指定时使用的 kubeconfig。
  ~/.config/cstor-console/cstor-console.conf
      设置：每个上下文的窗口布局，在窗口中选择的
      kubeconfig。
  ~/.local/share/cstor-console/migrations.jsonl
      迁移日志，未完成的移动将从中恢复。
  ~/.local/share/cstor-console/audit.jsonl
      每次迁移、疏散和恢复的审计日志。
  ~/.local/share/cstor-console/recoveries.jsonl
      recover 所执行步骤的日志。
</translation>
    </message>
</context>
<context>
    <name>Items::ClaimedMoveListModel</name>
    <message>
        <source>Select a move started by another console</source>
        <translation>选择另一个控制台开始的移动</translation>
    </message>
    <message>
        <source>Its console was heard %1 ago; a move may be adopted once its console has been silent for %2 (or its process on this host is gone)</source>
        <translation>其控制台在 %1 前还有响应；控制台沉默 %2 后（或其在本机上的进程已消失）才可接管移动</translation>
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation>%1，pid %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>%1 ago (silent)</source>
        <translation>%1 前（沉默）</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>源池</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>目标池</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>移动者</translation>
    </message>
    <message>
        <source>Console (host, pid)</source>
        <translation>控制台（主机，pid）</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>最近响应</translation>
    </message>
</context>
<context>
    <name>Items::EventModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Items::FindingModel</name>
    <message>
        <source>%1

Risk: %2

Fix: %3</source>
        <translation>%1

风险：%2

修复：%3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Items::HealthRules</name>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Items::IoText</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 · %2 IOPS</source>
        <translation>%1 · %2 IOPS</translation>
    </message>
    <message>
        <source>no I/O known (the cluster&apos;s Prometheus has none of its exporter&apos;s series)</source>
        <translation>I/O 未知（集群的 Prometheus 中没有其导出器的任何序列）</translation>
    </message>
    <message>
        <source>read %1, write %2, %3 operations a second (the last hour)</source>
        <translation>读取 %1，写入 %2，每秒 %3 次操作（最近一小时）</translation>
    </message>
</context>
<context>
    <name>Items::KeptForecast</name>
    <message numerus="yes">
        <source>%1; and this console has kept %n hour(s) of its own samples of the pools, of the %2 a forecast needs</source>
        <translation>
            <numerusform>%1；并且此控制台只保存了 %n 小时的池样本，预测需要 %2 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Prometheus %1</source>
        <translation>Prometheus %1</translation>
    </message>
    <message>
        <source>this console&apos;s own hourly samples (not Prometheus: %1)</source>
        <translation>此控制台自己的每小时样本（不是 Prometheus：%1）</translation>
    </message>
    <message>
        <source>this console&apos;s own hourly samples</source>
        <translation>此控制台自己的每小时样本</translation>
    </message>
</context>
<context>
    <name>Items::MigrationListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Progress is an estimate: the new replica&apos;s used space against a healthy peer&apos;s, cross-checked with their snapshots.</source>
        <translation>进度为估算值：新副本的已用空间与健康对等副本的已用空间对比，并用两者的快照交叉核对。</translation>
    </message>
    <message>
        <source>~%1%</source>
        <translation>~%1%</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>已停滞</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>源池</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>目标池</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Progress (est.)</source>
        <translation>进度（估算）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>Items::NodeModel</name>
    <message>
        <source>Stale</source>
        <translation>过时</translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n 个不健康</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n 个正在重建</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>池</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
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
        <translation>（未报告）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 healthy of %2 provisioned replicas</source>
        <translation>%2 个已配置副本中 %1 个健康</translation>
    </message>
    <message>
        <source>The pool is read-only: it has reached its threshold of %1 % used, so its replicas accept no writes.</source>
        <translation>该池为只读：已达到 %1% 的使用阈值，其副本不再接受写入。</translation>
    </message>
    <message>
        <source>%1 used of %2 (read-only at %3 %)</source>
        <translation>已用 %1，共 %2（达到 %3% 时只读）</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>池</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Pool cluster</source>
        <translation>池集群</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>PoolLost: import fails</source>
        <translation>PoolLost：导入失败</translation>
    </message>
    <message>
        <source>The pool-manager on %1 fails to import this pool (condition PoolLost): its disks are gone or attached to another node. %2 is the last phase it wrote. The Health dock (Alt+9) says what to do.</source>
        <translation>%1 上的 pool-manager 无法导入此池（条件 PoolLost）：其磁盘已丢失或已连接到另一个节点。%2 是它最后写入的阶段。健康面板（Alt+9）会说明该怎么做。</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>Recent I/O of the pool&apos;s replicas: %1.</source>
        <translation>该池副本的近期 I/O：%1。</translation>
    </message>
    <message>
        <source>Busiest volumes: %1</source>
        <translation>最繁忙的卷：%1</translation>
    </message>
    <message>
        <source>No forecast yet: the history comes from the cluster&apos;s Prometheus.</source>
        <translation>尚无预测：历史数据来自集群的 Prometheus。</translation>
    </message>
    <message>
        <source>No forecast: %1</source>
        <translation>无预测：%1</translation>
    </message>
    <message>
        <source>No forecast for this pool: %1</source>
        <translation>此池无预测：%1</translation>
    </message>
    <message>
        <source>At or past its read-only threshold of %1 %.</source>
        <translation>已达到或超过其 %1 % 的只读阈值。</translation>
    </message>
    <message>
        <source>Read-only (%1 %) in about %2 days, between %3 and %4.</source>
        <translation>约 %2 天后（%3 至 %4 之间）变为只读（%1 %）。</translation>
    </message>
    <message>
        <source>Not growing: no read-only date.</source>
        <translation>未增长：没有只读日期。</translation>
    </message>
    <message>
        <source>Over 80 % used.</source>
        <translation>已用超过 80 %。</translation>
    </message>
    <message>
        <source>80 % used in about %1 days.</source>
        <translation>约 %1 天后已用 80 %。</translation>
    </message>
    <message numerus="yes">
        <source>Growth %1 a day over the last %n day(s) of history from %2 (%3; %4 step(s) from moves left out).</source>
        <translation>
            <numerusform>根据 %2 最近 %n 天的历史，每天增长 %1（%3；已剔除 %4 个由移动造成的阶跃）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Items::ReadOnlyDays</name>
    <message>
        <source>not growing</source>
        <translation>未增长</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message numerus="yes">
        <source>in ~%n day(s)</source>
        <translation>
            <numerusform>~%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&gt; %n day(s)</source>
        <translation>
            <numerusform>&gt; %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in ~%n day(s) (%1–%2)</source>
        <translation>
            <numerusform>~%n 天后（%1–%2）</numerusform>
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
        <translation>（新）</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · 过时</translation>
    </message>
    <message>
        <source>~%1 %</source>
        <translation>~%1%</translation>
    </message>
    <message>
        <source>%1 (+%2 pending)</source>
        <translation>%1（另有 %2 待定）</translation>
    </message>
    <message>
        <source>No status update since %1: the pool&apos;s node may be down, so the phase shown may no longer be true.</source>
        <translation>自 %1 起无状态更新：池所在节点可能已宕机，因此显示的阶段可能已不准确。</translation>
    </message>
    <message>
        <source>Estimated from the data copied so far against a healthy replica of the same volume; cStor reports no progress itself.</source>
        <translation>根据迄今已复制的数据与同一卷的一个健康副本对比估算；cStor 本身不报告进度。</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>池</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>已重建</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>Items::VolumeModel</name>
    <message>
        <source>(no target yet)</source>
        <translation>（尚无目标）</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>（未报告）</translation>
    </message>
    <message>
        <source>%1 of %2 healthy</source>
        <translation>%2 个中 %1 个健康</translation>
    </message>
    <message numerus="yes">
        <source>, %n rebuilding</source>
        <translation>
            <numerusform>，%n 个正在重建</numerusform>
        </translation>
    </message>
    <message>
        <source> (scaling %1 → %2)</source>
        <translation>（正在伸缩 %1 → %2）</translation>
    </message>
    <message>
        <source>Replication factor %1, desired %2, consistency factor %3; %4 replica objects seen</source>
        <translation>副本因子 %1，期望 %2，一致性因子 %3；已发现 %4 个副本对象</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>池</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Pool cluster</source>
        <translation>池集群</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>%1/%2: %3, not scheduled</source>
        <translation>%1/%2：%3，未调度</translation>
    </message>
    <message>
        <source>%1/%2 on %3: %4</source>
        <translation>%1/%2 位于 %3：%4</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Recent I/O of the volume at its target: %1.</source>
        <translation>该卷在其目标处的近期 I/O：%1。</translation>
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
        <translation>集群 %1：certificate-authority 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>user %1: client-certificate or client-key cannot be read</source>
        <translation>用户 %1：无法读取 client-certificate 或 client-key</translation>
    </message>
    <message>
        <source>user %1: x509: the client certificate has expired (it was valid until %2); renew it</source>
        <translation>用户 %1：x509：客户端证书已过期（有效期至 %2）；请续期</translation>
    </message>
</context>
<context>
    <name>Kube::ExecCredentials</name>
    <message>
        <source>user &quot;%1&quot;: command must be specified to use exec authentication plugin (users[].user.exec.command)</source>
        <translation>用户“%1”：使用 exec 认证插件必须指定 command（users[].user.exec.command）</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: apiVersion must be specified to use exec authentication plugin (users[].user.exec.apiVersion)</source>
        <translation>用户“%1”：使用 exec 认证插件必须指定 apiVersion（users[].user.exec.apiVersion）</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec plugin: invalid apiVersion &quot;%2&quot; (use %3 or %4)</source>
        <translation>用户“%1”：exec 插件：apiVersion“%2”无效（请使用 %3 或 %4）</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: interactiveMode must be specified to use exec authentication plugin with %2 (Never, IfAvailable or Always)</source>
        <translation>用户“%1”：以 %2 使用 exec 认证插件必须指定 interactiveMode（Never、IfAvailable 或 Always）</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: invalid interactiveMode &quot;%2&quot; for exec authentication plugin (Never, IfAvailable or Always)</source>
        <translation>用户“%1”：exec 认证插件的 interactiveMode“%2”无效（Never、IfAvailable 或 Always）</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: env variable name must be specified for exec authentication plugin</source>
        <translation>用户“%1”：必须为 exec 认证插件指定环境变量名称</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: %1</source>
        <translation>exec 插件：解码标准输出：%1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>exec 插件配置为使用 API 版本 %1，插件返回的版本为 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: kind is &quot;%1&quot;, not ExecCredential</source>
        <translation>exec 插件：解码标准输出：kind 为“%1”，而不是 ExecCredential</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation>exec 插件未返回 status 字段</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>exec 插件只返回了证书或密钥，而不是两者都有</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation>exec 插件未返回令牌或证书/密钥对</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: expirationTimestamp &quot;%1&quot; is not an RFC 3339 time</source>
        <translation>exec 插件：解码标准输出：expirationTimestamp“%1”不是 RFC 3339 时间</translation>
    </message>
</context>
<context>
    <name>Kube::ExecPlugin</name>
    <message>
        <source>user &quot;%1&quot;: the exec credential plugin %2 needs a terminal (interactiveMode: Always), which a desktop application does not have; sign in with the plugin in a terminal first, or set interactiveMode to IfAvailable or Never if it can work without one</source>
        <translation>用户“%1”：exec 凭据插件 %2 需要终端（interactiveMode: Always），而桌面应用程序没有终端；请先在终端中用该插件登录，或者如果它无需终端也能工作，将 interactiveMode 设为 IfAvailable 或 Never</translation>
    </message>
    <message>
        <source>exec: executable %1 not found</source>
        <translation>exec：未找到可执行文件 %1</translation>
    </message>
    <message>
        <source>exec: executable %1 not found (searched PATH=%2)</source>
        <translation>exec：未找到可执行文件 %1（已搜索 PATH=%2）</translation>
    </message>
    <message>
        <source>exec: executable %1 not found (searched PATH=%2 and the login shell&apos;s PATH=%3)</source>
        <translation>exec：未找到可执行文件 %1（已搜索 PATH=%2 和登录 shell 的 PATH=%3）</translation>
    </message>
    <message>
        <source>It looks like you are trying to use a client-go credential plugin that is not installed.</source>
        <translation>您似乎正在尝试使用未安装的 client-go 凭据插件。</translation>
    </message>
    <message>
        <source>exec: executable %1 could not be started: %2</source>
        <translation>exec：无法启动可执行文件 %1：%2</translation>
    </message>
    <message>
        <source>exec: executable %1 crashed%2</source>
        <translation>exec：可执行文件 %1 崩溃%2</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2%3</source>
        <translation>exec：可执行文件 %1 失败，退出码 %2%3</translation>
    </message>
    <message>
        <source>exec: executable %1 wrote more than %2 MB to its standard output, the limit for a credential; it was stopped</source>
        <translation>exec：可执行文件 %1 向标准输出写入了超过 %2 MB，超出凭据的上限；已将其停止</translation>
    </message>
    <message>
        <source>exec: executable %1 did not finish within %2 s (request timeout); it was stopped%3</source>
        <translation>exec：可执行文件 %1 未在 %2 秒内结束（请求超时）；已将其停止%3</translation>
    </message>
</context>
<context>
    <name>Kube::ExecPluginTrust</name>
    <message>
        <source>exec plugin %1 from %2 is not trusted: a kubeconfig&apos;s exec entry runs a program; trust it only if you know where the kubeconfig comes from</source>
        <translation>来自 %2 的 exec 插件 %1 不受信任：kubeconfig 的 exec 条目会运行一个程序；只有在您清楚该 kubeconfig 来源时才信任它</translation>
    </message>
    <message>
        <source>the kubeconfig</source>
        <translation>该 kubeconfig</translation>
    </message>
</context>
<context>
    <name>Kube::Informer</name>
    <message>
        <source>the watch of %1 sent an event larger than the limit of %2 MB</source>
        <translation>%1 的监视发送了一个超过 %2 MB 限制的事件</translation>
    </message>
    <message>
        <source>the watch of %1 sent a line that is not a JSON watch event: %2</source>
        <translation>%1 的监视发送了一行不是 JSON 监视事件的内容：%2</translation>
    </message>
    <message>
        <source>watch of %1 ended: %2</source>
        <translation>%1 的监视已结束：%2</translation>
    </message>
    <message>
        <source>the list of %1 is not a Kubernetes list: no array of items</source>
        <translation>%1 的列表不是 Kubernetes 列表：没有 items 数组</translation>
    </message>
</context>
<context>
    <name>Kube::KeychainStore</name>
    <message>
        <source>no keychain service (Secret Service) is running; start gnome-keyring or KWallet in this desktop session (tokens are never stored in a file instead): %1</source>
        <translation>没有正在运行的密钥环服务（Secret Service）；请在此桌面会话中启动 gnome-keyring 或 KWallet（令牌绝不会改为存储在文件中）：%1</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>没有 D-Bus 会话总线</translation>
    </message>
    <message>
        <source>no token is stored in the keychain for context &quot;%1&quot;</source>
        <translation>密钥环中没有为上下文“%1”存储令牌</translation>
    </message>
    <message>
        <source>the keychain refused access to the token of context &quot;%1&quot; (is the keyring locked?): %2</source>
        <translation>密钥环拒绝访问上下文“%1”的令牌（密钥环是否已锁定？）：%2</translation>
    </message>
    <message>
        <source>keychain error for context &quot;%1&quot; (is the login keyring missing or locked?): %2</source>
        <translation>上下文“%1”的密钥环错误（登录密钥环是否缺失或已锁定？）：%2</translation>
    </message>
</context>
<context>
    <name>Kube::Kubeconfig</name>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 必须是字符串</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 必须是列表</translation>
    </message>
    <message>
        <source>%1 must be a map</source>
        <translation>%1 必须是映射</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in %2</source>
        <translation>%2 中的名称“%1”重复</translation>
    </message>
    <message>
        <source>%1.%2 must be a map</source>
        <translation>%1.%2 必须是映射</translation>
    </message>
    <message>
        <source>stat %1: no such file or directory</source>
        <translation>stat %1：没有那个文件或目录</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <translation>加载配置文件“%1”时出错：%2</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: not a YAML mapping</source>
        <translation>加载配置文件“%1”时出错：不是 YAML 映射</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: line %2: %3</source>
        <translation>加载配置文件“%1”时出错：第 %2 行：%3</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked in %1)</source>
        <translation>未找到 kubeconfig（已在 %1 中查找）</translation>
    </message>
    <message>
        <source>current-context is not set in %1</source>
        <translation>%1 中未设置 current-context</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>上下文“%1”不存在</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: cluster &quot;%2&quot; is not defined (contexts[].context.cluster)</source>
        <translation>上下文“%1”：未定义集群“%2”（contexts[].context.cluster）</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: user &quot;%2&quot; is not defined (contexts[].context.user)</source>
        <translation>上下文“%1”：未定义用户“%2”（contexts[].context.user）</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: server is missing or not a URL</source>
        <translation>集群“%1”：server 缺失或不是 URL</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: certificate-authority-data and certificate-authority are both specified</source>
        <translation>集群“%1”：同时指定了 certificate-authority-data 和 certificate-authority</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: specifying a root certificates file (certificate-authority) with insecure-skip-tls-verify is not allowed</source>
        <translation>集群“%1”：不允许在指定根证书文件（certificate-authority）的同时使用 insecure-skip-tls-verify</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: certificate-authority</source>
        <translation>集群“%1”：certificate-authority</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (gcp) is not supported: it was removed from kubectl in 1.26; use the exec credential plugin gke-gcloud-auth-plugin instead (gcloud components install gke-gcloud-auth-plugin)</source>
        <translation>用户“%1”：不支持 auth-provider（gcp）：它已在 kubectl 1.26 中移除；请改用 exec 凭据插件 gke-gcloud-auth-plugin（gcloud components install gke-gcloud-auth-plugin）</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (azure) is not supported: it was removed from kubectl in 1.26; use the exec credential plugin kubelogin instead (kubelogin convert-kubeconfig)</source>
        <translation>用户“%1”：不支持 auth-provider（azure）：它已在 kubectl 1.26 中移除；请改用 exec 凭据插件 kubelogin（kubelogin convert-kubeconfig）</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (oidc) is not supported; use an exec credential plugin such as kubelogin (kubectl oidc-login) instead</source>
        <translation>用户“%1”：不支持 auth-provider（oidc）；请改用 exec 凭据插件，例如 kubelogin（kubectl oidc-login）</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (%2) is not supported; use an exec credential plugin instead</source>
        <translation>用户“%1”：不支持 auth-provider（%2）；请改用 exec 凭据插件</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: more than one authentication method found (token and username/password); only one is allowed</source>
        <translation>用户“%1”：找到多种认证方法（令牌和用户名/密码）；只允许一种</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-certificate</source>
        <translation>用户“%1”：client-certificate</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-key</source>
        <translation>用户“%1”：client-key</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-certificate and client-key must be given together</source>
        <translation>用户“%1”：必须同时指定 client-certificate 和 client-key</translation>
    </message>
    <message>
        <source>no context exists with the name: &quot;%1&quot;</source>
        <translation>不存在名为“%1”的上下文</translation>
    </message>
    <message>
        <source>cannot lock %1.lock: another program is writing the kubeconfig</source>
        <translation>无法锁定 %1.lock：另一个程序正在写入该 kubeconfig</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: document contains excessive aliasing</source>
        <translation>加载配置文件“%1”时出错：文档包含过多的别名</translation>
    </message>
    <message>
        <source>it is a %1 of apiVersion %2, not a kubeconfig (kind: Config, apiVersion: v1)</source>
        <translation>这是 apiVersion 为 %2 的 %1，不是 kubeconfig（kind: Config，apiVersion: v1）</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: larger than %2 MB, the limit for a kubeconfig</source>
        <translation>加载配置文件 &quot;%1&quot; 出错：超过 %2 MB，即 kubeconfig 的上限</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 MB, the limit for a certificate or key file</source>
        <translation>%1：%2 大于 %3 MB，即证书或密钥文件的上限</translation>
    </message>
</context>
<context>
    <name>Kube::ListBudget</name>
    <message numerus="yes">
        <source>the list of %1 is too large: its first %n page(s) come to more than the limit of %2 MB</source>
        <translation>
            <numerusform>%1 的列表过大：其前 %n 页已超过 %2 MB 的限制</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list of %1 does not end: the server gave page %n the continue token of an earlier page</source>
        <translation>
            <numerusform>%1 的列表没有尽头：服务器给第 %n 页的 continue 令牌与之前某页相同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kube::RestClient</name>
    <message>
        <source>x509: the server&apos;s certificate has expired</source>
        <translation>x509：服务器证书已过期</translation>
    </message>
    <message>
        <source>x509: the server&apos;s certificate is not valid for %1 (wrong host name)</source>
        <translation>x509：服务器证书对 %1 无效（主机名错误）</translation>
    </message>
    <message>
        <source>x509: certificate signed by unknown authority (check the cluster&apos;s certificate-authority)</source>
        <translation>x509：证书由未知机构签名（请检查集群的 certificate-authority）</translation>
    </message>
    <message>
        <source>refusing to send credentials over plain http to %1: use https</source>
        <translation>拒绝通过明文 http 向 %1 发送凭据：请使用 https</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (idle timeout)</source>
        <translation>%1 未在 %2 秒内响应监视（空闲超时）</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s (idle timeout)</source>
        <translation>%1 在 %2 秒内未发送任何内容（空闲超时）</translation>
    </message>
    <message>
        <source>the answer from %1 is too large: it announces %2 MB, more than the limit of %3 MB</source>
        <translation>来自 %1 的响应过大：声明为 %2 MB，超过 %3 MB 的限制</translation>
    </message>
    <message>
        <source>the answer from %1 is too large: more than the limit of %2 MB</source>
        <translation>来自 %1 的响应过大：超过 %2 MB 的限制</translation>
    </message>
    <message>
        <source>%1 did not complete its answer within %2 s (total timeout)</source>
        <translation>%1 未在 %2 秒内完成响应（总超时）</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2 (the server must speak TLS 1.2 or newer)</source>
        <translation>与 %1 的 TLS 握手失败：%2（服务器必须支持 TLS 1.2 或更高版本）</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON: is it a Kubernetes API server?</source>
        <translation>%1 以 %2 而非 JSON 响应：它是 Kubernetes API 服务器吗？</translation>
    </message>
    <message>
        <source>the answer from %1 is nested too deeply (more than 1024 levels)</source>
        <translation>来自 %1 的响应嵌套过深（超过 1024 层）</translation>
    </message>
    <message>
        <source>the answer from %1 is not valid JSON: %2 at byte %3</source>
        <translation>来自 %1 的响应不是有效的 JSON：%2，位于字节 %3</translation>
    </message>
    <message>
        <source>%1 redirected to %2 (HTTP %3): not followed, an API server does not redirect</source>
        <translation>%1 重定向到 %2（HTTP %3）：未跟随，API 服务器不会重定向</translation>
    </message>
    <message>
        <source>the server answered %1: %2</source>
        <translation>服务器响应 %1：%2</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (request timeout)</source>
        <translation>%1 未在 %2 秒内应答监视（请求超时）</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (total timeout)</source>
        <translation>%1 未在 %2 秒内应答监视（总超时）</translation>
    </message>
    <message>
        <source>%1 did not complete its answer within %2 s (request timeout)</source>
        <translation>%1 未在 %2 秒内完成应答（请求超时）</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: what it was decided on is no longer fresh</source>
        <translation>%1 %2 未发送：其决策所依据的数据已不再新鲜</translation>
    </message>
</context>
<context>
    <name>Kube::WatchWorker</name>
    <message>
        <source>listing the cluster&apos;s cStor objects</source>
        <translation>正在列出集群的 cStor 对象</translation>
    </message>
    <message>
        <source>the server refused the credentials (401 Unauthorized): %1</source>
        <translation>服务器拒绝了凭据（401 Unauthorized）：%1</translation>
    </message>
    <message>
        <source>no permission to list %1: %2</source>
        <translation>无权列出 %1：%2</translation>
    </message>
    <message>
        <source>the cluster serves no cStor resources (cstor.openebs.io/v1) in namespace %1: %2</source>
        <translation>集群在命名空间 %1 中未提供 cStor 资源（cstor.openebs.io/v1）：%2</translation>
    </message>
    <message>
        <source>the list of %1 holds items that are not objects</source>
        <translation>%1 的列表包含不是对象的条目</translation>
    </message>
    <message>
        <source>the server does not serve %1: %2</source>
        <translation>服务器不提供 %1：%2</translation>
    </message>
</context>
<context>
    <name>KubectlPlugin</name>
    <message>
        <source>kubectl cstor: OpenEBS cStor pools, volume replicas and volumes, and moves of replicas between them (cStor Console).

Usage: kubectl cstor VERB [ARGUMENTS] [options]

</source>
        <translation>kubectl cstor：OpenEBS cStor 池、卷副本和卷，以及它们之间的副本迁移（cStor Console）。

用法：kubectl cstor VERB [参数] [选项]

</translation>
    </message>
    <message>
        <source>
The window: cstor-console. Exit codes: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>
窗口：cstor-console。退出码：0 完成，1 被拒绝或失败，2 用法错误。
</translation>
    </message>
    <message>
        <source>error: a verb is missing: %1.</source>
        <translation>错误：缺少动词：%1。</translation>
    </message>
    <message>
        <source>error: unknown verb &quot;%1&quot;: use one of %2.</source>
        <translation>错误：未知动词“%1”：请使用 %2 之一。</translation>
    </message>
    <message>
        <source>See &quot;kubectl cstor --help&quot;.</source>
        <translation>参见“kubectl cstor --help”。</translation>
    </message>
</context>
<context>
    <name>LostNodeDrain</name>
    <message>
        <source>new replica on %1 (%2)</source>
        <translation>在 %1 (%2) 上的新副本</translation>
    </message>
    <message>
        <source>WAIT</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>NO ROOM</source>
        <translation>无空间</translation>
    </message>
    <message>
        <source>NO QUORUM</source>
        <translation>无法定数</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>已丢失</translation>
    </message>
    <message>
        <source>Node %1 is lost: %2. Its replicas cannot be moved off, only replaced from the Healthy replicas on other nodes.
</source>
        <translation>节点 %1 已丢失：%2。其副本无法迁出，只能从其他节点上的 Healthy 副本替换。
</translation>
    </message>
    <message>
        <source>a new replica on %1 fails its checks: %2</source>
        <translation>在 %1 上的新副本未通过检查：%2</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>REPLICA ON</source>
        <translation>副本所在</translation>
    </message>
    <message>
        <source>HEALTHY ELSEWHERE</source>
        <translation>其他处 Healthy</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No volume counts on a replica there.
</source>
        <translation>没有卷依赖那里的副本。
</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) cannot be brought back here:</source>
        <translation>
            <numerusform>%n 个卷无法在此恢复：</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume uses the pools of %1 any more. If the node is gone for good (if it comes back, its pools still hold these datasets), remove the dead pool by hand:</source>
        <translation>已没有卷使用 %1 的池。如果该节点已永久消失（若它回来，其池中仍保存这些数据集），请手动移除失效池：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>error: node %1 is not recovered: %n volume(s) still count on a replica there: %2</source>
        <translation>
            <numerusform>错误：节点 %1 未恢复：%n 个卷仍依赖那里的副本：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
</context>
<context>
    <name>MigrateVerb</name>
    <message>
        <source>Moves one replica of a cStor volume to another pool: adds the target pool to the volume, waits until the new replica and the volume are Healthy, then removes the source pool. Shows the plan first and asks unless --yes is given. It always waits until the move has ended (--wait is accepted and changes nothing); Ctrl-C before the old replica is removed rolls the move back. Moves left unfinished in the journal are resumed first.
Exit codes: 0 moved (or nothing to change in a dry run), 1 refused or failed, 2 usage error.</source>
        <translation>将 cStor 卷的一个副本移到另一个池：把目标池添加到卷，等待新副本和卷变为 Healthy，然后移除源池。先显示计划并询问，除非指定了 --yes。它始终等待移动结束（接受 --wait，但不改变任何行为）；在旧副本被移除前按 Ctrl-C 会回滚该移动。日志中未完成的移动会先被恢复。
退出码：0 已移动（或试运行时无需更改），1 被拒绝或失败，2 用法错误。</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>动词。</translation>
    </message>
    <message>
        <source>The volume (PV name, the name of its CStorVolumeConfig).</source>
        <translation>卷（PV 名称，即其 CStorVolumeConfig 的名称）。</translation>
    </message>
    <message>
        <source>The pool (CStorPoolInstance) holding the replica to move, or its node.</source>
        <translation>持有要移动副本的池（CStorPoolInstance），或其所在节点。</translation>
    </message>
    <message>
        <source>POOL|NODE</source>
        <translation>POOL|NODE</translation>
    </message>
    <message>
        <source>The target pool, or a node (its pool of the volume&apos;s pool cluster with the most free space).</source>
        <translation>目标池，或一个节点（该节点上属于卷的池集群、可用空间最多的池）。</translation>
    </message>
    <message>
        <source>Show the plan and ask the server to dry-run the change; change nothing.</source>
        <translation>显示计划，并请服务器对更改进行试运行；不做任何更改。</translation>
    </message>
    <message>
        <source>Do not ask before moving.</source>
        <translation>移动前不询问。</translation>
    </message>
    <message>
        <source>Wait until the move has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>等待移动结束（始终如此；用于为类 kubectl 工具编写的脚本）。</translation>
    </message>
    <message>
        <source>The volume to migrate is missing: migrate VOLUME --from POOL|NODE --to POOL|NODE</source>
        <translation>缺少要迁移的卷：migrate VOLUME --from POOL|NODE --to POOL|NODE</translation>
    </message>
    <message>
        <source>Both --from POOL|NODE and --to POOL|NODE are needed.</source>
        <translation>需要同时指定 --from POOL|NODE 和 --to POOL|NODE。</translation>
    </message>
    <message>
        <source>The move of %1 from %2 to %3 was already under way and is now done.
</source>
        <translation>%1 从 %2 到 %3 的移动此前已在进行，现已完成。
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Move a replica of %1
  from pool %2 on node %3
  to pool %4 on node %5
Steps: add the target pool (a new replica rebuilds from its peers), wait until the new replica and the volume are Healthy, remove the source pool (the old replica is deleted).

</source>
        <translation>移动 %1 的一个副本
  从节点 %3 上的池 %2
  到节点 %5 上的池 %4
步骤：添加目标池（新副本从其对等副本重建），等待新副本和卷变为 Healthy，移除源池（旧副本被删除）。

</translation>
    </message>
    <message>
        <source>error: refusing to move the replica: %1</source>
        <translation>错误：拒绝移动副本：%1</translation>
    </message>
    <message>
        <source>Moved the replica of %1 from %2 to %3.
</source>
        <translation>已将 %1 的副本从 %2 移到 %3。
</translation>
    </message>
</context>
<context>
    <name>Migration::ClaimKeeper</name>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
</context>
<context>
    <name>Migration::EvacuationPlanner</name>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>池 %1</translation>
    </message>
    <message>
        <source>removing it from %1 would destroy the replicas of %2 there; move or delete those clones first</source>
        <translation>从 %1 移除它会销毁该处 %2 的副本；请先移动或删除这些克隆</translation>
    </message>
    <message>
        <source>the volume&apos;s objects cannot all be read: %1</source>
        <translation>该卷的对象无法全部读取：%1</translation>
    </message>
</context>
<context>
    <name>Migration::JsonLinesFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Migration::MaintenanceWindow</name>
    <message>
        <source>&quot;%1&quot; is not a window of the day: write HH:MM-HH:MM, e.g. 22:00-06:00</source>
        <translation>“%1”不是一天中的时间窗口：请写成 HH:MM-HH:MM，例如 22:00-06:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a time that does not exist</source>
        <translation>“%1”指定了一个不存在的时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens and closes at the same minute; leave the window out to start moves at any time</source>
        <translation>“%1”的开始和结束在同一分钟；若要随时开始移动，请不要指定时间窗口</translation>
    </message>
</context>
<context>
    <name>Migration::MigrationEngine</name>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>accepted by the server</source>
        <translation>已被服务器接受</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>no migration %1</source>
        <translation>没有迁移 %1</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>在开始前已取消</translation>
    </message>
    <message>
        <source>the old replica is already being removed; the move can only finish</source>
        <translation>旧副本已在移除中；该移动只能完成</translation>
    </message>
    <message>
        <source>the migration has already ended</source>
        <translation>迁移已经结束</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>queued: waiting for a free slot</source>
        <translation>已排队：等待空闲槽位</translation>
    </message>
    <message>
        <source>waiting for the cluster view to show the new pool</source>
        <translation>正在等待集群视图显示新池</translation>
    </message>
    <message>
        <source>the volume %1 disappeared from the cluster</source>
        <translation>卷 %1 已从集群中消失</translation>
    </message>
    <message>
        <source>someone else removed %1 from the volume&apos;s pools; the source replica on %2 was kept</source>
        <translation>其他人已从卷的池中移除 %1；已保留 %2 上的源副本</translation>
    </message>
    <message>
        <source>someone else removed %1 from the volume&apos;s pools before the console did</source>
        <translation>其他人在控制台之前从卷的池中移除了 %1</translation>
    </message>
    <message>
        <source>rebuilding (stalled)</source>
        <translation>正在重建（已停滞）</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>正在重建</translation>
    </message>
    <message>
        <source>waiting for the volume to settle</source>
        <translation>正在等待卷稳定</translation>
    </message>
    <message>
        <source>removing the old replica</source>
        <translation>正在移除旧副本</translation>
    </message>
    <message>
        <source>adding the target pool</source>
        <translation>正在添加目标池</translation>
    </message>
    <message>
        <source>cstor-console: adding pool %1 to move the replica on %2</source>
        <translation>cstor-console：添加池 %1 以移动 %2 上的副本</translation>
    </message>
    <message>
        <source>cannot read the volume&apos;s CStorVolumeConfig: %1</source>
        <translation>无法读取卷的 CStorVolumeConfig：%1</translation>
    </message>
    <message>
        <source>adding the target pool was refused: %1</source>
        <translation>添加目标池被拒绝：%1</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>等待中：%1</translation>
    </message>
    <message>
        <source>cstor-console: replica on %1 is Healthy; removing pool %2</source>
        <translation>cstor-console：%1 上的副本已 Healthy；正在移除池 %2</translation>
    </message>
    <message>
        <source>removing the old replica was refused: %1; both replicas were kept</source>
        <translation>移除旧副本被拒绝：%1；两个副本均已保留</translation>
    </message>
    <message>
        <source>cancelled: removing the new replica on %1</source>
        <translation>已取消：正在移除 %1 上的新副本</translation>
    </message>
    <message>
        <source>rolling back: removing the new replica</source>
        <translation>正在回滚：移除新副本</translation>
    </message>
    <message>
        <source>cancelled; the new replica was removed and the source kept</source>
        <translation>已取消；新副本已移除，源副本已保留</translation>
    </message>
    <message>
        <source>cancelled; the source was kept and the new replica on %1 is being deleted (it goes once its pool manager confirms)</source>
        <translation>已取消；源副本已保留，%1 上的新副本正在删除（其池管理器确认后即删除）</translation>
    </message>
    <message>
        <source>rolling back: waiting for the scale-up to settle</source>
        <translation>正在回滚：等待扩容稳定</translation>
    </message>
    <message>
        <source>rolling back: %1</source>
        <translation>正在回滚：%1</translation>
    </message>
    <message>
        <source>the volume changed meanwhile; reading it again</source>
        <translation>卷在此期间已更改；正在重新读取</translation>
    </message>
    <message>
        <source>cstor-console: moving the replica from %1 to %2 ended %3</source>
        <translation>cstor-console：将副本从 %1 移到 %2 已结束：%3</translation>
    </message>
    <message>
        <source>waiting: the new replica on %1 is %2; the old replica stays until it is Healthy again</source>
        <translation>等待中：%1 上的新副本为 %2；在其重新变为 Healthy 之前保留旧副本</translation>
    </message>
    <message>
        <source>%1; but the volume target refused to lower its replica count and reports FailUpdate every 30 s until its pod restarts: restart the target pod of %2 at a quiet moment</source>
        <translation>%1；但卷目标拒绝降低其副本数，并在其 Pod 重启前每 30 秒报告 FailUpdate：请在空闲时重启 %2 的目标 Pod</translation>
    </message>
    <message>
        <source>rolling back: waiting for the volume target to take the lower replica count</source>
        <translation>正在回滚：等待卷目标接受较少的副本数</translation>
    </message>
    <message>
        <source>the old replica on %1 stays Terminating while its node %2 is lost</source>
        <translation>在节点 %2 丢失期间，%1 上的旧副本保持 Terminating</translation>
    </message>
    <message>
        <source>%1 to place %2</source>
        <translation>%1 移至第 %2 位</translation>
    </message>
    <message numerus="yes">
        <source>the console restarted with %n move(s) waiting; resume the queue to go on</source>
        <translation>
            <numerusform>控制台重启时有 %n 个移动在等待；恢复队列即可继续</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the volume to settle after another console&apos;s move</source>
        <translation>等待卷在另一个控制台的移动之后稳定下来</translation>
    </message>
    <message>
        <source>the replica is no longer on %1: another console moved it meanwhile</source>
        <translation>副本已不在 %1 上：另一个控制台在此期间移动了它</translation>
    </message>
    <message>
        <source>%1 no longer fits (%2); moving to %3 instead</source>
        <translation>%1 已不再合适（%2）；改为移动到 %3</translation>
    </message>
    <message>
        <source>another console finished this move</source>
        <translation>另一个控制台完成了此移动</translation>
    </message>
    <message>
        <source>waiting: cannot claim the volume: %1</source>
        <translation>等待中：无法占用该卷：%1</translation>
    </message>
    <message>
        <source>taken over by another console, which finishes it: %1</source>
        <translation>已被另一个控制台接管，由它完成：%1</translation>
    </message>
    <message>
        <source>no volume %1</source>
        <translation>没有卷 %1</translation>
    </message>
    <message>
        <source>the move of %1 changed meanwhile; look again</source>
        <translation>%1 的移动在此期间已改变；请重新查看</translation>
    </message>
    <message>
        <source>this console already runs the move of %1</source>
        <translation>本控制台已在执行 %1 的移动</translation>
    </message>
    <message>
        <source>%1 no longer lists %2: the move is not under way</source>
        <translation>%1 已不再列出 %2：该移动并未在进行</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>已接管</translation>
    </message>
    <message>
        <source>adopted from %1</source>
        <translation>接管自 %1</translation>
    </message>
    <message>
        <source>waiting for the change of the volume&apos;s pools under way to finish</source>
        <translation>正在等待卷的池正在进行的变更完成</translation>
    </message>
    <message>
        <source>the replica is no longer on %1 and the volume lists %2 of its %3 pools</source>
        <translation>副本已不在 %1 上，卷列出了其 %3 个池中的 %2 个</translation>
    </message>
    <message>
        <source>waiting: %1; reading the volume again</source>
        <translation>等待中：%1；正在重新读取卷</translation>
    </message>
    <message>
        <source>the CVC controller could not finish removing pool %1 (its replica was already gone): removed it from the CStorVolumeConfig&apos;s status</source>
        <translation>CVC 控制器无法完成移除池 %1（其副本已不存在）：已将其从 CStorVolumeConfig 的状态中移除</translation>
    </message>
    <message>
        <source>cstor-console: the CVC controller could not finish removing pool %1 (its replica was already gone); removed it from status.poolInfo</source>
        <translation>cstor-console：CVC 控制器无法完成移除池 %1（其副本已不存在）；已将其从 status.poolInfo 中移除</translation>
    </message>
    <message>
        <source>the old replica is gone, but the volume&apos;s CStorVolumeConfig still lists %1 in its status</source>
        <translation>旧副本已不存在，但卷的 CStorVolumeConfig 状态中仍列出 %1</translation>
    </message>
</context>
<context>
    <name>Migration::MoveClaim</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>a console on %1</source>
        <translation>%1 上的一个控制台</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <source>%1 moves the replica on %2 to %3 (%4)</source>
        <translation>%1 正在把 %2 上的副本移动到 %3（%4）</translation>
    </message>
    <message>
        <source>%1, started %2 ago, last heard %3 ago</source>
        <translation>%1，%2 前开始，最近一次响应在 %3 前</translation>
    </message>
</context>
<context>
    <name>Migration::MoveResolver</name>
    <message>
        <source>no volume named %1 (no CStorVolumeConfig)</source>
        <translation>没有名为 %1 的卷（没有 CStorVolumeConfig）</translation>
    </message>
    <message>
        <source>%1 has no replica on a pool or node named %2</source>
        <translation>%1 在名为 %2 的池或节点上没有副本</translation>
    </message>
    <message>
        <source>no pool of %1 named %2 or on a node named %2</source>
        <translation>%1 没有名为 %2 或位于名为 %2 的节点上的池</translation>
    </message>
</context>
<context>
    <name>Migration::NameSuggestions</name>
    <message>
        <source>; did you mean %1?</source>
        <translation>；您是指 %1 吗？</translation>
    </message>
</context>
<context>
    <name>Migration::NodeLossImpact</name>
    <message>
        <source>If %1 is lost now, no volume loses anything: it holds no replica.</source>
        <translation>如果现在失去 %1，任何卷都不会有损失：它上面没有副本。</translation>
    </message>
    <message>
        <source>If %1 is lost now: %2 volume(s) lose a replica and keep serving, %3 lose quorum (Offline until it returns), %4 lose their only Healthy copy.</source>
        <translation>如果现在失去 %1：%2 个卷会失去一个副本但继续提供服务，%3 个卷会失去仲裁（在其恢复前处于 Offline），%4 个卷会失去其唯一的 Healthy 副本。</translation>
    </message>
    <message>
        <source>loses its data</source>
        <translation>丢失数据</translation>
    </message>
    <message>
        <source>loses quorum</source>
        <translation>失去仲裁</translation>
    </message>
    <message>
        <source>loses a replica</source>
        <translation>失去一个副本</translation>
    </message>
    <message>
        <source>no Healthy replica on another node: its data would be gone with %1</source>
        <translation>其他节点上没有 Healthy 副本：其数据会随 %1 一起丢失</translation>
    </message>
    <message>
        <source>%1 Healthy of %2 replica(s) left, %3 needed: Offline (no I/O, no rebuild) until %4 returns</source>
        <translation>%2 个副本中剩余 %1 个 Healthy，需要 %3 个：在 %4 恢复之前处于 Offline（无 I/O，无重建）</translation>
    </message>
    <message>
        <source>%1 Healthy of %2 replica(s) left: Degraded, serving I/O</source>
        <translation>%2 个副本中剩余 %1 个 Healthy：Degraded，仍处理 I/O</translation>
    </message>
    <message>
        <source>%1; once it is back, a replacement could rebuild on %2</source>
        <translation>%1；节点恢复后，可在 %2 上重建替代副本</translation>
    </message>
    <message>
        <source>%1; a replacement could rebuild on %2</source>
        <translation>%1；可在 %2 上重建替代副本</translation>
    </message>
    <message>
        <source>no pool can take a replacement</source>
        <translation>没有池可以容纳替代副本</translation>
    </message>
    <message>
        <source>no replacement: %1</source>
        <translation>无替代副本：%1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
</context>
<context>
    <name>Migration::Placement</name>
    <message>
        <source>every other pool of %1 is on a node that holds a replica of %2</source>
        <translation>%1 的其他池都位于持有 %2 副本的节点上</translation>
    </message>
    <message>
        <source>no pool of %1 on another node is ONLINE, writable and on a live node</source>
        <translation>%1 在其他节点上没有 ONLINE、可写且位于存活节点上的池</translation>
    </message>
    <message>
        <source>%1 is a clone of %2: only a pool holding a replica of %2 can take it, and none is free on another node</source>
        <translation>%1 是 %2 的克隆：只有持有 %2 副本的池才能接收它，而其他节点上没有空闲的此类池</translation>
    </message>
    <message>
        <source>every pool left holds a volume with the same %1 label (%2)</source>
        <translation>剩余的每个池都持有带相同 %1 标签（%2）的卷</translation>
    </message>
    <message>
        <source>below %1 %</source>
        <translation>低于 %1%</translation>
    </message>
    <message>
        <source>below its read-only threshold</source>
        <translation>低于其只读阈值</translation>
    </message>
    <message>
        <source>no pool on another node of %1 has %2 free %3</source>
        <translation>%1 在其他节点上没有池有 %2 可用空间（%3）</translation>
    </message>
    <message>
        <source>no pool of %1 may take it</source>
        <translation>%1 中没有池可以接收它</translation>
    </message>
    <message>
        <source>%1 has no pool outside the ones being emptied and those on cordoned nodes</source>
        <translation>%1 除了正在清空的池和已封锁节点上的池之外没有其他池</translation>
    </message>
</context>
<context>
    <name>Migration::PlanDuration</name>
    <message numerus="yes">
        <source>%1, measured over %n move(s) on this cluster</source>
        <translation>
            <numerusform>%1，基于此集群上 %n 次移动测得</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, assumed: no move measured on this cluster yet</source>
        <translation>%1，为假定值：此集群上尚未测量过任何移动</translation>
    </message>
    <message>
        <source>about %1 (%2)</source>
        <translation>约 %1（%2）</translation>
    </message>
    <message>
        <source>%1 MiB/s per move</source>
        <translation>每次移动 %1 MiB/s</translation>
    </message>
</context>
<context>
    <name>Migration::Preflight</name>
    <message>
        <source>Volume exists</source>
        <translation>卷存在</translation>
    </message>
    <message>
        <source>CStorVolumeConfig %1 found</source>
        <translation>已找到 CStorVolumeConfig %1</translation>
    </message>
    <message>
        <source>No CStorVolumeConfig named %1</source>
        <translation>没有名为 %1 的 CStorVolumeConfig</translation>
    </message>
    <message>
        <source>Volume is Bound</source>
        <translation>卷已绑定（Bound）</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 为 %2</translation>
    </message>
    <message>
        <source>(no phase)</source>
        <translation>（无阶段）</translation>
    </message>
    <message>
        <source>No other scaling in progress</source>
        <translation>没有其他伸缩正在进行</translation>
    </message>
    <message>
        <source>spec lists %1 but status lists %2: wait until that change finishes</source>
        <translation>spec 列出 %1，但 status 列出 %2：请等待该更改完成</translation>
    </message>
    <message>
        <source>spec and status list the same pools</source>
        <translation>spec 和 status 列出相同的池</translation>
    </message>
    <message>
        <source>Source pool holds a replica</source>
        <translation>源池持有副本</translation>
    </message>
    <message>
        <source>%1 holds a replica of %2</source>
        <translation>%1 持有 %2 的副本</translation>
    </message>
    <message>
        <source>%1 holds no replica of %2</source>
        <translation>%1 不持有 %2 的副本</translation>
    </message>
    <message>
        <source>Target pool exists</source>
        <translation>目标池存在</translation>
    </message>
    <message>
        <source>%1 on node %2</source>
        <translation>%1 位于节点 %2</translation>
    </message>
    <message>
        <source>There is no pool named %1: a missing pool leaves the volume stuck in scaling</source>
        <translation>没有名为 %1 的池：缺失的池会让卷卡在伸缩状态</translation>
    </message>
    <message>
        <source>Target pool is in the volume&apos;s pool cluster</source>
        <translation>目标池属于卷的池集群</translation>
    </message>
    <message>
        <source>both in %1</source>
        <translation>均在 %1 中</translation>
    </message>
    <message>
        <source>%1 belongs to %2, the volume to %3</source>
        <translation>%1 属于 %2，而卷属于 %3</translation>
    </message>
    <message>
        <source>Target pool is ONLINE</source>
        <translation>目标池为 ONLINE</translation>
    </message>
    <message>
        <source>Target pool is writable</source>
        <translation>目标池可写</translation>
    </message>
    <message>
        <source>%1 is read-only (pool full)</source>
        <translation>%1 为只读（池已满）</translation>
    </message>
    <message>
        <source>%1 is not read-only</source>
        <translation>%1 不是只读</translation>
    </message>
    <message>
        <source>Target node holds no replica of the volume</source>
        <translation>目标节点不持有该卷的副本</translation>
    </message>
    <message>
        <source>node %1 has none</source>
        <translation>节点 %1 没有</translation>
    </message>
    <message>
        <source>node %1 already holds a replica of %2 on %3</source>
        <translation>节点 %1 已在 %3 上持有 %2 的副本</translation>
    </message>
    <message>
        <source>Target pool has room for the replica</source>
        <translation>目标池有足够空间容纳副本</translation>
    </message>
    <message>
        <source>needs %1, %2 free</source>
        <translation>需要 %1，可用 %2</translation>
    </message>
    <message>
        <source>Target pool stays below its read-only threshold</source>
        <translation>目标池保持在只读阈值以下</translation>
    </message>
    <message>
        <source>%1% used after the move, read-only at %2%</source>
        <translation>移动后已用 %1%，达到 %2% 时只读</translation>
    </message>
    <message>
        <source>Volume is Healthy</source>
        <translation>卷为 Healthy</translation>
    </message>
    <message>
        <source>%1 is %2; the old replica is removed only once it is Healthy</source>
        <translation>%1 为 %2；只有在其变为 Healthy 后才会移除旧副本</translation>
    </message>
    <message>
        <source>no CStorVolume %1 seen yet</source>
        <translation>尚未发现 CStorVolume %1</translation>
    </message>
    <message>
        <source>You may change the volume&apos;s placement</source>
        <translation>您可以更改卷的放置</translation>
    </message>
    <message>
        <source>allowed to patch cstorvolumeconfigs</source>
        <translation>允许 patch cstorvolumeconfigs</translation>
    </message>
    <message>
        <source>your user may not patch cstorvolumeconfigs</source>
        <translation>您的用户不能 patch cstorvolumeconfigs</translation>
    </message>
    <message>
        <source>spec and status pool lists differ</source>
        <translation>spec 和 status 的池列表不同</translation>
    </message>
    <message>
        <source>New replica is Healthy</source>
        <translation>新副本为 Healthy</translation>
    </message>
    <message>
        <source>no replica of %1 on %2 yet</source>
        <translation>%2 上尚无 %1 的副本</translation>
    </message>
    <message>
        <source>no CStorVolume %1 seen</source>
        <translation>未发现 CStorVolume %1</translation>
    </message>
    <message>
        <source>The volume target counts the new replica</source>
        <translation>卷目标已计入新副本</translation>
    </message>
    <message>
        <source>replicationFactor %1, desired %2</source>
        <translation>replicationFactor %1，期望 %2</translation>
    </message>
    <message>
        <source>Every remaining replica is Healthy</source>
        <translation>其余所有副本均为 Healthy</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy replica(s) remain</source>
        <translation>
            <numerusform>剩余 %n 个健康副本</numerusform>
        </translation>
    </message>
    <message>
        <source>not Healthy: %1</source>
        <translation>不健康：%1</translation>
    </message>
    <message>
        <source>A healthy replica remains</source>
        <translation>仍有一个健康副本</translation>
    </message>
    <message>
        <source>removing %1 would leave no healthy replica of %2</source>
        <translation>移除 %1 将使 %2 没有健康副本</translation>
    </message>
    <message>
        <source>%1 (clone of %2 from snapshot %3)</source>
        <translation>%1（从快照 %3 创建的 %2 的克隆）</translation>
    </message>
    <message>
        <source>No clone of the volume would lose its replica on the source pool</source>
        <translation>卷的任何克隆都不会丢失其在源池上的副本</translation>
    </message>
    <message>
        <source>no clone of %1 has a replica on %2</source>
        <translation>%1 的克隆在 %2 上均没有副本</translation>
    </message>
    <message>
        <source>removing %1 from %2 destroys its snapshots with the replicas on %2 of: %3</source>
        <translation>从 %2 移除 %1 会销毁其快照以及 %2 上以下卷的副本：%3</translation>
    </message>
    <message>
        <source>A Healthy replica to copy from</source>
        <translation>可供复制的 Healthy 副本</translation>
    </message>
    <message numerus="yes">
        <source>%n Healthy replica(s) of %1 to rebuild the new one from</source>
        <translation>
            <numerusform>%1 有 %n 个 Healthy 副本可用于重建新副本</numerusform>
        </translation>
    </message>
    <message>
        <source>no replica of %1 is Healthy as its target counts them: a new replica has nothing to copy from and the volume&apos;s data may be lost (see cstor-console doctor)</source>
        <translation>按其目标统计，%1 没有 Healthy 副本：新副本没有可复制的来源，卷的数据可能已丢失（参见 cstor-console doctor）</translation>
    </message>
    <message>
        <source>No other move of this volume</source>
        <translation>该卷没有其他移动</translation>
    </message>
    <message>
        <source>no console has claimed %1 for a move</source>
        <translation>没有控制台为移动占用 %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Every object of the volume can be read</source>
        <translation>该卷的每个对象都可读取</translation>
    </message>
    <message>
        <source>the CStorVolumeConfig, CStorVolume and replicas of %1 seen so far all decode</source>
        <translation>目前看到的 %1 的 CStorVolumeConfig、CStorVolume 和副本均可解码</translation>
    </message>
    <message>
        <source>not read: %1. Without it the checks cannot tell where the volume&apos;s replicas are or whether they are Healthy; fix the object (kubectl edit) and try again</source>
        <translation>未读取：%1。缺少它，检查无法判断该卷的副本在哪里、是否为 Healthy；请修正该对象（kubectl edit）后重试</translation>
    </message>
</context>
<context>
    <name>Migration::QueueProgress</name>
    <message numerus="yes">
        <source>%1 of %n move(s) done, %2 running, %3 waiting, %4 failed</source>
        <translation>
            <numerusform>已完成 %1/%n 个移动，%2 个运行中，%3 个等待中，%4 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 copied</source>
        <translation>已复制 %1 / %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
</context>
<context>
    <name>Migration::QueueSettings</name>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>已暂停：%1</translation>
    </message>
    <message>
        <source>waiting for the maintenance window %1 (opens %2)</source>
        <translation>正在等待维护窗口 %1（%2 开始）</translation>
    </message>
</context>
<context>
    <name>Migration::RebalancePlanner</name>
    <message>
        <source>its node %1 is lost</source>
        <translation>其节点 %1 已丢失</translation>
    </message>
    <message>
        <source>it fails to import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>处于 %1 状态</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>为只读</translation>
    </message>
    <message>
        <source>it reports no capacity</source>
        <translation>未报告容量</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is left out as %3; its %n replica(s) stay</source>
        <translation>
            <numerusform>%1：%2 因%3而被排除；其 %n 个副本保留</numerusform>
        </translation>
    </message>
    <message>
        <source>no replica of %1 is Healthy to copy from</source>
        <translation>%1 没有可供复制的 Healthy 副本</translation>
    </message>
    <message>
        <source>removing it from %1 would destroy the replicas of %2 there</source>
        <translation>从 %1 移除它会销毁该处 %2 的副本</translation>
    </message>
    <message>
        <source>no pool of %1 may take it</source>
        <translation>%1 中没有池可以接收它</translation>
    </message>
    <message>
        <source>the emptiest pool it may go to, %1, would reach %2 %, no less than the %3 % left on %4</source>
        <translation>它可去的最空的池 %1 将达到 %2%，不低于 %4 上剩余的 %3%</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %) holds no replica left to move</source>
        <translation>%1：%2（%3%）上已没有可移动的副本</translation>
    </message>
    <message>
        <source>%1: no replica of %2 (%3 %) can move to a pool that stays below it; %4</source>
        <translation>%1：%2（%3%）的副本都无法移到仍低于它的池；%4</translation>
    </message>
    <message>
        <source>the cluster has no pool</source>
        <translation>集群中没有池</translation>
    </message>
    <message>
        <source>no pool belongs to pool cluster %1</source>
        <translation>没有池属于池集群 %1</translation>
    </message>
    <message>
        <source>the volume&apos;s objects cannot all be read: %1</source>
        <translation>该卷的对象无法全部读取：%1</translation>
    </message>
</context>
<context>
    <name>Migration::ReplicaHealth</name>
    <message>
        <source>being deleted</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <source>no phase yet</source>
        <translation>尚无阶段</translation>
    </message>
    <message>
        <source>node %1 is lost</source>
        <translation>节点 %1 已丢失</translation>
    </message>
    <message>
        <source>the volume target does not list it</source>
        <translation>卷目标未列出它</translation>
    </message>
    <message>
        <source>the volume target reports it %1</source>
        <translation>卷目标报告其为 %1</translation>
    </message>
    <message>
        <source>the volume target counts no replica Healthy</source>
        <translation>卷目标未将任何副本计为 Healthy</translation>
    </message>
</context>
<context>
    <name>MigrationSession</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>cannot watch the cStor resources of namespace &quot;%1&quot;: %2</source>
        <translation>无法监视命名空间“%1”的 cStor 资源：%2</translation>
    </message>
    <message>
        <source>the cluster of context &quot;%1&quot; (%2) did not answer within %3 s%4</source>
        <translation>上下文“%1”的集群（%2）未在 %3 秒内响应%4</translation>
    </message>
    <message>
        <source>warning: cannot tell whether user &quot;%1&quot; may patch cstorvolumeconfigs (%2); the server decides</source>
        <translation>警告：无法确定用户“%1”是否可以 patch cstorvolumeconfigs（%2）；由服务器决定</translation>
    </message>
    <message>
        <source>error: Forbidden: user &quot;%1&quot; (context &quot;%2&quot;) may not patch cstorvolumeconfigs in namespace &quot;%3&quot;, so no replica can be moved</source>
        <translation>错误：Forbidden：用户“%1”（上下文“%2”）不能在命名空间“%3”中 patch cstorvolumeconfigs，因此无法移动任何副本</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for patch rights on cstorvolumeconfigs.cstor.openebs.io or choose another context with --context.</source>
        <translation>请向集群管理员申请 cstorvolumeconfigs.cstor.openebs.io 的 patch 权限，或用 --context 选择其他上下文。</translation>
    </message>
    <message numerus="yes">
        <source>Note: the journal holds %n unfinished migration(s); the next migrate or drain resumes them first:</source>
        <translation>
            <numerusform>注意：日志中有 %n 个未完成的迁移；下一次 migrate 或 drain 会先恢复它们：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n unfinished migration(s) from the journal first:</source>
        <translation>
            <numerusform>先从日志恢复 %n 个未完成的迁移：</numerusform>
        </translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>池</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>USED BEFORE</source>
        <translation>移动前已用</translation>
    </message>
    <message>
        <source>USED AFTER</source>
        <translation>移动后已用</translation>
    </message>
    <message>
        <source>READ-ONLY AT</source>
        <translation>只读阈值</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>crosses its read-only threshold</source>
        <translation>超过其只读阈值</translation>
    </message>
    <message>
        <source>stays above its read-only threshold</source>
        <translation>保持在其只读阈值以上</translation>
    </message>
    <message>
        <source>Server-side dry run of adding %1 to %2</source>
        <translation>在服务器端试运行：将 %1 添加到 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1：被拒绝：%2</translation>
    </message>
    <message>
        <source>error: the input is not a terminal to ask on; pass --yes to go ahead without asking. Nothing was changed.</source>
        <translation>错误：输入不是可用于询问的终端；传入 --yes 可不经询问直接执行。未做任何更改。</translation>
    </message>
    <message>
        <source>Proceed? [y/N] </source>
        <translation>继续吗？[y/N] </translation>
    </message>
    <message>
        <source>No answer; nothing was changed.</source>
        <translation>无应答；未做任何更改。</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1：%2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1：完成</translation>
    </message>
    <message>
        <source>%1: rolled back: %2</source>
        <translation>%1：已回滚：%2</translation>
    </message>
    <message>
        <source>%1: cancelled: %2</source>
        <translation>%1：已取消：%2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <source>Interrupted: cancelling; a move whose new replica exists is rolled back (Ctrl-C again to leave it to the journal, the next migrate or drain resumes it).</source>
        <translation>已中断：正在取消；新副本已存在的移动将被回滚（再按一次 Ctrl-C 则交给日志处理，下一次 migrate 或 drain 会恢复它）。</translation>
    </message>
    <message>
        <source>%1: cannot cancel: %2</source>
        <translation>%1：无法取消：%2</translation>
    </message>
    <message>
        <source>, %1% copied</source>
        <translation>，已复制 %1%</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>，约剩 %1</translation>
    </message>
    <message>
        <source>%1: done; %2</source>
        <translation>%1：完成；%2</translation>
    </message>
    <message>
        <source>Queue paused: %1</source>
        <translation>队列已暂停：%1</translation>
    </message>
    <message>
        <source>Queue running</source>
        <translation>队列运行中</translation>
    </message>
    <message numerus="yes">
        <source>error: the queue in the journal still holds %n move(s) waiting to start (%1); a new plan would run beside them. `cstor-console queue` lists them, `cstor-console queue resume` runs them, `cstor-console queue cancel --all` drops them. Nothing was changed.</source>
        <translation>
            <numerusform>错误：日志中的队列仍有 %n 个等待开始的移动（%1）；新计划会与它们同时运行。`cstor-console queue` 列出它们，`cstor-console queue resume` 运行它们，`cstor-console queue cancel --all` 丢弃它们。未做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>已暂停：%1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>The queue was paused (%1); these moves resume it.</source>
        <translation>队列此前已暂停（%1）；这些移动会恢复它。</translation>
    </message>
    <message>
        <source>Interrupted: the queue is paused; the moves running now finish, the others stay in the journal (Ctrl-C again to leave the running ones to the journal too; `cstor-console queue resume` goes on).</source>
        <translation>已中断：队列已暂停；正在运行的移动会完成，其余的留在日志中（再按一次 Ctrl-C 则把正在运行的移动也交给日志；`cstor-console queue resume` 可继续）。</translation>
    </message>
    <message>
        <source>interrupted by %1 (Ctrl-C)</source>
        <translation>被 %1 中断（Ctrl-C）</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n object(s) of the cluster still could not be read when this command ended (named above); it went by what it could read</source>
        <translation>
            <numerusform>警告：此命令结束时，集群中仍有 %n 个对象无法读取（见上方）；命令依据其能读取的内容执行</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;, which this command cannot see as it is: %3</source>
        <translation>警告：跳过 %1“%2”，此命令无法看到它的实际状态：%3</translation>
    </message>
    <message>
        <source>warning: the plan leaves out when the pools go read-only: %1</source>
        <translation>警告：该计划未包含各池何时变为只读：%1</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Dry run: nothing was changed.
</source>
        <translation>试运行：未做任何更改。
</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>Show the plan and ask the server to dry-run each change; change nothing.</source>
        <translation>显示计划，并请服务器对每项更改进行试运行；不做任何更改。</translation>
    </message>
    <message>
        <source>Do not ask before moving.</source>
        <translation>移动前不询问。</translation>
    </message>
    <message>
        <source>Wait until every move has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>等待所有移动结束（始终如此；用于为类 kubectl 工具编写的脚本）。</translation>
    </message>
</context>
<context>
    <name>PlanRun</name>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>源</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>TO NODE</source>
        <translation>目标节点</translation>
    </message>
    <message>
        <source>CHECKS</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n replica(s) moved.
</source>
        <translation>
            <numerusform>%1：已移动 %n 个副本。
</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1: %2 of %3 move(s) did not finish:</source>
        <translation>错误：%1：%3 个移动中有 %2 个未完成：</translation>
    </message>
    <message>
        <source>Paused: %1 of %2 move(s) done, %3 failed; %4 left in the queue of the journal (`cstor-console queue` lists them). `cstor-console queue resume` runs them; `cstor-console queue cancel --all` drops them.</source>
        <translation>已暂停：%2 个移动中已完成 %1 个，失败 %3 个；%4 个留在日志的队列中（`cstor-console queue` 列出它们）。`cstor-console queue resume` 运行它们；`cstor-console queue cancel --all` 丢弃它们。</translation>
    </message>
    <message>
        <source>Estimated duration: %1.
</source>
        <translation>预计耗时：%1。
</translation>
    </message>
    <message>
        <source>waits: %1</source>
        <translation>等待：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) were left to another console, which moved those replicas first or took the moves over.
</source>
        <translation>
            <numerusform>%n 个移动留给了另一个控制台，它先移动了这些副本或接管了这些移动。
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueOptions</name>
    <message>
        <source>At most N rebuilds onto one pool at once (default 1).</source>
        <translation>同时向一个池重建的最大数量 N（默认 1）。</translation>
    </message>
    <message>
        <source>At most N moves off one node at once (default 1).</source>
        <translation>同时从一个节点迁出的最大移动数 N（默认 1）。</translation>
    </message>
    <message>
        <source>At most N moves at once in the cluster (default 4).</source>
        <translation>集群中同时进行的最大移动数 N（默认 4）。</translation>
    </message>
    <message>
        <source>Start moves only between these times of day, local time (e.g. 22:00-06:00); running moves always finish. &quot;none&quot;: at any time (the default).</source>
        <translation>仅在每天的这段时间内开始移动，使用本地时间（例如 22:00-06:00）；正在运行的移动总会完成。&quot;none&quot;：任何时间（默认）。</translation>
    </message>
    <message>
        <source>error: --%1 takes a whole number of at least 1, not &quot;%2&quot;</source>
        <translation>错误：--%1 需要一个不小于 1 的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>error: --window: %1</source>
        <translation>错误：--window：%1</translation>
    </message>
    <message>
        <source>At most %1 rebuild(s) onto one pool, %2 move(s) off one node and %3 in the cluster at once (--max-per-pool, --max-per-node, --max-total; cStor has no rebuild throttle, so these caps are the lever on the load).
</source>
        <translation>同时最多向一个池重建 %1 个、从一个节点迁出 %2 个、在集群中进行 %3 个（--max-per-pool、--max-per-node、--max-total；cStor 没有重建限速，因此这些上限是控制负载的手段）。
</translation>
    </message>
    <message>
        <source>Moves start only between %1 (--window); running moves always finish.
</source>
        <translation>移动仅在 %1 时段内开始（--window）；正在运行的移动总会完成。
</translation>
    </message>
</context>
<context>
    <name>QueueVerb</name>
    <message>
        <source>The verb.</source>
        <translation>动词。</translation>
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
        <translation>日志为该上下文保存的移动队列：未完成的移动（正在运行的和等待开始的）、队列是否已暂停及原因、其上限和维护窗口。用 Ctrl-C 中断的计划或重启过的控制台会把其等待中的移动以暂停状态留在这里。
  queue [list]            队列中的内容
  queue pause [--reason TEXT]
                          正在运行的移动会完成，等待中的移动不会开始
  queue resume            等待中的移动重新开始；没有存活控制台运行的移动在此运行，该动词会等待它们结束
  queue cancel ID... | --all
                          丢弃等待中的移动；正在运行的移动由运行它的控制台回滚（移除其新副本，保留旧副本）
  queue set [--max-per-pool N] [--max-per-node N] [--max-total N] [--window HH:MM-HH:MM|none]
  queue move ID POSITION  该等待中的移动改为在 POSITION 位置开始（1 为最先）
运行这些移动的控制台（窗口或另一个终端）会在一秒内跟进这些更改。
退出码：0 完成，1 被拒绝或失败（或恢复的移动未全部完成），2 用法错误。</translation>
    </message>
    <message>
        <source>list, pause, resume, cancel, set or move.</source>
        <translation>list、pause、resume、cancel、set 或 move。</translation>
    </message>
    <message>
        <source>cancel: every move of the queue.</source>
        <translation>cancel：队列中的所有移动。</translation>
    </message>
    <message>
        <source>pause: why, for the other operators.</source>
        <translation>pause：原因，供其他操作员查看。</translation>
    </message>
    <message>
        <source>error: unknown queue action &quot;%1&quot;; one of: %2</source>
        <translation>错误：未知的队列操作“%1”；可用操作：%2</translation>
    </message>
    <message>
        <source>error: the caps and --window are set with `queue set`</source>
        <translation>错误：上限和 --window 需用 `queue set` 设置</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>error: name the moves to cancel (IDs from `queue`), or --all</source>
        <translation>错误：请指定要取消的移动（来自 `queue` 的 ID），或使用 --all</translation>
    </message>
    <message>
        <source>error: queue set needs --max-per-pool, --max-per-node, --max-total or --window</source>
        <translation>错误：queue set 需要 --max-per-pool、--max-per-node、--max-total 或 --window</translation>
    </message>
    <message>
        <source>caps and window set by %1</source>
        <translation>上限和维护窗口由 %1 设置</translation>
    </message>
    <message>
        <source>Queue set.
</source>
        <translation>队列已设置。
</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>某位操作员</translation>
    </message>
    <message>
        <source>cstor-console pid %1</source>
        <translation>cstor-console pid %1</translation>
    </message>
    <message>
        <source>Paused: %1
</source>
        <translation>已暂停：%1
</translation>
    </message>
    <message>
        <source>Running: waiting moves start as the caps allow.
</source>
        <translation>运行中：等待中的移动会在上限允许时开始。
</translation>
    </message>
    <message>
        <source>The queue holds no move.
</source>
        <translation>队列中没有移动。
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>源</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>RUN BY</source>
        <translation>执行者</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>- (resume runs it)</source>
        <translation>-（由 resume 运行）</translation>
    </message>
    <message>
        <source>by %1 with `cstor-console queue pause`</source>
        <translation>由 %1 通过 `cstor-console queue pause`</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>由 %1：%2</translation>
    </message>
    <message>
        <source>Paused the queue: %1 running move(s) finish, %2 waiting move(s) do not start until `cstor-console queue resume`.
</source>
        <translation>已暂停队列：%1 个正在运行的移动会完成，%2 个等待中的移动在 `cstor-console queue resume` 之前不会开始。
</translation>
    </message>
    <message>
        <source>resumed by %1</source>
        <translation>由 %1 恢复</translation>
    </message>
    <message>
        <source>The queue runs; it holds no move.
</source>
        <translation>队列正在运行；其中没有移动。
</translation>
    </message>
    <message>
        <source>The queue runs; %1 runs its moves and goes on.
</source>
        <translation>队列正在运行；%1 运行其移动并继续。
</translation>
    </message>
    <message numerus="yes">
        <source>Running %n move(s) of the queue.
</source>
        <translation>
            <numerusform>正在运行队列中的 %n 个移动。
</numerusform>
        </translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>cancelled by %1 before it started</source>
        <translation>在开始前被 %1 取消</translation>
    </message>
    <message>
        <source>cancel requested by %1</source>
        <translation>%1 已请求取消</translation>
    </message>
    <message>
        <source>%1: cancelled
</source>
        <translation>%1：已取消
</translation>
    </message>
    <message>
        <source>%1: %2 rolls it back (the new replica is removed, the old one kept) unless its old replica is already being removed
</source>
        <translation>%1：%2 会将其回滚（移除新副本，保留旧副本），除非其旧副本已在移除中
</translation>
    </message>
    <message>
        <source>%1: rolled back when the queue is resumed (`cstor-console queue resume`)
</source>
        <translation>%1：将在队列恢复时回滚（`cstor-console queue resume`）
</translation>
    </message>
    <message>
        <source>error: the queue holds no move %1 (`cstor-console queue` lists them)</source>
        <translation>错误：队列中没有移动 %1（`cstor-console queue` 会列出队列中的移动）</translation>
    </message>
    <message>
        <source>error: queue move takes a move&apos;s ID and its new position (1 first)</source>
        <translation>错误：queue move 需要移动的 ID 及其新位置（1 为最先）</translation>
    </message>
    <message>
        <source>error: %1 is not a waiting move of the queue (`cstor-console queue` lists them)</source>
        <translation>错误：%1 不是队列中等待中的移动（`cstor-console queue` 会列出它们）</translation>
    </message>
    <message>
        <source>%1 moved to place %2 by %3</source>
        <translation>%1 已被 %3 移到第 %2 位</translation>
    </message>
    <message>
        <source>%1 now starts as number %2 of %3 waiting move(s).
</source>
        <translation>%1 现在在 %3 个等待中的移动里排第 %2 位开始。
</translation>
    </message>
</context>
<context>
    <name>RebalanceVerb</name>
    <message>
        <source>The verb.</source>
        <translation>动词。</translation>
    </message>
    <message>
        <source>Brings the used capacity of a pool cluster&apos;s pools (of each pool cluster, without --pool-cluster) within --max-spread percentage points of each other, moving few bytes: again and again a replica leaves the fullest pool for the pool that stays emptiest with it, replicas of volumes whose replicas are all Healthy and small ones first, no replica twice, under every rule of a single move. Only ONLINE, writable pools on live nodes count. Shows the plan with each pool&apos;s capacity before and after, and asks unless --yes is given; the moves then run as a queue within the caps, and the verb waits until every move has ended and the pools report their new capacity. A plan that cannot reach the spread is refused, naming the spread it would reach.
Exit codes: 0 within the spread (or nothing to change in a dry run), 1 refused, failed or not within the spread, 2 usage error.</source>
        <translation>使池集群中各池（未指定 --pool-cluster 时为每个池集群的池）的已用容量彼此相差不超过 --max-spread 个百分点，同时尽量少移动字节：反复将一个副本从最满的池移到移入后仍最空的池，优先移动所有副本均为 Healthy 的卷的副本和较小的副本，同一副本不移动两次，并遵守单次移动的所有规则。只计入存活节点上 ONLINE 且可写的池。显示计划及每个池移动前后的容量，并询问，除非指定了 --yes；随后这些移动在上限内以队列方式运行，该动词会等待所有移动结束且各池报告其新容量。无法达到该差距的计划会被拒绝，并指出它能达到的差距。
退出码：0 在差距范围内（或试运行时无需更改），1 被拒绝、失败或未在差距范围内，2 用法错误。</translation>
    </message>
    <message>
        <source>The pool cluster (CStorPoolCluster) to rebalance; every one when not given.</source>
        <translation>要重新平衡的池集群（CStorPoolCluster）；未指定时为全部。</translation>
    </message>
    <message>
        <source>The most percentage points of used capacity between the fullest and the emptiest pool (default 10).</source>
        <translation>最满与最空的池之间已用容量相差的最大百分点数（默认 10）。</translation>
    </message>
    <message>
        <source>Unknown argument: %1 (name a pool cluster with --pool-cluster)</source>
        <translation>未知的参数：%1（用 --pool-cluster 指定池集群）</translation>
    </message>
    <message>
        <source>error: --max-spread takes a whole number of points from 1 to 100, not &quot;%1&quot;</source>
        <translation>错误：--max-spread 需要 1 到 100 之间的整数点数，而不是“%1”</translation>
    </message>
    <message>
        <source>every pool cluster</source>
        <translation>所有池集群</translation>
    </message>
    <message>
        <source>pool cluster %1</source>
        <translation>池集群 %1</translation>
    </message>
    <message>
        <source>error: no cStor pool belongs to a pool cluster named %1 in namespace &quot;%2&quot;</source>
        <translation>错误：命名空间“%2”中没有属于名为 %1 的池集群的 cStor 池</translation>
    </message>
    <message>
        <source>The pools of %1 are within %2 points already: nothing to move.
</source>
        <translation>%1 的池已在 %2 个百分点以内：无需移动。
</translation>
    </message>
    <message numerus="yes">
        <source>Rebalance %1: spread %2 -&gt; %3 points (at most %4): move %n replica(s), %5 to copy

</source>
        <translation>
            <numerusform>重新平衡 %1：差距 %2 -&gt; %3 个百分点（最多 %4）：移动 %n 个副本，需复制 %5

</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:
</source>
        <translation>说明：
</translation>
    </message>
    <message>
        <source>error: refusing to rebalance %1: the best plan leaves a spread of %2 points, more than %3 (%4); nothing was changed. Run with --max-spread %2 to apply that plan.</source>
        <translation>错误：拒绝重新平衡 %1：最佳计划仍留下 %2 个百分点的差距，超过 %3（%4）；未做任何更改。要应用该计划，请使用 --max-spread %2 运行。</translation>
    </message>
    <message>
        <source>error: refusing to rebalance %1: %2</source>
        <translation>错误：拒绝重新平衡 %1：%2</translation>
    </message>
    <message>
        <source>error: the pools of %1 report a spread of %2 points, more than %3</source>
        <translation>错误：%1 的池报告的差距为 %2 个百分点，超过 %3</translation>
    </message>
</context>
<context>
    <name>RecoverVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>仅显示计划；不做任何更改。</translation>
    </message>
    <message>
        <source>Do not ask before recovering.</source>
        <translation>恢复前不询问。</translation>
    </message>
    <message>
        <source>Wait until the recovery has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>等待恢复结束（始终如此；用于为类 kubectl 工具编写的脚本）。</translation>
    </message>
    <message>
        <source>The volume to recover is missing: recover VOLUME</source>
        <translation>缺少要恢复的卷：recover VOLUME</translation>
    </message>
    <message>
        <source>error: no CStorVolumeConfig &quot;%1&quot; in namespace &quot;%2&quot;</source>
        <translation>错误：命名空间“%2”中没有 CStorVolumeConfig“%1”</translation>
    </message>
    <message>
        <source>error: volume %1 needs a manual recovery; nothing was changed.</source>
        <translation>错误：卷 %1 需要手动恢复；未做任何更改。</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>动词。</translation>
    </message>
    <message>
        <source>The volume (PV name, the name of its CStorVolumeConfig).</source>
        <translation>卷（PV 名称，即其 CStorVolumeConfig 的名称）。</translation>
    </message>
    <message>
        <source>remove pool %1 from the CVC (verified when its status lists the pools its spec lists)</source>
        <translation>从 CVC 中移除池 %1（当其 status 列出的池与 spec 列出的池一致时验证）</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>（未找到）</translation>
    </message>
    <message>
        <source>restart the target pod %1 (verified when the CV&apos;s DRF, RF and known replicas agree with the CVC)</source>
        <translation>重启目标 Pod %1（当 CV 的 DRF、RF 和已知副本与 CVC 一致时验证）</translation>
    </message>
    <message>
        <source>Volume %1: nothing to do; it is at its replica count, all replicas Healthy on live nodes.
</source>
        <translation>卷 %1：无需处理；副本数符合要求，所有副本都在正常运行的节点上处于 Healthy。
</translation>
    </message>
    <message>
        <source>Volume %1:
</source>
        <translation>卷 %1：
</translation>
    </message>
    <message>
        <source>Not automated: %1
</source>
        <translation>未自动化：%1
</translation>
    </message>
    <message>
        <source>Risk: %1
</source>
        <translation>风险：%1
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>您可以：
</translation>
    </message>
    <message>
        <source>Steps:
</source>
        <translation>步骤：
</translation>
    </message>
    <message>
        <source>then, once the target refuses the lower replication factor, restart the target pod %1 (verified when the CV&apos;s DRF, RF and known replicas agree with the CVC)</source>
        <translation>然后，一旦目标拒绝较低的复制因子，重启目标 Pod %1（当 CV 的 DRF、RF 和已知副本与 CVC 一致时验证）</translation>
    </message>
    <message>
        <source>replace pool %1, which no CStorPoolInstance has, by %2 in the CVC (verified when its status lists %2; the new replica then rebuilds)</source>
        <translation>在 CVC 中将没有任何 CStorPoolInstance 的池 %1 替换为 %2（当其状态列出 %2 时验证；随后新副本开始重建）</translation>
    </message>
    <message>
        <source>Says what is wrong with one cStor volume and brings it back where that is automated: a pool whose new replica cannot finish (its pool or node is down) is removed from the volume, a pool name no pool has (a typo) is replaced by the closest usable pool of its pool cluster, a replica deleted by hand is created again with the replica id the target still knows, a target that refuses its lower replication factor is restarted. Each step is verified on a fresh read before the next. Shows the plan first and asks unless --yes is given. A scale-down whose new replica was lost is explained, not changed.
Exit codes: 0 nothing to do or recovered, 1 not recovered (a dry run with steps to take, a case to recover by hand, or a step that failed), 2 usage error.</source>
        <translation>说明一个 cStor 卷的问题，并在已实现自动化的情况下将其恢复：新副本无法完成的池（其池或节点已停止）会从卷中移除，没有任何池使用的池名称（拼写错误）会被替换为其池集群中最接近的可用池，手动删除的副本会使用目标仍然知道的副本 ID 重新创建，拒绝较低复制因子的目标会被重启。每一步在执行下一步之前都会基于重新读取的状态进行验证。先显示计划，除非指定 --yes，否则会询问。新副本已丢失的缩容只做说明，不做更改。
退出码：0 表示无需处理或已恢复，1 表示未恢复（有待执行步骤的试运行、需要手动恢复的情况或某个步骤失败），2 表示用法错误。</translation>
    </message>
    <message>
        <source>create the replica on pool %1 again, with the replica id %2 the target still knows (verified when it exists; it then rebuilds from the Healthy replicas)</source>
        <translation>使用目标仍然知道的副本 ID %2 在池 %1 上重新创建副本（在其存在时验证；之后从 Healthy 副本重建）</translation>
    </message>
</context>
<context>
    <name>Recovery::DiskReplacementPlanner</name>
    <message>
        <source>move the replicas off node %1 once their volumes have Healthy replicas elsewhere: cstor-console drain %1</source>
        <translation>在卷于其他位置拥有 Healthy 副本后，将副本移出节点 %1：cstor-console drain %1</translation>
    </message>
    <message>
        <source>then remove the pool spec of node %1 from CStorPoolCluster %2 and add one with working disks</source>
        <translation>然后从 CStorPoolCluster %2 中移除节点 %1 的池规格，并添加一个使用正常磁盘的规格</translation>
    </message>
    <message>
        <source>no CStorPoolInstance &quot;%1&quot;</source>
        <translation>没有 CStorPoolInstance“%1”</translation>
    </message>
    <message>
        <source>no disk of pool %1 has failed</source>
        <translation>池 %1 没有故障的磁盘</translation>
    </message>
    <message>
        <source>block device %1 is not a disk of pool %2 (its disks: %3)</source>
        <translation>块设备 %1 不是池 %2 的磁盘（其磁盘：%3）</translation>
    </message>
    <message>
        <source>pool %1 is a %2 pool: upstream replaces disks only in mirror and raidz pools, and a stripe pool loses the data of a failed disk</source>
        <translation>池 %1 是 %2 池：upstream 只能替换 mirror 和 raidz 池中的磁盘，而 stripe 池会丢失故障磁盘上的数据</translation>
    </message>
    <message>
        <source>disks %1 of the same raid group of pool %2 failed: the pool cannot serve its data, so no new disk can be resilvered from it</source>
        <translation>池 %2 同一 RAID 组的磁盘 %1 已故障：该池无法提供其数据，因此无法从中 resilver 新磁盘</translation>
    </message>
    <message>
        <source>block device %1 works while %2 of its raid group has failed: replacing it would leave the group without a working copy during the resilver; replace %2 first</source>
        <translation>块设备 %1 正常，而其 RAID 组中的 %2 已故障：替换它会使该组在 resilver 期间没有可用副本；请先替换 %2</translation>
    </message>
    <message>
        <source>block device %1 is not in the spec of CStorPoolCluster %2</source>
        <translation>块设备 %1 不在 CStorPoolCluster %2 的规格中</translation>
    </message>
    <message>
        <source>there is no BlockDevice %1 to compare a replacement&apos;s size with</source>
        <translation>没有可用于比较替换磁盘大小的 BlockDevice %1</translation>
    </message>
    <message>
        <source>no BlockDevice &quot;%1&quot;</source>
        <translation>没有 BlockDevice“%1”</translation>
    </message>
    <message>
        <source>block device %1 is on node %2, not on the pool&apos;s node %3</source>
        <translation>块设备 %1 位于节点 %2，而不是池所在的节点 %3</translation>
    </message>
    <message>
        <source>block device %1 is %2: only an unclaimed disk can take the place of another</source>
        <translation>块设备 %1 处于 %2 状态：只有未被占用的磁盘才能替换另一块磁盘</translation>
    </message>
    <message>
        <source>block device %1 is %2, not Active</source>
        <translation>块设备 %1 处于 %2 状态，而不是 Active</translation>
    </message>
    <message>
        <source>block device %1 (%2) is smaller than %3 (%4)</source>
        <translation>块设备 %1（%2）小于 %3（%4）</translation>
    </message>
    <message>
        <source>node %1 has no unclaimed Active block device of at least %2 to take the place of %3</source>
        <translation>节点 %1 没有至少 %2、未被占用且为 Active 的块设备来替换 %3</translation>
    </message>
    <message>
        <source>attach a disk of at least %1 to node %2; once NDM lists it as an Unclaimed BlockDevice, run this again</source>
        <translation>为节点 %2 挂接一块至少 %1 的磁盘；NDM 将其列为 Unclaimed 的 BlockDevice 后，再次运行此命令</translation>
    </message>
</context>
<context>
    <name>Recovery::DiskReplacementTask</name>
    <message>
        <source>Replacing %1 by %2 in CStorPoolCluster %3 …</source>
        <translation>正在 CStorPoolCluster %3 中用 %2 替换 %1 …</translation>
    </message>
    <message>
        <source>The CSPC operator put %1 into pool %2.</source>
        <translation>CSPC operator 已将 %1 放入池 %2。</translation>
    </message>
    <message>
        <source>Resilvering %1: pool %2 is %3 until it ends; its replicas keep serving …</source>
        <translation>正在 resilver %1：完成前池 %2 处于 %3 状态；其副本继续提供服务 …</translation>
    </message>
    <message>
        <source>the new disk</source>
        <translation>新磁盘</translation>
    </message>
    <message>
        <source>Resilvered: pool %1 is ONLINE.</source>
        <translation>resilver 完成：池 %1 为 ONLINE。</translation>
    </message>
    <message>
        <source>Resilvered: pool %1 is ONLINE with %2 in place of %3.</source>
        <translation>resilver 完成：池 %1 为 ONLINE，%2 已替换 %3。</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names %2, but the CSPC operator has not put it into pool %3; the operator&apos;s log says why: kubectl logs -n %4 deploy/cspc-operator</source>
        <translation>CStorPoolCluster %1 指定了 %2，但 CSPC operator 尚未将其放入池 %3；原因见其日志：kubectl logs -n %4 deploy/cspc-operator</translation>
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
        <translation>已从集群节点中消失</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>NotReady</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation>，自 %1 起</translation>
    </message>
    <message>
        <source>no replica on a live node: its data was only on %1; it comes back only with that node, so the console leaves it as it is</source>
        <translation>存活节点上没有副本：其数据只在 %1 上；只有该节点恢复数据才会回来，因此控制台保持原样</translation>
    </message>
    <message>
        <source>its replicas on live nodes are not Healthy yet (%1; its target may be restarting): run this again once one is</source>
        <translation>其在存活节点上的副本尚未 Healthy（%1；其目标可能正在重启）：待其中一个 Healthy 后再运行</translation>
    </message>
    <message>
        <source>Offline: its target counts %1 Healthy of %2 replicas and needs %3 to serve I/O or rebuild a new replica; its data is intact on the Healthy one(s). Bring %4 back, or restore quorum otherwise, then run this again</source>
        <translation>Offline：其目标统计 %2 个副本中有 %1 个 Healthy，需要 %3 个才能提供 I/O 或重建新副本；其数据在 Healthy 副本上完好。请恢复 %4，或以其他方式恢复法定数，然后再运行</translation>
    </message>
    <message numerus="yes">
        <source>a new replica on %1 rebuilds from %n Healthy replica(s); then %2 leaves the volume</source>
        <translation>
            <numerusform>%1 上的新副本从 %n 个 Healthy 副本重建；随后 %2 离开该卷</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; add a pool on another node to pool cluster %2, then run this again</source>
        <translation>%1；请向池集群 %2 添加另一个节点上的池，然后再运行</translation>
    </message>
    <message>
        <source>Let the Terminating replicas go (only their pool manager would, and it went with the node): kubectl patch cvr %1 -n %2 %3</source>
        <translation>放行处于 Terminating 的副本（只有其池管理器会这样做，而它已随节点消失）：kubectl patch cvr %1 -n %2 %3</translation>
    </message>
    <message>
        <source>Remove the pool spec of %1 from its pool cluster (the webhook refuses it while a replica is on the pool): kubectl patch cspc %2 -n %3 --type=json -p &apos;[{&quot;op&quot;:&quot;test&quot;,&quot;path&quot;:&quot;/spec/pools/%4/nodeSelector/kubernetes.io~1hostname&quot;,&quot;value&quot;:&quot;%5&quot;},{&quot;op&quot;:&quot;remove&quot;,&quot;path&quot;:&quot;/spec/pools/%4&quot;}]&apos;</source>
        <translation>从池集群中移除 %1 的池规格（池上仍有副本时 webhook 会拒绝）：kubectl patch cspc %2 -n %3 --type=json -p &apos;[{&quot;op&quot;:&quot;test&quot;,&quot;path&quot;:&quot;/spec/pools/%4/nodeSelector/kubernetes.io~1hostname&quot;,&quot;value&quot;:&quot;%5&quot;},{&quot;op&quot;:&quot;remove&quot;,&quot;path&quot;:&quot;/spec/pools/%4&quot;}]&apos;</translation>
    </message>
    <message>
        <source>Remove the pool spec of %1 from its pool cluster (the webhook refuses it while a replica is on the pool): kubectl edit cspc %2 -n %3, and delete the entry of spec.pools whose nodeSelector is kubernetes.io/hostname: %4</source>
        <translation>从池集群中移除 %1 的池规格（池上仍有副本时 webhook 会拒绝）：kubectl edit cspc %2 -n %3，并删除 spec.pools 中 nodeSelector 为 kubernetes.io/hostname: %4 的条目</translation>
    </message>
    <message>
        <source>The pool cluster then deletes %1; only its pool manager would remove the finalizers, so remove them: kubectl patch cspi %1 -n %2 %3</source>
        <translation>随后池集群删除 %1；只有其池管理器会移除 finalizer，因此请手动移除：kubectl patch cspi %1 -n %2 %3</translation>
    </message>
</context>
<context>
    <name>Recovery::MovedDisksPlanner</name>
    <message>
        <source>no pool (CStorPoolInstance) named %1%2</source>
        <translation>没有名为 %1 的池（CStorPoolInstance）%2</translation>
    </message>
    <message>
        <source>block device %1 of pool %2 is not in the cluster: node-disk-manager has not found it on any node</source>
        <translation>池 %2 的块设备 %1 不在集群中：node-disk-manager 未在任何节点上找到它</translation>
    </message>
    <message>
        <source>attach the disk to a node and wait until node-disk-manager lists it (kubectl get bd)</source>
        <translation>把磁盘接到某个节点上，并等待 node-disk-manager 列出它（kubectl get bd）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>pool %1 names no block device</source>
        <translation>池 %1 未指定任何块设备</translation>
    </message>
    <message>
        <source>the disks of pool %1 are on several nodes (%2): a pool imports only on a node that has all of its disks</source>
        <translation>池 %1 的磁盘分布在多个节点上（%2）：池只能在拥有其全部磁盘的节点上导入</translation>
    </message>
    <message>
        <source>attach all of them to one node, then run this again</source>
        <translation>把它们全部接到同一个节点上，然后再次运行</translation>
    </message>
    <message>
        <source>no pool spec of CStorPoolCluster %1 names the node or the disks of pool %2</source>
        <translation>CStorPoolCluster %1 中没有任何池 spec 指向池 %2 的节点或磁盘</translation>
    </message>
    <message>
        <source>the pool spec of %1 in CStorPoolCluster %2 selects its node by other labels than kubernetes.io/hostname</source>
        <translation>CStorPoolCluster %2 中 %1 的池 spec 通过 kubernetes.io/hostname 以外的标签选择节点</translation>
    </message>
    <message>
        <source>edit its nodeSelector by hand: kubectl edit cspc %1</source>
        <translation>手动编辑其 nodeSelector：kubectl edit cspc %1</translation>
    </message>
    <message>
        <source>the disks of pool %1 are on its node %2</source>
        <translation>池 %1 的磁盘位于其节点 %2 上</translation>
    </message>
    <message>
        <source>node %1, where node-disk-manager found the disks, is not in the cluster</source>
        <translation>node-disk-manager 发现磁盘的节点 %1 不在集群中</translation>
    </message>
    <message>
        <source>node %1 is not Ready: the pool cannot start there</source>
        <translation>节点 %1 不是 Ready：池无法在那里启动</translation>
    </message>
    <message>
        <source>bring node %1 back, then run this again</source>
        <translation>恢复节点 %1，然后再次运行</translation>
    </message>
    <message>
        <source>node %1 is cordoned: the pool&apos;s pod cannot be scheduled there</source>
        <translation>节点 %1 已被封锁（cordon）：池的 Pod 无法调度到那里</translation>
    </message>
    <message>
        <source>kubectl uncordon %1, then run this again</source>
        <translation>执行 kubectl uncordon %1，然后再次运行</translation>
    </message>
    <message>
        <source>node %1 already has a pool of CStorPoolCluster %2: a pool cluster has one pool per node</source>
        <translation>节点 %1 已有 CStorPoolCluster %2 的一个池：一个池集群每个节点只有一个池</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 has %2 of its %3 pools provisioned: its operator would create a new pool on node %4 instead of moving this one</source>
        <translation>CStorPoolCluster %1 的 %3 个池中只有 %2 个已预配：其运算符会在节点 %4 上创建新池，而不是迁移这个池</translation>
    </message>
    <message>
        <source>wait until every pool of the cluster is provisioned (kubectl get cspc)</source>
        <translation>等待集群的每个池都已预配（kubectl get cspc）</translation>
    </message>
    <message>
        <source>no pool (CStorPoolInstance) of that pool spec was found</source>
        <translation>未找到该池 spec 的池（CStorPoolInstance）</translation>
    </message>
    <message>
        <source>another pool spec of CStorPoolCluster %1 names node %2, which is gone, and its pool cannot follow its disks in the same edit (%3): the admission webhook refuses every edit of the pool cluster until no pool spec names a node that is gone</source>
        <translation>CStorPoolCluster %1 的另一个池 spec 指向已消失的节点 %2，且其池无法在同一次编辑中跟随其磁盘（%3）：只要有池 spec 指向已消失的节点，准入 webhook 就会拒绝对该池集群的任何编辑</translation>
    </message>
    <message>
        <source>or point every such pool spec at its new node in one edit by hand: kubectl edit cspc %1</source>
        <translation>或者手动在一次编辑中把每个这样的池 spec 指向其新节点：kubectl edit cspc %1</translation>
    </message>
</context>
<context>
    <name>Recovery::MovedDisksTask</name>
    <message>
        <source>The CSPC operator points pool %1 at node %2; its pod starts there and imports the pool …</source>
        <translation>CSPC 运算符把池 %1 指向节点 %2；其 Pod 在那里启动并导入该池 …</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2, where its disks are.</source>
        <translation>池 %1 在其磁盘所在的节点 %2 上为 ONLINE。</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names node %2, but the CSPC operator has not pointed pool %3 there; the operator&apos;s log says why: kubectl logs -n %4 deploy/cspc-operator</source>
        <translation>CStorPoolCluster %1 指向节点 %2，但 CSPC 运算符尚未把池 %3 指向那里；运算符日志说明了原因：kubectl logs -n %4 deploy/cspc-operator</translation>
    </message>
    <message>
        <source>Pool %1 is not ONLINE on node %2 yet; its pod and its events say why: kubectl describe cspi %1 -n %3</source>
        <translation>池 %1 在节点 %2 上尚未 ONLINE；其 Pod 和事件说明了原因：kubectl describe cspi %1 -n %3</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2; setting its kubernetes.io/hostname label …</source>
        <translation>池 %1 在节点 %2 上为 ONLINE；正在设置其 kubernetes.io/hostname 标签 …</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2, but its label could not be set: %3</source>
        <translation>池 %1 在节点 %2 上为 ONLINE，但无法设置其标签：%3</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1</source>
        <translation>CStorPoolCluster %1</translation>
    </message>
    <message>
        <source>pool %1 at node %2</source>
        <translation>池 %1 指向节点 %2</translation>
    </message>
    <message>
        <source>Pointing %1 in CStorPoolCluster %2 …</source>
        <translation>正在 CStorPoolCluster %2 中将 %1 …</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Pools %1 are ONLINE, each on the node of its disks.</source>
        <translation>池 %1 已 ONLINE，各自位于其磁盘所在的节点上。</translation>
    </message>
</context>
<context>
    <name>Recovery::PoolClusterTask</name>
    <message>
        <source>cannot read CStorPoolInstance %1: %2</source>
        <translation>无法读取 CStorPoolInstance %1：%2</translation>
    </message>
    <message>
        <source>the CStorPoolInstances of namespace &quot;%1&quot;</source>
        <translation>命名空间“%1”的 CStorPoolInstance</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 was refused: %2</source>
        <translation>对 CStorPoolCluster %1 的修改被拒绝：%2</translation>
    </message>
    <message>
        <source>Cannot follow pool %1: %2</source>
        <translation>无法跟踪池 %1：%2</translation>
    </message>
    <message>
        <source>warning: cannot write the audit log: %1</source>
        <translation>警告：无法写入审计日志：%1</translation>
    </message>
</context>
<context>
    <name>Recovery::RecoveryPlanner</name>
    <message>
        <source>pool %1 does not exist</source>
        <translation>池 %1 不存在</translation>
    </message>
    <message>
        <source>pool %1 is %2</source>
        <translation>池 %1 处于 %2</translation>
    </message>
    <message>
        <source>the node %1 of pool %2 is gone</source>
        <translation>池 %2 的节点 %1 已不存在</translation>
    </message>
    <message>
        <source>the node %1 of pool %2 is NotReady</source>
        <translation>池 %2 的节点 %1 处于 NotReady</translation>
    </message>
    <message>
        <source>there is no CStorVolumeConfig %1</source>
        <translation>不存在 CStorVolumeConfig %1</translation>
    </message>
    <message>
        <source>the CVC&apos;s spec lists pools %1, its status %2</source>
        <translation>CVC 的 spec 列出池 %1，其 status 列出 %2</translation>
    </message>
    <message>
        <source>there is no CStorVolume %1</source>
        <translation>不存在 CStorVolume %1</translation>
    </message>
    <message>
        <source>the CV&apos;s desiredReplicationFactor is %1, its replicationFactor %2 and it knows %3 replica(s); the CVC lists %4 pool(s)</source>
        <translation>CV 的 desiredReplicationFactor 为 %1，replicationFactor 为 %2，认识 %3 个副本；CVC 列出了 %4 个池</translation>
    </message>
    <message>
        <source>the target refuses to lower its desired replication factor (FailUpdate &quot;are invalid changes&quot;)</source>
        <translation>目标拒绝降低其期望复制因子（FailUpdate &quot;are invalid changes&quot;）</translation>
    </message>
    <message>
        <source>no replica exists on pool %1</source>
        <translation>池 %1 上不存在副本</translation>
    </message>
    <message>
        <source>replica %1 is %2</source>
        <translation>副本 %1 处于 %2</translation>
    </message>
    <message>
        <source>A new replica is still being rebuilt or its trouble is not visible yet; run recover again later.</source>
        <translation>新副本仍在重建，或其问题尚未显现；请稍后再次运行 recover。</translation>
    </message>
    <message>
        <source>Recovery does not automate this case yet.</source>
        <translation>恢复功能尚未自动处理这种情况。</translation>
    </message>
    <message>
        <source>See `cstor-console doctor` for what it risks.</source>
        <translation>其风险请参阅 `cstor-console doctor`。</translation>
    </message>
    <message>
        <source>Run `cstor-console doctor` and follow the fix of its findings.</source>
        <translation>运行 `cstor-console doctor`，并按照其发现项的修复方法操作。</translation>
    </message>
    <message>
        <source>A scale-down of %1 is in progress (pool(s) %2 being removed). The admission webhook refuses to put the pool back while it is: &quot;scaling of CVC %1 is already in progress&quot;. The target removes the old replica only when every kept replica is Healthy, so the scale-down does not end while %3.</source>
        <translation>%1 正在缩容（正在移除池 %2）。在此期间，准入 webhook 拒绝将该池放回：&quot;scaling of CVC %1 is already in progress&quot;。只有当每个保留的副本都为 Healthy 时，目标才会移除旧副本，因此只要%3，缩容就不会结束。</translation>
    </message>
    <message>
        <source>a kept replica is not Healthy</source>
        <translation>某个保留的副本不是 Healthy</translation>
    </message>
    <message>
        <source>the replica on %1 cannot become Healthy</source>
        <translation>%1 上的副本无法变为 Healthy</translation>
    </message>
    <message>
        <source>The volume depends on fewer healthy copies than it should; the replica being removed still holds data. Removing another pool would delete a replica that holds data, so recovery does not edit the CVC.</source>
        <translation>该卷所依赖的健康副本少于应有数量；正在移除的副本仍保存着数据。再移除一个池会删除一个保存数据的副本，因此恢复不会编辑 CVC。</translation>
    </message>
    <message>
        <source>Bring back the node or pool of %1; the scale-down then ends by itself.</source>
        <translation>请恢复 %1 的节点或池；之后缩容会自行结束。</translation>
    </message>
    <message>
        <source>If it is gone for good: keep the replica on %1, ask for help with replacing the lost replica, and do not delete CVRs by hand.</source>
        <translation>如果已永久丢失：请保留 %1 上的副本，就替换丢失的副本寻求帮助，并且不要手动删除 CVR。</translation>
    </message>
    <message>
        <source>A scale-up of %1 to pool(s) %2 has not started: the CVC&apos;s status does not list them, and the admission webhook refuses to remove them while it scales: &quot;scaling of CVC %1 is already in progress&quot;.</source>
        <translation>%1 向池 %2 的扩容尚未开始：CVC 的 status 中未列出它们，而准入 webhook 拒绝在伸缩期间移除它们：&quot;scaling of CVC %1 is already in progress&quot;。</translation>
    </message>
    <message>
        <source>No other change of this volume&apos;s placement is accepted until it ends.</source>
        <translation>在其结束之前，不接受该卷的任何其他放置变更。</translation>
    </message>
    <message>
        <source>Bring the pool or its node back, or replace the pool&apos;s name in spec.policy.replicaPoolInfo by a usable pool (kubectl edit cvc %1).</source>
        <translation>请恢复该池或其节点，或将 spec.policy.replicaPoolInfo 中该池的名称替换为可用的池（kubectl edit cvc %1）。</translation>
    </message>
    <message>
        <source>Its replica on %1 sits on node %2, which is lost; the replicas of a lost node are replaced together, by the lost-node recovery.</source>
        <translation>其在 %1 上的副本位于已丢失的节点 %2 上；丢失节点的副本由丢失节点恢复统一替换。</translation>
    </message>
    <message>
        <source>Data: no replica of the volume is left on a live node; its data comes back only with %1.</source>
        <translation>数据：存活节点上没有该卷的副本；其数据只有 %1 恢复才会回来。</translation>
    </message>
    <message>
        <source>Data: the volume runs with a copy fewer until the replica is replaced or %1 comes back.</source>
        <translation>数据：在副本被替换或 %1 恢复之前，该卷少一个副本运行。</translation>
    </message>
    <message>
        <source>If %1 comes back, nothing needs doing: its pools and replicas resume.</source>
        <translation>如果 %1 恢复，则无需任何操作：其池和副本会继续工作。</translation>
    </message>
    <message>
        <source>If it is gone for good: cstor-console drain %1 (Recover lost node… in the window); for this volume: %2.</source>
        <translation>如果已永久消失：cstor-console drain %1（窗口中的“恢复丢失的节点…”）；对此卷：%2。</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>无需操作</translation>
    </message>
    <message>
        <source>Data: the volume runs with fewer copies than its CVC lists. Removing such a pool from the CVC does not help: the CVC controller finds no replica to remove and the scale-down never ends.</source>
        <translation>数据：卷以少于其 CVC 所列数量的副本运行。从 CVC 中移除这样的池无济于事：CVC 控制器找不到要移除的副本，缩容将永远不会结束。</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and a replica cannot be created there now: %2.</source>
        <translation>池 %1 的副本已被删除，现在无法在那里创建副本：%2。</translation>
    </message>
    <message>
        <source>Do not remove %1 from the CVC and do not edit the CV by hand.</source>
        <translation>不要从 CVC 中移除 %1，也不要手动编辑 CV。</translation>
    </message>
    <message>
        <source>Bring the pool or its node back, then run recover again.</source>
        <translation>恢复该池或其节点，然后再次运行 recover。</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted and no Healthy replica is left to rebuild them from.</source>
        <translation>池 %1 的副本已被删除，且没有剩余的 Healthy 副本可用于重建它们。</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and the target knows fewer replica ids (%2) than are missing, so a new replica could not take a known one&apos;s place.</source>
        <translation>池 %1 的副本已被删除，而目标已知的副本 ID（%2）少于缺失的数量，因此新副本无法取代已知副本的位置。</translation>
    </message>
    <message>
        <source>Bring back a Healthy replica first (its node or pool), then run recover again.</source>
        <translation>先恢复一个 Healthy 副本（其节点或池），然后再次运行 recover。</translation>
    </message>
    <message>
        <source>replica %1 is still being deleted</source>
        <translation>副本 %1 仍在删除中</translation>
    </message>
    <message>
        <source>pool %1 cannot be imported on node %2 (PoolLost): its disks are gone or on another node</source>
        <translation>池 %1 无法在节点 %2 上导入（PoolLost）：其磁盘已丢失或位于另一个节点上</translation>
    </message>
    <message>
        <source>Putting %1 back in place of %2 is accepted by the webhook but is a trap: the target still removes the replica on %1 once %2 returns, while the CVC controller deletes the one on %2.</source>
        <translation>用 %1 替换 %2 放回去会被 webhook 接受，但这是个陷阱：一旦 %2 恢复，目标仍会移除 %1 上的副本，而 CVC 控制器会删除 %2 上的副本。</translation>
    </message>
</context>
<context>
    <name>Recovery::ReplicaRecreation</name>
    <message>
        <source>replica %1 has no volume label or owner to copy</source>
        <translation>副本 %1 没有可复制的卷标签或所有者</translation>
    </message>
    <message>
        <source>the CStorPoolInstance %1 has no name, uid or host name</source>
        <translation>CStorPoolInstance %1 没有名称、uid 或主机名</translation>
    </message>
</context>
<context>
    <name>RecoveryRunner</name>
    <message>
        <source>pods in namespace &quot;%1&quot;</source>
        <translation>命名空间“%1”中的 Pod</translation>
    </message>
    <message>
        <source>error: the steps were taken but volume %1 is not back: %2</source>
        <translation>错误：已执行这些步骤，但卷 %1 未恢复：%2</translation>
    </message>
    <message>
        <source>Volume %1 is back at its replica count, all replicas Healthy on live nodes.
</source>
        <translation>卷 %1 已恢复到其副本数，所有副本都在正常运行的节点上处于 Healthy。
</translation>
    </message>
    <message>
        <source>%1: remove pool %2 from the CVC</source>
        <translation>%1：从 CVC 中移除池 %2</translation>
    </message>
    <message>
        <source>Removing pool %1 from the CVC of %2 ...
</source>
        <translation>正在从 %2 的 CVC 中移除池 %1 ...
</translation>
    </message>
    <message>
        <source>error: removing pool %1 from the CVC of %2 failed: %3</source>
        <translation>错误：从 %2 的 CVC 中移除池 %1 失败：%3</translation>
    </message>
    <message>
        <source>error: pool %1 was removed from the spec of the CVC of %2, but its status still does not list the same pools</source>
        <translation>错误：池 %1 已从 %2 的 CVC 的 spec 中移除，但其 status 仍未列出相同的池</translation>
    </message>
    <message>
        <source>Pool %1 removed: the CVC&apos;s status lists the pools its spec lists.
</source>
        <translation>已移除池 %1：CVC 的 status 列出的池与其 spec 列出的池一致。
</translation>
    </message>
    <message>
        <source>the CVC&apos;s spec no longer lists pool %1</source>
        <translation>CVC 的 spec 已不再列出池 %1</translation>
    </message>
    <message>
        <source>error: volume %1 has no target pod to restart</source>
        <translation>错误：卷 %1 没有可重启的目标 Pod</translation>
    </message>
    <message>
        <source>%1: restart the target pod %2</source>
        <translation>%1：重启目标 Pod %2</translation>
    </message>
    <message>
        <source>Restarting the target pod %1 (deleting it; I/O pauses until its replacement runs) ...
</source>
        <translation>正在重启目标 Pod %1（删除该 Pod；在替代 Pod 运行之前 I/O 会暂停）...
</translation>
    </message>
    <message>
        <source>error: deleting the target pod %1 failed: %2</source>
        <translation>错误：删除目标 Pod %1 失败：%2</translation>
    </message>
    <message>
        <source>error: after the restart of %1 the CV&apos;s desired replication factor, replication factor and known replicas of %2 still do not agree with its CVC</source>
        <translation>错误：重启 %1 后，%2 的 CV 的期望复制因子、复制因子和已知副本仍与其 CVC 不一致</translation>
    </message>
    <message>
        <source>Target restarted as %1: the CV&apos;s replication factors and known replicas agree with the CVC.
</source>
        <translation>目标已重启为 %1：CV 的复制因子和已知副本与 CVC 一致。
</translation>
    </message>
    <message>
        <source>warning: cannot write the journal: %1</source>
        <translation>警告：无法写入日志：%1</translation>
    </message>
    <message>
        <source>warning: cannot write the audit log: %1</source>
        <translation>警告：无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>the restarted target has not reported the volume Healthy with every replica Healthy yet</source>
        <translation>重启后的目标尚未报告卷为 Healthy 且每个副本均为 Healthy</translation>
    </message>
    <message>
        <source>The target has not refused the lower replication factor yet; restarting it all the same, as a new target reads the factor from the CV.
</source>
        <translation>目标尚未拒绝较低的复制因子；仍将重启它，因为新的目标会从 CV 读取该因子。
</translation>
    </message>
    <message>
        <source>%1: replace pool %2 by %3 in the CVC</source>
        <translation>%1：在 CVC 中将池 %2 替换为 %3</translation>
    </message>
    <message>
        <source>Replacing pool %1 by %2 in the CVC of %3 ...
</source>
        <translation>正在 %3 的 CVC 中将池 %1 替换为 %2 ...
</translation>
    </message>
    <message>
        <source>error: replacing pool %1 by %2 in the CVC of %3 failed: %4</source>
        <translation>错误：在 %3 的 CVC 中将池 %1 替换为 %2 失败：%4</translation>
    </message>
    <message>
        <source>error: pool %1 replaced %2 in the spec of the CVC of %3, but its status still does not list the same pools</source>
        <translation>错误：池 %1 已在 %3 的 CVC 的 spec 中替换了 %2，但其状态仍未列出相同的池</translation>
    </message>
    <message>
        <source>Pool %1 in place of %2: the CVC&apos;s status lists the pools its spec lists; the new replica rebuilds.
</source>
        <translation>池 %1 已取代 %2：CVC 的状态列出了其 spec 所列的池；新副本正在重建。
</translation>
    </message>
    <message>
        <source>%1: create the replica on pool %2 again (replica id %3)</source>
        <translation>%1：在池 %2 上重新创建副本（副本 ID %3）</translation>
    </message>
    <message>
        <source>Creating the replica of %1 on pool %2 again, with the replica id %3 the target knows ...
</source>
        <translation>正在使用目标已知的副本 ID %3 在池 %2 上重新创建 %1 的副本 ...
</translation>
    </message>
    <message>
        <source>error: creating the replica of %1 on pool %2 again failed: %3</source>
        <translation>错误：在池 %2 上重新创建 %1 的副本失败：%3</translation>
    </message>
    <message>
        <source>error: the replica of %1 on pool %2 was created but is not listed</source>
        <translation>错误：池 %2 上 %1 的副本已创建，但未被列出</translation>
    </message>
    <message>
        <source>Replica of %1 on pool %2 created; it rebuilds from the Healthy replicas.
</source>
        <translation>已在池 %2 上创建 %1 的副本；它将从 Healthy 副本重建。
</translation>
    </message>
    <message>
        <source>pool %1 holds a replica of the volume again</source>
        <translation>池 %1 上又有了该卷的副本</translation>
    </message>
    <message>
        <source>no replica of the volume is left to copy its settings from</source>
        <translation>没有剩余的卷副本可供复制其设置</translation>
    </message>
</context>
<context>
    <name>ReplaceDiskVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>只显示计划；不做任何更改。</translation>
    </message>
    <message>
        <source>Do not ask before editing the CSPC.</source>
        <translation>修改 CSPC 前不询问。</translation>
    </message>
    <message>
        <source>Wait until the resilver has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>等待 resilver 结束（总是如此；用于为类 kubectl 工具编写的脚本）。</translation>
    </message>
    <message>
        <source>The block device to replace (default: the pool&apos;s failed disk).</source>
        <translation>要替换的块设备（默认：池中故障的磁盘）。</translation>
    </message>
    <message>
        <source>The unclaimed block device of the pool&apos;s node to put in its place (default: the smallest one at least as large).</source>
        <translation>用于替换的、池所在节点上未被占用的块设备（默认：不小于原磁盘的最小者）。</translation>
    </message>
    <message>
        <source>The pool whose disk to replace is missing: replace-disk POOL</source>
        <translation>缺少要替换磁盘的池：replace-disk POOL</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>动词。</translation>
    </message>
    <message>
        <source>Replaces a failed disk of a mirror or raidz cStor pool by an unclaimed disk of the same node, at least as large: the CStorPoolCluster edit upstream supports (one disk of a raid group at a time), guarded against a stale read. Then follows the CSPC operator and the resilver until the pool is ONLINE. A stripe pool, a raid group with more failed disks than it survives, or a working disk while another of its group has failed are refused with what to do instead. Run again on a pool that resilvers to follow it. Shows the plan first and asks unless --yes is given.
Exit codes: 0 nothing to do or replaced, 1 refused, failed, or a dry run with a replacement to make, 2 usage error.</source>
        <translation>用同一节点上未被占用且不小于原盘的磁盘替换 mirror 或 raidz cStor 池中的故障磁盘：这是 upstream 支持的 CStorPoolCluster 修改（每个 RAID 组一次一块磁盘），并防止基于过期读取的修改。随后跟踪 CSPC operator 和 resilver，直到池变为 ONLINE。stripe 池、故障磁盘数超过其可承受数量的 RAID 组，或组内另一块磁盘故障时的正常磁盘都会被拒绝，并说明应改为怎么做。对正在 resilver 的池再次运行即可跟踪。先显示计划，除非给出 --yes，否则会询问。
退出码：0 无需操作或已替换，1 被拒绝、失败或需要替换的试运行，2 用法错误。</translation>
    </message>
    <message>
        <source>The pool (its CStorPoolInstance name).</source>
        <translation>池（其 CStorPoolInstance 名称）。</translation>
    </message>
    <message>
        <source>Pool %1 (%2, node %3, CStorPoolCluster %4): %5
</source>
        <translation>池 %1（%2，节点 %3，CStorPoolCluster %4）：%5
</translation>
    </message>
    <message>
        <source>Failed disks: %1
</source>
        <translation>故障磁盘：%1
</translation>
    </message>
    <message>
        <source>Nothing to do: %1.
</source>
        <translation>无需操作：%1。
</translation>
    </message>
    <message>
        <source>A disk replacement is under way; following it.
</source>
        <translation>磁盘替换正在进行；正在跟踪。
</translation>
    </message>
    <message>
        <source>%1 is taking the place of %2; following the resilver.
</source>
        <translation>%1 正在替换 %2；正在跟踪 resilver。
</translation>
    </message>
    <message>
        <source>Refused: %1.
</source>
        <translation>已拒绝：%1。
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>您可以：
</translation>
    </message>
    <message>
        <source>Replace %1 by %2 (%3), an unclaimed disk of node %4.
</source>
        <translation>用 %2（%3，节点 %4 上未被占用的磁盘）替换 %1。
</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (JSON patch): %2
</source>
        <translation>对 CStorPoolCluster %1 的修改（JSON patch）：%2
</translation>
    </message>
    <message>
        <source>Then the CSPC operator puts %1 into the pool and the pool resilvers it; the pool stays DEGRADED until then and its replicas keep serving.
</source>
        <translation>随后 CSPC operator 将 %1 放入池中，池对其进行 resilver；在此之前池保持 DEGRADED，其副本继续提供服务。
</translation>
    </message>
    <message>
        <source>the disk of pool %1 cannot be replaced; nothing was changed.</source>
        <translation>无法替换池 %1 的磁盘；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ResourceLister</name>
    <message>
        <source>the server answered %1</source>
        <translation>服务器响应 %1</translation>
    </message>
    <message>
        <source>(none: context &quot;%1&quot; names no user)</source>
        <translation>（无：上下文“%1”未指定用户）</translation>
    </message>
    <message>
        <source>Fix the cluster &quot;%1&quot; or user &quot;%2&quot; in the kubeconfig (the server URL must be https:// when credentials are sent).</source>
        <translation>请修正 kubeconfig 中的集群“%1”或用户“%2”（发送凭据时服务器 URL 必须为 https://）。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: check certificate-authority (and tls-server-name) of cluster &quot;%1&quot; in the kubeconfig.</source>
        <translation>服务器证书不受信任：请检查 kubeconfig 中集群“%1”的 certificate-authority（以及 tls-server-name）。</translation>
    </message>
    <message>
        <source>Check that the API server %1 of context &quot;%2&quot; is running and reachable from here (network, VPN, proxy-url).</source>
        <translation>请检查上下文“%2”的 API 服务器 %1 是否正在运行，且可从此处访问（网络、VPN、proxy-url）。</translation>
    </message>
    <message>
        <source>The server did not accept the credentials of user &quot;%1&quot; (context &quot;%2&quot;): renew the token or client certificate in the kubeconfig, or choose another context with --context.</source>
        <translation>服务器不接受用户“%1”（上下文“%2”）的凭据：请在 kubeconfig 中续期令牌或客户端证书，或用 --context 选择其他上下文。</translation>
    </message>
    <message>
        <source>User %1 may not read %2: ask a cluster administrator for get/list rights on cstor.openebs.io, or choose another context with --context or namespace with -n.</source>
        <translation>用户 %1 不能读取 %2：请向集群管理员申请 cstor.openebs.io 的 get/list 权限，或用 --context 选择其他上下文、用 -n 选择其他命名空间。</translation>
    </message>
    <message>
        <source>The cluster does not serve %1: are the cStor operators (CRDs of cstor.openebs.io) installed?</source>
        <translation>集群未提供 %1：是否已安装 cStor 运算符（cstor.openebs.io 的 CRD）？</translation>
    </message>
    <message>
        <source>The API server is throttling requests; try again later.</source>
        <translation>API 服务器正在限制请求；请稍后重试。</translation>
    </message>
    <message>
        <source>The API server failed; try again later, or ask a cluster administrator to look at its logs.</source>
        <translation>API 服务器出错；请稍后重试，或请集群管理员查看其日志。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>The API server %1 did not answer in time: give it longer with --request-timeout (0 for no deadline), or check its load.</source>
        <translation>API 服务器 %1 未及时应答：用 --request-timeout 给它更长时间（0 表示不限），或检查它的负载。</translation>
    </message>
    <message>
        <source>The answer is larger than this client accepts: check that %1 is the Kubernetes API server of context &quot;%2&quot; (not a proxy that answers something else).</source>
        <translation>应答大于此客户端所接受的大小：请检查 %1 是否是上下文 &quot;%2&quot; 的 Kubernetes API 服务器（而不是应答其他内容的代理）。</translation>
    </message>
    <message>
        <source>The list does not end: check that %1 is the Kubernetes API server of context &quot;%2&quot; (not a proxy that answers something else).</source>
        <translation>列表没有尽头：请检查 %1 是否是上下文 &quot;%2&quot; 的 Kubernetes API 服务器（而不是应答其他内容的代理）。</translation>
    </message>
</context>
<context>
    <name>Sim::DemoCluster</name>
    <message>
        <source>Cannot create a temporary directory for the demo cluster&apos;s kubeconfig.</source>
        <translation>无法为演示集群的 kubeconfig 创建临时目录。</translation>
    </message>
    <message>
        <source>The demo scenario cannot be loaded: %1</source>
        <translation>无法加载演示场景：%1</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;: %3</source>
        <translation>警告：跳过 %1“%2”：%3</translation>
    </message>
    <message>
        <source>%1 in namespace &quot;%2&quot;</source>
        <translation>命名空间“%2”中的 %1</translation>
    </message>
    <message>
        <source>warning: events not read, the rules that read them are skipped: %1</source>
        <translation>警告：未读取事件，将跳过读取事件的规则：%1</translation>
    </message>
    <message>
        <source>events in namespace &quot;%1&quot;</source>
        <translation>命名空间“%1”中的事件</translation>
    </message>
    <message>
        <source>the user may not list %1 (403 Forbidden)</source>
        <translation>用户无权列出 %1（403 Forbidden）</translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <source>Time (min:s)</source>
        <translation>时间（分:秒）</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>时间（分钟）</translation>
    </message>
    <message>
        <source>Time (h)</source>
        <translation>时间（小时）</translation>
    </message>
    <message>
        <source>Time (days)</source>
        <translation>时间（天）</translation>
    </message>
</context>
<context>
    <name>Ui::CapacityChart</name>
    <message>
        <source>Pool capacity used</source>
        <translation>池容量使用率</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>已用（%）</translation>
    </message>
    <message>
        <source>Keep History Between Runs</source>
        <translation>在运行之间保留历史记录</translation>
    </message>
    <message>
        <source>Save each cluster&apos;s capacity history when the console closes and show it again next time.</source>
        <translation>控制台关闭时保存每个集群的容量历史记录，并在下次显示。</translation>
    </message>
    <message>
        <source>Each pool&apos;s used capacity; pools above %1 % are drawn thick and red.</source>
        <translation>每个池的已用容量；超过 %1% 的池以粗红线绘制。</translation>
    </message>
    <message>
        <source>Before 0: earlier runs of the console.</source>
        <translation>0 之前：控制台的先前运行。</translation>
    </message>
    <message>
        <source>others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>cluster total</source>
        <translation>集群总计</translation>
    </message>
    <message>
        <source>%1 (above %2 %)</source>
        <translation>%1（超过 %2%）</translation>
    </message>
    <message>
        <source>No pool capacity sampled yet.</source>
        <translation>尚未采样任何池容量。</translation>
    </message>
    <message>
        <source>%1 %2 % used</source>
        <translation>%1 已用 %2%</translation>
    </message>
    <message>
        <source> (above the %1 % threshold)</source>
        <translation>（超过 %1% 阈值）</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s).</source>
        <translation>
            <numerusform>%n 个池。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fullest: %1.</source>
        <translation>最满：%1。</translation>
    </message>
    <message>
        <source>All pools together: %1 % used.</source>
        <translation>所有池合计：已用 %1%。</translation>
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
        <translation>池</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Used before</source>
        <translation>移动前已用</translation>
    </message>
    <message>
        <source>Used after</source>
        <translation>移动后已用</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Capacity before and after</source>
        <translation>移动前后的容量</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source> — at or above the %1% read-only threshold</source>
        <translation> — 达到或超过 %1% 只读阈值</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>(no forecast)</source>
        <translation>（无预测）</translation>
    </message>
</context>
<context>
    <name>Ui::ChartPanel</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Rebuild progress</source>
        <translation>重建进度</translation>
    </message>
    <message>
        <source>Pool capacity</source>
        <translation>池容量</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>计划进度</translation>
    </message>
    <message>
        <source>Capacity forecast</source>
        <translation>容量预测</translation>
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
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
</context>
<context>
    <name>Ui::ClusterConnection</name>
    <message>
        <source>No kubeconfig found (looked in %1).</source>
        <translation>未找到 kubeconfig（已在 %1 中查找）。</translation>
    </message>
    <message>
        <source>Cannot tell whether you may change volumes: %1</source>
        <translation>无法确定您是否可以更改卷：%1</translation>
    </message>
    <message>
        <source>Your user may not patch cstorvolumeconfigs in namespace %1, so replicas cannot be moved.</source>
        <translation>您的用户不能在命名空间 %1 中 patch cstorvolumeconfigs，因此无法移动副本。</translation>
    </message>
</context>
<context>
    <name>Ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Type a command, or a node, pool or volume name</source>
        <translation>输入命令，或节点、池、卷的名称</translation>
    </message>
    <message>
        <source>Command or name</source>
        <translation>命令或名称</translation>
    </message>
    <message>
        <source>Matching commands and objects</source>
        <translation>匹配的命令和对象</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>当前不可用</translation>
    </message>
    <message>
        <source>Not available now: %1</source>
        <translation>当前不可用：%1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
</context>
<context>
    <name>Ui::ConnectionIndicator</name>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Listing the cluster&apos;s cStor objects.</source>
        <translation>正在列出集群的 cStor 对象。</translation>
    </message>
    <message>
        <source>Stale · last event %1</source>
        <translation>过时 · 最后事件 %1</translation>
    </message>
    <message>
        <source>The watch is open but nothing has arrived for a while; what you see may be out of date.</source>
        <translation>监视仍在进行，但已有一段时间没有收到任何内容；您看到的可能已过时。</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>实时 · %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Watching the cluster: changes appear as they happen.</source>
        <translation>正在监视集群：更改发生时即会显示。</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>The connection dropped; retrying.</source>
        <translation>连接已断开；正在重试。</translation>
    </message>
    <message>
        <source>The connection dropped (%1); retrying.</source>
        <translation>连接已断开（%1）；正在重试。</translation>
    </message>
    <message>
        <source>Last event %1.</source>
        <translation>最后事件 %1。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>Ui::DetailsPanel</name>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Object fields</source>
        <translation>对象字段</translation>
    </message>
    <message>
        <source>Select a node, pool, replica or volume in the topology or a table to see its fields and events here.</source>
        <translation>在拓扑图或表格中选择节点、池、副本或卷，即可在此查看其字段和事件。</translation>
    </message>
    <message>
        <source>Pool %1 on %2</source>
        <translation>%2 上的池 %1</translation>
    </message>
    <message>
        <source>Replica of %1 on %2</source>
        <translation>%2 上 %1 的副本</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>卷 %1</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <source>%1 is gone from the cluster</source>
        <translation>%1 已从集群中消失</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>事件（%1）</translation>
    </message>
    <message>
        <source>Volume %1 (claim %2)</source>
        <translation>卷 %1（声明 %2）</translation>
    </message>
</context>
<context>
    <name>Ui::DiskReplacementDialog</name>
    <message>
        <source>Replace failed disk of pool %1</source>
        <translation>替换池 %1 的故障磁盘</translation>
    </message>
    <message>
        <source>Disk to put in its place</source>
        <translation>用于替换的磁盘</translation>
    </message>
    <message>
        <source>&amp;Put in its place:</source>
        <translation>替换为(&amp;P)：</translation>
    </message>
    <message>
        <source>Replace disk</source>
        <translation>替换磁盘</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replaced&lt;/b&gt;: pool %1 is ONLINE.</source>
        <translation>&lt;b&gt;已替换&lt;/b&gt;：池 %1 为 ONLINE。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The replacement did not finish&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;替换未完成&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A %1 pool on node %2, in CStorPoolCluster %3. Failed disks: %4.</source>
        <translation>节点 %2 上的 %1 池，属于 CStorPoolCluster %3。故障磁盘：%4。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;b&gt;No such pool&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;没有这个池&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is %2&lt;/b&gt;: %3.</source>
        <translation>&lt;b&gt;池 %1 为 %2&lt;/b&gt;：%3。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is resilvering a replaced disk&lt;/b&gt;; following it.</source>
        <translation>&lt;b&gt;池 %1 正在 resilver 替换的磁盘&lt;/b&gt;；正在跟踪。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The disk of pool %1 cannot be replaced&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;无法替换池 %1 的磁盘&lt;/b&gt;：%2。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disk %1 of pool %2 has failed&lt;/b&gt; (the pool is %3). Put an unclaimed disk of node %4 in its place: the CSPC operator adds it to the pool, which resilvers it while its replicas keep serving.</source>
        <translation>&lt;b&gt;池 %2 的磁盘 %1 已故障&lt;/b&gt;（池为 %3）。用节点 %4 上未被占用的磁盘替换它：CSPC operator 会将其加入池中，池在副本继续提供服务的同时对其进行 resilver。</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (a JSON patch that first tests the old name):
%2</source>
        <translation>对 CStorPoolCluster %1 的修改（先检查旧名称的 JSON patch）：
%2</translation>
    </message>
    <message>
        <source>Edit the CStorPoolCluster and follow the resilver</source>
        <translation>修改 CStorPoolCluster 并跟踪 resilver</translation>
    </message>
</context>
<context>
    <name>Ui::DurationLabel</name>
    <message>
        <source>Estimated duration</source>
        <translation>预计耗时</translation>
    </message>
    <message>
        <source>Estimated duration: working it out…</source>
        <translation>预计耗时：正在计算…</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Estimated duration: about %1 at %2 MiB/s measured on this cluster</source>
        <translation>预计耗时：约 %1，按此集群上测得的 %2 MiB/s 计算</translation>
    </message>
    <message numerus="yes">
        <source>The moves scheduled within the caps, each at the throughput of the last %n move(s) this console ran on this cluster (the volume&apos;s data over the time from adding the target pool to the move&apos;s end)</source>
        <translation>
            <numerusform>在上限内排定各次移动，每次按此控制台在此集群上最近 %n 次移动的吞吐量计算（卷的数据量除以从添加目标池到移动结束的时间）</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration: about %1 at the default %2 MiB/s: no move measured yet</source>
        <translation>预计耗时：约 %1，按默认的 %2 MiB/s 计算：尚未测得任何移动</translation>
    </message>
    <message>
        <source>The moves scheduled within the caps, each at an assumed throughput: this console has not finished a move on this cluster yet</source>
        <translation>在上限内排定各次移动，每次按假定的吞吐量计算：此控制台尚未在此集群上完成任何移动</translation>
    </message>
</context>
<context>
    <name>Ui::EvacuateDialog</name>
    <message>
        <source>Evacuate nodes or pools</source>
        <translation>疏散节点或池</translation>
    </message>
    <message>
        <source>Tick the nodes to empty (every pool on them) or single pools. Each replica there moves to the pool of its pool cluster with the most free space, never beside another replica of its volume, never past a read-only threshold.</source>
        <translation>勾选要清空的节点（其上的所有池）或单个池。其中的每个副本都会移到其池集群中可用空间最多的池，绝不与其卷的另一个副本放在一起，也绝不超过只读阈值。</translation>
    </message>
    <message>
        <source>Replicas with nowhere to go</source>
        <translation>无处可移的副本</translation>
    </message>
    <message>
        <source>Show plan…</source>
        <translation>显示计划…</translation>
    </message>
    <message>
        <source>The moves with their checks, each pool&apos;s capacity before and after, and the server&apos;s dry run, before anything changes</source>
        <translation>在任何更改前，显示各移动及其检查、每个池移动前后的容量以及服务器的试运行</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>尚未勾选任何项。</translation>
    </message>
    <message>
        <source>%1 hold(s) no replicas: nothing to move.</source>
        <translation>%1 上没有副本：无需移动。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n replica(s) to move, %2 to copy.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：要移动 %n 个副本，需复制 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) have nowhere to go; nothing can start until they do.</source>
        <translation>
            <numerusform>%n 个副本无处可移；在它们有去处之前无法开始。</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>正在规划…</translation>
    </message>
</context>
<context>
    <name>Ui::ExecTrustDialog</name>
    <message>
        <source>Run a credential plugin?</source>
        <translation>运行凭据插件？</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; signs in by running a program named in its kubeconfig. Run it only if you trust where this kubeconfig comes from.</source>
        <translation>上下文“%1”通过运行其 kubeconfig 中指定的程序登录。只有在您信任该 kubeconfig 的来源时才运行它。</translation>
    </message>
    <message>
        <source>Program: %1
Kubeconfig: %2</source>
        <translation>程序：%1
Kubeconfig：%2</translation>
    </message>
    <message>
        <source>Trust and Run</source>
        <translation>信任并运行</translation>
    </message>
</context>
<context>
    <name>Ui::FollowDisksDialog</name>
    <message>
        <source>Follow the moved disks of pool %1</source>
        <translation>跟随池 %1 已迁移的磁盘</translation>
    </message>
    <message>
        <source>Point the pool there</source>
        <translation>把池指向那里</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pool is not back yet&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;池尚未恢复&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Node %1, CStorPoolCluster %2, %3. Disks: %4.</source>
        <translation>节点 %1，CStorPoolCluster %2，%3。磁盘：%4。</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;b&gt;No such pool&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;没有这个池&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;无需操作&lt;/b&gt;：%1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is being pointed at node %2&lt;/b&gt;; following it.</source>
        <translation>&lt;b&gt;正在把池 %1 指向节点 %2&lt;/b&gt;；正在跟踪。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 cannot follow its disks&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;池 %1 无法跟随其磁盘&lt;/b&gt;：%2。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The disks of pool %1 are on node %2 now&lt;/b&gt;, its spec still names node %3. Point it at %2: the CSPC operator moves the pool&apos;s pod there, the pool is imported and its replicas serve again.</source>
        <translation>&lt;b&gt;池 %1 的磁盘现在位于节点 %2 上&lt;/b&gt;，其 spec 仍指向节点 %3。把它指向 %2：CSPC 运算符会把池的 Pod 移到那里，池被导入，其副本重新提供服务。</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (a JSON patch that first tests the old node):
%2</source>
        <translation>CStorPoolCluster %1 的编辑（先检查旧节点的 JSON 补丁）：
%2</translation>
    </message>
    <message>
        <source>Edit the CStorPoolCluster and follow the pool to its new node</source>
        <translation>编辑 CStorPoolCluster，并跟踪池到其新节点</translation>
    </message>
    <message>
        <source>In the same edit (the webhook refuses any edit while a pool spec names a gone node):</source>
        <translation>在同一次编辑中（只要有池 spec 指向已消失的节点，webhook 就会拒绝任何编辑）：</translation>
    </message>
    <message>
        <source>pool %1 from gone node %2 to node %3, where its disks are</source>
        <translation>池 %1 从已消失的节点 %2 指向其磁盘所在的节点 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;已恢复&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>Point the pools there</source>
        <translation>把这些池指向那里</translation>
    </message>
</context>
<context>
    <name>Ui::ForecastChart</name>
    <message>
        <source>Pool capacity forecast</source>
        <translation>池容量预测</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>已用（%）</translation>
    </message>
    <message>
        <source>Forecast horizon</source>
        <translation>预测范围</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>未来 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Pools forecast</source>
        <translation>预测的池</translation>
    </message>
    <message numerus="yes">
        <source>The %n soonest read-only</source>
        <translation>
            <numerusform>最早变为只读的 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>80 %</source>
        <translation>80 %</translation>
    </message>
    <message>
        <source>read-only at %1 %</source>
        <translation>%1 % 时只读</translation>
    </message>
    <message>
        <source>No forecast: %1. The Pool capacity tab shows what this console has seen since it started.</source>
        <translation>无预测：%1。池容量选项卡显示此控制台自启动以来看到的情况。</translation>
    </message>
    <message>
        <source>No forecast for %1: %2.</source>
        <translation>%1 无预测：%2。</translation>
    </message>
    <message>
        <source>The forecast comes from the history the cluster&apos;s Prometheus keeps, once the cluster is shown.</source>
        <translation>显示集群后，将根据集群的 Prometheus 保存的历史生成预测。</translation>
    </message>
    <message>
        <source>%1 is at its read-only threshold (%2 %).</source>
        <translation>%1 已达到只读阈值（%2 %）。</translation>
    </message>
    <message>
        <source>%1 goes read-only (%2 %) in ~%3 days (%4–%5).</source>
        <translation>%1 将在 ~%3 天后（%4–%5）变为只读（%2 %）。</translation>
    </message>
    <message>
        <source>%1 is not growing.</source>
        <translation>%1 未增长。</translation>
    </message>
    <message>
        <source>%1 Growth %2 a day over %3 days of history from %4 (%5).</source>
        <translation>%1 根据 %4 的 %3 天历史，每天增长 %2（%5）。</translation>
    </message>
    <message>
        <source>Not from Prometheus: %1.</source>
        <translation>不是来自 Prometheus：%1。</translation>
    </message>
</context>
<context>
    <name>Ui::HealthPanel</name>
    <message>
        <source>Health findings</source>
        <translation>健康检查发现项</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>发现项详情</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>未连接到集群。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n 个严重</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条信息</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>风险：</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修复：</translation>
    </message>
    <message>
        <source>See it with kubectl:</source>
        <translation>用 kubectl 查看：</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>Reading the cluster…</source>
        <translation>正在读取集群…</translation>
    </message>
    <message>
        <source>Recover volume…</source>
        <translation>恢复卷…</translation>
    </message>
    <message>
        <source>Recovery applies to a volume with a stuck move or a replica lost on the way.</source>
        <translation>恢复适用于迁移卡住或途中丢失副本的卷。</translation>
    </message>
    <message>
        <source>Shows what is wrong with volume %1 and the steps that bring it back, then takes them on your word.</source>
        <translation>显示卷 %1 的问题以及使其恢复的步骤，经您确认后执行。</translation>
    </message>
    <message>
        <source>Recover lost node…</source>
        <translation>恢复丢失的节点…</translation>
    </message>
    <message>
        <source>Shows what happens to each volume with a replica on the lost node, and replaces those replicas from their Healthy copies</source>
        <translation>显示丢失节点上有副本的每个卷将如何处理，并从其 Healthy 副本替换这些副本</translation>
    </message>
    <message>
        <source>Replace failed disk…</source>
        <translation>替换故障磁盘…</translation>
    </message>
    <message>
        <source>Shows the pool&apos;s failed disk and the unclaimed disks of its node that can take its place, then replaces it and follows the resilver</source>
        <translation>显示池中故障的磁盘以及其节点上可以替换它的未被占用磁盘，然后替换并跟踪 resilver</translation>
    </message>
    <message>
        <source>Follow moved disks…</source>
        <translation>跟随已迁移的磁盘…</translation>
    </message>
    <message>
        <source>When the pool&apos;s disks now sit on another node (its node was replaced, or the disks were moved): shows where they are and points the pool there</source>
        <translation>当池的磁盘现在位于另一个节点上时（其节点被替换，或磁盘被迁移）：显示磁盘所在位置，并把池指向那里</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Warn of read-only within </source>
        <translation>只读预警期限 </translation>
    </message>
    <message>
        <source>Warn of pools going read-only within</source>
        <translation>预警即将变为只读的池的期限</translation>
    </message>
    <message>
        <source>The doctor warns of pools that their capacity forecast (from the cluster&apos;s Prometheus) puts at their read-only threshold within this many days.</source>
        <translation>doctor 会对容量预测（来自集群的 Prometheus）显示将在这些天内达到只读阈值的池发出警告。</translation>
    </message>
</context>
<context>
    <name>Ui::IoChart</name>
    <message>
        <source>I/O over time</source>
        <translation>I/O 随时间变化</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operations a second</source>
        <translation>每秒操作数</translation>
    </message>
    <message>
        <source>Pool or volume whose I/O is shown</source>
        <translation>显示其 I/O 的池或卷</translation>
    </message>
    <message>
        <source>Pool or volume…</source>
        <translation>池或卷…</translation>
    </message>
    <message>
        <source>I/O window</source>
        <translation>I/O 时间范围</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Throughput (%1)</source>
        <translation>吞吐量（%1）</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Operations a second (right)</source>
        <translation>每秒操作数（右轴）</translation>
    </message>
    <message>
        <source>The I/O comes from the cluster&apos;s Prometheus, once the cluster is shown.</source>
        <translation>显示集群后，I/O 数据来自集群的 Prometheus。</translation>
    </message>
    <message>
        <source>No I/O: %1.</source>
        <translation>无 I/O：%1。</translation>
    </message>
    <message>
        <source>Type a pool or a volume to see its I/O.</source>
        <translation>输入池或卷以查看其 I/O。</translation>
    </message>
    <message>
        <source>Pool %1</source>
        <translation>池 %1</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>卷 %1</translation>
    </message>
    <message>
        <source>%1: asking Prometheus %2…</source>
        <translation>%1：正在查询 Prometheus %2…</translation>
    </message>
    <message>
        <source>%1: no I/O: %2.</source>
        <translation>%1：无 I/O：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%1: Prometheus %2 has no I/O of it over the last %n day(s).</source>
        <translation>
            <numerusform>%1：Prometheus %2 中没有它最近 %n 天的 I/O。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over the last %n day(s): read %2 (peak %3), write %4 (peak %5), %6 operations a second (peak %7).</source>
        <translation>
            <numerusform>%1（最近 %n 天）：读取 %2（峰值 %3），写入 %4（峰值 %5），每秒 %6 次操作（峰值 %7）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Busiest volumes now: %1.</source>
        <translation>当前最繁忙的卷：%1。</translation>
    </message>
</context>
<context>
    <name>Ui::LostNodeDialog</name>
    <message>
        <source>Recover lost node %1</source>
        <translation>恢复丢失的节点 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Node %1 is lost&lt;/b&gt;: %2.&lt;br&gt;Its replicas cannot be moved off, only replaced: each volume that keeps a Healthy replica on another node gets a new replica, rebuilt from it, and then the lost one leaves the volume. A volume with no Healthy replica left is reported, never changed.</source>
        <translation>&lt;b&gt;节点 %1 已丢失&lt;/b&gt;：%2。&lt;br&gt;其副本无法迁出，只能替换：在其他节点上保有 Healthy 副本的每个卷都会获得一个从其重建的新副本，然后丢失的副本离开该卷。没有剩余 Healthy 副本的卷只会被报告，绝不会被更改。</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Replica on</source>
        <translation>副本所在</translation>
    </message>
    <message>
        <source>Healthy elsewhere</source>
        <translation>其他处 Healthy</translation>
    </message>
    <message>
        <source>What the console does</source>
        <translation>控制台的操作</translation>
    </message>
    <message>
        <source>Volumes with a replica on the lost node</source>
        <translation>在丢失节点上有副本的卷</translation>
    </message>
    <message>
        <source>&amp;Volumes with a replica there</source>
        <translation>在那里有副本的卷(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n replica(s)…</source>
        <translation>
            <numerusform>替换 %n 个副本…</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume can get a new replica now</source>
        <translation>目前没有卷可以获得新副本</translation>
    </message>
    <message>
        <source>Plan the new replicas: checks, capacity and the server&apos;s dry run before anything changes</source>
        <translation>规划新副本：在任何更改前进行检查、容量评估和服务器试运行</translation>
    </message>
    <message>
        <source>Steps that remove the dead pool</source>
        <translation>移除失效池的步骤</translation>
    </message>
    <message>
        <source>No volume uses the pools of %1 any more. If the node is gone for good (if it comes back, its pools still hold these datasets), remove the dead pool by hand:</source>
        <translation>已没有卷使用 %1 的池。如果该节点已永久消失（若它回来，其池中仍保存这些数据集），请手动移除失效池：</translation>
    </message>
    <message>
        <source>Copy steps</source>
        <translation>复制步骤</translation>
    </message>
    <message>
        <source>New replica on %1</source>
        <translation>在 %1 上新建副本</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>无空间</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>无法定数</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已丢失</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No volume counts on a replica there.</source>
        <translation>没有卷依赖那里的副本。</translation>
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
        <translation>%1 的令牌保存在您的密钥环中。</translation>
    </message>
    <message>
        <source>The token for %1 is used for this session only: %2</source>
        <translation>%1 的令牌仅用于本次会话：%2</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Lock: when on, nothing in this window can change the cluster</source>
        <translation>锁定：开启时，此窗口中的任何操作都不能更改集群</translation>
    </message>
    <message>
        <source>Read-only (locked)</source>
        <translation>只读（已锁定）</translation>
    </message>
    <message>
        <source>Move replica to…</source>
        <translation>将副本移到…</translation>
    </message>
    <message>
        <source>Drain node…</source>
        <translation>排空节点…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=, or the mouse wheel)</source>
        <translation>放大（Ctrl+= 或鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, or the mouse wheel)</source>
        <translation>缩小（Ctrl+- 或鼠标滚轮）</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show every node (Ctrl+0)</source>
        <translation>显示所有节点（Ctrl+0）</translation>
    </message>
    <message>
        <source>Open kubeconfig…</source>
        <translation>打开 kubeconfig…</translation>
    </message>
    <message>
        <source>Open demo cluster</source>
        <translation>打开演示集群</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>上下文：</translation>
    </message>
    <message>
        <source>Kubeconfig context</source>
        <translation>kubeconfig 上下文</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>命名空间：</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (usually openebs)</source>
        <translation>cStor 所在的命名空间（通常为 openebs）</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Applies when the console is started again</source>
        <translation>在控制台重新启动后生效</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The language changes when the console is started again.</source>
        <translation>语言将在控制台重新启动后更改。</translation>
    </message>
    <message>
        <source>Filter pools, e.g. node2 or ONLINE</source>
        <translation>筛选池，例如 node2 或 ONLINE</translation>
    </message>
    <message>
        <source>Filter replicas, e.g. a volume, pool, node or phase</source>
        <translation>筛选副本，例如卷、池、节点或阶段</translation>
    </message>
    <message>
        <source>Filter volumes, e.g. pvc-d1b2 or Degraded</source>
        <translation>筛选卷，例如 pvc-d1b2 或 Degraded</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>筛选节点</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>池</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Pools table</source>
        <translation>池表格</translation>
    </message>
    <message>
        <source>Replicas table</source>
        <translation>副本表格</translation>
    </message>
    <message>
        <source>Volumes table</source>
        <translation>卷表格</translation>
    </message>
    <message>
        <source>Nodes table</source>
        <translation>节点表格</translation>
    </message>
    <message>
        <source>Simulated cluster (demo) — changes affect only this simulation</source>
        <translation>模拟集群（演示）— 更改只影响此模拟</translation>
    </message>
    <message>
        <source>The API server&apos;s certificate is not verified (insecure-skip-tls-verify in the kubeconfig): anyone on the network path could read or change what you see and do.</source>
        <translation>未验证 API 服务器的证书（kubeconfig 中设置了 insecure-skip-tls-verify）：网络路径上的任何人都可能读取或篡改您看到的内容和执行的操作。</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>安全警告</translation>
    </message>
    <message>
        <source>Demo cluster notice</source>
        <translation>演示集群提示</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Cluster summary</source>
        <translation>集群概要</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>Cluster: %1
User: %2
Namespace: %3</source>
        <translation>集群：%1
用户：%2
命名空间：%3</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>No kubeconfig context</source>
        <translation>无 kubeconfig 上下文</translation>
    </message>
    <message>
        <source>%1 — cStor Console</source>
        <translation>%1 — cStor Console</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Choose another context</source>
        <translation>选择其他上下文</translation>
    </message>
    <message>
        <source>This kubeconfig cannot be used</source>
        <translation>无法使用此 kubeconfig</translation>
    </message>
    <message>
        <source>The kubeconfig or the context could not be read. Check the file with &lt;tt&gt;kubectl config view&lt;/tt&gt;, or choose another one.</source>
        <translation>无法读取 kubeconfig 或上下文。请用 &lt;tt&gt;kubectl config view&lt;/tt&gt; 检查该文件，或选择其他文件。</translation>
    </message>
    <message>
        <source>Choose kubeconfig file…</source>
        <translation>选择 kubeconfig 文件…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Listing the cStor pools, volumes and replicas in namespace &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>正在列出命名空间 &lt;b&gt;%1&lt;/b&gt; 中的 cStor 池、卷和副本。</translation>
    </message>
    <message>
        <source>No cStor in this cluster</source>
        <translation>此集群中没有 cStor</translation>
    </message>
    <message>
        <source>The cluster of context &lt;b&gt;%1&lt;/b&gt; does not serve the cStor resources (cstor.openebs.io). Install OpenEBS cStor there, or choose the context of a cluster that runs it.</source>
        <translation>上下文 &lt;b&gt;%1&lt;/b&gt; 的集群未提供 cStor 资源（cstor.openebs.io）。请在该集群中安装 OpenEBS cStor，或选择运行 cStor 的集群的上下文。</translation>
    </message>
    <message>
        <source>The cluster refused your credentials</source>
        <translation>集群拒绝了您的凭据</translation>
    </message>
    <message>
        <source>The API server of context &lt;b&gt;%1&lt;/b&gt; answered 401 Unauthorized: the kubeconfig&apos;s credentials for user &lt;b&gt;%2&lt;/b&gt; are missing, wrong or expired. Renew them (for example with your cloud&apos;s login command), or use a token: it is kept in your desktop keychain, never in a file.</source>
        <translation>上下文 &lt;b&gt;%1&lt;/b&gt; 的 API 服务器响应 401 Unauthorized：kubeconfig 中用户 &lt;b&gt;%2&lt;/b&gt; 的凭据缺失、错误或已过期。请续期凭据（例如使用云服务商的登录命令），或使用令牌：令牌保存在您的桌面密钥环中，绝不写入文件。</translation>
    </message>
    <message>
        <source>Use a token…</source>
        <translation>使用令牌…</translation>
    </message>
    <message>
        <source>No permission to list cStor objects</source>
        <translation>无权列出 cStor 对象</translation>
    </message>
    <message>
        <source>Your user in context &lt;b&gt;%1&lt;/b&gt; may not list the cStor pools, volumes and replicas in namespace &lt;b&gt;%2&lt;/b&gt;. Ask your cluster administrator for get, list and watch on cstor.openebs.io resources and events there, or choose another namespace or context.</source>
        <translation>您在上下文 &lt;b&gt;%1&lt;/b&gt; 中的用户不能列出命名空间 &lt;b&gt;%2&lt;/b&gt; 中的 cStor 池、卷和副本。请向集群管理员申请该命名空间中 cstor.openebs.io 资源和事件的 get、list 和 watch 权限，或选择其他命名空间或上下文。</translation>
    </message>
    <message>
        <source>Cannot reach the cluster</source>
        <translation>无法连接到集群</translation>
    </message>
    <message>
        <source>The API server of context &lt;b&gt;%1&lt;/b&gt; does not answer. Check your network or VPN and that the cluster is running; the console keeps retrying.</source>
        <translation>上下文 &lt;b&gt;%1&lt;/b&gt; 的 API 服务器没有响应。请检查网络或 VPN 以及集群是否在运行；控制台会持续重试。</translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation>%1 的令牌</translation>
    </message>
    <message>
        <source>Bearer token for context %1 (kept in your desktop keychain, never in a file):</source>
        <translation>上下文 %1 的持有者令牌（保存在您的桌面密钥环中，绝不写入文件）：</translation>
    </message>
    <message>
        <source>Choose kubeconfig file</source>
        <translation>选择 kubeconfig 文件</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>未连接到集群。</translation>
    </message>
    <message>
        <source>The read-only lock is on; unlock it in the toolbar to make changes.</source>
        <translation>只读锁已开启；请在工具栏中解锁以进行更改。</translation>
    </message>
    <message>
        <source>Checking whether your user may change volume placement…</source>
        <translation>正在检查您的用户是否可以更改卷的放置…</translation>
    </message>
    <message>
        <source>Select a replica in the topology or the replicas table, then move it.</source>
        <translation>请在拓扑图或副本表格中选择一个副本，然后移动它。</translation>
    </message>
    <message>
        <source>Plan moving the selected replica to another pool</source>
        <translation>规划将所选副本移到另一个池</translation>
    </message>
    <message>
        <source>Select a node in the topology or the nodes table, then drain it.</source>
        <translation>请在拓扑图或节点表格中选择一个节点，然后排空它。</translation>
    </message>
    <message>
        <source>Plan moving every replica off %1</source>
        <translation>规划将 %1 上的所有副本迁出</translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>拓扑(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pools table</source>
        <translation>池表格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Replicas table</source>
        <translation>副本表格(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Volumes table</source>
        <translation>卷表格(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Nodes table</source>
        <translation>节点表格(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Migrations</source>
        <translation>迁移(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>Migration %1</source>
        <translation>迁移 %1</translation>
    </message>
    <message>
        <source>Migration %1: %2</source>
        <translation>迁移 %1：%2</translation>
    </message>
    <message>
        <source>The replica is gone.</source>
        <translation>该副本已不存在。</translation>
    </message>
    <message>
        <source>The replica is already on this pool.</source>
        <translation>该副本已在此池上。</translation>
    </message>
    <message>
        <source>Nothing to move: the replica is gone.</source>
        <translation>无需移动：该副本已不存在。</translation>
    </message>
    <message>
        <source>Cannot drain %1: %2</source>
        <translation>无法排空 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no replicas.</source>
        <translation>%1 不持有任何副本。</translation>
    </message>
    <message>
        <source>Move %1 from %2 to</source>
        <translation>将 %1 从 %2 移到</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Plan this move</source>
        <translation>规划此移动</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n 个池</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n 个卷</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n 个副本</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 used (%3 %)</source>
        <translation>已用 %1，共 %2（%3%）</translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n 个正在重建</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n 个不健康</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale node(s)</source>
        <translation>
            <numerusform>%n 个过时节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read-only pool(s)</source>
        <translation>
            <numerusform>%n 个只读池</numerusform>
        </translation>
    </message>
    <message>
        <source>Unhealthy: %1 pools, %2 volumes, %3 replicas (stale replicas count as unhealthy)</source>
        <translation>不健康：%1 个池，%2 个卷，%3 个副本（过时副本计为不健康）</translation>
    </message>
    <message>
        <source>The credential plugin is not trusted yet</source>
        <translation>尚未信任凭据插件</translation>
    </message>
    <message>
        <source>Context &lt;b&gt;%1&lt;/b&gt; signs in by running a program named in its kubeconfig. Nothing has been run. Review the program and trust it to connect, or choose another context.</source>
        <translation>上下文 &lt;b&gt;%1&lt;/b&gt; 通过运行其 kubeconfig 中指定的程序登录。尚未运行任何程序。请检查该程序并信任它以连接，或选择其他上下文。</translation>
    </message>
    <message>
        <source>Review Plugin…</source>
        <translation>检查插件…</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>健康(&amp;H)</translation>
    </message>
    <message>
        <source>Show what the doctor found (Alt+9)</source>
        <translation>显示 doctor 的发现（Alt+9）</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>健康：%1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>List the whole cluster again from the server (Ctrl+R)</source>
        <translation>从服务器重新列出整个集群 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Listing the whole cluster again…</source>
        <translation>正在重新列出整个集群…</translation>
    </message>
    <message>
        <source>Listed again: what is shown is what the server said at %1.</source>
        <translation>已重新列出：显示的是服务器在 %1 时的内容。</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Evacuate nodes or pools…</source>
        <translation>疏散节点或池…</translation>
    </message>
    <message>
        <source>Empty several nodes or pools as one plan of moves, run within caps you set</source>
        <translation>将多个节点或池作为一个移动计划清空，并在您设定的上限内运行</translation>
    </message>
    <message>
        <source>Rebalance pools…</source>
        <translation>重新平衡池…</translation>
    </message>
    <message>
        <source>Bring the used capacity of a pool cluster&apos;s pools within a few points of each other, as one plan of moves run within caps you set</source>
        <translation>使池集群中各池的已用容量彼此相差不超过几个百分点，作为一个移动计划在您设定的上限内运行</translation>
    </message>
    <message>
        <source>Objects not shown</source>
        <translation>未显示的对象</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) of the cluster could not be read and are not shown as they are: %1</source>
        <translation>
            <numerusform>集群中有 %n 个对象无法读取，未按其实际状态显示：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>命令面板…</translation>
    </message>
    <message>
        <source>Run any command, or show a node, pool or volume, by typing part of its name (Ctrl+K)</source>
        <translation>输入名称的一部分，运行任意命令，或显示节点、池或卷 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Cluster&apos;s Prometheus…</source>
        <translation>集群的 Prometheus…</translation>
    </message>
    <message>
        <source>Name the Prometheus the capacity forecasts and I/O come from, for this context</source>
        <translation>为此上下文指定容量预测和 I/O 所用的 Prometheus</translation>
    </message>
</context>
<context>
    <name>Ui::NodeItem</name>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n 个不健康</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>%n 个正在重建</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n 个副本</numerusform>
        </translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>过时</translation>
    </message>
    <message>
        <source>No cStor pool</source>
        <translation>无 cStor 池</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>未就绪</translation>
    </message>
</context>
<context>
    <name>Ui::NodeLossDialog</name>
    <message>
        <source>If %1 is lost now</source>
        <translation>如果现在失去 %1</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Healthy left</source>
        <translation>剩余 Healthy</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>替代</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Volumes with a replica on %1</source>
        <translation>在 %1 上有副本的卷</translation>
    </message>
    <message>
        <source>Nothing was changed. Evacuate the node first (Actions ▸ Evacuate nodes or pools…) to take it down without losing anything.</source>
        <translation>未做任何更改。请先疏散该节点（操作 ▸ 疏散节点或池…），以便在不丢失任何数据的情况下将其关闭。</translation>
    </message>
    <message>
        <source>Evacuate this node…</source>
        <translation>疏散此节点…</translation>
    </message>
    <message>
        <source>Plan moving every replica off %1 first, each to a pool of its pool cluster on another node</source>
        <translation>先计划将 %1 上的每个副本移走，每个移到其池集群中另一节点上的池</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of the volume&apos;s %2 replica(s) stay Healthy on other live nodes; its target needs %3 to serve I/O</source>
        <translation>该卷的 %2 个副本中有 %1 个在其他存活节点上保持 Healthy；其目标需要 %3 个才能提供 I/O</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Ui::NodePoolPicker</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Filter by node or pool name</source>
        <translation>按节点或池名称筛选</translation>
    </message>
    <message>
        <source>Filter nodes and pools</source>
        <translation>筛选节点和池</translation>
    </message>
    <message>
        <source>Node / pool</source>
        <translation>节点 / 池</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Nodes and pools to empty</source>
        <translation>要清空的节点和池</translation>
    </message>
    <message>
        <source>Nodes shown</source>
        <translation>显示的节点</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s)</source>
        <translation>
            <numerusform>%1 / %n 个节点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::OperationsPanel</name>
    <message>
        <source>Migration queue</source>
        <translation>迁移队列</translation>
    </message>
    <message>
        <source>Progress is estimated from the replicas&apos; used space.</source>
        <translation>进度根据副本的已用空间估算。</translation>
    </message>
    <message>
        <source>Cancel move</source>
        <translation>取消移动</translation>
    </message>
    <message>
        <source>Move back…</source>
        <translation>移回…</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Cannot cancel</source>
        <translation>无法取消</translation>
    </message>
    <message>
        <source>Remove the new replica again and keep the source (before the old replica is removed)</source>
        <translation>再次移除新副本并保留源副本（在旧副本被移除之前）</translation>
    </message>
    <message>
        <source>Plan the reverse move</source>
        <translation>规划反向移动</translation>
    </message>
    <message>
        <source>No migrations yet: drag a replica onto another pool in the topology, or select it and press Ctrl+M.</source>
        <translation>尚无迁移：在拓扑中将副本拖到另一个池，或选中它后按 Ctrl+M。</translation>
    </message>
    <message>
        <source>Start sooner</source>
        <translation>提前开始</translation>
    </message>
    <message>
        <source>Start later</source>
        <translation>推后开始</translation>
    </message>
    <message>
        <source>Cancel waiting…</source>
        <translation>取消等待中的移动…</translation>
    </message>
    <message>
        <source>About the progress</source>
        <translation>关于进度</translation>
    </message>
    <message>
        <source>Cancel waiting moves</source>
        <translation>取消等待中的移动</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n move(s) that have not started?</source>
        <translation>
            <numerusform>取消尚未开始的 %n 个移动吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Running moves go on to the end. The cancelled moves can be planned again later.</source>
        <translation>正在运行的移动会进行到底。已取消的移动以后可以重新规划。</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Start the selected waiting move before the one ahead of it</source>
        <translation>让所选的等待中移动先于其前一个移动开始</translation>
    </message>
    <message>
        <source>Start the selected waiting move after the one behind it</source>
        <translation>让所选的等待中移动在其后一个移动之后开始</translation>
    </message>
    <message>
        <source>Cancel every move that has not started; running moves finish</source>
        <translation>取消所有尚未开始的移动；正在运行的移动会完成</translation>
    </message>
    <message>
        <source>Moved by another console</source>
        <translation>由另一个控制台移动</translation>
    </message>
    <message>
        <source>Moves run by other consoles</source>
        <translation>其他控制台执行的移动</translation>
    </message>
    <message>
        <source>A move can be adopted once its console is silent: its process on this host is gone, or it has not renewed its record for %1.</source>
        <translation>当其控制台沉默时即可接管移动：它在本机上的进程已消失，或已有 %1 未续期其记录。</translation>
    </message>
    <message>
        <source>Adopt move…</source>
        <translation>接管移动…</translation>
    </message>
    <message>
        <source>Adopt move</source>
        <translation>接管移动</translation>
    </message>
    <message>
        <source>Finish this move here: wait for the new replica and the volume to be Healthy, then remove the old replica</source>
        <translation>在此完成该移动：等待新副本和卷变为 Healthy，然后删除旧副本</translation>
    </message>
    <message>
        <source>Adopt the move of %1?</source>
        <translation>接管 %1 的移动？</translation>
    </message>
    <message>
        <source>%1

This console then finishes the move: it waits until the new replica on %2 and the volume are Healthy, then removes the old replica on %3 (a move that was rolling back is rolled back). If the other console comes back, it leaves the move to this one.</source>
        <translation>%1

本控制台随后完成该移动：等待 %2 上的新副本和卷变为 Healthy，然后删除 %3 上的旧副本（正在回滚的移动将完成回滚）。如果另一个控制台恢复，它会把该移动留给本控制台。</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>Cannot adopt</source>
        <translation>无法接管</translation>
    </message>
    <message>
        <source>Cannot adopt the move of %1: %2</source>
        <translation>无法接管 %1 的移动：%2</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewLegendItem</name>
    <message>
        <source>Fullest pool used:</source>
        <translation>最满池的使用率：</translation>
    </message>
    <message>
        <source>capacity unknown</source>
        <translation>容量未知</translation>
    </message>
    <message>
        <source>offline, faulted or NotReady</source>
        <translation>离线、故障或 NotReady</translation>
    </message>
    <message>
        <source>degraded, read-only or stale</source>
        <translation>降级、只读或过时</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>重建中</translation>
    </message>
    <message>
        <source>Click a node to see it in detail</source>
        <translation>点击节点查看详情</translation>
    </message>
</context>
<context>
    <name>Ui::PlanDialog</name>
    <message>
        <source>Move replica</source>
        <translation>移动副本</translation>
    </message>
    <message numerus="yes">
        <source>Move %n replicas</source>
        <translation>
            <numerusform>移动 %n 个副本</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Move a replica of %1&lt;/b&gt;&lt;br&gt;from pool &lt;b&gt;%2&lt;/b&gt; to pool &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;移动 %1 的一个副本&lt;/b&gt;&lt;br&gt;从池 &lt;b&gt;%2&lt;/b&gt; 到池 &lt;b&gt;%3&lt;/b&gt;。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Move %n replicas&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;移动 %n 个副本&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Add the target pool to the volume (a new replica is created and rebuilds from its peers).&lt;/li&gt;&lt;li&gt;Wait until the new replica and the volume are Healthy.&lt;/li&gt;&lt;li&gt;Remove the source pool (the old replica is deleted).&lt;/li&gt;&lt;/ol&gt;The old replica is never removed before its replacement is Healthy.</source>
        <translation>&lt;ol&gt;&lt;li&gt;将目标池添加到卷（创建一个新副本，并从其对等副本重建）。&lt;/li&gt;&lt;li&gt;等待新副本和卷变为 Healthy。&lt;/li&gt;&lt;li&gt;移除源池（删除旧副本）。&lt;/li&gt;&lt;/ol&gt;在替代副本变为 Healthy 之前，旧副本绝不会被移除。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;apacity before and after</source>
        <translation>移动前后的容量(&amp;A)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Capacity after the moves</source>
        <translation>移动后的容量</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Writes are allowed</source>
        <translation>允许写入</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Dry run: not sent, a check refused the plan.</source>
        <translation>试运行：未发送，某项检查拒绝了该计划。</translation>
    </message>
    <message>
        <source>Dry run: asking the server…</source>
        <translation>试运行：正在询问服务器…</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1：%2
</translation>
    </message>
    <message>
        <source>Dry run: the server accepts the change.</source>
        <translation>试运行：服务器接受该更改。</translation>
    </message>
    <message>
        <source>Dry run refused: %1</source>
        <translation>试运行被拒绝：%1</translation>
    </message>
    <message>
        <source>A check refused the plan</source>
        <translation>某项检查拒绝了该计划</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s dry run</source>
        <translation>正在等待服务器的试运行</translation>
    </message>
    <message>
        <source>Recent I/O of %1: %2. A rebuild adds its copy to the pools&apos; load while it runs; a busy volume may be better moved at a quiet hour.</source>
        <translation>%1 的近期 I/O：%2。重建运行期间会把其复制负载加到池上；繁忙的卷最好在空闲时段移动。</translation>
    </message>
</context>
<context>
    <name>Ui::PoolItem</name>
    <message>
        <source>%1 % used · %2 free of %3</source>
        <translation>已用 %1% · 可用 %2，共 %3</translation>
    </message>
    <message>
        <source>READ-ONLY · %1 % used · %2 free</source>
        <translation>只读 · 已用 %1% · 可用 %2</translation>
    </message>
    <message>
        <source>NEAR LIMIT · %1 % used · %2 free</source>
        <translation>接近上限 · 已用 %1% · 可用 %2</translation>
    </message>
</context>
<context>
    <name>Ui::PoolTaskDialog</name>
    <message>
        <source>Reading pool %1 …</source>
        <translation>正在读取池 %1 …</translation>
    </message>
    <message>
        <source>The edit and its progress</source>
        <translation>修改及其进度</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pool cannot be read&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;无法读取该池&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>您可以：</translation>
    </message>
</context>
<context>
    <name>Ui::ProjectionChart</name>
    <message>
        <source>Used capacity before and after</source>
        <translation>移动前后的已用容量</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>移动前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>移动后</translation>
    </message>
    <message>
        <source>%1 crosses %2 %: %3 % → %4 %</source>
        <translation>%1 超过 %2%：%3% → %4%</translation>
    </message>
    <message>
        <source>%1 stays above %2 %: %3 % → %4 %</source>
        <translation>%1 保持在 %2% 以上：%3% → %4%</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>已用（%）</translation>
    </message>
    <message>
        <source>No affected pool reaches %1 % used.</source>
        <translation>没有受影响的池达到 %1% 使用率。</translation>
    </message>
</context>
<context>
    <name>Ui::PrometheusSetting</name>
    <message>
        <source>Cluster&apos;s Prometheus</source>
        <translation>集群的 Prometheus</translation>
    </message>
    <message>
        <source>The Prometheus Service of context %1, as NAMESPACE/SERVICE:PORT (for example monitoring/prometheus-operated:9090). It is asked through the API server&apos;s service proxy with the context&apos;s credentials. Leave it empty to let the console look for it as Lens does.</source>
        <translation>上下文 %1 的 Prometheus Service，格式为 NAMESPACE/SERVICE:PORT（例如 monitoring/prometheus-operated:9090）。通过 API 服务器的服务代理、使用该上下文的凭据查询。留空则由控制台像 Lens 一样自行查找。</translation>
    </message>
</context>
<context>
    <name>Ui::QueueBar</name>
    <message>
        <source>Move queue</source>
        <translation>移动队列</translation>
    </message>
    <message>
        <source>Data copied by the plan</source>
        <translation>计划已复制的数据</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>计划进度</translation>
    </message>
    <message>
        <source>Pause queue</source>
        <translation>暂停队列</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>恢复队列</translation>
    </message>
    <message>
        <source>Queue paused</source>
        <translation>队列已暂停</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>维护窗口</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused.&lt;/b&gt;</source>
        <translation>&lt;b&gt;队列已暂停。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;队列已暂停：&lt;/b&gt;%1。</translation>
    </message>
    <message>
        <source>Running moves finish; no waiting move starts until the queue is resumed.</source>
        <translation>正在运行的移动会完成；在队列恢复之前，不会开始任何等待中的移动。</translation>
    </message>
    <message>
        <source>Moves start only between %1</source>
        <translation>移动仅在 %1 时段内开始</translation>
    </message>
    <message>
        <source>Let the waiting moves start again, as the caps allow</source>
        <translation>让等待中的移动在上限允许时重新开始</translation>
    </message>
    <message>
        <source>Start no more moves until the queue is resumed; the running ones finish</source>
        <translation>在队列恢复之前不再开始新的移动；正在运行的移动会完成</translation>
    </message>
    <message>
        <source>by %1 in the window</source>
        <translation>由 %1 在窗口中</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>某位操作员</translation>
    </message>
</context>
<context>
    <name>Ui::QueueSettingsForm</name>
    <message>
        <source>Rebuilds onto one &amp;pool at once:</source>
        <translation>同时向一个池重建的数量(&amp;P)：</translation>
    </message>
    <message>
        <source>A pool that receives replicas rebuilds them with its own disks</source>
        <translation>接收副本的池用自己的磁盘重建这些副本</translation>
    </message>
    <message>
        <source>Moves off one &amp;node at once:</source>
        <translation>同时从一个节点迁出的数量(&amp;N)：</translation>
    </message>
    <message>
        <source>Every move reads its data from the volume&apos;s other replicas</source>
        <translation>每次移动都从卷的其他副本读取数据</translation>
    </message>
    <message>
        <source>Moves in the &amp;cluster at once:</source>
        <translation>集群中同时进行的移动数(&amp;C)：</translation>
    </message>
    <message>
        <source>All moves of every plan</source>
        <translation>所有计划的全部移动</translation>
    </message>
    <message>
        <source>cStor has no rebuild throttle: these caps are the lever on the load.</source>
        <translation>cStor 没有重建限速：这些上限是控制负载的手段。</translation>
    </message>
    <message>
        <source>Start moves only &amp;between</source>
        <translation>仅在以下时段开始移动(&amp;B)</translation>
    </message>
    <message>
        <source>Start moves only in a maintenance window</source>
        <translation>仅在维护窗口内开始移动</translation>
    </message>
    <message>
        <source>Waiting moves start only in these hours of the day (local time); a move running when the window closes finishes</source>
        <translation>等待中的移动只在每天的这些时段（本地时间）开始；维护窗口关闭时正在运行的移动会完成</translation>
    </message>
    <message>
        <source>Window opens at</source>
        <translation>维护窗口开始时间</translation>
    </message>
    <message>
        <source>Window closes at</source>
        <translation>维护窗口结束时间</translation>
    </message>
    <message>
        <source>Time zone of the window</source>
        <translation>维护窗口的时区</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <source>opens and closes at the same minute</source>
        <translation>开始和结束在同一分钟</translation>
    </message>
    <message>
        <source>Untick the box to start moves at any time</source>
        <translation>取消勾选此框即可随时开始移动</translation>
    </message>
</context>
<context>
    <name>Ui::QuitGuard</name>
    <message>
        <source>A replica is being moved.</source>
        <translation>正在移动一个副本。</translation>
    </message>
    <message>
        <source>%1 replicas are being moved.</source>
        <translation>正在移动 %1 个副本。</translation>
    </message>
    <message>
        <source>A move of a replica is waiting to start.</source>
        <translation>一个副本移动正在等待开始。</translation>
    </message>
    <message>
        <source>%1 moves of replicas are waiting to start.</source>
        <translation>%1 个副本移动正在等待开始。</translation>
    </message>
    <message>
        <source>Moves are under way</source>
        <translation>有移动正在进行</translation>
    </message>
    <message>
        <source>If you quit now, each started move stops where it is: the volume keeps its old and its new replica, so nothing is lost, but it holds one replica more until cStor Console carries the move on.</source>
        <translation>如果现在退出，每个已开始的移动都会停在当前位置：卷保留旧副本和新副本，因此不会丢失任何数据，但在 cStor Console 继续该移动之前，它会多一个副本。</translation>
    </message>
    <message>
        <source>The waiting move will not start.</source>
        <translation>等待中的移动不会开始。</translation>
    </message>
    <message>
        <source>The %1 waiting moves will not start.</source>
        <translation>%1 个等待中的移动不会开始。</translation>
    </message>
    <message>
        <source>The next time cStor Console connects to this context, it finishes what was left.</source>
        <translation>下次 cStor Console 连接到此上下文时，会完成剩下的工作。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>继续运行</translation>
    </message>
</context>
<context>
    <name>Ui::RebalanceDialog</name>
    <message>
        <source>Rebalance pools</source>
        <translation>重新平衡池</translation>
    </message>
    <message>
        <source>Brings the used capacity of a pool cluster&apos;s pools within a few points of each other: again and again a replica leaves the fullest pool for the pool that stays emptiest with it, small replicas of Healthy volumes first, under every rule of a single move. Only ONLINE, writable pools on live nodes count.</source>
        <translation>使池集群中各池的已用容量彼此相差不超过几个百分点：反复将一个副本从最满的池移到接收它后仍最空的池，优先移动 Healthy 卷的小副本，并遵守单次移动的每条规则。只计入位于存活节点上、ONLINE 且可写的池。</translation>
    </message>
    <message>
        <source>Pool cluster to rebalance</source>
        <translation>要重新平衡的池集群</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>Target spread in percentage points</source>
        <translation>目标差距（百分点）</translation>
    </message>
    <message>
        <source>The most percentage points of used capacity between the fullest and the emptiest pool</source>
        <translation>最满与最空的池之间已用容量相差的最大百分点数</translation>
    </message>
    <message>
        <source>Target &amp;spread:</source>
        <translation>目标差距(&amp;S)：</translation>
    </message>
    <message>
        <source>Capacity after the moves</source>
        <translation>移动后的容量</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>源池</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>目标池</translation>
    </message>
    <message>
        <source>To node</source>
        <translation>目标节点</translation>
    </message>
    <message>
        <source>Moves of the plan</source>
        <translation>计划中的移动</translation>
    </message>
    <message>
        <source>&amp;Moves</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>Pools left out and why the target is not reached</source>
        <translation>被排除的池以及未达到目标的原因</translation>
    </message>
    <message>
        <source>Show plan…</source>
        <translation>显示计划…</translation>
    </message>
    <message>
        <source>The moves with their checks, each pool&apos;s capacity before and after, and the server&apos;s dry run, before anything changes</source>
        <translation>在任何更改前，显示各移动及其检查、每个池移动前后的容量以及服务器的试运行</translation>
    </message>
    <message>
        <source>Every pool cluster</source>
        <translation>所有池集群</translation>
    </message>
    <message>
        <source>Pool cluster %1</source>
        <translation>池集群 %1</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>正在规划…</translation>
    </message>
    <message>
        <source>spread %1 points now.</source>
        <translation>当前差距 %1 个百分点。</translation>
    </message>
    <message>
        <source>The best plan leaves a spread of %1 points, more than %2: nothing can start. Set the target to %1 points to apply that plan.</source>
        <translation>最佳计划仍留下 %1 个百分点的差距，超过 %2：无法开始。将目标设为 %1 个百分点即可应用该计划。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the pools are within %2 points already (spread %3): nothing to move.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：各池的差距已在 %2 个百分点以内（差距 %3）：无需移动。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: spread %2 → %3 points (at most %4): %n replica(s) to move, %5 to copy.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：差距 %2 → %3 个百分点（最多 %4）：需移动 %n 个副本，需复制 %5。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool cl&amp;uster:</source>
        <translation>池集群(&amp;U)：</translation>
    </message>
    <message>
        <source>Pools before and &amp;after</source>
        <translation>池的前后对比(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Ui::RebuildChart</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Rebuild progress (estimated)</source>
        <translation>重建进度（估算）</translation>
    </message>
    <message>
        <source>Estimated % copied</source>
        <translation>估算的复制百分比</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — stalled</source>
        <translation>%1 — 已停滞</translation>
    </message>
    <message>
        <source>Percentages are estimates from the new replica&apos;s used bytes.</source>
        <translation>百分比根据新副本的已用字节数估算。</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>rate unknown</source>
        <translation>速率未知</translation>
    </message>
    <message>
        <source>%1: stalled</source>
        <translation>%1：已停滞</translation>
    </message>
    <message>
        <source>%1: ETA %2 at %3</source>
        <translation>%1：预计剩余 %2（速率 %3）</translation>
    </message>
    <message>
        <source>%1: ETA unknown (%2)</source>
        <translation>%1：剩余时间未知（%2）</translation>
    </message>
    <message>
        <source>No replica is rebuilding. %1</source>
        <translation>没有正在重建的副本。%1</translation>
    </message>
    <message>
        <source>Rebuild progress (estimated) — %1</source>
        <translation>重建进度（估算）— %1</translation>
    </message>
    <message>
        <source>Rebuild of %1 %2 % (estimate)</source>
        <translation>%1 的重建 %2%（估算）</translation>
    </message>
    <message>
        <source>, stalled</source>
        <translation>，已停滞</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>，%1/秒</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>，约剩 %1</translation>
    </message>
    <message>
        <source>No replica is rebuilding.</source>
        <translation>没有正在重建的副本。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rebuilding (hover a line for its name)</source>
        <translation>
            <numerusform>… 另有 %n 个正在重建（将鼠标悬停在线上查看名称）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuild progress (estimated) — %n rebuilding</source>
        <translation>
            <numerusform>重建进度（估计）— %n 个正在重建</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 % copied at %3 s (estimate)</source>
        <translation>%1
%3 秒时已复制 %2 %（估计）</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>大约还剩 %1</translation>
    </message>
</context>
<context>
    <name>Ui::RecoveryDialog</name>
    <message>
        <source>Recover volume %1</source>
        <translation>恢复卷 %1</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>恢复计划</translation>
    </message>
    <message>
        <source>Recovery progress</source>
        <translation>恢复进度</translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation>立即恢复</translation>
    </message>
    <message>
        <source>Reading volume %1 from the cluster…</source>
        <translation>正在从集群读取卷 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 can be brought back in %n step(s), each verified on the cluster before the next:</source>
        <translation>
            <numerusform>卷 %1 可通过 %n 个步骤恢复，每一步在进行下一步之前都会在集群上验证：</numerusform>
        </translation>
    </message>
    <message>
        <source>Volume %1 needs a manual recovery; the console changes nothing.</source>
        <translation>卷 %1 需要手动恢复；控制台不做任何更改。</translation>
    </message>
    <message>
        <source>Volume %1: nothing to do; it is at its replica count, all replicas Healthy on live nodes.</source>
        <translation>卷 %1：无需操作；它已达到副本数，所有副本在存活节点上均为 Healthy。</translation>
    </message>
    <message>
        <source>The volume could not be read (exit code %1).</source>
        <translation>无法读取该卷（退出码 %1）。</translation>
    </message>
    <message>
        <source>Recovering volume %1…</source>
        <translation>正在恢复卷 %1…</translation>
    </message>
    <message>
        <source>Volume %1 is back at its replica count, all replicas Healthy.</source>
        <translation>卷 %1 已恢复到其副本数，所有副本均为 Healthy。</translation>
    </message>
    <message>
        <source>The recovery of volume %1 stopped before the volume was back; the progress below says which step and why.</source>
        <translation>卷 %1 的恢复在卷恢复之前停止了；下方的进度说明了停在哪一步以及原因。</translation>
    </message>
    <message>
        <source>What is wrong:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>Not automated:</source>
        <translation>未自动化：</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>风险：</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>您可以：</translation>
    </message>
</context>
<context>
    <name>Ui::RecoveryProcess</name>
    <message>
        <source>The recovery command stopped unexpectedly.</source>
        <translation>恢复命令意外停止。</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
</context>
<context>
    <name>Ui::ReplicaChip</name>
    <message>
        <source>(new)</source>
        <translation>（新）</translation>
    </message>
    <message>
        <source>Reconstructing</source>
        <translation>正在重建</translation>
    </message>
    <message>
        <source>New, degraded</source>
        <translation>新建，降级</translation>
    </message>
    <message>
        <source>~%1 %</source>
        <translation>~%1%</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>过时</translation>
    </message>
</context>
<context>
    <name>Ui::RowCopy</name>
    <message>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
</context>
<context>
    <name>Ui::SearchField</name>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>查找 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find a node, pool, volume or replica by any part of its name, or a volume by its claim or its pods; Enter shows the first match</source>
        <translation>按名称的任意部分查找节点、池、卷或副本，或按声明或其 Pod 查找卷；回车显示第一个匹配项</translation>
    </message>
</context>
<context>
    <name>Ui::SearchIndex</name>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>池</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>副本</translation>
    </message>
</context>
<context>
    <name>Ui::TablePanel</name>
    <message>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show only rows that are unhealthy, read-only or stale</source>
        <translation>仅显示不健康、只读或过时的行</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyItemAccessible</name>
    <message>
        <source>Stale</source>
        <translation>过时</translation>
    </message>
    <message>
        <source>Node %1, %2</source>
        <translation>节点 %1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n 个池</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n 个副本</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool %1</source>
        <translation>池 %1</translation>
    </message>
    <message>
        <source>Pool %1 on %2, %3, %4 % used</source>
        <translation>%2 上的池 %1，%3，已用 %4%</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>过时</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>副本 %1</translation>
    </message>
    <message>
        <source>Replica %1 on pool %2, %3</source>
        <translation>池 %2 上的副本 %1，%3</translation>
    </message>
    <message>
        <source>about %1 % rebuilt (estimate)</source>
        <translation>约已重建 %1%（估算）</translation>
    </message>
    <message>
        <source>Ctrl+M moves this replica to another pool.</source>
        <translation>Ctrl+M 将此副本移到另一个池。</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>NotReady</translation>
    </message>
    <message>
        <source>its import fails (PoolLost)</source>
        <translation>其导入失败（PoolLost）</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyScene</name>
    <message>
        <source>The replica is already on this pool</source>
        <translation>该副本已在此池上</translation>
    </message>
    <message>
        <source>Drop on a pool to plan moving %1</source>
        <translation>拖放到池上以规划移动 %1</translation>
    </message>
    <message>
        <source>Move to %1 (%2)</source>
        <translation>移到 %1（%2）</translation>
    </message>
    <message>
        <source>Cannot move to %1: %2</source>
        <translation>无法移到 %1：%2</translation>
    </message>
    <message>
        <source>Move replica to…</source>
        <translation>将副本移到…</translation>
    </message>
    <message>
        <source>Plan moving this replica to another pool</source>
        <translation>规划将此副本移到另一个池</translation>
    </message>
    <message>
        <source>Highlight all replicas of this volume</source>
        <translation>突出显示此卷的所有副本</translation>
    </message>
    <message>
        <source>Drain node…</source>
        <translation>排空节点…</translation>
    </message>
    <message>
        <source>Plan moving every replica off this node&apos;s pools</source>
        <translation>规划将此节点各池上的所有副本迁出</translation>
    </message>
    <message>
        <source>Show in table</source>
        <translation>在表格中显示</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Volume: %2&lt;br&gt;Pool: %3 on %4&lt;br&gt;Phase: %5&lt;br&gt;Used: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;卷：%2&lt;br&gt;池：%4 上的 %3&lt;br&gt;阶段：%5&lt;br&gt;已用：%6</translation>
    </message>
    <message>
        <source>&lt;br&gt;Rebuilt: about %1 % (estimated from a healthy peer)</source>
        <translation>&lt;br&gt;已重建：约 %1%（根据一个健康的对等副本估算）</translation>
    </message>
    <message>
        <source>&lt;br&gt;Status updated: %1</source>
        <translation>&lt;br&gt;状态更新于：%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; this status is no longer being updated; the phase may not be true any more.</source>
        <translation>&lt;br&gt;&lt;b&gt;过时：&lt;/b&gt;此状态已不再更新；阶段可能已不准确。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Node: %2&lt;br&gt;Phase: %3&lt;br&gt;Used %4 of %5 (%6 %), %7 free&lt;br&gt;Replicas: %8 healthy of %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;节点：%2&lt;br&gt;阶段：%3&lt;br&gt;已用 %4，共 %5（%6%），可用 %7&lt;br&gt;副本：%9 个中 %8 个健康</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Read-only:&lt;/b&gt; the pool passed its %1 % threshold; its replicas accept no writes.</source>
        <translation>&lt;br&gt;&lt;b&gt;只读：&lt;/b&gt;该池已超过 %1% 阈值；其副本不再接受写入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n 个副本</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; the connection to the cluster is not live.</source>
        <translation>&lt;br&gt;&lt;b&gt;过时：&lt;/b&gt;与集群的连接不是实时的。</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; no replica on this node has reported since %1; the node or its pool manager may be down.</source>
        <translation>&lt;br&gt;&lt;b&gt;过时：&lt;/b&gt;自 %1 起此节点上没有副本报告；节点或其池管理器可能已宕机。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>node: its pools, its replicas</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n 个池</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;NotReady:&lt;/b&gt; the cluster lost contact with this node; its pools and replicas do not answer, and what they show is their last report.</source>
        <translation>&lt;br&gt;&lt;b&gt;NotReady：&lt;/b&gt;集群已与此节点失去联系；其池和副本没有响应，显示的是它们最后一次报告。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;Health:&lt;/b&gt; %n finding(s)</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;健康：&lt;/b&gt;%n 项发现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Health dock (Alt+9)</source>
        <translation>
            <numerusform>另有 %n 项见健康面板 (Alt+9)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover volume…</source>
        <translation>恢复卷…</translation>
    </message>
    <message>
        <source>Show how the console would bring %1 back to its replica count, then do it</source>
        <translation>显示控制台将如何把 %1 恢复到其副本数，然后执行</translation>
    </message>
    <message>
        <source>%1 needs no recovery the console can offer</source>
        <translation>控制台无法为 %1 提供恢复</translation>
    </message>
    <message>
        <source>Recover lost node…</source>
        <translation>恢复丢失的节点…</translation>
    </message>
    <message>
        <source>Show what happens to each volume with a replica on this node, and replace those replicas from their Healthy copies on other nodes</source>
        <translation>显示此节点上有副本的每个卷将如何处理，并从其他节点上的 Healthy 副本替换这些副本</translation>
    </message>
    <message>
        <source>If this node is lost…</source>
        <translation>如果失去此节点…</translation>
    </message>
    <message>
        <source>This node is lost already: Recover lost node… shows what it costs each volume</source>
        <translation>此节点已丢失：“恢复丢失的节点…”会显示它对每个卷的影响</translation>
    </message>
    <message>
        <source>What each volume with a replica on this node would lose if it went down now, and where replacements would go. Changes nothing.</source>
        <translation>如果此节点现在宕机，在其上有副本的每个卷会失去什么，以及替代副本会去哪里。不做任何更改。</translation>
    </message>
    <message>
        <source>Rebalance pool cluster…</source>
        <translation>重新平衡池集群…</translation>
    </message>
    <message>
        <source>Plan moves that bring the used capacity of the pools of %1 within a few points of each other</source>
        <translation>规划移动，使 %1 中各池的已用容量彼此相差不超过几个百分点</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Pool %1:&lt;/b&gt; %2</source>
        <translation>&lt;br&gt;&lt;b&gt;池 %1：&lt;/b&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n replica(s) unhealthy&lt;/b&gt; (degraded, offline or in error)</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n 个副本不健康&lt;/b&gt;（降级、离线或出错）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n replica(s) rebuilding&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n 个副本正在重建&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Zone: %1</source>
        <translation>&lt;br&gt;区域：%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Fullest pool: %1, %2 % used</source>
        <translation>&lt;br&gt;最满的池：%1，已用 %2 %</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyView</name>
    <message>
        <source>Nodes, their cStor pools and the volume replicas on each pool. Arrow keys go from item to item; Ctrl+M moves the selected replica; the Menu key opens the item&apos;s actions.</source>
        <translation>节点、节点上的 cStor 池以及每个池上的卷副本。方向键在各项之间移动；Ctrl+M 移动所选副本；菜单键打开该项的操作。</translation>
    </message>
    <message>
        <source>Cluster topology</source>
        <translation>集群拓扑</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomePage</name>
    <message>
        <source>Welcome to cStor Console</source>
        <translation>欢迎使用 cStor Console</translation>
    </message>
    <message>
        <source>Open the demo cluster</source>
        <translation>打开演示集群</translation>
    </message>
    <message>
        <source>Choose a kubeconfig file…</source>
        <translation>选择 kubeconfig 文件…</translation>
    </message>
    <message>
        <source>cStor Console reaches your Kubernetes cluster the way kubectl does: through a &lt;b&gt;kubeconfig&lt;/b&gt; file, which names the cluster&apos;s API server and your credentials. No kubeconfig was found.&lt;br&gt;&lt;br&gt;Open the built-in demo cluster to look around (a simulated cluster; nothing you do there touches a real one), or choose the kubeconfig file your cluster administrator or your cloud&apos;s command-line tool gave you. The console remembers the file.</source>
        <translation>cStor Console 像 kubectl 一样通过 &lt;b&gt;kubeconfig&lt;/b&gt; 文件连接您的 Kubernetes 集群，该文件指定集群的 API 服务器和您的凭据。未找到 kubeconfig。&lt;br&gt;&lt;br&gt;打开内置的演示集群随意浏览（这是一个模拟集群；在其中的任何操作都不会影响真实集群），或者选择集群管理员或云服务商命令行工具提供给您的 kubeconfig 文件。控制台会记住该文件。</translation>
    </message>
    <message>
        <source>Looked for: the files in $KUBECONFIG, else ~/.kube/config.</source>
        <translation>已查找：$KUBECONFIG 中的文件，否则为 ~/.kube/config。</translation>
    </message>
    <message>
        <source>Looked for (from $KUBECONFIG, else ~/.kube/config): %1</source>
        <translation>已查找（来自 $KUBECONFIG，否则为 ~/.kube/config）：%1</translation>
    </message>
</context>
<context>
    <name>Ui::ZoneBlockItem</name>
    <message>
        <source>No zone label</source>
        <translation>无区域标签</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n node(s)</source>
        <comment>zone: its name, its node count</comment>
        <translation>
            <numerusform>%1 · %n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n 个需要关注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerbArguments</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>未知的参数：%1</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>输出格式：%1。</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use one of %2.</source>
        <translation>未知的输出格式“%1”：请使用 %2 之一。</translation>
    </message>
</context>
<context>
    <name>VerbCommandLine</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Leave out the title row of tables (other output formats ignore it).</source>
        <translation>省略表格的标题行（其他输出格式忽略此选项）。</translation>
    </message>
</context>
<context>
    <name>VolumeUsersReader</name>
    <message>
        <source>the user may not list %1 (403 Forbidden)</source>
        <translation>用户无权列出 %1（403 Forbidden）</translation>
    </message>
</context>
</TS>
