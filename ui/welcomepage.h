#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Ui {

// The first-run page, shown when there is no kubeconfig: what is missing, where the console
// looked for it, and the two ways on: the built-in demo cluster, or a kubeconfig file of the
// operator's choice (the window opens the file dialog and remembers the file).
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // The files looked for, in the order they were tried.
    void setSearchedFiles(const QStringList &files);
    QStringList searchedFiles() const { return m_files; }

    QString title() const;
    QString explanation() const;
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *chooseButton() const { return m_choose; }

signals:
    void demoRequested();
    void chooseRequested();

private:
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_searched;
    QPushButton *m_demo;
    QPushButton *m_choose;
    QStringList m_files;
};

} // namespace Ui
