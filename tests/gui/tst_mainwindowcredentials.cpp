// How the real main window deals with credentials: a refused token replaced and kept in the
// keychain, a server certificate not verified, and an exec plugin run only once trusted.
#include "windowprobes.h"

#include "models/items/clustermodel.h"
#include "models/items/itemroles.h"
#include "models/items/migrationlistmodel.h"
#include "models/items/replicamodel.h"
#include "models/kube/execplugintrust.h"
#include "models/kube/keychainstore.h"
#include "models/migration/datapaths.h"
#include "models/migration/journal.h"
#include "models/migration/migrationengine.h"
#include "models/sim/apiserver/apiserver.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"
#include "tests/common/mainwindowtestbase.h"
#include "tests/common/seednames.h"
#include "tests/common/simharness.h"
#include "ui/clusterconnection.h"
#include "ui/connectionindicator.h"
#include "ui/detailspanel.h"
#include "ui/emptystatewidget.h"
#include "ui/exectrustdialog.h"
#include "ui/mainwindow.h"
#include "ui/nodeitem.h"
#include "ui/operationspanel.h"
#include "ui/plandialog.h"
#include "ui/poolitem.h"
#include "ui/replicachip.h"
#include "ui/tablepanel.h"
#include "ui/topologyscene.h"
#include "ui/topologyview.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace WindowProbes;
using SeedNames::kCvr;
using SeedNames::kVolume;

class TestMainWindowCredentials
    : public QObject
    , private MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusedCredentialsAskForATokenKeptInTheKeychain();
    void unverifiedServerCertificateIsFlagged();
    void execPluginRunsOnlyOnceTrusted();

private:
    void writePluginKubeconfig(const QString &plugin, const QString &runs,
                               const QString &kubeconfig);
    Ui::ExecTrustDialog *trustDialog() const;
};

void TestMainWindowCredentials::initTestCase()
{
    useTestSettings();
}

void TestMainWindowCredentials::init()
{
    startSimAndWindow();
}

void TestMainWindowCredentials::cleanup()
{
    stopWindowAndSim();
}

