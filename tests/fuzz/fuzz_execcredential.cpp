// What an exec credential plugin prints: ExecCredential parsing for both API versions, and
// the kubeconfig exec entry read from the same bytes as JSON.
#include "fuzzsupport.h"

#include "models/kube/clusterconfig.h"
#include "models/kube/execcredential.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray output = Fuzz::bytes(data, size);
    for (const char *apiVersion :
         {"client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1"}) {
        QString error;
        if (const std::optional<Kube::ExecCredential> credential =
                Kube::ExecCredentials::parse(output, QLatin1String(apiVersion), &error)) {
            (void)credential->fingerprint();
            (void)credential->isValidAt(QDateTime::currentDateTimeUtc());
        } else if (error.isEmpty()) {
            std::abort(); // a rejected output always says why
        }
    }
    QString error;
    const QJsonObject exec = QJsonDocument::fromJson(output).object();
    if (const std::optional<Kube::ExecConfig> config = Kube::ExecConfig::fromKubeconfig(
            exec, QStringLiteral("/nonexistent"), QStringLiteral("user"), &error))
        (void)Kube::ExecCredentials::execInfo(*config, Kube::ClusterConfig());
    return 0;
}
