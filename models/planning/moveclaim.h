#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Cstor {
struct VolumeConfig;
}

namespace Migration {

class ClusterSnapshot;

// The annotation a console writes on a volume's CStorVolumeConfig while it moves one of its
// replicas: added in the PATCH that adds the target pool, renewed while the replica rebuilds,
// removed in the PATCH that removes the source pool (or the target pool, rolling back). Every
// console, and kubectl users, see from it who moves the volume; no console starts a second
// move of a volume that carries one, and a claim whose console has gone silent can be adopted.
struct MoveClaim
{
    Q_DECLARE_TR_FUNCTIONS(Migration::MoveClaim)

public:
    static const QString kAnnotation; // console.cstor.openebs.io/move
    // How often a running move renews its claim, and how long a claim may go unrenewed before
    // its console counts as silent (its move can then be adopted).
    static constexpr int kRenewSeconds = 60;
    static constexpr int kSilentSeconds = 600;
    // The steps a claim names (not translated: kubectl users and other consoles read them).
    static const QString kRebuilding;
    static const QString kRollingBack;

    QString id;       // the move's id in its console's journal
    QString by;       // who the API server said the operator was
    QString where;    // the console process, "host:pid"
    QString fromPool; // the pool whose replica moves
    QString toPool;   // the pool the new replica rebuilds on
    QString step;     // kRebuilding, kRollingBack
    QDateTime started;
    QDateTime renewed;

    // The annotation's value: one line of JSON, keys in a fixed order.
    QString toText() const;
    // The claim an annotation value holds; nullopt for text that is not one.
    static std::optional<MoveClaim> fromText(const QString &text);
    // The claim on a CVC, if any.
    static std::optional<MoveClaim> on(const Cstor::VolumeConfig &cvc);
    // The annotation's value on a CVC document as read from the API (empty when absent).
    static QString textOn(const QJsonObject &cvcDocument);

    // Seconds since the console last renewed the claim (0 for a clock ahead of ours).
    qint64 silentSeconds(const QDateTime &now) const;
    // "alice from jump-1 (pid 4242): rebuilding on POOL, started 12 min ago, last heard 1 min
    // ago", for the refusal of a second move and for the lists of moves started elsewhere.
    QString describe(const QDateTime &now) const;
    // The same without the times ("alice from jump-1 (pid 4242) moves the replica on A to B
    // (rebuilding)"): a step that does not change every second.
    QString what() const;
    // "12 min", "3 h 5 min", "40 s".
    static QString age(qint64 seconds);

    bool operator==(const MoveClaim &other) const = default;
};

// A volume and the claim on its CVC.
struct ClaimedMove
{
    QString volume;
    MoveClaim claim;
};

// Every claim on the cluster's CVCs, by volume name.
QList<ClaimedMove> claimedMoves(const ClusterSnapshot &cluster);

} // namespace Migration
