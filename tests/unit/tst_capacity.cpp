#include "models/cstor/capacity.h"

#include <QTest>

#include <limits>

using Cstor::Capacity;

namespace {
constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * kKiB;
constexpr qint64 kGiB = 1024 * kMiB;
constexpr qint64 kTiB = 1024 * kGiB;
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
} // namespace

class TestCapacity : public QObject
{
    Q_OBJECT

private slots:
    void parseQuantity_data();
    void parseQuantity();
    void parseQuantityErrors_data();
    void parseQuantityErrors();
    void parseZfsSize_data();
    void parseZfsSize();
    void parseZfsSizeErrors_data();
    void parseZfsSizeErrors();
    void formatZfsSize_data();
    void formatZfsSize();
    void zfsRoundTrip();
    void formatQuantity_data();
    void formatQuantity();
    void quantityRoundTrip();
    void zfsAsQuantity_data();
    void zfsAsQuantity();
    void seedPoolTotalIsQuantitySum();
    void formatBytes_data();
    void formatBytes();
};

void TestCapacity::parseQuantity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");

    // Every quantity in the seed procedure (CSPI columns, CVC capacity).
    QTest::newRow("seed 81500") << QStringLiteral("81500") << qint64(81500);
    QTest::newRow("seed 84500") << QStringLiteral("84500") << qint64(84500);
    QTest::newRow("seed 56k") << QStringLiteral("56k") << qint64(56000);
    QTest::newRow("seed 9630M") << QStringLiteral("9630M") << qint64(9630000000);
    QTest::newRow("seed 10G") << QStringLiteral("10G") << qint64(10000000000);
    QTest::newRow("seed 5040k") << QStringLiteral("5040k") << qint64(5040000);
    QTest::newRow("seed 9625040k") << QStringLiteral("9625040k") << qint64(9625040000);
    QTest::newRow("seed 1260M") << QStringLiteral("1260M") << qint64(1260000000);
    QTest::newRow("seed 8370M") << QStringLiteral("8370M") << qint64(8370000000);
    QTest::newRow("seed 9620M") << QStringLiteral("9620M") << qint64(9620000000);
    QTest::newRow("seed 5Gi") << QStringLiteral("5Gi") << 5 * kGiB;
    QTest::newRow("doc 98k") << QStringLiteral("98k") << qint64(98000);
    QTest::newRow("doc 9630098k") << QStringLiteral("9630098k") << qint64(9630098000);

    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("zero with suffix") << QStringLiteral("0Gi") << qint64(0);
    QTest::newRow("leading zeros") << QStringLiteral("000123") << qint64(123);
    QTest::newRow("Ki") << QStringLiteral("1Ki") << kKiB;
    QTest::newRow("Mi") << QStringLiteral("100Mi") << 100 * kMiB;
    QTest::newRow("Ti") << QStringLiteral("2Ti") << 2 * kTiB;
    QTest::newRow("Pi") << QStringLiteral("1Pi") << 1024 * kTiB;
    QTest::newRow("Ei") << QStringLiteral("7Ei") << 7 * 1024 * 1024 * kTiB;
    QTest::newRow("T") << QStringLiteral("3T") << qint64(3000000000000);
    QTest::newRow("P") << QStringLiteral("3P") << qint64(3000000000000000);
    QTest::newRow("E") << QStringLiteral("2E") << qint64(2000000000000000000);
    QTest::newRow("fraction") << QStringLiteral("1.5G") << qint64(1500000000);
    QTest::newRow("fraction binary") << QStringLiteral("1.5Gi") << qint64(1610612736);
    QTest::newRow("fraction rounds up") << QStringLiteral("1.2345k") << qint64(1235);
    QTest::newRow("binary fraction rounds up") << QStringLiteral("0.001Ki") << qint64(2);
    QTest::newRow("leading dot") << QStringLiteral(".5k") << qint64(500);
    QTest::newRow("trailing dot") << QStringLiteral("5.") << qint64(5);
    QTest::newRow("trailing dot suffix") << QStringLiteral("1.G") << qint64(1000000000);
    QTest::newRow("milli rounds up") << QStringLiteral("100m") << qint64(1);
    QTest::newRow("milli exact") << QStringLiteral("5000m") << qint64(5);
    QTest::newRow("micro") << QStringLiteral("1u") << qint64(1);
    QTest::newRow("nano") << QStringLiteral("1500000001n") << qint64(2);
    QTest::newRow("tiny") << QStringLiteral("0.000000000000000000000000000000000000000001")
                          << qint64(1);
    QTest::newRow("exponent") << QStringLiteral("1e3") << qint64(1000);
    QTest::newRow("Exponent") << QStringLiteral("1E3") << qint64(1000);
    QTest::newRow("exponent plus") << QStringLiteral("12e+2") << qint64(1200);
    QTest::newRow("exponent minus") << QStringLiteral("12e-1") << qint64(2);
    QTest::newRow("exponent fraction") << QStringLiteral("1.5e9") << qint64(1500000000);
    QTest::newRow("plus sign") << QStringLiteral("+5k") << qint64(5000);
    QTest::newRow("negative") << QStringLiteral("-5k") << qint64(-5000);
    QTest::newRow("negative rounds away from zero") << QStringLiteral("-1.5") << qint64(-2);
    QTest::newRow("int64 max") << QStringLiteral("9223372036854775807") << kMax;
    QTest::newRow("int64 max negative") << QStringLiteral("-9223372036854775807") << -kMax;
    QTest::newRow("long mantissa")
        << QStringLiteral("1.00000000000000000000000001k") << qint64(1001);
    QTest::newRow("long mantissa nano")
        << QStringLiteral("12345678901234567890123n") << qint64(12345678901235);
    // More significant digits than 64 bits hold, with a binary suffix: still exact.
    QTest::newRow("long mantissa Ki")
        << QStringLiteral("3382115546176961.27743506939Ki") << qint64(3463286319285208349);
    QTest::newRow("long mantissa Ei")
        << QStringLiteral("-5.55901432800226054825050Ei") << qint64(-6409107163171386582);
    QTest::newRow("long exact zeros")
        << QStringLiteral("1.000000000000000000000000000000Gi") << kGiB;
}

