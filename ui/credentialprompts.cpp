#include "ui/credentialprompts.h"

#include "models/kube/keychainstore.h"
#include "ui/exectrustdialog.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace Ui {

CredentialPrompts::CredentialPrompts(std::function<QString()> currentContext, QWidget *window)
    : QObject(window)
    , m_currentContext(std::move(currentContext))
    , m_window(window)
    , m_keychain(new Kube::KeychainStore(this))
{
    connect(m_keychain, &Kube::KeychainStore::tokenRead, this,
            [this](const QString &context, bool ok, const QString &token, const QString &) {
                // A token kept from an earlier run, tried once after the server refused.
                if (!ok || token.isEmpty() || context != m_currentContext() ||
                    m_tokens.contains(context))
                    return;
                m_tokens.insert(context, token);
                emit tokenReady();
            });
    connect(m_keychain, &Kube::KeychainStore::tokenWritten, this,
            [this](const QString &context, bool ok, const QString &error) {
                emit message(
                    ok ? QCoreApplication::translate("Ui::MainWindow",
                                                     "The token for %1 is kept in your keychain.")
                             .arg(context)
                       : QCoreApplication::translate(
                             "Ui::MainWindow", "The token for %1 is used for this session only: %2")
                             .arg(context, error),
                    15000);
            });
}

void CredentialPrompts::tryKeychain(const QString &context)
{
    if (!m_keychainTried.contains(context) && !m_tokens.contains(context)) {
        m_keychainTried.insert(context);
        m_keychain->readToken(context);
    }
}

void CredentialPrompts::askForToken(const QString &context)
{
    if (m_tokenDialog)
        m_tokenDialog->close();
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("tokenDialog"));
    dialog->setWindowTitle(
        QCoreApplication::translate("Ui::MainWindow", "Token for %1").arg(context));
    dialog->setLabelText(QCoreApplication::translate("Ui::MainWindow",
                                                     "Bearer token for context %1 (kept in your "
                                                     "desktop keychain, never in a file):")
                             .arg(context));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, context](const QString &text) {
        const QString token = text.trimmed();
        if (token.isEmpty() || context != m_currentContext())
            return;
        m_tokens.insert(context, token);
        m_keychain->writeToken(context, token);
        emit tokenReady();
    });
    m_tokenDialog = dialog;
    dialog->open();
}

void CredentialPrompts::setUntrustedPlugin(const std::optional<Kube::ExecConfig> &plugin)
{
    m_untrustedPlugin = plugin;
}

void CredentialPrompts::forgetPlugin(bool contextChanged)
{
    m_untrustedPlugin.reset();
    if (contextChanged && m_trustDialog)
        m_trustDialog->close(); // it asked about the other context's plugin
}

void CredentialPrompts::askToTrustPlugin(const QString &context, const QString &namespaceName)
{
    if (!m_untrustedPlugin)
        return;
    if (m_trustDialog && m_trustDialog->isVisible()) {
        m_trustDialog->raise();
        m_trustDialog->activateWindow();
        return;
    }
    auto *dialog = new ExecTrustDialog(*m_untrustedPlugin, context, m_window);
    m_trustDialog = dialog;
    connect(dialog, &ExecTrustDialog::trusted, this, [this, context, namespaceName] {
        if (context == m_currentContext()) // not switched elsewhere meanwhile
            emit pluginTrusted(context, namespaceName);
    });
    dialog->open();
}

} // namespace Ui
