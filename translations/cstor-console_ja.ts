<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AdoptVerb</name>
    <message>
        <source>The verb.</source>
        <translation>動詞。</translation>
    </message>
    <message>
        <source>Takes over the move of a replica that another console started on a volume and no longer drives. Every console records a move it runs on the volume&apos;s CStorVolumeConfig (annotation %1: who, from which host and process, from and to which pool, the step, when it started) and renews it every minute; `cstor-console get moves` lists them. A move can be adopted once its console is silent: its process on this host is gone, or it has not renewed the record for the --silent-after time. Shows the move and asks unless --yes is given, then finishes it: waits until the new replica and the volume are Healthy and removes the old replica (a move that was rolling back is rolled back). Ctrl-C before the old replica is removed rolls it back.
Exit codes: 0 finished (or adoptable, in a dry run), 1 refused or failed, 2 usage error.</source>
        <translation>別のコンソールがボリュームで開始し、もう進めていないレプリカの移動を引き継ぎます。各コンソールは実行中の移動をボリュームの CStorVolumeConfig に記録し（アノテーション %1: 誰が、どのホストとプロセスから、どのプールからどのプールへ、ステップ、開始時刻）、毎分更新します。`cstor-console get moves` で一覧表示できます。コンソールが沈黙すると（このホスト上のプロセスが消えた、または --silent-after の時間記録を更新していない）、その移動を引き継げます。--yes がなければ移動を表示して確認し、その後完了させます: 新しいレプリカとボリュームが Healthy になるのを待ち、古いレプリカを削除します（ロールバック中だった移動はロールバックを完了します）。古いレプリカの削除前に Ctrl-C を押すとロールバックします。
終了コード: 0 完了（ドライランでは引き継ぎ可能）、1 拒否または失敗、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>The volume whose move to take over.</source>
        <translation>移動を引き継ぐボリューム。</translation>
    </message>
    <message>
        <source>How long the other console must have been silent (90s, 10m, 1h; default 10m). A console on this host whose process is gone is silent at once.</source>
        <translation>もう一方のコンソールが沈黙している必要がある時間（90s、10m、1h。既定は 10m）。プロセスが消えたこのホスト上のコンソールは即座に沈黙とみなします。</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Show the move and whether it may be adopted; change nothing.</source>
        <translation>移動と引き継ぎ可能かどうかを表示します。何も変更しません。</translation>
    </message>
    <message>
        <source>Do not ask before adopting.</source>
        <translation>引き継ぐ前に確認しません。</translation>
    </message>
    <message>
        <source>Wait until the move has ended (always done).</source>
        <translation>移動が終わるまで待ちます（常に待ちます）。</translation>
    </message>
    <message>
        <source>The volume whose move to adopt is missing: adopt VOLUME</source>
        <translation>移動を引き継ぐボリュームがありません: adopt VOLUME</translation>
    </message>
    <message>
        <source>--silent-after takes a duration such as 90s, 10m or 1h, not &quot;%1&quot;</source>
        <translation>--silent-after には 90s、10m、1h のような期間を指定します。「%1」ではありません</translation>
    </message>
    <message>
        <source>error: no volume %1 in namespace &quot;%2&quot;</source>
        <translation>エラー: 名前空間「%2」にボリューム %1 はありません</translation>
    </message>
    <message>
        <source>error: no console is moving a replica of %1 (its CStorVolumeConfig has no %2 annotation)</source>
        <translation>エラー: %1 のレプリカを移動しているコンソールはありません（その CStorVolumeConfig に %2 アノテーションがありません）</translation>
    </message>
    <message>
        <source>error: the %1 annotation of %2 is not a move record: %3</source>
        <translation>エラー: %2 の %1 アノテーションは移動の記録ではありません: %3</translation>
    </message>
    <message>
        <source>Move of %1: %2
</source>
        <translation>%1 の移動: %2
</translation>
    </message>
    <message>
        <source>error: refusing to adopt: the console running this move was heard %1 ago, less than %2 (--silent-after); it may still be driving it. Ask its operator, or wait.</source>
        <translation>エラー: 引き継ぎを拒否します: この移動を実行しているコンソールの応答は %1 前で、%2（--silent-after）未満です。まだ進めている可能性があります。そのオペレーターに確認するか、待ってください。</translation>
    </message>
    <message>
        <source>It may be adopted: its console is silent.
</source>
        <translation>引き継ぎ可能です: そのコンソールは沈黙しています。
</translation>
    </message>
    <message>
        <source>error: cannot adopt the move of %1: %2</source>
        <translation>エラー: %1 の移動を引き継げません: %2</translation>
    </message>
</context>
<context>
    <name>ClusterOptions</name>
    <message>
        <source>The kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).</source>
        <translation>kubeconfig ファイル (既定: $KUBECONFIG、なければ ~/.kube/config)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: the current one).</source>
        <translation>kubeconfig のコンテキスト (既定: 現在のコンテキスト)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (default: the context&apos;s, else openebs).</source>
        <translation>cStor が動作するネームスペース (既定: コンテキストのもの、なければ openebs)。</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>Run the context&apos;s exec credential plugin and remember that it is trusted (a kubeconfig&apos;s exec entry runs a program).</source>
        <translation>コンテキストの exec 認証情報プラグインを実行し、信頼済みとして記憶します (kubeconfig の exec エントリーはプログラムを実行します)。</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked for %1); name one with --kubeconfig FILE or set KUBECONFIG</source>
        <translation>kubeconfig が見つかりません (探した場所: %1)。--kubeconfig FILE で指定するか、KUBECONFIG を設定してください</translation>
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
実行されるコマンド: %2
実行するには --trust-exec-plugin を指定してください (この kubeconfig とコマンドの組み合わせについて記憶されます)。</translation>
    </message>
    <message>
        <source>How long to wait for one request to the cluster before giving up, as kubectl&apos;s: 5s, 1m, 1h30m or a number of seconds; 0 waits as long as the server keeps sending (default: 120 s for an answer; a server silent for 30 s fails anyway). A watch must start answering within it.</source>
        <translation>クラスターへの 1 回のリクエストをあきらめるまで待つ時間 (kubectl と同じ): 5s、1m、1h30m または秒数。0 はサーバーが送り続ける限り待ちます (既定: 応答に 120 秒。30 秒黙ったサーバーはいずれにせよ失敗)。ウォッチはこの時間内に応答を始める必要があります。</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>invalid --request-timeout &quot;%1&quot;: a timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)</source>
        <translation>--request-timeout &quot;%1&quot; が無効です: タイムアウトは秒単位の整数 1 つか、整数の後に時間単位を付けたもの (例 1s | 2m | 3h) でなければなりません</translation>
    </message>
</context>
<context>
    <name>ClusterTaskRun</name>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>CommandLineVerbs</name>
    <message>
        <source>Unknown verb: %1</source>
        <translation>不明なサブコマンド: %1</translation>
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
        <translation>サブコマンド (ウィンドウなしで実行。%1 VERB --help で各サブコマンドのオプションを表示):
  contexts [-o table|json|name] [--no-headers]
      kubeconfig のコンテキストを一覧表示します。現在のコンテキストには * が付きます。
  get pools|replicas|volumes|moves [-o table|wide|json|yaml|name] [--no-headers]
      cStor プール、ボリュームレプリカ、ボリューム、または進行中の移動を一覧表示します。
  migrate VOLUME --from POOL|NODE --to POOL|NODE [--dry-run] [--yes]
      ボリュームのレプリカ 1 つを別のプールへ移動します。先に計画を表示します。
  evacuate (--node NODE... | --pool POOL...) [--max-per-pool N] [--max-per-node N] [--max-total N] [--window HH:MM-HH:MM] [--dry-run] [--yes] [-o json]
      指定したノードのプール、または指定したプールからすべてのレプリカを移動します。1 つの計画として、上限の範囲内でキューとして実行します。Ctrl-C で一時停止します。
  drain NODE [--dry-run] [--yes]
      evacuate --node NODE と同じです。
  rebalance [--pool-cluster CSPC] [--max-spread PCT] [上限は evacuate と同じ] [--dry-run] [--yes] [-o json]
      プールの使用容量の差を PCT ポイント以内に収めます。
  queue [list|pause|resume|cancel ID...|cancel --all|set|move ID N]
      ジャーナルの移動キュー: 一時停止、再開、キャンセル、並べ替え、上限、メンテナンス時間帯。
  adopt VOLUME [--silent-after DURATION] [--dry-run] [--yes]
      沈黙したコンソールが開始したボリュームの移動を完了させます。
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
      クラスターの問題を重大なものから順に、対処法とともに一覧表示します。
  forecast [--pool-cluster CSPC] [--horizon 30d] [--prometheus NS/SVC:PORT] [-o json]
      各プールが 80 % に達する日と読み取り専用になる日を、クラスターの Prometheus から予測します。
  recover VOLUME [--dry-run] [--yes] [-o json]
      移動の途中で止まったボリュームをレプリカ数に戻します。
  replace-disk POOL [--disk BD] [--with BD] [--dry-run] [--yes] [-o json]
      mirror または raidz プールの故障したディスクを交換し、resilver を追跡します。
  follow-disks POOL [--dry-run] [--yes] [-o json]
      ディスクが別のノードに移ったプールをそのノードに向け、追跡します。
  completion bash|zsh
      シェル補完スクリプトを出力します (サブコマンド、フラグ、コンテキスト、ボリューム、ノード)。
グローバルオプション (--kubeconfig, --context, -n, --request-timeout, -o, --no-headers) はサブコマンドの前にも後にも置けます。
</translation>
    </message>
</context>
<context>
    <name>CompletionVerb</name>
    <message>
        <source>Prints the shell completion script for bash or zsh.
bash: source &lt;(cstor-console completion bash), or install it as /usr/share/bash-completion/completions/cstor-console.
zsh: source &lt;(cstor-console completion zsh) in ~/.zshrc.</source>
        <translation>bash または zsh のシェル補完スクリプトを出力します。
bash: source &lt;(cstor-console completion bash)、または /usr/share/bash-completion/completions/cstor-console としてインストールします。
zsh: ~/.zshrc で source &lt;(cstor-console completion zsh)。</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>サブコマンド。</translation>
    </message>
    <message>
        <source>bash or zsh.</source>
        <translation>bash または zsh。</translation>
    </message>
    <message>
        <source>Which shell is missing: bash or zsh.</source>
        <translation>シェルの指定がありません: bash または zsh。</translation>
    </message>
    <message>
        <source>No completion for &quot;%1&quot;: use bash or zsh.</source>
        <translation>「%1」の補完はありません: bash または zsh を使ってください。</translation>
    </message>
</context>
<context>
    <name>ContextsVerb</name>
    <message>
        <source>Lists the contexts of the kubeconfig, the current one marked with *.</source>
        <translation>kubeconfig のコンテキストを一覧表示します。現在のコンテキストには * が付きます。</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>サブコマンド。</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>不明な引数: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>AUTHINFO</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>ネームスペース</translation>
    </message>
    <message>
        <source>warning: no kubeconfig found (looked for %1)</source>
        <translation>警告: kubeconfig が見つかりません (探した場所: %1)</translation>
    </message>
</context>
<context>
    <name>Doctor::ClonesOnPoolRule</name>
    <message>
        <source>Pool %1 holds replicas of clones of volume %2: %3.</source>
        <translation>プール %1 にはボリューム %2 のクローンのレプリカがあります: %3。</translation>
    </message>
    <message>
        <source>Data: moving or removing the replica of %1 from %2 destroys the clones&apos; replicas there (zfs destroy -R).</source>
        <translation>データ: %1 のレプリカを %2 から移動または削除すると、そこにあるクローンのレプリカが破棄されます (zfs destroy -R)。</translation>
    </message>
    <message>
        <source>Nothing to do now. The console refuses to move this replica; move or remove the clones&apos; replicas on %1 first.</source>
        <translation>現時点では対応不要です。コンソールはこのレプリカの移動を拒否します。先に %1 上のクローンのレプリカを移動または削除してください。</translation>
    </message>
</context>
<context>
    <name>Doctor::Doctor</name>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>Doctor::DrainBlockedRule</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>PodDisruptionBudget %1 allows no disruption (%2 of %3 pool pods healthy): draining node(s) %4 is refused.</source>
        <translation>PodDisruptionBudget %1 は中断を許可していません (プール Pod %3 個中 %2 個が正常): ノード %4 の drain は拒否されます。</translation>
    </message>
    <message numerus="yes">
        <source>While pool(s) %1 are down, draining node(s) %2 is refused by %n PodDisruptionBudget(s) that allow no disruption.</source>
        <translation>
            <numerusform>プール %1 が停止している間、中断を許可しない %n 個の PodDisruptionBudget がノード %2 の drain を拒否します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Maintenance and availability: kubectl drain of those nodes waits forever on evicting their pool pods; forcing it (deleting the pod) takes a second replica of the HA volumes on these pools offline.</source>
        <translation>保守と可用性: これらのノードの kubectl drain はプール Pod の退避を永遠に待ちます。強制すると (Pod を削除)、これらのプール上の HA ボリュームの 2 つ目のレプリカがオフラインになります。</translation>
    </message>
    <message>
        <source>Wait until every pool pod the budget guards is Ready, then drain.</source>
        <translation>この Budget が保護するすべてのプール Pod が Ready になるまで待ってから drain してください。</translation>
    </message>
    <message>
        <source>Bring pool(s) %1 back ONLINE first (their node, their disks), or move the replicas off them (cstor-console migrate) so that the CVC operator replaces the budgets (%2); only then drain.</source>
        <translation>まずプール %1 を ONLINE に戻す (ノード、ディスク) か、レプリカを移動して (cstor-console migrate) CVC オペレーターが Budget (%2) を置き換えるようにしてください。その後で drain してください。</translation>
    </message>
    <message>
        <source>PodDisruptionBudgets were not checked: %1.</source>
        <translation>PodDisruptionBudget は確認されていません: %1。</translation>
    </message>
    <message>
        <source>A drain that a budget refuses is not foreseen.</source>
        <translation>Budget が拒否する drain を事前に把握できません。</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for get/list rights on poddisruptionbudgets to have them checked.</source>
        <translation>確認するには、クラスター管理者に poddisruptionbudgets の get/list 権限を依頼してください。</translation>
    </message>
</context>
<context>
    <name>Doctor::KnownReplicasRule</name>
    <message>
        <source>The target of volume %1 does not know the Healthy replica(s) %2.</source>
        <translation>ボリューム %1 のターゲットは Healthy のレプリカ %2 を認識していません。</translation>
    </message>
    <message>
        <source>The target of volume %1 knows replica id(s) %2 that no replica of the volume has.</source>
        <translation>ボリューム %1 のターゲットは、ボリュームのどのレプリカも持たないレプリカ ID %2 を認識しています。</translation>
    </message>
    <message>
        <source>Availability: the target&apos;s replication and consistency factors are counted over the wrong replicas; its next scale-down is refused and its quorum may be lost early.</source>
        <translation>可用性: ターゲットのレプリケーション係数と整合性係数が誤ったレプリカで数えられています。次のスケールダウンは拒否され、クォーラムが早期に失われる可能性があります。</translation>
    </message>
    <message>
        <source>Manual: compare the two lists. The target adds a replica to knownReplicas only when it promotes it in a scale-up, and drops one only in a scale-down of the CVC; keep the volume Healthy and do not edit the CV by hand.</source>
        <translation>手動: 2 つのリストを比較してください。ターゲットがレプリカを knownReplicas に追加するのはスケールアップで昇格させたときだけで、削除するのは CVC のスケールダウンのときだけです。ボリュームを Healthy に保ち、CV を手で編集しないでください。</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and nothing creates them again while the volume is Bound. cstor-console recover %2 (Recover volume… in the window) creates them again with the replica ids the target knows; they rebuild from the Healthy replicas. Do not remove %1 from the CVC: the CVC controller finds no replica to remove and the scale-down never ends.</source>
        <translation>プール %1 のレプリカは削除されており、ボリュームが Bound の間は何も再作成しません。cstor-console recover %2 (ウィンドウでは「ボリュームを復旧…」) が、ターゲットが知っているレプリカ ID でそれらを再作成し、Healthy なレプリカから再構築されます。%1 を CVC から削除しないでください: CVC コントローラーは削除するレプリカを見つけられず、スケールダウンが終わりません。</translation>
    </message>
</context>
<context>
    <name>Doctor::NodeNotReadyRule</name>
    <message>
        <source>Nodes were not checked: %1.</source>
        <translation>ノードは確認されませんでした: %1。</translation>
    </message>
    <message>
        <source>A lost node shows only through its volumes.</source>
        <translation>失われたノードは、そのボリュームを通じてしか分かりません。</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for get/list rights on nodes to have them checked.</source>
        <translation>ノードを確認できるよう、クラスター管理者にノードの get/list 権限を依頼してください。</translation>
    </message>
    <message numerus="yes">
        <source>Node %1 is NotReady (%2) since %3 ago and holds %n replica(s) on %4.</source>
        <translation>
            <numerusform>ノード %1 は %3 前から NotReady (%2) で、%4 上に %n 個のレプリカを保持しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Node %1 is gone and its pool(s) %2 hold %n replica(s).</source>
        <translation>
            <numerusform>ノード %1 は存在せず、そのプール %2 が %n 個のレプリカを保持しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability and data: the replicas of %1 on it are unreachable; their pools&apos; objects keep their last status.</source>
        <translation>可用性とデータ: そこにある %1 のレプリカには到達できません。そのプールのオブジェクトは最後の状態のままです。</translation>
    </message>
    <message>
        <source>If the node comes back, its pools and replicas resume. If it was replaced and its disks now sit on another node, cstor-console follow-disks %2 points the pool there. If it is gone for good with its disks, Recover lost node… (cstor-console drain %1) gives each volume that keeps a Healthy replica a new one on another pool, reports those it cannot, then shows the steps that remove its pools from the CStorPoolCluster.</source>
        <translation>ノードが戻れば、そのプールとレプリカは再開します。ノードが置き換えられ、ディスクが別のノードに付いている場合は、cstor-console follow-disks %2 がプールをそのノードに向けます。ディスクごと完全に失われた場合は、「失われたノードの復旧…」(cstor-console drain %1) が Healthy なレプリカを残す各ボリュームに別のプール上の新しいレプリカを作り、できないものを報告し、その後 CStorPoolCluster からそのプールを削除する手順を示します。</translation>
    </message>
</context>
<context>
    <name>Doctor::OrphanReplicaRule</name>
    <message>
        <source>Replica %1 belongs to volume %2, which has neither a CVC nor a CV.</source>
        <translation>レプリカ %1 はボリューム %2 に属していますが、このボリュームには CVC も CV もありません。</translation>
    </message>
    <message>
        <source>Replica %1 sits on pool %2, which the CVC of volume %3 does not list.</source>
        <translation>レプリカ %1 はプール %2 上にありますが、ボリューム %3 の CVC はこのプールを挙げていません。</translation>
    </message>
    <message>
        <source>Capacity: it holds %1 on pool %2 that no volume uses.</source>
        <translation>容量: プール %2 上で、どのボリュームも使わない %1 を占有しています。</translation>
    </message>
    <message>
        <source>Manual: when no PersistentVolume %1 exists and the replica is not part of a move, delete it: kubectl delete cvr %2 -n %3.</source>
        <translation>手動: PersistentVolume %1 が存在せず、レプリカが移動の一部でもない場合は削除してください: kubectl delete cvr %2 -n %3。</translation>
    </message>
</context>
<context>
    <name>Doctor::PendingClaimRule</name>
    <message>
        <source>Volume claim %1 is Pending: it needs %2 pools, pool cluster %3 has %4 ONLINE writable (%5).</source>
        <translation>ボリューム要求 %1 は Pending です: %2 個のプールが必要ですが、プールクラスター %3 で書き込み可能な ONLINE のプールは %4 個です (%5)。</translation>
    </message>
    <message>
        <source>Volume claim %1 has been Pending for %2.</source>
        <translation>ボリューム要求 %1 は %2 の間 Pending のままです。</translation>
    </message>
    <message>
        <source>Availability: the application&apos;s PersistentVolumeClaim stays unbound and its pod does not start.</source>
        <translation>可用性: アプリケーションの PersistentVolumeClaim はバインドされないままで、その Pod は起動しません。</translation>
    </message>
    <message>
        <source>Bring the pools of %1 back ONLINE, free space on read-only ones, or add a pool to the CStorPoolCluster (kubectl edit cspc %1 -n %2); the CVC controller retries on its next resync.</source>
        <translation>%1 のプールを ONLINE に戻すか、読み取り専用のプールの空き容量を確保するか、CStorPoolCluster にプールを追加してください (kubectl edit cspc %1 -n %2)。CVC コントローラーは次回の再同期で再試行します。</translation>
    </message>
</context>
<context>
    <name>Doctor::PoolCapacityRule</name>
    <message>
        <source>Move replicas off the pool (cstor-console migrate VOLUME --from %1 --to POOL, or cstor-console drain %2 for all of them), or grow the pool by adding disks to its spec in CStorPoolCluster %3.</source>
        <translation>プールからレプリカを移動するか (cstor-console migrate VOLUME --from %1 --to POOL、すべてなら cstor-console drain %2)、CStorPoolCluster %3 のスペックにディスクを追加してプールを拡張してください。</translation>
    </message>
    <message>
        <source>Pool %1 is read-only: %2% used, read-only at %3%.</source>
        <translation>プール %1 は読み取り専用です: 使用率 %2%、%3% で読み取り専用。</translation>
    </message>
    <message>
        <source>Pool %1 is at its read-only threshold: %2% used, read-only at %3%.</source>
        <translation>プール %1 は読み取り専用のしきい値に達しています: 使用率 %2%、%3% で読み取り専用。</translation>
    </message>
    <message numerus="yes">
        <source>Availability: writes of the %n volume(s) with a replica on it fail there and those replicas go Offline.</source>
        <translation>
            <numerusform>可用性: ここにレプリカを持つ %n 個のボリュームの書き込みはここで失敗し、それらのレプリカは Offline になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool %1 is %2% full (%3 free); it turns read-only at %4%.</source>
        <translation>プール %1 の使用率は %2% です (空き %3)。%4% で読み取り専用になります。</translation>
    </message>
    <message numerus="yes">
        <source>Capacity: the next writes or a rebuild onto it turn it read-only, and then the replicas of its %n volume(s) go Offline.</source>
        <translation>
            <numerusform>容量: 次の書き込みやここへの再構築で読み取り専用になり、その後 %n 個のボリュームのレプリカが Offline になります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor::PoolReadOnlySoonRule</name>
    <message numerus="yes">
        <source>Pool %1 goes read-only (%2 %) in about %n day(s), growing %3 a day.</source>
        <translation>
            <numerusform>プール %1 は約 %n 日後に読み取り専用 (%2 %) になります。1 日あたり %3 増加しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Availability: once it is read-only, writes of the %n volume(s) with a replica on it fail there and those replicas go Offline.</source>
        <translation>
            <numerusform>可用性: 読み取り専用になると、このプールにレプリカを持つ %n 個のボリュームの書き込みはそこで失敗し、それらのレプリカは Offline になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move replicas off the pool before then (the plan of a move shows the pools&apos; read-only dates before and after it; cstor-console forecast --pool-cluster %1 lists them all), or grow the pool by adding disks to its spec in CStorPoolCluster %1.</source>
        <translation>それまでにレプリカをプールから移動するか (移動の計画には移動前後の各プールの読み取り専用日が表示されます。cstor-console forecast --pool-cluster %1 ですべて一覧表示できます)、CStorPoolCluster %1 内のプールの spec にディスクを追加してプールを拡張してください。</translation>
    </message>
</context>
<context>
    <name>Doctor::PoolStateRule</name>
    <message>
        <source>Pool %1 on node %2 is %3.</source>
        <translation>ノード %2 上のプール %1 は %3 です。</translation>
    </message>
    <message>
        <source>Capacity: no replica can be placed on it.</source>
        <translation>容量: ここにはレプリカを配置できません。</translation>
    </message>
    <message>
        <source>Availability: the replicas of %1 on it are unreachable; each of those volumes runs with a copy fewer.</source>
        <translation>可用性: そこにある %1 のレプリカには到達できません。それらの各ボリュームはコピーが 1 つ少ない状態で動作しています。</translation>
    </message>
    <message>
        <source>Data: a disk of the pool failed; one more failure loses the replicas of %1.</source>
        <translation>データ: プールのディスクが 1 台故障しています。もう 1 台故障すると %1 のレプリカが失われます。</translation>
    </message>
    <message>
        <source>Pool %1 on node %2 is %3 while it resilvers a replaced disk.</source>
        <translation>ノード %2 のプール %1 は、交換したディスクを resilver している間 %3 です。</translation>
    </message>
    <message>
        <source>Data: until the resilver ends, one more disk failure in its raid group loses the replicas of %1.</source>
        <translation>データ: resilver が終わるまでに RAID グループのディスクがもう 1 台故障すると、%1 のレプリカが失われます。</translation>
    </message>
    <message>
        <source>no volume</source>
        <translation>ボリュームなし</translation>
    </message>
    <message>
        <source>Wait for the resilver: cstor-console replace-disk %1 follows it until the pool is ONLINE.</source>
        <translation>resilver の完了を待ってください: cstor-console replace-disk %1 がプールが ONLINE になるまで追跡します。</translation>
    </message>
    <message>
        <source>Replace the failed disk: cstor-console replace-disk %1 puts an unclaimed disk of node %2 in its place in CStorPoolCluster %3 and follows the resilver.</source>
        <translation>故障したディスクを交換してください: cstor-console replace-disk %1 が CStorPoolCluster %3 でノード %2 の未要求ディスクをその位置に置き、resilver を追跡します。</translation>
    </message>
    <message>
        <source>A %1 pool&apos;s failed disk cannot be replaced (upstream replaces disks in mirror and raidz pools only): move its replicas off (cstor-console drain %2).</source>
        <translation>%1 プールの故障したディスクは交換できません (upstream がディスクを交換できるのは mirror と raidz プールだけです): レプリカを移動してください (cstor-console drain %2)。</translation>
    </message>
    <message>
        <source>Pool %1 on node %2 cannot be imported there (condition PoolLost, last failed import at %3): its disks are lost, or attached to another node.</source>
        <translation>ノード %2 上のプール %1 はそこでインポートできません (PoolLost 条件、最後に失敗したインポート %3): ディスクが失われたか、別のノードに接続されています。</translation>
    </message>
    <message>
        <source>If its disks were moved to another node: cstor-console follow-disks %1 (Follow moved disks… in the window) points the pool there. If they are lost: move its replicas to other pools (cstor-console drain %2) once their volumes are Healthy.</source>
        <translation>ディスクが別のノードに移動された場合: cstor-console follow-disks %1 (ウィンドウでは「移動したディスクを追う…」) がプールをそこに向けます。失われた場合: ボリュームが Healthy になり次第、そのレプリカを他のプールに移動してください (cstor-console drain %2)。</translation>
    </message>
    <message>
        <source>Check the pool pod and node %1; if the node is gone for good, move its replicas to other pools (cstor-console drain %1) once their volumes are Healthy. If the pool&apos;s disks were moved to another node, cstor-console follow-disks %2 (Follow moved disks… in the window) points the pool there.</source>
        <translation>プールの Pod とノード %1 を確認してください。ノードが完全に失われた場合は、ボリュームが Healthy になり次第、そのレプリカを他のプールに移動してください (cstor-console drain %1)。プールのディスクが別のノードに移動された場合は、cstor-console follow-disks %2 (ウィンドウでは「移動したディスクを追う…」) がプールをそこに向けます。</translation>
    </message>
</context>
<context>
    <name>Doctor::RefusedDrfRule</name>
    <message numerus="yes">
        <source>The target of volume %1 refused %n time(s) to lower its desired replication factor to %2 (FailUpdate: invalid changes).</source>
        <translation>
            <numerusform>ボリューム %1 のターゲットは、目標レプリケーション係数を %2 に下げることを %n 回拒否しました (FailUpdate: invalid changes)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability: the target keeps waiting for a replica that is no longer there; the volume&apos;s next scale-down stays stuck.</source>
        <translation>可用性: ターゲットはもう存在しないレプリカを待ち続けます。ボリュームの次のスケールダウンは止まったままになります。</translation>
    </message>
    <message>
        <source>Restart the volume&apos;s target pod (kubectl delete pod -n %1 -l openebs.io/persistent-volume=%2,openebs.io/target=cstor-target): the restarted target reads the lower factor from the CV. I/O pauses while it restarts.</source>
        <translation>ボリュームのターゲット Pod を再起動してください (kubectl delete pod -n %1 -l openebs.io/persistent-volume=%2,openebs.io/target=cstor-target)。再起動したターゲットは CV から低い係数を読み込みます。再起動中は I/O が一時停止します。</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicaCountRule</name>
    <message>
        <source>Volume %1 has %2 Healthy replica(s) of the %3 it was provisioned with (its CVC lists %4 pool(s)).</source>
        <translation>ボリューム %1 の Healthy なレプリカは、プロビジョニング時の %3 個のうち %2 個です (CVC には %4 個のプールがあります)。</translation>
    </message>
    <message>
        <source>Data: fewer copies than asked for; one more lost replica may take the volume Offline or lose it.</source>
        <translation>データ: コピーが要求より少なくなっています。レプリカをもう 1 つ失うと、ボリュームが Offline になるか失われる可能性があります。</translation>
    </message>
    <message>
        <source>Add a pool of pool cluster %1 to the CVC: kubectl edit cvc %2 -n %3 and append a poolName to spec.policy.replicaPoolInfo; the new replica rebuilds from the Healthy ones.</source>
        <translation>プールクラスター %1 のプールを CVC に追加してください: kubectl edit cvc %2 -n %3 で spec.policy.replicaPoolInfo に poolName を追加します。新しいレプリカは Healthy なレプリカから再構築されます。</translation>
    </message>
    <message>
        <source>Bring the pools or nodes of the replicas that are not Healthy back; if one is gone for good, move that replica to another pool (%1).</source>
        <translation>Healthy でないレプリカのプールまたはノードを復旧してください。完全に失われたものがあれば、そのレプリカを別のプールに移動してください (%1)。</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted: cstor-console recover %2 (Recover volume… in the window) creates them again. Do not remove %1 from the CVC: the scale-down of a pool without a replica never ends.</source>
        <translation>プール %1 のレプリカは削除されています: cstor-console recover %2 (ウィンドウでは「ボリュームを復旧…」) が再作成します。%1 を CVC から削除しないでください: レプリカのないプールのスケールダウンは終わりません。</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicaNotHealthyRule</name>
    <message>
        <source>(no phase)</source>
        <translation>(フェーズなし)</translation>
    </message>
    <message>
        <source>Replica %1 of volume %2 on pool %3 has been %4 for %5, longer than the %6 expected.</source>
        <translation>プール %3 上のボリューム %2 のレプリカ %1 は %5 の間 %4 のままで、想定の %6 より長くなっています。</translation>
    </message>
    <message>
        <source>Data: the volume has one Healthy copy fewer than it should until this replica is Healthy again.</source>
        <translation>データ: このレプリカが再び Healthy になるまで、ボリュームの Healthy なコピーは本来より 1 つ少なくなります。</translation>
    </message>
    <message>
        <source>Check pool %1 on node %2 and the replica&apos;s events. If the pool or node is gone for good, move the replica to another pool once the volume is Healthy: cstor-console migrate %3 --from %1 --to POOL.</source>
        <translation>ノード %2 上のプール %1 とレプリカのイベントを確認してください。プールまたはノードが完全に失われた場合は、ボリュームが Healthy になり次第、レプリカを別のプールに移動してください: cstor-console migrate %3 --from %1 --to POOL。</translation>
    </message>
</context>
<context>
    <name>Doctor::ReplicasOnOneNodeRule</name>
    <message>
        <source>All %1 replicas of volume %2 sit on node %3.</source>
        <translation>ボリューム %2 の %1 個のレプリカはすべてノード %3 上にあります。</translation>
    </message>
    <message>
        <source>Data and availability: losing node %1 loses every copy of the volume.</source>
        <translation>データと可用性: ノード %1 を失うと、ボリュームのすべてのコピーが失われます。</translation>
    </message>
    <message>
        <source>Move one replica to a pool on another node: %1.</source>
        <translation>レプリカを 1 つ別のノード上のプールに移動してください: %1。</translation>
    </message>
