#include "models/kube/listpage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kube {

namespace {

// Reads JSON structure without building it: positions only. Nesting is counted, not recursed
// into, so a hostile body cannot exhaust the stack here (the parser that later reads the items
// has its own limit).
class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_data(text.constData())
        , m_size(text.size())
    {
    }

    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_size; }

    void skipSpace()
    {
        while (m_pos < m_size && (m_data[m_pos] == ' ' || m_data[m_pos] == '\t' ||
                                  m_data[m_pos] == '\n' || m_data[m_pos] == '\r'))
            ++m_pos;
    }

    // Consumes `c` (after white space) if it comes next.
    bool take(char c)
    {
        skipSpace();
        if (m_pos < m_size && m_data[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    char peek()
    {
        skipSpace();
        return m_pos < m_size ? m_data[m_pos] : '\0';
    }

    // A string starting at the current position; its raw bytes between the quotes.
    std::optional<QByteArray> string()
    {
        if (peek() != '"')
            return std::nullopt;
        const qsizetype start = ++m_pos;
        if (!skipStringBody())
            return std::nullopt;
        return QByteArray(m_data + start, m_pos - 1 - start);
    }

    // Skips one value (string, number, literal, object or array); false when it is cut off.
    bool skipValue()
    {
        const char first = peek();
        if (first == '"') {
            ++m_pos;
            return skipStringBody();
        }
        if (first == '{' || first == '[') {
            qsizetype depth = 0;
            while (m_pos < m_size) {
                const char c = m_data[m_pos++];
                if (c == '"') {
                    if (!skipStringBody())
                        return false;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0)
                        return true;
                }
            }
            return false;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
                break;
            ++m_pos;
        }
        return m_pos > start;
    }

private:
    // After an opening quote: to just past the closing one.
    bool skipStringBody()
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos++];
            if (c == '\\')
                ++m_pos;
            else if (c == '"')
                return m_pos <= m_size;
        }
        return false;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

// A key as JSON means it (escapes such as \u0065 resolved).
QString keyName(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    return QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
}

} // namespace

std::optional<ListPage> ListPage::split(const QByteArray &body)
{
    ListPage page;
    page.m_body = body;
    Scanner scanner(body);
    if (!scanner.take('{'))
        return std::nullopt;
    bool itemsAreAList = true; // none, null or an array
    if (!scanner.take('}')) {
        do {
            const std::optional<QByteArray> key = scanner.string();
            if (!key || !scanner.take(':'))
                return std::nullopt;
            scanner.skipSpace();
            const qsizetype start = scanner.position();
            const char first = scanner.peek();
            if (!scanner.skipValue())
                return std::nullopt;
            const qsizetype length = scanner.position() - start;
            const QString name = keyName(*key);
            // A key given twice counts as the JSON parser counts it: the last one.
            if (name == QLatin1String("items")) {
                const bool isNull = body.mid(start, length) == "null";
                itemsAreAList = first == '[' || isNull;
                page.m_itemsStart = first == '[' ? start : 0;
                page.m_itemsLength = first == '[' ? length : 0;
            } else if (name == QLatin1String("metadata")) {
                const QJsonObject metadata =
                    QJsonDocument::fromJson(body.mid(start, length)).object();
                page.m_continue = metadata.value(QLatin1String("continue")).toString();
                page.m_resourceVersion =
                    metadata.value(QLatin1String("resourceVersion")).toString();
            }
        } while (scanner.take(','));
        if (!scanner.take('}'))
            return std::nullopt;
    }
    scanner.skipSpace();
    if (!scanner.atEnd() || !itemsAreAList)
        return std::nullopt;
    return page;
}

std::optional<Json::Document> ListPage::items() const
{
    if (m_itemsLength == 0)
        return Json::Document::parse(QByteArrayLiteral("[]"));
    std::optional<Json::Document> document =
        Json::Document::parse(m_body, m_itemsStart, m_itemsLength);
    if (!document || !document->root().isArray())
        return std::nullopt;
    for (const Json::Value item : document->root()) {
        if (!item.isObject())
            return std::nullopt;
    }
    return document;
}

} // namespace Kube
