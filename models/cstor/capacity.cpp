#include "models/cstor/capacity.h"

#include "models/cstor/asciitext.h"

#include <QLatin1String>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <vector>

namespace Cstor {

namespace {

using AsciiText::isDigit;
using AsciiText::quoted;

__extension__ typedef unsigned __int128 UInt128;

constexpr quint64 kMaxMagnitude = quint64(std::numeric_limits<qint64>::max());
// Significant digits the fast path holds in a 64-bit mantissa; longer numbers that have
// non-zero digits beyond it go through scaleExactly().
constexpr int kMaxSignificantDigits = 19;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// A decimal number read digit by digit: value = (mantissa + rest) * 10^exponent10, where
// 0 <= rest < 1 and `inexact` tells whether rest > 0.
struct DecimalNumber
{
    quint64 mantissa = 0;
    int exponent10 = 0;
    int significantDigits = 0;
    bool inexact = false; // digits beyond kMaxSignificantDigits that are not all zero
    bool anyDigit = false;
    QStringView integerDigits;
    QStringView fractionDigits;

    void addDigit(int digit, bool fraction)
    {
        anyDigit = true;
        if (significantDigits == 0 && digit == 0) {
            if (fraction)
                --exponent10;
            return;
        }
        if (significantDigits < kMaxSignificantDigits) {
            mantissa = mantissa * 10 + quint64(digit);
            ++significantDigits;
            if (fraction)
                --exponent10;
        } else {
            if (digit != 0)
                inexact = true;
            if (!fraction)
                ++exponent10;
        }
    }
};

// Reads [digits][.digits] from text at *pos; false when there is no digit at all.
bool readDecimal(QStringView text, qsizetype *pos, DecimalNumber *number)
{
    qsizetype i = *pos;
    const qsizetype end = text.size();
    const qsizetype integerStart = i;
    while (i < end && isDigit(text[i])) {
        number->addDigit(text[i].unicode() - '0', false);
        ++i;
    }
    number->integerDigits = text.sliced(integerStart, i - integerStart);
    if (i < end && text[i] == QLatin1Char('.')) {
        ++i;
        const qsizetype fractionStart = i;
        while (i < end && isDigit(text[i])) {
            number->addDigit(text[i].unicode() - '0', true);
            ++i;
        }
        number->fractionDigits = text.sliced(fractionStart, i - fractionStart);
    }
    *pos = i;
    return number->anyDigit;
}

UInt128 pow10(int exponent)
{
    UInt128 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

enum class Rounding { Up, Nearest };

// The exact path for numbers with more significant digits than a 64-bit mantissa holds:
// digits * 10^exponent10 * 2^binaryShift in decimal digit arithmetic. Rare and slow.
std::optional<quint64> scaleExactly(const DecimalNumber &number, int suffixExponent10,
                                    int binaryShift, Rounding rounding)
{
    std::vector<quint8> digits;
    digits.reserve(size_t(number.integerDigits.size() + number.fractionDigits.size()) + 20);
    for (QChar c : number.integerDigits) {
        if (!digits.empty() || c != QLatin1Char('0'))
            digits.push_back(quint8(c.unicode() - '0'));
    }
    for (QChar c : number.fractionDigits) {
        if (!digits.empty() || c != QLatin1Char('0'))
            digits.push_back(quint8(c.unicode() - '0'));
    }
    qint64 exponent10 = qint64(suffixExponent10) - number.fractionDigits.size();
    while (!digits.empty() && digits.back() == 0) {
        digits.pop_back();
        ++exponent10;
    }
    if (digits.empty())
        return 0;
    for (int i = 0; i < binaryShift; ++i) {
        int carry = 0;
        for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
            const int doubled = *it * 2 + carry;
            *it = quint8(doubled % 10);
            carry = doubled / 10;
        }
        if (carry)
            digits.insert(digits.begin(), quint8(carry));
    }
    const qint64 length = qint64(digits.size());
    const qint64 integerLength = length + exponent10; // digits before the decimal point
    if (integerLength > 19)
        return std::nullopt;
    UInt128 value = 0;
    for (qint64 i = 0; i < integerLength; ++i)
        value = value * 10 + (i < length ? digits[size_t(i)] : 0);
    bool fraction = false;
    for (qint64 i = std::max<qint64>(integerLength, 0); i < length; ++i)
        fraction = fraction || digits[size_t(i)] != 0;
    if (rounding == Rounding::Up) {
        if (fraction)
            value += 1;
    } else if (integerLength >= 0 && integerLength < length && digits[size_t(integerLength)] >= 5) {
        value += 1;
    }
    if (value > kMaxMagnitude)
        return std::nullopt;
    return quint64(value);
}

// mantissa * 10^exponent10 * 2^binaryShift, rounded as asked; nullopt on overflow of qint64.
std::optional<quint64> scale(const DecimalNumber &number, int exponent10, int binaryShift,
                             Rounding rounding)
{
    if (number.inexact)
        return scaleExactly(number, exponent10 - number.exponent10, binaryShift, rounding);
    if (number.mantissa == 0)
        return number.inexact ? std::optional<quint64>(1) : std::optional<quint64>(0);
    if (exponent10 >= 0) {
        // mantissa >= 1: anything beyond 10^19 overflows.
        if (exponent10 > 19)
            return std::nullopt;
        UInt128 value = UInt128(number.mantissa) * pow10(exponent10);
        if (value > kMaxMagnitude)
            return std::nullopt;
        if (binaryShift > 0) {
            if (binaryShift >= 64)
                return std::nullopt;
            value <<= binaryShift;
            if (value > kMaxMagnitude)
                return std::nullopt;
        }
        return quint64(value);
    }
    // Negative decimal exponent: a division, rounded.
    if (-exponent10 > 38) {
        // Far below one unit.
        return rounding == Rounding::Up ? std::optional<quint64>(1) : std::optional<quint64>(0);
    }
    const UInt128 divisor = pow10(-exponent10);
    const UInt128 numerator = UInt128(number.mantissa)
                              << binaryShift; // mantissa < 2^64, shift <= 60
    UInt128 quotient = numerator / divisor;
    const UInt128 remainder = numerator % divisor;
    if (rounding == Rounding::Up) {
        if (remainder != 0)
            quotient += 1;
    } else {
        if (remainder * 2 >= divisor)
            quotient += 1;
    }
    if (quotient > kMaxMagnitude)
        return std::nullopt;
    return quint64(quotient);
}

struct Suffix
{
    int exponent10 = 0;
    int binaryShift = 0;
};

std::optional<Suffix> quantitySuffix(QStringView suffix)
{
    if (suffix.isEmpty())
        return Suffix{};
    if (suffix.size() == 1) {
        switch (suffix[0].unicode()) {
        case 'n':
            return Suffix{-9, 0};
        case 'u':
            return Suffix{-6, 0};
        case 'm':
            return Suffix{-3, 0};
        case 'k':
            return Suffix{3, 0};
        case 'M':
            return Suffix{6, 0};
        case 'G':
            return Suffix{9, 0};
        case 'T':
            return Suffix{12, 0};
        case 'P':
            return Suffix{15, 0};
        case 'E':
            return Suffix{18, 0};
        default:
            return std::nullopt;
        }
    }
    if (suffix.size() == 2 && suffix[1] == QLatin1Char('i')) {
        switch (suffix[0].unicode()) {
        case 'K':
            return Suffix{0, 10};
        case 'M':
            return Suffix{0, 20};
        case 'G':
            return Suffix{0, 30};
        case 'T':
            return Suffix{0, 40};
        case 'P':
            return Suffix{0, 50};
        case 'E':
            return Suffix{0, 60};
        default:
            return std::nullopt;
        }
    }
    // Decimal exponent: e<signed integer> or E<signed integer>.
    if (suffix[0] == QLatin1Char('e') || suffix[0] == QLatin1Char('E')) {
        qsizetype i = 1;
        bool negative = false;
        if (suffix[i] == QLatin1Char('+') || suffix[i] == QLatin1Char('-')) {
            negative = suffix[i] == QLatin1Char('-');
            ++i;
        }
        if (i >= suffix.size())
            return std::nullopt;
        int exponent = 0;
        for (; i < suffix.size(); ++i) {
            if (!isDigit(suffix[i]))
                return std::nullopt;
            exponent = exponent * 10 + (suffix[i].unicode() - '0');
            if (exponent > 100000)
                exponent = 100000; // saturate; the result is out of range or zero anyway
        }
        return Suffix{negative ? -exponent : exponent, 0};
    }
    return std::nullopt;
}

std::optional<qint64> signedResult(std::optional<quint64> magnitude, bool negative)
{
    if (!magnitude)
        return std::nullopt;
    return negative ? -qint64(*magnitude) : qint64(*magnitude);
}

const char kZfsUnits[] = {'\0', 'K', 'M', 'G', 'T', 'P', 'E'};

} // namespace

std::optional<qint64> Capacity::parseQuantity(QStringView text, QString *error)
{
    if (text.isEmpty()) {
        setError(error, QStringLiteral("empty quantity"));
        return std::nullopt;
    }
    qsizetype pos = 0;
    bool negative = false;
    if (text[0] == QLatin1Char('+') || text[0] == QLatin1Char('-')) {
        negative = text[0] == QLatin1Char('-');
        ++pos;
    }
    DecimalNumber number;
    if (!readDecimal(text, &pos, &number)) {
        setError(error, QStringLiteral("%1: not a quantity (no digits)").arg(quoted(text)));
        return std::nullopt;
    }
    const QStringView suffixText = text.mid(pos);
    const std::optional<Suffix> suffix = quantitySuffix(suffixText);
    if (!suffix) {
        setError(error,
                 QStringLiteral("%1: unknown suffix %2").arg(quoted(text), quoted(suffixText)));
        return std::nullopt;
    }
    const int exponent10 = number.exponent10 + suffix->exponent10;
    const std::optional<qint64> value =
        signedResult(scale(number, exponent10, suffix->binaryShift, Rounding::Up), negative);
    if (!value) {
        setError(error, QStringLiteral("%1: quantity out of range").arg(quoted(text)));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> Capacity::parseZfsSize(QStringView text, QString *error)
{
    if (text.isEmpty()) {
        setError(error, QStringLiteral("empty size"));
        return std::nullopt;
    }
    qsizetype pos = 0;
    DecimalNumber number;
    if (!readDecimal(text, &pos, &number)) {
        setError(error, QStringLiteral("%1: not a size (no digits)").arg(quoted(text)));
        return std::nullopt;
    }
    int shift = 0;
    const QStringView suffixText = text.mid(pos);
    if (!suffixText.isEmpty()) {
        bool known = false;
        if (suffixText.size() == 1) {
            const char16_t c = suffixText[0].unicode();
            if (c == u'B') {
                known = true;
            } else {
                for (int i = 1; i < int(sizeof(kZfsUnits)); ++i) {
                    if (c == char16_t(kZfsUnits[i])) {
                        shift = 10 * i;
                        known = true;
                        break;
                    }
                }
            }
        }
        if (!known) {
            setError(
                error,
                QStringLiteral("%1: unknown size unit %2").arg(quoted(text), quoted(suffixText)));
            return std::nullopt;
        }
    }
    const std::optional<quint64> value = scale(number, number.exponent10, shift, Rounding::Nearest);
    if (!value) {
        setError(error, QStringLiteral("%1: size out of range").arg(quoted(text)));
        return std::nullopt;
    }
    return qint64(*value);
}

QString Capacity::formatZfsSize(qint64 bytes)
{
    if (bytes < 0) {
        // zfs prints unsigned values; keep the sign for robustness.
        const quint64 magnitude = quint64(0) - quint64(bytes);
        if (magnitude > kMaxMagnitude)
            return QStringLiteral("-8E");
        return QLatin1Char('-') + formatZfsSize(qint64(magnitude));
    }
    // As OpenZFS zfs_nicenum(): the unit that brings the value below 1024; an exact multiple
    // prints as an integer, otherwise the most decimals (2, 1, 0) that fit in 5 characters.
    const quint64 num = quint64(bytes);
    quint64 n = num;
    int index = 0;
    while (n >= 1024 && index < 6) {
        n /= 1024;
        ++index;
    }
    const quint64 divisor = quint64(1) << (10 * index);
    char buffer[32];
    if (index == 0 || num % divisor == 0) {
        std::snprintf(buffer, sizeof buffer, "%llu", static_cast<unsigned long long>(n));
        QString result = QString::fromLatin1(buffer);
        if (index > 0)
            result += QLatin1Char(kZfsUnits[index]);
        return result;
    }
    const double value = double(num) / double(divisor);
    for (int decimals = 2; decimals >= 0; --decimals) {
        const int length =
            std::snprintf(buffer, sizeof buffer, "%.*f%c", decimals, value, kZfsUnits[index]);
        if (length <= 5)
            break;
    }
    return QString::fromLatin1(buffer);
}

QString Capacity::formatQuantity(qint64 bytes)
{
    if (bytes == 0)
        return QStringLiteral("0");
    static const char suffixes[] = {'\0', 'k', 'M', 'G', 'T', 'P', 'E'};
    const bool negative = bytes < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(bytes) : quint64(bytes);
    int index = 0;
    while (index < 6 && magnitude % 1000 == 0) {
        magnitude /= 1000;
        ++index;
    }
    QString result = QString::number(magnitude);
    if (negative)
        result.prepend(QLatin1Char('-'));
    if (index > 0)
        result += QLatin1Char(suffixes[index]);
    return result;
}

QString Capacity::zfsAsQuantity(qint64 bytes)
{
    QString zfs = formatZfsSize(bytes);
    if (zfs.endsWith(QLatin1Char('K')))
        zfs.back() = QLatin1Char('k');
    const std::optional<qint64> value = parseQuantity(zfs);
    // formatZfsSize always yields a valid decimal quantity once K is lower case.
    return value ? formatQuantity(*value) : zfs;
}

QString Capacity::formatBytes(qint64 bytes)
{
    static const QLatin1String units[] = {
        QLatin1String("B"),   QLatin1String("KiB"), QLatin1String("MiB"), QLatin1String("GiB"),
        QLatin1String("TiB"), QLatin1String("PiB"), QLatin1String("EiB")};
    const bool negative = bytes < 0;
    const quint64 num = negative ? quint64(0) - quint64(bytes) : quint64(bytes);
    const QString sign = negative ? QStringLiteral("-") : QString();
    if (num < 1024)
        return sign + QString::number(num) + QLatin1Char(' ') + units[0];
    int index = 0;
    quint64 n = num;
    while (n >= 1024 && index < 6) {
        n /= 1024;
        ++index;
    }
    quint64 divisor = quint64(1) << (10 * index);
    if (num % divisor == 0)
        return sign + QString::number(n) + QLatin1Char(' ') + units[index];
    double value = double(num) / double(divisor);
    // Three significant digits; a value that rounds up to 1024 moves to the next unit.
    int decimals = value < 10 ? 2 : (value < 100 ? 1 : 0);
    QString digits = QString::number(value, 'f', decimals);
    if (digits.toDouble() >= 1024 && index < 6) {
        ++index;
        divisor <<= 10;
        value = double(num) / double(divisor);
        decimals = 2;
        digits = QString::number(value, 'f', decimals);
    }
    return sign + digits + QLatin1Char(' ') + units[index];
}

QString Capacity::formatBytesCompact(qint64 bytes)
{
    return formatBytes(bytes).remove(QLatin1Char(' '));
}

} // namespace Cstor