</context>
<context>
    <name>Doctor::StuckScalingRule</name>
    <message>
        <source>no replica was created on %1</source>
        <translation>%1 上にレプリカが作成されていない</translation>
    </message>
    <message>
        <source>the new replica %1 is %2</source>
        <translation>新しいレプリカ %1 が %2 である</translation>
    </message>
    <message>
        <source>the target does not count replica %1 on %2 as Healthy (its pool or node may be down)</source>
        <translation>ターゲットが %2 上のレプリカ %1 を Healthy として数えていない (プールまたはノードが停止している可能性がある)</translation>
    </message>
    <message>
        <source>the target refused the lower replication factor (FailUpdate &quot;are invalid changes&quot;)</source>
        <translation>ターゲットが低い方のレプリケーション係数を拒否した (FailUpdate &quot;are invalid changes&quot;)</translation>
    </message>
    <message>
        <source>up</source>
        <translation>アップ</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <source>Volume %1 is scaling %2: its CVC&apos;s spec lists %3, its status %4.</source>
        <translation>ボリューム %1 はスケール%2中です: CVC の spec には %3、status には %4 があります。</translation>
    </message>
    <message>
        <source>It waits because %1.</source>
        <translation>%1ため待機しています。</translation>
    </message>
    <message>
        <source>Availability: no other change of this volume&apos;s placement is accepted until it ends; while the removed replica still exists its data is safe.</source>
        <translation>可用性: これが終わるまで、このボリュームの配置の変更は他に受け付けられません。削除されたレプリカがまだ存在する間は、そのデータは安全です。</translation>
    </message>
    <message>
        <source>Wait for the new replica to rebuild; if its pool is gone, remove that pool from the CVC again (kubectl edit cvc %1 -n %2).</source>
        <translation>新しいレプリカの再構築を待ってください。そのプールが失われている場合は、CVC からそのプールを再び削除してください (kubectl edit cvc %1 -n %2)。</translation>
    </message>
    <message>
        <source>Bring back the node or pool of the replica the target does not count; if it is gone for good, put %1 back in the CVC&apos;s spec.policy.replicaPoolInfo (kubectl edit cvc %2 -n %3) so the volume keeps its copies, then replace the lost replica.</source>
        <translation>ターゲットが数えていないレプリカのノードまたはプールを復旧してください。完全に失われた場合は、ボリュームがコピーを保てるよう %1 を CVC の spec.policy.replicaPoolInfo に戻し (kubectl edit cvc %2 -n %3)、その後失われたレプリカを置き換えてください。</translation>
    </message>
    <message>
        <source>Volume %1 is scaling down: its CVC&apos;s spec lists %2, its status %3. The CVC controller cannot finish: the replica on %4 is already gone, so it fails &quot;failed to delete cstorvolumereplica : resource name may not be empty&quot; at every sync.</source>
        <translation>ボリューム %1 はスケールダウン中です: CVC の spec は %2、status は %3 を示しています。CVC コントローラーは完了できません: %4 上のレプリカは既に削除されているため、同期のたびに &quot;failed to delete cstorvolumereplica : resource name may not be empty&quot; で失敗します。</translation>
    </message>
    <message>
        <source>Availability: every later change of this volume&apos;s pools fails the same way until the status is right. No data is at risk: the removed replica is already gone.</source>
        <translation>可用性: ステータスが正しくなるまで、このボリュームのプール変更はすべて同じように失敗します。データに危険はありません: 削除されたレプリカは既に存在しません。</translation>
    </message>
    <message>
        <source>Remove %1 from the CVC&apos;s status.poolInfo, as the controller would have (the kubectl patch below tests that the entry is still there). For a volume of three or more replicas its PodDisruptionBudget keeps the old pool set until the next change of its pools. The console&apos;s own moves make this repair themselves.</source>
        <translation>コントローラーが行うはずだったように、CVC の status.poolInfo から %1 を削除してください (下の kubectl patch はエントリがまだあることを確認します)。レプリカが 3 つ以上のボリュームでは、次にプールが変わるまで PodDisruptionBudget は古いプールの組を保持します。コンソール自身の移動はこの修復を自動で行います。</translation>
    </message>
</context>
<context>
    <name>Doctor::UnknownPoolRule</name>
    <message>
        <source>The CVC of volume %1 names pool(s) %2 that no CStorPoolInstance has.</source>
        <translation>ボリューム %1 の CVC は、どの CStorPoolInstance にもないプール %2 を指定しています。</translation>
    </message>
    <message>
        <source>Availability: the CVC stays scaling forever and refuses every other placement change of the volume.</source>
        <translation>可用性: CVC はいつまでもスケーリング中のままで、ボリュームの他の配置変更をすべて拒否します。</translation>
    </message>
    <message>
        <source>Replace the name by a pool of %3 (%4): cstor-console recover %1 picks the closest usable one and waits for its replica, or kubectl edit cvc %1 -n %2. The admission webhook refuses to remove the name while the scale-up is pending.</source>
        <translation>名前を %3 のプール (%4) に置き換えてください: cstor-console recover %1 が最も近い使用可能なプールを選び、そのレプリカを待ちます。または kubectl edit cvc %1 -n %2。スケールアップが保留中の間、アドミッション Webhook は名前の削除を拒否します。</translation>
    </message>
</context>
<context>
    <name>Doctor::VolumeQuorumRule</name>
    <message>
        <source>Volume %1 is Offline: its target counts %2 Healthy of %3 replicas and needs %4 to serve I/O.</source>
        <translation>ボリューム %1 は Offline です: ターゲットは %3 個のレプリカのうち Healthy を %2 個と数えており、I/O を処理するには %4 個必要です。</translation>
    </message>
    <message>
        <source>Availability: applications using the volume get I/O errors. Data: removing or recreating a replica now can lose the newest writes.</source>
        <translation>可用性: ボリュームを使うアプリケーションで I/O エラーが発生します。データ: 今レプリカを削除または再作成すると、最新の書き込みが失われる可能性があります。</translation>
    </message>
    <message>
        <source>Bring back the nodes and pools of its replicas (see the replicas&apos; pools); the target resumes once %1 replicas reconnect. Do not delete replicas. The console cannot restore quorum itself.</source>
        <translation>レプリカのノードとプールを復旧してください (レプリカのプールを参照)。%1 個のレプリカが再接続すればターゲットは再開します。レプリカは削除しないでください。コンソール自身はクォーラムを回復できません。</translation>
    </message>
    <message>
        <source>Volume %1 is Degraded: its target counts %2 Healthy of %3 replicas.</source>
        <translation>ボリューム %1 は Degraded です: ターゲットは %3 個のレプリカのうち Healthy を %2 個と数えています。</translation>
    </message>
    <message numerus="yes">
        <source>Data and availability: it has fewer copies than it should; losing %n more replica(s) takes it Offline.</source>
        <translation>
            <numerusform>データと可用性: コピーが本来より少なくなっています。レプリカをあと %n 個失うと Offline になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the replica that is not Healthy and bring its pool or node back; if that node is gone for good, move the replica to another pool once the volume is Healthy again, or add a pool to the volume&apos;s CVC (kubectl edit cvc %1 -n %2, spec.policy.replicaPoolInfo).</source>
        <translation>Healthy でないレプリカを見つけ、そのプールまたはノードを復旧してください。そのノードが完全に失われた場合は、ボリュームが再び Healthy になり次第レプリカを別のプールに移動するか、ボリュームの CVC にプールを追加してください (kubectl edit cvc %1 -n %2、spec.policy.replicaPoolInfo)。</translation>
    </message>
</context>
<context>
    <name>DoctorVerb</name>
    <message>
        <source>The verb.</source>
        <translation>動詞。</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>不明な引数: %1</translation>
    </message>
    <message>
        <source>No problems found in %1 namespace.</source>
        <translation>ネームスペース %1 で問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>OBJECTS</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>RISK</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>FIX</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>Checks the health of the cStor pools and volumes of a cluster and prints what is wrong, worst first: for each finding its severity, the objects, what it risks, the kubectl commands that show it and the fix.
Exit codes: 0 nothing at Warning or worse, 1 findings at Warning or worse (or the cluster could not be read, or cStor objects were skipped because they could not be read, each named on stderr), 2 usage error.</source>
        <translation>クラスターの cStor プールとボリュームの健全性を確認し、問題を深刻なものから順に表示します: 各検出結果について、重大度、オブジェクト、リスク、それを確認する kubectl コマンド、対処法。
終了コード: 0 警告以上のものなし、1 警告以上の検出結果あり (またはクラスターを読み取れなかった、または読み取れなかった cStor オブジェクトをスキップした。それぞれ stderr に表示)、2 使用法の誤り。</translation>
    </message>
    <message numerus="yes">
        <source>error: %n object(s) skipped: they could not be read (see the warnings above); the rules did not check them</source>
        <translation>
            <numerusform>エラー: %n 個のオブジェクトをスキップしました: 読み取れませんでした (上の警告を参照)。ルールはそれらを確認していません</numerusform>
        </translation>
    </message>
    <message>
        <source>Also warn of pools their capacity forecast puts at their read-only threshold within this time, e.g. 14d: asks the cluster&apos;s Prometheus for the pools&apos; history, as the forecast verb does.</source>
        <translation>容量予測でこの期間内 (例 14d) に読み取り専用しきい値に達するプールについても警告します。forecast サブコマンドと同様に、クラスターの Prometheus にプールの履歴を問い合わせます。</translation>
    </message>
    <message>
        <source>--read-only-horizon takes a duration such as 7d, 14d or 2w, not &quot;%1&quot;</source>
        <translation>--read-only-horizon には 7d、14d、2w のような期間を指定してください (&quot;%1&quot; は不可)</translation>
    </message>
    <message>
        <source>warning: no capacity forecast, so no read-only dates to check: %1</source>
        <translation>警告: 容量予測がないため、読み取り専用になる日付を確認できません: %1</translation>
    </message>
</context>
<context>
    <name>EvacuateVerb</name>
    <message>
        <source>error: node %1 is lost: its replicas cannot be moved off, only replaced; run `drain %1` on it alone first</source>
        <translation>エラー: ノード %1 は失われています: そのレプリカは移動できず、置き換えることしかできません。先にこのノードだけを対象に `drain %1` を実行してください</translation>
    </message>
    <message>
        <source>The pools of %1 hold no replicas: nothing to move.
</source>
        <translation>%1 のプールにはレプリカがありません。移動するものはありません。
</translation>
    </message>
    <message>
        <source>Exit codes: 0 emptied (or nothing to change in a dry run), 1 refused, failed or not emptied, 2 usage error.</source>
        <translation>終了コード: 0 空にした (ドライランでは変更なし)、1 拒否、失敗、または空にできなかった、2 使用法の誤り。</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>サブコマンド。</translation>
    </message>
    <message>
        <source>Moves every cStor replica off the pools of a node: the same as evacuate --node NODE.
</source>
        <translation>ノードのプールからすべての cStor レプリカを移動します。evacuate --node NODE と同じです。
</translation>
    </message>
    <message>
        <source>A lost node (NotReady or gone) is recovered instead: each volume with a replica there gets a new replica on another pool, rebuilt from its Healthy replicas; volumes with no Healthy replica left are reported as lost and left alone; once no volume uses the node&apos;s pools, the steps that remove the dead pool are printed.
</source>
        <translation>失われたノード (NotReady または消失) の場合は代わりに復旧します: そこにレプリカを持つ各ボリュームは別のプールに新しいレプリカを得て、Healthy なレプリカから再構築されます。Healthy なレプリカが残っていないボリュームは失われたと報告され、変更されません。ノードのプールを使うボリュームがなくなると、死んだプールを取り除く手順を表示します。
</translation>
    </message>
    <message>
        <source>The node to move replicas off.</source>
        <translation>レプリカを移動させるノード。</translation>
    </message>
    <message>
        <source>Moves every cStor replica off the pools of the nodes given with --node and off the pools given with --pool (a node going back to the vendor, a pool whose disks fail).
</source>
        <translation>--node で指定したノードのプール、および --pool で指定したプールからすべての cStor レプリカを移動します (ベンダーに返却するノード、ディスクが故障しつつあるプールなど)。
</translation>
    </message>
    <message>
        <source>A node whose pools to empty (repeat for several).</source>
        <translation>プールを空にするノード (複数ある場合は繰り返し指定)。</translation>
    </message>
    <message>
        <source>A pool to empty (its CStorPoolInstance name; repeat for several).</source>
        <translation>空にするプール (CStorPoolInstance の名前。複数ある場合は繰り返し指定)。</translation>
    </message>
    <message>
        <source>The node to drain is missing: drain NODE</source>
        <translation>ドレインするノードが指定されていません: drain NODE</translation>
    </message>
    <message>
        <source>Unknown argument: %1 (name nodes with --node, pools with --pool)</source>
        <translation>不明な引数: %1 (ノードは --node、プールは --pool で指定してください)</translation>
    </message>
    <message>
        <source>What to empty is missing: evacuate --node NODE... or --pool POOL...</source>
        <translation>空にする対象が指定されていません: evacuate --node NODE... または --pool POOL...</translation>
    </message>
    <message>
        <source>error: no cStor pool runs on a node named %1 in namespace &quot;%2&quot;</source>
        <translation>エラー: ネームスペース &quot;%2&quot; に %1 という名前のノードで動作する cStor プールはありません</translation>
    </message>
    <message>
        <source>error: no cStor pool named %1 in namespace &quot;%2&quot;</source>
        <translation>エラー: ネームスペース &quot;%2&quot; に %1 という名前の cStor プールはありません</translation>
    </message>
    <message numerus="yes">
        <source>Evacuate %1: move %n replica(s), %2 to copy

</source>
        <translation>
            <numerusform>%1 の退避: %n 個のレプリカを移動、コピー量 %2

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) have nowhere to go:</source>
        <translation>
            <numerusform>%n 個のレプリカの移動先がありません:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error: refusing to evacuate %1: %n replica(s) have nowhere to go (%2). Add a pool on another node, or move or remove those replicas first.</source>
        <translation>
            <numerusform>エラー: %1 の退避を拒否しました: %n 個のレプリカの移動先がありません (%2)。別のノードにプールを追加するか、先にそれらのレプリカを移動または削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>error: refusing to evacuate %1: %2</source>
        <translation>エラー: %1 の退避を拒否しました: %2</translation>
    </message>
    <message numerus="yes">
        <source>error: %1 still holds %n replica(s): %2</source>
        <translation>
            <numerusform>エラー: %1 にはまだ %n 個のレプリカがあります: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans every move at once: each replica goes to the pool of its pool cluster with the most free space once the moves already planned land, never to a node that holds a replica of the same volume, never past a pool&apos;s read-only threshold, only to ONLINE, writable pools on live nodes, a clone only to a pool holding its source, and never beside a volume with the same openebs.io/replica-anti-affinity label. Shows the plan with each pool&apos;s capacity before and after, and asks unless --yes is given. The moves then run as a queue within the caps, and the verb waits until every move has ended (--wait is accepted and changes nothing); Ctrl-C pauses the queue: the moves running then finish and the others stay in the journal for `cstor-console queue resume`. Moves left running in the journal are resumed first; a plan is refused while the journal&apos;s queue holds moves waiting to start.
</source>
        <translation>すべての移動を一度に計画します: 各レプリカは、計画済みの移動が完了した時点で、同じプールクラスターのうち空き容量が最も多いプールへ移動します。同じボリュームのレプリカを持つノードには移動せず、プールの読み取り専用しきい値を超えず、稼働中ノード上の ONLINE の書き込み可能なプールにのみ移動し、クローンはそのソースを持つプールにのみ移動し、同じ openebs.io/replica-anti-affinity ラベルを持つボリュームの隣には置きません。各プールの移動前後の容量とともに計画を表示し、--yes を指定しない限り確認を求めます。その後、移動は上限の範囲内でキューとして実行され、サブコマンドはすべての移動が終わるまで待機します (--wait は受け付けますが、何も変わりません)。Ctrl-C でキューを一時停止します: その時点で実行中の移動は完了し、残りは `cstor-console queue resume` のためにジャーナルに残ります。ジャーナルで実行中のまま残っている移動は最初に再開されます。ジャーナルのキューに開始待ちの移動がある間は、計画は拒否されます。
</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>EFFECT</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>HEALTHY LEFT</source>
        <translation>残る正常数</translation>
    </message>
    <message>
        <source>REPLACEMENT</source>
        <translation>代替先</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>理由</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds replicas (another console moved some there, or a move failed): planning %n more move(s), round %2 of %3.
</source>
        <translation>
            <numerusform>%1 にはまだレプリカがあります（別のコンソールがそこへ移動したか、移動が失敗しました）: さらに %n 件の移動を計画します（%3 回中 %2 回目）。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Not cordoned: %1. Cordon them (kubectl cordon NODE) so that no plan, of this console or another, puts replicas back on them.

</source>
        <translation>cordon されていません: %1。このコンソールでも別のコンソールでも、どの計画もレプリカを戻さないよう cordon してください（kubectl cordon NODE）。

</translation>
    </message>
</context>
<context>
    <name>FollowDisksVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>計画の表示のみ行い、何も変更しません。</translation>
    </message>
    <message>
        <source>Do not ask before editing the CSPC.</source>
        <translation>CSPC を編集する前に確認しません。</translation>
    </message>
    <message>
        <source>Wait until the pool is ONLINE on its new node (always done; for scripts written for kubectl-like tools).</source>
        <translation>プールが新しいノードで ONLINE になるまで待つ (常に行います。kubectl 風ツール向けに書かれたスクリプトのため)。</translation>
    </message>
    <message>
        <source>The pool whose disks moved is missing: follow-disks POOL</source>
        <translation>ディスクが移動したプールの指定がありません: follow-disks POOL</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>サブコマンド。</translation>
    </message>
    <message>
        <source>The pool (its CStorPoolInstance name).</source>
        <translation>プール (CStorPoolInstance の名前)。</translation>
    </message>
    <message>
        <source>Pool %1 (node %2, CStorPoolCluster %3): %4
</source>
        <translation>プール %1 (ノード %2、CStorPoolCluster %3): %4
</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>ステータスなし</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>Disks: %1
</source>
        <translation>ディスク: %1
</translation>
    </message>
    <message>
        <source>Nothing to do: %1.
</source>
        <translation>何もすることはありません: %1。
</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names node %2 already; following the pool there.
</source>
        <translation>CStorPoolCluster %1 はすでにノード %2 を指しています。そこでプールを追跡します。
</translation>
    </message>
    <message>
        <source>Refused: %1.
</source>
        <translation>拒否: %1。
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>できること:
</translation>
    </message>
    <message>
        <source>Point pool %1 at node %2, where all of its disks are.
</source>
        <translation>プール %1 を、ディスクがすべてあるノード %2 に向けます。
</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (JSON patch): %2
</source>
        <translation>CStorPoolCluster %1 の編集 (JSON パッチ): %2
</translation>
    </message>
    <message>
        <source>Then the CSPC operator moves the pool&apos;s pod to %1, the pool is imported there and its replicas serve again; its label kubernetes.io/hostname is set to %1 last.
</source>
        <translation>その後 CSPC オペレーターがプールの Pod を %1 に移し、プールがそこでインポートされ、レプリカが再び応答します。最後にラベル kubernetes.io/hostname を %1 に設定します。
</translation>
    </message>
    <message>
        <source>pool %1 cannot be pointed at its disks; nothing was changed.</source>
        <translation>プール %1 をディスクの場所に向けられません。何も変更していません。</translation>
    </message>
    <message>
        <source>Brings back a cStor pool whose disks now sit on another node (its node was replaced by a new one, or the disks were moved): points the pool&apos;s spec in its CStorPoolCluster at the node that has all of its disks, guarded against a stale read, then follows the CSPC operator and the pool&apos;s import there until it is ONLINE, and sets the pool&apos;s kubernetes.io/hostname label. Another pool spec of the cluster that names a gone node, whose pool&apos;s disks sit together on another node, is pointed there in the same edit (the webhook refuses any edit while a pool spec names a gone node) and followed in turn. Refused, with what to do, when the disks are on several nodes, that node is not Ready, cordoned or has another pool of the cluster, or the cluster has a pool not provisioned or a pool spec naming a gone node whose pool cannot follow its disks. Run again to follow a pool under way. Shows the plan first and asks unless --yes is given.
Exit codes: 0 nothing to do or done, 1 refused, failed, or a dry run with an edit to make, 2 usage error.</source>
        <translation>ディスクが別のノードに移った cStor プール (ノードが新しいノードに置き換えられた、またはディスクが移された) を復帰させます: CStorPoolCluster 内のプールの spec を、そのディスクをすべて持つノードに向けます (古い読み取りからは保護)。その後 CSPC オペレーターとそのノードでのプールのインポートを ONLINE になるまで追跡し、プールの kubernetes.io/hostname ラベルを設定します。クラスターの別のプール spec が消えたノードを指し、そのプールのディスクが別の 1 つのノードにまとまっている場合は、同じ編集でそこに向け (プール spec が消えたノードを指している間、webhook はすべての編集を拒否します)、続けて追跡します。ディスクが複数のノードにある、そのノードが Ready でない・cordon されている・クラスターの別のプールを持つ、またはクラスターに未プロビジョニングのプールや消えたノードを指し、そのプールがディスクに追従できないプール spec がある場合は、対処法とともに拒否します。進行中のプールを追跡するには再実行します。最初に計画を表示し、--yes がなければ確認します。
終了コード: 0 何もすることがない・完了、1 拒否・失敗・変更が残る試行、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>In the same edit, point pool %1 (node %2, gone) at node %3, where all of its disks are: the webhook refuses any edit while a pool spec names a gone node.
</source>
        <translation>同じ編集で、プール %1 (ノード %2、消失) を、そのディスクがすべてあるノード %3 に向けます: プール spec が消えたノードを指している間、webhook はすべての編集を拒否します。
</translation>
    </message>
    <message>
        <source>The same follows for each pool of the edit, in turn.
</source>
        <translation>編集に含まれる各プールについても順に同じことが行われます。
</translation>
    </message>
</context>
<context>
    <name>ForecastVerb</name>
    <message>
        <source>The verb.</source>
        <translation>サブコマンド。</translation>
    </message>
    <message>
        <source>Only the pools of this CStorPoolCluster.</source>
        <translation>この CStorPoolCluster のプールのみ。</translation>
    </message>
    <message>
        <source>How far ahead to forecast, e.g. 7d, 30d, 90d (default 30d): later dates print as &quot;&gt; N days&quot;, and the pools that reach read-only within it are named on stderr.</source>
        <translation>予測する期間。例 7d、30d、90d (既定 30d)。それより後の日付は &quot;&gt; N 日&quot; と表示され、期間内に読み取り専用になるプールは stderr に表示されます。</translation>
    </message>
    <message>
        <source>How much history to fit, e.g. 14d, 30d (default), 90d.</source>
        <translation>近似に使う履歴の長さ。例 14d、30d (既定)、90d。</translation>
    </message>
    <message>
        <source>The cluster&apos;s Prometheus Service, instead of looking for it.</source>
        <translation>クラスターの Prometheus の Service (探す代わりに指定)。</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>不明な引数: %1</translation>
    </message>
    <message>
        <source>--horizon and --history take a duration such as 7d, 30d, 12w or 48h, not &quot;%1&quot;</source>
        <translation>--horizon と --history には 7d、30d、12w、48h のような期間を指定してください (&quot;%1&quot; は不可)</translation>
    </message>
    <message>
        <source>--prometheus: %1</source>
        <translation>--prometheus: %1</translation>
    </message>
    <message>
        <source>error: no CStorPoolInstances in namespace %1</source>
        <translation>エラー: 名前空間 %1 に CStorPoolInstance がありません</translation>
    </message>
    <message>
        <source>error: no CStorPoolInstances of CStorPoolCluster %1 in namespace %2</source>
        <translation>エラー: 名前空間 %2 に CStorPoolCluster %1 の CStorPoolInstance がありません</translation>
    </message>
    <message>
        <source>error: no forecast: %1</source>
        <translation>エラー: 予測がありません: %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n pool(s) reach their read-only threshold within %1 days: %2</source>
        <translation>
            <numerusform>警告: %n 個のプールが %1 日以内に読み取り専用しきい値に達します: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: no forecast for %n pool(s): %1</source>
        <translation>
            <numerusform>警告: %n 個のプールの予測がありません: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>使用済み</translation>
    </message>
    <message>
        <source>GROWTH/DAY</source>
        <translation>増加/日</translation>
    </message>
    <message>
        <source>TO 80%</source>
        <translation>80% まで</translation>
    </message>
    <message>
        <source>TO READ-ONLY</source>
        <translation>読み取り専用まで</translation>
    </message>
    <message>
        <source>POOL CLUSTER</source>
        <translation>プールクラスター</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>STEPS IGNORED</source>
        <translation>除外した段差</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>履歴なし</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecasts when each cStor pool reaches 80 % used and its read-only threshold (roThresholdLimit), soonest first, from the history the cluster&apos;s Prometheus keeps of the cStor pool exporters (openebs_used_pool_capacity, openebs_pool_size). Prometheus is reached through the API server&apos;s service proxy with the context&apos;s credentials; without --prometheus it is found as Lens finds it (%1). Without a history from Prometheus, the forecast falls back to the hourly samples the console&apos;s window keeps of this context and namespace while it runs (five weeks; 48 hours at least), and says so.
Method: %2: the growth is the mean of the hourly increments over the last whole weeks once the steps are taken out (a replica moved in or out arrives at once: it is a step, not growth); the range in brackets is where growth two standard errors faster or slower would put the date.
Exit codes: 0 forecasts made, 1 no history of these pools from Prometheus or kept by the console (or the cluster could not be read), 2 usage error.</source>
        <translation>各 cStor プールの使用率が 80 % に達する日と読み取り専用しきい値 (roThresholdLimit) に達する日を、クラスターの Prometheus が保持する cStor プールエクスポーターの履歴 (openebs_used_pool_capacity、openebs_pool_size) から、早いものから順に予測します。Prometheus には、コンテキストの認証情報を使って API サーバーのサービスプロキシ経由でアクセスします。--prometheus がない場合は Lens と同じ方法で探します (%1)。Prometheus から履歴が得られない場合は、コンソールのウィンドウが実行中にこのコンテキストと名前空間について保存する 1 時間ごとのサンプル (5 週間分、最低 48 時間) を使い、その旨を表示します。
手法: %2: 増加量は、段差を除いたうえで、直近の丸 1 週間単位の期間における 1 時間ごとの増分の平均です (移動で出入りしたレプリカは一度に現れるため、増加ではなく段差です)。括弧内の範囲は、増加が標準誤差 2 つ分速い場合と遅い場合の日付です。
終了コード: 0 予測を作成、1 Prometheus にもコンソールの保存分にもこれらのプールの履歴がない (またはクラスターを読み取れなかった)、2 使用法の誤り。</translation>
    </message>
    <message>
        <source>note: the history is %1 of context %2, not Prometheus&apos;s: %3</source>
        <translation>注意: 履歴はコンテキスト %2 の%1であり、Prometheus のものではありません: %3</translation>
    </message>
    <message>
        <source>%1; and %2 cannot be read: %3</source>
        <translation>%1。また、%2 を読み取れません: %3</translation>
    </message>
</context>
<context>
    <name>GetVerb</name>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;: %3</source>
        <translation>警告: %1 &quot;%2&quot; をスキップします: %3</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>CSPC</source>
        <translation>CSPC</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>使用済み</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>READONLY</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>PROVISIONED</source>
        <translation>プロビジョニング済み</translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>ALLOCATED</source>
        <translation>割り当て済み</translation>
    </message>
    <message>
        <source>DESIRED</source>
        <translation>希望数</translation>
    </message>
    <message>
        <source>CLAIM</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>サブコマンド。</translation>
    </message>
    <message>
        <source>%1 in namespace &quot;%2&quot;</source>
        <translation>ネームスペース &quot;%2&quot; の %1</translation>
    </message>
    <message>
        <source>No resources found in %1 namespace.</source>
        <translation>ネームスペース %1 にリソースが見つかりません。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>READONLY-AT</source>
        <translation>読み取り専用しきい値</translation>
    </message>
    <message>
        <source>REPLICA-ID</source>
        <translation>レプリカID</translation>
    </message>
    <message>
        <source>CLONE-OF</source>
        <translation>クローン元</translation>
    </message>
    <message>
        <source>RF/CF</source>
        <translation>RF/CF</translation>
    </message>
    <message>
        <source>POOLS</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>移動元</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>移動先</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>HEARD</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SILENT</source>
        <translation>沈黙</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>pools (CStorPoolInstances), replicas (CStorVolumeReplicas), volumes (CStorVolumeConfigs with their CStorVolumes) or moves (the %1 annotations of the CStorVolumeConfigs: who moves which replica, and when their console last renewed it).</source>
        <translation>pools（CStorPoolInstance）、replicas（CStorVolumeReplica）、volumes（CStorVolumeConfig とその CStorVolume）、または moves（CStorVolumeConfig の %1 アノテーション: 誰がどのレプリカを移動しているか、そのコンソールが最後に更新した時刻）。</translation>
    </message>
    <message>
        <source>What to get is missing: pools, replicas, volumes or moves.</source>
        <translation>取得する対象がありません: pools、replicas、volumes、moves のいずれか。</translation>
    </message>
    <message>
        <source>Cannot get &quot;%1&quot;: use pools, replicas, volumes or moves.</source>
        <translation>「%1」は取得できません: pools、replicas、volumes、moves を使ってください。</translation>
    </message>
    <message>
        <source>Lists the cStor pools, volume replicas or volumes of a cluster, or the replica moves consoles run on it.
Exit codes: 0 listed, 1 refused or failed, or objects skipped because they could not be read (each named on stderr with what is wrong; the others are listed), 2 usage error.</source>
        <translation>クラスターの cStor プール、ボリュームレプリカ、ボリューム、またはコンソールが実行中のレプリカ移動を一覧表示します。
終了コード: 0 一覧表示した、1 拒否または失敗、または読み取れなかったためスキップしたオブジェクトがある (それぞれ問題点とともに stderr に表示。その他は一覧表示)、2 使用法の誤り。</translation>
    </message>
    <message numerus="yes">
        <source>error: %n object(s) skipped: they could not be read (see the warnings above); the list is incomplete</source>
        <translation>
            <numerusform>エラー: %n 個のオブジェクトをスキップしました: 読み取れませんでした (上の警告を参照)。一覧は不完全です</numerusform>
        </translation>
    </message>
    <message>
        <source>PVC</source>
        <translation>PVC</translation>
    </message>
    <message>
        <source>USED-BY</source>
        <translation>使用元</translation>
    </message>
    <message>
        <source>warning: who uses the volumes is not known: %1</source>
        <translation>警告: ボリュームの使用元が不明です: %1</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>  or:  %1 VERB [ARGUMENTS] [options]
</source>
        <translation>  または:  %1 VERB [ARGUMENTS] [options]
</translation>
    </message>
    <message>
        <source>Desktop console for OpenEBS cStor storage</source>
        <translation>OpenEBS cStor ストレージ用デスクトップコンソール</translation>
    </message>
    <message>
        <source>Run on a built-in simulated cluster (no cluster needed; changes affect only the simulation).</source>
        <translation>組み込みのシミュレーションクラスターで実行します (クラスター不要。変更はシミュレーションにのみ影響します)。</translation>
    </message>
    <message>
        <source>The kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).</source>
        <translation>kubeconfig ファイル (既定: $KUBECONFIG、なければ ~/.kube/config)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: the current one).</source>
        <translation>kubeconfig のコンテキスト (既定: 現在のコンテキスト)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (default: the context&apos;s, else openebs).</source>
        <translation>cStor が動作するネームスペース (既定: コンテキストのもの、なければ openebs)。</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>How fast time runs in the demo cluster (simulated seconds per second, default 5).</source>
        <translation>デモクラスターの時間の進む速さ (1 秒あたりのシミュレーション秒数、既定 5)。</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Save a picture of the window as FILE (PNG) once the cluster is shown, then exit.</source>
        <translation>クラスターが表示されたらウィンドウの画像を FILE (PNG) に保存して終了します。</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>不明な引数: %1</translation>
    </message>
    <message>
        <source>--demo-speed needs a number of 0 or more</source>
        <translation>--demo-speed には 0 以上の数値が必要です</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>デモクラスター</translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>デモクラスターを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>The cluster was not shown within a minute; no picture.</source>
        <translation>1 分以内にクラスターが表示されなかったため、画像は保存されません。</translation>
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
環境変数:
  KUBECONFIG
      kubeconfig ファイル。&apos;:&apos; で区切り、kubectl と同じ方法でマージします。
      --kubeconfig を指定しない場合に使われます。
  CSTOR_LANGUAGE
      設定やシステムの言語の代わりに使う言語 (例: de)。
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>
終了コード: 0 完了、1 拒否または失敗、2 使用法の誤り。
</translation>
    </message>
    <message>
        <source>error: the window needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set. Without one, use a verb: cstor-console get pools, cstor-console doctor, cstor-console --help.</source>
        <translation>エラー: ウィンドウにはディスプレイが必要ですが、DISPLAY も WAYLAND_DISPLAY も設定されていません。ディスプレイなしでは動詞を使ってください: cstor-console get pools、cstor-console doctor、cstor-console --help。</translation>
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
ファイル:
  ~/.kube/config
      --kubeconfig も KUBECONFIG も指定がない場合の kubeconfig。
  ~/.config/cstor-console/cstor-console.conf
      設定: コンテキストごとのウィンドウレイアウト、ウィンドウで選んだ
      kubeconfig。
  ~/.local/share/cstor-console/migrations.jsonl
      移行ジャーナル。未完了の移動はここから再開されます。
  ~/.local/share/cstor-console/audit.jsonl
      すべての移動、退避、復旧の監査ログ。
  ~/.local/share/cstor-console/recoveries.jsonl
      recover が実行した手順のジャーナル。
</translation>
    </message>
</context>
<context>
    <name>Items::ClaimedMoveListModel</name>
    <message>
        <source>Select a move started by another console</source>
        <translation>別のコンソールが開始した移動を選択してください</translation>
    </message>
    <message>
        <source>Its console was heard %1 ago; a move may be adopted once its console has been silent for %2 (or its process on this host is gone)</source>
        <translation>そのコンソールの応答は %1 前です。コンソールが %2 沈黙すると（またはこのホスト上のプロセスが消えると）移動を引き継げます</translation>
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation>%1、pid %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>%1 ago (silent)</source>
        <translation>%1 前（沈黙）</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>移動元プール</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>移動先プール</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>移動者</translation>
    </message>
    <message>
        <source>Console (host, pid)</source>
        <translation>コンソール（ホスト、pid）</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>最後の応答</translation>
    </message>
</context>
<context>
    <name>Items::EventModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>発生元</translation>
    </message>
</context>
<context>
    <name>Items::FindingModel</name>
    <message>
        <source>%1

Risk: %2

Fix: %3</source>
        <translation>%1

リスク: %2

対処: %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>問題の内容</translation>
    </message>
</context>
<context>
    <name>Items::HealthRules</name>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
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
        <translation>I/O は不明です (クラスターの Prometheus にそのエクスポーターの系列がありません)</translation>
    </message>
    <message>
        <source>read %1, write %2, %3 operations a second (the last hour)</source>
        <translation>読み取り %1、書き込み %2、毎秒 %3 操作 (直近 1 時間)</translation>
    </message>
</context>
<context>
    <name>Items::KeptForecast</name>
    <message numerus="yes">
        <source>%1; and this console has kept %n hour(s) of its own samples of the pools, of the %2 a forecast needs</source>
        <translation>
            <numerusform>%1。また、このコンソールが保存したプールのサンプルは %n 時間分で、予測には %2 時間分が必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>Prometheus %1</source>
        <translation>Prometheus %1</translation>
    </message>
    <message>
        <source>this console&apos;s own hourly samples (not Prometheus: %1)</source>
        <translation>このコンソール自身の 1 時間ごとのサンプル (Prometheus ではない: %1)</translation>
    </message>
    <message>
        <source>this console&apos;s own hourly samples</source>
        <translation>このコンソール自身の 1 時間ごとのサンプル</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Progress is an estimate: the new replica&apos;s used space against a healthy peer&apos;s, cross-checked with their snapshots.</source>
        <translation>進捗は推定値です: 新しいレプリカの使用容量を正常なピアのものと比較し、スナップショットと照合しています。</translation>
    </message>
    <message>
        <source>~%1%</source>
        <translation>約 %1%</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>移動元プール</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>移動先プール</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Progress (est.)</source>
        <translation>進捗 (推定)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>残り時間</translation>
    </message>
