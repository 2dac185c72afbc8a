#include "ui/detailspanel.h"

#include "models/items/clustermodel.h"
#include "models/items/filterproxymodel.h"
#include "models/items/itemroles.h"
#include "models/items/objectdescription.h"
#include "ui/celltooltips.h"
#include "ui/columnsizing.h"
#include "ui/rowcopy.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

DetailsPanel::DetailsPanel(Items::ClusterModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_yaml(new QPlainTextEdit(this))
    , m_eventsTitle(new QLabel(tr("Events"), this))
    , m_events(new QTableView(this))
    , m_eventProxy(new Items::FilterProxyModel(this))
{
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_yaml->setReadOnly(true);
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yaml->setAccessibleName(tr("Object fields"));
    m_yaml->setPlaceholderText(tr("Select a node, pool, replica or volume in the topology or a "
                                  "table to see its fields and events here."));

    m_eventProxy->setSourceModel(model->events());
    m_eventProxy->setRoleFilter(Items::InvolvedNameRole, {});
    m_events->setModel(m_eventProxy);
    m_events->setSortingEnabled(true);
    m_events->sortByColumn(Items::EventModel::Time, Qt::DescendingOrder);
    m_events->verticalHeader()->setVisible(false);
    m_events->setWordWrap(false);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    CellToolTips::attach(m_events);
    RowCopy::attach(m_events);
    for (int column : {Items::EventModel::Object, Items::EventModel::Source})
        m_events->hideColumn(column);
    m_events->horizontalHeader()->moveSection(Items::EventModel::Message,
                                              Items::EventModel::ColumnCount - 1);
    // Short columns as wide as what they hold, the message over the rest.
    using Events = Items::EventModel;
    ColumnSizing::fit(m_events,
                      {{Events::Time, QLatin1String("00:00:00")},
                       {Events::Type, QLatin1String("Warning")},
                       {Events::Reason, QLatin1String("FailUpdate")},
                       {Events::Count, QLatin1String("999")}},
                      Events::Message);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_eventsTitle);
    lowerLayout->addWidget(m_events);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("detailsSplitter"));
    splitter->addWidget(m_yaml);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    connect(model, &Items::ClusterModel::applied, this, [this](const Items::ChangeSet &changes) {
        bool touched = false;
        switch (m_kind) {
        case TopologyScene::Kind::Node:
            touched = changes.nodes.contains(m_id);
            break;
        case TopologyScene::Kind::Pool:
            touched = changes.pools.contains(m_id);
            break;
        case TopologyScene::Kind::Replica:
            touched = changes.replicas.contains(m_id);
            break;
        case TopologyScene::Kind::Volume:
            touched = changes.volumes.contains(m_id);
            break;
        case TopologyScene::Kind::None:
            break;
        }
        if (touched)
            refresh();
    });
    connect(model, &Items::ClusterModel::cleared, this,
            [this] { show(TopologyScene::Kind::None, {}); });
    refresh();
}

void DetailsPanel::show(TopologyScene::Kind kind, const QString &id)
{
    m_kind = kind;
    m_id = id;
    refresh();
}

QString DetailsPanel::text() const
{
    return m_yaml->toPlainText();
}

void DetailsPanel::refresh()
{
    QString title;
    QString yaml;
    QSet<QString> involved;
    switch (m_kind) {
    case TopologyScene::Kind::Pool:
        if (const Cstor::PoolInstance *p = m_model->pools()->findByName(m_id)) {
            title = tr("Pool %1 on %2").arg(p->meta.name, p->hostName);
            yaml = Items::ObjectDescription::pool(*p);
            involved = {p->meta.name};
        }
        break;
    case TopologyScene::Kind::Replica:
        if (const Cstor::VolumeReplica *r = m_model->replicas()->find(m_id)) {
            title = tr("Replica of %1 on %2").arg(r->volume, r->pool);
            yaml = Items::ObjectDescription::replica(*r, m_model->replicas()->isStale(m_id));
            involved = {r->meta.name, r->volume};
        }
        break;
    case TopologyScene::Kind::Volume:
        if (const Items::VolumeRow *v = m_model->volumes()->findByName(m_id)) {
            title = v->use.hasClaim() ? tr("Volume %1 (claim %2)").arg(v->name, v->use.claimText())
                                      : tr("Volume %1").arg(v->name);
            yaml = Items::ObjectDescription::volume(*v, m_model->volumeUsersUnreadable());
            involved = {v->name};
        }
        break;
    case TopologyScene::Kind::Node:
        if (const Items::NodeRow *n = m_model->nodes()->findByName(m_id)) {
            title = tr("Node %1").arg(n->name);
            yaml = Items::ObjectDescription::node(*n);
            involved = {n->name};
            for (const QString &pool : n->pools)
                involved.insert(pool);
        }
        break;
    case TopologyScene::Kind::None:
        break;
    }
    if (title.isEmpty()) {
        title = m_kind == TopologyScene::Kind::None ? tr("Nothing selected")
                                                    : tr("%1 is gone from the cluster").arg(m_id);
        yaml.clear();
    }
    m_title->setText(title);
    if (m_yaml->toPlainText() != yaml) {
        const int scroll = m_yaml->verticalScrollBar() ? m_yaml->verticalScrollBar()->value() : 0;
        m_yaml->setPlainText(yaml);
        m_yaml->verticalScrollBar()->setValue(scroll);
    }
    m_eventProxy->setRoleFilter(Items::InvolvedNameRole, involved);
    m_eventsTitle->setText(involved.isEmpty() ? tr("Events")
                                              : tr("Events (%1)").arg(m_eventProxy->rowCount()));
}

} // namespace Ui
