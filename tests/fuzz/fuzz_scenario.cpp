// Scenario files: YAML/JSON to objects, the checks, and storing them in a fresh simulated
// cluster store with what a dump lacks derived.
#include "fuzzsupport.h"

#include "models/sim/scenarios/scenarioloader.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Sim::SimClock clock;
    clock.setSeed(7);
    Sim::ObjectStore store;
    store.setRandomSeed(7);
    store.setClock([&clock] { return clock.now(); });
    for (const char *resource :
         {"cstorpoolclusters", "cstorpoolinstances", "cstorvolumeconfigs", "cstorvolumes",
          "cstorvolumereplicas", "cstorvolumepolicies", "cstorvolumeattachments"})
        store.registerResource(QLatin1String(resource), QStringLiteral("cstor.openebs.io"));
    store.registerResource(QStringLiteral("events"), QString());
    store.registerResource(QStringLiteral("namespaces"), QString());
    Sim::ScenarioLoader loader(&store, &clock);
    QString error;
    if (loader.parse(Fuzz::bytes(data, size), QStringLiteral("scenario.yaml"), &error))
        (void)loader.apply(&error, true);
    else if (error.isEmpty())
        std::abort(); // a rejected scenario always says why
    return 0;
}