</context>
<context>
    <name>Items::NodeModel</name>
    <message>
        <source>Stale</source>
        <translation>更新停止</translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>異常 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>再構築中 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>レプリカ</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用済み</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
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
        <translation>(未報告)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 healthy of %2 provisioned replicas</source>
        <translation>プロビジョニング済みレプリカ %2 個のうち %1 個が正常</translation>
    </message>
    <message>
        <source>The pool is read-only: it has reached its threshold of %1 % used, so its replicas accept no writes.</source>
        <translation>このプールは読み取り専用です: 使用率がしきい値の %1 % に達したため、レプリカは書き込みを受け付けません。</translation>
    </message>
    <message>
        <source>%1 used of %2 (read-only at %3 %)</source>
        <translation>%2 のうち %1 使用 (%3 % で読み取り専用)</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用済み</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>レプリカ</translation>
    </message>
    <message>
        <source>Pool cluster</source>
        <translation>プールクラスター</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>PoolLost: import fails</source>
        <translation>PoolLost: インポート失敗</translation>
    </message>
    <message>
        <source>The pool-manager on %1 fails to import this pool (condition PoolLost): its disks are gone or attached to another node. %2 is the last phase it wrote. The Health dock (Alt+9) says what to do.</source>
        <translation>%1 上の pool-manager がこのプールをインポートできません (条件 PoolLost): ディスクが失われたか、別のノードに接続されています。%2 は最後に書き込まれたフェーズです。対処法はヘルスドック (Alt+9) に表示されます。</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>Recent I/O of the pool&apos;s replicas: %1.</source>
        <translation>プールのレプリカの最近の I/O: %1。</translation>
    </message>
    <message>
        <source>Busiest volumes: %1</source>
        <translation>最も負荷の高いボリューム: %1</translation>
    </message>
    <message>
        <source>No forecast yet: the history comes from the cluster&apos;s Prometheus.</source>
        <translation>まだ予測はありません: 履歴はクラスターの Prometheus から取得します。</translation>
    </message>
    <message>
        <source>No forecast: %1</source>
        <translation>予測なし: %1</translation>
    </message>
    <message>
        <source>No forecast for this pool: %1</source>
        <translation>このプールの予測はありません: %1</translation>
    </message>
    <message>
        <source>At or past its read-only threshold of %1 %.</source>
        <translation>読み取り専用しきい値 %1 % に達しているか、超えています。</translation>
    </message>
    <message>
        <source>Read-only (%1 %) in about %2 days, between %3 and %4.</source>
        <translation>約 %2 日後 (%3 から %4 の間) に読み取り専用 (%1 %) になります。</translation>
    </message>
    <message>
        <source>Not growing: no read-only date.</source>
        <translation>増加していません: 読み取り専用になる日付はありません。</translation>
    </message>
    <message>
        <source>Over 80 % used.</source>
        <translation>使用率が 80 % を超えています。</translation>
    </message>
    <message>
        <source>80 % used in about %1 days.</source>
        <translation>約 %1 日後に使用率 80 %。</translation>
    </message>
    <message numerus="yes">
        <source>Growth %1 a day over the last %n day(s) of history from %2 (%3; %4 step(s) from moves left out).</source>
        <translation>
            <numerusform>%2 の直近 %n 日間の履歴で 1 日あたり %1 の増加 (%3、移動による段差 %4 件を除外)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Items::ReadOnlyDays</name>
    <message>
        <source>not growing</source>
        <translation>増加なし</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message numerus="yes">
        <source>in ~%n day(s)</source>
        <translation>
            <numerusform>~%n 日後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&gt; %n day(s)</source>
        <translation>
            <numerusform>&gt; %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in ~%n day(s) (%1–%2)</source>
        <translation>
            <numerusform>~%n 日後 (%1–%2)</numerusform>
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
        <translation>(新規)</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · 更新停止</translation>
    </message>
    <message>
        <source>~%1 %</source>
        <translation>約 %1 %</translation>
    </message>
    <message>
        <source>%1 (+%2 pending)</source>
        <translation>%1 (保留中 +%2)</translation>
    </message>
    <message>
        <source>No status update since %1: the pool&apos;s node may be down, so the phase shown may no longer be true.</source>
        <translation>%1 以降状態が更新されていません: プールのノードが停止している可能性があり、表示中のフェーズは正しくないかもしれません。</translation>
    </message>
    <message>
        <source>Estimated from the data copied so far against a healthy replica of the same volume; cStor reports no progress itself.</source>
        <translation>同じボリュームの正常なレプリカと比べて、これまでにコピーされたデータ量から推定しています。cStor 自体は進捗を報告しません。</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>レプリカ</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>再構築済み</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用済み</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>割り当て済み</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>Items::VolumeModel</name>
    <message>
        <source>(no target yet)</source>
        <translation>(ターゲットはまだありません)</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(未報告)</translation>
    </message>
    <message>
        <source>%1 of %2 healthy</source>
        <translation>%2 個中 %1 個が正常</translation>
    </message>
    <message numerus="yes">
        <source>, %n rebuilding</source>
        <translation>
            <numerusform>、再構築中 %n</numerusform>
        </translation>
    </message>
    <message>
        <source> (scaling %1 → %2)</source>
        <translation> (スケール中 %1 → %2)</translation>
    </message>
    <message>
        <source>Replication factor %1, desired %2, consistency factor %3; %4 replica objects seen</source>
        <translation>レプリケーション係数 %1、希望数 %2、整合性係数 %3。レプリカオブジェクトを %4 個検出</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>レプリカ</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用済み</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Pool cluster</source>
        <translation>プールクラスター</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>%1/%2: %3, not scheduled</source>
        <translation>%1/%2: %3、未スケジュール</translation>
    </message>
    <message>
        <source>%1/%2 on %3: %4</source>
        <translation>%3 上の %1/%2: %4</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用元</translation>
    </message>
    <message>
        <source>Recent I/O of the volume at its target: %1.</source>
        <translation>ターゲットでのボリュームの最近の I/O: %1。</translation>
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
        <translation>クラスター %1: certificate-authority に PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <source>user %1: client-certificate or client-key cannot be read</source>
        <translation>ユーザー %1: client-certificate または client-key を読み取れません</translation>
    </message>
    <message>
        <source>user %1: x509: the client certificate has expired (it was valid until %2); renew it</source>
        <translation>ユーザー %1: x509: クライアント証明書の有効期限が切れています (有効期限: %2)。更新してください</translation>
    </message>
</context>
<context>
    <name>Kube::ExecCredentials</name>
    <message>
        <source>user &quot;%1&quot;: command must be specified to use exec authentication plugin (users[].user.exec.command)</source>
        <translation>ユーザー &quot;%1&quot;: exec 認証プラグインを使うには command を指定する必要があります (users[].user.exec.command)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: apiVersion must be specified to use exec authentication plugin (users[].user.exec.apiVersion)</source>
        <translation>ユーザー &quot;%1&quot;: exec 認証プラグインを使うには apiVersion を指定する必要があります (users[].user.exec.apiVersion)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec plugin: invalid apiVersion &quot;%2&quot; (use %3 or %4)</source>
        <translation>ユーザー &quot;%1&quot;: exec プラグイン: apiVersion &quot;%2&quot; は無効です (%3 または %4 を使用してください)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: interactiveMode must be specified to use exec authentication plugin with %2 (Never, IfAvailable or Always)</source>
        <translation>ユーザー &quot;%1&quot;: %2 で exec 認証プラグインを使うには interactiveMode を指定する必要があります (Never、IfAvailable、Always のいずれか)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: invalid interactiveMode &quot;%2&quot; for exec authentication plugin (Never, IfAvailable or Always)</source>
        <translation>ユーザー &quot;%1&quot;: exec 認証プラグインの interactiveMode &quot;%2&quot; は無効です (Never、IfAvailable、Always のいずれか)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: env variable name must be specified for exec authentication plugin</source>
        <translation>ユーザー &quot;%1&quot;: exec 認証プラグインには環境変数名を指定する必要があります</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: %1</source>
        <translation>exec プラグイン: stdout のデコード: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>exec プラグインは API バージョン %1 を使うよう設定されていますが、プラグインはバージョン %2 を返しました</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: kind is &quot;%1&quot;, not ExecCredential</source>
        <translation>exec プラグイン: stdout のデコード: kind が ExecCredential ではなく &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a status field</source>
        <translation>exec プラグインが status フィールドを返しませんでした</translation>
    </message>
    <message>
        <source>exec plugin returned only certificate or key, not both</source>
        <translation>exec プラグインが証明書と鍵の片方しか返しませんでした</translation>
    </message>
    <message>
        <source>exec plugin didn&apos;t return a token or cert/key pair</source>
        <translation>exec プラグインがトークンも証明書と鍵のペアも返しませんでした</translation>
    </message>
    <message>
        <source>exec plugin: decoding stdout: expirationTimestamp &quot;%1&quot; is not an RFC 3339 time</source>
        <translation>exec プラグイン: stdout のデコード: expirationTimestamp &quot;%1&quot; は RFC 3339 形式の時刻ではありません</translation>
    </message>
</context>
<context>
    <name>Kube::ExecPlugin</name>
    <message>
        <source>user &quot;%1&quot;: the exec credential plugin %2 needs a terminal (interactiveMode: Always), which a desktop application does not have; sign in with the plugin in a terminal first, or set interactiveMode to IfAvailable or Never if it can work without one</source>
        <translation>ユーザー &quot;%1&quot;: exec 認証情報プラグイン %2 には端末が必要ですが (interactiveMode: Always)、デスクトップアプリケーションには端末がありません。先に端末でプラグインを使ってサインインするか、端末なしで動作できるなら interactiveMode を IfAvailable または Never に設定してください</translation>
    </message>
    <message>
        <source>exec: executable %1 not found</source>
        <translation>exec: 実行ファイル %1 が見つかりません</translation>
    </message>
    <message>
        <source>exec: executable %1 not found (searched PATH=%2)</source>
        <translation>exec: 実行ファイル %1 が見つかりません (検索した PATH=%2)</translation>
    </message>
    <message>
        <source>exec: executable %1 not found (searched PATH=%2 and the login shell&apos;s PATH=%3)</source>
        <translation>exec: 実行ファイル %1 が見つかりません (検索した PATH=%2 およびログインシェルの PATH=%3)</translation>
    </message>
    <message>
        <source>It looks like you are trying to use a client-go credential plugin that is not installed.</source>
        <translation>インストールされていない client-go 認証情報プラグインを使おうとしているようです。</translation>
    </message>
    <message>
        <source>exec: executable %1 could not be started: %2</source>
        <translation>exec: 実行ファイル %1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>exec: executable %1 crashed%2</source>
        <translation>exec: 実行ファイル %1 がクラッシュしました%2</translation>
    </message>
    <message>
        <source>exec: executable %1 failed with exit code %2%3</source>
        <translation>exec: 実行ファイル %1 が終了コード %2 で失敗しました%3</translation>
    </message>
    <message>
        <source>exec: executable %1 wrote more than %2 MB to its standard output, the limit for a credential; it was stopped</source>
        <translation>exec: 実行ファイル %1 が標準出力に %2 MB を超えて書き込みました (資格情報の上限)。停止しました</translation>
    </message>
    <message>
        <source>exec: executable %1 did not finish within %2 s (request timeout); it was stopped%3</source>
        <translation>exec: 実行ファイル %1 が %2 秒以内に終了しませんでした (リクエストタイムアウト)。停止しました%3</translation>
    </message>
</context>
<context>
    <name>Kube::ExecPluginTrust</name>
    <message>
        <source>exec plugin %1 from %2 is not trusted: a kubeconfig&apos;s exec entry runs a program; trust it only if you know where the kubeconfig comes from</source>
        <translation>%2 の exec プラグイン %1 は信頼されていません: kubeconfig の exec エントリーはプログラムを実行します。kubeconfig の出所がわかっている場合にのみ信頼してください</translation>
    </message>
    <message>
        <source>the kubeconfig</source>
        <translation>kubeconfig</translation>
    </message>
</context>
<context>
    <name>Kube::Informer</name>
    <message>
        <source>the watch of %1 sent an event larger than the limit of %2 MB</source>
        <translation>%1 の監視で上限 %2 MB を超えるイベントを受信しました</translation>
    </message>
    <message>
        <source>the watch of %1 sent a line that is not a JSON watch event: %2</source>
        <translation>%1 の監視で JSON の監視イベントではない行を受信しました: %2</translation>
    </message>
    <message>
        <source>watch of %1 ended: %2</source>
        <translation>%1 の監視が終了しました: %2</translation>
    </message>
    <message>
        <source>the list of %1 is not a Kubernetes list: no array of items</source>
        <translation>%1 の一覧は Kubernetes のリストではありません: items の配列がありません</translation>
    </message>
</context>
<context>
    <name>Kube::KeychainStore</name>
    <message>
        <source>no keychain service (Secret Service) is running; start gnome-keyring or KWallet in this desktop session (tokens are never stored in a file instead): %1</source>
        <translation>キーチェーンサービス (Secret Service) が動作していません。このデスクトップセッションで gnome-keyring または KWallet を起動してください (代わりにトークンをファイルに保存することはありません): %1</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>D-Bus セッションバスがありません</translation>
    </message>
    <message>
        <source>no token is stored in the keychain for context &quot;%1&quot;</source>
        <translation>コンテキスト &quot;%1&quot; のトークンはキーチェーンに保存されていません</translation>
    </message>
    <message>
        <source>the keychain refused access to the token of context &quot;%1&quot; (is the keyring locked?): %2</source>
        <translation>キーチェーンがコンテキスト &quot;%1&quot; のトークンへのアクセスを拒否しました (キーリングがロックされていませんか?): %2</translation>
    </message>
    <message>
        <source>keychain error for context &quot;%1&quot; (is the login keyring missing or locked?): %2</source>
        <translation>コンテキスト &quot;%1&quot; のキーチェーンエラー (ログインキーリングがないか、ロックされていませんか?): %2</translation>
    </message>
</context>
<context>
    <name>Kube::Kubeconfig</name>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 は文字列でなければなりません</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 はリストでなければなりません</translation>
    </message>
    <message>
        <source>%1 must be a map</source>
        <translation>%1 はマップでなければなりません</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in %2</source>
        <translation>%2 に名前 &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>%1.%2 must be a map</source>
        <translation>%1.%2 はマップでなければなりません</translation>
    </message>
    <message>
        <source>stat %1: no such file or directory</source>
        <translation>stat %1: そのようなファイルやディレクトリはありません</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <translation>設定ファイル &quot;%1&quot; の読み込みエラー: %2</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: not a YAML mapping</source>
        <translation>設定ファイル &quot;%1&quot; の読み込みエラー: YAML のマッピングではありません</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: line %2: %3</source>
        <translation>設定ファイル &quot;%1&quot; の読み込みエラー: %2 行目: %3</translation>
    </message>
    <message>
        <source>no kubeconfig found (looked in %1)</source>
        <translation>kubeconfig が見つかりません (探した場所: %1)</translation>
    </message>
    <message>
        <source>current-context is not set in %1</source>
        <translation>%1 に current-context が設定されていません</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>コンテキスト &quot;%1&quot; は存在しません</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: cluster &quot;%2&quot; is not defined (contexts[].context.cluster)</source>
        <translation>コンテキスト &quot;%1&quot;: クラスター &quot;%2&quot; が定義されていません (contexts[].context.cluster)</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: user &quot;%2&quot; is not defined (contexts[].context.user)</source>
        <translation>コンテキスト &quot;%1&quot;: ユーザー &quot;%2&quot; が定義されていません (contexts[].context.user)</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: server is missing or not a URL</source>
        <translation>クラスター &quot;%1&quot;: server がないか、URL ではありません</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: certificate-authority-data and certificate-authority are both specified</source>
        <translation>クラスター &quot;%1&quot;: certificate-authority-data と certificate-authority が両方指定されています</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: specifying a root certificates file (certificate-authority) with insecure-skip-tls-verify is not allowed</source>
        <translation>クラスター &quot;%1&quot;: insecure-skip-tls-verify と一緒にルート証明書ファイル (certificate-authority) を指定することはできません</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 を読み取れません: %3</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: certificate-authority</source>
        <translation>クラスター &quot;%1&quot;: certificate-authority</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (gcp) is not supported: it was removed from kubectl in 1.26; use the exec credential plugin gke-gcloud-auth-plugin instead (gcloud components install gke-gcloud-auth-plugin)</source>
        <translation>ユーザー &quot;%1&quot;: auth-provider (gcp) はサポートされていません。kubectl 1.26 で削除されました。代わりに exec 認証情報プラグイン gke-gcloud-auth-plugin を使用してください (gcloud components install gke-gcloud-auth-plugin)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (azure) is not supported: it was removed from kubectl in 1.26; use the exec credential plugin kubelogin instead (kubelogin convert-kubeconfig)</source>
        <translation>ユーザー &quot;%1&quot;: auth-provider (azure) はサポートされていません。kubectl 1.26 で削除されました。代わりに exec 認証情報プラグイン kubelogin を使用してください (kubelogin convert-kubeconfig)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (oidc) is not supported; use an exec credential plugin such as kubelogin (kubectl oidc-login) instead</source>
        <translation>ユーザー &quot;%1&quot;: auth-provider (oidc) はサポートされていません。代わりに kubelogin (kubectl oidc-login) などの exec 認証情報プラグインを使用してください</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: auth-provider (%2) is not supported; use an exec credential plugin instead</source>
        <translation>ユーザー &quot;%1&quot;: auth-provider (%2) はサポートされていません。代わりに exec 認証情報プラグインを使用してください</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: more than one authentication method found (token and username/password); only one is allowed</source>
        <translation>ユーザー &quot;%1&quot;: 複数の認証方式が見つかりました (トークンとユーザー名/パスワード)。指定できるのは 1 つだけです</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-certificate</source>
        <translation>ユーザー &quot;%1&quot;: client-certificate</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-key</source>
        <translation>ユーザー &quot;%1&quot;: client-key</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: client-certificate and client-key must be given together</source>
        <translation>ユーザー &quot;%1&quot;: client-certificate と client-key は一緒に指定する必要があります</translation>
    </message>
    <message>
        <source>no context exists with the name: &quot;%1&quot;</source>
        <translation>次の名前のコンテキストは存在しません: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot lock %1.lock: another program is writing the kubeconfig</source>
        <translation>%1.lock をロックできません: 別のプログラムが kubeconfig に書き込み中です</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: document contains excessive aliasing</source>
        <translation>設定ファイル &quot;%1&quot; の読み込みエラー: ドキュメントのエイリアスが多すぎます</translation>
    </message>
    <message>
        <source>it is a %1 of apiVersion %2, not a kubeconfig (kind: Config, apiVersion: v1)</source>
        <translation>これは apiVersion %2 の %1 で、kubeconfig (kind: Config, apiVersion: v1) ではありません</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: larger than %2 MB, the limit for a kubeconfig</source>
        <translation>設定ファイル &quot;%1&quot; の読み込みエラー: kubeconfig の上限である %2 MB を超えています</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 MB, the limit for a certificate or key file</source>
        <translation>%1: %2 は証明書または鍵ファイルの上限である %3 MB を超えています</translation>
    </message>
</context>
<context>
    <name>Kube::ListBudget</name>
    <message numerus="yes">
        <source>the list of %1 is too large: its first %n page(s) come to more than the limit of %2 MB</source>
        <translation>
            <numerusform>%1 の一覧が大きすぎます: 最初の %n ページで上限の %2 MB を超えています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list of %1 does not end: the server gave page %n the continue token of an earlier page</source>
        <translation>
            <numerusform>%1 の一覧が終わりません: サーバーが %n ページ目に以前のページの continue トークンを返しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kube::RestClient</name>
    <message>
        <source>x509: the server&apos;s certificate has expired</source>
        <translation>x509: サーバーの証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>x509: the server&apos;s certificate is not valid for %1 (wrong host name)</source>
        <translation>x509: サーバーの証明書は %1 に対して有効ではありません (ホスト名の不一致)</translation>
    </message>
    <message>
        <source>x509: certificate signed by unknown authority (check the cluster&apos;s certificate-authority)</source>
        <translation>x509: 不明な認証局によって署名された証明書です (クラスターの certificate-authority を確認してください)</translation>
    </message>
    <message>
        <source>refusing to send credentials over plain http to %1: use https</source>
        <translation>%1 への平文 http での認証情報の送信を拒否しました: https を使用してください</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (idle timeout)</source>
        <translation>%1 が %2 秒以内に監視に応答しませんでした (アイドルタイムアウト)</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s (idle timeout)</source>
        <translation>%1 から %2 秒間何も送られてきませんでした (アイドルタイムアウト)</translation>
    </message>
    <message>
        <source>the answer from %1 is too large: it announces %2 MB, more than the limit of %3 MB</source>
        <translation>%1 からの応答が大きすぎます: %2 MB と通知されており、上限の %3 MB を超えています</translation>
    </message>
    <message>
        <source>the answer from %1 is too large: more than the limit of %2 MB</source>
        <translation>%1 からの応答が大きすぎます: 上限の %2 MB を超えています</translation>
    </message>
    <message>
        <source>%1 did not complete its answer within %2 s (total timeout)</source>
        <translation>%1 が %2 秒以内に応答を完了しませんでした (全体タイムアウト)</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2 (the server must speak TLS 1.2 or newer)</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました: %2 (サーバーは TLS 1.2 以降に対応している必要があります)</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON: is it a Kubernetes API server?</source>
        <translation>%1 が JSON ではなく %2 で応答しました。Kubernetes API サーバーですか?</translation>
    </message>
    <message>
        <source>the answer from %1 is nested too deeply (more than 1024 levels)</source>
        <translation>%1 からの応答の入れ子が深すぎます (1024 階層を超えています)</translation>
    </message>
    <message>
        <source>the answer from %1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 からの応答は有効な JSON ではありません: %2 (バイト位置 %3)</translation>
    </message>
    <message>
        <source>%1 redirected to %2 (HTTP %3): not followed, an API server does not redirect</source>
        <translation>%1 が %2 へリダイレクトしました (HTTP %3)。API サーバーはリダイレクトしないため、追従しません</translation>
    </message>
    <message>
        <source>the server answered %1: %2</source>
        <translation>サーバーの応答 %1: %2</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (request timeout)</source>
        <translation>%1 は %2 秒以内にウォッチに応答しませんでした (リクエストのタイムアウト)</translation>
    </message>
    <message>
        <source>%1 did not answer the watch within %2 s (total timeout)</source>
        <translation>%1 は %2 秒以内にウォッチに応答しませんでした (全体のタイムアウト)</translation>
    </message>
    <message>
        <source>%1 did not complete its answer within %2 s (request timeout)</source>
        <translation>%1 は %2 秒以内に応答を完了しませんでした (リクエストのタイムアウト)</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: what it was decided on is no longer fresh</source>
        <translation>%1 %2 は送信されませんでした: 判断の元にした情報がもう新しくありません</translation>
    </message>
</context>
<context>
    <name>Kube::WatchWorker</name>
    <message>
        <source>listing the cluster&apos;s cStor objects</source>
        <translation>クラスターの cStor オブジェクトを一覧取得中</translation>
    </message>
    <message>
        <source>the server refused the credentials (401 Unauthorized): %1</source>
        <translation>サーバーが認証情報を拒否しました (401 Unauthorized): %1</translation>
    </message>
    <message>
        <source>no permission to list %1: %2</source>
        <translation>%1 を一覧取得する権限がありません: %2</translation>
    </message>
    <message>
        <source>the cluster serves no cStor resources (cstor.openebs.io/v1) in namespace %1: %2</source>
        <translation>クラスターはネームスペース %1 で cStor リソース (cstor.openebs.io/v1) を提供していません: %2</translation>
    </message>
    <message>
        <source>the list of %1 holds items that are not objects</source>
        <translation>%1 の一覧にオブジェクトではない項目があります</translation>
    </message>
    <message>
        <source>the server does not serve %1: %2</source>
        <translation>サーバーは %1 を提供していません: %2</translation>
    </message>
</context>
<context>
    <name>KubectlPlugin</name>
    <message>
        <source>kubectl cstor: OpenEBS cStor pools, volume replicas and volumes, and moves of replicas between them (cStor Console).

Usage: kubectl cstor VERB [ARGUMENTS] [options]

</source>
        <translation>kubectl cstor: OpenEBS cStor のプール、ボリュームレプリカ、ボリューム、およびそれらの間のレプリカの移動 (cStor Console)。

使い方: kubectl cstor VERB [引数] [オプション]

</translation>
    </message>
    <message>
        <source>
The window: cstor-console. Exit codes: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>
ウィンドウ: cstor-console。終了コード: 0 完了、1 拒否または失敗、2 使い方の誤り。
</translation>
    </message>
    <message>
        <source>error: a verb is missing: %1.</source>
        <translation>エラー: サブコマンドがありません: %1。</translation>
    </message>
    <message>
        <source>error: unknown verb &quot;%1&quot;: use one of %2.</source>
        <translation>エラー: 不明なサブコマンド「%1」: %2 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>See &quot;kubectl cstor --help&quot;.</source>
        <translation>「kubectl cstor --help」を参照してください。</translation>
    </message>
</context>
<context>
    <name>LostNodeDrain</name>
    <message>
        <source>new replica on %1 (%2)</source>
        <translation>%1 (%2) に新しいレプリカ</translation>
    </message>
    <message>
        <source>WAIT</source>
        <translation>待機</translation>
    </message>
    <message>
        <source>NO ROOM</source>
        <translation>空きなし</translation>
    </message>
    <message>
        <source>NO QUORUM</source>
        <translation>クォーラムなし</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>喪失</translation>
    </message>
    <message>
        <source>Node %1 is lost: %2. Its replicas cannot be moved off, only replaced from the Healthy replicas on other nodes.
</source>
        <translation>ノード %1 は失われています: %2。そのレプリカは移動できず、他のノードの Healthy なレプリカから置き換えることしかできません。
</translation>
    </message>
    <message>
        <source>a new replica on %1 fails its checks: %2</source>
        <translation>%1 上の新しいレプリカはチェックに失敗します: %2</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>REPLICA ON</source>
        <translation>レプリカの場所</translation>
    </message>
    <message>
        <source>HEALTHY ELSEWHERE</source>
        <translation>他の Healthy</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <source>No volume counts on a replica there.
</source>
        <translation>そこにあるレプリカに依存するボリュームはありません。
</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) cannot be brought back here:</source>
        <translation>
            <numerusform>%n 個のボリュームはここでは復旧できません:</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume uses the pools of %1 any more. If the node is gone for good (if it comes back, its pools still hold these datasets), remove the dead pool by hand:</source>
        <translation>%1 のプールを使うボリュームはもうありません。ノードが完全に失われた場合 (戻ってきた場合、そのプールにはまだこれらのデータセットがあります)、死んだプールを手動で取り除いてください:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>error: node %1 is not recovered: %n volume(s) still count on a replica there: %2</source>
        <translation>
            <numerusform>エラー: ノード %1 は復旧していません: %n 個のボリュームがまだそこのレプリカに依存しています: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>ノード %1</translation>
    </message>
</context>
<context>
    <name>MigrateVerb</name>
    <message>
        <source>Moves one replica of a cStor volume to another pool: adds the target pool to the volume, waits until the new replica and the volume are Healthy, then removes the source pool. Shows the plan first and asks unless --yes is given. It always waits until the move has ended (--wait is accepted and changes nothing); Ctrl-C before the old replica is removed rolls the move back. Moves left unfinished in the journal are resumed first.
Exit codes: 0 moved (or nothing to change in a dry run), 1 refused or failed, 2 usage error.</source>
        <translation>cStor ボリュームのレプリカ 1 つを別のプールへ移動します。移動先プールをボリュームに追加し、新しいレプリカとボリュームが Healthy になるまで待ってから、移動元プールを削除します。まず計画を表示し、--yes を指定しない限り確認を求めます。移動が終わるまで常に待機します (--wait は受け付けますが、動作は変わりません)。旧レプリカが削除される前に Ctrl-C を押すと、移動はロールバックされます。ジャーナルに未完了の移動があれば、先にそれを再開します。
終了コード: 0 移動完了 (ドライランでは変更なし)、1 拒否または失敗、2 使用法の誤り。</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>サブコマンド。</translation>
    </message>
    <message>
        <source>The volume (PV name, the name of its CStorVolumeConfig).</source>
        <translation>ボリューム (PV 名。CStorVolumeConfig の名前)。</translation>
    </message>
    <message>
        <source>The pool (CStorPoolInstance) holding the replica to move, or its node.</source>
        <translation>移動するレプリカを持つプール (CStorPoolInstance)、またはそのノード。</translation>
    </message>
    <message>
        <source>POOL|NODE</source>
        <translation>POOL|NODE</translation>
    </message>
    <message>
        <source>The target pool, or a node (its pool of the volume&apos;s pool cluster with the most free space).</source>
        <translation>移動先のプール、またはノード (ボリュームのプールクラスターに属する、そのノードのプールのうち空き容量が最も多いもの)。</translation>
    </message>
    <message>
        <source>Show the plan and ask the server to dry-run the change; change nothing.</source>
        <translation>計画を表示し、変更をサーバーでドライランします。何も変更しません。</translation>
    </message>
    <message>
        <source>Do not ask before moving.</source>
        <translation>移動の前に確認しません。</translation>
    </message>
    <message>
        <source>Wait until the move has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>移動が終わるまで待機します (常に待機します。kubectl 系ツール向けに書かれたスクリプトとの互換用)。</translation>
    </message>
    <message>
        <source>The volume to migrate is missing: migrate VOLUME --from POOL|NODE --to POOL|NODE</source>
        <translation>移行するボリュームが指定されていません: migrate VOLUME --from POOL|NODE --to POOL|NODE</translation>
    </message>
    <message>
        <source>Both --from POOL|NODE and --to POOL|NODE are needed.</source>
        <translation>--from POOL|NODE と --to POOL|NODE の両方が必要です。</translation>
    </message>
    <message>
        <source>The move of %1 from %2 to %3 was already under way and is now done.
</source>
        <translation>%1 の %2 から %3 への移動はすでに進行中で、完了しました。
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Move a replica of %1
  from pool %2 on node %3
  to pool %4 on node %5
Steps: add the target pool (a new replica rebuilds from its peers), wait until the new replica and the volume are Healthy, remove the source pool (the old replica is deleted).

</source>
        <translation>%1 のレプリカを移動します
  移動元: ノード %3 のプール %2
  移動先: ノード %5 のプール %4
手順: 移動先プールを追加し (新しいレプリカがピアから再構築されます)、新しいレプリカとボリュームが Healthy になるまで待ってから、移動元プールを削除します (旧レプリカは削除されます)。

</translation>
    </message>
    <message>
        <source>error: refusing to move the replica: %1</source>
        <translation>エラー: レプリカの移動を拒否しました: %1</translation>
    </message>
    <message>
        <source>Moved the replica of %1 from %2 to %3.
</source>
        <translation>%1 のレプリカを %2 から %3 へ移動しました。
</translation>
    </message>
</context>
<context>
    <name>Migration::ClaimKeeper</name>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
</context>
<context>
    <name>Migration::EvacuationPlanner</name>
    <message>
        <source>node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>プール %1</translation>
    </message>
    <message>
        <source>removing it from %1 would destroy the replicas of %2 there; move or delete those clones first</source>
        <translation>%1 から削除すると、そこにある %2 のレプリカが破棄されます。先にそれらのクローンを移動または削除してください</translation>
    </message>
    <message>
        <source>the volume&apos;s objects cannot all be read: %1</source>
        <translation>ボリュームのオブジェクトをすべては読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>Migration::JsonLinesFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Migration::MaintenanceWindow</name>
    <message>
        <source>&quot;%1&quot; is not a window of the day: write HH:MM-HH:MM, e.g. 22:00-06:00</source>
        <translation>&quot;%1&quot; は 1 日の時間帯ではありません: HH:MM-HH:MM の形式で指定してください (例: 22:00-06:00)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a time that does not exist</source>
        <translation>&quot;%1&quot; は存在しない時刻を指定しています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens and closes at the same minute; leave the window out to start moves at any time</source>
        <translation>&quot;%1&quot; は開始と終了が同じ分です。いつでも移動を開始するには、時間帯を指定しないでください</translation>
    </message>
