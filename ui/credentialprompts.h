#pragma once

#include "models/kube/execcredential.h"

#include <QHash>
#include <QInputDialog>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace Kube {
class KeychainStore;
}

namespace Ui {

// What the window asks the operator for so that it can sign in: trust in a context's exec
// credential plugin, and a bearer token when the server refused the kubeconfig's credentials.
// Tokens are kept in the desktop keychain (never in a file) and in memory for this run.
class CredentialPrompts : public QObject
{
    Q_OBJECT

public:
    // `currentContext` tells which context the window shows now: answers about another one,
    // given after a switch, are dropped.
    CredentialPrompts(std::function<QString()> currentContext, QWidget *window);

    // The token typed in or read from the keychain for a context during this run, if any.
    QString token(const QString &context) const { return m_tokens.value(context); }
    // After the server refused a context's credentials: its token kept from an earlier run, if
    // any, is read from the keychain (once per context and run).
    void tryKeychain(const QString &context);
    // Asks for a bearer token for the context and keeps it in the keychain.
    void askForToken(const QString &context);
    QInputDialog *tokenDialog() const { return m_tokenDialog; }

    // The exec plugin the current context signs in with while it is not trusted (none: trusted
    // or not used).
    void setUntrustedPlugin(const std::optional<Kube::ExecConfig> &plugin);
    // Forgets the untrusted plugin; the dialog asking about it closes when the context changed.
    void forgetPlugin(bool contextChanged);
    // Shows the plugin's command line and kubeconfig; pluginTrusted() once trusted.
    void askToTrustPlugin(const QString &context, const QString &namespaceName);

signals:
    // A token for the current context is known now: connect again, with it.
    void tokenReady();
    // The operator trusted the plugin of the context still shown: connect again.
    void pluginTrusted(const QString &context, const QString &namespaceName);
    // A word for the status bar.
    void message(const QString &text, int timeout);

private:
    std::function<QString()> m_currentContext;
    QWidget *m_window;
    Kube::KeychainStore *m_keychain;
    // Tokens typed in or read from the keychain during this run, per context (memory only).
    QHash<QString, QString> m_tokens;
    QSet<QString> m_keychainTried; // contexts whose keychain entry was tried after a refusal
    QPointer<QInputDialog> m_tokenDialog;
    std::optional<Kube::ExecConfig> m_untrustedPlugin;
    QPointer<QWidget> m_trustDialog;
};

} // namespace Ui
