// Kubeconfig files: YAML parsing, the type checks, merging and resolving every context
// (exec entries included).
#include "fuzzsupport.h"

#include "models/kube/kubeconfig.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

QString configPath;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    static QTemporaryDir dir;
    configPath = dir.filePath(QStringLiteral("config"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    {
        QFile file(configPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(Fuzz::bytes(data, size));
    }
    Kube::KubeconfigSources sources;
    sources.explicitPath = configPath;
    QString error;
    const std::optional<Kube::Kubeconfig> config = Kube::Kubeconfig::load(sources, &error);
    if (!config)
        return 0;
    (void)config->resolve(QString(), &error);
    for (const Kube::ContextInfo &context : config->contexts()) {
        if (const std::optional<Kube::ClusterConfig> cluster =
                config->resolve(context.name, &error);
            cluster && cluster->exec.isSet())
            (void)Kube::ExecCredentials::execInfo(cluster->exec, *cluster);
    }
    return 0;
}
