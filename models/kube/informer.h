#pragma once

#include "models/kube/listbudget.h"
#include "models/kube/listpage.h"
#include "models/kube/restclient.h"
#include "models/kube/watchstream.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace Kube {

// Lists and watches one resource in one namespace: paginated list (limit=500, continue; all its
// pages within the limit of one answer, see ListBudget), then a watch from the list's
// resourceVersion with bookmarks; 410 Gone (as a status or as an ERROR event) -> relist; a dropped
// watch -> reconnect from the last resourceVersion with backoff. It keeps no objects: it hands
// each one on as it arrives.
class Informer : public QObject
{
    Q_OBJECT

public:
    Informer(RestClient *client, const QString &path, QObject *parent = nullptr);

    void start();
    // Lists again from scratch, the watch dropped (an operator's refresh); the new list replaces
    // what the last one said.
    void relist();
    QString path() const { return m_path; }
    bool hasListed() const { return m_listed; }
    QString resourceVersion() const { return m_resourceVersion; }
    // A page turned out not to decode (its items are parsed elsewhere): drops this list, says
    // so as a problem, and lists again later.
    void listFailed(const QString &message);

signals:
    // A list, page by page (so that a receiver can parse and decode each page, anywhere, and let
    // go of its JSON): listStarted, then listedPage for each page, then relisted once the set is
    // complete (the watch starts then). A list that fails part way starts again with
    // listStarted.
    void listStarted();
    void listedPage(const Kube::ListPage &page);
    void relisted();
    // The object of a watch event, decoded elsewhere.
    void upserted(const Json::Document &object);
    void removed(const Json::Document &object);
    void live();
    // Something went wrong; `httpStatus` 0 for connection/TLS problems. It retries by itself.
    void problem(int httpStatus, const QString &message);

private:
    void listPage(const QString &continueToken);
    void onListPage(const RestClient::Reply &reply);
    void dropWatch();
    void watch();
    void onWatchData();
    void onWatchFinished();
    void retryLater(bool relist);
    void handleLine(const QByteArray &line);
    // Reports a broken watch, drops it and watches again later.
    void abandonWatch(const QString &message);

    QPointer<RestClient> m_client;
    QString m_path;
    QString m_resourceVersion;
    QPointer<QNetworkReply> m_watch;
    WatchStream m_stream;
    bool m_listed = false;
    bool m_relistRequested = false;
    int m_failures = 0;
    int m_listGeneration = 0;           // answers to an earlier list's pages are dropped
    std::optional<ListBudget> m_budget; // the pages of the list under way
    QTimer m_retry;
};

} // namespace Kube
