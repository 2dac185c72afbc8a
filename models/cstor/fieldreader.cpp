#include "models/cstor/fieldreader.h"

#include "models/cstor/asciitext.h"
#include "models/cstor/capacity.h"
#include "models/cstor/objectmeta.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Cstor {

namespace {

using AsciiText::isDigit;
using AsciiText::quoted;

// 2^63: doubles at or beyond it do not fit a qint64.
constexpr double kInt64Limit = 9223372036854775808.0;

// Reads exactly `count` digits at text[*pos].
bool readDigits(QStringView text, qsizetype *pos, int count, int *out)
{
    if (*pos + count > text.size())
        return false;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[*pos + i];
        if (!isDigit(c))
            return false;
        value = value * 10 + (c.unicode() - '0');
    }
    *pos += count;
    *out = value;
    return true;
}

bool expect(QStringView text, qsizetype *pos, char16_t c)
{
    if (*pos >= text.size() || text[*pos].unicode() != c)
        return false;
    ++*pos;
    return true;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

} // namespace

FieldReader::FieldReader(QLatin1String kind, QString *error)
    : m_kind(kind)
    , m_error(error)
{
}

bool FieldReader::readMeta(const Json::Value &object, ObjectMeta *meta)
{
    const Json::Value kind = object.value(QLatin1String("kind"));
    if (kind.isString() && !kind.equals(m_kind) && !kind.equals(QLatin1String()))
        return fail(QLatin1String("kind"),
                    QStringLiteral("expected %1, got %2").arg(m_kind, quoted(kind.toString())));
    const Json::Value metadata = object.value(QLatin1String("metadata"));
    if (!metadata.isObject())
        return fail(QLatin1String("metadata"),
                    metadata.isUndefined() || metadata.isNull()
                        ? QStringLiteral("is missing")
                        : QStringLiteral("expected an object, got %1").arg(typeName(metadata)));
    QString metaError;
    if (!ObjectMeta::decode(metadata, meta, &metaError)) {
        // Name the object also when the rest of its metadata is broken.
        const Json::Value name = metadata.value(QLatin1String("name"));
        if (name.isString())
            m_name = name.toString();
        return fail(QAnyStringView(), metaError);
    }
    m_name = meta->name;
    return true;
}

bool FieldReader::object(const Json::Value &value, QAnyStringView path, Json::Value *out)
{
    if (value.isObject()) {
        *out = value;
        return true;
    }
    if (value.isUndefined() || value.isNull()) {
        *out = Json::Value();
        return true;
    }
    return wrongType(value, path, QLatin1String("an object"));
}

bool FieldReader::array(const Json::Value &value, QAnyStringView path, Json::Value *out)
{
    if (value.isArray()) {
        *out = value;
        return true;
    }
    if (value.isUndefined() || value.isNull()) {
        *out = Json::Value();
        return true;
    }
    return wrongType(value, path, QLatin1String("an array"));
}

bool FieldReader::string(const Json::Value &value, QAnyStringView path, QString *out)
{
    if (value.isString()) {
        *out = value.toString();
        return true;
    }
    if (value.isUndefined() || value.isNull())
        return true;
    return wrongType(value, path, QLatin1String("a string"));
}

bool FieldReader::integer(const Json::Value &value, QAnyStringView path, int *out, bool allowString)
{
    qint64 wide = 0;
    if (value.isString() && allowString) {
        bool ok = false;
        wide = value.toString().toLongLong(&ok);
        if (!ok)
            return fail(path, QStringLiteral("%1 is not an integer").arg(quoted(value.toString())));
    } else if (value.isDouble()) {
        if (!integer64(value, path, &wide))
            return false;
    } else if (value.isUndefined() || value.isNull()) {
        return true;
    } else {
        return wrongType(value, path, QLatin1String("an integer"));
    }
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
        return fail(path, QStringLiteral("%1 is out of range").arg(wide));
    *out = int(wide);
    return true;
}

bool FieldReader::integer64(const Json::Value &value, QAnyStringView path, qint64 *out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble())
        return wrongType(value, path, QLatin1String("an integer"));
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::trunc(d))
        return fail(path, QStringLiteral("%1 is not an integer").arg(d));
    if (std::abs(d) >= kInt64Limit)
        return fail(path, QStringLiteral("%1 is out of range").arg(d));
    // An integer written as such is read without rounding.
    *out = value.toInteger(qint64(d));
    return true;
}

