#pragma once

#include "models/sim/store/apierror.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <variant>

namespace Sim {

// An object as stored, with its compact JSON (what a list or a watch serves).
struct StoredObject
{
    QJsonObject object;
    QByteArray json;
};

// One change in the store, kept in a bounded history for watches.
struct StoreEvent
{
    enum class Type { Added, Modified, Deleted };
    Type type = Type::Added;
    QString resource;   // plural, e.g. "cstorvolumereplicas"
    QJsonObject object; // the object after the change (for Deleted: its last state)
    QByteArray json;    // object's compact JSON
    qint64 resourceVersion = 0;

    // As a watch names it: ADDED, MODIFIED, DELETED.
    QString typeName() const;
};

// The simulated etcd + apiserver storage layer. Objects are whole JSON documents keyed by
// resource plural, namespace ("" for cluster-scoped) and name. Every write gets the next global
// resourceVersion; history keeps the last N events for watches (older ones: 410 Gone).
// Not thread-safe: the whole simulator runs in one thread.
class ObjectStore : public QObject
{
    Q_OBJECT

public:
    using Result = std::variant<QJsonObject, ApiError>; // the stored object, or why not
    // Why a result is an error; empty for a stored object.
    static QString errorMessage(const Result &result)
    {
        if (const auto *error = std::get_if<ApiError>(&result))
            return error->message;
        return QString();
    }

    // Called for every create/update (user or controller) before it is stored; return an
    // ApiError to refuse it. `old` is null on create. This is where admission webhooks plug in.
    using AdmissionHook = std::function<std::optional<ApiError>(
        const QString &resource, const QJsonObject *old, const QJsonObject &proposed)>;

    // Called before a delete takes effect (also on a dry run); return an ApiError to refuse it.
    using DeletionHook =
        std::function<std::optional<ApiError>(const QString &resource, const QJsonObject &object)>;

    explicit ObjectStore(QObject *parent = nullptr);

    // Where timestamps come from (the simulated clock). Defaults to the wall clock.
    void setClock(std::function<QDateTime()> now);
    QDateTime now() const;
    void setHistoryLimit(int events); // default 10000
    void addAdmissionHook(AdmissionHook hook);
    void addDeletionHook(DeletionHook hook);

    // Registers a resource so that errors name it as the apiserver does
    // (`cstorvolumeconfigs.cstor.openebs.io "x" not found`). group "" for core.
    // statusSubresource: a built-in type whose status writes leave metadata.generation alone.
    void registerResource(const QString &resource, const QString &group,
                          bool statusSubresource = false);

    std::optional<QJsonObject> get(const QString &resource, const QString &ns,
                                   const QString &name) const;
    // All objects of a resource in a namespace ("" = all namespaces), sorted by namespace/name.
    QList<QJsonObject> list(const QString &resource, const QString &ns = QString()) const;
    // The same, each with its serialisation.
    QList<StoredObject> listStored(const QString &resource, const QString &ns = QString()) const;
    int count(const QString &resource) const;
    QString groupOf(const QString &resource) const; // the API group it was registered with

    // Create: fills metadata.uid, resourceVersion, generation=1, creationTimestamp; keeps
    // metadata.generateName semantics (random 5-char suffix). AlreadyExists on a taken name.
    // A uid or creationTimestamp the caller already set is kept (scenario loading relies on it:
    // labels refer to uids); a given resourceVersion, deletionTimestamp and generation are
    // replaced. dryRun: admission runs, nothing is stored, no resourceVersion is handed out and
    // the returned object has an empty metadata.resourceVersion. Admission hooks see the object
    // with every system field filled in.
    Result create(const QString &resource, QJsonObject object, bool dryRun = false);
    // Update (PUT semantics): if object has metadata.resourceVersion and it differs -> 409
    // Conflict. Bumps generation when anything outside metadata/status changed. A write that
    // changes nothing returns the stored object unchanged (same resourceVersion, no event).
    // uid/creationTimestamp are kept from the stored object. Removing the last finalizer of an
    // object being deleted deletes it.
    // apiVersion/kind omitted by the caller are kept from the stored object; deletionTimestamp
    // cannot be set or cleared here; adding a finalizer to an object being deleted -> 422.
    // dryRun: admission runs, the would-be object is returned (stored resourceVersion).
    Result update(const QString &resource, QJsonObject object, bool dryRun = false);
    // Delete: with finalizers, sets metadata.deletionTimestamp (a Modified event) and returns
    // the object; without, removes it (a Deleted event). Marking for deletion bumps generation
    // (as the apiserver does); deleting an object already marked changes nothing. The returned
    // object (and the Deleted event's) carries the resourceVersion of the deletion.
    Result remove(const QString &resource, const QString &ns, const QString &name,
                  bool dryRun = false);

    qint64 resourceVersion() const; // the latest resourceVersion handed out
    // Makes generated uids and generateName suffixes reproducible (0 = nondeterministic).
    void setRandomSeed(quint64 seed);
    // RFC 3339 in UTC with second precision, as the apiserver writes it: 2026-11-24T09:06:19Z.
    static QString formatTimestamp(const QDateTime &time);
    // Events with resourceVersion > rv for `resource` (all resources when empty); nullopt when
    // rv is older than the history kept (the caller answers 410 Gone).
    std::optional<QList<StoreEvent>> eventsSince(qint64 rv, const QString &resource = {}) const;

signals:
    void changed(const Sim::StoreEvent &event);

private:
    // implementation detail owned by objectstore.cpp
    struct Key
    {
        QString ns;
        QString name;
        bool operator<(const Key &o) const { return ns != o.ns ? ns < o.ns : name < o.name; }
    };
    std::map<QString, std::map<Key, StoredObject>> m_objects; // resource -> sorted objects
    QHash<QString, QString> m_groups;
    QSet<QString> m_statusSubresource;
    std::deque<StoreEvent> m_history;
    int m_historyLimit = 10000;
    qint64 m_resourceVersion = 1000;
    std::function<QDateTime()> m_now;
    QList<AdmissionHook> m_admission;
    QList<DeletionHook> m_deletion;
    qint64 m_droppedUpTo = 0; // highest resourceVersion that fell out of the history
    std::optional<std::mt19937_64> m_random;

    template<typename Take>
    auto collect(const QString &resource, const QString &ns, Take take) const;
    QString newUid();
    QString randomSuffix();
    std::optional<ApiError> admit(const QString &resource, const QJsonObject *old,
                                  const QJsonObject &proposed) const;
    void record(StoreEvent::Type type, const QString &resource, const StoredObject &stored);
};

} // namespace Sim
