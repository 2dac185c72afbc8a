// The first start on a desktop with no kubeconfig: the welcome page explains, opens the demo
// cluster the way --demo does, or connects through a kubeconfig file chosen in the file
// dialog, which is remembered for the next start.
#include "models/items/clustermodel.h"
#include "models/items/itemroles.h"
#include "models/sim/democluster.h"
#include "tests/common/simharness.h"
#include "ui/emptystatewidget.h"
#include "ui/mainwindow.h"
#include "ui/welcomepage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kSyncTimeoutMs = 30000;

QStringList nodeNames(Ui::MainWindow *window)
{
    QStringList names;
    QAbstractItemModel *nodes = window->clusterModel()->nodes();
    for (int row = 0; row < nodes->rowCount(); ++row)
        names.append(nodes->index(row, 0).data(Items::NameRole).toString());
    names.sort();
    return names;
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void welcomePageSaysWhatIsMissing();
    void demoButtonOpensTheDemoCluster();
    void chosenKubeconfigConnectsAndIsRemembered();
    void windowAndPagesFitTheScreen();

private:
    std::unique_ptr<Ui::MainWindow> newWindow();

    QTemporaryDir m_home;
    std::unique_ptr<Sim::DemoCluster> m_demo;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestFirstRun::initTestCase()
{
    // A desktop account that has never used kubectl: an empty home, no KUBECONFIG.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".local/share"))));
    qunsetenv("KUBECONFIG");
    QCoreApplication::setOrganizationName(QStringLiteral("cstor-console"));
    QCoreApplication::setApplicationName(QStringLiteral("cstor-console"));
    // The dialog is driven through its widgets, the same with every desktop.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QVERIFY(!QFile::exists(QDir::home().filePath(QStringLiteral(".kube/config"))));
    QVERIFY(QSettings().allKeys().isEmpty());
}

void TestFirstRun::init()
{
    m_window = newWindow();
}

void TestFirstRun::cleanup()
{
    m_window.reset();
    m_demo.reset();
    QSettings().clear();
}

std::unique_ptr<Ui::MainWindow> TestFirstRun::newWindow()
{
    auto window = std::make_unique<Ui::MainWindow>();
    // What the program does with the demo button: what --demo does.
    Ui::MainWindow *w = window.get();
    connect(w, &Ui::MainWindow::demoRequested, w, [this, w] {
        if (m_demo)
            return;
        m_demo = std::make_unique<Sim::DemoCluster>(5);
        m_demo->start(w, [w](const QString &kubeconfig, const QString &error) {
            QVERIFY2(!kubeconfig.isEmpty(), qPrintable(error));
            w->setDemo(true);
            w->openKubeconfig(kubeconfig);
        });
    });
    window->resize(1200, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestFirstRun::welcomePageSaysWhatIsMissing()
{
    QVERIFY(m_window);
    m_window->openKubeconfig({});
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::NoKubeconfig);
    Ui::WelcomePage *welcome = m_window->welcomePage();
    QTRY_VERIFY(welcome->isVisible());
    QVERIFY(welcome->explanation().contains(QStringLiteral("No kubeconfig was found")));
    // Where it looked: ~/.kube/config of this (fresh) home, shown on the page.
    const QString defaultFile = QDir::home().filePath(QStringLiteral(".kube/config"));
    QCOMPARE(welcome->searchedFiles(), QStringList{defaultFile});
    bool shown = false;
    for (QLabel *label : welcome->findChildren<QLabel *>())
        shown = shown || label->text().contains(defaultFile);
    QVERIFY(shown);
    QVERIFY(welcome->demoButton()->isVisible());
    QVERIFY(welcome->chooseButton()->isVisible());
    QVERIFY(!m_window->contextSwitcher()->isEnabled());
}

void TestFirstRun::demoButtonOpensTheDemoCluster()
{
    QVERIFY(m_window);
    m_window->openKubeconfig({});
    QTRY_VERIFY(m_window->welcomePage()->isVisible());
    QTest::mouseClick(m_window->welcomePage()->demoButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::Cluster);
    QVERIFY(!m_window->welcomePage()->isVisible());
    QVERIFY(m_window->demoBanner()->isVisible());
    // The seed scenario's three nodes, through the demo cluster's own kubeconfig.
    QCOMPARE(nodeNames(m_window.get()),
             (QStringList{QStringLiteral("e2e1-node1"), QStringLiteral("e2e1-node2"),
                          QStringLiteral("e2e1-node3")}));
    // The demo is not remembered as the operator's kubeconfig.
    QVERIFY(!QSettings().contains(QStringLiteral("kubeconfig")));
}

void TestFirstRun::chosenKubeconfigConnectsAndIsRemembered()
{
    QVERIFY(m_window);
    // A running simulator, its kubeconfig where an administrator might have put it.
    SimHarness sim;
    QString error;
    QVERIFY2(sim.startProcess({}, &error), qPrintable(error));
    const QString chosen = m_home.filePath(QStringLiteral("Downloads/prod.kubeconfig"));
    QVERIFY(QDir().mkpath(QFileInfo(chosen).absolutePath()));
    QVERIFY(QFile::copy(sim.kubeconfigPath(), chosen));

    m_window->openKubeconfig({});
    QTRY_VERIFY(m_window->welcomePage()->isVisible());
    QTest::mouseClick(m_window->welcomePage()->chooseButton(), Qt::LeftButton);
    auto *dialog = m_window->findChild<QFileDialog *>(QStringLiteral("kubeconfigDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Opened with open(), window-modal: the event loop runs on while it is shown.
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::NoKubeconfig);
    dialog->selectFile(chosen);
    static_cast<QDialog *>(dialog)->accept(); // what the dialog's Open button does
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::Cluster);
    QCOMPARE(nodeNames(m_window.get()).size(), 3);
    QCOMPARE(QSettings().value(QStringLiteral("kubeconfig")).toString(), chosen);

    // The next start, still without ~/.kube/config or KUBECONFIG, opens the chosen file.
    m_window.reset();
    m_window = newWindow();
    QVERIFY(m_window);
    m_window->openKubeconfig({});
    QVERIFY(m_window->page() != Ui::MainWindow::Page::NoKubeconfig);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QCOMPARE(nodeNames(m_window.get()).size(), 3);

    // Once that file is gone, the welcome page is back.
    m_window.reset();
    QVERIFY(QFile::remove(chosen));
    m_window = newWindow();
    QVERIFY(m_window);
    m_window->openKubeconfig({});
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::NoKubeconfig);
    QTRY_VERIFY(m_window->welcomePage()->isVisible());
}

void TestFirstRun::windowAndPagesFitTheScreen()
{
    // A 1280x800 laptop: the window opens inside it, frame and title bar included, and never
    // larger than 1400x900.
    QCOMPARE(Ui::MainWindow::initialSize(QSize(1280, 800)), QSize(1240, 760));
    QCOMPARE(Ui::MainWindow::initialSize(QSize(1920, 1050)), QSize(1400, 900));
    {
        Ui::MainWindow fresh;
        const QSize room = fresh.screen()->availableGeometry().size();
        QVERIFY(fresh.width() <= room.width() && fresh.height() <= room.height());
    }

    // The page shown while the first lists are under way, for as long as a server that takes
    // the connection and never answers keeps it there: every line of its text is shown (a
    // wrapped label given an alignment of its own got one line's height, cut after "Listing
    // the cStor").
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString kubeconfig = m_home.filePath(QStringLiteral("silent.kubeconfig"));
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: silent\n"
                              "clusters:\n- name: silent\n  cluster:\n"
                              "    server: https://127.0.0.1:%1\n"
                              "    insecure-skip-tls-verify: true\n"
                              "contexts:\n- name: silent\n  context:\n    cluster: silent\n"
                              "    user: nobody\n"
                              "users:\n- name: nobody\n  user:\n    token: not-a-secret\n")
                   .arg(silent.serverPort())
                   .toUtf8());
    file.close();
    m_window->openKubeconfig(kubeconfig);
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::Connecting);
    Ui::EmptyStateWidget *page = m_window->emptyState();
    QTRY_VERIFY(page->isVisible());
    QVERIFY(page->explanation().contains(QStringLiteral("Listing the cStor pools")));
    const auto cut = [page] {
        QStringList labels;
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap() &&
                label->height() < label->heightForWidth(label->width()))
                labels << label->text();
        }
        return labels;
    };
    QTRY_COMPARE(cut(), QStringList());
    // The narrowest window the console opens at, and the longest line wraps onto more lines.
    m_window->resize(640, 480);
    QTRY_COMPARE(cut(), QStringList());
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
