#include "ui/exectrustdialog.h"

#include "models/kube/execplugintrust.h"

#include <QPushButton>

namespace Ui {

ExecTrustDialog::ExecTrustDialog(const Kube::ExecConfig &exec, const QString &context,
                                 QWidget *parent)
    : QMessageBox(parent)
    , m_exec(exec)
{
    setObjectName(QStringLiteral("execTrustDialog"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Run a credential plugin?"));
    setText(tr("The context \"%1\" signs in by running a program named in its kubeconfig. "
               "Run it only if you trust where this kubeconfig comes from.")
                .arg(context));
    setInformativeText(tr("Program: %1\nKubeconfig: %2")
                           .arg(Kube::ExecPluginTrust::commandLine(exec), exec.kubeconfigFile));
    setTextFormat(Qt::PlainText);
    QPushButton *run = addButton(tr("Trust and Run"), QMessageBox::AcceptRole);
    run->setObjectName(QStringLiteral("trustButton"));
    addButton(QMessageBox::Cancel);
    setDefaultButton(QMessageBox::Cancel);
    setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &QMessageBox::buttonClicked, this, [this, run](QAbstractButton *button) {
        if (button != run)
            return;
        Kube::ExecPluginTrust::trust(m_exec);
        emit trusted();
    });
}

} // namespace Ui
