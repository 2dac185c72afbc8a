// List pages: splitting never fails on a valid list, and finds what a whole parse finds (the
// metadata and the items, in order); on anything else it refuses or stays within the body.
#include "fuzzsupport.h"

#include "models/kube/listpage.h"

#include <QJsonArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const std::optional<Kube::ListPage> page = Kube::ListPage::split(body);
    const std::optional<QList<QJsonObject>> items =
        page ? page->items() : std::optional<QList<QJsonObject>>();

    QJsonParseError error;
    const QJsonDocument whole = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !whole.isObject())
        return 0;
    const QJsonValue wholeItems = whole.object().value(QLatin1String("items"));
    if (!wholeItems.isArray() && !wholeItems.isNull() && !wholeItems.isUndefined()) {
        if (page)
            std::abort(); // items that are not a list must be refused
        return 0;
    }
    if (!page)
        std::abort(); // a valid list refused
    const QJsonObject metadata = whole.object().value(QLatin1String("metadata")).toObject();
    if (page->continueToken() != metadata.value(QLatin1String("continue")).toString() ||
        page->resourceVersion() != metadata.value(QLatin1String("resourceVersion")).toString())
        std::abort();
    const QJsonArray array = wholeItems.toArray();
    bool allObjects = true;
    for (const QJsonValue &item : array)
        allObjects = allObjects && item.isObject();
    if (bool(items) != allObjects)
        std::abort();
    if (items) {
        if (items->size() != array.size())
            std::abort();
        for (qsizetype i = 0; i < items->size(); ++i) {
            if (items->at(i) != array.at(i).toObject())
                std::abort();
        }
    }
    return 0;
}
