#include "models/sim/apiserver/labelselector.h"

#include <QRegularExpression>

#include <algorithm>

namespace Sim {

namespace {

// Tokens of apimachinery's label selector lexer.
enum class Token {
    Error,
    End,
    ClosedPar,
    Comma,
    DoesNotExist,
    DoubleEquals,
    Equals,
    GreaterThan,
    Identifier,
    In,
    LessThan,
    NotEquals,
    NotIn,
    OpenPar,
};

struct Item
{
    Token token;
    QString literal;
};

Token keyword(const QString &text, bool *found)
{
    static const QList<std::pair<QString, Token>> table = {
        {QStringLiteral(")"), Token::ClosedPar},    {QStringLiteral(","), Token::Comma},
        {QStringLiteral("!"), Token::DoesNotExist}, {QStringLiteral("=="), Token::DoubleEquals},
        {QStringLiteral("="), Token::Equals},       {QStringLiteral(">"), Token::GreaterThan},
        {QStringLiteral("in"), Token::In},          {QStringLiteral("<"), Token::LessThan},
        {QStringLiteral("!="), Token::NotEquals},   {QStringLiteral("notin"), Token::NotIn},
        {QStringLiteral("("), Token::OpenPar},
    };
    for (const auto &entry : table) {
        if (entry.first == text) {
            *found = true;
            return entry.second;
        }
    }
    *found = false;
    return Token::Identifier;
}

bool isWhitespace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') ||
           c == QLatin1Char('\n');
}

bool isSpecial(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('!') || c == QLatin1Char('(') ||
           c == QLatin1Char(')') || c == QLatin1Char(',') || c == QLatin1Char('>') ||
           c == QLatin1Char('<');
}

QList<Item> lex(const QString &s)
{
    QList<Item> items;
    int pos = 0;
    const int n = int(s.size());
    while (true) {
        while (pos < n && isWhitespace(s.at(pos)))
            ++pos;
        if (pos >= n) {
            items.append({Token::End, QString()});
            return items;
        }
        if (isSpecial(s.at(pos))) {
            QString buffer;
            Item last{Token::Error, QString()};
            while (pos < n && isSpecial(s.at(pos))) {
                buffer.append(s.at(pos));
                bool found = false;
                const Token t = keyword(buffer, &found);
                if (found) {
                    last = {t, buffer};
                    ++pos;
                } else if (last.token != Token::Error) {
                    break;
                } else {
                    ++pos;
                }
            }
            if (last.token == Token::Error)
                last.literal = QStringLiteral("error expected: keyword found '%1'").arg(buffer);
            items.append(last);
            continue;
        }
        QString buffer;
        while (pos < n && !isSpecial(s.at(pos)) && !isWhitespace(s.at(pos)))
            buffer.append(s.at(pos++));
        bool found = false;
        const Token t = keyword(buffer, &found);
        items.append({found ? t : Token::Identifier, buffer});
    }
}

const QString kBinaryOperators = QStringLiteral("in, notin, =, ==, !=, gt, lt");

QString validateKey(const QString &key)
{
    static const QRegularExpression namePart(
        QStringLiteral("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$"));
    static const QRegularExpression prefixPart(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    QString name = key;
    QString prefix;
    const int slash = int(key.indexOf(QLatin1Char('/')));
    if (slash >= 0) {
        prefix = key.left(slash);
        name = key.mid(slash + 1);
    }
    QStringList problems;
    if (slash >= 0) {
        if (prefix.isEmpty())
            problems << QStringLiteral("prefix part must be non-empty");
        else if (prefix.size() > 253)
            problems << QStringLiteral("prefix part must be no more than 253 characters");
        else if (!prefixPart.match(prefix).hasMatch())
            problems << QStringLiteral(
                "prefix part a lowercase RFC 1123 subdomain must consist of lower case "
                "alphanumeric characters, '-' or '.', and must start and end with an "
                "alphanumeric character (e.g. 'example.com', regex used for validation is "
                "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
    }
    if (name.isEmpty())
        problems << QStringLiteral("name part must be non-empty");
    else if (name.size() > 63)
        problems << QStringLiteral("name part must be no more than 63 characters");
    else if (!namePart.match(name).hasMatch())
        problems << QStringLiteral(
            "name part must consist of alphanumeric characters, '-', '_' or '.', and must start "
            "and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or "
            "'123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')");
    if (problems.isEmpty())
        return QString();
    return QStringLiteral("Invalid value: \"%1\": %2")
        .arg(key, problems.join(QStringLiteral("; ")));
}

QString validateValue(const QString &value)
{
    static const QRegularExpression valid(
        QStringLiteral("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"));
    if (value.size() > 63)
        return QStringLiteral("Invalid value: \"%1\": must be no more than 63 characters")
            .arg(value);
    if (!valid.match(value).hasMatch())
        return QStringLiteral("Invalid value: \"%1\": a valid label must be an empty string or "
                              "consist of alphanumeric characters, '-', '_' or '.', and must "
                              "start and end with an alphanumeric character (e.g. 'MyValue',  "
                              "or 'my_value',  or '12345', regex used for validation is "
                              "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")
            .arg(value);
    return QString();
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_items(lex(text))
    {
    }

    bool parse(QList<LabelSelector::Requirement> *out, QString *error)
    {
        while (true) {
            const Item item = lookahead();
            if (item.token == Token::End)
                return true;
            if (item.token != Token::Identifier && item.token != Token::DoesNotExist) {
                *error = QStringLiteral("found '%1', expected: !, identifier, or 'end of string'")
                             .arg(item.literal);
                return false;
            }
            LabelSelector::Requirement requirement;
            QString message;
            if (!parseRequirement(&requirement, &message)) {
                *error = QStringLiteral("unable to parse requirement: %1").arg(message);
                return false;
            }
            out->append(requirement);
            const Item next = consume();
            if (next.token == Token::End)
                return true;
            if (next.token != Token::Comma) {
                *error = QStringLiteral("found '%1', expected: ',' or 'end of string'")
                             .arg(next.literal);
                return false;
            }
            const Item after = lookahead();
            if (after.token != Token::Identifier && after.token != Token::DoesNotExist) {
                *error =
                    QStringLiteral("found '%1', expected: identifier after ','").arg(after.literal);
                return false;
            }
        }
    }

private:
    QList<Item> m_items;
    int m_position = 0;

    // In the "values" context, `in` and `notin` are plain identifiers.
    static Item asValue(Item item)
    {
        if (item.token == Token::In || item.token == Token::NotIn)
            item.token = Token::Identifier;
        return item;
    }
    Item lookahead() const { return asValue(m_items.at(m_position)); }
    Item consume() { return asValue(m_items.at(m_position++)); }
    Item consumeOperator() { return m_items.at(m_position++); }

    bool parseRequirement(LabelSelector::Requirement *r, QString *error)
    {
        using Op = LabelSelector::Operator;
        Item item = consume();
        bool notExists = false;
        if (item.token == Token::DoesNotExist) {
            notExists = true;
            item = consume();
        }
        if (item.token != Token::Identifier) {
            *error = QStringLiteral("found '%1', expected: identifier").arg(item.literal);
            return false;
        }
        if (const QString problem = validateKey(item.literal); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        r->key = item.literal;
        // "!a" never takes an operator: "!a=b" then fails on the '=' (as upstream).
        const Token next = lookahead().token;
        if (notExists || next == Token::End || next == Token::Comma) {
            r->op = notExists ? Op::DoesNotExist : Op::Exists;
            return true;
        }
        const Item op = consumeOperator();
        switch (op.token) {
        case Token::In:
            r->op = Op::In;
            break;
        case Token::NotIn:
            r->op = Op::NotIn;
            break;
        case Token::Equals:
        case Token::DoubleEquals:
            r->op = Op::Equals;
            break;
        case Token::NotEquals:
            r->op = Op::NotEquals;
            break;
        case Token::GreaterThan:
            r->op = Op::GreaterThan;
            break;
        case Token::LessThan:
            r->op = Op::LessThan;
            break;
        default:
            *error = QStringLiteral("found '%1', expected: %2").arg(op.literal, kBinaryOperators);
            return false;
        }
        QStringList values;
        if (r->op == Op::In || r->op == Op::NotIn) {
            if (!parseValues(&values, error))
                return false;
        } else {
            const Item v = lookahead();
            if (v.token == Token::End || v.token == Token::Comma) {
                values << QString();
            } else {
                consume();
                if (v.token != Token::Identifier) {
                    *error = QStringLiteral("found '%1', expected: identifier").arg(v.literal);
                    return false;
                }
                values << v.literal;
            }
        }
        values.removeDuplicates();
        std::sort(values.begin(), values.end());
        if (r->op == Op::GreaterThan || r->op == Op::LessThan) {
            bool ok = false;
            values.first().toLongLong(&ok);
            if (!ok) {
                *error = QStringLiteral("for 'Gt', 'Lt' operators, the value must be an integer");
                return false;
            }
        } else {
            for (const QString &value : values) {
                if (const QString problem = validateValue(value); !problem.isEmpty()) {
                    *error = problem;
                    return false;
                }
            }
        }
        r->values = values;
        return true;
    }

    bool parseValues(QStringList *values, QString *error)
    {
        Item item = consume();
        if (item.token != Token::OpenPar) {
            *error = QStringLiteral("found '%1' expected: '('").arg(item.literal);
            return false;
        }
        item = lookahead();
        if (item.token == Token::ClosedPar) {
            consume();
            *values << QString();
            return true;
        }
        if (item.token != Token::Identifier && item.token != Token::Comma) {
            *error =
                QStringLiteral("found '%1', expected: ',', ')' or identifier").arg(item.literal);
            return false;
        }
        while (true) {
            const Item current = consume();
            if (current.token == Token::Identifier) {
                *values << current.literal;
                const Item next = lookahead();
                if (next.token == Token::Comma)
                    continue;
                if (next.token == Token::ClosedPar)
                    break;
                *error = QStringLiteral("found '%1', expected: ',' or ')'").arg(next.literal);
                return false;
            }
            if (current.token == Token::Comma) {
                if (values->isEmpty())
                    *values << QString();
                const Item next = lookahead();
                if (next.token == Token::ClosedPar) {
                    *values << QString();
                    break;
                }
                if (next.token == Token::Comma)
                    *values << QString();
                continue;
            }
            *error =
                QStringLiteral("found '%1', expected: ',', or identifier").arg(current.literal);
            return false;
        }
        const Item closing = consume();
        if (closing.token != Token::ClosedPar) {
            *error = QStringLiteral("found '%1', expected: ')'").arg(closing.literal);
            return false;
        }
        return true;
    }
};

} // namespace

std::optional<LabelSelector> LabelSelector::parse(const QString &text, QString *error)
{
    LabelSelector selector;
    QString message;
    Parser parser(text);
    if (!parser.parse(&selector.m_requirements, &message)) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    std::stable_sort(selector.m_requirements.begin(), selector.m_requirements.end(),
                     [](const Requirement &a, const Requirement &b) { return a.key < b.key; });
    return selector;
}

bool LabelSelector::matches(const QJsonObject &labels) const
{
    for (const Requirement &r : m_requirements) {
        const auto it = labels.constFind(r.key);
        const bool has = it != labels.constEnd();
        const QString value = has ? it->toString() : QString();
        switch (r.op) {
        case Operator::Equals:
        case Operator::In:
            if (!has || !r.values.contains(value))
                return false;
            break;
        case Operator::NotEquals:
        case Operator::NotIn:
            if (has && r.values.contains(value))
                return false;
            break;
        case Operator::Exists:
            if (!has)
                return false;
            break;
        case Operator::DoesNotExist:
            if (has)
                return false;
            break;
        case Operator::GreaterThan:
        case Operator::LessThan: {
            if (!has)
                return false;
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (!ok)
                return false;
            const qint64 bound = r.values.value(0).toLongLong();
            if (r.op == Operator::GreaterThan ? !(number > bound) : !(number < bound))
                return false;
            break;
        }
        }
    }
    return true;
}

bool LabelSelector::matchesObject(const QJsonObject &object) const
{
    if (m_requirements.isEmpty())
        return true;
    return matches(object.value(QStringLiteral("metadata"))
                       .toObject()
                       .value(QStringLiteral("labels"))
                       .toObject());
}

} // namespace Sim
