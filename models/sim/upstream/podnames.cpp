#include "models/sim/upstream/podnames.h"

namespace Sim::PodNames {

namespace {

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

bool endsWithOrdinal(const QString &name)
{
    qsizetype digits = 0;
    while (digits < name.size() && name.at(name.size() - 1 - digits).isDigit())
        ++digits;
    return digits > 0 && digits < name.size() &&
           name.at(name.size() - 1 - digits) == QLatin1Char('-');
}

} // namespace

quint64 stableHash(const QString &text)
{
    quint64 hash = 14695981039346656037ull;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ull;
    }
    return hash;
}

QString ofDeployment(const QString &deployment, const QString &seed)
{
    const quint64 h = stableHash(seed);
    return deployment + QLatin1Char('-') + suffix(h, 10) + QLatin1Char('-') + suffix(h >> 32, 5);
}

ClaimUser ofClaimUser(const QString &ns, const QString &claim)
{
    const QString prefix = QStringLiteral("data-");
    ClaimUser user;
    if (claim.startsWith(prefix) && claim.size() > prefix.size()) {
        const QString rest = claim.mid(prefix.size());
        user.pod = endsWithOrdinal(rest) ? rest : rest + QStringLiteral("-0");
        user.statefulSet = user.pod.left(user.pod.lastIndexOf(QLatin1Char('-')));
        return user;
    }
    user.deployment = claim + QStringLiteral("-app");
    user.pod = ofDeployment(user.deployment, ns + QLatin1Char('/') + claim);
    return user;
}

} // namespace Sim::PodNames