</context>
<context>
    <name>Migration::MigrationEngine</name>
    <message>
        <source>not connected</source>
        <translation>接続されていません</translation>
    </message>
    <message>
        <source>accepted by the server</source>
        <translation>サーバーが受け付けました</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>no migration %1</source>
        <translation>移行 %1 はありません</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>開始前にキャンセルされました</translation>
    </message>
    <message>
        <source>the old replica is already being removed; the move can only finish</source>
        <translation>旧レプリカはすでに削除中です。移動は完了させるしかありません</translation>
    </message>
    <message>
        <source>the migration has already ended</source>
        <translation>移行はすでに終了しています</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>再開中</translation>
    </message>
    <message>
        <source>queued: waiting for a free slot</source>
        <translation>待機中: 空きスロットを待っています</translation>
    </message>
    <message>
        <source>waiting for the cluster view to show the new pool</source>
        <translation>クラスターの表示に新しいプールが現れるのを待っています</translation>
    </message>
    <message>
        <source>the volume %1 disappeared from the cluster</source>
        <translation>ボリューム %1 がクラスターから消えました</translation>
    </message>
    <message>
        <source>someone else removed %1 from the volume&apos;s pools; the source replica on %2 was kept</source>
        <translation>ほかの誰かが %1 をボリュームのプールから削除しました。%2 上の移動元レプリカは保持されています</translation>
    </message>
    <message>
        <source>someone else removed %1 from the volume&apos;s pools before the console did</source>
        <translation>コンソールより先に、ほかの誰かが %1 をボリュームのプールから削除しました</translation>
    </message>
    <message>
        <source>rebuilding (stalled)</source>
        <translation>再構築中 (停滞)</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>再構築中</translation>
    </message>
    <message>
        <source>waiting for the volume to settle</source>
        <translation>ボリュームが安定するのを待っています</translation>
    </message>
    <message>
        <source>removing the old replica</source>
        <translation>旧レプリカを削除中</translation>
    </message>
    <message>
        <source>adding the target pool</source>
        <translation>移動先プールを追加中</translation>
    </message>
    <message>
        <source>cstor-console: adding pool %1 to move the replica on %2</source>
        <translation>cstor-console: %2 上のレプリカを移動するためにプール %1 を追加</translation>
    </message>
    <message>
        <source>cannot read the volume&apos;s CStorVolumeConfig: %1</source>
        <translation>ボリュームの CStorVolumeConfig を読み取れません: %1</translation>
    </message>
    <message>
        <source>adding the target pool was refused: %1</source>
        <translation>移動先プールの追加が拒否されました: %1</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>待機中: %1</translation>
    </message>
    <message>
        <source>cstor-console: replica on %1 is Healthy; removing pool %2</source>
        <translation>cstor-console: %1 上のレプリカが Healthy になりました。プール %2 を削除します</translation>
    </message>
    <message>
        <source>removing the old replica was refused: %1; both replicas were kept</source>
        <translation>旧レプリカの削除が拒否されました: %1。両方のレプリカを保持しています</translation>
    </message>
    <message>
        <source>cancelled: removing the new replica on %1</source>
        <translation>キャンセル: %1 上の新しいレプリカを削除中</translation>
    </message>
    <message>
        <source>rolling back: removing the new replica</source>
        <translation>ロールバック中: 新しいレプリカを削除中</translation>
    </message>
    <message>
        <source>cancelled; the new replica was removed and the source kept</source>
        <translation>キャンセルしました。新しいレプリカを削除し、移動元は保持しました</translation>
    </message>
    <message>
        <source>cancelled; the source was kept and the new replica on %1 is being deleted (it goes once its pool manager confirms)</source>
        <translation>キャンセルしました。移動元は保持され、%1 上の新しいレプリカは削除中です (プールマネージャーが確認すると削除されます)</translation>
    </message>
    <message>
        <source>rolling back: waiting for the scale-up to settle</source>
        <translation>ロールバック中: スケールアップが安定するのを待っています</translation>
    </message>
    <message>
        <source>rolling back: %1</source>
        <translation>ロールバック中: %1</translation>
    </message>
    <message>
        <source>the volume changed meanwhile; reading it again</source>
        <translation>その間にボリュームが変更されました。再度読み取ります</translation>
    </message>
    <message>
        <source>cstor-console: moving the replica from %1 to %2 ended %3</source>
        <translation>cstor-console: %1 から %2 へのレプリカの移動が終了しました (%3)</translation>
    </message>
    <message>
        <source>waiting: the new replica on %1 is %2; the old replica stays until it is Healthy again</source>
        <translation>待機中: %1 上の新しいレプリカは %2 です。再び Healthy になるまで古いレプリカは残します</translation>
    </message>
    <message>
        <source>%1; but the volume target refused to lower its replica count and reports FailUpdate every 30 s until its pod restarts: restart the target pod of %2 at a quiet moment</source>
        <translation>%1。ただし、ボリュームターゲットはレプリカ数の削減を拒否し、Pod が再起動するまで 30 秒ごとに FailUpdate を報告します。落ち着いた時間帯に %2 のターゲット Pod を再起動してください</translation>
    </message>
    <message>
        <source>rolling back: waiting for the volume target to take the lower replica count</source>
        <translation>ロールバック中: ボリュームターゲットが少ないレプリカ数を受け入れるのを待っています</translation>
    </message>
    <message>
        <source>the old replica on %1 stays Terminating while its node %2 is lost</source>
        <translation>%1 上の旧レプリカは、ノード %2 が失われている間 Terminating のままです</translation>
    </message>
    <message>
        <source>%1 to place %2</source>
        <translation>%1 を %2 番目へ</translation>
    </message>
    <message numerus="yes">
        <source>the console restarted with %n move(s) waiting; resume the queue to go on</source>
        <translation>
            <numerusform>%n 件の移動が待機中のままコンソールが再起動しました。続行するにはキューを再開してください</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the volume to settle after another console&apos;s move</source>
        <translation>別のコンソールの移動後、ボリュームが落ち着くのを待っています</translation>
    </message>
    <message>
        <source>the replica is no longer on %1: another console moved it meanwhile</source>
        <translation>レプリカはもう %1 にありません: その間に別のコンソールが移動しました</translation>
    </message>
    <message>
        <source>%1 no longer fits (%2); moving to %3 instead</source>
        <translation>%1 はもう適しません（%2）。代わりに %3 へ移動します</translation>
    </message>
    <message>
        <source>another console finished this move</source>
        <translation>別のコンソールがこの移動を完了しました</translation>
    </message>
    <message>
        <source>waiting: cannot claim the volume: %1</source>
        <translation>待機中: ボリュームを確保できません: %1</translation>
    </message>
    <message>
        <source>taken over by another console, which finishes it: %1</source>
        <translation>別のコンソールに引き継がれ、そちらが完了させます: %1</translation>
    </message>
    <message>
        <source>no volume %1</source>
        <translation>ボリューム %1 はありません</translation>
    </message>
    <message>
        <source>the move of %1 changed meanwhile; look again</source>
        <translation>%1 の移動はその間に変わりました。もう一度確認してください</translation>
    </message>
    <message>
        <source>this console already runs the move of %1</source>
        <translation>このコンソールはすでに %1 の移動を実行しています</translation>
    </message>
    <message>
        <source>%1 no longer lists %2: the move is not under way</source>
        <translation>%1 には %2 がもう含まれていません: 移動は進行中ではありません</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>引き継ぎ済み</translation>
    </message>
    <message>
        <source>adopted from %1</source>
        <translation>%1 から引き継ぎ</translation>
    </message>
    <message>
        <source>waiting for the change of the volume&apos;s pools under way to finish</source>
        <translation>ボリュームのプールの進行中の変更が終わるのを待っています</translation>
    </message>
    <message>
        <source>the replica is no longer on %1 and the volume lists %2 of its %3 pools</source>
        <translation>レプリカはもう %1 にはなく、ボリュームには %3 個のプールのうち %2 個が載っています</translation>
    </message>
    <message>
        <source>waiting: %1; reading the volume again</source>
        <translation>待機中: %1。ボリュームを読み直しています</translation>
    </message>
    <message>
        <source>the CVC controller could not finish removing pool %1 (its replica was already gone): removed it from the CStorVolumeConfig&apos;s status</source>
        <translation>CVC コントローラーはプール %1 の削除を完了できませんでした (レプリカは既に削除済み): CStorVolumeConfig のステータスから削除しました</translation>
    </message>
    <message>
        <source>cstor-console: the CVC controller could not finish removing pool %1 (its replica was already gone); removed it from status.poolInfo</source>
        <translation>cstor-console: CVC コントローラーはプール %1 の削除を完了できませんでした (レプリカは既に削除済み)。status.poolInfo から削除しました</translation>
    </message>
    <message>
        <source>the old replica is gone, but the volume&apos;s CStorVolumeConfig still lists %1 in its status</source>
        <translation>古いレプリカは削除されましたが、ボリュームの CStorVolumeConfig のステータスにはまだ %1 が残っています</translation>
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
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>a console on %1</source>
        <translation>%1 上のコンソール</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>%1 moves the replica on %2 to %3 (%4)</source>
        <translation>%1 が %2 のレプリカを %3 へ移動しています（%4）</translation>
    </message>
    <message>
        <source>%1, started %2 ago, last heard %3 ago</source>
        <translation>%1、%2 前に開始、最後の応答は %3 前</translation>
    </message>
</context>
<context>
    <name>Migration::MoveResolver</name>
    <message>
        <source>no volume named %1 (no CStorVolumeConfig)</source>
        <translation>%1 という名前のボリュームはありません (CStorVolumeConfig がありません)</translation>
    </message>
    <message>
        <source>%1 has no replica on a pool or node named %2</source>
        <translation>%1 には %2 という名前のプールまたはノード上のレプリカがありません</translation>
    </message>
    <message>
        <source>no pool of %1 named %2 or on a node named %2</source>
        <translation>%1 のプールには、名前が %2 のものも、ノード %2 上のものもありません</translation>
    </message>
</context>
<context>
    <name>Migration::NameSuggestions</name>
    <message>
        <source>; did you mean %1?</source>
        <translation>。%1 のことですか?</translation>
    </message>
</context>
<context>
    <name>Migration::NodeLossImpact</name>
    <message>
        <source>If %1 is lost now, no volume loses anything: it holds no replica.</source>
        <translation>今 %1 が失われても、どのボリュームも何も失いません: レプリカを持っていません。</translation>
    </message>
    <message>
        <source>If %1 is lost now: %2 volume(s) lose a replica and keep serving, %3 lose quorum (Offline until it returns), %4 lose their only Healthy copy.</source>
        <translation>今 %1 が失われた場合: %2 個のボリュームはレプリカを 1 つ失いますが動作を続け、%3 個はクォーラムを失い (戻るまで Offline)、%4 個は唯一の Healthy なコピーを失います。</translation>
    </message>
    <message>
        <source>loses its data</source>
        <translation>データを失う</translation>
    </message>
    <message>
        <source>loses quorum</source>
        <translation>クォーラムを失う</translation>
    </message>
    <message>
        <source>loses a replica</source>
        <translation>レプリカを 1 つ失う</translation>
    </message>
    <message>
        <source>no Healthy replica on another node: its data would be gone with %1</source>
        <translation>他のノードに Healthy なレプリカがありません: データは %1 とともに失われます</translation>
    </message>
    <message>
        <source>%1 Healthy of %2 replica(s) left, %3 needed: Offline (no I/O, no rebuild) until %4 returns</source>
        <translation>%2 個のレプリカのうち Healthy は残り %1 個、%3 個必要: %4 が戻るまで Offline (I/O なし、再構築なし)</translation>
    </message>
    <message>
        <source>%1 Healthy of %2 replica(s) left: Degraded, serving I/O</source>
        <translation>%2 個のレプリカのうち Healthy は残り %1 個: Degraded、I/O は処理可能</translation>
    </message>
    <message>
        <source>%1; once it is back, a replacement could rebuild on %2</source>
        <translation>%1。ノードが戻れば、%2 で代替レプリカを再構築できます</translation>
    </message>
    <message>
        <source>%1; a replacement could rebuild on %2</source>
        <translation>%1。%2 で代替レプリカを再構築できます</translation>
    </message>
    <message>
        <source>no pool can take a replacement</source>
        <translation>代替レプリカを受け入れられるプールがありません</translation>
    </message>
    <message>
        <source>no replacement: %1</source>
        <translation>代替なし: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>Migration::Placement</name>
    <message>
        <source>every other pool of %1 is on a node that holds a replica of %2</source>
        <translation>%1 の他のプールはすべて、%2 のレプリカを持つノード上にあります</translation>
    </message>
    <message>
        <source>no pool of %1 on another node is ONLINE, writable and on a live node</source>
        <translation>別のノード上にある %1 のプールで、ONLINE かつ書き込み可能で、稼働中のノード上にあるものはありません</translation>
    </message>
    <message>
        <source>%1 is a clone of %2: only a pool holding a replica of %2 can take it, and none is free on another node</source>
        <translation>%1 は %2 のクローンです: %2 のレプリカを持つプールしか受け入れられず、別のノードに空いているものはありません</translation>
    </message>
    <message>
        <source>every pool left holds a volume with the same %1 label (%2)</source>
        <translation>残りのプールはすべて、同じ %1 ラベル (%2) を持つボリュームを保持しています</translation>
    </message>
    <message>
        <source>below %1 %</source>
        <translation>%1 % 未満</translation>
    </message>
    <message>
        <source>below its read-only threshold</source>
        <translation>読み取り専用しきい値未満</translation>
    </message>
    <message>
        <source>no pool on another node of %1 has %2 free %3</source>
        <translation>別のノード上にある %1 のプールで、%2 の空き (%3) があるものはありません</translation>
    </message>
    <message>
        <source>no pool of %1 may take it</source>
        <translation>%1 のどのプールもこれを受け入れられません</translation>
    </message>
    <message>
        <source>%1 has no pool outside the ones being emptied and those on cordoned nodes</source>
        <translation>%1 には、空にしているプールと cordon されたノード上のプール以外のプールがありません</translation>
    </message>
</context>
<context>
    <name>Migration::PlanDuration</name>
    <message numerus="yes">
        <source>%1, measured over %n move(s) on this cluster</source>
        <translation>
            <numerusform>%1 (このクラスターでの %n 件の移動から測定)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, assumed: no move measured on this cluster yet</source>
        <translation>%1 (仮定値: このクラスターではまだ移動を測定していません)</translation>
    </message>
    <message>
        <source>about %1 (%2)</source>
        <translation>約 %1 (%2)</translation>
    </message>
    <message>
        <source>%1 MiB/s per move</source>
        <translation>移動ごとに %1 MiB/s</translation>
    </message>
</context>
<context>
    <name>Migration::Preflight</name>
    <message>
        <source>Volume exists</source>
        <translation>ボリュームが存在する</translation>
    </message>
    <message>
        <source>CStorVolumeConfig %1 found</source>
        <translation>CStorVolumeConfig %1 が見つかりました</translation>
    </message>
    <message>
        <source>No CStorVolumeConfig named %1</source>
        <translation>%1 という名前の CStorVolumeConfig はありません</translation>
    </message>
    <message>
        <source>Volume is Bound</source>
        <translation>ボリュームが Bound である</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 は %2 です</translation>
    </message>
    <message>
        <source>(no phase)</source>
        <translation>(フェーズなし)</translation>
    </message>
    <message>
        <source>No other scaling in progress</source>
        <translation>ほかのスケーリングが進行中でない</translation>
    </message>
    <message>
        <source>spec lists %1 but status lists %2: wait until that change finishes</source>
        <translation>spec には %1、status には %2 と記載されています。その変更が終わるまでお待ちください</translation>
    </message>
    <message>
        <source>spec and status list the same pools</source>
        <translation>spec と status のプール一覧が一致しています</translation>
    </message>
    <message>
        <source>Source pool holds a replica</source>
        <translation>移動元プールがレプリカを持っている</translation>
    </message>
    <message>
        <source>%1 holds a replica of %2</source>
        <translation>%1 は %2 のレプリカを持っています</translation>
    </message>
    <message>
        <source>%1 holds no replica of %2</source>
        <translation>%1 は %2 のレプリカを持っていません</translation>
    </message>
    <message>
        <source>Target pool exists</source>
        <translation>移動先プールが存在する</translation>
    </message>
    <message>
        <source>%1 on node %2</source>
        <translation>ノード %2 上の %1</translation>
    </message>
    <message>
        <source>There is no pool named %1: a missing pool leaves the volume stuck in scaling</source>
        <translation>%1 という名前のプールはありません。存在しないプールを指定するとボリュームがスケーリング中のまま止まります</translation>
    </message>
    <message>
        <source>Target pool is in the volume&apos;s pool cluster</source>
        <translation>移動先プールがボリュームのプールクラスターに属している</translation>
    </message>
    <message>
        <source>both in %1</source>
        <translation>どちらも %1 に属しています</translation>
    </message>
    <message>
        <source>%1 belongs to %2, the volume to %3</source>
        <translation>%1 は %2 に属していますが、ボリュームは %3 に属しています</translation>
    </message>
    <message>
        <source>Target pool is ONLINE</source>
        <translation>移動先プールが ONLINE である</translation>
    </message>
    <message>
        <source>Target pool is writable</source>
        <translation>移動先プールが書き込み可能である</translation>
    </message>
    <message>
        <source>%1 is read-only (pool full)</source>
        <translation>%1 は読み取り専用です (プールが満杯)</translation>
    </message>
    <message>
        <source>%1 is not read-only</source>
        <translation>%1 は読み取り専用ではありません</translation>
    </message>
    <message>
        <source>Target node holds no replica of the volume</source>
        <translation>移動先ノードがボリュームのレプリカを持っていない</translation>
    </message>
    <message>
        <source>node %1 has none</source>
        <translation>ノード %1 は持っていません</translation>
    </message>
    <message>
        <source>node %1 already holds a replica of %2 on %3</source>
        <translation>ノード %1 はすでに %3 上に %2 のレプリカを持っています</translation>
    </message>
    <message>
        <source>Target pool has room for the replica</source>
        <translation>移動先プールにレプリカを置く空きがある</translation>
    </message>
    <message>
        <source>needs %1, %2 free</source>
        <translation>%1 必要、空き %2</translation>
    </message>
    <message>
        <source>Target pool stays below its read-only threshold</source>
        <translation>移動先プールが読み取り専用しきい値を下回ったままである</translation>
    </message>
    <message>
        <source>%1% used after the move, read-only at %2%</source>
        <translation>移動後の使用率 %1%、%2% で読み取り専用</translation>
    </message>
    <message>
        <source>Volume is Healthy</source>
        <translation>ボリュームが Healthy である</translation>
    </message>
    <message>
        <source>%1 is %2; the old replica is removed only once it is Healthy</source>
        <translation>%1 は %2 です。旧レプリカはボリュームが Healthy になってから削除されます</translation>
    </message>
    <message>
        <source>no CStorVolume %1 seen yet</source>
        <translation>CStorVolume %1 はまだ検出されていません</translation>
    </message>
    <message>
        <source>You may change the volume&apos;s placement</source>
        <translation>ボリュームの配置を変更する権限がある</translation>
    </message>
    <message>
        <source>allowed to patch cstorvolumeconfigs</source>
        <translation>cstorvolumeconfigs への patch が許可されています</translation>
    </message>
    <message>
        <source>your user may not patch cstorvolumeconfigs</source>
        <translation>このユーザーには cstorvolumeconfigs への patch が許可されていません</translation>
    </message>
    <message>
        <source>spec and status pool lists differ</source>
        <translation>spec と status のプール一覧が異なります</translation>
    </message>
    <message>
        <source>New replica is Healthy</source>
        <translation>新しいレプリカが Healthy である</translation>
    </message>
    <message>
        <source>no replica of %1 on %2 yet</source>
        <translation>%2 上に %1 のレプリカはまだありません</translation>
    </message>
    <message>
        <source>no CStorVolume %1 seen</source>
        <translation>CStorVolume %1 は検出されていません</translation>
    </message>
    <message>
        <source>The volume target counts the new replica</source>
        <translation>ボリュームターゲットが新しいレプリカを数えている</translation>
    </message>
    <message>
        <source>replicationFactor %1, desired %2</source>
        <translation>replicationFactor %1、desired %2</translation>
    </message>
    <message>
        <source>Every remaining replica is Healthy</source>
        <translation>残りのレプリカがすべて Healthy である</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy replica(s) remain</source>
        <translation>
            <numerusform>正常なレプリカが %n 個残ります</numerusform>
        </translation>
    </message>
    <message>
        <source>not Healthy: %1</source>
        <translation>Healthy ではありません: %1</translation>
    </message>
    <message>
        <source>A healthy replica remains</source>
        <translation>正常なレプリカが残る</translation>
    </message>
    <message>
        <source>removing %1 would leave no healthy replica of %2</source>
        <translation>%1 を削除すると、%2 の正常なレプリカがなくなります</translation>
    </message>
    <message>
        <source>%1 (clone of %2 from snapshot %3)</source>
        <translation>%1 (スナップショット %3 からの %2 のクローン)</translation>
    </message>
    <message>
        <source>No clone of the volume would lose its replica on the source pool</source>
        <translation>ボリュームのクローンがソースプール上のレプリカを失うことはありません</translation>
    </message>
    <message>
        <source>no clone of %1 has a replica on %2</source>
        <translation>%1 のクローンで %2 にレプリカを持つものはありません</translation>
    </message>
    <message>
        <source>removing %1 from %2 destroys its snapshots with the replicas on %2 of: %3</source>
        <translation>%2 から %1 を削除すると、そのスナップショットと、%2 上の次のレプリカが破棄されます: %3</translation>
    </message>
    <message>
        <source>A Healthy replica to copy from</source>
        <translation>コピー元の Healthy なレプリカ</translation>
    </message>
    <message numerus="yes">
        <source>%n Healthy replica(s) of %1 to rebuild the new one from</source>
        <translation>
            <numerusform>新しいレプリカの再構築元となる %1 の Healthy なレプリカ %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>no replica of %1 is Healthy as its target counts them: a new replica has nothing to copy from and the volume&apos;s data may be lost (see cstor-console doctor)</source>
        <translation>ターゲットの集計では %1 の Healthy なレプリカがありません: 新しいレプリカにはコピー元がなく、ボリュームのデータは失われている可能性があります (cstor-console doctor を参照)</translation>
    </message>
    <message>
        <source>No other move of this volume</source>
        <translation>このボリュームの別の移動はありません</translation>
    </message>
    <message>
        <source>no console has claimed %1 for a move</source>
        <translation>%1 を移動のために確保しているコンソールはありません</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Every object of the volume can be read</source>
        <translation>ボリュームのすべてのオブジェクトが読み取れる</translation>
    </message>
    <message>
        <source>the CStorVolumeConfig, CStorVolume and replicas of %1 seen so far all decode</source>
        <translation>これまでに見た %1 の CStorVolumeConfig、CStorVolume、レプリカはすべてデコードできます</translation>
    </message>
    <message>
        <source>not read: %1. Without it the checks cannot tell where the volume&apos;s replicas are or whether they are Healthy; fix the object (kubectl edit) and try again</source>
        <translation>読み取れません: %1。これがないと、ボリュームのレプリカがどこにあるか、Healthy かどうかを確認できません。オブジェクトを修正して (kubectl edit) やり直してください</translation>
    </message>
</context>
<context>
    <name>Migration::QueueProgress</name>
    <message numerus="yes">
        <source>%1 of %n move(s) done, %2 running, %3 waiting, %4 failed</source>
        <translation>
            <numerusform>%n 件中 %1 件の移動が完了、実行中 %2 件、待機中 %3 件、失敗 %4 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 copied</source>
        <translation>%2 中 %1 をコピー済み</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>残り約 %1</translation>
    </message>
</context>
<context>
    <name>Migration::QueueSettings</name>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>一時停止中: %1</translation>
    </message>
    <message>
        <source>waiting for the maintenance window %1 (opens %2)</source>
        <translation>メンテナンス時間帯 %1 を待っています (開始 %2)</translation>
    </message>
</context>
<context>
    <name>Migration::RebalancePlanner</name>
    <message>
        <source>its node %1 is lost</source>
        <translation>ノード %1 が失われている</translation>
    </message>
    <message>
        <source>it fails to import</source>
        <translation>インポートに失敗している</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>%1 である</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>読み取り専用である</translation>
    </message>
    <message>
        <source>it reports no capacity</source>
        <translation>容量を報告していない</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 is left out as %3; its %n replica(s) stay</source>
        <translation>
            <numerusform>%1: %2 は %3 ため除外されます。その %n 個のレプリカは残ります</numerusform>
        </translation>
    </message>
    <message>
        <source>no replica of %1 is Healthy to copy from</source>
        <translation>%1 にはコピー元となる Healthy なレプリカがありません</translation>
    </message>
    <message>
        <source>removing it from %1 would destroy the replicas of %2 there</source>
        <translation>%1 から削除すると、そこにある %2 のレプリカが破棄されます</translation>
    </message>
    <message>
        <source>no pool of %1 may take it</source>
        <translation>%1 のどのプールもこれを受け入れられません</translation>
    </message>
    <message>
        <source>the emptiest pool it may go to, %1, would reach %2 %, no less than the %3 % left on %4</source>
        <translation>移動できる最も空いたプール %1 は %2 % に達し、%4 に残る %3 % を下回りません</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %) holds no replica left to move</source>
        <translation>%1: %2 (%3 %) には移動できるレプリカが残っていません</translation>
    </message>
    <message>
        <source>%1: no replica of %2 (%3 %) can move to a pool that stays below it; %4</source>
        <translation>%1: %2 (%3 %) のどのレプリカも、それより使用率が低いままのプールへは移動できません。%4</translation>
    </message>
    <message>
        <source>the cluster has no pool</source>
        <translation>クラスターにプールがありません</translation>
    </message>
    <message>
        <source>no pool belongs to pool cluster %1</source>
        <translation>プールクラスター %1 に属するプールはありません</translation>
    </message>
    <message>
        <source>the volume&apos;s objects cannot all be read: %1</source>
        <translation>ボリュームのオブジェクトをすべては読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>Migration::ReplicaHealth</name>
    <message>
        <source>being deleted</source>
        <translation>削除中</translation>
    </message>
    <message>
        <source>no phase yet</source>
        <translation>フェーズ未設定</translation>
    </message>
    <message>
        <source>node %1 is lost</source>
        <translation>ノード %1 が失われています</translation>
    </message>
    <message>
        <source>the volume target does not list it</source>
        <translation>ボリュームターゲットに含まれていません</translation>
    </message>
    <message>
        <source>the volume target reports it %1</source>
        <translation>ボリュームターゲットの報告では %1</translation>
    </message>
    <message>
        <source>the volume target counts no replica Healthy</source>
        <translation>ボリュームターゲットは Healthy のレプリカを 1 つも数えていません</translation>
    </message>
</context>
<context>
    <name>MigrationSession</name>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>cannot watch the cStor resources of namespace &quot;%1&quot;: %2</source>
        <translation>ネームスペース &quot;%1&quot; の cStor リソースを監視できません: %2</translation>
    </message>
    <message>
        <source>the cluster of context &quot;%1&quot; (%2) did not answer within %3 s%4</source>
        <translation>コンテキスト &quot;%1&quot; のクラスター (%2) が %3 秒以内に応答しませんでした%4</translation>
    </message>
    <message>
        <source>warning: cannot tell whether user &quot;%1&quot; may patch cstorvolumeconfigs (%2); the server decides</source>
        <translation>警告: ユーザー &quot;%1&quot; が cstorvolumeconfigs を patch できるかどうか判断できません (%2)。判断はサーバーに委ねます</translation>
    </message>
    <message>
        <source>error: Forbidden: user &quot;%1&quot; (context &quot;%2&quot;) may not patch cstorvolumeconfigs in namespace &quot;%3&quot;, so no replica can be moved</source>
        <translation>エラー: Forbidden: ユーザー &quot;%1&quot; (コンテキスト &quot;%2&quot;) はネームスペース &quot;%3&quot; の cstorvolumeconfigs を patch できないため、レプリカを移動できません</translation>
    </message>
    <message>
        <source>Ask a cluster administrator for patch rights on cstorvolumeconfigs.cstor.openebs.io or choose another context with --context.</source>
        <translation>クラスター管理者に cstorvolumeconfigs.cstor.openebs.io の patch 権限を依頼するか、--context で別のコンテキストを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Note: the journal holds %n unfinished migration(s); the next migrate or drain resumes them first:</source>
        <translation>
            <numerusform>注意: ジャーナルに未完了の移行が %n 件あります。次の migrate または drain でまずそれらを再開します:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n unfinished migration(s) from the journal first:</source>
        <translation>
            <numerusform>まずジャーナルから未完了の移行 %n 件を再開します:</numerusform>
        </translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>POOL</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>USED BEFORE</source>
        <translation>移動前の使用量</translation>
    </message>
    <message>
        <source>USED AFTER</source>
        <translation>移動後の使用量</translation>
    </message>
    <message>
        <source>READ-ONLY AT</source>
        <translation>読み取り専用しきい値</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>crosses its read-only threshold</source>
        <translation>読み取り専用しきい値を超えます</translation>
    </message>
    <message>
        <source>stays above its read-only threshold</source>
        <translation>読み取り専用しきい値を超えたままです</translation>
    </message>
    <message>
        <source>Server-side dry run of adding %1 to %2</source>
        <translation>%2 への %1 の追加をサーバー側でドライラン</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: 拒否されました: %2</translation>
    </message>
    <message>
        <source>error: the input is not a terminal to ask on; pass --yes to go ahead without asking. Nothing was changed.</source>
        <translation>エラー: 入力が端末ではないため確認できません。確認なしで実行するには --yes を指定してください。何も変更されていません。</translation>
    </message>
    <message>
        <source>Proceed? [y/N] </source>
        <translation>続行しますか? [y/N] </translation>
    </message>
    <message>
        <source>No answer; nothing was changed.</source>
        <translation>応答がありません。何も変更されていません。</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <source>%1: rolled back: %2</source>
        <translation>%1: ロールバックしました: %2</translation>
    </message>
    <message>
        <source>%1: cancelled: %2</source>
        <translation>%1: キャンセルしました: %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: 失敗しました: %2</translation>
    </message>
    <message>
        <source>Interrupted: cancelling; a move whose new replica exists is rolled back (Ctrl-C again to leave it to the journal, the next migrate or drain resumes it).</source>
        <translation>中断: キャンセルしています。新しいレプリカが作成済みの移動はロールバックされます (もう一度 Ctrl-C を押すとジャーナルに残し、次の migrate または drain で再開されます)。</translation>
    </message>
    <message>
        <source>%1: cannot cancel: %2</source>
        <translation>%1: キャンセルできません: %2</translation>
    </message>
    <message>
        <source>, %1% copied</source>
        <translation>、%1% コピー済み</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>、残り約 %1</translation>
    </message>
    <message>
        <source>%1: done; %2</source>
        <translation>%1: 完了; %2</translation>
    </message>
    <message>
        <source>Queue paused: %1</source>
        <translation>キューは一時停止中: %1</translation>
    </message>
    <message>
        <source>Queue running</source>
        <translation>キューは実行中</translation>
    </message>
    <message numerus="yes">
        <source>error: the queue in the journal still holds %n move(s) waiting to start (%1); a new plan would run beside them. `cstor-console queue` lists them, `cstor-console queue resume` runs them, `cstor-console queue cancel --all` drops them. Nothing was changed.</source>
        <translation>
            <numerusform>エラー: ジャーナルのキューには開始待ちの移動がまだ %n 件あります (%1)。新しい計画はそれらと並行して実行されることになります。`cstor-console queue` で一覧表示、`cstor-console queue resume` で実行、`cstor-console queue cancel --all` で破棄できます。何も変更されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>一時停止中: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>The queue was paused (%1); these moves resume it.</source>
        <translation>キューは一時停止していました (%1)。これらの移動によって再開します。</translation>
    </message>
    <message>
        <source>Interrupted: the queue is paused; the moves running now finish, the others stay in the journal (Ctrl-C again to leave the running ones to the journal too; `cstor-console queue resume` goes on).</source>
        <translation>中断: キューを一時停止しました。実行中の移動は完了し、残りはジャーナルに残ります (もう一度 Ctrl-C を押すと実行中の移動もジャーナルに残します。`cstor-console queue resume` で続行します)。</translation>
    </message>
    <message>
        <source>interrupted by %1 (Ctrl-C)</source>
        <translation>%1 が中断 (Ctrl-C)</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>計画: %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n object(s) of the cluster still could not be read when this command ended (named above); it went by what it could read</source>
        <translation>
            <numerusform>警告: このコマンドの終了時にもクラスターの %n 個のオブジェクトを読み取れませんでした (上記参照)。読み取れた内容に基づいて動作しました</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;, which this command cannot see as it is: %3</source>
        <translation>警告: %1 &quot;%2&quot; をスキップします。このコマンドではその実際の状態を確認できません: %3</translation>
    </message>
    <message>
        <source>warning: the plan leaves out when the pools go read-only: %1</source>
        <translation>警告: この計画には、プールが読み取り専用になる時期が含まれていません: %1</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>読み取り専用</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Dry run: nothing was changed.
</source>
        <translation>ドライラン: 何も変更されていません。
</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>Show the plan and ask the server to dry-run each change; change nothing.</source>
        <translation>計画を表示し、各変更をサーバーでドライランします。何も変更しません。</translation>
    </message>
    <message>
        <source>Do not ask before moving.</source>
        <translation>移動の前に確認しません。</translation>
    </message>
    <message>
        <source>Wait until every move has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>すべての移動が終わるまで待機します (常に待機します。kubectl 系ツール向けに書かれたスクリプトとの互換用)。</translation>
    </message>
</context>
<context>
    <name>PlanRun</name>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>移動元</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>移動先</translation>
    </message>
    <message>
        <source>TO NODE</source>
        <translation>移動先ノード</translation>
    </message>
    <message>
        <source>CHECKS</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n replica(s) moved.
</source>
        <translation>
            <numerusform>%1: %n 個のレプリカを移動しました。
</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1: %2 of %3 move(s) did not finish:</source>
        <translation>エラー: %1: %3 件中 %2 件の移動が完了しませんでした:</translation>
    </message>
    <message>
        <source>Paused: %1 of %2 move(s) done, %3 failed; %4 left in the queue of the journal (`cstor-console queue` lists them). `cstor-console queue resume` runs them; `cstor-console queue cancel --all` drops them.</source>
        <translation>一時停止: %2 件中 %1 件の移動が完了、%3 件が失敗。%4 件がジャーナルのキューに残っています (`cstor-console queue` で一覧表示)。`cstor-console queue resume` で実行、`cstor-console queue cancel --all` で破棄します。</translation>
    </message>
    <message>
        <source>Estimated duration: %1.
</source>
        <translation>推定所要時間: %1。
</translation>
    </message>
    <message>
        <source>waits: %1</source>
        <translation>待機: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) were left to another console, which moved those replicas first or took the moves over.
