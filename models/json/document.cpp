#include "models/json/document.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace Json {

namespace {

// As QJsonDocument: deeper texts are refused, and the parser's recursion stays bounded.
constexpr int kNestingLimit = 1024;

struct Token
{
    quint32 start = 0;  // a string's first byte after its quote; a number's or literal's first
    quint32 length = 0; // a string's bytes between its quotes; a number's characters
    quint32 next = 0;   // the token after this value and everything in it
    Value::Type type = Value::Type::Undefined;
    bool flag = false; // a string with escapes; a number without fraction or exponent
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The length of the valid UTF-8 sequence at p (a lead byte of 0x80 or more), or 0.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char lead = p[0];
    int length = 0;
    unsigned char low = 0x80, high = 0xbf; // the range of the second byte
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0)
            low = 0xa0; // no overlong forms
        else if (lead == 0xed)
            high = 0x9f; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0)
            low = 0x90;
        else if (lead == 0xf4)
            high = 0x8f; // nothing beyond U+10FFFF
    } else {
        return 0;
    }
    if (end - p < length || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xbf)
            return 0;
    }
    return length;
}

QString decodeString(const char *p, quint32 length)
{
    QString out;
    out.reserve(length);
    const char *end = p + length;
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            ++p;
        if (p > run)
            out += QString::fromUtf8(run, p - run);
        if (p == end)
            break;
        ++p; // the backslash; the parser has checked what follows
        const char c = *p++;
        switch (c) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            // Each \u is one UTF-16 unit, as QJsonDocument reads it.
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i)
                unit = char16_t(unit * 16 + hexValue(p[i]));
            out += QChar(unit);
            p += 4;
            break;
        }
        default: // " \ /
            out += QLatin1Char(c);
            break;
        }
    }
    return out;
}

} // namespace

struct Document::Data
{
    QByteArray bytes;
    std::vector<Token> tokens;

    const char *text(const Token &token) const { return bytes.constData() + token.start; }
};

namespace {

class Parser
{
public:
    Parser(const QByteArray &bytes, qsizetype from, qsizetype length, std::vector<Token> *tokens)
        : m_base(bytes.constData())
        , m_p(bytes.constData() + from)
        , m_end(bytes.constData() + from + length)
        , m_tokens(tokens)
    {
    }

    bool parseDocument()
    {
        skipSpace();
        if (!parseValue(0))
            return false;
        skipSpace();
        if (m_p != m_end)
            return fail(QStringLiteral("garbage after the value"));
        return true;
    }

    QString error() const { return QStringLiteral("%1 at byte %2").arg(m_error).arg(m_p - m_base); }

private:
    bool fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = what;
        return false;
    }

    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    quint32 offset(const char *p) const { return quint32(p - m_base); }

    quint32 push(Value::Type type, const char *start, quint32 length, bool flag = false)
    {
        const quint32 index = quint32(m_tokens->size());
        m_tokens->push_back(Token{offset(start), length, index + 1, type, flag});
        return index;
    }

    bool parseValue(int depth)
    {
        if (m_p == m_end)
            return fail(QStringLiteral("unexpected end"));
        switch (*m_p) {
        case '{':
            return parseContainer(depth, Value::Type::Object, '}');
        case '[':
            return parseContainer(depth, Value::Type::Array, ']');
        case '"':
            return parseString();
        case 't':
            return parseLiteral("true", Value::Type::Bool);
        case 'f':
            return parseLiteral("false", Value::Type::Bool);
        case 'n':
            return parseLiteral("null", Value::Type::Null);
        default:
            if (*m_p == '-' || isDigit(*m_p))
                return parseNumber();
            return fail(QStringLiteral("unexpected character"));
        }
    }

