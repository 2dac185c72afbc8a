#include "models/migration/restcvcwriter.h"

#include "models/kube/restclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Migration {

namespace {

CvcWriter::Reply fromRest(const Kube::RestClient::Reply &rest)
{
    CvcWriter::Reply reply;
    reply.ok = rest.ok;
    reply.httpCode = rest.httpStatus;
    reply.reason = rest.reason;
    reply.message = rest.message;
    if (rest.ok)
        reply.object = rest.json();
    return reply;
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString randomSuffix()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16).left(16);
}

} // namespace

RestCvcWriter::RestCvcWriter(Kube::RestClient *client, const QString &namespaceName,
                             QObject *parent)
    : CvcWriter(parent)
    , m_client(client)
    , m_namespace(namespaceName)
{
}

void RestCvcWriter::lookUpIdentity(std::function<void()> done)
{
    const QJsonObject review{
        {QStringLiteral("apiVersion"), QStringLiteral("authentication.k8s.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("SelfSubjectReview")}};
    m_client->send("POST", QStringLiteral("/apis/authentication.k8s.io/v1/selfsubjectreviews"),
                   QJsonDocument(review).toJson(QJsonDocument::Compact),
                   QByteArrayLiteral("application/json"),
                   [this, done](const Kube::RestClient::Reply &reply) {
                       if (reply.ok) {
                           const QString name = reply.json()
                                                    .value(QLatin1String("status"))
                                                    .toObject()
                                                    .value(QLatin1String("userInfo"))
                                                    .toObject()
                                                    .value(QLatin1String("username"))
                                                    .toString();
                           if (!name.isEmpty())
                               m_identity = name;
                       }
                       if (done)
                           done();
                   });
}

void RestCvcWriter::checkMayPatch(
    std::function<void(bool known, bool allowed, QString reason)> done)
{
    const QJsonObject review{
        {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("resourceAttributes"),
              QJsonObject{{QStringLiteral("namespace"), m_namespace},
                          {QStringLiteral("verb"), QStringLiteral("patch")},
                          {QStringLiteral("group"), QStringLiteral("cstor.openebs.io")},
                          {QStringLiteral("resource"), QStringLiteral("cstorvolumeconfigs")}}}}}};
    m_client->send(
        "POST", QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"),
        QJsonDocument(review).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"),
        [done](const Kube::RestClient::Reply &reply) {
            if (!reply.ok) {
                done(false, false, reply.message);
                return;
            }
            const QJsonObject status = reply.json().value(QLatin1String("status")).toObject();
            done(true, status.value(QLatin1String("allowed")).toBool(),
                 status.value(QLatin1String("reason")).toString());
        });
}

void RestCvcWriter::get(const QString &resource, const QString &name, Callback done)
{
    m_client->get(Kube::RestClient::cstorPath(m_namespace, resource, name), {},
                  [done](const Kube::RestClient::Reply &reply) { done(fromRest(reply)); });
}

void RestCvcWriter::patchCvc(const QString &name, const QJsonArray &jsonPatch, bool dryRun,
                             Callback done)
{
    m_client->jsonPatch(
        Kube::RestClient::cstorPath(m_namespace, QStringLiteral("cstorvolumeconfigs"), name),
        jsonPatch, [done](const Kube::RestClient::Reply &reply) { done(fromRest(reply)); }, dryRun);
}

void RestCvcWriter::patchCvcUntil(const QString &name, const QJsonArray &jsonPatch,
                                  QDeadlineTimer notAfter, Callback done)
{
    m_client->jsonPatchUntil(
        Kube::RestClient::cstorPath(m_namespace, QStringLiteral("cstorvolumeconfigs"), name),
        jsonPatch, notAfter,
        [done](const Kube::RestClient::Reply &reply) { done(fromRest(reply)); });
}

void RestCvcWriter::recordEvent(const Cstor::ObjectMeta &cvc, const QString &type,
                                const QString &message)
{
    const QString now = timestamp();
    const QJsonObject event{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Event")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), cvc.name + QLatin1Char('.') + randomSuffix()},
                     {QStringLiteral("namespace"), m_namespace}}},
        {QStringLiteral("involvedObject"),
         QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("cstor.openebs.io/v1")},
                     {QStringLiteral("kind"), QStringLiteral("CStorVolumeConfig")},
                     {QStringLiteral("name"), cvc.name},
                     {QStringLiteral("namespace"), m_namespace},
                     {QStringLiteral("uid"), cvc.uid},
                     {QStringLiteral("resourceVersion"), cvc.resourceVersion}}},
        {QStringLiteral("reason"), QStringLiteral("CStorConsoleMigration")},
        {QStringLiteral("message"), message},
        {QStringLiteral("type"), type},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("component"), QStringLiteral("cstor-console")}}},
        {QStringLiteral("reportingComponent"), QStringLiteral("cstor-console")},
        {QStringLiteral("firstTimestamp"), now},
        {QStringLiteral("lastTimestamp"), now},
        {QStringLiteral("count"), 1}};
    // Best effort: an event that cannot be written must not stop a migration.
    m_client->send("POST", QStringLiteral("/api/v1/namespaces/%1/events").arg(m_namespace),
                   QJsonDocument(event).toJson(QJsonDocument::Compact),
                   QByteArrayLiteral("application/json"), [](const Kube::RestClient::Reply &) {});
}

QString RestCvcWriter::identity() const
{
    return m_identity.isEmpty() ? m_client->config().userName : m_identity;
}

QString RestCvcWriter::contextName() const
{
    return m_client->config().contextName;
}

QString RestCvcWriter::serverUrl() const
{
    return m_client->config().server.toString();
}

} // namespace Migration
