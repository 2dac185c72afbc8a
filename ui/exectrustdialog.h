#pragma once

#include "models/kube/execcredential.h"

#include <QMessageBox>

namespace Ui {

// Asks the operator whether to run a kubeconfig's exec credential plugin: shows the command
// line and the kubeconfig file it comes from. Yes records the trust (Kube::ExecPluginTrust)
// and emits trusted(); the caller connects again. Open it with open(), never exec().
class ExecTrustDialog : public QMessageBox
{
    Q_OBJECT

public:
    ExecTrustDialog(const Kube::ExecConfig &exec, const QString &context,
                    QWidget *parent = nullptr);

signals:
    void trusted();

private:
    Kube::ExecConfig m_exec;
};

} // namespace Ui
