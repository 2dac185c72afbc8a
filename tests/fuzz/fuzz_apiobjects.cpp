// API objects as the console receives them: a single object, a List (what a list page
// holds) or a watch body, each object through every cStor decoder.
#include "fuzzsupport.h"

#include "models/cstor/event.h"
#include "models/cstor/poolcluster.h"
#include "models/cstor/poolinstance.h"
#include "models/cstor/volume.h"
#include "models/cstor/volumeconfig.h"
#include "models/cstor/volumereplica.h"
#include "models/kube/watchstream.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

template<typename T>
void decode(const QJsonObject &object)
{
    T decoded;
    QString error;
    if (!T::fromJson(object, &decoded, &error) && error.isEmpty())
        std::abort(); // a failure always says why
}

void decodeAll(const QJsonObject &object)
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
    // One object, or a List page as the informer reads it.
    const QJsonObject document = QJsonDocument::fromJson(input).object();
    decodeAll(document);
    for (const QJsonValue &item : document.value(QLatin1String("items")).toArray())
        decodeAll(item.toObject());
    // A watch body: one event per line.
    Kube::WatchStream stream;
    stream.append(input);
    stream.append(QByteArrayLiteral("\n"));
    while (const std::optional<QByteArray> line = stream.takeLine())
        decodeAll(Kube::WatchStream::decode(*line).object);
    return 0;
}