</source>
        <translation>
            <numerusform>%n 件の移動は別のコンソールに任せました。そのコンソールが先にレプリカを移動したか、移動を引き継ぎました。
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueOptions</name>
    <message>
        <source>At most N rebuilds onto one pool at once (default 1).</source>
        <translation>1 つのプールへの同時再構築数の上限 N (既定 1)。</translation>
    </message>
    <message>
        <source>At most N moves off one node at once (default 1).</source>
        <translation>1 つのノードからの同時移動数の上限 N (既定 1)。</translation>
    </message>
    <message>
        <source>At most N moves at once in the cluster (default 4).</source>
        <translation>クラスター全体での同時移動数の上限 N (既定 4)。</translation>
    </message>
    <message>
        <source>Start moves only between these times of day, local time (e.g. 22:00-06:00); running moves always finish. &quot;none&quot;: at any time (the default).</source>
        <translation>移動を開始するのは 1 日のこの時間帯 (ローカル時刻、例: 22:00-06:00) だけにします。実行中の移動は必ず完了します。&quot;none&quot;: いつでも (既定)。</translation>
    </message>
    <message>
        <source>error: --%1 takes a whole number of at least 1, not &quot;%2&quot;</source>
        <translation>エラー: --%1 には 1 以上の整数を指定してください (&quot;%2&quot; は使えません)</translation>
    </message>
    <message>
        <source>error: --window: %1</source>
        <translation>エラー: --window: %1</translation>
    </message>
    <message>
        <source>At most %1 rebuild(s) onto one pool, %2 move(s) off one node and %3 in the cluster at once (--max-per-pool, --max-per-node, --max-total; cStor has no rebuild throttle, so these caps are the lever on the load).
</source>
        <translation>同時実行の上限: 1 つのプールへの再構築 %1 件、1 つのノードからの移動 %2 件、クラスター全体で %3 件 (--max-per-pool、--max-per-node、--max-total。cStor には再構築のスロットルがないため、これらの上限で負荷を調整します)。
</translation>
    </message>
    <message>
        <source>Moves start only between %1 (--window); running moves always finish.
</source>
        <translation>移動は %1 の時間帯にのみ開始します (--window)。実行中の移動は必ず完了します。
</translation>
    </message>
</context>
<context>
    <name>QueueVerb</name>
    <message>
        <source>The verb.</source>
        <translation>サブコマンド。</translation>
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
        <translation>このコンテキストについてジャーナルが保持する移動のキュー: 完了していない移動 (実行中のもの、開始待ちのもの)、キューが一時停止しているかとその理由、上限とメンテナンス時間帯。Ctrl-C で中断された計画や再起動したコンソールは、待機中の移動を一時停止した状態でここに残します。
  queue [list]            キューの内容
  queue pause [--reason TEXT]
                          実行中の移動は完了し、待機中の移動は開始しません
  queue resume            待機中の移動を再び開始します。稼働中のどのコンソールも実行していない移動はここで実行され、サブコマンドはそれらが終わるまで待機します
  queue cancel ID... | --all
                          待機中の移動は破棄されます。実行中の移動は、それを実行しているコンソールがロールバックします (新しいレプリカを削除し、古いレプリカを残します)
  queue set [--max-per-pool N] [--max-per-node N] [--max-total N] [--window HH:MM-HH:MM|none]
  queue move ID POSITION  待機中の移動を POSITION 番目に開始します (1 が最初)
移動を実行しているコンソール (ウィンドウまたは別のターミナル) は、1 秒以内にこれらの変更に従います。
終了コード: 0 完了、1 拒否または失敗 (または再開した移動の一部が完了しなかった)、2 使用法の誤り。</translation>
    </message>
    <message>
        <source>list, pause, resume, cancel, set or move.</source>
        <translation>list、pause、resume、cancel、set、move のいずれか。</translation>
    </message>
    <message>
        <source>cancel: every move of the queue.</source>
        <translation>cancel: キューのすべての移動。</translation>
    </message>
    <message>
        <source>pause: why, for the other operators.</source>
        <translation>pause: 理由 (他のオペレーター向け)。</translation>
    </message>
    <message>
        <source>error: unknown queue action &quot;%1&quot;; one of: %2</source>
        <translation>エラー: 不明なキュー操作「%1」。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>error: the caps and --window are set with `queue set`</source>
        <translation>エラー: 上限と --window は `queue set` で設定します</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>error: name the moves to cancel (IDs from `queue`), or --all</source>
        <translation>エラー: キャンセルする移動 (`queue` で表示される ID) を指定するか、--all を指定してください</translation>
    </message>
    <message>
        <source>error: queue set needs --max-per-pool, --max-per-node, --max-total or --window</source>
        <translation>エラー: queue set には --max-per-pool、--max-per-node、--max-total、--window のいずれかが必要です</translation>
    </message>
    <message>
        <source>caps and window set by %1</source>
        <translation>%1 が上限とメンテナンス時間帯を設定</translation>
    </message>
    <message>
        <source>Queue set.
</source>
        <translation>キューを設定しました。
</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>cstor-console pid %1</source>
        <translation>cstor-console pid %1</translation>
    </message>
    <message>
        <source>Paused: %1
</source>
        <translation>一時停止中: %1
</translation>
    </message>
    <message>
        <source>Running: waiting moves start as the caps allow.
</source>
        <translation>実行中: 待機中の移動は上限が許す範囲で開始します。
</translation>
    </message>
    <message>
        <source>The queue holds no move.
</source>
        <translation>キューに移動はありません。
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>移動元</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>移動先</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>RUN BY</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>- (resume runs it)</source>
        <translation>- (resume で実行)</translation>
    </message>
    <message>
        <source>by %1 with `cstor-console queue pause`</source>
        <translation>%1 が `cstor-console queue pause` で</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>%1 による: %2</translation>
    </message>
    <message>
        <source>Paused the queue: %1 running move(s) finish, %2 waiting move(s) do not start until `cstor-console queue resume`.
</source>
        <translation>キューを一時停止しました: 実行中の移動 %1 件は完了し、待機中の移動 %2 件は `cstor-console queue resume` まで開始しません。
</translation>
    </message>
    <message>
        <source>resumed by %1</source>
        <translation>%1 が再開</translation>
    </message>
    <message>
        <source>The queue runs; it holds no move.
</source>
        <translation>キューは実行中です。移動はありません。
</translation>
    </message>
    <message>
        <source>The queue runs; %1 runs its moves and goes on.
</source>
        <translation>キューは実行中です。%1 が移動を実行し、続行します。
</translation>
    </message>
    <message numerus="yes">
        <source>Running %n move(s) of the queue.
</source>
        <translation>
            <numerusform>キューの移動 %n 件を実行しています。
</numerusform>
        </translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>cancelled by %1 before it started</source>
        <translation>開始前に %1 がキャンセルしました</translation>
    </message>
    <message>
        <source>cancel requested by %1</source>
        <translation>%1 がキャンセルを要求しました</translation>
    </message>
    <message>
        <source>%1: cancelled
</source>
        <translation>%1: キャンセルしました
</translation>
    </message>
    <message>
        <source>%1: %2 rolls it back (the new replica is removed, the old one kept) unless its old replica is already being removed
</source>
        <translation>%1: %2 がロールバックします (新しいレプリカを削除し、古いレプリカを残します)。ただし、古いレプリカがすでに削除中の場合を除きます
</translation>
    </message>
    <message>
        <source>%1: rolled back when the queue is resumed (`cstor-console queue resume`)
</source>
        <translation>%1: キューの再開時にロールバックされます (`cstor-console queue resume`)
</translation>
    </message>
    <message>
        <source>error: the queue holds no move %1 (`cstor-console queue` lists them)</source>
        <translation>エラー: キューに移動 %1 はありません (`cstor-console queue` で一覧表示できます)</translation>
    </message>
    <message>
        <source>error: queue move takes a move&apos;s ID and its new position (1 first)</source>
        <translation>エラー: queue move には移動の ID と新しい位置 (1 が最初) を指定してください</translation>
    </message>
    <message>
        <source>error: %1 is not a waiting move of the queue (`cstor-console queue` lists them)</source>
        <translation>エラー: %1 はキューの待機中の移動ではありません (`cstor-console queue` で一覧表示できます)</translation>
    </message>
    <message>
        <source>%1 moved to place %2 by %3</source>
        <translation>%3 が %1 を %2 番目に移動</translation>
    </message>
    <message>
        <source>%1 now starts as number %2 of %3 waiting move(s).
</source>
        <translation>%1 は待機中の移動 %3 件のうち %2 番目に開始するようになりました。
</translation>
    </message>
</context>
<context>
    <name>RebalanceVerb</name>
    <message>
        <source>The verb.</source>
        <translation>サブコマンド。</translation>
    </message>
    <message>
        <source>Brings the used capacity of a pool cluster&apos;s pools (of each pool cluster, without --pool-cluster) within --max-spread percentage points of each other, moving few bytes: again and again a replica leaves the fullest pool for the pool that stays emptiest with it, replicas of volumes whose replicas are all Healthy and small ones first, no replica twice, under every rule of a single move. Only ONLINE, writable pools on live nodes count. Shows the plan with each pool&apos;s capacity before and after, and asks unless --yes is given; the moves then run as a queue within the caps, and the verb waits until every move has ended and the pools report their new capacity. A plan that cannot reach the spread is refused, naming the spread it would reach.
Exit codes: 0 within the spread (or nothing to change in a dry run), 1 refused, failed or not within the spread, 2 usage error.</source>
        <translation>プールクラスターのプール (--pool-cluster を指定しない場合は各プールクラスターのプール) の使用容量の差を --max-spread パーセントポイント以内に収めます。移動するバイト数は少なく抑えます: 最も使用率の高いプールから、移動後も最も空いた状態を保つプールへ、レプリカを 1 つずつ繰り返し移動します。レプリカがすべて Healthy なボリュームのレプリカと小さいレプリカを優先し、同じレプリカを 2 回移動することはなく、単一の移動のすべての規則に従います。対象は稼働中ノード上の ONLINE の書き込み可能なプールのみです。各プールの移動前後の容量とともに計画を表示し、--yes を指定しない限り確認を求めます。その後、移動は上限の範囲内でキューとして実行され、サブコマンドはすべての移動が終わり、プールが新しい容量を報告するまで待機します。目標の差に到達できない計画は拒否され、到達できる差が示されます。
終了コード: 0 差が範囲内 (ドライランでは変更なし)、1 拒否、失敗、または差が範囲外、2 使用法の誤り。</translation>
    </message>
    <message>
        <source>The pool cluster (CStorPoolCluster) to rebalance; every one when not given.</source>
        <translation>リバランスするプールクラスター (CStorPoolCluster)。指定しない場合はすべて。</translation>
    </message>
    <message>
        <source>The most percentage points of used capacity between the fullest and the emptiest pool (default 10).</source>
        <translation>最も使用率の高いプールと最も低いプールの使用容量の差の上限 (パーセントポイント、既定 10)。</translation>
    </message>
    <message>
        <source>Unknown argument: %1 (name a pool cluster with --pool-cluster)</source>
        <translation>不明な引数: %1 (プールクラスターは --pool-cluster で指定してください)</translation>
    </message>
    <message>
        <source>error: --max-spread takes a whole number of points from 1 to 100, not &quot;%1&quot;</source>
        <translation>エラー: --max-spread には 1 から 100 までの整数のポイント数を指定してください (&quot;%1&quot; は使えません)</translation>
    </message>
    <message>
        <source>every pool cluster</source>
        <translation>すべてのプールクラスター</translation>
    </message>
    <message>
        <source>pool cluster %1</source>
        <translation>プールクラスター %1</translation>
    </message>
    <message>
        <source>error: no cStor pool belongs to a pool cluster named %1 in namespace &quot;%2&quot;</source>
        <translation>エラー: ネームスペース &quot;%2&quot; に、%1 という名前のプールクラスターに属する cStor プールはありません</translation>
    </message>
    <message>
        <source>The pools of %1 are within %2 points already: nothing to move.
</source>
        <translation>%1 のプールはすでに %2 ポイント以内に収まっています。移動するものはありません。
</translation>
    </message>
    <message numerus="yes">
        <source>Rebalance %1: spread %2 -&gt; %3 points (at most %4): move %n replica(s), %5 to copy

</source>
        <translation>
            <numerusform>%1 のリバランス: 差 %2 -&gt; %3 ポイント (上限 %4): %n 個のレプリカを移動、コピー量 %5

</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:
</source>
        <translation>注記:
</translation>
    </message>
    <message>
        <source>error: refusing to rebalance %1: the best plan leaves a spread of %2 points, more than %3 (%4); nothing was changed. Run with --max-spread %2 to apply that plan.</source>
        <translation>エラー: %1 のリバランスを拒否しました: 最善の計画でも差が %2 ポイント残り、%3 を超えます (%4)。何も変更していません。その計画を適用するには --max-spread %2 を指定して実行してください。</translation>
    </message>
    <message>
        <source>error: refusing to rebalance %1: %2</source>
        <translation>エラー: %1 のリバランスを拒否しました: %2</translation>
    </message>
    <message>
        <source>error: the pools of %1 report a spread of %2 points, more than %3</source>
        <translation>エラー: %1 のプールの差は %2 ポイントで、%3 を超えています</translation>
    </message>
</context>
<context>
    <name>RecoverVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>計画の表示のみ行い、何も変更しません。</translation>
    </message>
    <message>
        <source>Do not ask before recovering.</source>
        <translation>復旧の前に確認しません。</translation>
    </message>
    <message>
        <source>Wait until the recovery has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>復旧が終わるまで待機します (常に待機します。kubectl 系ツール向けに書かれたスクリプトとの互換用)。</translation>
    </message>
    <message>
        <source>The volume to recover is missing: recover VOLUME</source>
        <translation>復旧するボリュームが指定されていません: recover VOLUME</translation>
    </message>
    <message>
        <source>error: no CStorVolumeConfig &quot;%1&quot; in namespace &quot;%2&quot;</source>
        <translation>エラー: ネームスペース &quot;%2&quot; に CStorVolumeConfig &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>error: volume %1 needs a manual recovery; nothing was changed.</source>
        <translation>エラー: ボリューム %1 は手動での復旧が必要です。何も変更されていません。</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>サブコマンド。</translation>
    </message>
    <message>
        <source>The volume (PV name, the name of its CStorVolumeConfig).</source>
        <translation>ボリューム (PV 名。CStorVolumeConfig の名前)。</translation>
    </message>
    <message>
        <source>remove pool %1 from the CVC (verified when its status lists the pools its spec lists)</source>
        <translation>CVC からプール %1 を削除する (status に spec と同じプールが並んだ時点で検証)</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>(見つかりません)</translation>
    </message>
    <message>
        <source>restart the target pod %1 (verified when the CV&apos;s DRF, RF and known replicas agree with the CVC)</source>
        <translation>ターゲット Pod %1 を再起動する (CV の DRF、RF、既知のレプリカが CVC と一致した時点で検証)</translation>
    </message>
    <message>
        <source>Volume %1: nothing to do; it is at its replica count, all replicas Healthy on live nodes.
</source>
        <translation>ボリューム %1: 対応不要です。レプリカ数は規定どおりで、すべてのレプリカが稼働中のノード上で Healthy です。
</translation>
    </message>
    <message>
        <source>Volume %1:
</source>
        <translation>ボリューム %1:
</translation>
    </message>
    <message>
        <source>Not automated: %1
</source>
        <translation>自動化されていません: %1
</translation>
    </message>
    <message>
        <source>Risk: %1
</source>
        <translation>リスク: %1
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>できること:
</translation>
    </message>
    <message>
        <source>Steps:
</source>
        <translation>手順:
</translation>
    </message>
    <message>
        <source>then, once the target refuses the lower replication factor, restart the target pod %1 (verified when the CV&apos;s DRF, RF and known replicas agree with the CVC)</source>
        <translation>次に、ターゲットが低いレプリケーション係数を拒否したら、ターゲット Pod %1 を再起動する (CV の DRF、RF、既知のレプリカが CVC と一致したら確認完了)</translation>
    </message>
    <message>
        <source>replace pool %1, which no CStorPoolInstance has, by %2 in the CVC (verified when its status lists %2; the new replica then rebuilds)</source>
        <translation>どの CStorPoolInstance にもないプール %1 を CVC で %2 に置き換える (ステータスに %2 が載った時点で検証; その後新しいレプリカが再構築されます)</translation>
    </message>
    <message>
        <source>Says what is wrong with one cStor volume and brings it back where that is automated: a pool whose new replica cannot finish (its pool or node is down) is removed from the volume, a pool name no pool has (a typo) is replaced by the closest usable pool of its pool cluster, a replica deleted by hand is created again with the replica id the target still knows, a target that refuses its lower replication factor is restarted. Each step is verified on a fresh read before the next. Shows the plan first and asks unless --yes is given. A scale-down whose new replica was lost is explained, not changed.
Exit codes: 0 nothing to do or recovered, 1 not recovered (a dry run with steps to take, a case to recover by hand, or a step that failed), 2 usage error.</source>
        <translation>1 つの cStor ボリュームの問題点を示し、自動化されている場合は復旧します: 新しいレプリカが完成できないプール (そのプールまたはノードが停止している) はボリュームから削除され、どのプールにもないプール名 (入力ミス) はそのプールクラスターで最も近い使用可能なプールに置き換えられ、手で削除されたレプリカはターゲットがまだ知っているレプリカ ID で再作成され、低い方のレプリケーション係数を拒否するターゲットは再起動されます。各手順は、次の手順の前に改めて読み取った状態で検証されます。最初に計画を表示し、--yes が指定されていなければ確認します。新しいレプリカが失われたスケールダウンは説明のみ行い、変更しません。
終了コード: 0 対応不要または復旧済み、1 未復旧 (実行すべき手順があるドライラン、手動で復旧すべきケース、または失敗した手順)、2 使用法の誤り。</translation>
    </message>
    <message>
        <source>create the replica on pool %1 again, with the replica id %2 the target still knows (verified when it exists; it then rebuilds from the Healthy replicas)</source>
        <translation>ターゲットがまだ知っているレプリカ ID %2 で、プール %1 のレプリカを再作成する (存在した時点で検証; その後 Healthy なレプリカから再構築)</translation>
    </message>
</context>
<context>
    <name>Recovery::DiskReplacementPlanner</name>
    <message>
        <source>move the replicas off node %1 once their volumes have Healthy replicas elsewhere: cstor-console drain %1</source>
        <translation>ボリュームが他の場所に Healthy なレプリカを持ったら、ノード %1 からレプリカを移動: cstor-console drain %1</translation>
    </message>
    <message>
        <source>then remove the pool spec of node %1 from CStorPoolCluster %2 and add one with working disks</source>
        <translation>その後、CStorPoolCluster %2 からノード %1 のプール仕様を削除し、正常なディスクで新しい仕様を追加</translation>
    </message>
    <message>
        <source>no CStorPoolInstance &quot;%1&quot;</source>
        <translation>CStorPoolInstance &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>no disk of pool %1 has failed</source>
        <translation>プール %1 に故障したディスクはありません</translation>
    </message>
    <message>
        <source>block device %1 is not a disk of pool %2 (its disks: %3)</source>
        <translation>ブロックデバイス %1 はプール %2 のディスクではありません (ディスク: %3)</translation>
    </message>
    <message>
        <source>pool %1 is a %2 pool: upstream replaces disks only in mirror and raidz pools, and a stripe pool loses the data of a failed disk</source>
        <translation>プール %1 は %2 プールです: upstream がディスクを交換できるのは mirror と raidz プールだけで、stripe プールは故障したディスクのデータを失います</translation>
    </message>
    <message>
        <source>disks %1 of the same raid group of pool %2 failed: the pool cannot serve its data, so no new disk can be resilvered from it</source>
        <translation>プール %2 の同じ RAID グループのディスク %1 が故障しました: プールはデータを提供できないため、新しいディスクを resilver できません</translation>
    </message>
    <message>
        <source>block device %1 works while %2 of its raid group has failed: replacing it would leave the group without a working copy during the resilver; replace %2 first</source>
        <translation>ブロックデバイス %1 は動作していますが、同じ RAID グループの %2 が故障しています: これを交換すると resilver 中にグループに正常なコピーがなくなります。先に %2 を交換してください</translation>
    </message>
    <message>
        <source>block device %1 is not in the spec of CStorPoolCluster %2</source>
        <translation>ブロックデバイス %1 は CStorPoolCluster %2 の仕様にありません</translation>
    </message>
    <message>
        <source>there is no BlockDevice %1 to compare a replacement&apos;s size with</source>
        <translation>交換用ディスクのサイズと比較する BlockDevice %1 がありません</translation>
    </message>
    <message>
        <source>no BlockDevice &quot;%1&quot;</source>
        <translation>BlockDevice &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>block device %1 is on node %2, not on the pool&apos;s node %3</source>
        <translation>ブロックデバイス %1 はノード %2 にあり、プールのノード %3 にはありません</translation>
    </message>
    <message>
        <source>block device %1 is %2: only an unclaimed disk can take the place of another</source>
        <translation>ブロックデバイス %1 は %2 です: 他のディスクの代わりにできるのは未要求のディスクだけです</translation>
    </message>
    <message>
        <source>block device %1 is %2, not Active</source>
        <translation>ブロックデバイス %1 は %2 で、Active ではありません</translation>
    </message>
    <message>
        <source>block device %1 (%2) is smaller than %3 (%4)</source>
        <translation>ブロックデバイス %1 (%2) は %3 (%4) より小さいです</translation>
    </message>
    <message>
        <source>node %1 has no unclaimed Active block device of at least %2 to take the place of %3</source>
        <translation>ノード %1 には、%3 の代わりになる %2 以上の未要求で Active なブロックデバイスがありません</translation>
    </message>
    <message>
        <source>attach a disk of at least %1 to node %2; once NDM lists it as an Unclaimed BlockDevice, run this again</source>
        <translation>%1 以上のディスクをノード %2 に接続し、NDM が Unclaimed の BlockDevice として表示したら、もう一度実行</translation>
    </message>
</context>
<context>
    <name>Recovery::DiskReplacementTask</name>
    <message>
        <source>Replacing %1 by %2 in CStorPoolCluster %3 …</source>
        <translation>CStorPoolCluster %3 で %1 を %2 に交換しています …</translation>
    </message>
    <message>
        <source>The CSPC operator put %1 into pool %2.</source>
        <translation>CSPC オペレーターが %1 をプール %2 に組み込みました。</translation>
    </message>
    <message>
        <source>Resilvering %1: pool %2 is %3 until it ends; its replicas keep serving …</source>
        <translation>%1 を resilver 中: 終わるまでプール %2 は %3 です。レプリカは動作し続けます …</translation>
    </message>
    <message>
        <source>the new disk</source>
        <translation>新しいディスク</translation>
    </message>
    <message>
        <source>Resilvered: pool %1 is ONLINE.</source>
        <translation>resilver 完了: プール %1 は ONLINE です。</translation>
    </message>
    <message>
        <source>Resilvered: pool %1 is ONLINE with %2 in place of %3.</source>
        <translation>resilver 完了: プール %1 は %3 の代わりに %2 を使って ONLINE です。</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names %2, but the CSPC operator has not put it into pool %3; the operator&apos;s log says why: kubectl logs -n %4 deploy/cspc-operator</source>
        <translation>CStorPoolCluster %1 は %2 を指定していますが、CSPC オペレーターはそれをプール %3 に組み込んでいません。理由はオペレーターのログにあります: kubectl logs -n %4 deploy/cspc-operator</translation>
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
        <translation>クラスターのノードから消失</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>NotReady</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> (%1 以降)</translation>
    </message>
    <message>
        <source>no replica on a live node: its data was only on %1; it comes back only with that node, so the console leaves it as it is</source>
        <translation>稼働中のノードにレプリカがありません: データは %1 にしかありませんでした。そのノードが戻らない限り戻らないため、コンソールはそのままにします</translation>
    </message>
    <message>
        <source>its replicas on live nodes are not Healthy yet (%1; its target may be restarting): run this again once one is</source>
        <translation>稼働中のノード上のレプリカはまだ Healthy ではありません (%1。ターゲットが再起動中の可能性があります): いずれかが Healthy になったら再実行してください</translation>
    </message>
    <message>
        <source>Offline: its target counts %1 Healthy of %2 replicas and needs %3 to serve I/O or rebuild a new replica; its data is intact on the Healthy one(s). Bring %4 back, or restore quorum otherwise, then run this again</source>
        <translation>Offline: ターゲットは %2 個中 %1 個を Healthy と数えており、I/O の提供や新しいレプリカの再構築には %3 個必要です。データは Healthy なレプリカ上で無事です。%4 を戻すか、別の方法でクォーラムを回復してから再実行してください</translation>
    </message>
    <message numerus="yes">
        <source>a new replica on %1 rebuilds from %n Healthy replica(s); then %2 leaves the volume</source>
        <translation>
            <numerusform>%1 上の新しいレプリカが %n 個の Healthy なレプリカから再構築され、その後 %2 はボリュームから外れます</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; add a pool on another node to pool cluster %2, then run this again</source>
        <translation>%1。別のノードのプールをプールクラスター %2 に追加してから再実行してください</translation>
    </message>
    <message>
        <source>Let the Terminating replicas go (only their pool manager would, and it went with the node): kubectl patch cvr %1 -n %2 %3</source>
        <translation>Terminating のレプリカを解放します (それを行うのはプールマネージャーだけで、ノードと共に失われました): kubectl patch cvr %1 -n %2 %3</translation>
    </message>
    <message>
        <source>Remove the pool spec of %1 from its pool cluster (the webhook refuses it while a replica is on the pool): kubectl patch cspc %2 -n %3 --type=json -p &apos;[{&quot;op&quot;:&quot;test&quot;,&quot;path&quot;:&quot;/spec/pools/%4/nodeSelector/kubernetes.io~1hostname&quot;,&quot;value&quot;:&quot;%5&quot;},{&quot;op&quot;:&quot;remove&quot;,&quot;path&quot;:&quot;/spec/pools/%4&quot;}]&apos;</source>
        <translation>プールクラスターから %1 のプール仕様を削除します (プールにレプリカがある間は Webhook が拒否します): kubectl patch cspc %2 -n %3 --type=json -p &apos;[{&quot;op&quot;:&quot;test&quot;,&quot;path&quot;:&quot;/spec/pools/%4/nodeSelector/kubernetes.io~1hostname&quot;,&quot;value&quot;:&quot;%5&quot;},{&quot;op&quot;:&quot;remove&quot;,&quot;path&quot;:&quot;/spec/pools/%4&quot;}]&apos;</translation>
    </message>
    <message>
        <source>Remove the pool spec of %1 from its pool cluster (the webhook refuses it while a replica is on the pool): kubectl edit cspc %2 -n %3, and delete the entry of spec.pools whose nodeSelector is kubernetes.io/hostname: %4</source>
        <translation>プールクラスターから %1 のプール仕様を削除します (プールにレプリカがある間は Webhook が拒否します): kubectl edit cspc %2 -n %3 で、nodeSelector が kubernetes.io/hostname: %4 の spec.pools のエントリを削除します</translation>
    </message>
    <message>
        <source>The pool cluster then deletes %1; only its pool manager would remove the finalizers, so remove them: kubectl patch cspi %1 -n %2 %3</source>
        <translation>続いてプールクラスターが %1 を削除します。ファイナライザーを外すのはプールマネージャーだけなので、手動で外します: kubectl patch cspi %1 -n %2 %3</translation>
    </message>
</context>
<context>
    <name>Recovery::MovedDisksPlanner</name>
    <message>
        <source>no pool (CStorPoolInstance) named %1%2</source>
        <translation>%1 という名前のプール (CStorPoolInstance) はありません%2</translation>
    </message>
    <message>
        <source>block device %1 of pool %2 is not in the cluster: node-disk-manager has not found it on any node</source>
        <translation>プール %2 のブロックデバイス %1 がクラスターにありません: node-disk-manager はどのノードでも見つけていません</translation>
    </message>
    <message>
        <source>attach the disk to a node and wait until node-disk-manager lists it (kubectl get bd)</source>
        <translation>ディスクをノードに接続し、node-disk-manager が一覧に載せるまで待つ (kubectl get bd)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>pool %1 names no block device</source>
        <translation>プール %1 はブロックデバイスを指定していません</translation>
    </message>
    <message>
        <source>the disks of pool %1 are on several nodes (%2): a pool imports only on a node that has all of its disks</source>
        <translation>プール %1 のディスクが複数のノードにあります (%2): プールはすべてのディスクを持つノードでしかインポートできません</translation>
    </message>
    <message>
        <source>attach all of them to one node, then run this again</source>
        <translation>すべてを 1 つのノードに接続してから再実行する</translation>
    </message>
    <message>
        <source>no pool spec of CStorPoolCluster %1 names the node or the disks of pool %2</source>
        <translation>CStorPoolCluster %1 のどのプール spec もプール %2 のノードやディスクを指していません</translation>
    </message>
    <message>
        <source>the pool spec of %1 in CStorPoolCluster %2 selects its node by other labels than kubernetes.io/hostname</source>
        <translation>CStorPoolCluster %2 の %1 のプール spec は kubernetes.io/hostname 以外のラベルでノードを選んでいます</translation>
    </message>
    <message>
        <source>edit its nodeSelector by hand: kubectl edit cspc %1</source>
        <translation>nodeSelector を手で編集する: kubectl edit cspc %1</translation>
    </message>
    <message>
        <source>the disks of pool %1 are on its node %2</source>
        <translation>プール %1 のディスクはそのノード %2 にあります</translation>
    </message>
    <message>
        <source>node %1, where node-disk-manager found the disks, is not in the cluster</source>
        <translation>node-disk-manager がディスクを見つけたノード %1 がクラスターにありません</translation>
    </message>
    <message>
        <source>node %1 is not Ready: the pool cannot start there</source>
        <translation>ノード %1 は Ready ではありません: プールはそこで起動できません</translation>
    </message>
    <message>
        <source>bring node %1 back, then run this again</source>
        <translation>ノード %1 を復帰させてから再実行する</translation>
    </message>
    <message>
        <source>node %1 is cordoned: the pool&apos;s pod cannot be scheduled there</source>
        <translation>ノード %1 は cordon されています: プールの Pod をそこにスケジュールできません</translation>
    </message>
    <message>
        <source>kubectl uncordon %1, then run this again</source>
        <translation>kubectl uncordon %1 の後に再実行する</translation>
    </message>
    <message>
        <source>node %1 already has a pool of CStorPoolCluster %2: a pool cluster has one pool per node</source>
        <translation>ノード %1 にはすでに CStorPoolCluster %2 のプールがあります: プールクラスターはノードごとに 1 つのプールを持ちます</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 has %2 of its %3 pools provisioned: its operator would create a new pool on node %4 instead of moving this one</source>
        <translation>CStorPoolCluster %1 は %3 個のプールのうち %2 個しかプロビジョニングされていません: オペレーターはこのプールを移す代わりにノード %4 に新しいプールを作ります</translation>
    </message>
    <message>
        <source>wait until every pool of the cluster is provisioned (kubectl get cspc)</source>
        <translation>クラスターのすべてのプールがプロビジョニングされるまで待つ (kubectl get cspc)</translation>
    </message>
    <message>
        <source>no pool (CStorPoolInstance) of that pool spec was found</source>
        <translation>そのプール spec のプール (CStorPoolInstance) が見つかりません</translation>
    </message>
    <message>
        <source>another pool spec of CStorPoolCluster %1 names node %2, which is gone, and its pool cannot follow its disks in the same edit (%3): the admission webhook refuses every edit of the pool cluster until no pool spec names a node that is gone</source>
        <translation>CStorPoolCluster %1 の別のプール spec が消えたノード %2 を指しており、そのプールは同じ編集でディスクに追従できません (%3): プール spec が消えたノードを指している間、アドミッション webhook はプールクラスターのすべての編集を拒否します</translation>
    </message>
    <message>
        <source>or point every such pool spec at its new node in one edit by hand: kubectl edit cspc %1</source>
        <translation>または、そのようなプール spec をすべて 1 回の編集で手動で新しいノードに向けます: kubectl edit cspc %1</translation>
    </message>
</context>
<context>
    <name>Recovery::MovedDisksTask</name>
    <message>
        <source>The CSPC operator points pool %1 at node %2; its pod starts there and imports the pool …</source>
        <translation>CSPC オペレーターがプール %1 をノード %2 に向けました。Pod がそこで起動し、プールをインポートします …</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2, where its disks are.</source>
        <translation>プール %1 は、ディスクのあるノード %2 で ONLINE です。</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1 names node %2, but the CSPC operator has not pointed pool %3 there; the operator&apos;s log says why: kubectl logs -n %4 deploy/cspc-operator</source>
        <translation>CStorPoolCluster %1 はノード %2 を指していますが、CSPC オペレーターはプール %3 をそこに向けていません。理由はオペレーターのログにあります: kubectl logs -n %4 deploy/cspc-operator</translation>
    </message>
    <message>
        <source>Pool %1 is not ONLINE on node %2 yet; its pod and its events say why: kubectl describe cspi %1 -n %3</source>
        <translation>プール %1 はノード %2 でまだ ONLINE ではありません。理由は Pod とイベントにあります: kubectl describe cspi %1 -n %3</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2; setting its kubernetes.io/hostname label …</source>
        <translation>プール %1 はノード %2 で ONLINE です。kubernetes.io/hostname ラベルを設定しています …</translation>
    </message>
    <message>
        <source>Pool %1 is ONLINE on node %2, but its label could not be set: %3</source>
        <translation>プール %1 はノード %2 で ONLINE ですが、ラベルを設定できませんでした: %3</translation>
    </message>
    <message>
        <source>CStorPoolCluster %1</source>
        <translation>CStorPoolCluster %1</translation>
    </message>
    <message>
        <source>pool %1 at node %2</source>
        <translation>プール %1 をノード %2 に</translation>
    </message>
    <message>
        <source>Pointing %1 in CStorPoolCluster %2 …</source>
        <translation>CStorPoolCluster %2 で %1 向けています …</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>Pools %1 are ONLINE, each on the node of its disks.</source>
        <translation>プール %1 は ONLINE です (それぞれのディスクのノード上)。</translation>
    </message>
