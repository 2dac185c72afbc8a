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

    m_skipped = new QLabel(window);
    m_skipped->setObjectName(QStringLiteral("skippedBanner"));
    m_skipped->setAlignment(Qt::AlignCenter);
    m_skipped->setWordWrap(true);
    m_skipped->setMargin(6);
    m_skipped->setAutoFillBackground(true);
    m_skipped->setTextFormat(Qt::PlainText);
    m_skipped->setAccessibleName(
        QCoreApplication::translate("Ui::MainWindow", "Objects not shown"));
    restyle(window->palette());
    m_insecure->setVisible(false);
    m_skipped->setVisible(false);
}

void Banners::showSkipped(const QMap<QString, Kube::SkippedObject> &objects)
{
    constexpr int kNamesShown = 5;
    constexpr int kProblemsShown = 30;
    QStringList names;
    QStringList problems;
    for (const Kube::SkippedObject &object : objects) {
        const QString name =
            object.kind + QLatin1Char('/') +
            (object.name.isEmpty() ? object.uid.section(QLatin1Char('/'), -1) : object.name);
        if (names.size() < kNamesShown)
            names << name;
        if (problems.size() < kProblemsShown)
            problems << QStringLiteral("%1: %2").arg(name, object.problem);
    }
    const int count = int(objects.size());
    if (count > kNamesShown)
        names << QStringLiteral("…");
    if (count > kProblemsShown)
        problems << QStringLiteral("…");
    m_skipped->setText(QCoreApplication::translate("Ui::MainWindow",
                                                   "%n object(s) of the cluster could not be "
                                                   "read and are not shown as they are: %1",
                                                   nullptr, count)
                           .arg(names.join(QStringLiteral(", "))));
    m_skipped->setToolTip(problems.join(QLatin1Char('\n')));
    m_skipped->setVisible(count > 0);
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
    QPalette skipped = m_skipped->palette();
    const QColor caution = HealthStyle::color(Items::Health::Warning, base);
    skipped.setColor(QPalette::Window, caution);
    skipped.setColor(QPalette::WindowText, HealthStyle::textOn(caution));
    m_skipped->setPalette(skipped);
}

} // namespace Ui