    bool parseContainer(int depth, Value::Type type, char close)
    {
        if (depth >= kNestingLimit)
            return fail(QStringLiteral("nested too deeply"));
        const quint32 index = push(type, m_p, 0);
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == close) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (type == Value::Type::Object) {
                if (m_p == m_end || *m_p != '"')
                    return fail(QStringLiteral("expected a key"));
                if (!parseString())
                    return false;
                skipSpace();
                if (m_p == m_end || *m_p != ':')
                    return fail(QStringLiteral("expected ':'"));
                ++m_p;
                skipSpace();
            }
            if (!parseValue(depth + 1))
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                skipSpace();
                continue;
            }
            if (m_p < m_end && *m_p == close) {
                ++m_p;
                break;
            }
            return fail(type == Value::Type::Object ? QStringLiteral("expected ',' or '}'")
                                                    : QStringLiteral("expected ',' or ']'"));
        }
        (*m_tokens)[index].next = quint32(m_tokens->size());
        return true;
    }

    bool parseString()
    {
        ++m_p; // the quote
        const char *start = m_p;
        bool escaped = false;
        for (;;) {
            if (m_p == m_end)
                return fail(QStringLiteral("unterminated string"));
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c == '\\') {
                escaped = true;
                if (m_end - m_p < 2)
                    return fail(QStringLiteral("unterminated string"));
                const char e = m_p[1];
                if (e == 'u') {
                    if (m_end - m_p < 6 || hexValue(m_p[2]) < 0 || hexValue(m_p[3]) < 0 ||
                        hexValue(m_p[4]) < 0 || hexValue(m_p[5]) < 0)
                        return fail(QStringLiteral("bad \\u escape"));
                    m_p += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' ||
                           e == 'r' || e == 't') {
                    m_p += 2;
                } else {
                    return fail(QStringLiteral("bad escape"));
                }
            } else if (c < 0x20) {
                return fail(QStringLiteral("control character in a string"));
            } else if (c < 0x80) {
                ++m_p;
            } else {
                const int length =
                    utf8SequenceLength(reinterpret_cast<const unsigned char *>(m_p),
                                       reinterpret_cast<const unsigned char *>(m_end));
                if (length == 0)
                    return fail(QStringLiteral("invalid UTF-8"));
                m_p += length;
            }
        }
        push(Value::Type::String, start, quint32(m_p - start), escaped);
        ++m_p; // the closing quote
        return true;
    }

    bool parseLiteral(const char *word, Value::Type type)
    {
        const auto length = qsizetype(std::strlen(word));
        if (m_end - m_p < length || std::memcmp(m_p, word, size_t(length)) != 0)
            return fail(QStringLiteral("unexpected character"));
        push(type, m_p, quint32(length));
        m_p += length;
        return true;
    }

    bool parseNumber()
    {
        const char *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail(QStringLiteral("bad number"));
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        bool integral = true;
        if (m_p < m_end && *m_p == '.') {
            integral = false;
            ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return fail(QStringLiteral("bad number"));
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            integral = false;
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return fail(QStringLiteral("bad number"));
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        // A number beyond a double's range is refused, as QJsonDocument does.
        double value = 0;
        const std::from_chars_result result = std::from_chars(start, m_p, value);
        if (result.ec != std::errc() || !std::isfinite(value)) {
            m_p = start;
            return fail(QStringLiteral("number out of range"));
        }
        push(Value::Type::Number, start, quint32(m_p - start), integral);
        return true;
    }

    const char *m_base;
    const char *m_p;
    const char *m_end;
    std::vector<Token> *m_tokens;
    QString m_error;
};

} // namespace

Document::Document()
{
    static const std::shared_ptr<const Data> empty = [] {
        auto data = std::make_shared<Data>();
        data->tokens.push_back(Token{0, 0, 1, Value::Type::Null, false});
        return std::shared_ptr<const Data>(std::move(data));
    }();
    m_data = empty;
}

std::optional<Document> Document::parse(const QByteArray &bytes, QString *error)
{
    return parse(bytes, 0, bytes.size(), error);
}

std::optional<Document> Document::parse(const QByteArray &bytes, qsizetype from, qsizetype length,
                                        QString *error)
{
    if (from < 0 || length < 0 || from + length > bytes.size() ||
        bytes.size() >= qsizetype(std::numeric_limits<quint32>::max())) {
        if (error)
            *error = QStringLiteral("no JSON text of that size can be read");
        return std::nullopt;
    }
    auto data = std::make_shared<Data>();
    data->bytes = bytes;
    // About one token in 12 bytes of an API object.
    data->tokens.reserve(size_t(length / 12 + 1));
    Parser parser(data->bytes, from, length, &data->tokens);
    if (!parser.parseDocument()) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    Document document;
    document.m_data = std::move(data);
    return document;
}

