#include "models/kube/listbudget.h"

namespace Kube {

ListBudget::ListBudget(const QString &path, qint64 maxBytes)
    : m_path(path)
    , m_maxBytes(maxBytes)
{
}

bool ListBudget::take(qint64 bytes, const QString &next)
{
    ++m_pages;
    m_bytes += bytes;
    if (m_maxBytes > 0 && m_bytes > m_maxBytes) {
        m_problem = tr("the list of %1 is too large: its first %n page(s) come to more than the "
                       "limit of %2 MB",
                       nullptr, m_pages)
                        .arg(m_path, QString::number(m_maxBytes >> 20));
        return false;
    }
    if (!next.isEmpty() && m_tokens.contains(next)) {
        m_problem = tr("the list of %1 does not end: the server gave page %n the continue token of "
                       "an earlier page",
                       nullptr, m_pages)
                        .arg(m_path);
        return false;
    }
    if (!next.isEmpty())
        m_tokens.insert(next);
    return true;
}

QString ListBudget::reason() const
{
    if (m_problem.isEmpty())
        return QString();
    return m_maxBytes > 0 && m_bytes > m_maxBytes ? QStringLiteral("TooLarge")
                                                  : QStringLiteral("EndlessList");
}

} // namespace Kube
