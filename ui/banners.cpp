#include "ui/banners.h"

#include "ui/healthstyle.h"

#include <QCoreApplication>
#include <QLabel>

namespace Ui {

Banners::Banners(QWidget *window)
{
    m_demo = new QLabel(
        QCoreApplication::translate(
            "Ui::MainWindow", "Simulated cluster (demo) — changes affect only this simulation"),
        window);
    m_demo->setObjectName(QStringLiteral("demoBanner"));
    m_demo->setAlignment(Qt::AlignCenter);
    m_demo->setMargin(6);
    m_demo->setAutoFillBackground(true);
    m_demo->setVisible(false);
    QFont font = m_demo->font();
    font.setBold(true);
    m_demo->setFont(font);

    // kubectl allows insecure-skip-tls-verify; the console does too, and says so all the time.
    m_insecure = new QLabel(
        QCoreApplication::translate("Ui::MainWindow",
                                    "The API server's certificate is not verified "
                                    "(insecure-skip-tls-verify in the kubeconfig): anyone on "
                                    "the network path could read or change what you see and do."),
        window);
    m_insecure->setObjectName(QStringLiteral("insecureBanner"));
    m_insecure->setAlignment(Qt::AlignCenter);
    m_insecure->setWordWrap(true);
    m_insecure->setMargin(6);
    m_insecure->setAutoFillBackground(true);
    m_insecure->setFont(font);
    m_insecure->setAccessibleName(
        QCoreApplication::translate("Ui::MainWindow", "Security warning"));
    m_demo->setAccessibleName(QCoreApplication::translate("Ui::MainWindow", "Demo cluster notice"));
    restyle(window->palette());
    m_insecure->setVisible(false);
}

// The text is black or white, whichever reads better on the banner's colour.
void Banners::restyle(const QPalette &base)
{
    const bool dark = HealthStyle::isDark(base);
    QPalette demo = m_demo->palette();
    demo.setColor(QPalette::Window, dark ? QColor(0x5d, 0x40, 0x37) : QColor(0xff, 0xec, 0xb3));
    demo.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe0, 0xb2) : QColor(0x4e, 0x34, 0x2e));
    m_demo->setPalette(demo);
    QPalette warning = m_insecure->palette();
    const QColor error = HealthStyle::color(Items::Health::Error, base);
    warning.setColor(QPalette::Window, error);
    warning.setColor(QPalette::WindowText, HealthStyle::textOn(error));
    m_insecure->setPalette(warning);
}

} // namespace Ui
