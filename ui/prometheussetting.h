#pragma once

#include "models/metrics/prometheusservice.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace Ui {

// The Prometheus a context's forecasts come from, when the operator names it: its Service as
// NAMESPACE/SERVICE:PORT, kept per context in the settings (never a URL or a credential: it is
// reached through the context's own API server). Unset, the console looks for it as Lens does.
class PrometheusSetting
{
    Q_DECLARE_TR_FUNCTIONS(Ui::PrometheusSetting)

public:
    static std::optional<Metrics::PrometheusService> of(const QString &context);
    // Asks for it (empty: look for it); true when it changed.
    static bool ask(QWidget *parent, const QString &context);

private:
    static QString key(const QString &context);
};

} // namespace Ui
