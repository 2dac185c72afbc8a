#pragma once

#include "models/migration/cvcwriter.h"

namespace Kube {
class RestClient;
}

namespace Migration {

// CvcWriter over the Kubernetes API: JSON patches of CStorVolumeConfigs (with server-side dry
// run), fresh GETs, Events on the CVC, and the caller's identity from a SelfSubjectReview.
class RestCvcWriter : public CvcWriter
{
    Q_OBJECT

public:
    // client is not owned and must outlive the writer.
    RestCvcWriter(Kube::RestClient *client, const QString &namespaceName,
                  QObject *parent = nullptr);

    // Asks the server who we are (authentication.k8s.io SelfSubjectReview). Until it answers,
    // identity() is the kubeconfig's user name.
    void lookUpIdentity(std::function<void()> done = {});
    // SelfSubjectAccessReview for patching CVCs in the namespace. known is false when the
    // review itself failed (reason then says why).
    void checkMayPatch(std::function<void(bool known, bool allowed, QString reason)> done);

    void get(const QString &resource, const QString &name, Callback done) override;
    void patchCvc(const QString &name, const QJsonArray &jsonPatch, bool dryRun,
                  Callback done) override;
    void patchCvcUntil(const QString &name, const QJsonArray &jsonPatch, QDeadlineTimer notAfter,
                       Callback done) override;
    void recordEvent(const Cstor::ObjectMeta &cvc, const QString &type,
                     const QString &message) override;
    QString identity() const override;
    QString contextName() const override;
    QString serverUrl() const override;

private:
    Kube::RestClient *m_client;
    QString m_namespace;
    QString m_identity;
};

} // namespace Migration