</context>
<context>
    <name>Recovery::PoolClusterTask</name>
    <message>
        <source>cannot read CStorPoolInstance %1: %2</source>
        <translation>CStorPoolInstance %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>the CStorPoolInstances of namespace &quot;%1&quot;</source>
        <translation>namespace「%1」の CStorPoolInstance</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 was refused: %2</source>
        <translation>CStorPoolCluster %1 の編集は拒否されました: %2</translation>
    </message>
    <message>
        <source>Cannot follow pool %1: %2</source>
        <translation>プール %1 を追跡できません: %2</translation>
    </message>
    <message>
        <source>warning: cannot write the audit log: %1</source>
        <translation>警告: 監査ログを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>Recovery::RecoveryPlanner</name>
    <message>
        <source>pool %1 does not exist</source>
        <translation>プール %1 は存在しません</translation>
    </message>
    <message>
        <source>pool %1 is %2</source>
        <translation>プール %1 は %2 です</translation>
    </message>
    <message>
        <source>the node %1 of pool %2 is gone</source>
        <translation>プール %2 のノード %1 は失われています</translation>
    </message>
    <message>
        <source>the node %1 of pool %2 is NotReady</source>
        <translation>プール %2 のノード %1 は NotReady です</translation>
    </message>
    <message>
        <source>there is no CStorVolumeConfig %1</source>
        <translation>CStorVolumeConfig %1 はありません</translation>
    </message>
    <message>
        <source>the CVC&apos;s spec lists pools %1, its status %2</source>
        <translation>CVC の spec にはプール %1、status には %2 が並んでいます</translation>
    </message>
    <message>
        <source>there is no CStorVolume %1</source>
        <translation>CStorVolume %1 はありません</translation>
    </message>
    <message>
        <source>the CV&apos;s desiredReplicationFactor is %1, its replicationFactor %2 and it knows %3 replica(s); the CVC lists %4 pool(s)</source>
        <translation>CV の desiredReplicationFactor は %1、replicationFactor は %2 で、認識しているレプリカは %3 個です。CVC には %4 個のプールがあります</translation>
    </message>
    <message>
        <source>the target refuses to lower its desired replication factor (FailUpdate &quot;are invalid changes&quot;)</source>
        <translation>ターゲットが目標レプリケーション係数を下げることを拒否しています (FailUpdate &quot;are invalid changes&quot;)</translation>
    </message>
    <message>
        <source>no replica exists on pool %1</source>
        <translation>プール %1 にレプリカが存在しません</translation>
    </message>
    <message>
        <source>replica %1 is %2</source>
        <translation>レプリカ %1 は %2 です</translation>
    </message>
    <message>
        <source>A new replica is still being rebuilt or its trouble is not visible yet; run recover again later.</source>
        <translation>新しいレプリカがまだ再構築中か、その問題がまだ表面化していません。後でもう一度 recover を実行してください。</translation>
    </message>
    <message>
        <source>Recovery does not automate this case yet.</source>
        <translation>この状況の復旧はまだ自動化されていません。</translation>
    </message>
    <message>
        <source>See `cstor-console doctor` for what it risks.</source>
        <translation>リスクについては `cstor-console doctor` を参照してください。</translation>
    </message>
    <message>
        <source>Run `cstor-console doctor` and follow the fix of its findings.</source>
        <translation>`cstor-console doctor` を実行し、検出結果の対処に従ってください。</translation>
    </message>
    <message>
        <source>A scale-down of %1 is in progress (pool(s) %2 being removed). The admission webhook refuses to put the pool back while it is: &quot;scaling of CVC %1 is already in progress&quot;. The target removes the old replica only when every kept replica is Healthy, so the scale-down does not end while %3.</source>
        <translation>%1 のスケールダウンが進行中です (プール %2 を削除中)。その間、アドミッション Webhook はプールを戻すことを拒否します: &quot;scaling of CVC %1 is already in progress&quot;。ターゲットは保持されるレプリカがすべて Healthy のときにだけ旧レプリカを削除するため、%3 限り、スケールダウンは終わりません。</translation>
    </message>
    <message>
        <source>a kept replica is not Healthy</source>
        <translation>保持されるレプリカが Healthy でない</translation>
    </message>
    <message>
        <source>the replica on %1 cannot become Healthy</source>
        <translation>%1 上のレプリカが Healthy になれない</translation>
    </message>
    <message>
        <source>The volume depends on fewer healthy copies than it should; the replica being removed still holds data. Removing another pool would delete a replica that holds data, so recovery does not edit the CVC.</source>
        <translation>ボリュームは本来より少ない正常なコピーに依存しています。削除中のレプリカにはまだデータがあります。別のプールを削除するとデータを持つレプリカが削除されるため、復旧では CVC を編集しません。</translation>
    </message>
    <message>
        <source>Bring back the node or pool of %1; the scale-down then ends by itself.</source>
        <translation>%1 のノードまたはプールを復旧してください。そうすればスケールダウンは自然に終わります。</translation>
    </message>
    <message>
        <source>If it is gone for good: keep the replica on %1, ask for help with replacing the lost replica, and do not delete CVRs by hand.</source>
        <translation>完全に失われた場合: %1 上のレプリカは残し、失われたレプリカの置き換えについては支援を求めてください。CVR を手で削除しないでください。</translation>
    </message>
    <message>
        <source>A scale-up of %1 to pool(s) %2 has not started: the CVC&apos;s status does not list them, and the admission webhook refuses to remove them while it scales: &quot;scaling of CVC %1 is already in progress&quot;.</source>
        <translation>%1 のプール %2 へのスケールアップが開始されていません: CVC の status にそれらが含まれておらず、アドミッション Webhook はスケーリング中の削除を拒否します: &quot;scaling of CVC %1 is already in progress&quot;。</translation>
    </message>
    <message>
        <source>No other change of this volume&apos;s placement is accepted until it ends.</source>
        <translation>これが終わるまで、このボリュームの配置の変更は他に受け付けられません。</translation>
    </message>
    <message>
        <source>Bring the pool or its node back, or replace the pool&apos;s name in spec.policy.replicaPoolInfo by a usable pool (kubectl edit cvc %1).</source>
        <translation>プールまたはそのノードを復旧するか、spec.policy.replicaPoolInfo 内のプール名を使用可能なプールに置き換えてください (kubectl edit cvc %1)。</translation>
    </message>
    <message>
        <source>Its replica on %1 sits on node %2, which is lost; the replicas of a lost node are replaced together, by the lost-node recovery.</source>
        <translation>%1 上のレプリカは失われたノード %2 にあります。失われたノードのレプリカは、失われたノードの復旧でまとめて置き換えます。</translation>
    </message>
    <message>
        <source>Data: no replica of the volume is left on a live node; its data comes back only with %1.</source>
        <translation>データ: 稼働中のノードにボリュームのレプリカが残っていません。データは %1 が戻った場合にのみ戻ります。</translation>
    </message>
    <message>
        <source>Data: the volume runs with a copy fewer until the replica is replaced or %1 comes back.</source>
        <translation>データ: レプリカが置き換えられるか %1 が戻るまで、ボリュームはコピーが 1 つ少ない状態で動作します。</translation>
    </message>
    <message>
        <source>If %1 comes back, nothing needs doing: its pools and replicas resume.</source>
        <translation>%1 が戻れば何もする必要はありません: プールとレプリカは再開します。</translation>
    </message>
    <message>
        <source>If it is gone for good: cstor-console drain %1 (Recover lost node… in the window); for this volume: %2.</source>
        <translation>完全に失われた場合: cstor-console drain %1 (ウィンドウでは「失われたノードを復旧…」)。このボリュームについて: %2。</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>何もすることはありません</translation>
    </message>
    <message>
        <source>Data: the volume runs with fewer copies than its CVC lists. Removing such a pool from the CVC does not help: the CVC controller finds no replica to remove and the scale-down never ends.</source>
        <translation>データ: ボリュームは CVC に記載された数より少ないコピーで動作しています。そのようなプールを CVC から削除しても解決しません: CVC コントローラーは削除するレプリカを見つけられず、スケールダウンが終わりません。</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and a replica cannot be created there now: %2.</source>
        <translation>プール %1 のレプリカは削除されており、現在そこにレプリカを作成できません: %2。</translation>
    </message>
    <message>
        <source>Do not remove %1 from the CVC and do not edit the CV by hand.</source>
        <translation>%1 を CVC から削除せず、CV を手で編集しないでください。</translation>
    </message>
    <message>
        <source>Bring the pool or its node back, then run recover again.</source>
        <translation>プールまたはそのノードを復帰させてから、recover を再実行してください。</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted and no Healthy replica is left to rebuild them from.</source>
        <translation>プール %1 のレプリカは削除されており、再構築の元になる Healthy なレプリカが残っていません。</translation>
    </message>
    <message>
        <source>The replica(s) of pool(s) %1 were deleted, and the target knows fewer replica ids (%2) than are missing, so a new replica could not take a known one&apos;s place.</source>
        <translation>プール %1 のレプリカは削除されており、ターゲットが知っているレプリカ ID (%2) が不足分より少ないため、新しいレプリカが既知のレプリカの代わりになれません。</translation>
    </message>
    <message>
        <source>Bring back a Healthy replica first (its node or pool), then run recover again.</source>
        <translation>まず Healthy なレプリカ (そのノードまたはプール) を復帰させてから、recover を再実行してください。</translation>
    </message>
    <message>
        <source>replica %1 is still being deleted</source>
        <translation>レプリカ %1 はまだ削除中です</translation>
    </message>
    <message>
        <source>pool %1 cannot be imported on node %2 (PoolLost): its disks are gone or on another node</source>
        <translation>プール %1 はノード %2 でインポートできません (PoolLost): ディスクが失われたか別のノードにあります</translation>
    </message>
    <message>
        <source>Putting %1 back in place of %2 is accepted by the webhook but is a trap: the target still removes the replica on %1 once %2 returns, while the CVC controller deletes the one on %2.</source>
        <translation>%2 の代わりに %1 を戻す編集は webhook に受け入れられますが、罠です: %2 が戻るとターゲットは %1 のレプリカを削除し、同時に CVC コントローラーは %2 のレプリカを削除します。</translation>
    </message>
</context>
<context>
    <name>Recovery::ReplicaRecreation</name>
    <message>
        <source>replica %1 has no volume label or owner to copy</source>
        <translation>レプリカ %1 にはコピーするボリュームラベルまたは所有者がありません</translation>
    </message>
    <message>
        <source>the CStorPoolInstance %1 has no name, uid or host name</source>
        <translation>CStorPoolInstance %1 に名前、uid、またはホスト名がありません</translation>
    </message>
</context>
<context>
    <name>RecoveryRunner</name>
    <message>
        <source>pods in namespace &quot;%1&quot;</source>
        <translation>ネームスペース &quot;%1&quot; の Pod</translation>
    </message>
    <message>
        <source>error: the steps were taken but volume %1 is not back: %2</source>
        <translation>エラー: 手順は実行されましたが、ボリューム %1 は復旧していません: %2</translation>
    </message>
    <message>
        <source>Volume %1 is back at its replica count, all replicas Healthy on live nodes.
</source>
        <translation>ボリューム %1 はレプリカ数が規定どおりに戻り、すべてのレプリカが稼働中のノード上で Healthy です。
</translation>
    </message>
    <message>
        <source>%1: remove pool %2 from the CVC</source>
        <translation>%1: CVC からプール %2 を削除</translation>
    </message>
    <message>
        <source>Removing pool %1 from the CVC of %2 ...
</source>
        <translation>%2 の CVC からプール %1 を削除しています ...
</translation>
    </message>
    <message>
        <source>error: removing pool %1 from the CVC of %2 failed: %3</source>
        <translation>エラー: %2 の CVC からのプール %1 の削除に失敗しました: %3</translation>
    </message>
    <message>
        <source>error: pool %1 was removed from the spec of the CVC of %2, but its status still does not list the same pools</source>
        <translation>エラー: プール %1 は %2 の CVC の spec から削除されましたが、status にはまだ同じプールが並んでいません</translation>
    </message>
    <message>
        <source>Pool %1 removed: the CVC&apos;s status lists the pools its spec lists.
</source>
        <translation>プール %1 を削除しました: CVC の status に spec と同じプールが並んでいます。
</translation>
    </message>
    <message>
        <source>the CVC&apos;s spec no longer lists pool %1</source>
        <translation>CVC の spec にプール %1 がもうありません</translation>
    </message>
    <message>
        <source>error: volume %1 has no target pod to restart</source>
        <translation>エラー: ボリューム %1 には再起動するターゲット Pod がありません</translation>
    </message>
    <message>
        <source>%1: restart the target pod %2</source>
        <translation>%1: ターゲット Pod %2 を再起動</translation>
    </message>
    <message>
        <source>Restarting the target pod %1 (deleting it; I/O pauses until its replacement runs) ...
</source>
        <translation>ターゲット Pod %1 を再起動しています (Pod を削除します。代わりの Pod が動き出すまで I/O は一時停止します) ...
</translation>
    </message>
    <message>
        <source>error: deleting the target pod %1 failed: %2</source>
        <translation>エラー: ターゲット Pod %1 の削除に失敗しました: %2</translation>
    </message>
    <message>
        <source>error: after the restart of %1 the CV&apos;s desired replication factor, replication factor and known replicas of %2 still do not agree with its CVC</source>
        <translation>エラー: %1 の再起動後も、%2 の CV の目標レプリケーション係数、レプリケーション係数、既知のレプリカが CVC と一致しません</translation>
    </message>
    <message>
        <source>Target restarted as %1: the CV&apos;s replication factors and known replicas agree with the CVC.
</source>
        <translation>ターゲットは %1 として再起動しました: CV のレプリケーション係数と既知のレプリカは CVC と一致しています。
</translation>
    </message>
    <message>
        <source>warning: cannot write the journal: %1</source>
        <translation>警告: ジャーナルに書き込めません: %1</translation>
    </message>
    <message>
        <source>warning: cannot write the audit log: %1</source>
        <translation>警告: 監査ログに書き込めません: %1</translation>
    </message>
    <message>
        <source>the restarted target has not reported the volume Healthy with every replica Healthy yet</source>
        <translation>再起動したターゲットは、まだボリュームを Healthy (すべてのレプリカが Healthy) と報告していません</translation>
    </message>
    <message>
        <source>The target has not refused the lower replication factor yet; restarting it all the same, as a new target reads the factor from the CV.
</source>
        <translation>ターゲットはまだ低いレプリケーション係数を拒否していませんが、新しいターゲットは CV から係数を読むため、それでも再起動します。
</translation>
    </message>
    <message>
        <source>%1: replace pool %2 by %3 in the CVC</source>
        <translation>%1: CVC のプール %2 を %3 に置き換える</translation>
    </message>
    <message>
        <source>Replacing pool %1 by %2 in the CVC of %3 ...
</source>
        <translation>%3 の CVC でプール %1 を %2 に置き換えています ...
</translation>
    </message>
    <message>
        <source>error: replacing pool %1 by %2 in the CVC of %3 failed: %4</source>
        <translation>エラー: %3 の CVC でプール %1 を %2 に置き換えられませんでした: %4</translation>
    </message>
    <message>
        <source>error: pool %1 replaced %2 in the spec of the CVC of %3, but its status still does not list the same pools</source>
        <translation>エラー: %3 の CVC の spec でプール %1 が %2 を置き換えましたが、ステータスにはまだ同じプールが載っていません</translation>
    </message>
    <message>
        <source>Pool %1 in place of %2: the CVC&apos;s status lists the pools its spec lists; the new replica rebuilds.
</source>
        <translation>%2 の代わりにプール %1: CVC のステータスに spec と同じプールが載りました。新しいレプリカを再構築しています。
</translation>
    </message>
    <message>
        <source>%1: create the replica on pool %2 again (replica id %3)</source>
        <translation>%1: プール %2 のレプリカを再作成 (レプリカ ID %3)</translation>
    </message>
    <message>
        <source>Creating the replica of %1 on pool %2 again, with the replica id %3 the target knows ...
</source>
        <translation>ターゲットが知っているレプリカ ID %3 で、プール %2 上の %1 のレプリカを再作成しています ...
</translation>
    </message>
    <message>
        <source>error: creating the replica of %1 on pool %2 again failed: %3</source>
        <translation>エラー: プール %2 上の %1 のレプリカの再作成に失敗しました: %3</translation>
    </message>
    <message>
        <source>error: the replica of %1 on pool %2 was created but is not listed</source>
        <translation>エラー: プール %2 上の %1 のレプリカは作成されましたが、一覧に表示されません</translation>
    </message>
    <message>
        <source>Replica of %1 on pool %2 created; it rebuilds from the Healthy replicas.
</source>
        <translation>プール %2 上の %1 のレプリカを作成しました。Healthy なレプリカから再構築されます。
</translation>
    </message>
    <message>
        <source>pool %1 holds a replica of the volume again</source>
        <translation>プール %1 には再びボリュームのレプリカがあります</translation>
    </message>
    <message>
        <source>no replica of the volume is left to copy its settings from</source>
        <translation>設定をコピーできるボリュームのレプリカが残っていません</translation>
    </message>
</context>
<context>
    <name>ReplaceDiskVerb</name>
    <message>
        <source>Show the plan only; change nothing.</source>
        <translation>計画だけを表示し、何も変更しません。</translation>
    </message>
    <message>
        <source>Do not ask before editing the CSPC.</source>
        <translation>CSPC を編集する前に確認しません。</translation>
    </message>
    <message>
        <source>Wait until the resilver has ended (always done; for scripts written for kubectl-like tools).</source>
        <translation>resilver の終了まで待ちます (常に待ちます。kubectl 系ツール向けに書かれたスクリプトのため)。</translation>
    </message>
    <message>
        <source>The block device to replace (default: the pool&apos;s failed disk).</source>
        <translation>交換するブロックデバイス (既定: プールの故障したディスク)。</translation>
    </message>
    <message>
        <source>The unclaimed block device of the pool&apos;s node to put in its place (default: the smallest one at least as large).</source>
        <translation>代わりに置く、プールのノードの未要求ブロックデバイス (既定: 同じ大きさ以上で最小のもの)。</translation>
    </message>
    <message>
        <source>The pool whose disk to replace is missing: replace-disk POOL</source>
        <translation>ディスクを交換するプールが指定されていません: replace-disk POOL</translation>
    </message>
    <message>
        <source>The verb.</source>
        <translation>動詞。</translation>
    </message>
    <message>
        <source>Replaces a failed disk of a mirror or raidz cStor pool by an unclaimed disk of the same node, at least as large: the CStorPoolCluster edit upstream supports (one disk of a raid group at a time), guarded against a stale read. Then follows the CSPC operator and the resilver until the pool is ONLINE. A stripe pool, a raid group with more failed disks than it survives, or a working disk while another of its group has failed are refused with what to do instead. Run again on a pool that resilvers to follow it. Shows the plan first and asks unless --yes is given.
Exit codes: 0 nothing to do or replaced, 1 refused, failed, or a dry run with a replacement to make, 2 usage error.</source>
        <translation>mirror または raidz の cStor プールの故障したディスクを、同じノードの同じ大きさ以上の未要求ディスクに交換します: upstream が対応する CStorPoolCluster の編集 (RAID グループごとに一度に 1 台) で、古い読み取りに対して保護されています。その後、プールが ONLINE になるまで CSPC オペレーターと resilver を追跡します。stripe プール、耐えられる数より多くのディスクが故障した RAID グループ、同じグループの別のディスクが故障している間の正常なディスクは拒否され、代わりに何をすべきかを示します。resilver 中のプールで再実行すると追跡します。まず計画を表示し、--yes がなければ確認します。
終了コード: 0 何もすることがないか交換済み、1 拒否、失敗、または交換が必要なドライラン、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>The pool (its CStorPoolInstance name).</source>
        <translation>プール (CStorPoolInstance の名前)。</translation>
    </message>
    <message>
        <source>Pool %1 (%2, node %3, CStorPoolCluster %4): %5
</source>
        <translation>プール %1 (%2、ノード %3、CStorPoolCluster %4): %5
</translation>
    </message>
    <message>
        <source>Failed disks: %1
</source>
        <translation>故障したディスク: %1
</translation>
    </message>
    <message>
        <source>Nothing to do: %1.
</source>
        <translation>何もすることはありません: %1。
</translation>
    </message>
    <message>
        <source>A disk replacement is under way; following it.
</source>
        <translation>ディスク交換が進行中です。追跡します。
</translation>
    </message>
    <message>
        <source>%1 is taking the place of %2; following the resilver.
</source>
        <translation>%1 が %2 の代わりになっています。resilver を追跡します。
</translation>
    </message>
    <message>
        <source>Refused: %1.
</source>
        <translation>拒否: %1。
</translation>
    </message>
    <message>
        <source>What you can do:
</source>
        <translation>できること:
</translation>
    </message>
    <message>
        <source>Replace %1 by %2 (%3), an unclaimed disk of node %4.
</source>
        <translation>%1 を %2 (%3、ノード %4 の未要求ディスク) に交換します。
</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (JSON patch): %2
</source>
        <translation>CStorPoolCluster %1 の編集 (JSON パッチ): %2
</translation>
    </message>
    <message>
        <source>Then the CSPC operator puts %1 into the pool and the pool resilvers it; the pool stays DEGRADED until then and its replicas keep serving.
</source>
        <translation>その後、CSPC オペレーターが %1 をプールに組み込み、プールがそれを resilver します。それまでプールは DEGRADED のままで、レプリカは動作し続けます。
</translation>
    </message>
    <message>
        <source>the disk of pool %1 cannot be replaced; nothing was changed.</source>
        <translation>プール %1 のディスクは交換できません。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>ResourceLister</name>
    <message>
        <source>the server answered %1</source>
        <translation>サーバーの応答: %1</translation>
    </message>
    <message>
        <source>(none: context &quot;%1&quot; names no user)</source>
        <translation>(なし: コンテキスト &quot;%1&quot; にユーザーが指定されていません)</translation>
    </message>
    <message>
        <source>Fix the cluster &quot;%1&quot; or user &quot;%2&quot; in the kubeconfig (the server URL must be https:// when credentials are sent).</source>
        <translation>kubeconfig のクラスター &quot;%1&quot; またはユーザー &quot;%2&quot; を修正してください (認証情報を送る場合、サーバー URL は https:// でなければなりません)。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: check certificate-authority (and tls-server-name) of cluster &quot;%1&quot; in the kubeconfig.</source>
        <translation>サーバーの証明書は信頼されていません: kubeconfig のクラスター &quot;%1&quot; の certificate-authority (および tls-server-name) を確認してください。</translation>
    </message>
    <message>
        <source>Check that the API server %1 of context &quot;%2&quot; is running and reachable from here (network, VPN, proxy-url).</source>
        <translation>コンテキスト &quot;%2&quot; の API サーバー %1 が動作していて、ここから到達できるか確認してください (ネットワーク、VPN、proxy-url)。</translation>
    </message>
    <message>
        <source>The server did not accept the credentials of user &quot;%1&quot; (context &quot;%2&quot;): renew the token or client certificate in the kubeconfig, or choose another context with --context.</source>
        <translation>サーバーがユーザー &quot;%1&quot; (コンテキスト &quot;%2&quot;) の認証情報を受け付けませんでした: kubeconfig のトークンまたはクライアント証明書を更新するか、--context で別のコンテキストを選んでください。</translation>
    </message>
    <message>
        <source>User %1 may not read %2: ask a cluster administrator for get/list rights on cstor.openebs.io, or choose another context with --context or namespace with -n.</source>
        <translation>ユーザー %1 には %2 を読み取る権限がありません: クラスター管理者に cstor.openebs.io の get/list 権限を依頼するか、--context で別のコンテキストを、または -n で別のネームスペースを選んでください。</translation>
    </message>
    <message>
        <source>The cluster does not serve %1: are the cStor operators (CRDs of cstor.openebs.io) installed?</source>
        <translation>クラスターは %1 を提供していません。cStor オペレーター (cstor.openebs.io の CRD) はインストールされていますか?</translation>
    </message>
    <message>
        <source>The API server is throttling requests; try again later.</source>
        <translation>API サーバーがリクエストを制限しています。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The API server failed; try again later, or ask a cluster administrator to look at its logs.</source>
        <translation>API サーバーでエラーが発生しました。しばらくしてから再試行するか、クラスター管理者にログの確認を依頼してください。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>The API server %1 did not answer in time: give it longer with --request-timeout (0 for no deadline), or check its load.</source>
        <translation>API サーバー %1 が時間内に応答しませんでした: --request-timeout で時間を延ばす (0 で無期限) か、負荷を確認してください。</translation>
    </message>
    <message>
        <source>The answer is larger than this client accepts: check that %1 is the Kubernetes API server of context &quot;%2&quot; (not a proxy that answers something else).</source>
        <translation>応答がこのクライアントの受け付ける大きさを超えています: %1 がコンテキスト &quot;%2&quot; の Kubernetes API サーバーであること (別の内容を返すプロキシでないこと) を確認してください。</translation>
    </message>
    <message>
        <source>The list does not end: check that %1 is the Kubernetes API server of context &quot;%2&quot; (not a proxy that answers something else).</source>
        <translation>一覧が終わりません: %1 がコンテキスト &quot;%2&quot; の Kubernetes API サーバーであること (別の内容を返すプロキシでないこと) を確認してください。</translation>
    </message>
</context>
<context>
    <name>Sim::DemoCluster</name>
    <message>
        <source>Cannot create a temporary directory for the demo cluster&apos;s kubeconfig.</source>
        <translation>デモクラスターの kubeconfig 用の一時ディレクトリを作成できません。</translation>
    </message>
    <message>
        <source>The demo scenario cannot be loaded: %1</source>
        <translation>デモシナリオを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>warning: skipping %1 &quot;%2&quot;: %3</source>
        <translation>警告: %1 &quot;%2&quot; をスキップします: %3</translation>
    </message>
    <message>
        <source>%1 in namespace &quot;%2&quot;</source>
        <translation>ネームスペース &quot;%2&quot; の %1</translation>
    </message>
    <message>
        <source>warning: events not read, the rules that read them are skipped: %1</source>
        <translation>警告: イベントを読み取れなかったため、イベントを読むルールはスキップされます: %1</translation>
    </message>
    <message>
        <source>events in namespace &quot;%1&quot;</source>
        <translation>ネームスペース &quot;%1&quot; のイベント</translation>
    </message>
    <message>
        <source>the user may not list %1 (403 Forbidden)</source>
        <translation>ユーザーは %1 を一覧表示できません (403 Forbidden)</translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <source>Time (min:s)</source>
        <translation>時間 (分:秒)</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>時間 (分)</translation>
    </message>
    <message>
        <source>Time (h)</source>
        <translation>時間 (時間)</translation>
    </message>
    <message>
        <source>Time (days)</source>
        <translation>時間 (日)</translation>
    </message>
</context>
<context>
    <name>Ui::CapacityChart</name>
    <message>
        <source>Pool capacity used</source>
        <translation>プール容量の使用状況</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>使用率 (%)</translation>
    </message>
    <message>
        <source>Keep History Between Runs</source>
        <translation>履歴を次回の起動まで保持</translation>
    </message>
    <message>
        <source>Save each cluster&apos;s capacity history when the console closes and show it again next time.</source>
        <translation>コンソールを閉じるときに各クラスターの容量履歴を保存し、次回も表示します。</translation>
    </message>
    <message>
        <source>Each pool&apos;s used capacity; pools above %1 % are drawn thick and red.</source>
        <translation>各プールの使用容量。%1 % を超えるプールは太い赤線で表示されます。</translation>
    </message>
    <message>
        <source>Before 0: earlier runs of the console.</source>
        <translation>0 より前: 以前の起動時のデータ。</translation>
    </message>
    <message>
        <source>others</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>cluster total</source>
        <translation>クラスター合計</translation>
    </message>
    <message>
        <source>%1 (above %2 %)</source>
        <translation>%1 (%2 % 超)</translation>
    </message>
    <message>
        <source>No pool capacity sampled yet.</source>
        <translation>プール容量のサンプルはまだありません。</translation>
    </message>
    <message>
        <source>%1 %2 % used</source>
        <translation>%1 使用率 %2 %</translation>
    </message>
    <message>
        <source> (above the %1 % threshold)</source>
        <translation> (しきい値 %1 % 超)</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s).</source>
        <translation>
            <numerusform>%n 個のプール。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fullest: %1.</source>
        <translation>最も使用率が高いプール: %1。</translation>
    </message>
    <message>
        <source>All pools together: %1 % used.</source>
        <translation>全プールの合計: %1 % 使用。</translation>
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
        <translation>プール</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Used before</source>
        <translation>移動前の使用量</translation>
    </message>
    <message>
        <source>Used after</source>
        <translation>移動後の使用量</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Capacity before and after</source>
        <translation>移動前後の容量</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source> — at or above the %1% read-only threshold</source>
        <translation> — 読み取り専用しきい値 %1% 以上</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>(no forecast)</source>
        <translation>(予測なし)</translation>
    </message>
</context>
<context>
    <name>Ui::ChartPanel</name>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Rebuild progress</source>
        <translation>再構築の進捗</translation>
    </message>
    <message>
        <source>Pool capacity</source>
        <translation>プール容量</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>計画の進捗</translation>
    </message>
    <message>
        <source>Capacity forecast</source>
        <translation>容量予測</translation>
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
        <translation>PNG をエクスポート…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>グラフを PNG としてエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG をエクスポート</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>グラフのデータを CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV をエクスポート</translation>
    </message>
</context>
<context>
    <name>Ui::ClusterConnection</name>
    <message>
        <source>No kubeconfig found (looked in %1).</source>
        <translation>kubeconfig が見つかりません (探した場所: %1)。</translation>
    </message>
    <message>
        <source>Cannot tell whether you may change volumes: %1</source>
        <translation>ボリュームを変更する権限があるか判断できません: %1</translation>
    </message>
    <message>
        <source>Your user may not patch cstorvolumeconfigs in namespace %1, so replicas cannot be moved.</source>
        <translation>このユーザーにはネームスペース %1 の cstorvolumeconfigs を patch する権限がないため、レプリカを移動できません。</translation>
    </message>
</context>
<context>
    <name>Ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>コマンドパレット</translation>
    </message>
    <message>
        <source>Type a command, or a node, pool or volume name</source>
        <translation>コマンド、またはノード・プール・ボリュームの名前を入力</translation>
    </message>
    <message>
        <source>Command or name</source>
        <translation>コマンドまたは名前</translation>
    </message>
    <message>
        <source>Matching commands and objects</source>
        <translation>一致するコマンドとオブジェクト</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>現在は使用できません</translation>
    </message>
    <message>
        <source>Not available now: %1</source>
        <translation>現在は使用できません: %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
</context>
<context>
    <name>Ui::ConnectionIndicator</name>
    <message>
        <source>Connection state</source>
        <translation>接続状態</translation>
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
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Listing the cluster&apos;s cStor objects.</source>
        <translation>クラスターの cStor オブジェクトを一覧取得しています。</translation>
    </message>
    <message>
        <source>Stale · last event %1</source>
        <translation>更新停止 · 最終イベント %1</translation>
    </message>
    <message>
        <source>The watch is open but nothing has arrived for a while; what you see may be out of date.</source>
        <translation>監視は開いていますが、しばらく何も届いていません。表示内容が古い可能性があります。</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>ライブ · %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Watching the cluster: changes appear as they happen.</source>
        <translation>クラスターを監視中: 変更は発生と同時に表示されます。</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>再接続中…</translation>
    </message>
    <message>
        <source>The connection dropped; retrying.</source>
        <translation>接続が切れました。再試行しています。</translation>
    </message>
    <message>
        <source>The connection dropped (%1); retrying.</source>
        <translation>接続が切れました (%1)。再試行しています。</translation>
    </message>
    <message>
        <source>Last event %1.</source>
        <translation>最終イベント %1。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>Ui::DetailsPanel</name>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Object fields</source>
        <translation>オブジェクトのフィールド</translation>
    </message>
    <message>
        <source>Select a node, pool, replica or volume in the topology or a table to see its fields and events here.</source>
        <translation>トポロジーまたは表でノード、プール、レプリカ、ボリュームを選択すると、そのフィールドとイベントがここに表示されます。</translation>
    </message>
    <message>
        <source>Pool %1 on %2</source>
        <translation>%2 上のプール %1</translation>
    </message>
    <message>
        <source>Replica of %1 on %2</source>
        <translation>%2 上の %1 のレプリカ</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>ボリューム %1</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>何も選択されていません</translation>
    </message>
    <message>
        <source>%1 is gone from the cluster</source>
        <translation>%1 はクラスターから消えました</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>イベント (%1)</translation>
    </message>
    <message>
        <source>Volume %1 (claim %2)</source>
        <translation>ボリューム %1 (クレーム %2)</translation>
    </message>
</context>
<context>
    <name>Ui::DiskReplacementDialog</name>
    <message>
        <source>Replace failed disk of pool %1</source>
        <translation>プール %1 の故障したディスクを交換</translation>
    </message>
    <message>
        <source>Disk to put in its place</source>
        <translation>代わりに置くディスク</translation>
    </message>
    <message>
        <source>&amp;Put in its place:</source>
        <translation>代わりに置く(&amp;P):</translation>
    </message>
    <message>
        <source>Replace disk</source>
        <translation>ディスクを交換</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replaced&lt;/b&gt;: pool %1 is ONLINE.</source>
        <translation>&lt;b&gt;交換完了&lt;/b&gt;: プール %1 は ONLINE です。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The replacement did not finish&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;交換は完了しませんでした&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A %1 pool on node %2, in CStorPoolCluster %3. Failed disks: %4.</source>
        <translation>ノード %2 上の %1 プール (CStorPoolCluster %3)。故障したディスク: %4。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&lt;b&gt;No such pool&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;そのプールはありません&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is %2&lt;/b&gt;: %3.</source>
        <translation>&lt;b&gt;プール %1 は %2 です&lt;/b&gt;: %3。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is resilvering a replaced disk&lt;/b&gt;; following it.</source>
        <translation>&lt;b&gt;プール %1 は交換したディスクを resilver しています&lt;/b&gt;。追跡します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The disk of pool %1 cannot be replaced&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;プール %1 のディスクは交換できません&lt;/b&gt;: %2。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disk %1 of pool %2 has failed&lt;/b&gt; (the pool is %3). Put an unclaimed disk of node %4 in its place: the CSPC operator adds it to the pool, which resilvers it while its replicas keep serving.</source>
        <translation>&lt;b&gt;プール %2 のディスク %1 が故障しました&lt;/b&gt; (プールは %3)。ノード %4 の未要求ディスクを代わりに置いてください: CSPC オペレーターがそれをプールに追加し、プールはレプリカが動作し続ける間にそれを resilver します。</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (a JSON patch that first tests the old name):
%2</source>
        <translation>CStorPoolCluster %1 の編集 (最初に古い名前を確認する JSON パッチ):
%2</translation>
    </message>
    <message>
        <source>Edit the CStorPoolCluster and follow the resilver</source>
        <translation>CStorPoolCluster を編集して resilver を追跡</translation>
    </message>
</context>
<context>
    <name>Ui::DurationLabel</name>
    <message>
        <source>Estimated duration</source>
        <translation>推定所要時間</translation>
    </message>
    <message>
        <source>Estimated duration: working it out…</source>
        <translation>推定所要時間: 計算中…</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>1 分未満</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>Estimated duration: about %1 at %2 MiB/s measured on this cluster</source>
        <translation>推定所要時間: 約 %1 (このクラスターで測定した %2 MiB/s で計算)</translation>
    </message>
    <message numerus="yes">
        <source>The moves scheduled within the caps, each at the throughput of the last %n move(s) this console ran on this cluster (the volume&apos;s data over the time from adding the target pool to the move&apos;s end)</source>
        <translation>
            <numerusform>上限の範囲で移動を割り当て、各移動をこのコンソールがこのクラスターで実行した直近 %n 件の移動のスループットで計算します (ボリュームのデータ量を、移動先プールの追加から移動の終了までの時間で割った値)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated duration: about %1 at the default %2 MiB/s: no move measured yet</source>
        <translation>推定所要時間: 約 %1 (既定の %2 MiB/s で計算。まだ移動を測定していません)</translation>
    </message>
    <message>
        <source>The moves scheduled within the caps, each at an assumed throughput: this console has not finished a move on this cluster yet</source>
        <translation>上限の範囲で移動を割り当て、各移動を仮定のスループットで計算します。このコンソールはこのクラスターでまだ移動を完了していません</translation>
    </message>
</context>
<context>
    <name>Ui::EvacuateDialog</name>
    <message>
        <source>Evacuate nodes or pools</source>
        <translation>ノードまたはプールを退避</translation>
    </message>
    <message>
        <source>Tick the nodes to empty (every pool on them) or single pools. Each replica there moves to the pool of its pool cluster with the most free space, never beside another replica of its volume, never past a read-only threshold.</source>
        <translation>空にするノード (そのノード上のすべてのプール) または個別のプールにチェックを入れてください。そこにある各レプリカは、同じプールクラスターのうち空き容量が最も多いプールへ移動します。同じボリュームの別のレプリカの隣には置かず、読み取り専用しきい値を超えることもありません。</translation>
    </message>
    <message>
        <source>Replicas with nowhere to go</source>
        <translation>移動先のないレプリカ</translation>
    </message>
    <message>
        <source>Show plan…</source>
        <translation>計画を表示…</translation>
    </message>
    <message>
        <source>The moves with their checks, each pool&apos;s capacity before and after, and the server&apos;s dry run, before anything changes</source>
        <translation>変更前に、各移動とそのチェック、各プールの移動前後の容量、サーバーのドライランを確認します</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>まだ何もチェックされていません。</translation>
    </message>
    <message>
        <source>%1 hold(s) no replicas: nothing to move.</source>
        <translation>%1 にはレプリカがありません。移動するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n replica(s) to move, %2 to copy.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: 移動するレプリカ %n 個、コピー量 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) have nowhere to go; nothing can start until they do.</source>
        <translation>
            <numerusform>%n 個のレプリカの移動先がありません。移動先が見つかるまで何も開始できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>計画中…</translation>
    </message>