bool FieldReader::boolean(const Json::Value &value, QAnyStringView path, bool *out,
                          bool allowString)
{
    if (value.isBool()) {
        *out = value.toBool();
        return true;
    }
    if (value.isUndefined() || value.isNull())
        return true;
    if (allowString) {
        if (value.isString()) {
            const QString text = value.toString();
            if (text == QLatin1String("1") || text == QLatin1String("true")) {
                *out = true;
                return true;
            }
            if (text == QLatin1String("0") || text == QLatin1String("false")) {
                *out = false;
                return true;
            }
            return fail(path, QStringLiteral("%1 is not a boolean").arg(quoted(text)));
        }
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (d == 0 || d == 1) {
                *out = d == 1;
                return true;
            }
            return fail(path, QStringLiteral("%1 is not a boolean").arg(d));
        }
    }
    return wrongType(value, path, QLatin1String("a boolean"));
}

bool FieldReader::quantity(const Json::Value &value, QAnyStringView path, qint64 *out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isDouble()) {
        // resource.Quantity also accepts a bare JSON number.
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::abs(d) >= kInt64Limit)
            return fail(path, QStringLiteral("%1 is out of range").arg(d));
        // Like Quantity.Value(): a fraction rounds away from zero.
        *out = value.toInteger(qint64(d < 0 ? std::floor(d) : std::ceil(d)));
        return true;
    }
    if (!value.isString())
        return wrongType(value, path, QLatin1String("a quantity string"));
    const QString text = value.toString();
    QString error;
    const std::optional<qint64> bytes = Capacity::parseQuantity(text, &error);
    if (!bytes) {
        // Capacity errors read `"<text>": <reason>`; keep the reason unless it only repeats
        // that this is no quantity.
        const QString prefix = quoted(text) + QLatin1String(": ");
        QString reason = error.startsWith(prefix) ? error.mid(prefix.size()) : error;
        QString problem = QStringLiteral("%1 is not a quantity").arg(quoted(text));
        if (!text.isEmpty() && !reason.startsWith(QLatin1String("not a quantity")))
            problem += QLatin1String(": ") + reason;
        return fail(path, problem);
    }
    *out = *bytes;
    return true;
}

bool FieldReader::zfsSize(const Json::Value &value, QAnyStringView path, qint64 *out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return wrongType(value, path, QLatin1String("a size string"));
    const QString text = value.toString();
    if (text.isEmpty())
        return true; // written as "" until the first successful sync
    QString error;
    const std::optional<qint64> bytes = Capacity::parseZfsSize(text, &error);
    if (!bytes) {
        const QString prefix = quoted(text) + QLatin1String(": ");
        const QString reason = error.startsWith(prefix) ? error.mid(prefix.size()) : error;
        QString problem = QStringLiteral("%1 is not a ZFS size").arg(quoted(text));
        if (!reason.startsWith(QLatin1String("not a size")))
            problem += QLatin1String(": ") + reason;
        return fail(path, problem);
    }
    *out = *bytes;
    return true;
}

bool FieldReader::time(const Json::Value &value, QAnyStringView path, QDateTime *out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return wrongType(value, path, QLatin1String("a time string"));
    const QString text = value.toString();
    if (text.isEmpty())
        return true;
    const std::optional<QDateTime> parsed = parseTime(text);
    if (!parsed)
        return fail(path, QStringLiteral("%1 is not an RFC 3339 time").arg(quoted(text)));
    *out = *parsed;
    return true;
}

bool FieldReader::keys(const Json::Value &value, QAnyStringView path, QStringList *out)
{
    Json::Value map;
    if (!object(value, path, &map))
        return false;
    *out = map.keys();
    return true;
}

namespace {

// The same label keys and many of the same values (pool, node, volume names) come with every
// object: decoded once per thread and shared, they take their memory once, not per object.
// A string no decoded object holds any more (its only reference is the set's: a deleted
// replica's id, a pool gone) is let go at the next sweep, made when the set has doubled since
// the last one: the set stays about as large as what the objects still share. Long strings are
// not names and are never kept.
struct SharedStrings
{
    QSet<QString> known;
    qsizetype sweepAt = 1024;
};

SharedStrings &sharedStrings()
{
    thread_local SharedStrings strings;
    return strings;
}

void sweep(SharedStrings *strings)
{
    for (auto it = strings->known.begin(); it != strings->known.end();) {
        // Only this thread reaches the set, and a string another thread holds has a second
        // reference: a detached one is held by the set alone.
        if (it->isDetached())
            it = strings->known.erase(it);
        else
            ++it;
    }
    strings->sweepAt = std::max<qsizetype>(1024, 2 * strings->known.size());
}

QString shared(const QString &text)
{
    constexpr qsizetype kMaxLength = 253; // a DNS subdomain, the longest Kubernetes name
    if (text.size() > kMaxLength)
        return text;
    SharedStrings &strings = sharedStrings();
    if (const auto it = strings.known.constFind(text); it != strings.known.constEnd())
        return *it;
    if (strings.known.size() >= strings.sweepAt)
        sweep(&strings);
    strings.known.insert(text);
    return text;
}

} // namespace

