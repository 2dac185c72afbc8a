#pragma once

// What every fuzz target shares: one QCoreApplication for the process (translations, the
// event dispatcher, application paths) and quiet Qt logging, so that only crashes speak.
#include <QByteArray>
#include <QCoreApplication>

#include <cstdlib>

namespace Fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &)
{
    if (type == QtFatalMsg)
        std::abort();
}

inline void initialize(int *argc, char ***argv)
{
    qInstallMessageHandler(quietMessages);
    static QCoreApplication app(*argc, *argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace Fuzz
