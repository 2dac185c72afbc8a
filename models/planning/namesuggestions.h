#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Migration {

// "Did you mean ...?" for a name an operator typed that the cluster does not have: the names
// that contain it (a pool typed by its suffix, `pn9p`), then the ones a few typing mistakes
// away, nearest first.
class NameSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(Migration::NameSuggestions)

public:
    // At most `max` candidates: those containing `typed` (shortest first); when none does, the
    // nearest within an edit distance of a third of its length (at least 2), ties by name.
    static QStringList closest(const QString &typed, const QStringList &candidates, int max = 3);
    // "; did you mean a or b?" to append to an error, or empty when nothing is close.
    static QString didYouMean(const QString &typed, const QStringList &candidates);

private:
    static int editDistance(const QString &a, const QString &b, int limit);
};

} // namespace Migration
