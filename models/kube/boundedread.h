#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

class QIODevice;

namespace Kube {

// The most a file that a kubeconfig is or names (the kubeconfig itself, a certificate, a key, a
// token) may hold. Such files hold kilobytes; a wrong path (/dev/zero, a FIFO that never ends,
// a disk image) has to fail, not be read into memory without end.
constexpr qint64 kMaxConfigFileBytes = qint64(16) << 20;

// Makes room in *buffer for `needed` bytes in all, for a buffer that may grow up to `limit`.
// Small buffers grow as QByteArray grows them; past a few MB the room for the whole limit is
// taken at once: a block that large is mapped by the allocator and its pages cost nothing until
// written, where growing by doubling from the heap copies the buffer each time and holds two
// copies meanwhile (a buffer at the limit would briefly need twice it).
void reserveWithin(QByteArray *buffer, qsizetype needed, qint64 limit);

// All of `device` up to `limit` bytes, read piece by piece; nullopt as soon as it holds more
// (nothing past the limit is read). A read error ends the data as it does for readAll().
std::optional<QByteArray> readWithin(QIODevice *device, qint64 limit);

} // namespace Kube
