// Kubernetes quantities and ZFS sizes: parsing, and the formatted forms parsing back.
#include "fuzzsupport.h"

#include "models/cstor/capacity.h"

using Cstor::Capacity;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    QString error;
    if (const std::optional<qint64> bytes = Capacity::parseQuantity(text, &error)) {
        // The canonical form is exact.
        if (Capacity::parseQuantity(Capacity::formatQuantity(*bytes)) != *bytes)
            std::abort();
        (void)Capacity::formatBytes(*bytes);
        if (*bytes >= 0 && !Capacity::parseQuantity(Capacity::zfsAsQuantity(*bytes)))
            std::abort();
    } else if (error.isEmpty()) {
        std::abort();
    }
    error.clear();
    if (const std::optional<qint64> bytes = Capacity::parseZfsSize(text, &error)) {
        // The short form is rounded (e.g. "8E"): near 2^63 it names more than a qint64 holds.
        if (*bytes >= 0 && *bytes < (qint64(1) << 62) &&
            !Capacity::parseZfsSize(Capacity::formatZfsSize(*bytes)))
            std::abort();
    } else if (error.isEmpty()) {
        std::abort();
    }
    return 0;
}
