#include "models/sim/metrics/prometheusconfig.h"

#include <yaml-cpp/yaml.h>

namespace Sim {

QByteArray PrometheusConfig::configFile() const
{
    const std::string interval = std::to_string(scrapeIntervalSeconds) + "s";
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "global" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "scrape_interval" << YAML::Value << interval;
    out << YAML::Key << "evaluation_interval" << YAML::Value << interval;
    out << YAML::EndMap;
    out << YAML::Key << "scrape_configs" << YAML::Value << YAML::BeginSeq;
    if (!scrapeTarget.isEmpty()) {
        out << YAML::BeginMap;
        out << YAML::Key << "job_name" << YAML::Value << "cstor-sim";
        out << YAML::Key << "honor_labels" << YAML::Value << true;
        out << YAML::Key << "metrics_path" << YAML::Value
            << (metricsPath.isEmpty() ? std::string("/metrics") : metricsPath.toStdString());
        out << YAML::Key << "static_configs" << YAML::Value << YAML::BeginSeq;
        out << YAML::BeginMap << YAML::Key << "targets" << YAML::Value << YAML::Flow
            << YAML::BeginSeq << scrapeTarget.toStdString() << YAML::EndSeq << YAML::EndMap;
        out << YAML::EndSeq;
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::EndMap;
    return QByteArray(out.c_str()).append('\n');
}

} // namespace Sim
