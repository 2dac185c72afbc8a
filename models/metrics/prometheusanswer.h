#pragma once

#include "models/metrics/series.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Metrics {

// A Prometheus HTTP API answer to a range query (`resultType` "matrix"), checked: its series, or
// what is wrong with it in words (Prometheus's own error, or the part of the answer that is not
// what the API documents).
struct PrometheusAnswer
{
    Q_DECLARE_TR_FUNCTIONS(Metrics::PrometheusAnswer)

public:
    QList<Series> series;
    QString problem; // empty when the answer was a query result
    bool isValid() const { return problem.isEmpty(); }

    static PrometheusAnswer ofMatrix(const QJsonObject &answer);
    // The same from the answer's bytes (any thread).
    static PrometheusAnswer ofMatrix(const QByteArray &body);
    // Prometheus's error in an answer `{"status":"error","errorType":…,"error":…}`, or empty.
    static QString errorOf(const QJsonObject &answer);

private:
    static bool readSeries(const QJsonObject &item, Series *series, QString *problem);
};

} // namespace Metrics
