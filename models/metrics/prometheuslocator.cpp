#include "models/metrics/prometheuslocator.h"

#include "models/kube/restclient.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Metrics {

QList<PrometheusLocator::Candidate> PrometheusLocator::candidates()
{
    return {
        {QStringLiteral("operated-prometheus=true"), QString(), QString()},
        {QStringLiteral("app.kubernetes.io/name=prometheus,app.kubernetes.io/component=server"),
         QString(), QString()},
        {QStringLiteral("app=prometheus,component=server"), QString(), QString()},
        {QString(), QStringLiteral("lens-metrics"), QStringLiteral("prometheus")},
        {QString(), QStringLiteral("openshift-monitoring"), QStringLiteral("prometheus-k8s")},
    };
}

QStringList PrometheusLocator::lookedFor()
{
    QStringList words;
    for (const Candidate &candidate : candidates()) {
        words << (candidate.labelSelector.isEmpty()
                      ? QStringLiteral("%1/%2").arg(candidate.namespaceName, candidate.name)
                      : tr("Services labelled %1").arg(candidate.labelSelector));
    }
    return words;
}

void PrometheusLocator::locate(Kube::RestClient *client, Done done)
{
    tryFrom(client, 0, done);
}

void PrometheusLocator::tryFrom(Kube::RestClient *client, int index, const Done &done)
{
    const QList<Candidate> all = candidates();
    if (index >= all.size()) {
        done({std::nullopt,
              tr("no Prometheus found in the cluster (looked for %1); name its Service as "
                 "NAMESPACE/SERVICE:PORT")
                  .arg(lookedFor().join(QStringLiteral(", ")))});
        return;
    }
    const Candidate candidate = all.at(index);
    if (!candidate.labelSelector.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("labelSelector"), candidate.labelSelector);
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("10"));
        client->get(
            QStringLiteral("/api/v1/services"), query,
            [client, index, done, candidate](const Kube::RestClient::Reply &reply) {
                if (!reply.ok) {
                    done({std::nullopt,
                          tr("could not list Services to find Prometheus: %1").arg(reply.message)});
                    return;
                }
                const QJsonArray items = reply.json().value(QStringLiteral("items")).toArray();
                for (const QJsonValue &item : items) {
                    if (auto found = PrometheusService::ofService(item.toObject(),
                                                                  candidate.labelSelector)) {
                        done({found, QString()});
                        return;
                    }
                }
                tryFrom(client, index + 1, done);
            });
        return;
    }
    client->get(QStringLiteral("/api/v1/namespaces/%1/services/%2")
                    .arg(candidate.namespaceName, candidate.name),
                QUrlQuery(),
                [client, index, done, candidate](const Kube::RestClient::Reply &reply) {
                    if (reply.ok) {
                        const QString name =
                            QStringLiteral("%1/%2").arg(candidate.namespaceName, candidate.name);
                        if (auto found = PrometheusService::ofService(reply.json(), name)) {
                            done({found, QString()});
                            return;
                        }
                    }
                    // Not there (404), or not ours to read (403): the next one.
                    tryFrom(client, index + 1, done);
                });
}

} // namespace Metrics