Document Document::fromObject(const QJsonObject &object)
{
    std::optional<Document> document = parse(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return document ? *document : Document();
}

Value Document::root() const
{
    return Value(m_data.get(), m_root);
}

Document Document::rootedAt(const Value &value) const
{
    Document document = *this;
    if (value.m_data == m_data.get())
        document.m_root = value.m_index;
    return document;
}

Value::Type Value::type() const
{
    return m_data ? m_data->tokens[m_index].type : Type::Undefined;
}

bool Value::toBool() const
{
    return type() == Type::Bool && *m_data->text(m_data->tokens[m_index]) == 't';
}

double Value::toDouble() const
{
    if (type() != Type::Number)
        return 0;
    const Token &token = m_data->tokens[m_index];
    const char *text = m_data->text(token);
    double value = 0;
    std::from_chars(text, text + token.length, value);
    return value;
}

std::optional<qint64> Value::writtenInteger() const
{
    if (type() != Type::Number || !m_data->tokens[m_index].flag)
        return std::nullopt;
    const Token &token = m_data->tokens[m_index];
    const char *text = m_data->text(token);
    qint64 value = 0;
    if (std::from_chars(text, text + token.length, value).ec != std::errc())
        return std::nullopt;
    return value;
}

qint64 Value::toInteger(qint64 fallback) const
{
    return writtenInteger().value_or(fallback);
}

QString Value::toString() const
{
    if (type() != Type::String)
        return QString();
    const Token &token = m_data->tokens[m_index];
    if (token.flag)
        return decodeString(m_data->text(token), token.length);
    return QString::fromUtf8(m_data->text(token), token.length);
}

bool Value::equals(QLatin1String text) const
{
    if (type() != Type::String)
        return false;
    const Token &token = m_data->tokens[m_index];
    if (token.flag)
        return toString() == text;
    return token.length == quint32(text.size()) &&
           (token.length == 0 || std::memcmp(m_data->text(token), text.data(), token.length) == 0);
}

Value Value::value(QLatin1String key) const
{
    if (type() != Type::Object)
        return Value();
    const std::vector<Token> &tokens = m_data->tokens;
    const quint32 end = tokens[m_index].next;
    quint32 found = 0;
    for (quint32 i = m_index + 1; i < end; i = tokens[i + 1].next) {
        if (Value(m_data, i).equals(key))
            found = i + 1; // the last of repeated keys counts
    }
    return found ? Value(m_data, found) : Value();
}

qsizetype Value::size() const
{
    qsizetype count = 0;
    for (Iterator it = begin(); it != end(); ++it)
        ++count;
    return count;
}

QStringList Value::keys() const
{
    QStringList result;
    if (type() != Type::Object)
        return result;
    for (Iterator it = begin(); it != end(); ++it)
        result.append(it.key());
    // Sorted and once each, as QJsonObject::keys() gives them.
    result.sort();
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

QJsonValue Value::toQJson() const
{
    switch (type()) {
    case Type::Undefined:
        return QJsonValue(QJsonValue::Undefined);
    case Type::Null:
        return QJsonValue();
    case Type::Bool:
        return toBool();
    case Type::Number: {
        if (const std::optional<qint64> integer = writtenInteger())
            return *integer;
        // As QJsonDocument keeps them: a whole number that fits is an integer ("2.0" is 2).
        const double value = toDouble();
        if (value == std::trunc(value) && std::abs(value) < 9223372036854775808.0)
            return qint64(value);
        return value;
    }
    case Type::String:
        return toString();
    case Type::Array: {
        QJsonArray array;
        for (const Value element : *this)
            array.append(element.toQJson());
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (Iterator it = begin(); it != end(); ++it)
            object.insert(it.key(), (*it).toQJson());
        return object;
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

Value::Iterator Value::begin() const
{
    const Type t = type();
    if (t != Type::Object && t != Type::Array)
        return end();
    Iterator it;
    it.m_data = m_data;
    it.m_index = m_index + 1;
    it.m_members = t == Type::Object;
    return it;
}

Value::Iterator Value::end() const
{
    Iterator it;
    it.m_data = m_data;
    it.m_index = m_data ? m_data->tokens[m_index].next : 0;
    return it;
}

Value Value::Iterator::operator*() const
{
    return Value(m_data, m_members ? m_index + 1 : m_index);
}

QString Value::Iterator::key() const
{
    return m_members ? Value(m_data, m_index).toString() : QString();
}

Value::Iterator &Value::Iterator::operator++()
{
    m_index = m_data->tokens[m_members ? m_index + 1 : m_index].next;
    return *this;
}

} // namespace Json
