#include "app/console/doctorverb.h"

#include "app/console/exitcode.h"
#include "app/console/forecastverb.h"
#include "app/console/output.h"
#include "app/console/snapshotreader.h"
#include "app/console/texttable.h"
#include "app/console/verbcommandline.h"
#include "app/console/yamltext.h"
#include "models/health/doctor.h"
#include "models/health/forecastrules.h"
#include "models/items/pooltrends.h"
#include "models/kube/restclient.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace {

using Doctor::Finding;

QJsonObject toJson(const Finding &finding)
{
    return QJsonObject{
        {QStringLiteral("severity"), Doctor::Doctor::severityName(finding.severity)},
        {QStringLiteral("rule"), finding.rule},
        {QStringLiteral("objects"), QJsonArray::fromStringList(finding.objects)},
        {QStringLiteral("summary"), finding.summary},
        {QStringLiteral("risk"), finding.risk},
        {QStringLiteral("commands"), QJsonArray::fromStringList(finding.commands)},
        {QStringLiteral("fix"), finding.fix},
    };
}

} // namespace

int DoctorVerb::run(const QStringList &arguments)
{
    VerbCommandLine commandLine(
        {QStringLiteral("doctor"),
         tr("The verb."),
         tr("Checks the health of the cStor pools and volumes of a cluster and prints what is "
            "wrong, worst first: for each finding its severity, the objects, what it risks, the "
            "kubectl commands that show it and the fix.\n"
            "Exit codes: 0 nothing at Warning or worse, 1 findings at Warning or worse (or the "
            "cluster could not be read, or cStor objects were skipped because they could not be "
            "read, each named on stderr), 2 usage error."),
         {},
         {},
         {}});
    const QCommandLineOption horizon(
        QStringLiteral("read-only-horizon"),
        tr("Also warn of pools their capacity forecast puts at their read-only threshold within "
           "this time, e.g. 14d: asks the cluster's Prometheus for the pools' history, as the "
           "forecast verb does."),
        QStringLiteral("DURATION"));
    commandLine.addOption(horizon);
    commandLine.addOutputOption(
        {Format::Table, Format::Wide, Format::Json, Format::Yaml, Format::Name});
    commandLine.addNoHeadersOption();
    if (!commandLine.parse(arguments))
        return ExitCode::UsageError;
    if (commandLine.parser().positionalArguments().size() > 1) {
        Output::error(
            tr("Unknown argument: %1").arg(commandLine.parser().positionalArguments().at(1)));
        return ExitCode::UsageError;
    }
    const std::optional<Format> chosen = commandLine.format();
    if (!chosen)
        return ExitCode::UsageError;
    std::optional<double> horizonDays;
    if (commandLine.isSet(horizon)) {
        horizonDays = ForecastVerb::parseDays(commandLine.value(horizon));
        if (!horizonDays) {
            Output::error(tr("--read-only-horizon takes a duration such as 7d, 14d or 2w, not "
                             "\"%1\"")
                              .arg(commandLine.value(horizon)));
            return ExitCode::UsageError;
        }
    }
    const std::optional<VerbCommandLine::Connection> connection = commandLine.connect();
    if (!connection)
        return ExitCode::Failed;
    const QString &ns = connection->target.namespaceName;
    int skipped = 0;
    std::optional<Migration::ClusterSnapshot> snapshot =
        SnapshotReader::read(connection->client.get(), ns, &skipped);
    if (!snapshot)
        return ExitCode::Failed;
    if (horizonDays)
        addForecast(connection->client.get(), &*snapshot);
    const Doctor::Doctor doctor(horizonDays ? int(std::ceil(*horizonDays))
                                            : Doctor::PoolReadOnlySoonRule::kDefaultHorizonDays);
    const QList<Finding> findings = doctor.examine(*snapshot, QDateTime::currentDateTimeUtc());
    print(findings, *chosen, ns, !commandLine.noHeaders());
    if (skipped > 0) {
        // The rules did not see them: "no problems" would not be the whole truth.
        Output::error(tr("error: %n object(s) skipped: they could not be read (see the warnings "
                         "above); the rules did not check them",
                         nullptr, skipped));
        return ExitCode::Failed;
    }
    return Doctor::Doctor::needsAttention(findings) ? ExitCode::Failed : ExitCode::Done;
}

void DoctorVerb::addForecast(Kube::RestClient *client, Migration::ClusterSnapshot *snapshot)
{
    Metrics::PoolForecaster::Request request;
    for (const Cstor::PoolInstance *pool : snapshot->pools())
        request.pools.append(*pool);
    request.now = QDateTime::currentDateTimeUtc();
    const Metrics::PoolForecaster::Result result = ForecastVerb::ask(client, request);
    if (!result.problem.isEmpty()) {
        Output::error(tr("warning: no capacity forecast, so no read-only dates to check: %1")
                          .arg(result.problem));
    }
    snapshot->setPoolTrends(Items::poolTrendsOf(result));
}

void DoctorVerb::print(const QList<Finding> &findings, Format format, const QString &ns,
                       bool headers)
{
    switch (format) {
    case Format::Json:
    case Format::Yaml: {
        QJsonArray rows;
        for (const Finding &finding : findings)
            rows.append(toJson(finding));
        if (format == Format::Json)
            Output::json(rows);
        else
            Output::write(YamlText::fromJson(rows));
        return;
    }
    case Format::Name:
        Output::write(names(findings));
        return;
    case Format::Table:
    case Format::Wide:
        break;
    }
    if (findings.isEmpty()) {
        Output::error(tr("No problems found in %1 namespace.").arg(ns));
        return;
    }
    Output::write(table(findings, format == Format::Wide, headers));
}

QString DoctorVerb::table(const QList<Finding> &findings, bool wide, bool titleRow)
{
    QStringList headers{tr("SEVERITY"), tr("RULE"), tr("OBJECTS"), tr("SUMMARY")};
    if (wide)
        headers << tr("RISK") << tr("FIX");
    TextTable table(headers);
    for (const Finding &finding : findings) {
        QStringList row{Doctor::Doctor::severityText(finding.severity), finding.rule,
                        finding.objects.join(QLatin1Char(',')), finding.summary};
        if (wide)
            row << finding.risk << finding.fix;
        table.addRow(row);
    }
    return table.render(titleRow);
}

// As `kubectl get -o name`: each object named once, in the order of the findings.
QString DoctorVerb::names(const QList<Finding> &findings)
{
    QStringList seen;
    for (const Finding &finding : findings) {
        for (const QString &object : finding.objects) {
            if (!seen.contains(object))
                seen << object;
        }
    }
    return seen.isEmpty() ? QString() : seen.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
