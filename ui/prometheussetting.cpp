#include "ui/prometheussetting.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>

namespace Ui {

QString PrometheusSetting::key(const QString &context)
{
    return QStringLiteral("prometheus/%1").arg(QString::fromLatin1(context.toUtf8().toHex()));
}

std::optional<Metrics::PrometheusService> PrometheusSetting::of(const QString &context)
{
    const QString text = QSettings().value(key(context)).toString();
    if (text.isEmpty())
        return std::nullopt;
    QString error;
    return Metrics::PrometheusService::parse(text, &error);
}

bool PrometheusSetting::ask(QWidget *parent, const QString &context)
{
    const QString before = QSettings().value(key(context)).toString();
    QString text = before;
    for (;;) {
        bool ok = false;
        text = QInputDialog::getText(
                   parent, tr("Cluster's Prometheus"),
                   tr("The Prometheus Service of context %1, as NAMESPACE/SERVICE:PORT (for "
                      "example monitoring/prometheus-operated:9090). It is asked through the API "
                      "server's service proxy with the context's credentials. Leave it empty to "
                      "let the console look for it as Lens does.")
                       .arg(context),
                   QLineEdit::Normal, text, &ok)
                   .trimmed();
        if (!ok)
            return false;
        QString error;
        if (text.isEmpty() || Metrics::PrometheusService::parse(text, &error))
            break;
        QMessageBox::warning(parent, tr("Cluster's Prometheus"), error);
    }
    if (text == before)
        return false;
    if (text.isEmpty())
        QSettings().remove(key(context));
    else
        QSettings().setValue(key(context), text);
    return true;
}

} // namespace Ui
