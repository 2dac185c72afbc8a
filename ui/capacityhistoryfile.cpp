#include "ui/capacityhistoryfile.h"

#include "ui/offthread.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcHistoryFile, "cstor.ui.historyfile", QtInfoMsg)
} // namespace

namespace Ui {

CapacityHistoryFile::CapacityHistoryFile(const QString &what, QObject *parent)
    : QObject(parent)
    , m_what(what)
    , m_thread(1)
{
}

CapacityHistoryFile::~CapacityHistoryFile()
{
    m_thread.finishStarted(); // the console is closing: let the last write complete
}

void CapacityHistoryFile::save(const Items::CapacityHistory &history, const QString &path)
{
    m_thread.start([history, path, what = m_what] {
        QString error;
        if (!history.save(path, &error))
            qCWarning(lcHistoryFile).noquote()
                << QStringLiteral("could not keep the %1: %2").arg(what, error);
    });
}

void CapacityHistoryFile::load(
    const QString &path, int capacity,
    std::function<void(const std::optional<Items::CapacityHistory> &)> done)
{
    OffThread::runOn(
        m_thread, this,
        [path, capacity, what = m_what] {
            Items::CapacityHistory history(capacity);
            QString error;
            if (!history.load(path, &error)) {
                qCWarning(lcHistoryFile).noquote()
                    << QStringLiteral("could not read the %1: %2").arg(what, error);
                return std::optional<Items::CapacityHistory>();
            }
            return std::optional<Items::CapacityHistory>(history);
        },
        std::move(done));
}

} // namespace Ui
