#include "models/metrics/prometheusanswer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Metrics {

QString PrometheusAnswer::errorOf(const QJsonObject &answer)
{
    if (answer.value(QStringLiteral("status")).toString() != QLatin1String("error"))
        return QString();
    const QString type = answer.value(QStringLiteral("errorType")).toString();
    const QString error = answer.value(QStringLiteral("error")).toString();
    return type.isEmpty() ? error : QStringLiteral("%1: %2").arg(type, error);
}

PrometheusAnswer PrometheusAnswer::ofMatrix(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        PrometheusAnswer result;
        result.problem = error.error != QJsonParseError::NoError
                             ? tr("the answer is not JSON: %1 at byte %2")
                                   .arg(error.errorString())
                                   .arg(error.offset)
                             : tr("the answer is not a JSON object");
        return result;
    }
    return ofMatrix(document.object());
}

PrometheusAnswer PrometheusAnswer::ofMatrix(const QJsonObject &answer)
{
    PrometheusAnswer result;
    const QString status = answer.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("error")) {
        result.problem = tr("Prometheus refused the query: %1").arg(errorOf(answer));
        return result;
    }
    if (status != QLatin1String("success")) {
        result.problem = tr("the answer is not a Prometheus query result (no \"status\": "
                            "\"success\")");
        return result;
    }
    const QJsonObject data = answer.value(QStringLiteral("data")).toObject();
    const QString type = data.value(QStringLiteral("resultType")).toString();
    if (type != QLatin1String("matrix")) {
        result.problem = tr("the answer's resultType is \"%1\", not \"matrix\"").arg(type);
        return result;
    }
    const QJsonValue items = data.value(QStringLiteral("result"));
    if (!items.isArray()) {
        result.problem = tr("the answer's data.result is not a list");
        return result;
    }
    const QJsonArray list = items.toArray();
    result.series.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        Series series;
        QString problem;
        if (!list.at(i).isObject() || !readSeries(list.at(i).toObject(), &series, &problem)) {
            result.problem = tr("series %1 of the answer: %2")
                                 .arg(i)
                                 .arg(problem.isEmpty() ? tr("not an object") : problem);
            result.series.clear();
            return result;
        }
        result.series.append(std::move(series));
    }
    return result;
}

bool PrometheusAnswer::readSeries(const QJsonObject &item, Series *series, QString *problem)
{
    const QJsonValue metric = item.value(QStringLiteral("metric"));
    if (!metric.isObject()) {
        *problem = tr("\"metric\" is not an object");
        return false;
    }
    const QJsonObject labels = metric.toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!it.value().isString()) {
            *problem = tr("label \"%1\" is not a string").arg(it.key());
            return false;
        }
        if (it.key() == QLatin1String("__name__"))
            series->metric = it.value().toString();
        else
            series->labels.insert(it.key(), it.value().toString());
    }
    const QJsonValue values = item.value(QStringLiteral("values"));
    if (!values.isArray()) {
        *problem = tr("\"values\" is not a list");
        return false;
    }
    const QJsonArray samples = values.toArray();
    series->samples.reserve(samples.size());
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QJsonArray pair = samples.at(i).toArray();
        bool ok = false;
        const double value =
            pair.size() == 2 && pair.at(1).isString() ? pair.at(1).toString().toDouble(&ok) : 0;
        const QString text = pair.size() == 2 ? pair.at(1).toString() : QString();
        const bool special = text == QLatin1String("NaN") || text == QLatin1String("+Inf") ||
                             text == QLatin1String("-Inf");
        if (!pair.at(0).isDouble() || !(ok || special) || !std::isfinite(pair.at(0).toDouble())) {
            *problem = tr("sample %1 is not [time, \"value\"]").arg(i);
            return false;
        }
        if (special)
            continue; // no number to draw or fit
        series->samples.append({qint64(std::llround(pair.at(0).toDouble() * 1000)), value});
    }
    return true;
}

} // namespace Metrics