</context>
<context>
    <name>Ui::ExecTrustDialog</name>
    <message>
        <source>Run a credential plugin?</source>
        <translation>認証情報プラグインを実行しますか?</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; signs in by running a program named in its kubeconfig. Run it only if you trust where this kubeconfig comes from.</source>
        <translation>コンテキスト &quot;%1&quot; は、kubeconfig に指定されたプログラムを実行してサインインします。この kubeconfig の出所を信頼できる場合にのみ実行してください。</translation>
    </message>
    <message>
        <source>Program: %1
Kubeconfig: %2</source>
        <translation>プログラム: %1
kubeconfig: %2</translation>
    </message>
    <message>
        <source>Trust and Run</source>
        <translation>信頼して実行</translation>
    </message>
</context>
<context>
    <name>Ui::FollowDisksDialog</name>
    <message>
        <source>Follow the moved disks of pool %1</source>
        <translation>プール %1 の移動したディスクを追う</translation>
    </message>
    <message>
        <source>Point the pool there</source>
        <translation>プールをそこに向ける</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pool is not back yet&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;プールはまだ復帰していません&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>Node %1, CStorPoolCluster %2, %3. Disks: %4.</source>
        <translation>ノード %1、CStorPoolCluster %2、%3。ディスク: %4。</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>ステータスなし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&lt;b&gt;No such pool&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;そのプールはありません&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;何もすることはありません&lt;/b&gt;: %1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 is being pointed at node %2&lt;/b&gt;; following it.</source>
        <translation>&lt;b&gt;プール %1 をノード %2 に向けています&lt;/b&gt;。追跡します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool %1 cannot follow its disks&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;プール %1 はディスクを追えません&lt;/b&gt;: %2。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The disks of pool %1 are on node %2 now&lt;/b&gt;, its spec still names node %3. Point it at %2: the CSPC operator moves the pool&apos;s pod there, the pool is imported and its replicas serve again.</source>
        <translation>&lt;b&gt;プール %1 のディスクは現在ノード %2 にあります&lt;/b&gt;が、spec はまだノード %3 を指しています。%2 に向けると、CSPC オペレーターがプールの Pod をそこに移し、プールがインポートされ、レプリカが再び応答します。</translation>
    </message>
    <message>
        <source>The edit of CStorPoolCluster %1 (a JSON patch that first tests the old node):
%2</source>
        <translation>CStorPoolCluster %1 の編集 (最初に旧ノードを確認する JSON パッチ):
%2</translation>
    </message>
    <message>
        <source>Edit the CStorPoolCluster and follow the pool to its new node</source>
        <translation>CStorPoolCluster を編集し、新しいノードまでプールを追跡する</translation>
    </message>
    <message>
        <source>In the same edit (the webhook refuses any edit while a pool spec names a gone node):</source>
        <translation>同じ編集で (プール spec が消えたノードを指している間、webhook はすべての編集を拒否します):</translation>
    </message>
    <message>
        <source>pool %1 from gone node %2 to node %3, where its disks are</source>
        <translation>プール %1 を消えたノード %2 から、ディスクのあるノード %3 へ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;復帰&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Point the pools there</source>
        <translation>プールをそこに向ける</translation>
    </message>
</context>
<context>
    <name>Ui::ForecastChart</name>
    <message>
        <source>Pool capacity forecast</source>
        <translation>プール容量の予測</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>使用率 (%)</translation>
    </message>
    <message>
        <source>Forecast horizon</source>
        <translation>予測期間</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>今後 %n 日間</numerusform>
        </translation>
    </message>
    <message>
        <source>Pools forecast</source>
        <translation>予測するプール</translation>
    </message>
    <message numerus="yes">
        <source>The %n soonest read-only</source>
        <translation>
            <numerusform>読み取り専用が近い順に %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>80 %</source>
        <translation>80 %</translation>
    </message>
    <message>
        <source>read-only at %1 %</source>
        <translation>%1 % で読み取り専用</translation>
    </message>
    <message>
        <source>No forecast: %1. The Pool capacity tab shows what this console has seen since it started.</source>
        <translation>予測なし: %1。プール容量タブには、このコンソールが起動してから見た内容が表示されます。</translation>
    </message>
    <message>
        <source>No forecast for %1: %2.</source>
        <translation>%1 の予測はありません: %2。</translation>
    </message>
    <message>
        <source>The forecast comes from the history the cluster&apos;s Prometheus keeps, once the cluster is shown.</source>
        <translation>クラスターが表示されると、クラスターの Prometheus が保持する履歴から予測が作成されます。</translation>
    </message>
    <message>
        <source>%1 is at its read-only threshold (%2 %).</source>
        <translation>%1 は読み取り専用しきい値 (%2 %) に達しています。</translation>
    </message>
    <message>
        <source>%1 goes read-only (%2 %) in ~%3 days (%4–%5).</source>
        <translation>%1 は ~%3 日後 (%4–%5) に読み取り専用 (%2 %) になります。</translation>
    </message>
    <message>
        <source>%1 is not growing.</source>
        <translation>%1 は増加していません。</translation>
    </message>
    <message>
        <source>%1 Growth %2 a day over %3 days of history from %4 (%5).</source>
        <translation>%1 %4 の %3 日間の履歴で 1 日あたり %2 の増加 (%5)。</translation>
    </message>
    <message>
        <source>Not from Prometheus: %1.</source>
        <translation>Prometheus からではありません: %1。</translation>
    </message>
</context>
<context>
    <name>Ui::HealthPanel</name>
    <message>
        <source>Health findings</source>
        <translation>ヘルスの検出結果</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>検出結果の詳細</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>クラスターに接続されていません。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>重大 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>情報 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>リスク:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>対処:</translation>
    </message>
    <message>
        <source>See it with kubectl:</source>
        <translation>kubectl で確認:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>ルール:</translation>
    </message>
    <message>
        <source>Reading the cluster…</source>
        <translation>クラスターを読み込んでいます…</translation>
    </message>
    <message>
        <source>Recover volume…</source>
        <translation>ボリュームを復旧…</translation>
    </message>
    <message>
        <source>Recovery applies to a volume with a stuck move or a replica lost on the way.</source>
        <translation>復旧は、移動が止まったボリューム、または途中でレプリカを失ったボリュームが対象です。</translation>
    </message>
    <message>
        <source>Shows what is wrong with volume %1 and the steps that bring it back, then takes them on your word.</source>
        <translation>ボリューム %1 の問題と復旧の手順を示し、確認のうえで実行します。</translation>
    </message>
    <message>
        <source>Recover lost node…</source>
        <translation>失われたノードを復旧…</translation>
    </message>
    <message>
        <source>Shows what happens to each volume with a replica on the lost node, and replaces those replicas from their Healthy copies</source>
        <translation>失われたノードにレプリカを持つ各ボリュームがどうなるかを表示し、それらのレプリカを Healthy なコピーから置き換えます</translation>
    </message>
    <message>
        <source>Replace failed disk…</source>
        <translation>故障したディスクを交換…</translation>
    </message>
    <message>
        <source>Shows the pool&apos;s failed disk and the unclaimed disks of its node that can take its place, then replaces it and follows the resilver</source>
        <translation>プールの故障したディスクと、その代わりになれるノードの未要求ディスクを表示し、交換して resilver を追跡します</translation>
    </message>
    <message>
        <source>Follow moved disks…</source>
        <translation>移動したディスクを追う…</translation>
    </message>
    <message>
        <source>When the pool&apos;s disks now sit on another node (its node was replaced, or the disks were moved): shows where they are and points the pool there</source>
        <translation>プールのディスクが別のノードに付いている場合 (ノードが置き換えられたか、ディスクが移動された): その場所を示し、プールをそこに向けます</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Warn of read-only within </source>
        <translation>読み取り専用の警告期間 </translation>
    </message>
    <message>
        <source>Warn of pools going read-only within</source>
        <translation>読み取り専用になるプールを警告する期間</translation>
    </message>
    <message>
        <source>The doctor warns of pools that their capacity forecast (from the cluster&apos;s Prometheus) puts at their read-only threshold within this many days.</source>
        <translation>doctor は、容量予測 (クラスターの Prometheus による) でこの日数以内に読み取り専用しきい値に達するプールについて警告します。</translation>
    </message>
</context>
<context>
    <name>Ui::IoChart</name>
    <message>
        <source>I/O over time</source>
        <translation>I/O の推移</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Operations a second</source>
        <translation>毎秒の操作数</translation>
    </message>
    <message>
        <source>Pool or volume whose I/O is shown</source>
        <translation>I/O を表示するプールまたはボリューム</translation>
    </message>
    <message>
        <source>Pool or volume…</source>
        <translation>プールまたはボリューム…</translation>
    </message>
    <message>
        <source>I/O window</source>
        <translation>I/O の期間</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>直近 %n 日間</numerusform>
        </translation>
    </message>
    <message>
        <source>Throughput (%1)</source>
        <translation>スループット (%1)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Operations a second (right)</source>
        <translation>毎秒の操作数 (右軸)</translation>
    </message>
    <message>
        <source>The I/O comes from the cluster&apos;s Prometheus, once the cluster is shown.</source>
        <translation>I/O は、クラスターが表示されるとクラスターの Prometheus から取得されます。</translation>
    </message>
    <message>
        <source>No I/O: %1.</source>
        <translation>I/O なし: %1。</translation>
    </message>
    <message>
        <source>Type a pool or a volume to see its I/O.</source>
        <translation>I/O を表示するプールまたはボリュームを入力してください。</translation>
    </message>
    <message>
        <source>Pool %1</source>
        <translation>プール %1</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>ボリューム %1</translation>
    </message>
    <message>
        <source>%1: asking Prometheus %2…</source>
        <translation>%1: Prometheus %2 に問い合わせ中…</translation>
    </message>
    <message>
        <source>%1: no I/O: %2.</source>
        <translation>%1: I/O なし: %2。</translation>
    </message>
    <message numerus="yes">
        <source>%1: Prometheus %2 has no I/O of it over the last %n day(s).</source>
        <translation>
            <numerusform>%1: Prometheus %2 には直近 %n 日間の I/O がありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 over the last %n day(s): read %2 (peak %3), write %4 (peak %5), %6 operations a second (peak %7).</source>
        <translation>
            <numerusform>%1 (直近 %n 日間): 読み取り %2 (ピーク %3)、書き込み %4 (ピーク %5)、毎秒 %6 操作 (ピーク %7)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Busiest volumes now: %1.</source>
        <translation>現在最も負荷の高いボリューム: %1。</translation>
    </message>
</context>
<context>
    <name>Ui::LostNodeDialog</name>
    <message>
        <source>Recover lost node %1</source>
        <translation>失われたノード %1 を復旧</translation>
    </message>
    <message>
        <source>&lt;b&gt;Node %1 is lost&lt;/b&gt;: %2.&lt;br&gt;Its replicas cannot be moved off, only replaced: each volume that keeps a Healthy replica on another node gets a new replica, rebuilt from it, and then the lost one leaves the volume. A volume with no Healthy replica left is reported, never changed.</source>
        <translation>&lt;b&gt;ノード %1 は失われています&lt;/b&gt;: %2。&lt;br&gt;そのレプリカは移動できず、置き換えることしかできません: 別のノードに Healthy なレプリカが残るボリュームは、そこから再構築された新しいレプリカを得て、その後失われたレプリカがボリュームから外れます。Healthy なレプリカが残っていないボリュームは報告されるだけで、変更されません。</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Replica on</source>
        <translation>レプリカの場所</translation>
    </message>
    <message>
        <source>Healthy elsewhere</source>
        <translation>他の Healthy</translation>
    </message>
    <message>
        <source>What the console does</source>
        <translation>コンソールの対処</translation>
    </message>
    <message>
        <source>Volumes with a replica on the lost node</source>
        <translation>失われたノードにレプリカを持つボリューム</translation>
    </message>
    <message>
        <source>&amp;Volumes with a replica there</source>
        <translation>そこにレプリカを持つボリューム(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n replica(s)…</source>
        <translation>
            <numerusform>%n 個のレプリカを置き換え…</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume can get a new replica now</source>
        <translation>今は新しいレプリカを得られるボリュームがありません</translation>
    </message>
    <message>
        <source>Plan the new replicas: checks, capacity and the server&apos;s dry run before anything changes</source>
        <translation>新しいレプリカを計画します: 変更前にチェック、容量、サーバーのドライランを確認します</translation>
    </message>
    <message>
        <source>Steps that remove the dead pool</source>
        <translation>死んだプールを取り除く手順</translation>
    </message>
    <message>
        <source>No volume uses the pools of %1 any more. If the node is gone for good (if it comes back, its pools still hold these datasets), remove the dead pool by hand:</source>
        <translation>%1 のプールを使うボリュームはもうありません。ノードが完全に失われた場合 (戻ってきた場合、そのプールにはまだこれらのデータセットがあります)、死んだプールを手動で取り除いてください:</translation>
    </message>
    <message>
        <source>Copy steps</source>
        <translation>手順をコピー</translation>
    </message>
    <message>
        <source>New replica on %1</source>
        <translation>%1 に新しいレプリカ</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>待機</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>空きなし</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>クォーラムなし</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>喪失</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <source>No volume counts on a replica there.</source>
        <translation>そこにあるレプリカに依存するボリュームはありません。</translation>
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
        <translation>%1 のトークンはキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>The token for %1 is used for this session only: %2</source>
        <translation>%1 のトークンはこのセッションでのみ使用されます: %2</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Lock: when on, nothing in this window can change the cluster</source>
        <translation>ロック: オンの間は、このウィンドウからクラスターを変更できません</translation>
    </message>
    <message>
        <source>Read-only (locked)</source>
        <translation>読み取り専用 (ロック中)</translation>
    </message>
    <message>
        <source>Move replica to…</source>
        <translation>レプリカを移動…</translation>
    </message>
    <message>
        <source>Drain node…</source>
        <translation>ノードをドレイン…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=, or the mouse wheel)</source>
        <translation>拡大 (Ctrl+= またはマウスホイール)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, or the mouse wheel)</source>
        <translation>縮小 (Ctrl+- またはマウスホイール)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Show every node (Ctrl+0)</source>
        <translation>すべてのノードを表示 (Ctrl+0)</translation>
    </message>
    <message>
        <source>Open kubeconfig…</source>
        <translation>kubeconfig を開く…</translation>
    </message>
    <message>
        <source>Open demo cluster</source>
        <translation>デモクラスターを開く</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>コンテキスト:</translation>
    </message>
    <message>
        <source>Kubeconfig context</source>
        <translation>kubeconfig のコンテキスト</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>ネームスペース:</translation>
    </message>
    <message>
        <source>The namespace cStor runs in (usually openebs)</source>
        <translation>cStor が動作するネームスペース (通常は openebs)</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>ネームスペース</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>ジャンプ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Applies when the console is started again</source>
        <translation>コンソールの再起動後に適用されます</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>The language changes when the console is started again.</source>
        <translation>言語はコンソールの再起動後に切り替わります。</translation>
    </message>
    <message>
        <source>Filter pools, e.g. node2 or ONLINE</source>
        <translation>プールを絞り込み (例: node2、ONLINE)</translation>
    </message>
    <message>
        <source>Filter replicas, e.g. a volume, pool, node or phase</source>
        <translation>レプリカを絞り込み (例: ボリューム、プール、ノード、フェーズ)</translation>
    </message>
    <message>
        <source>Filter volumes, e.g. pvc-d1b2 or Degraded</source>
        <translation>ボリュームを絞り込み (例: pvc-d1b2、Degraded)</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>ノードを絞り込み</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>レプリカ</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Pools table</source>
        <translation>プール表</translation>
    </message>
    <message>
        <source>Replicas table</source>
        <translation>レプリカ表</translation>
    </message>
    <message>
        <source>Volumes table</source>
        <translation>ボリューム表</translation>
    </message>
    <message>
        <source>Nodes table</source>
        <translation>ノード表</translation>
    </message>
    <message>
        <source>Simulated cluster (demo) — changes affect only this simulation</source>
        <translation>シミュレーションクラスター (デモ) — 変更はこのシミュレーションにのみ影響します</translation>
    </message>
    <message>
        <source>The API server&apos;s certificate is not verified (insecure-skip-tls-verify in the kubeconfig): anyone on the network path could read or change what you see and do.</source>
        <translation>API サーバーの証明書が検証されていません (kubeconfig の insecure-skip-tls-verify)。ネットワーク経路上の誰もが、表示内容や操作を盗み見たり改ざんしたりできます。</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>セキュリティ警告</translation>
    </message>
    <message>
        <source>Demo cluster notice</source>
        <translation>デモクラスターのお知らせ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>移行</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Cluster summary</source>
        <translation>クラスターの概要</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (現在)</translation>
    </message>
    <message>
        <source>Cluster: %1
User: %2
Namespace: %3</source>
        <translation>クラスター: %1
