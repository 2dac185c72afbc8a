#pragma once

#include "ui/topologyscene.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace Items {
class ClusterModel;
class FilterProxyModel;
} // namespace Items

namespace Ui {

// The selected object: its fields as YAML (kept live) and its Events, newest first.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(Items::ClusterModel *model, QWidget *parent = nullptr);

    void show(TopologyScene::Kind kind, const QString &id);
    TopologyScene::Kind kind() const { return m_kind; }
    QString id() const { return m_id; }
    QString text() const;
    QTableView *eventsView() const { return m_events; }

private:
    void refresh();

    Items::ClusterModel *m_model;
    TopologyScene::Kind m_kind = TopologyScene::Kind::None;
    QString m_id;
    QLabel *m_title;
    QPlainTextEdit *m_yaml;
    QLabel *m_eventsTitle;
    QTableView *m_events;
    Items::FilterProxyModel *m_eventProxy;
};

} // namespace Ui
