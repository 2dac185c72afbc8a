#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QHBoxLayout;

namespace Ui {

// What to show instead of the cluster when there is none to show: a title, what happened in
// plain words, what to do about it, and buttons for the next step.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setContent(const QString &title, const QString &explanation, const QString &detail = {});
    // Removes the buttons; add new ones with addButton.
    void clearButtons();
    QPushButton *addButton(const QString &text);

    QString title() const;
    QString explanation() const;
    QString detail() const;
    QList<QPushButton *> buttons() const { return m_buttons; }

private:
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_detail;
    QHBoxLayout *m_buttonRow;
    QList<QPushButton *> m_buttons;
};

} // namespace Ui
