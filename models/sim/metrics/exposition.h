#pragma once

#include "models/sim/metrics/exporteridentity.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace Sim {

// Prometheus' text exposition format 0.0.4 as client_golang writes it: one `# HELP` and one
// `# TYPE` line per family, then all of the family's samples together, families sorted by name,
// a sample's own labels sorted by name after the identity labels, values formatted as Go's
// strconv.FormatFloat(v, 'g', -1, 64). A family written by two exporters (the pool's
// `openebs_total_read_bytes{vol,pool}` and the target's label-less one) stays one family: its first
// HELP wins and its samples follow one another.
class Exposition
{
public:
    using Labels = ExporterIdentity::Labels;

    static const QByteArray contentType; // text/plain; version=0.0.4; charset=utf-8

    // The labels every following sample carries before its own (a scrape's target labels).
    void setIdentity(const Labels &identity);

    void gauge(const char *name, const char *help, double value, const Labels &labels = {});
    void counter(const char *name, const char *help, double value, const Labels &labels = {});

    QByteArray text() const;
    bool isEmpty() const { return m_families.isEmpty(); }

    // 1, 0.5, 1.009778688e+10, NaN, +Inf: Go's shortest 'g' with exponents from 1e+06 up.
    static QByteArray formatValue(double value);

private:
    struct Family
    {
        QByteArray help;
        QByteArray type;
        QByteArray samples;
    };
    void add(const char *name, const char *help, const char *type, double value,
             const Labels &labels);

    QHash<QByteArray, Family> m_families;
    Labels m_identity;
};

} // namespace Sim
