// The data folder is named once (~/.local/share/cstor-console), and what earlier releases kept
// in the doubled folder (organisation and application name) is moved up, never overwritten.
#include "models/migration/datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Migration::DataPaths;
using namespace Qt::StringLiterals;

class TestDataPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void folderIsNamedOnce();
    void doubledFolderIsMovedUp();

private:
    static void write(const QString &path, const QByteArray &content);
    static QByteArray read(const QString &path);

    QTemporaryDir m_home;
    QString m_share;
};

void TestDataPaths::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"share"_s)));
    QCoreApplication::setOrganizationName(u"cstor-console"_s);
    QCoreApplication::setApplicationName(u"cstor-console"_s);
    m_share = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QCOMPARE(m_share, m_home.filePath(u"share"_s));
}

void TestDataPaths::write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray TestDataPaths::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestDataPaths::folderIsNamedOnce()
{
    const QString folder = m_share + u"/cstor-console"_s;
    QCOMPARE(DataPaths::folder(), folder);
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(DataPaths::journal(), folder + u"/migrations.jsonl"_s);
    QCOMPARE(DataPaths::audit(), folder + u"/audit.jsonl"_s);
    QCOMPARE(DataPaths::recoveries(), folder + u"/recoveries.jsonl"_s);
    // Qt's AppDataLocation is the doubled name this replaces.
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
             folder + u"/cstor-console"_s);
}

void TestDataPaths::doubledFolderIsMovedUp()
{
    const QString folder = m_share + u"/cstor-console"_s;
    const QString doubled = folder + u"/cstor-console"_s;
    write(doubled + u"/migrations.jsonl"_s, "old journal\n");
    write(doubled + u"/capacity-history/ctx@openebs.dat"_s, "history");
    write(doubled + u"/audit.jsonl"_s, "old audit\n");
    // A file already in the new folder is kept; the old one stays beside it, not lost.
    write(folder + u"/audit.jsonl"_s, "new audit\n");

    QCOMPARE(DataPaths::journal(), folder + u"/migrations.jsonl"_s);
    QCOMPARE(read(folder + u"/migrations.jsonl"_s), QByteArray("old journal\n"));
    QCOMPARE(read(folder + u"/capacity-history/ctx@openebs.dat"_s), QByteArray("history"));
    QCOMPARE(read(folder + u"/audit.jsonl"_s), QByteArray("new audit\n"));
    QCOMPARE(read(doubled + u"/audit.jsonl"_s), QByteArray("old audit\n"));
    QVERIFY(!QFileInfo::exists(doubled + u"/migrations.jsonl"_s));

    // Once the clash is gone, the old folder empties and goes.
    QVERIFY(QFile::remove(folder + u"/audit.jsonl"_s));
    DataPaths::folder();
    QCOMPARE(read(folder + u"/audit.jsonl"_s), QByteArray("old audit\n"));
    QVERIFY(!QFileInfo::exists(doubled));
}

QTEST_GUILESS_MAIN(TestDataPaths)
#include "tst_datapaths.moc"
