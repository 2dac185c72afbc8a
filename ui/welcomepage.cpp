#include "ui/welcomepage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Welcome to cStor Console"), this))
    , m_explanation(new QLabel(this))
    , m_searched(new QLabel(this))
    , m_demo(new QPushButton(QIcon(QStringLiteral(":/icons/demo.svg")), tr("Open the demo cluster"),
                             this))
    , m_choose(new QPushButton(QIcon(QStringLiteral(":/icons/open-file.svg")),
                               tr("Choose a kubeconfig file…"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);

    m_explanation->setText(
        tr("cStor Console reaches your Kubernetes cluster the way kubectl does: through a "
           "<b>kubeconfig</b> file, which names the cluster's API server and your credentials. "
           "No kubeconfig was found.<br><br>"
           "Open the built-in demo cluster to look around (a simulated cluster; nothing you do "
           "there touches a real one), or choose the kubeconfig file your cluster administrator "
           "or your cloud's command-line tool gave you. The console remembers the file."));
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setMaximumWidth(640);
    m_searched->setAlignment(Qt::AlignCenter);
    m_searched->setWordWrap(true);
    m_searched->setTextFormat(Qt::RichText);
    m_searched->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_searched->setForegroundRole(QPalette::PlaceholderText);
    m_searched->setMaximumWidth(640);

    m_demo->setObjectName(QStringLiteral("openDemo"));
    m_choose->setObjectName(QStringLiteral("chooseKubeconfig"));
    m_demo->setDefault(true);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_choose, &QPushButton::clicked, this, &WelcomePage::chooseRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_demo);
    buttons->addWidget(m_choose);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addWidget(m_explanation, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_searched, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    setTabOrder(m_demo, m_choose);
}

void WelcomePage::setSearchedFiles(const QStringList &files)
{
    m_files = files;
    QStringList shown;
    for (const QString &file : files)
        shown.append(
            QStringLiteral("<tt>%1</tt>").arg(QDir::toNativeSeparators(file).toHtmlEscaped()));
    m_searched->setText(shown.isEmpty()
                            ? tr("Looked for: the files in $KUBECONFIG, else ~/.kube/config.")
                            : tr("Looked for (from $KUBECONFIG, else ~/.kube/config): %1")
                                  .arg(shown.join(QStringLiteral(", "))));
}

QString WelcomePage::title() const
{
    return m_title->text();
}

QString WelcomePage::explanation() const
{
    return m_explanation->text();
}

} // namespace Ui