void TestCapacity::parseQuantity()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QString error;
    const std::optional<qint64> parsed = Capacity::parseQuantity(text, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(*parsed, bytes);
    QVERIFY(error.isEmpty());
}

void TestCapacity::parseQuantityErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString() << QStringLiteral("empty quantity");
    QTest::newRow("unknown suffix")
        << QStringLiteral("12Q") << QStringLiteral("\"12Q\": unknown suffix \"Q\"");
    QTest::newRow("zfs K is not a quantity")
        << QStringLiteral("6K") << QStringLiteral("\"6K\": unknown suffix \"K\"");
    QTest::newRow("lower-case binary")
        << QStringLiteral("5gi") << QStringLiteral("\"5gi\": unknown suffix \"gi\"");
    QTest::newRow("space") << QStringLiteral("1.47 G")
                           << QStringLiteral("\"1.47 G\": unknown suffix \" G\"");
    QTest::newRow("leading space")
        << QStringLiteral(" 5") << QStringLiteral("\" 5\": not a quantity (no digits)");
    QTest::newRow("garbage") << QStringLiteral("abc")
                             << QStringLiteral("\"abc\": not a quantity (no digits)");
    QTest::newRow("sign only") << QStringLiteral("-")
                               << QStringLiteral("\"-\": not a quantity (no digits)");
    QTest::newRow("dot only") << QStringLiteral(".")
                              << QStringLiteral("\".\": not a quantity (no digits)");
    QTest::newRow("double sign") << QStringLiteral("--5")
                                 << QStringLiteral("\"--5\": not a quantity (no digits)");
    QTest::newRow("two dots") << QStringLiteral("1.2.3")
                              << QStringLiteral("\"1.2.3\": unknown suffix \".3\"");
    QTest::newRow("bare exponent")
        << QStringLiteral("5e") << QStringLiteral("\"5e\": unknown suffix \"e\"");
    QTest::newRow("exponent sign only")
        << QStringLiteral("5e-") << QStringLiteral("\"5e-\": unknown suffix \"e-\"");
    QTest::newRow("fractional exponent")
        << QStringLiteral("5e1.5") << QStringLiteral("\"5e1.5\": unknown suffix \"e1.5\"");
    QTest::newRow("trailing digits")
        << QStringLiteral("1Mi5") << QStringLiteral("\"1Mi5\": unknown suffix \"Mi5\"");
    QTest::newRow("overflow") << QStringLiteral("9223372036854775808")
                              << QStringLiteral("\"9223372036854775808\": quantity out of range");
    QTest::newRow("overflow binary")
        << QStringLiteral("8Ei") << QStringLiteral("\"8Ei\": quantity out of range");
    QTest::newRow("overflow decimal")
        << QStringLiteral("10E") << QStringLiteral("\"10E\": quantity out of range");
    QTest::newRow("overflow exponent")
        << QStringLiteral("1e30") << QStringLiteral("\"1e30\": quantity out of range");
    QTest::newRow("overflow huge exponent")
        << QStringLiteral("1e99999999999")
        << QStringLiteral("\"1e99999999999\": quantity out of range");
    QTest::newRow("overflow long")
        << QStringLiteral("123456789012345678901234567890")
        << QStringLiteral("\"123456789012345678901234567890\": quantity out of range");
}

