#include "models/sim/metrics/openmetricshistory.h"

#include "models/sim/metrics/exporteridentity.h"
#include "models/sim/metrics/iohistory.h"
#include "models/sim/metrics/poolhistory.h"

#include <QIODevice>

#include <charconv>

namespace Sim::OpenMetricsHistory {

namespace {

constexpr qsizetype kChunkBytes = 1 << 20;

enum class Family { Size, Used, Free, UsedPercent };

struct FamilyText
{
    Family family;
    const char *name;
    const char *help; // m-exporter pkg/collector/pool/metrics.go
};

constexpr FamilyText kFamilies[] = {
    {Family::Size, "openebs_pool_size", "Size of pool"},
    {Family::Used, "openebs_used_pool_capacity", "Capacity used by pool"},
    {Family::Free, "openebs_free_pool_capacity", "Free capacity in pool"},
    {Family::UsedPercent, "openebs_used_pool_capacity_percent", "Capacity used by pool in percent"},
};

qint64 valueOf(Family family, const PoolHistory::Pool &pool, qint64 ms)
{
    const qint64 size = pool.pool.sizeBytes;
    switch (family) {
    case Family::Size:
        return size;
    case Family::Used:
        return pool.profile.usedAt(ms);
    case Family::Free:
        return size - pool.profile.usedAt(ms);
    case Family::UsedPercent:
        break;
    }
    return size > 0 ? pool.profile.usedAt(ms) * 100 / size : 0;
}

void appendNumber(QByteArray &buffer, qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    buffer.append(digits, result.ptr - digits);
}

class ChunkedWriter
{
public:
    explicit ChunkedWriter(QIODevice *out)
        : m_out(out)
    {
        m_buffer.reserve(kChunkBytes + 4096);
    }

    QByteArray &buffer() { return m_buffer; }

    bool flushIfFull(QString *error) { return m_buffer.size() < kChunkBytes || flush(error); }

    bool flush(QString *error)
    {
        qsizetype written = 0;
        while (written < m_buffer.size()) {
            const qint64 n =
                m_out->write(m_buffer.constData() + written, m_buffer.size() - written);
            if (n <= 0) {
                *error = QStringLiteral("could not write the pool history: %1")
                             .arg(m_out->errorString());
                return false;
            }
            written += n;
        }
        m_buffer.clear();
        return true;
    }

private:
    QIODevice *m_out;
    QByteArray m_buffer;
};

} // namespace

bool write(const PoolHistory &history, QIODevice *out, QString *error, const IoHistory *io)
{
    Part whole;
    whole.io = io;
    return write(history, whole, out, error);
}

bool write(const PoolHistory &history, const Part &part, QIODevice *out, QString *error)
{
    ChunkedWriter writer(out);
    QByteArray &buffer = writer.buffer();
    const qint64 first = history.firstSampleMs();
    const qint64 last = history.lastSampleMs();
    const qint64 step = history.options().stepMs;

    const QList<PoolHistory::Pool> pools = history.pools().mid(part.firstPool, part.pools);
    QList<QByteArray> labels;
    labels.reserve(pools.size());
    for (const PoolHistory::Pool &pool : pools)
        labels.append(ExporterIdentity::render(
            ExporterIdentity::ofPool(pool.pool.ns, pool.pool.cspi, pool.pool.cspc, pool.pool.pod)));

    for (const FamilyText &family : kFamilies) {
        if (part.pools == 0)
            break;
        buffer.append("# HELP ").append(family.name).append(' ').append(family.help).append('\n');
        buffer.append("# TYPE ").append(family.name).append(" gauge\n");
        for (qsizetype i = 0; i < pools.size(); ++i) {
            const PoolHistory::Pool &pool = pools.at(i);
            for (qint64 ms = first; ms <= last; ms += step) {
                buffer.append(family.name).append(labels.at(i)).append(' ');
                appendNumber(buffer, valueOf(family.family, pool, ms));
                buffer.append(' ');
                appendNumber(buffer, ms / 1000);
                buffer.append('\n');
                if (!writer.flushIfFull(error))
                    return false;
            }
        }
    }
    if (part.io && !part.io->write(
                       buffer, [&writer, error] { return writer.flushIfFull(error); },
                       part.firstVolume, part.volumes))
        return false;
    buffer.append("# EOF\n");
    return writer.flush(error);
}

} // namespace Sim::OpenMetricsHistory
