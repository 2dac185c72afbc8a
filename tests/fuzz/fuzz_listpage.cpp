// List pages: splitting never fails on a valid list, and finds what a whole parse finds (the
// metadata and the items, in order); on anything else it refuses or stays within the body.
// Items are parsed strictly: what QJsonDocument alone accepts ("1.") may be refused.
#include "fuzzsupport.h"

#include "models/json/document.h"
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
    const std::optional<Json::Document> items = page ? page->items() : std::nullopt;

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
    if (items && !allObjects)
        std::abort(); // items that are not all objects must be refused
    if (!items && allObjects && Json::Document::parse(body))
        std::abort(); // strict JSON refused
    if (items && items->root().toQJson().toArray() != array)
        std::abort();
    return 0;
}
