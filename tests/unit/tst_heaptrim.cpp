// The heap trim of the long-running console: memory freed between blocks still in use goes back
// to the system on the trim's own thread, and the trim ends at once when destroyed.
#include "app/common/heaptrim.h"
#include "tests/common/residentmemory.h"

#include <QTest>

#include <memory>
#include <vector>

class TestHeapTrim : public QObject
{
    Q_OBJECT

private slots:
    void freedPagesBetweenLiveBlocksGoBack();
    void destroyingDoesNotWaitForTheNextTrim();
};

// Blocks of a decoded object's size, most freed, one kept every 64 (as a long session leaves a
// few objects of each batch alive): glibc keeps the freed pages between them resident until
// trimmed.
void TestHeapTrim::freedPagesBetweenLiveBlocksGoBack()
{
    if (!ResidentMemory::kMeaningful)
        QSKIP("the resident size means nothing under AddressSanitizer");
    constexpr int kBlocks = 320000;
    constexpr size_t kSize = 200;
    std::vector<std::unique_ptr<char[]>> blocks(kBlocks);
    const qint64 before = ResidentMemory::megabytes("VmRSS:");
    for (auto &block : blocks) {
        block = std::make_unique<char[]>(kSize);
        block[0] = 1; // touched: resident
    }
    const qint64 allocated = ResidentMemory::megabytes("VmRSS:") - before;
    for (int i = 0; i < kBlocks; ++i) {
        if (i % 64 != 63)
            blocks[size_t(i)].reset();
    }
    const qint64 freed = ResidentMemory::megabytes("VmRSS:");
    qInfo("resident: %lld MB before, +%lld MB allocated, %lld MB after most blocks were freed",
          before, allocated, freed);
    QVERIFY2(allocated >= 40, "the blocks did not make the process grow");
    QVERIFY2(freed - before >= allocated / 2,
             "freeing alone gave the memory back: nothing to test");

    const HeapTrim trim(std::chrono::milliseconds(20));
    QTRY_VERIFY_WITH_TIMEOUT(ResidentMemory::megabytes("VmRSS:") < freed - allocated / 2, 10000);
    qInfo("resident after the trim: %lld MB", ResidentMemory::megabytes("VmRSS:"));
}

// A trim due in an hour: the destructor wakes the thread rather than waiting for it (a console
// that exits does not hang; ctest's timeout would end this test otherwise).
void TestHeapTrim::destroyingDoesNotWaitForTheNextTrim()
{
    for (int i = 0; i < 100; ++i)
        const HeapTrim trim(std::chrono::hours(1));
}

QTEST_GUILESS_MAIN(TestHeapTrim)
#include "tst_heaptrim.moc"
