#pragma once

#include "models/cstor/objectmeta.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace Migration {

// The resource (plural) of the objects a CvcWriter reads and writes.
inline const QString kCvcResource = QStringLiteral("cstorvolumeconfigs");

// The only writes a migration makes, and the reads it double-checks with, over the API:
// JSON patches of a CStorVolumeConfig with resourceVersion preconditions, fresh reads of
// cStor objects, and Events on the CVC. Implemented over Kube::RestClient.
class CvcWriter : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        bool ok = false;
        int httpCode = 0;
        QString reason;  // Status.reason (Conflict, Invalid, BadRequest, Forbidden, ...)
        QString message; // Status.message verbatim, or a transport error
        QJsonObject object;

        // 409: a stale resourceVersion; 422: a `test` op failed (someone else changed the
        // object): read it again and retry.
        bool isConflict() const { return httpCode == 409 || httpCode == 422; }
        // Not sent in time, throttled (429), a server error (5xx) or no answer: nothing was
        // refused; the same step may be tried again.
        bool isTransient() const
        {
            return reason == QLatin1String("Expired") || httpCode == 429 ||
                   (httpCode >= 500 && httpCode <= 504) || (httpCode == 0 && reason.isEmpty());
        }
    };
    using Callback = std::function<void(const Reply &)>;

    using QObject::QObject;

    // resource: "cstorvolumeconfigs", "cstorvolumes", "cstorvolumereplicas"
    virtual void get(const QString &resource, const QString &name, Callback done) = 0;
    virtual void patchCvc(const QString &name, const QJsonArray &jsonPatch, bool dryRun,
                          Callback done) = 0;
    // A patch decided on fresh reads: sent, or retried after a 429 or 5xx, only until
    // `notAfter`; else it fails unsent (reason "Expired") or with the answer it would retry.
    virtual void patchCvcUntil(const QString &name, const QJsonArray &jsonPatch,
                               QDeadlineTimer notAfter, Callback done) = 0;
    // A Kubernetes Event about the CVC (reason CStorConsoleMigration, source cstor-console).
    virtual void recordEvent(const Cstor::ObjectMeta &cvc, const QString &type,
                             const QString &message) = 0;
    // Who the API says we are ("admin", "system:serviceaccount:…"), for the audit log.
    virtual QString identity() const = 0;
    virtual QString contextName() const = 0;
    virtual QString serverUrl() const = 0;
};

} // namespace Migration
