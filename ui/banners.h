#pragma once

class QLabel;
class QPalette;
class QWidget;

namespace Ui {

// The notices across the top of the window: the cluster is a simulation, and the API server's
// certificate is not verified. Hidden until they apply; their colours follow the palette.
class Banners
{
public:
    explicit Banners(QWidget *window);

    QLabel *demo() const { return m_demo; }
    QLabel *insecure() const { return m_insecure; }
    void restyle(const QPalette &base);

private:
    QLabel *m_demo;
    QLabel *m_insecure;
};

} // namespace Ui
