#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Cstor {

// The two size notations cStor writes.
// - Kubernetes quantities (CSPI capacity, CVC/CV capacity): "81500", "56k", "9630M", "5040k",
//   "5Gi", "1.5G", "9625040k". Decimal suffixes k M G T P E, binary Ki Mi Gi Ti Pi Ei, "m" milli.
// - ZFS human-readable sizes (CVR capacity): "1.47G", "91.4M", "6K", "0", base 1024.
class Capacity
{
public:
    // Bytes of a Kubernetes quantity; nullopt (and *error set) when malformed.
    static std::optional<qint64> parseQuantity(QStringView text, QString *error = nullptr);
    // Bytes of a ZFS-style size; nullopt (and *error set) when malformed.
    static std::optional<qint64> parseZfsSize(QStringView text, QString *error = nullptr);

    // As `zfs get` prints: 3 significant digits, base 1024, one letter (K M G T P E), "0" for 0.
    static QString formatZfsSize(qint64 bytes);
    // The canonical Kubernetes form of a decimal quantity, as resource.Quantity serialises it:
    // the largest decimal suffix that keeps an integer mantissa ("9630M", "5040k", "81500").
    static QString formatQuantity(qint64 bytes);
    // What cStor's pool-manager writes into CSPI capacity: a ZFS size string read as a decimal
    // quantity (K -> k), e.g. 9.40 GiB -> "9.40G" -> "9400M".
    static QString zfsAsQuantity(qint64 bytes);
    // For people: one unit system in the whole UI (binary, "1.47 GiB", "91.4 MiB", "512 B").
    static QString formatBytes(qint64 bytes);
    // The same without the space, for the command line's tables and plans ("1.47GiB").
    static QString formatBytesCompact(qint64 bytes);
};

} // namespace Cstor
