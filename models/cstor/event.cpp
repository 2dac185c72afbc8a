#include "models/cstor/event.h"

#include "models/cstor/fieldreader.h"

namespace Cstor {

bool Event::fromJson(const Json::Value &object, Event *out, QString *error)
{
    FieldReader reader(QLatin1String("Event"), error);
    Event event;
    Json::Value source, involved, series;
    if (!reader.readMeta(object, &event.meta) ||
        !reader.object(object.value(QLatin1String("source")), QLatin1String("source"), &source) ||
        !reader.object(object.value(QLatin1String("involvedObject")),
                       QLatin1String("involvedObject"), &involved) ||
        !reader.object(object.value(QLatin1String("series")), QLatin1String("series"), &series))
        return false;
    QString reportingComponent;
    QDateTime eventTime, seriesLastObserved;
    int seriesCount = 0;
    if (!reader.string(object.value(QLatin1String("type")), QLatin1String("type"), &event.type) ||
        !reader.string(object.value(QLatin1String("reason")), QLatin1String("reason"),
                       &event.reason) ||
        !reader.string(object.value(QLatin1String("message")), QLatin1String("message"),
                       &event.message) ||
        !reader.string(source.value(QLatin1String("component")), QLatin1String("source.component"),
                       &event.sourceComponent) ||
        !reader.string(object.value(QLatin1String("reportingComponent")),
                       QLatin1String("reportingComponent"), &reportingComponent) ||
        !reader.string(involved.value(QLatin1String("kind")), QLatin1String("involvedObject.kind"),
                       &event.involvedKind) ||
        !reader.string(involved.value(QLatin1String("name")), QLatin1String("involvedObject.name"),
                       &event.involvedName) ||
        !reader.string(involved.value(QLatin1String("uid")), QLatin1String("involvedObject.uid"),
                       &event.involvedUid) ||
        !reader.integer(object.value(QLatin1String("count")), QLatin1String("count"),
                        &event.count) ||
        !reader.integer(series.value(QLatin1String("count")), QLatin1String("series.count"),
                        &seriesCount) ||
        !reader.time(object.value(QLatin1String("firstTimestamp")), QLatin1String("firstTimestamp"),
                     &event.firstTimestamp) ||
        !reader.time(object.value(QLatin1String("lastTimestamp")), QLatin1String("lastTimestamp"),
                     &event.lastTimestamp) ||
        !reader.time(object.value(QLatin1String("eventTime")), QLatin1String("eventTime"),
                     &eventTime) ||
        !reader.time(series.value(QLatin1String("lastObservedTime")),
                     QLatin1String("series.lastObservedTime"), &seriesLastObserved))
        return false;

    // Events written through the newer events API leave the legacy fields empty and carry
    // eventTime, series and reportingComponent instead.
    if (event.sourceComponent.isEmpty())
        event.sourceComponent = reportingComponent;
    if (!event.firstTimestamp.isValid())
        event.firstTimestamp = eventTime.isValid() ? eventTime : event.meta.creationTimestamp;
    if (!event.lastTimestamp.isValid())
        event.lastTimestamp =
            seriesLastObserved.isValid() ? seriesLastObserved : event.firstTimestamp;
    if (seriesCount > event.count)
        event.count = seriesCount;
    if (event.count < 1)
        event.count = 1;
    *out = std::move(event);
    return true;
}

} // namespace Cstor
