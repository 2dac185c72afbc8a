#include "models/sim/metrics/exposition.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Sim {

const QByteArray Exposition::contentType =
    QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");

namespace {

// HELP text escapes: backslash and newline (the exposition format's rules).
QByteArray escapeHelp(const char *help)
{
    QByteArray out(help);
    out.replace('\\', "\\\\");
    out.replace('\n', "\\n");
    return out;
}

} // namespace

void Exposition::setIdentity(const Labels &identity)
{
    m_identity = identity;
}

void Exposition::gauge(const char *name, const char *help, double value, const Labels &labels)
{
    add(name, help, "gauge", value, labels);
}

void Exposition::counter(const char *name, const char *help, double value, const Labels &labels)
{
    add(name, help, "counter", value, labels);
}

void Exposition::add(const char *name, const char *help, const char *type, double value,
                     const Labels &labels)
{
    const QByteArray key(name);
    auto it = m_families.find(key);
    if (it == m_families.end())
        it = m_families.insert(key, Family{escapeHelp(help), QByteArray(type), QByteArray()});
    // client_golang writes a sample's own labels sorted by name.
    Labels own = labels;
    std::sort(own.begin(), own.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray &out = it->samples;
    out += key;
    out += ExporterIdentity::render(m_identity.isEmpty() ? own : m_identity + own);
    out += ' ';
    out += formatValue(value);
    out += '\n';
}

QByteArray Exposition::text() const
{
    QList<QByteArray> names = m_families.keys();
    std::sort(names.begin(), names.end());
    QByteArray out;
    for (const QByteArray &name : names) {
        const Family &family = m_families[name];
        out += "# HELP " + name + ' ' + family.help + '\n';
        out += "# TYPE " + name + ' ' + family.type + '\n';
        out += family.samples;
    }
    return out;
}

QByteArray Exposition::formatValue(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (value == 0)
        return QByteArrayLiteral("0");
    const QByteArray scientific = QByteArray::number(value, 'e', QLocale::FloatingPointShortest);
    const int exponent = scientific.mid(scientific.indexOf('e') + 1).toInt();
    if (exponent < -4 || exponent >= 6)
        return scientific;
    return QByteArray::number(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace Sim
