#include "models/sim/upstream/podnames.h"

namespace Sim::PodNames {

namespace {

quint64 fnv1a(const QString &text)
{
    quint64 hash = 14695981039346656037ull;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ull;
    }
    return hash;
}

// Kubernetes' pod-name suffix alphabet.
QString suffix(quint64 value, int length)
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString result;
    for (int i = 0; i < length; ++i) {
        result.append(QLatin1Char(alphabet[value % 27]));
        value /= 27;
    }
    return result;
}

} // namespace

QString ofDeployment(const QString &deployment, const QString &seed)
{
    const quint64 h = fnv1a(seed);
    return deployment + QLatin1Char('-') + suffix(h, 10) + QLatin1Char('-') + suffix(h >> 32, 5);
}

} // namespace Sim::PodNames
