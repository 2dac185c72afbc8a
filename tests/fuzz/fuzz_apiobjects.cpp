// API objects as the console receives them: a single object, a List page (split and its items
// parsed as the informers do) or a watch body, each object through every cStor decoder.
#include "fuzzsupport.h"

#include "models/cstor/event.h"
#include "models/cstor/poolcluster.h"
#include "models/cstor/poolinstance.h"
#include "models/cstor/volume.h"
#include "models/cstor/volumeconfig.h"
#include "models/cstor/volumereplica.h"
#include "models/kube/listpage.h"
#include "models/kube/watchstream.h"

namespace {

template<typename T>
void decode(const Json::Value &object)
{
    T decoded;
    QString error;
    if (!T::fromJson(object, &decoded, &error) && error.isEmpty())
        std::abort(); // a failure always says why
}

void decodeAll(const Json::Value &object)
{
    decode<Cstor::PoolCluster>(object);
    decode<Cstor::PoolInstance>(object);
    decode<Cstor::VolumeConfig>(object);
    decode<Cstor::Volume>(object);
    decode<Cstor::VolumeReplica>(object);
    decode<Cstor::Event>(object);
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
    // One object.
    if (const std::optional<Json::Document> document = Json::Document::parse(input))
        decodeAll(document->root());
    // A List page, as the informer reads it.
    if (const std::optional<Kube::ListPage> page = Kube::ListPage::split(input)) {
        if (const std::optional<Json::Document> items = page->items()) {
            for (const Json::Value item : items->root())
                decodeAll(item);
        }
    }
    // A watch body: one event per line.
    Kube::WatchStream stream;
    stream.append(input);
    stream.append(QByteArrayLiteral("\n"));
    while (const std::optional<QByteArray> line = stream.takeLine())
        decodeAll(Kube::WatchStream::decode(*line).object.root());
    return 0;
}
