#pragma once

#include "models/kube/clusterdelta.h"

#include <QMap>
#include <QString>

class QLabel;
class QPalette;
class QWidget;

namespace Ui {

// The notices across the top of the window: the cluster is a simulation, the API server's
// certificate is not verified, and objects of the cluster did not decode and are not shown as
// they are. Hidden until they apply; their colours follow the palette.
class Banners
{
public:
    explicit Banners(QWidget *window);

    QLabel *demo() const { return m_demo; }
    QLabel *insecure() const { return m_insecure; }
    QLabel *skipped() const { return m_skipped; }
    void restyle(const QPalette &base);
    // Says how many objects, and which, did not decode (their problems in the tooltip); hidden
    // when there are none.
    void showSkipped(const QMap<QString, Kube::SkippedObject> &objects);

private:
    QLabel *m_demo;
    QLabel *m_insecure;
    QLabel *m_skipped;
};

} // namespace Ui