bool FieldReader::stringMap(const Json::Value &value, QAnyStringView path, StringMap *out,
                            Values values)
{
    Json::Value map;
    if (!object(value, path, &map))
        return false;
    QList<StringMap::Entry> entries;
    entries.reserve(map.size());
    for (auto it = map.begin(); it != map.end(); ++it) {
        const Json::Value entry = *it;
        if (entry.isString()) {
            entries.append({shared(it.key()), values == Values::Repeating ? shared(entry.toString())
                                                                          : entry.toString()});
        } else if (entry.isNull()) {
            entries.append({shared(it.key()), QString()});
        } else {
            return wrongType(
                entry, path.toString() + QLatin1String("[\"") + it.key() + QLatin1String("\"]"),
                QLatin1String("a string"));
        }
    }
    // Inserted in key order, each goes at the end (in the text's order a map of many keys
    // would be shifted once per key); of a repeated key, the last stays.
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const StringMap::Entry &a, const StringMap::Entry &b) { return a.first < b.first; });
    out->clear();
    out->reserve(entries.size());
    for (const StringMap::Entry &entry : std::as_const(entries))
        out->insert(entry.first, entry.second);
    out->squeeze();
    return true;
}

qsizetype FieldReader::sharedStringCount()
{
    return sharedStrings().known.size();
}

bool FieldReader::fail(QAnyStringView path, const QString &problem)
{
    if (!m_error)
        return false;
    QString message;
    if (m_kind.size() > 0) {
        message = m_kind;
        if (!m_name.isEmpty())
            message += QLatin1String(" \"") + m_name + QLatin1Char('"');
        message += QLatin1String(": ");
    }
    if (!path.isEmpty())
        message +=
            path.toString() +
            (problem.startsWith(QLatin1String("is ")) ? QLatin1String(" ") : QLatin1String(": "));
    message += problem;
    *m_error = message;
    return false;
}

std::optional<QDateTime> FieldReader::parseTime(QStringView text)
{
    qsizetype pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(text, &pos, 4, &year) || !expect(text, &pos, u'-') ||
        !readDigits(text, &pos, 2, &month) || !expect(text, &pos, u'-') ||
        !readDigits(text, &pos, 2, &day))
        return std::nullopt;
    if (pos >= text.size())
        return std::nullopt;
    const char16_t separator = text[pos].unicode();
    if (separator != u'T' && separator != u't' && separator != u' ')
        return std::nullopt;
    ++pos;
    if (!readDigits(text, &pos, 2, &hour) || !expect(text, &pos, u':') ||
        !readDigits(text, &pos, 2, &minute) || !expect(text, &pos, u':') ||
        !readDigits(text, &pos, 2, &second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 ||
        minute > 59 || second > 59)
        return std::nullopt;
    int millis = 0;
    if (pos < text.size() && text[pos] == QLatin1Char('.')) {
        ++pos;
        int digits = 0;
        while (pos < text.size() && isDigit(text[pos])) {
            if (digits < 3)
                millis = millis * 10 + (text[pos].unicode() - '0');
            ++digits;
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        for (int i = digits; i < 3; ++i)
            millis *= 10;
    }
    if (pos >= text.size())
        return std::nullopt;
    int offsetSeconds = 0;
    const char16_t zone = text[pos].unicode();
    if (zone == u'Z' || zone == u'z') {
        ++pos;
    } else if (zone == u'+' || zone == u'-') {
        ++pos;
        int offsetHours = 0, offsetMinutes = 0;
        if (!readDigits(text, &pos, 2, &offsetHours) || !expect(text, &pos, u':') ||
            !readDigits(text, &pos, 2, &offsetMinutes) || offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (zone == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 +
                           second - offsetSeconds;
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + millis, Qt::UTC);
}

QString FieldReader::typeName(const Json::Value &value)
{
    switch (value.type()) {
    case Json::Value::Type::Null:
        return QStringLiteral("null");
    case Json::Value::Type::Bool:
        return QStringLiteral("a boolean");
    case Json::Value::Type::Number:
        return QStringLiteral("a number");
    case Json::Value::Type::String:
        return QStringLiteral("a string");
    case Json::Value::Type::Array:
        return QStringLiteral("an array");
    case Json::Value::Type::Object:
        return QStringLiteral("an object");
    case Json::Value::Type::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool FieldReader::wrongType(const Json::Value &value, QAnyStringView path, QLatin1String expected)
{
    return fail(path, QStringLiteral("expected %1, got %2").arg(expected, typeName(value)));
}

} // namespace Cstor