void TestCapacity::parseQuantityErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    const std::optional<qint64> parsed = Capacity::parseQuantity(text, &error);
    QVERIFY2(!parsed.has_value(), qPrintable(QString::number(parsed.value_or(0))));
    QCOMPARE(error, message);
    // No error sink is fine too.
    QVERIFY(!Capacity::parseQuantity(text).has_value());
}

void TestCapacity::parseZfsSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");

    // Every CVR size in the seed procedure, rounded to the nearest byte.
    QTest::newRow("seed 1.47G") << QStringLiteral("1.47G") << qint64(1578400481);
    QTest::newRow("seed 1.48G") << QStringLiteral("1.48G") << qint64(1589137900);
    QTest::newRow("seed 1.26G") << QStringLiteral("1.26G") << qint64(1352914698);
    QTest::newRow("seed 1.25G") << QStringLiteral("1.25G") << qint64(1342177280);
    QTest::newRow("seed 91.4M") << QStringLiteral("91.4M") << qint64(95839846);
    QTest::newRow("seed 42.4M") << QStringLiteral("42.4M") << qint64(44459622);
    QTest::newRow("6K") << QStringLiteral("6K") << qint64(6144);
    QTest::newRow("512") << QStringLiteral("512") << qint64(512);
    QTest::newRow("512B") << QStringLiteral("512B") << qint64(512);
    QTest::newRow("0") << QStringLiteral("0") << qint64(0);
    QTest::newRow("0B") << QStringLiteral("0B") << qint64(0);
    QTest::newRow("1.48T") << QStringLiteral("1.48T") << qint64(1627277209108);
    QTest::newRow("1023K") << QStringLiteral("1023K") << 1023 * kKiB;
    QTest::newRow("10.0K") << QStringLiteral("10.0K") << qint64(10240);
    QTest::newRow("1P") << QStringLiteral("1P") << 1024 * kTiB;
    QTest::newRow("7.99E") << QStringLiteral("7.99E") << qint64(9211842821808707338);
    QTest::newRow("rounds half up") << QStringLiteral("0.5") << qint64(1);
    QTest::newRow("rounds down") << QStringLiteral("0.49") << qint64(0);
    QTest::newRow("long mantissa rounds down")
        << QStringLiteral("1.00000000000000000000000000000000000000000000000000000001K")
        << qint64(1024);
    QTest::newRow("long mantissa M")
        << QStringLiteral("1.2345678901234567890123456789M") << qint64(1294538);
}

void TestCapacity::parseZfsSize()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QString error;
    const std::optional<qint64> parsed = Capacity::parseZfsSize(text, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(*parsed, bytes);
}

void TestCapacity::parseZfsSizeErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString() << QStringLiteral("empty size");
    QTest::newRow("garbage") << QStringLiteral("abc")
                             << QStringLiteral("\"abc\": not a size (no digits)");
    QTest::newRow("zfs dash") << QStringLiteral("-")
                              << QStringLiteral("\"-\": not a size (no digits)");
    QTest::newRow("negative") << QStringLiteral("-1K")
                              << QStringLiteral("\"-1K\": not a size (no digits)");
    QTest::newRow("unknown unit") << QStringLiteral("1.4X")
                                  << QStringLiteral("\"1.4X\": unknown size unit \"X\"");
    QTest::newRow("quantity suffix")
        << QStringLiteral("5Gi") << QStringLiteral("\"5Gi\": unknown size unit \"Gi\"");
    QTest::newRow("lower case") << QStringLiteral("6k")
                                << QStringLiteral("\"6k\": unknown size unit \"k\"");
    QTest::newRow("space") << QStringLiteral("1.47 G")
                           << QStringLiteral("\"1.47 G\": unknown size unit \" G\"");
    QTest::newRow("overflow") << QStringLiteral("8E")
                              << QStringLiteral("\"8E\": size out of range");
    QTest::newRow("overflow digits")
        << QStringLiteral("99999999999999999999")
        << QStringLiteral("\"99999999999999999999\": size out of range");
}

void TestCapacity::parseZfsSizeErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Capacity::parseZfsSize(text, &error).has_value());
    QCOMPARE(error, message);
}

