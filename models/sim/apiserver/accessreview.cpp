#include "models/sim/apiserver/accessreview.h"

#include <QHash>

namespace Sim {

namespace {
// A minimal protobuf reader: length-delimited and varint fields only, bounds-checked.
class ProtoReader
{
public:
    explicit ProtoReader(QByteArrayView data)
        : m_data(data)
    {
    }

    bool atEnd() const { return m_pos >= m_data.size(); }
    bool failed() const { return m_failed; }

    // Next field: number and wire type; false at the end or on malformed input.
    bool next(quint32 *field, int *wireType)
    {
        quint64 key = 0;
        if (atEnd() || !varint(&key))
            return false;
        *field = quint32(key >> 3);
        *wireType = int(key & 7);
        return *field != 0;
    }

    bool varint(quint64 *value)
    {
        quint64 result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_data.size())
                return fail();
            const quint8 byte = quint8(m_data[m_pos++]);
            result |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                *value = result;
                return true;
            }
        }
        return fail();
    }

    bool bytes(QByteArrayView *out)
    {
        quint64 length = 0;
        if (!varint(&length) || length > quint64(m_data.size() - m_pos))
            return fail();
        *out = m_data.sliced(m_pos, qsizetype(length));
        m_pos += qsizetype(length);
        return true;
    }

    // Skips a field of a wire type this reader does not need.
    bool skip(int wireType)
    {
        quint64 ignored = 0;
        QByteArrayView view;
        switch (wireType) {
        case 0:
            return varint(&ignored);
        case 1:
            return advance(8);
        case 2:
            return bytes(&view);
        case 5:
            return advance(4);
        default:
            return fail();
        }
    }

private:
    bool advance(qsizetype n)
    {
        if (n > m_data.size() - m_pos)
            return fail();
        m_pos += n;
        return true;
    }
    bool fail()
    {
        m_failed = true;
        return false;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

// Reads the string fields of a message into `fields` (field number -> text).
bool readStrings(QByteArrayView message, QHash<quint32, QByteArrayView> *fields)
{
    ProtoReader reader(message);
    quint32 field = 0;
    int wireType = 0;
    while (reader.next(&field, &wireType)) {
        if (wireType == 2) {
            QByteArrayView value;
            if (!reader.bytes(&value))
                return false;
            fields->insert(field, value);
        } else if (!reader.skip(wireType)) {
            return false;
        }
    }
    return !reader.failed();
}

QString text(const QHash<quint32, QByteArrayView> &fields, quint32 field)
{
    return QString::fromUtf8(fields.value(field));
}
} // namespace

QJsonObject AccessReview::specJson() const
{
    if (!nonResourcePath.isEmpty()) {
        return {{QStringLiteral("nonResourceAttributes"),
                 QJsonObject{{QStringLiteral("path"), nonResourcePath},
                             {QStringLiteral("verb"), verb}}}};
    }
    QJsonObject attributes;
    const auto put = [&attributes](const char *key, const QString &value) {
        if (!value.isEmpty())
            attributes.insert(QLatin1String(key), value);
    };
    put("namespace", namespaceName);
    put("verb", verb);
    put("group", group);
    put("version", version);
    put("resource", resource);
    put("subresource", subresource);
    put("name", name);
    return {{QStringLiteral("resourceAttributes"), attributes}};
}

std::optional<AccessReview> AccessReview::fromProtobuf(const QByteArray &body, QString *error)
{
    const auto malformed = [error] {
        *error = QStringLiteral("the protobuf body of the SelfSubjectAccessReview is malformed");
        return std::nullopt;
    };
    static const QByteArray magic("k8s\0", 4);
    if (!body.startsWith(magic))
        return malformed();
    // runtime.Unknown{1: TypeMeta, 2: raw, 3: contentEncoding, 4: contentType}
    QHash<quint32, QByteArrayView> unknown;
    if (!readStrings(QByteArrayView(body).sliced(4), &unknown) || !unknown.contains(2))
        return malformed();
    QHash<quint32, QByteArrayView> typeMeta;
    if (!readStrings(unknown.value(1), &typeMeta))
        return malformed();
    if (text(typeMeta, 2) != QLatin1String("SelfSubjectAccessReview")) {
        *error =
            QStringLiteral("expected a SelfSubjectAccessReview, got \"%1\"").arg(text(typeMeta, 2));
        return std::nullopt;
    }
    // SelfSubjectAccessReview{1: metadata, 2: spec, 3: status}
    QHash<quint32, QByteArrayView> review;
    if (!readStrings(unknown.value(2), &review))
        return malformed();
    // spec{1: resourceAttributes, 2: nonResourceAttributes}
    QHash<quint32, QByteArrayView> spec;
    if (!readStrings(review.value(2), &spec))
        return malformed();
    AccessReview result;
    if (spec.contains(1)) {
        QHash<quint32, QByteArrayView> attributes;
        if (!readStrings(spec.value(1), &attributes))
            return malformed();
        result.namespaceName = text(attributes, 1);
        result.verb = text(attributes, 2);
        result.group = text(attributes, 3);
        result.version = text(attributes, 4);
        result.resource = text(attributes, 5);
        result.subresource = text(attributes, 6);
        result.name = text(attributes, 7);
    } else if (spec.contains(2)) {
        QHash<quint32, QByteArrayView> attributes;
        if (!readStrings(spec.value(2), &attributes))
            return malformed();
        result.nonResourcePath = text(attributes, 1);
        result.verb = text(attributes, 2);
    } else {
        *error =
            QStringLiteral("spec.resourceAttributes or spec.nonResourceAttributes is required");
        return std::nullopt;
    }
    return result;
}

std::optional<AccessReview> AccessReview::fromJson(const QJsonObject &review, QString *error)
{
    const QJsonObject spec = review.value(QStringLiteral("spec")).toObject();
    AccessReview result;
    if (spec.contains(QStringLiteral("resourceAttributes"))) {
        const QJsonObject a = spec.value(QStringLiteral("resourceAttributes")).toObject();
        result.namespaceName = a.value(QStringLiteral("namespace")).toString();
        result.verb = a.value(QStringLiteral("verb")).toString();
        result.group = a.value(QStringLiteral("group")).toString();
        result.version = a.value(QStringLiteral("version")).toString();
        result.resource = a.value(QStringLiteral("resource")).toString();
        result.subresource = a.value(QStringLiteral("subresource")).toString();
        result.name = a.value(QStringLiteral("name")).toString();
    } else if (spec.contains(QStringLiteral("nonResourceAttributes"))) {
        const QJsonObject a = spec.value(QStringLiteral("nonResourceAttributes")).toObject();
        result.nonResourcePath = a.value(QStringLiteral("path")).toString();
        result.verb = a.value(QStringLiteral("verb")).toString();
    } else {
        *error =
            QStringLiteral("spec.resourceAttributes or spec.nonResourceAttributes is required");
        return std::nullopt;
    }
    return result;
}

} // namespace Sim
