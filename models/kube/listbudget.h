#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QtGlobal>

namespace Kube {

// The pages of one list taken together. They are one answer cut in pieces, so their bytes count
// against the limit of one answer (a server that hands out pages without end would otherwise fill
// memory page by page, each one within the limit), and a continue token given twice means a list
// that never ends.
class ListBudget
{
    Q_DECLARE_TR_FUNCTIONS(Kube::ListBudget)

public:
    // `maxBytes` <= 0: no limit on the bytes (the continue tokens are still checked).
    ListBudget(const QString &path, qint64 maxBytes);

    // Counts a page of `bytes` bytes whose continue token is `next` (empty on the last page).
    // False when the list has to be given up; problem() then says why.
    bool take(qint64 bytes, const QString &next);
    QString problem() const { return m_problem; }
    // As a failed reply's reason: "TooLarge" (the bytes) or "EndlessList" (a token given twice).
    QString reason() const;

private:
    QString m_path;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    int m_pages = 0;
    QSet<QString> m_tokens;
    QString m_problem;
};

} // namespace Kube