void TestCapacity::formatZfsSize_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("0") << qint64(0) << QStringLiteral("0");
    QTest::newRow("1") << qint64(1) << QStringLiteral("1");
    QTest::newRow("512") << qint64(512) << QStringLiteral("512");
    QTest::newRow("1023") << qint64(1023) << QStringLiteral("1023");
    QTest::newRow("1K") << kKiB << QStringLiteral("1K");
    QTest::newRow("1.50K") << qint64(1536) << QStringLiteral("1.50K");
    QTest::newRow("6K") << 6 * kKiB << QStringLiteral("6K");
    QTest::newRow("10.0K") << qint64(10239) << QStringLiteral("10.0K");
    QTest::newRow("81.5K") << qint64(83456) << QStringLiteral("81.5K");
    QTest::newRow("1023K") << 1023 * kKiB << QStringLiteral("1023K");
    // Just under 1 MiB: no decimals fit in five characters, as zfs prints it.
    QTest::newRow("1024K") << kMiB - 1 << QStringLiteral("1024K");
    QTest::newRow("1M") << kMiB << QStringLiteral("1M");
    QTest::newRow("91.4M") << qint64(95839846) << QStringLiteral("91.4M");
    QTest::newRow("42.4M") << qint64(44459622) << QStringLiteral("42.4M");
    QTest::newRow("100M") << 100 * kMiB << QStringLiteral("100M");
    QTest::newRow("101M") << qint64(105487974) << QStringLiteral("101M");
    QTest::newRow("1.47G") << qint64(1578400481) << QStringLiteral("1.47G");
    QTest::newRow("1.48G") << qint64(1589137900) << QStringLiteral("1.48G");
    QTest::newRow("1.26G") << qint64(1352914698) << QStringLiteral("1.26G");
    QTest::newRow("1.25G") << qint64(1342177280) << QStringLiteral("1.25G");
    QTest::newRow("10G") << 10 * kGiB << QStringLiteral("10G");
    QTest::newRow("9.40G") << qint64(10093173146) << QStringLiteral("9.40G");
    QTest::newRow("1.48T") << qint64(1627277209108) << QStringLiteral("1.48T");
    QTest::newRow("max") << kMax << QStringLiteral("8.00E");
}

void TestCapacity::formatZfsSize()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(Capacity::formatZfsSize(bytes), text);
}

void TestCapacity::zfsRoundTrip()
{
    // Every seed CVR size survives parse -> format unchanged.
    const QStringList sizes = {QStringLiteral("1.47G"), QStringLiteral("1.48G"),
                               QStringLiteral("1.26G"), QStringLiteral("1.25G"),
                               QStringLiteral("91.4M"), QStringLiteral("42.4M"),
                               QStringLiteral("6K"),    QStringLiteral("512"),
                               QStringLiteral("0"),     QStringLiteral("1.48T")};
    for (const QString &size : sizes) {
        const std::optional<qint64> bytes = Capacity::parseZfsSize(size);
        QVERIFY2(bytes.has_value(), qPrintable(size));
        QCOMPARE(Capacity::formatZfsSize(*bytes), size);
    }
}

void TestCapacity::formatQuantity_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("81500") << qint64(81500) << QStringLiteral("81500");
    QTest::newRow("84500") << qint64(84500) << QStringLiteral("84500");
    QTest::newRow("56k") << qint64(56000) << QStringLiteral("56k");
    QTest::newRow("9630M") << qint64(9630000000) << QStringLiteral("9630M");
    QTest::newRow("10G") << qint64(10000000000) << QStringLiteral("10G");
    QTest::newRow("5040k") << qint64(5040000) << QStringLiteral("5040k");
    QTest::newRow("9625040k") << qint64(9625040000) << QStringLiteral("9625040k");
    QTest::newRow("1260M") << qint64(1260000000) << QStringLiteral("1260M");
    QTest::newRow("8370M") << qint64(8370000000) << QStringLiteral("8370M");
    QTest::newRow("0") << qint64(0) << QStringLiteral("0");
    QTest::newRow("1") << qint64(1) << QStringLiteral("1");
    QTest::newRow("1k") << qint64(1000) << QStringLiteral("1k");
    QTest::newRow("1E") << qint64(1000000000000000000) << QStringLiteral("1E");
    QTest::newRow("9E") << qint64(9000000000000000000) << QStringLiteral("9E");
    QTest::newRow("5Gi is not decimal") << 5 * kGiB << QStringLiteral("5368709120");
    QTest::newRow("negative") << qint64(-5000) << QStringLiteral("-5k");
    QTest::newRow("max") << kMax << QStringLiteral("9223372036854775807");
    QTest::newRow("min") << std::numeric_limits<qint64>::min()
                         << QStringLiteral("-9223372036854775808");
}