// A kubeconfig whose token the server refuses: the window says so and offers "Use a token…";
// the token typed in connects, goes to the desktop keychain (never into a settings file), and
// a later window on the same kubeconfig finds it there by itself.
void TestMainWindowCredentials::refusedCredentialsAskForATokenKeptInTheKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session (tests/run-tests.sh runs this with a real gnome-keyring)");
    QFile original(m_sim->kubeconfigPath());
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QString adminToken = m_sim->sim()->server()->adminToken();
    QString text = QString::fromUtf8(original.readAll());
    QVERIFY(text.contains(adminToken));
    text.replace(adminToken, QStringLiteral("expired-token-0000"));
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
    QFile broken(kubeconfig);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(text.toUtf8());
    broken.close();
    // No token from an earlier run.
    Kube::KeychainStore keychain;
    QSignalSpy removed(&keychain, &Kube::KeychainStore::tokenRemoved);
    keychain.removeToken(QStringLiteral("cstor-sim"));
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
    QVERIFY2(removed.first().at(1).toBool(), qPrintable(removed.first().at(2).toString()));

    m_window->openKubeconfig(kubeconfig, QStringLiteral("cstor-sim"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Ui::MainWindow::Page::Forbidden, kSyncTimeoutMs);
    QCOMPARE(m_window->emptyState()->title(),
             QStringLiteral("The cluster refused your credentials"));
    QPushButton *use = nullptr;
    QTRY_VERIFY([&] {
        for (QPushButton *button : m_window->emptyState()->buttons())
            if (button->objectName() == QLatin1String("useToken"))
                use = button;
        return use != nullptr;
    }());
    QTest::mouseClick(use, Qt::LeftButton);
    QTRY_VERIFY(m_window->tokenDialog());
    QInputDialog *dialog = m_window->tokenDialog();
    QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
    dialog->setTextValue(adminToken);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QCOMPARE(m_window->topologyScene()->nodeCount(), 3);

    // Kept in the keychain...
    QSignalSpy read(&keychain, &Kube::KeychainStore::tokenRead);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            read.clear();
            keychain.readToken(QStringLiteral("cstor-sim"));
            if (!read.wait(10000))
                return false;
            return read.first().at(1).toBool() && read.first().at(2).toString() == adminToken;
        }(),
        20000);
    // ...and nowhere in the settings.
    m_window.reset();
    QSettings settings;
    settings.sync();
    QFile settingsFile(settings.fileName());
    if (settingsFile.open(QIODevice::ReadOnly))
        QVERIFY(!settingsFile.readAll().contains(adminToken.toUtf8()));

    // A new window on the same refused kubeconfig uses the kept token by itself.
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openKubeconfig(kubeconfig, QStringLiteral("cstor-sim"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QVERIFY(!m_window->tokenDialog());

    QSignalSpy cleaned(&keychain, &Kube::KeychainStore::tokenRemoved);
    keychain.removeToken(QStringLiteral("cstor-sim"));
    QTRY_COMPARE_WITH_TIMEOUT(cleaned.count(), 1, 10000);
}

// insecure-skip-tls-verify is allowed, as kubectl allows it, and flagged for as long as it is
// in use; a verified connection shows no such flag.
void TestMainWindowCredentials::unverifiedServerCertificateIsFlagged()
{
    openSeed();
    QVERIFY(!m_window->insecureBanner()->isVisible());
    QFile original(m_sim->kubeconfigPath());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(original.readAll());
    static const QRegularExpression ca(QStringLiteral("certificate-authority-data: \\S+"));
    QVERIFY(text.contains(ca));
    text.replace(ca, QStringLiteral("insecure-skip-tls-verify: true"));
    QTemporaryDir dir;
    QFile insecure(dir.filePath(QStringLiteral("kubeconfig")));
    QVERIFY(insecure.open(QIODevice::WriteOnly));
    insecure.write(text.toUtf8());
    insecure.close();
    m_window->openKubeconfig(insecure.fileName(), QStringLiteral("cstor-sim"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QVERIFY(m_window->insecureBanner()->isVisible());
    QVERIFY(m_window->insecureBanner()->text().contains(QStringLiteral("not verified")));
}

// A plugin that counts its runs in `runs` and hands out the simulator's admin token, and at
// `kubeconfig` the simulator's kubeconfig with that token replaced by the plugin.
void TestMainWindowCredentials::writePluginKubeconfig(const QString &plugin, const QString &runs,
                                                      const QString &kubeconfig)
{
    QVERIFY(QDir().mkpath(QFileInfo(plugin).absolutePath()));
    QFile script(plugin);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\necho run >> '%1'\nprintf '{\"apiVersion\":"
                                "\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                                "\"status\":{\"token\":\"%2\"}}\\n'\n")
                     .arg(runs, m_sim->sim()->server()->adminToken())
                     .toUtf8());
    script.close();
    QVERIFY(QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    // The simulator's kubeconfig, its admin token replaced by the plugin.
    QFile original(m_sim->kubeconfigPath());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(original.readAll());
    const QRegularExpression tokenLine(
        QStringLiteral("\n( *)token: %1\n")
            .arg(QRegularExpression::escape(m_sim->sim()->server()->adminToken())));
    const QRegularExpressionMatch match = tokenLine.match(text);
    QVERIFY(match.hasMatch());
    const QString indent = match.captured(1);
    text.replace(match.capturedStart(), match.capturedLength(),
                 QStringLiteral("\n%1exec:\n%1  apiVersion: client.authentication.k8s.io/v1\n"
                                "%1  command: %2\n%1  interactiveMode: Never\n")
                     .arg(indent, plugin));
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
}

Ui::ExecTrustDialog *TestMainWindowCredentials::trustDialog() const
{
    for (auto *dialog : m_window->findChildren<Ui::ExecTrustDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// A kubeconfig is code: its exec credential plugin runs only after the operator has seen the
// command and the file it comes from and chosen to trust it. Cancel runs nothing.
void TestMainWindowCredentials::execPluginRunsOnlyOnceTrusted()
{
    QTemporaryDir dir;
    const QString plugin = dir.filePath(QStringLiteral("bin/token-plugin"));
    const QString runs = dir.filePath(QStringLiteral("bin/runs"));
    const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
    writePluginKubeconfig(plugin, runs, kubeconfig);
    if (QTest::currentTestFailed())
        return;
    const auto runCount = [&] {
        QFile counted(runs);
        return counted.open(QIODevice::ReadOnly) ? int(counted.readAll().count('\n')) : 0;
    };

    // Asked first: the command and the kubeconfig are shown, Cancel is the default.
    m_window->openKubeconfig(kubeconfig, QStringLiteral("cstor-sim"));
    QTRY_VERIFY(trustDialog());
    Ui::ExecTrustDialog *dialog = trustDialog();
    QVERIFY2(dialog->informativeText().contains(plugin), qPrintable(dialog->informativeText()));
    QVERIFY(dialog->informativeText().contains(kubeconfig));
    QVERIFY(dialog->text().contains(QStringLiteral("cstor-sim")));
    QCOMPARE(dialog->defaultButton(), dialog->button(QMessageBox::Cancel));
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::UntrustedPlugin);
    QCOMPARE(m_window->emptyState()->title(),
             QStringLiteral("The credential plugin is not trusted yet"));
    QCOMPARE(runCount(), 0);

    // Cancel: nothing runs, nothing is remembered.
    QTest::mouseClick(dialog->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!trustDialog());
    QCOMPARE(runCount(), 0);
    QVERIFY(!m_window->isSynced());

    // The page offers to review it again; Trust and Run connects with the plugin's token.
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::UntrustedPlugin);
    QPushButton *review = nullptr;
    for (QPushButton *button : m_window->emptyState()->buttons())
        if (button->objectName() == QLatin1String("reviewPlugin"))
            review = button;
    QVERIFY(review);
    QTest::mouseClick(review, Qt::LeftButton);
    QTRY_VERIFY(trustDialog());
    auto *trust = trustDialog()->findChild<QPushButton *>(QStringLiteral("trustButton"));
    QVERIFY(trust);
    QTest::mouseClick(trust, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QCOMPARE(m_window->topologyScene()->nodeCount(), 3);
    QVERIFY(runCount() >= 1);

    // Remembered: a new window runs it without asking.
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openKubeconfig(kubeconfig, QStringLiteral("cstor-sim"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QVERIFY(!trustDialog());
}

QTEST_MAIN(TestMainWindowCredentials)
#include "tst_mainwindowcredentials.moc"
