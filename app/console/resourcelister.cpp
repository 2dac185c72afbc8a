#include "app/console/resourcelister.h"

#include "models/kube/listbudget.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QUrlQuery>

namespace {
constexpr int kPageSize = 500;

bool isTlsProblem(const QString &message)
{
    return message.contains(QLatin1String("x509")) ||
           message.contains(QLatin1String("certificate"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("SSL")) || message.contains(QLatin1String("TLS"));
}
} // namespace

ResourceLister::ResourceLister(Kube::RestClient *client)
    : m_client(client)
{
}

std::optional<QList<QJsonObject>> ResourceLister::list(const QString &path)
{
    QList<QJsonObject> items;
    QString continueToken;
    Kube::ListBudget budget(path, m_client->limits().maxResponseBytes);
    do {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
        if (!continueToken.isEmpty())
            query.addQueryItem(QStringLiteral("continue"), continueToken);
        QEventLoop loop;
        Kube::RestClient::Reply reply;
        bool finished = false;
        m_client->get(path, query, [&](const Kube::RestClient::Reply &answer) {
            reply = answer;
            finished = true;
            loop.quit();
        });
        if (!finished) // a refused configuration answers at once
            loop.exec();
        if (!reply.ok) {
            m_failure = reply;
            return std::nullopt;
        }
        const QJsonObject page = reply.json();
        continueToken = page.value(QLatin1String("metadata"))
                            .toObject()
                            .value(QLatin1String("continue"))
                            .toString();
        if (!budget.take(reply.body.size(), continueToken)) {
            m_failure = Kube::RestClient::Reply();
            m_failure.reason = budget.reason();
            m_failure.message = budget.problem();
            return std::nullopt;
        }
        for (const QJsonValue &item : page.value(QLatin1String("items")).toArray())
            items.append(item.toObject());
    } while (!continueToken.isEmpty());
    return items;
}

QString ResourceLister::explain(const QString &what) const
{
    const Kube::ClusterConfig &config = m_client->config();
    const QString message = m_failure.message.isEmpty()
                                ? tr("the server answered %1").arg(m_failure.httpStatus)
                                : m_failure.message;
    const QString user = config.userName.isEmpty()
                             ? tr("(none: context \"%1\" names no user)").arg(config.contextName)
                             : config.userName;
    QString advice;
    switch (m_failure.httpStatus) {
    case 0:
        if (m_failure.reason == QLatin1String("Timeout") && config.requestTimeoutMs > 0)
            advice = tr("The API server %1 did not answer in time: give it longer with "
                        "--request-timeout (0 for no deadline), or check its load.")
                         .arg(config.server.toString());
        else if (m_failure.reason == QLatin1String("TooLarge"))
            advice = tr("The answer is larger than this client accepts: check that %1 is the "
                        "Kubernetes API server of context \"%2\" (not a proxy that answers "
                        "something else).")
                         .arg(config.server.toString(), config.contextName);
        else if (m_failure.reason == QLatin1String("EndlessList"))
            advice = tr("The list does not end: check that %1 is the Kubernetes API server of "
                        "context \"%2\" (not a proxy that answers something else).")
                         .arg(config.server.toString(), config.contextName);
        else if (!m_client->isUsable(nullptr))
            advice = tr("Fix the cluster \"%1\" or user \"%2\" in the kubeconfig (the server "
                        "URL must be https:// when credentials are sent).")
                         .arg(config.clusterName, config.userName);
        else if (isTlsProblem(message))
            advice = tr("The server's certificate is not trusted: check certificate-authority "
                        "(and tls-server-name) of cluster \"%1\" in the kubeconfig.")
                         .arg(config.clusterName);
        else
            advice = tr("Check that the API server %1 of context \"%2\" is running and "
                        "reachable from here (network, VPN, proxy-url).")
                         .arg(config.server.toString(), config.contextName);
        break;
    case 401:
        advice = tr("The server did not accept the credentials of user \"%1\" (context \"%2\"): "
                    "renew the token or client certificate in the kubeconfig, or choose "
                    "another context with --context.")
                     .arg(config.userName, config.contextName);
        break;
    case 403:
        advice = tr("User %1 may not read %2: ask a cluster administrator for get/list "
                    "rights on cstor.openebs.io, or choose another context with --context or "
                    "namespace with -n.")
                     .arg(config.userName.isEmpty() ? user : u'"' + user + u'"', what);
        break;
    case 404:
        advice = tr("The cluster does not serve %1: are the cStor operators (CRDs of "
                    "cstor.openebs.io) installed?")
                     .arg(what);
        break;
    case 429:
        advice = tr("The API server is throttling requests; try again later.");
        break;
    default:
        if (m_failure.httpStatus >= 500)
            advice = tr("The API server failed; try again later, or ask a cluster "
                        "administrator to look at its logs.");
        break;
    }
    QString text = tr("error: %1").arg(message);
    if (!advice.isEmpty())
        text += QLatin1Char('\n') + advice;
    return text;
}
