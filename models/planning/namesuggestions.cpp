#include "models/planning/namesuggestions.h"

#include <QLocale>

#include <algorithm>
#include <utility>
#include <vector>

namespace Migration {

QStringList NameSuggestions::closest(const QString &typed, const QStringList &candidates, int max)
{
    const QString wanted = typed.trimmed();
    if (wanted.isEmpty())
        return {};
    const int limit = std::max(2, int(wanted.size()) / 3);
    // (rank, name): containing names rank by their length, others after them by distance.
    std::vector<std::pair<qsizetype, QString>> ranked;
    for (const QString &candidate : candidates) {
        if (candidate == wanted)
            continue;
        if (candidate.contains(wanted, Qt::CaseInsensitive)) {
            ranked.emplace_back(candidate.size() - wanted.size(), candidate);
            continue;
        }
        const int distance = editDistance(wanted.toLower(), candidate.toLower(), limit);
        if (distance <= limit)
            ranked.emplace_back(qsizetype(1) << 20 | distance, candidate);
    }
    std::sort(ranked.begin(), ranked.end());
    QStringList names;
    for (const auto &[rank, name] : ranked) {
        // Of the names a few mistakes away, only the nearest: pool names differ in a few
        // characters from each other.
        if (names.size() >= max || (rank >= qsizetype(1) << 20 && rank > ranked.front().first))
            break;
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString NameSuggestions::didYouMean(const QString &typed, const QStringList &candidates)
{
    const QStringList names = closest(typed, candidates);
    if (names.isEmpty())
        return {};
    return tr("; did you mean %1?").arg(QLocale().createSeparatedList(names));
}

// Levenshtein distance, given up (returning limit + 1) once every path exceeds `limit`.
int NameSuggestions::editDistance(const QString &a, const QString &b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[size_t(j)] =
                std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
            best = std::min(best, current[size_t(j)]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous.back();
}

} // namespace Migration
