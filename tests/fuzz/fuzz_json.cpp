// Json::Document against QJsonDocument on the same bytes: what it accepts, QJsonDocument accepts
// too, with the same values; and reading any part of what it accepts never fails.
#include "fuzzsupport.h"

#include "models/json/document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Every way of reading a value, down to its leaves.
void readAll(const Json::Value &value)
{
    (void)value.toBool();
    (void)value.toDouble();
    (void)value.toInteger();
    (void)value.toString();
    (void)value.equals(QLatin1String("metadata"));
    (void)value.value(QLatin1String("metadata"));
    (void)value.keys();
    for (auto it = value.begin(); it != value.end(); ++it) {
        (void)it.key();
        readAll(*it);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    QString error;
    const std::optional<Json::Document> document = Json::Document::parse(input, &error);
    if (!document) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    const Json::Value root = document->root();
    readAll(root);
    if (!root.isObject() && !root.isArray())
        return 0; // QJsonDocument holds objects and arrays only
    QJsonParseError qtError;
    const QJsonDocument expected = QJsonDocument::fromJson(input, &qtError);
    if (qtError.error != QJsonParseError::NoError)
        std::abort(); // accepted here, refused by QJsonDocument
    const QJsonValue read = root.toQJson();
    if (read !=
        (expected.isObject() ? QJsonValue(expected.object()) : QJsonValue(expected.array())))
        std::abort(); // read differently
    return 0;
}