ユーザー: %2
ネームスペース: %3</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>No kubeconfig context</source>
        <translation>kubeconfig のコンテキストがありません</translation>
    </message>
    <message>
        <source>%1 — cStor Console</source>
        <translation>%1 — cStor Console</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Choose another context</source>
        <translation>別のコンテキストを選択</translation>
    </message>
    <message>
        <source>This kubeconfig cannot be used</source>
        <translation>この kubeconfig は使用できません</translation>
    </message>
    <message>
        <source>The kubeconfig or the context could not be read. Check the file with &lt;tt&gt;kubectl config view&lt;/tt&gt;, or choose another one.</source>
        <translation>kubeconfig またはコンテキストを読み取れませんでした。&lt;tt&gt;kubectl config view&lt;/tt&gt; でファイルを確認するか、別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>Choose kubeconfig file…</source>
        <translation>kubeconfig ファイルを選択…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Listing the cStor pools, volumes and replicas in namespace &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>ネームスペース &lt;b&gt;%1&lt;/b&gt; の cStor プール、ボリューム、レプリカを一覧取得しています。</translation>
    </message>
    <message>
        <source>No cStor in this cluster</source>
        <translation>このクラスターには cStor がありません</translation>
    </message>
    <message>
        <source>The cluster of context &lt;b&gt;%1&lt;/b&gt; does not serve the cStor resources (cstor.openebs.io). Install OpenEBS cStor there, or choose the context of a cluster that runs it.</source>
        <translation>コンテキスト &lt;b&gt;%1&lt;/b&gt; のクラスターは cStor リソース (cstor.openebs.io) を提供していません。そのクラスターに OpenEBS cStor をインストールするか、cStor が動作しているクラスターのコンテキストを選択してください。</translation>
    </message>
    <message>
        <source>The cluster refused your credentials</source>
        <translation>クラスターが認証情報を拒否しました</translation>
    </message>
    <message>
        <source>The API server of context &lt;b&gt;%1&lt;/b&gt; answered 401 Unauthorized: the kubeconfig&apos;s credentials for user &lt;b&gt;%2&lt;/b&gt; are missing, wrong or expired. Renew them (for example with your cloud&apos;s login command), or use a token: it is kept in your desktop keychain, never in a file.</source>
        <translation>コンテキスト &lt;b&gt;%1&lt;/b&gt; の API サーバーが 401 Unauthorized を返しました: kubeconfig にあるユーザー &lt;b&gt;%2&lt;/b&gt; の認証情報が、ないか、誤っているか、期限切れです。(クラウドのログインコマンドなどで) 更新するか、トークンを使用してください。トークンはファイルではなく、デスクトップのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Use a token…</source>
        <translation>トークンを使用…</translation>
    </message>
    <message>
        <source>No permission to list cStor objects</source>
        <translation>cStor オブジェクトを一覧取得する権限がありません</translation>
    </message>
    <message>
        <source>Your user in context &lt;b&gt;%1&lt;/b&gt; may not list the cStor pools, volumes and replicas in namespace &lt;b&gt;%2&lt;/b&gt;. Ask your cluster administrator for get, list and watch on cstor.openebs.io resources and events there, or choose another namespace or context.</source>
        <translation>コンテキスト &lt;b&gt;%1&lt;/b&gt; のユーザーには、ネームスペース &lt;b&gt;%2&lt;/b&gt; の cStor プール、ボリューム、レプリカを一覧取得する権限がありません。クラスター管理者に、そのネームスペースの cstor.openebs.io リソースとイベントに対する get、list、watch 権限を依頼するか、別のネームスペースまたはコンテキストを選択してください。</translation>
    </message>
    <message>
        <source>Cannot reach the cluster</source>
        <translation>クラスターに接続できません</translation>
    </message>
    <message>
        <source>The API server of context &lt;b&gt;%1&lt;/b&gt; does not answer. Check your network or VPN and that the cluster is running; the console keeps retrying.</source>
        <translation>コンテキスト &lt;b&gt;%1&lt;/b&gt; の API サーバーが応答しません。ネットワークや VPN、クラスターが動作しているかを確認してください。コンソールは再試行を続けます。</translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation>%1 のトークン</translation>
    </message>
    <message>
        <source>Bearer token for context %1 (kept in your desktop keychain, never in a file):</source>
        <translation>コンテキスト %1 のベアラートークン (ファイルではなく、デスクトップのキーチェーンに保存されます):</translation>
    </message>
    <message>
        <source>Choose kubeconfig file</source>
        <translation>kubeconfig ファイルを選択</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>クラスターに接続されていません。</translation>
    </message>
    <message>
        <source>The read-only lock is on; unlock it in the toolbar to make changes.</source>
        <translation>読み取り専用ロックがオンです。変更するにはツールバーでロックを解除してください。</translation>
    </message>
    <message>
        <source>Checking whether your user may change volume placement…</source>
        <translation>ボリュームの配置を変更する権限があるか確認しています…</translation>
    </message>
    <message>
        <source>Select a replica in the topology or the replicas table, then move it.</source>
        <translation>トポロジーまたはレプリカ表でレプリカを選択してから移動してください。</translation>
    </message>
    <message>
        <source>Plan moving the selected replica to another pool</source>
        <translation>選択したレプリカを別のプールへ移動する計画を立てる</translation>
    </message>
    <message>
        <source>Select a node in the topology or the nodes table, then drain it.</source>
        <translation>トポロジーまたはノード表でノードを選択してからドレインしてください。</translation>
    </message>
    <message>
        <source>Plan moving every replica off %1</source>
        <translation>%1 からすべてのレプリカを移動する計画を立てる</translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>トポロジー(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pools table</source>
        <translation>プール表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Replicas table</source>
        <translation>レプリカ表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Volumes table</source>
        <translation>ボリューム表(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Nodes table</source>
        <translation>ノード表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Migrations</source>
        <translation>移行(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>グラフ(&amp;C)</translation>
    </message>
    <message>
        <source>Migration %1</source>
        <translation>移行 %1</translation>
    </message>
    <message>
        <source>Migration %1: %2</source>
        <translation>移行 %1: %2</translation>
    </message>
    <message>
        <source>The replica is gone.</source>
        <translation>レプリカは存在しません。</translation>
    </message>
    <message>
        <source>The replica is already on this pool.</source>
        <translation>レプリカはすでにこのプール上にあります。</translation>
    </message>
    <message>
        <source>Nothing to move: the replica is gone.</source>
        <translation>移動するものはありません: レプリカは存在しません。</translation>
    </message>
    <message>
        <source>Cannot drain %1: %2</source>
        <translation>%1 をドレインできません: %2</translation>
    </message>
    <message>
        <source>%1 holds no replicas.</source>
        <translation>%1 にはレプリカがありません。</translation>
    </message>
    <message>
        <source>Move %1 from %2 to</source>
        <translation>%1 の移動先 (移動元 %2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>Plan this move</source>
        <translation>この移動を計画</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n ノード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n プール</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n ボリューム</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n レプリカ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 used (%3 %)</source>
        <translation>%2 中 %1 使用 (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>再構築中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>異常 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale node(s)</source>
        <translation>
            <numerusform>更新停止ノード %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read-only pool(s)</source>
        <translation>
            <numerusform>読み取り専用プール %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Unhealthy: %1 pools, %2 volumes, %3 replicas (stale replicas count as unhealthy)</source>
        <translation>異常: プール %1、ボリューム %2、レプリカ %3 (更新停止のレプリカは異常として数えます)</translation>
    </message>
    <message>
        <source>The credential plugin is not trusted yet</source>
        <translation>認証プラグインはまだ信頼されていません</translation>
    </message>
    <message>
        <source>Context &lt;b&gt;%1&lt;/b&gt; signs in by running a program named in its kubeconfig. Nothing has been run. Review the program and trust it to connect, or choose another context.</source>
        <translation>コンテキスト &lt;b&gt;%1&lt;/b&gt; は kubeconfig に指定されたプログラムを実行してサインインします。まだ何も実行していません。プログラムを確認して信頼すると接続します。または別のコンテキストを選択してください。</translation>
    </message>
    <message>
        <source>Review Plugin…</source>
        <translation>プラグインを確認…</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>ヘルス(&amp;H)</translation>
    </message>
    <message>
        <source>Show what the doctor found (Alt+9)</source>
        <translation>doctor が検出した内容を表示 (Alt+9)</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>ヘルス: %1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>List the whole cluster again from the server (Ctrl+R)</source>
        <translation>クラスター全体をサーバーから再取得します (Ctrl+R)</translation>
    </message>
    <message>
        <source>Listing the whole cluster again…</source>
        <translation>クラスター全体を再取得しています…</translation>
    </message>
    <message>
        <source>Listed again: what is shown is what the server said at %1.</source>
        <translation>再取得しました: 表示内容は %1 時点のサーバーの応答です。</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>検索…</translation>
    </message>
    <message>
        <source>Evacuate nodes or pools…</source>
        <translation>ノードまたはプールを退避…</translation>
    </message>
    <message>
        <source>Empty several nodes or pools as one plan of moves, run within caps you set</source>
        <translation>複数のノードやプールを 1 つの移動計画として空にし、設定した上限の範囲内で実行します</translation>
    </message>
    <message>
        <source>Rebalance pools…</source>
        <translation>プールをリバランス…</translation>
    </message>
    <message>
        <source>Bring the used capacity of a pool cluster&apos;s pools within a few points of each other, as one plan of moves run within caps you set</source>
        <translation>プールクラスターのプールの使用容量の差を数ポイント以内に収めます。設定した上限の範囲で実行する 1 つの移動計画として行います</translation>
    </message>
    <message>
        <source>Objects not shown</source>
        <translation>表示されていないオブジェクト</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) of the cluster could not be read and are not shown as they are: %1</source>
        <translation>
            <numerusform>クラスターの %n 個のオブジェクトを読み取れず、実際の状態では表示されていません: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>コマンドパレット…</translation>
    </message>
    <message>
        <source>Run any command, or show a node, pool or volume, by typing part of its name (Ctrl+K)</source>
        <translation>名前の一部を入力して、任意のコマンドを実行するか、ノード・プール・ボリュームを表示します (Ctrl+K)</translation>
    </message>
    <message>
        <source>Cluster&apos;s Prometheus…</source>
        <translation>クラスターの Prometheus…</translation>
    </message>
    <message>
        <source>Name the Prometheus the capacity forecasts and I/O come from, for this context</source>
        <translation>このコンテキストで容量予測と I/O を取得する Prometheus を指定します</translation>
    </message>
</context>
<context>
    <name>Ui::NodeItem</name>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>異常 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rebuilding</source>
        <translation>
            <numerusform>再構築中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n レプリカ</numerusform>
        </translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>更新停止</translation>
    </message>
    <message>
        <source>No cStor pool</source>
        <translation>cStor プールなし</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>未準備</translation>
    </message>
</context>
<context>
    <name>Ui::NodeLossDialog</name>
    <message>
        <source>If %1 is lost now</source>
        <translation>%1 を今失った場合</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Healthy left</source>
        <translation>残る Healthy</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>代替</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Volumes with a replica on %1</source>
        <translation>%1 にレプリカがあるボリューム</translation>
    </message>
    <message>
        <source>Nothing was changed. Evacuate the node first (Actions ▸ Evacuate nodes or pools…) to take it down without losing anything.</source>
        <translation>何も変更していません。何も失わずに停止するには、先にノードを退避してください（操作 ▸ ノードまたはプールを退避…）。</translation>
    </message>
    <message>
        <source>Evacuate this node…</source>
        <translation>このノードを退避…</translation>
    </message>
    <message>
        <source>Plan moving every replica off %1 first, each to a pool of its pool cluster on another node</source>
        <translation>まず %1 のすべてのレプリカを、それぞれのプールクラスターの別ノード上のプールへ移動する計画を立てる</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of the volume&apos;s %2 replica(s) stay Healthy on other live nodes; its target needs %3 to serve I/O</source>
        <translation>ボリュームの %2 個のレプリカのうち %1 個が他の稼働中ノードで Healthy のまま残ります。ターゲットが I/O を提供するには %3 個必要です</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
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
        <translation>ノード名またはプール名で絞り込み</translation>
    </message>
    <message>
        <source>Filter nodes and pools</source>
        <translation>ノードとプールを絞り込む</translation>
    </message>
    <message>
        <source>Node / pool</source>
        <translation>ノード / プール</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>レプリカ</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用済み</translation>
    </message>
    <message>
        <source>Nodes and pools to empty</source>
        <translation>空にするノードとプール</translation>
    </message>
    <message>
        <source>Nodes shown</source>
        <translation>表示中のノード</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n ノード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s)</source>
        <translation>
            <numerusform>%n 個中 %1 個のノード</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::OperationsPanel</name>
    <message>
        <source>Migration queue</source>
        <translation>移行キュー</translation>
    </message>
    <message>
        <source>Progress is estimated from the replicas&apos; used space.</source>
        <translation>進捗はレプリカの使用容量から推定しています。</translation>
    </message>
    <message>
        <source>Cancel move</source>
        <translation>移動をキャンセル</translation>
    </message>
    <message>
        <source>Move back…</source>
        <translation>元のプールへ戻す…</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Cannot cancel</source>
        <translation>キャンセルできません</translation>
    </message>
    <message>
        <source>Remove the new replica again and keep the source (before the old replica is removed)</source>
        <translation>新しいレプリカを再び削除し、移動元を保持します (旧レプリカの削除前のみ)</translation>
    </message>
    <message>
        <source>Plan the reverse move</source>
        <translation>逆方向の移動を計画</translation>
    </message>
    <message>
        <source>No migrations yet: drag a replica onto another pool in the topology, or select it and press Ctrl+M.</source>
        <translation>移行はまだありません: トポロジーでレプリカを別のプールへドラッグするか、選択して Ctrl+M を押してください。</translation>
    </message>
    <message>
        <source>Start sooner</source>
        <translation>先に開始</translation>
    </message>
    <message>
        <source>Start later</source>
        <translation>後で開始</translation>
    </message>
    <message>
        <source>Cancel waiting…</source>
        <translation>待機中をキャンセル…</translation>
    </message>
    <message>
        <source>About the progress</source>
        <translation>進捗について</translation>
    </message>
    <message>
        <source>Cancel waiting moves</source>
        <translation>待機中の移動をキャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n move(s) that have not started?</source>
        <translation>
            <numerusform>開始していない %n 件の移動をキャンセルしますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Running moves go on to the end. The cancelled moves can be planned again later.</source>
        <translation>実行中の移動は最後まで続きます。キャンセルした移動は後で再び計画できます。</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Start the selected waiting move before the one ahead of it</source>
        <translation>選択した待機中の移動を、その前の移動より先に開始します</translation>
    </message>
    <message>
        <source>Start the selected waiting move after the one behind it</source>
        <translation>選択した待機中の移動を、その次の移動より後に開始します</translation>
    </message>
    <message>
        <source>Cancel every move that has not started; running moves finish</source>
        <translation>開始していないすべての移動をキャンセルします。実行中の移動は完了します</translation>
    </message>
    <message>
        <source>Moved by another console</source>
        <translation>別のコンソールによる移動</translation>
    </message>
    <message>
        <source>Moves run by other consoles</source>
        <translation>他のコンソールが実行している移動</translation>
    </message>
    <message>
        <source>A move can be adopted once its console is silent: its process on this host is gone, or it has not renewed its record for %1.</source>
        <translation>コンソールが沈黙すると移動を引き継げます: このホスト上のプロセスが消えた、または %1 記録を更新していない場合です。</translation>
    </message>
    <message>
        <source>Adopt move…</source>
        <translation>移動を引き継ぐ…</translation>
    </message>
    <message>
        <source>Adopt move</source>
        <translation>移動を引き継ぐ</translation>
    </message>
    <message>
        <source>Finish this move here: wait for the new replica and the volume to be Healthy, then remove the old replica</source>
        <translation>この移動をここで完了します: 新しいレプリカとボリュームが Healthy になるのを待ち、古いレプリカを削除します</translation>
    </message>
    <message>
        <source>Adopt the move of %1?</source>
        <translation>%1 の移動を引き継ぎますか?</translation>
    </message>
    <message>
        <source>%1

This console then finishes the move: it waits until the new replica on %2 and the volume are Healthy, then removes the old replica on %3 (a move that was rolling back is rolled back). If the other console comes back, it leaves the move to this one.</source>
        <translation>%1

このコンソールが移動を完了させます: %2 上の新しいレプリカとボリュームが Healthy になるのを待ち、%3 上の古いレプリカを削除します（ロールバック中だった移動はロールバックを完了します）。もう一方のコンソールが戻っても、移動はこのコンソールに任せます。</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>そのままにする</translation>
    </message>
    <message>
        <source>Cannot adopt</source>
        <translation>引き継げません</translation>
    </message>
    <message>
        <source>Cannot adopt the move of %1: %2</source>
        <translation>%1 の移動を引き継げません: %2</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewLegendItem</name>
    <message>
        <source>Fullest pool used:</source>
        <translation>最も使用率の高いプール:</translation>
    </message>
    <message>
        <source>capacity unknown</source>
        <translation>容量不明</translation>
    </message>
    <message>
        <source>offline, faulted or NotReady</source>
        <translation>オフライン、障害、または NotReady</translation>
    </message>
    <message>
        <source>degraded, read-only or stale</source>
        <translation>縮退、読み取り専用、または古い状態</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>再構築中</translation>
    </message>
    <message>
        <source>Click a node to see it in detail</source>
        <translation>ノードをクリックすると詳細を表示します</translation>
    </message>
</context>
<context>
    <name>Ui::PlanDialog</name>
    <message>
        <source>Move replica</source>
        <translation>レプリカを移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n replicas</source>
        <translation>
            <numerusform>%n 個のレプリカを移動</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Move a replica of %1&lt;/b&gt;&lt;br&gt;from pool &lt;b&gt;%2&lt;/b&gt; to pool &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1 のレプリカを移動&lt;/b&gt;&lt;br&gt;プール &lt;b&gt;%2&lt;/b&gt; からプール &lt;b&gt;%3&lt;/b&gt; へ。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Move %n replicas&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 個のレプリカを移動&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Add the target pool to the volume (a new replica is created and rebuilds from its peers).&lt;/li&gt;&lt;li&gt;Wait until the new replica and the volume are Healthy.&lt;/li&gt;&lt;li&gt;Remove the source pool (the old replica is deleted).&lt;/li&gt;&lt;/ol&gt;The old replica is never removed before its replacement is Healthy.</source>
        <translation>&lt;ol&gt;&lt;li&gt;移動先プールをボリュームに追加します (新しいレプリカが作成され、ピアから再構築されます)。&lt;/li&gt;&lt;li&gt;新しいレプリカとボリュームが Healthy になるまで待ちます。&lt;/li&gt;&lt;li&gt;移動元プールを削除します (旧レプリカは削除されます)。&lt;/li&gt;&lt;/ol&gt;旧レプリカは、置き換え先が Healthy になるまで削除されません。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>チェック(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;apacity before and after</source>
        <translation>移動前後の容量(&amp;A)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Capacity after the moves</source>
        <translation>移動後の容量</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Writes are allowed</source>
        <translation>書き込みが許可されています</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>Dry run: not sent, a check refused the plan.</source>
        <translation>ドライラン: チェックで計画が拒否されたため、送信していません。</translation>
    </message>
    <message>
        <source>Dry run: asking the server…</source>
        <translation>ドライラン: サーバーに問い合わせ中…</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>Dry run: the server accepts the change.</source>
        <translation>ドライラン: サーバーは変更を受け付けます。</translation>
    </message>
    <message>
        <source>Dry run refused: %1</source>
        <translation>ドライランが拒否されました: %1</translation>
    </message>
    <message>
        <source>A check refused the plan</source>
        <translation>チェックで計画が拒否されました</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s dry run</source>
        <translation>サーバーのドライランを待っています</translation>
    </message>
    <message>
        <source>Recent I/O of %1: %2. A rebuild adds its copy to the pools&apos; load while it runs; a busy volume may be better moved at a quiet hour.</source>
        <translation>%1 の最近の I/O: %2。再構築は実行中、そのコピーの分だけプールの負荷を増やします。負荷の高いボリュームは、落ち着いた時間帯に移動するほうがよい場合があります。</translation>
    </message>
</context>
<context>
    <name>Ui::PoolItem</name>
    <message>
        <source>%1 % used · %2 free of %3</source>
        <translation>%1 % 使用 · 空き %2 / %3</translation>
    </message>
    <message>
        <source>READ-ONLY · %1 % used · %2 free</source>
        <translation>読み取り専用 · %1 % 使用 · 空き %2</translation>
    </message>
    <message>
        <source>NEAR LIMIT · %1 % used · %2 free</source>
        <translation>上限間近 · %1 % 使用 · 空き %2</translation>
    </message>
</context>
<context>
    <name>Ui::PoolTaskDialog</name>
    <message>
        <source>Reading pool %1 …</source>
        <translation>プール %1 を読み取っています …</translation>
    </message>
    <message>
        <source>The edit and its progress</source>
        <translation>編集とその進行状況</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pool cannot be read&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;プールを読み取れません&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>できること:</translation>
    </message>
</context>
<context>
    <name>Ui::ProjectionChart</name>
    <message>
        <source>Used capacity before and after</source>
        <translation>移動前後の使用容量</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>移動前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>移動後</translation>
    </message>
    <message>
        <source>%1 crosses %2 %: %3 % → %4 %</source>
        <translation>%1 が %2 % を超えます: %3 % → %4 %</translation>
    </message>
    <message>
        <source>%1 stays above %2 %: %3 % → %4 %</source>
        <translation>%1 は %2 % を超えたままです: %3 % → %4 %</translation>
    </message>
    <message>
        <source>Used (%)</source>
        <translation>使用率 (%)</translation>
    </message>
    <message>
        <source>No affected pool reaches %1 % used.</source>
        <translation>影響を受けるプールで使用率が %1 % に達するものはありません。</translation>
    </message>
</context>
<context>
    <name>Ui::PrometheusSetting</name>
    <message>
        <source>Cluster&apos;s Prometheus</source>
        <translation>クラスターの Prometheus</translation>
    </message>
    <message>
        <source>The Prometheus Service of context %1, as NAMESPACE/SERVICE:PORT (for example monitoring/prometheus-operated:9090). It is asked through the API server&apos;s service proxy with the context&apos;s credentials. Leave it empty to let the console look for it as Lens does.</source>
        <translation>コンテキスト %1 の Prometheus Service を NAMESPACE/SERVICE:PORT の形式で指定します (例: monitoring/prometheus-operated:9090)。API サーバーのサービスプロキシ経由で、コンテキストの資格情報を使って問い合わせます。空のままにすると、Lens と同じ方法でコンソールが探します。</translation>
    </message>
</context>
<context>
    <name>Ui::QueueBar</name>
    <message>
        <source>Move queue</source>
        <translation>移動キュー</translation>
    </message>
    <message>
        <source>Data copied by the plan</source>
        <translation>計画でコピーされたデータ</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>計画の進捗</translation>
    </message>
    <message>
        <source>Pause queue</source>
        <translation>キューを一時停止</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>キューを再開</translation>
    </message>
    <message>
        <source>Queue paused</source>
        <translation>キュー一時停止中</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>メンテナンス時間帯</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused.&lt;/b&gt;</source>
        <translation>&lt;b&gt;キューは一時停止中です。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;キューは一時停止中:&lt;/b&gt; %1。</translation>
    </message>
    <message>
        <source>Running moves finish; no waiting move starts until the queue is resumed.</source>
        <translation>実行中の移動は完了します。キューが再開されるまで、待機中の移動は開始しません。</translation>
    </message>
    <message>
        <source>Moves start only between %1</source>
        <translation>移動は %1 の時間帯にのみ開始します</translation>
    </message>
    <message>
        <source>Let the waiting moves start again, as the caps allow</source>
        <translation>上限の範囲内で、待機中の移動を再び開始させます</translation>
    </message>
    <message>
        <source>Start no more moves until the queue is resumed; the running ones finish</source>
        <translation>キューが再開されるまで新しい移動を開始しません。実行中の移動は完了します</translation>
    </message>
    <message>
        <source>by %1 in the window</source>
        <translation>%1 がウィンドウから</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>オペレーター</translation>
    </message>
</context>
<context>
    <name>Ui::QueueSettingsForm</name>
    <message>
        <source>Rebuilds onto one &amp;pool at once:</source>
        <translation>1 つのプールへの同時再構築数(&amp;P):</translation>
    </message>
    <message>
        <source>A pool that receives replicas rebuilds them with its own disks</source>
        <translation>レプリカを受け取るプールは、自身のディスクでそれらを再構築します</translation>
    </message>
    <message>
        <source>Moves off one &amp;node at once:</source>
        <translation>1 つのノードからの同時移動数(&amp;N):</translation>
    </message>
    <message>
        <source>Every move reads its data from the volume&apos;s other replicas</source>
        <translation>各移動は、ボリュームの他のレプリカからデータを読み取ります</translation>
    </message>
    <message>
        <source>Moves in the &amp;cluster at once:</source>
        <translation>クラスター全体での同時移動数(&amp;C):</translation>
    </message>
    <message>
        <source>All moves of every plan</source>
        <translation>すべての計画のすべての移動</translation>
    </message>
    <message>
        <source>cStor has no rebuild throttle: these caps are the lever on the load.</source>
        <translation>cStor には再構築のスロットルがありません。これらの上限で負荷を調整します。</translation>
    </message>
    <message>
        <source>Start moves only &amp;between</source>
        <translation>移動の開始を次の時間帯に限定(&amp;B)</translation>
    </message>
    <message>
        <source>Start moves only in a maintenance window</source>
        <translation>メンテナンス時間帯にのみ移動を開始</translation>
    </message>
    <message>
        <source>Waiting moves start only in these hours of the day (local time); a move running when the window closes finishes</source>
        <translation>待機中の移動は 1 日のこの時間帯 (ローカル時刻) にのみ開始します。時間帯の終了時に実行中の移動は完了します</translation>
    </message>
    <message>
        <source>Window opens at</source>
        <translation>時間帯の開始時刻</translation>
    </message>
    <message>
        <source>Window closes at</source>
        <translation>時間帯の終了時刻</translation>
    </message>
    <message>
        <source>Time zone of the window</source>
        <translation>時間帯のタイムゾーン</translation>
    </message>
    <message>
        <source>and</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>ローカル時刻</translation>
    </message>
    <message>
        <source>opens and closes at the same minute</source>
        <translation>開始と終了が同じ分です</translation>
    </message>
    <message>
        <source>Untick the box to start moves at any time</source>
        <translation>いつでも移動を開始するにはチェックを外してください</translation>
    </message>
</context>
<context>
    <name>Ui::QuitGuard</name>
    <message>
        <source>A replica is being moved.</source>
        <translation>レプリカを 1 つ移動中です。</translation>
    </message>
    <message>
        <source>%1 replicas are being moved.</source>
        <translation>%1 個のレプリカを移動中です。</translation>
    </message>
    <message>
        <source>A move of a replica is waiting to start.</source>
        <translation>レプリカの移動 1 件が開始を待っています。</translation>
    </message>
    <message>
        <source>%1 moves of replicas are waiting to start.</source>
        <translation>レプリカの移動 %1 件が開始を待っています。</translation>
    </message>
    <message>
        <source>Moves are under way</source>
        <translation>移動が進行中です</translation>
    </message>
    <message>
        <source>If you quit now, each started move stops where it is: the volume keeps its old and its new replica, so nothing is lost, but it holds one replica more until cStor Console carries the move on.</source>
        <translation>今終了すると、開始済みの各移動はその場で止まります: ボリュームは古いレプリカと新しいレプリカの両方を保つので何も失われませんが、cStor Console が移動を続けるまでレプリカが 1 つ多い状態になります。</translation>
    </message>
    <message>
        <source>The waiting move will not start.</source>
        <translation>待機中の移動は開始されません。</translation>
    </message>
    <message>
        <source>The %1 waiting moves will not start.</source>
        <translation>待機中の %1 件の移動は開始されません。</translation>
    </message>
    <message>
        <source>The next time cStor Console connects to this context, it finishes what was left.</source>
        <translation>次に cStor Console がこのコンテキストに接続したときに、残りを完了します。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>実行を続ける</translation>
    </message>
</context>
<context>
    <name>Ui::RebalanceDialog</name>
    <message>
        <source>Rebalance pools</source>
        <translation>プールのリバランス</translation>
    </message>
    <message>
        <source>Brings the used capacity of a pool cluster&apos;s pools within a few points of each other: again and again a replica leaves the fullest pool for the pool that stays emptiest with it, small replicas of Healthy volumes first, under every rule of a single move. Only ONLINE, writable pools on live nodes count.</source>
        <translation>プールクラスターのプールの使用容量の差を数ポイント以内に収めます。最も使用率の高いプールから、受け入れても最も空いたままのプールへレプリカを繰り返し移動します。Healthy なボリュームの小さいレプリカから順に、単一の移動のすべての規則に従います。稼働中のノード上にある ONLINE で書き込み可能なプールのみを対象とします。</translation>
    </message>
    <message>
        <source>Pool cluster to rebalance</source>
        <translation>リバランスするプールクラスター</translation>
    </message>
    <message>
        <source> points</source>
        <translation> ポイント</translation>
    </message>
    <message>
        <source>Target spread in percentage points</source>
        <translation>目標の差 (パーセントポイント)</translation>
    </message>
    <message>
        <source>The most percentage points of used capacity between the fullest and the emptiest pool</source>
        <translation>最も使用率の高いプールと最も低いプールの使用容量の差の上限 (パーセントポイント)</translation>
    </message>
    <message>
        <source>Target &amp;spread:</source>
        <translation>目標の差(&amp;S):</translation>
    </message>
    <message>
        <source>Capacity after the moves</source>
        <translation>移動後の容量</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>From pool</source>
        <translation>移動元プール</translation>
    </message>
    <message>
        <source>To pool</source>
        <translation>移動先プール</translation>
    </message>
    <message>
        <source>To node</source>
        <translation>移動先ノード</translation>
    </message>
    <message>
        <source>Moves of the plan</source>
        <translation>計画の移動</translation>
    </message>
    <message>
        <source>&amp;Moves</source>
        <translation>移動(&amp;M)</translation>
    </message>
    <message>
        <source>Pools left out and why the target is not reached</source>
        <translation>対象外のプールと目標に届かない理由</translation>
    </message>
    <message>
        <source>Show plan…</source>
        <translation>計画を表示…</translation>
    </message>
    <message>
        <source>The moves with their checks, each pool&apos;s capacity before and after, and the server&apos;s dry run, before anything changes</source>
        <translation>変更前に、各移動とそのチェック、各プールの移動前後の容量、サーバーのドライランを確認します</translation>
    </message>
    <message>
        <source>Every pool cluster</source>
        <translation>すべてのプールクラスター</translation>
    </message>
    <message>
        <source>Pool cluster %1</source>
        <translation>プールクラスター %1</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>計画中…</translation>
    </message>
    <message>
        <source>spread %1 points now.</source>
        <translation>現在の差は %1 ポイントです。</translation>
    </message>
    <message>
        <source>The best plan leaves a spread of %1 points, more than %2: nothing can start. Set the target to %1 points to apply that plan.</source>
        <translation>最善の計画でも差が %1 ポイント残り、%2 を超えます。何も開始できません。その計画を適用するには目標を %1 ポイントにしてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the pools are within %2 points already (spread %3): nothing to move.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: プールの差はすでに %2 ポイント以内です (差 %3)。移動するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: spread %2 → %3 points (at most %4): %n replica(s) to move, %5 to copy.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: 差 %2 → %3 ポイント (上限 %4): %n 個のレプリカを移動、コピー量 %5。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool cl&amp;uster:</source>
        <translation>プールクラスター(&amp;U):</translation>
    </message>
    <message>
        <source>Pools before and &amp;after</source>
        <translation>プールの前後(&amp;A)</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Rebuild progress (estimated)</source>
        <translation>再構築の進捗 (推定)</translation>
    </message>
    <message>
        <source>Estimated % copied</source>
        <translation>推定コピー率 (%)</translation>
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
        <translation>%1 — 停滞</translation>
    </message>
    <message>
        <source>Percentages are estimates from the new replica&apos;s used bytes.</source>
        <translation>割合は新しいレプリカの使用バイト数から推定しています。</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>rate unknown</source>
        <translation>速度不明</translation>
    </message>
    <message>
        <source>%1: stalled</source>
        <translation>%1: 停滞</translation>
    </message>
    <message>
        <source>%1: ETA %2 at %3</source>
        <translation>%1: 残り %2 (%3)</translation>
    </message>
    <message>
        <source>%1: ETA unknown (%2)</source>
        <translation>%1: 残り時間不明 (%2)</translation>
    </message>
    <message>
        <source>No replica is rebuilding. %1</source>
        <translation>再構築中のレプリカはありません。%1</translation>
    </message>
    <message>
        <source>Rebuild progress (estimated) — %1</source>
        <translation>再構築の進捗 (推定) — %1</translation>
    </message>
    <message>
        <source>Rebuild of %1 %2 % (estimate)</source>
        <translation>%1 の再構築 %2 % (推定)</translation>
    </message>
    <message>
        <source>, stalled</source>
        <translation>、停滞</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>、%1/秒</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>、残り約 %1</translation>
    </message>
    <message>
        <source>No replica is rebuilding.</source>
        <translation>再構築中のレプリカはありません。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rebuilding (hover a line for its name)</source>
        <translation>
            <numerusform>… ほかに %n 件が再構築中（線にカーソルを合わせると名前を表示）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuild progress (estimated) — %n rebuilding</source>
        <translation>
            <numerusform>再構築の進捗（推定）— %n 件が再構築中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 % copied at %3 s (estimate)</source>
        <translation>%1
%3 秒時点で %2 % コピー済み（推定）</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>残り約 %1</translation>
    </message>
</context>
<context>
    <name>Ui::RecoveryDialog</name>
    <message>
        <source>Recover volume %1</source>
        <translation>ボリューム %1 を復旧</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>復旧計画</translation>
    </message>
    <message>
        <source>Recovery progress</source>
        <translation>復旧の進行状況</translation>
    </message>
    <message>
        <source>Recover now</source>
        <translation>今すぐ復旧</translation>
    </message>
    <message>
        <source>Reading volume %1 from the cluster…</source>
        <translation>クラスターからボリューム %1 を読み取っています…</translation>
    </message>
    <message numerus="yes">
        <source>Volume %1 can be brought back in %n step(s), each verified on the cluster before the next:</source>
        <translation>
            <numerusform>ボリューム %1 は %n 個の手順で戻せます。各手順は次に進む前にクラスター上で確認されます:</numerusform>
        </translation>
    </message>
    <message>
        <source>Volume %1 needs a manual recovery; the console changes nothing.</source>
        <translation>ボリューム %1 は手動での復旧が必要です。コンソールは何も変更しません。</translation>
    </message>
    <message>
        <source>Volume %1: nothing to do; it is at its replica count, all replicas Healthy on live nodes.</source>
        <translation>ボリューム %1: 何もする必要はありません。レプリカ数を満たし、すべてのレプリカが稼働中のノード上で Healthy です。</translation>
    </message>
    <message>
        <source>The volume could not be read (exit code %1).</source>
        <translation>ボリュームを読み取れませんでした (終了コード %1)。</translation>
    </message>
    <message>
        <source>Recovering volume %1…</source>
        <translation>ボリューム %1 を復旧しています…</translation>
    </message>
    <message>
        <source>Volume %1 is back at its replica count, all replicas Healthy.</source>
        <translation>ボリューム %1 はレプリカ数に戻り、すべてのレプリカが Healthy です。</translation>
    </message>
    <message>
        <source>The recovery of volume %1 stopped before the volume was back; the progress below says which step and why.</source>
        <translation>ボリューム %1 の復旧は、ボリュームが戻る前に止まりました。どの手順でなぜ止まったかは下の進行状況に示されています。</translation>
    </message>
    <message>
        <source>What is wrong:</source>
        <translation>問題点:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>手順:</translation>
    </message>
    <message>
        <source>Not automated:</source>
        <translation>自動化されていません:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>リスク:</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>できること:</translation>
    </message>
</context>
<context>
    <name>Ui::RecoveryProcess</name>
    <message>
        <source>The recovery command stopped unexpectedly.</source>
        <translation>復旧コマンドが予期せず停止しました。</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 を実行できません: %2</translation>
    </message>
</context>
<context>
    <name>Ui::ReplicaChip</name>
    <message>
        <source>(new)</source>
        <translation>(新規)</translation>
    </message>
    <message>
        <source>Reconstructing</source>
        <translation>再構築中</translation>
    </message>
    <message>
        <source>New, degraded</source>
        <translation>新規、縮退</translation>
    </message>
    <message>
        <source>~%1 %</source>
        <translation>約 %1 %</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>更新停止</translation>
    </message>
</context>
<context>
    <name>Ui::RowCopy</name>
    <message>
        <source>Copy rows</source>
        <translation>行をコピー</translation>
    </message>
</context>
<context>
    <name>Ui::SearchField</name>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Find a node, pool, volume or replica by any part of its name, or a volume by its claim or its pods; Enter shows the first match</source>
        <translation>名前の一部でノード、プール、ボリューム、レプリカを検索し、クレームや Pod でボリュームを検索します。Enter で最初の一致を表示します</translation>
    </message>
</context>
<context>
    <name>Ui::SearchIndex</name>
    <message>
        <source>node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>レプリカ</translation>
    </message>
</context>
<context>
    <name>Ui::TablePanel</name>
    <message>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Show only rows that are unhealthy, read-only or stale</source>
        <translation>異常、読み取り専用、または更新停止の行だけを表示</translation>
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
        <translation>更新停止</translation>
    </message>
    <message>
        <source>Node %1, %2</source>
        <translation>ノード %1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n プール</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n レプリカ</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool %1</source>
        <translation>プール %1</translation>
    </message>
    <message>
        <source>Pool %1 on %2, %3, %4 % used</source>
        <translation>%2 上のプール %1、%3、%4 % 使用</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未報告</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>更新停止</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>レプリカ %1</translation>
    </message>
    <message>
        <source>Replica %1 on pool %2, %3</source>
        <translation>プール %2 上のレプリカ %1、%3</translation>
    </message>
    <message>
        <source>about %1 % rebuilt (estimate)</source>
        <translation>約 %1 % 再構築済み (推定)</translation>
    </message>
    <message>
        <source>Ctrl+M moves this replica to another pool.</source>
        <translation>Ctrl+M でこのレプリカを別のプールへ移動します。</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>NotReady</translation>
    </message>
    <message>
        <source>its import fails (PoolLost)</source>
        <translation>インポート失敗 (PoolLost)</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyScene</name>
    <message>
        <source>The replica is already on this pool</source>
        <translation>レプリカはすでにこのプール上にあります</translation>
    </message>
    <message>
        <source>Drop on a pool to plan moving %1</source>
        <translation>プールにドロップすると %1 の移動を計画します</translation>
    </message>
    <message>
        <source>Move to %1 (%2)</source>
        <translation>%1 へ移動 (%2)</translation>
    </message>
    <message>
        <source>Cannot move to %1: %2</source>
        <translation>%1 へは移動できません: %2</translation>
    </message>
    <message>
        <source>Move replica to…</source>
        <translation>レプリカを移動…</translation>
    </message>
    <message>
        <source>Plan moving this replica to another pool</source>
        <translation>このレプリカを別のプールへ移動する計画を立てる</translation>
    </message>
    <message>
        <source>Highlight all replicas of this volume</source>
        <translation>このボリュームのすべてのレプリカを強調表示</translation>
    </message>
    <message>
        <source>Drain node…</source>
        <translation>ノードをドレイン…</translation>
    </message>
    <message>
        <source>Plan moving every replica off this node&apos;s pools</source>
        <translation>このノードのプールからすべてのレプリカを移動する計画を立てる</translation>
    </message>
    <message>
        <source>Show in table</source>
        <translation>表で表示</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Volume: %2&lt;br&gt;Pool: %3 on %4&lt;br&gt;Phase: %5&lt;br&gt;Used: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;ボリューム: %2&lt;br&gt;プール: %4 上の %3&lt;br&gt;フェーズ: %5&lt;br&gt;使用量: %6</translation>
    </message>
    <message>
        <source>&lt;br&gt;Rebuilt: about %1 % (estimated from a healthy peer)</source>
        <translation>&lt;br&gt;再構築済み: 約 %1 % (正常なピアから推定)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Status updated: %1</source>
        <translation>&lt;br&gt;状態の更新: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; this status is no longer being updated; the phase may not be true any more.</source>
        <translation>&lt;br&gt;&lt;b&gt;更新停止:&lt;/b&gt; この状態はもう更新されていません。フェーズは正しくない可能性があります。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Node: %2&lt;br&gt;Phase: %3&lt;br&gt;Used %4 of %5 (%6 %), %7 free&lt;br&gt;Replicas: %8 healthy of %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;ノード: %2&lt;br&gt;フェーズ: %3&lt;br&gt;使用量 %4 / %5 (%6 %)、空き %7&lt;br&gt;レプリカ: %9 個中 %8 個が正常</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Read-only:&lt;/b&gt; the pool passed its %1 % threshold; its replicas accept no writes.</source>
        <translation>&lt;br&gt;&lt;b&gt;読み取り専用:&lt;/b&gt; プールがしきい値の %1 % を超えたため、レプリカは書き込みを受け付けません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n レプリカ</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; the connection to the cluster is not live.</source>
        <translation>&lt;br&gt;&lt;b&gt;更新停止:&lt;/b&gt; クラスターとの接続がライブではありません。</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Stale:&lt;/b&gt; no replica on this node has reported since %1; the node or its pool manager may be down.</source>
        <translation>&lt;br&gt;&lt;b&gt;更新停止:&lt;/b&gt; %1 以降、このノードのどのレプリカからも報告がありません。ノードまたはそのプールマネージャーが停止している可能性があります。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>node: its pools, its replicas</comment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n プール</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;NotReady:&lt;/b&gt; the cluster lost contact with this node; its pools and replicas do not answer, and what they show is their last report.</source>
        <translation>&lt;br&gt;&lt;b&gt;NotReady:&lt;/b&gt; クラスターはこのノードとの接続を失いました。プールとレプリカは応答せず、表示は最後の報告です。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;Health:&lt;/b&gt; %n finding(s)</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;ヘルス:&lt;/b&gt; %n 件の検出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Health dock (Alt+9)</source>
        <translation>
            <numerusform>ほか %n 件はヘルスパネルに (Alt+9)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover volume…</source>
        <translation>ボリュームを復旧…</translation>
    </message>
    <message>
        <source>Show how the console would bring %1 back to its replica count, then do it</source>
        <translation>コンソールが %1 をレプリカ数に戻す方法を表示し、その後実行します</translation>
    </message>
    <message>
        <source>%1 needs no recovery the console can offer</source>
        <translation>%1 にはコンソールが提供できる復旧はありません</translation>
    </message>
    <message>
        <source>Recover lost node…</source>
        <translation>失われたノードを復旧…</translation>
    </message>
    <message>
        <source>Show what happens to each volume with a replica on this node, and replace those replicas from their Healthy copies on other nodes</source>
        <translation>このノードにレプリカを持つ各ボリュームがどうなるかを表示し、それらのレプリカを他のノードの Healthy なコピーから置き換えます</translation>
    </message>
    <message>
        <source>If this node is lost…</source>
        <translation>このノードを失った場合…</translation>
    </message>
    <message>
        <source>This node is lost already: Recover lost node… shows what it costs each volume</source>
        <translation>このノードはすでに失われています。「失われたノードを復旧…」で各ボリュームへの影響を確認できます</translation>
    </message>
    <message>
        <source>What each volume with a replica on this node would lose if it went down now, and where replacements would go. Changes nothing.</source>
        <translation>このノードが今停止した場合に、ここにレプリカを持つ各ボリュームが何を失うか、代替レプリカがどこへ行くか。何も変更しません。</translation>
    </message>
    <message>
        <source>Rebalance pool cluster…</source>
        <translation>プールクラスターをリバランス…</translation>
    </message>
    <message>
        <source>Plan moves that bring the used capacity of the pools of %1 within a few points of each other</source>
        <translation>%1 のプールの使用容量の差を数ポイント以内に収める移動を計画します</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Pool %1:&lt;/b&gt; %2</source>
        <translation>&lt;br&gt;&lt;b&gt;プール %1:&lt;/b&gt; %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n replica(s) unhealthy&lt;/b&gt; (degraded, offline or in error)</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n 個のレプリカが異常&lt;/b&gt; (縮退、オフライン、またはエラー)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;&lt;b&gt;%n replica(s) rebuilding&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n 個のレプリカが再構築中&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Zone: %1</source>
        <translation>&lt;br&gt;ゾーン: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Fullest pool: %1, %2 % used</source>
        <translation>&lt;br&gt;最も使用率の高いプール: %1、%2 % 使用</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyView</name>
    <message>
        <source>Nodes, their cStor pools and the volume replicas on each pool. Arrow keys go from item to item; Ctrl+M moves the selected replica; the Menu key opens the item&apos;s actions.</source>
        <translation>ノード、その cStor プール、各プール上のボリュームレプリカ。矢印キーで項目間を移動し、Ctrl+M で選択したレプリカを移動し、メニューキーで項目の操作を開きます。</translation>
    </message>
    <message>
        <source>Cluster topology</source>
        <translation>クラスタートポロジー</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomePage</name>
    <message>
        <source>Welcome to cStor Console</source>
        <translation>cStor Console へようこそ</translation>
    </message>
    <message>
        <source>Open the demo cluster</source>
        <translation>デモクラスターを開く</translation>
    </message>
    <message>
        <source>Choose a kubeconfig file…</source>
        <translation>kubeconfig ファイルを選択…</translation>
    </message>
    <message>
        <source>cStor Console reaches your Kubernetes cluster the way kubectl does: through a &lt;b&gt;kubeconfig&lt;/b&gt; file, which names the cluster&apos;s API server and your credentials. No kubeconfig was found.&lt;br&gt;&lt;br&gt;Open the built-in demo cluster to look around (a simulated cluster; nothing you do there touches a real one), or choose the kubeconfig file your cluster administrator or your cloud&apos;s command-line tool gave you. The console remembers the file.</source>
        <translation>cStor Console は kubectl と同じ方法で Kubernetes クラスターに接続します: クラスターの API サーバーと認証情報を記した &lt;b&gt;kubeconfig&lt;/b&gt; ファイルを使います。kubeconfig が見つかりませんでした。&lt;br&gt;&lt;br&gt;組み込みのデモクラスター (シミュレーションのクラスターで、そこでの操作が実際のクラスターに影響することはありません) を開いて試してみるか、クラスター管理者やクラウドのコマンドラインツールから渡された kubeconfig ファイルを選択してください。選択したファイルはコンソールが記憶します。</translation>
    </message>
    <message>
        <source>Looked for: the files in $KUBECONFIG, else ~/.kube/config.</source>
        <translation>探した場所: $KUBECONFIG のファイル、なければ ~/.kube/config。</translation>
    </message>
    <message>
        <source>Looked for (from $KUBECONFIG, else ~/.kube/config): %1</source>
        <translation>探した場所 ($KUBECONFIG、なければ ~/.kube/config): %1</translation>
    </message>
</context>
<context>
    <name>Ui::ZoneBlockItem</name>
    <message>
        <source>No zone label</source>
        <translation>ゾーンラベルなし</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n node(s)</source>
        <comment>zone: its name, its node count</comment>
        <translation>
            <numerusform>%1 · %n 個のノード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n 件が要対応</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerbArguments</name>
    <message>
        <source>Unknown argument: %1</source>
        <translation>不明な引数: %1</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>出力形式: %1。</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use one of %2.</source>
        <translation>不明な出力形式「%1」: %2 のいずれかを使ってください。</translation>
    </message>
</context>
<context>
    <name>VerbCommandLine</name>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Leave out the title row of tables (other output formats ignore it).</source>
        <translation>表の見出し行を省きます (他の出力形式では無視されます)。</translation>
    </message>
</context>
<context>
    <name>VolumeUsersReader</name>
    <message>
        <source>the user may not list %1 (403 Forbidden)</source>
        <translation>ユーザーは %1 を一覧表示できません (403 Forbidden)</translation>
    </message>
</context>
</TS>
