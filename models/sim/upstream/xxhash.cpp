#include "models/sim/upstream/xxhash.h"

#include <QtEndian>

#include <cstring>

namespace Sim::XxHash {

namespace {

constexpr quint64 kPrime1 = 11400714785074694791ull;
constexpr quint64 kPrime2 = 14029467366897019727ull;
constexpr quint64 kPrime3 = 1609587929392839161ull;
constexpr quint64 kPrime4 = 9650029242287828579ull;
constexpr quint64 kPrime5 = 2870177450012600261ull;

quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

quint64 read64(const char *p)
{
    quint64 v;
    std::memcpy(&v, p, 8);
    return qFromLittleEndian(v);
}

quint32 read32(const char *p)
{
    quint32 v;
    std::memcpy(&v, p, 4);
    return qFromLittleEndian(v);
}

quint64 round(quint64 acc, quint64 input)
{
    acc += input * kPrime2;
    acc = rotl(acc, 31);
    return acc * kPrime1;
}

quint64 mergeRound(quint64 acc, quint64 val)
{
    acc ^= round(0, val);
    return acc * kPrime1 + kPrime4;
}

} // namespace

quint64 hash64(const QByteArray &data, quint64 seed)
{
    const char *p = data.constData();
    const char *end = p + data.size();
    quint64 h;
    if (data.size() >= 32) {
        quint64 v1 = seed + kPrime1 + kPrime2;
        quint64 v2 = seed + kPrime2;
        quint64 v3 = seed;
        quint64 v4 = seed - kPrime1;
        const char *limit = end - 32;
        do {
            v1 = round(v1, read64(p));
            v2 = round(v2, read64(p + 8));
            v3 = round(v3, read64(p + 16));
            v4 = round(v4, read64(p + 24));
            p += 32;
        } while (p <= limit);
        h = rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18);
        h = mergeRound(h, v1);
        h = mergeRound(h, v2);
        h = mergeRound(h, v3);
        h = mergeRound(h, v4);
    } else {
        h = seed + kPrime5;
    }
    h += quint64(data.size());
    while (p + 8 <= end) {
        h ^= round(0, read64(p));
        h = rotl(h, 27) * kPrime1 + kPrime4;
        p += 8;
    }
    if (p + 4 <= end) {
        h ^= quint64(read32(p)) * kPrime1;
        h = rotl(h, 23) * kPrime2 + kPrime3;
        p += 4;
    }
    while (p < end) {
        h ^= quint64(quint8(*p)) * kPrime5;
        h = rotl(h, 11) * kPrime1;
        ++p;
    }
    h ^= h >> 33;
    h *= kPrime2;
    h ^= h >> 29;
    h *= kPrime3;
    h ^= h >> 32;
    return h;
}

} // namespace Sim::XxHash
