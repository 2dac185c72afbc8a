#pragma once

#include <QByteArray>

namespace Sim::XxHash {

// XXH64 (github.com/cespare/xxhash, which CO pkg/util/hash uses) of `data`.
quint64 hash64(const QByteArray &data, quint64 seed = 0);

} // namespace Sim::XxHash
