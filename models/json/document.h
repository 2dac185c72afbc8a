#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Json {

class Value;

// A JSON text (RFC 8259), checked and indexed in one pass over its bytes: a flat list of tokens
// that point into them. Nothing is converted until it is read, so a decoder that keeps a dozen
// fields of an object pays for those only (a string becomes a QString when asked for).
// It accepts what QJsonDocument accepts, or less: strict numbers ("1." and "01" are errors), at
// most 1024 nested arrays and objects, valid UTF-8. Where a key repeats, the last one counts.
// Copies share the bytes and tokens; Values read from a Document are valid while a copy of it
// lives.
class Document
{
public:
    Document();

    // nullopt, with what is wrong and at which byte in *error, when `bytes` (or `length` bytes of
    // it from `from`) is not one JSON value, with only white space around it.
    static std::optional<Document> parse(const QByteArray &bytes, QString *error = nullptr);
    static std::optional<Document> parse(const QByteArray &bytes, qsizetype from, qsizetype length,
                                         QString *error = nullptr);
    // An object built in memory, written out and read back.
    static Document fromObject(const QJsonObject &object);

    Value root() const;
    // The same text, rooted at `value` (one of this document's values).
    Document rootedAt(const Value &value) const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
    quint32 m_root = 0;

    friend class Value;
};

// One value of a Document, read the way QJsonValue is read: a missing member, a member of
// something that is not an object, and a default-constructed Value are all undefined.
class Value
{
public:
    enum class Type : quint8 { Undefined, Null, Bool, Number, String, Array, Object };

    Value() = default;

    Type type() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isDouble() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool() const;     // false unless true
    double toDouble() const; // 0 unless a number
    // A number written as an integer (no fraction, no exponent) that fits; else `fallback`.
    qint64 toInteger(qint64 fallback = 0) const;
    QString toString() const; // "" unless a string
    // Whether this is a string equal to `text`, without making a QString.
    bool equals(QLatin1String text) const;

    // A member of an object, by an ASCII key.
    Value value(QLatin1String key) const;
    Value operator[](QLatin1String key) const { return value(key); }
    // Members of an object or elements of an array, by walking them.
    qsizetype size() const;
    QStringList keys() const;

    // The value and everything in it as QJsonValue (tests compare with QJsonDocument).
    QJsonValue toQJson() const;

    // Walks an array's elements or an object's members (key() names the member); nothing for
    // any other value.
    class Iterator
    {
    public:
        Value operator*() const;
        QString key() const;
        Iterator &operator++();
        bool operator==(const Iterator &other) const { return m_index == other.m_index; }
        bool operator!=(const Iterator &other) const { return m_index != other.m_index; }

    private:
        friend class Value;
        const Document::Data *m_data = nullptr;
        quint32 m_index = 0;
        bool m_members = false;
    };
    Iterator begin() const;
    Iterator end() const;

private:
    friend class Document;
    Value(const Document::Data *data, quint32 index)
        : m_data(data)
        , m_index(index)
    {
    }

    // A number written as an integer (no fraction, no exponent) that fits, exactly.
    std::optional<qint64> writtenInteger() const;

    const Document::Data *m_data = nullptr;
    quint32 m_index = 0;
};

} // namespace Json
