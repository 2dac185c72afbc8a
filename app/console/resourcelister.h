#pragma once

#include "models/kube/restclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

// Lists collections for the command-line verbs through a Kube::RestClient, page by page
// (limit 500 with continue tokens, all pages within the limit of one answer), running an event
// loop until each list is complete.
class ResourceLister
{
    Q_DECLARE_TR_FUNCTIONS(ResourceLister)

public:
    explicit ResourceLister(Kube::RestClient *client);

    // Every item of the collection at `path`; nullopt when the server refused or could not be
    // reached (see failure() and explain()).
    std::optional<QList<QJsonObject>> list(const QString &path);

    const Kube::RestClient::Reply &failure() const { return m_failure; }
    // The last failure for the operator: the server's message verbatim, then what to do.
    // `what` names what was being read, e.g. "cstorvolumereplicas in namespace openebs".
    QString explain(const QString &what) const;

private:
    Kube::RestClient *m_client;
    Kube::RestClient::Reply m_failure;
};
