#pragma once

#include <QObject>
#include <QString>

namespace Kube {

// Bearer tokens kept in the desktop keychain (the Secret Service on Linux: gnome-keyring or
// KWallet), one entry per kubeconfig context, never in a file of ours. Every call is
// asynchronous and answers with exactly one signal. There is no insecure fallback: without a
// keychain service the call fails and says so.
class KeychainStore : public QObject
{
    Q_OBJECT

public:
    explicit KeychainStore(QObject *parent = nullptr);

    static QString serviceName();                      // "cstor-console"
    static QString keyFor(const QString &contextName); // "token/<context>"

    void writeToken(const QString &contextName, const QString &token);
    void readToken(const QString &contextName);
    void removeToken(const QString &contextName);

signals:
    void tokenWritten(const QString &contextName, bool ok, const QString &error);
    // ok false and an error naming the context when no token is stored for it.
    void tokenRead(const QString &contextName, bool ok, const QString &token, const QString &error);
    void tokenRemoved(const QString &contextName, bool ok, const QString &error);
};

} // namespace Kube