void TestCapacity::formatQuantity()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(Capacity::formatQuantity(bytes), text);
}

void TestCapacity::quantityRoundTrip()
{
    const QStringList quantities = {QStringLiteral("81500"),    QStringLiteral("84500"),
                                    QStringLiteral("56k"),      QStringLiteral("9630M"),
                                    QStringLiteral("10G"),      QStringLiteral("5040k"),
                                    QStringLiteral("9625040k"), QStringLiteral("1260M"),
                                    QStringLiteral("8370M"),    QStringLiteral("9620M")};
    for (const QString &quantity : quantities) {
        const std::optional<qint64> bytes = Capacity::parseQuantity(quantity);
        QVERIFY2(bytes.has_value(), qPrintable(quantity));
        QCOMPARE(Capacity::formatQuantity(*bytes), quantity);
    }
}

void TestCapacity::zfsAsQuantity_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("9.40 GiB") << qint64(10093173146) << QStringLiteral("9400M");
    QTest::newRow("81.5 KiB") << qint64(83456) << QStringLiteral("81500");
    QTest::newRow("84.5 KiB") << qint64(86528) << QStringLiteral("84500");
    QTest::newRow("56 KiB") << 56 * kKiB << QStringLiteral("56k");
    QTest::newRow("9.63 GiB") << qint64(10340133765) << QStringLiteral("9630M");
    QTest::newRow("9.62 GiB") << qint64(10329396347) << QStringLiteral("9620M");
    QTest::newRow("10 GiB") << 10 * kGiB << QStringLiteral("10G");
    QTest::newRow("1.26 GiB") << qint64(1352914698) << QStringLiteral("1260M");
    QTest::newRow("8.37 GiB") << qint64(8987219067) << QStringLiteral("8370M");
    QTest::newRow("5.04 MiB") << qint64(5284823) << QStringLiteral("5040k");
    QTest::newRow("512 B") << qint64(512) << QStringLiteral("512");
    QTest::newRow("0") << qint64(0) << QStringLiteral("0");
    QTest::newRow("1.48 TiB") << qint64(1627277209108) << QStringLiteral("1480G");
}

void TestCapacity::zfsAsQuantity()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(Capacity::zfsAsQuantity(bytes), text);
}

void TestCapacity::seedPoolTotalIsQuantitySum()
{
    // After the move the seed shows pn9p with used 5040k, free 9620M, total 9625040k: the
    // pool-manager adds the two quantities, and the sum serialises canonically.
    const qint64 used = *Capacity::parseQuantity(Capacity::zfsAsQuantity(5284823));
    const qint64 free = *Capacity::parseQuantity(Capacity::zfsAsQuantity(10329396347));
    QCOMPARE(Capacity::formatQuantity(used + free), QStringLiteral("9625040k"));
}

void TestCapacity::formatBytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("0") << qint64(0) << QStringLiteral("0 B");
    QTest::newRow("512") << qint64(512) << QStringLiteral("512 B");
    QTest::newRow("1023") << qint64(1023) << QStringLiteral("1023 B");
    QTest::newRow("1 KiB") << kKiB << QStringLiteral("1 KiB");
    QTest::newRow("1.50 KiB") << qint64(1536) << QStringLiteral("1.50 KiB");
    QTest::newRow("81.5 KiB") << qint64(83456) << QStringLiteral("81.5 KiB");
    QTest::newRow("just under 1 MiB") << kMiB - 1 << QStringLiteral("1.00 MiB");
    QTest::newRow("91.4 MiB") << qint64(95839846) << QStringLiteral("91.4 MiB");
    QTest::newRow("150 MiB") << 150 * kMiB + 1 << QStringLiteral("150 MiB");
    QTest::newRow("1.47 GiB") << qint64(1578400481) << QStringLiteral("1.47 GiB");
    QTest::newRow("5 GiB") << 5 * kGiB << QStringLiteral("5 GiB");
    QTest::newRow("9.63 GiB") << qint64(9630000000) << QStringLiteral("8.97 GiB");
    QTest::newRow("1.48 TiB") << qint64(1627277209108) << QStringLiteral("1.48 TiB");
    QTest::newRow("negative") << -5 * kGiB << QStringLiteral("-5 GiB");
    QTest::newRow("max") << kMax << QStringLiteral("8.00 EiB");
}

void TestCapacity::formatBytes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(Capacity::formatBytes(bytes), text);
}

QTEST_GUILESS_MAIN(TestCapacity)
#include "tst_capacity.moc"
