// Kube::WatchStream: a watch body cut into chunks anywhere gives its events line by line.
#include "models/kube/watchstream.h"

#include <QTest>

using Kube::WatchStream;
using namespace Qt::StringLiterals;

namespace {

// Every line the stream hands out after the chunks, in order.
QList<QByteArray> feed(WatchStream *stream, const QList<QByteArray> &chunks)
{
    QList<QByteArray> lines;
    for (const QByteArray &chunk : chunks) {
        stream->append(chunk);
        while (const std::optional<QByteArray> line = stream->takeLine())
            lines.append(*line);
    }
    return lines;
}

const QByteArray kAdded = R"({"type":"ADDED","object":{"kind":"CStorVolumeReplica",)"
                          R"("metadata":{"name":"r1","resourceVersion":"41"}}})";
const QByteArray kBookmark =
    R"({"type":"BOOKMARK","object":{"metadata":{"resourceVersion":"42"}}})";

} // namespace

class TestWatchStream : public QObject
{
    Q_OBJECT

private slots:
    void linesSplitAnywhere_data();
    void linesSplitAnywhere();
    void blankLinesAndCrLfAreSkipped();
    void partialLineWaitsForItsNewline();
    void clearDropsWhatWasNotTaken();
    void decode_data();
    void decode();
};

void TestWatchStream::linesSplitAnywhere_data()
{
    QTest::addColumn<int>("chunkSize");
    for (int size : {1, 2, 7, 64, 4096})
        QTest::addRow("chunks of %d", size) << size;
}

void TestWatchStream::linesSplitAnywhere()
{
    QFETCH(int, chunkSize);
    const QByteArray body = kAdded + '\n' + kBookmark + '\n';
    QList<QByteArray> chunks;
    for (qsizetype at = 0; at < body.size(); at += chunkSize)
        chunks.append(body.mid(at, chunkSize));
    WatchStream stream;
    QCOMPARE(feed(&stream, chunks), (QList<QByteArray>{kAdded, kBookmark}));
    QCOMPARE(stream.pendingBytes(), 0);
}

void TestWatchStream::blankLinesAndCrLfAreSkipped()
{
    WatchStream stream;
    QCOMPARE(feed(&stream, {"\n\r\n  \n" + kAdded + "\r\n\n", kBookmark + "  \n"}),
             (QList<QByteArray>{kAdded, kBookmark}));
}

void TestWatchStream::partialLineWaitsForItsNewline()
{
    WatchStream stream;
    QCOMPARE(feed(&stream, {kAdded + '\n' + kBookmark.left(10)}), QList<QByteArray>{kAdded});
    QCOMPARE(stream.pendingBytes(), 10);
    QVERIFY(!stream.takeLine());
    QCOMPARE(feed(&stream, {kBookmark.mid(10), "\n"}), QList<QByteArray>{kBookmark});
    QCOMPARE(stream.pendingBytes(), 0);
}

void TestWatchStream::clearDropsWhatWasNotTaken()
{
    WatchStream stream;
    stream.append(kAdded + '\n' + kBookmark.left(5));
    stream.clear();
    QCOMPARE(stream.pendingBytes(), 0);
    QCOMPARE(feed(&stream, {kBookmark + '\n'}), QList<QByteArray>{kBookmark});
}

void TestWatchStream::decode_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("resourceVersion");
    QTest::addColumn<QString>("name");
    QTest::newRow("added") << kAdded << u"ADDED"_s << u"41"_s << u"r1"_s;
    QTest::newRow("bookmark") << kBookmark << u"BOOKMARK"_s << u"42"_s << QString();
    QTest::newRow("error status")
        << QByteArray(R"({"type":"ERROR","object":{"kind":"Status","code":410}})") << u"ERROR"_s
        << QString() << QString();
    QTest::newRow("not JSON") << QByteArray("{\"type\":\"ADDED\",") << QString() << QString()
                              << QString();
    QTest::newRow("not an object") << QByteArray("[1,2]") << QString() << QString() << QString();
    QTest::newRow("object of the wrong type") << QByteArray(R"({"type":"MODIFIED","object":"x"})")
                                              << u"MODIFIED"_s << QString() << QString();
}

void TestWatchStream::decode()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, type);
    QFETCH(QString, resourceVersion);
    QFETCH(QString, name);
    const WatchStream::Event event = WatchStream::decode(line);
    QCOMPARE(event.type, type);
    QCOMPARE(event.resourceVersion, resourceVersion);
    QCOMPARE(event.object.root()[QLatin1String("metadata")][QLatin1String("name")].toString(),
             name);
}

QTEST_GUILESS_MAIN(TestWatchStream)
#include "tst_watchstream.moc"
