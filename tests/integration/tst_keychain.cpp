// Kube::KeychainStore round-trips a token through the real Secret Service (gnome-keyring in the
// test session), and the token never reaches a file of ours or the log.
#include "models/kube/keychainstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QMutex logMutex;
QStringList logged;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&logMutex);
        logged.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

// Every directory where this program or its libraries might keep settings, logs or caches.
QStringList privateDirectories()
{
    QStringList dirs{QDir::homePath()};
    for (const char *variable :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            dirs << qEnvironmentVariable(variable);
    }
    for (const auto location :
         {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
          QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation,
          QStandardPaths::GenericDataLocation, QStandardPaths::GenericCacheLocation}) {
        dirs << QStandardPaths::writableLocation(location);
    }
    dirs.removeAll(QString());
    dirs.removeDuplicates();
    return dirs;
}

// Files under the directories that contain the token, as UTF-8 or UTF-16.
QStringList filesContaining(const QString &token)
{
    const QByteArray utf8 = token.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(token.utf16()),
                           token.size() * qsizetype(sizeof(char16_t)));
    QStringList found;
    for (const QString &dir : privateDirectories()) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!it.fileInfo().isFile() || it.fileInfo().size() > 64 * 1024 * 1024 ||
                !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            if (content.contains(utf8) || content.contains(utf16))
                found << path;
        }
    }
    return found;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTripsThroughTheSecretService();

private:
    QString m_context;
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset): run this test through "
              "tests/run-tests.sh, which starts a session with an unlocked gnome-keyring");
    m_context = u"keychain-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    previousHandler = qInstallMessageHandler(capture);
}

void TestKeychain::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    if (m_context.isEmpty())
        return;
    Kube::KeychainStore store;
    QSignalSpy removed(&store, &Kube::KeychainStore::tokenRemoved);
    store.removeToken(m_context);
    removed.wait(30000);
}

void TestKeychain::roundTripsThroughTheSecretService()
{
    const QString token = u"eyJhbGciOi."_s + QUuid::createUuid().toString(QUuid::Id128) +
                          u".sig-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QCOMPARE(Kube::KeychainStore::serviceName(), u"cstor-console"_s);
    QCOMPARE(Kube::KeychainStore::keyFor(m_context), u"token/"_s + m_context);

    {
        Kube::KeychainStore store;
        QSignalSpy written(&store, &Kube::KeychainStore::tokenWritten);
        store.writeToken(m_context, token);
        QVERIFY(written.wait(30000));
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.at(0).at(0).toString(), m_context);
        // Without a keychain service this fails with a message saying so.
        QVERIFY2(written.at(0).at(1).toBool(), qPrintable(written.at(0).at(2).toString()));
    }

    // Another store (no state shared in this process) reads it back from the service.
    {
        Kube::KeychainStore store;
        QSignalSpy read(&store, &Kube::KeychainStore::tokenRead);
        store.readToken(m_context);
        QVERIFY(read.wait(30000));
        QCOMPARE(read.size(), 1);
        QVERIFY2(read.at(0).at(1).toBool(), qPrintable(read.at(0).at(3).toString()));
        QCOMPARE(read.at(0).at(2).toString(), token);
    }

    // A different context sees nothing.
    {
        Kube::KeychainStore store;
        QSignalSpy read(&store, &Kube::KeychainStore::tokenRead);
        store.readToken(m_context + u"-other"_s);
        QVERIFY(read.wait(30000));
        QVERIFY(!read.at(0).at(1).toBool());
        QCOMPARE(read.at(0).at(2).toString(), QString());
        QVERIFY2(read.at(0).at(3).toString().contains(m_context + u"-other"_s),
                 qPrintable(read.at(0).at(3).toString()));
    }

    // The token is in no file of ours and was never logged.
    const QStringList leaked = filesContaining(token);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", "_s)));
    {
        QMutexLocker locker(&logMutex);
        for (const QString &message : std::as_const(logged))
            QVERIFY2(!message.contains(token), "the token appeared in the log");
    }

    // Removing it leaves nothing to read.
    Kube::KeychainStore store;
    QSignalSpy removed(&store, &Kube::KeychainStore::tokenRemoved);
    store.removeToken(m_context);
    QVERIFY(removed.wait(30000));
    QVERIFY2(removed.at(0).at(1).toBool(), qPrintable(removed.at(0).at(2).toString()));
    QSignalSpy read(&store, &Kube::KeychainStore::tokenRead);
    store.readToken(m_context);
    QVERIFY(read.wait(30000));
    QVERIFY(!read.at(0).at(1).toBool());
    QVERIFY2(read.at(0).at(3).toString().contains(u"no token"_s),
             qPrintable(read.at(0).at(3).toString()));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
