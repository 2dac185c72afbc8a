#include "ui/nodelossdialog.h"

#include "ui/celltooltips.h"
#include "ui/healthstyle.h"
#include "ui/offthread.h"
#include "ui/rowcopy.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

namespace {
using Effect = Migration::NodeLossImpact::Effect;

// As the health rules call the volume afterwards: data gone or Offline (no I/O) is an error,
// a Degraded volume that keeps serving a warning.
Items::Health healthOf(Effect effect)
{
    switch (effect) {
    case Effect::LosesData:
    case Effect::LosesQuorum:
        return Items::Health::Error;
    case Effect::LosesReplica:
        break;
    }
    return Items::Health::Warning;
}

// The health symbol, as the tables draw it beside a status, for an icon.
QIcon symbolOf(Items::Health health, const QPalette &palette, int side, qreal ratio)
{
    QPixmap symbol(QSize(side, side) * ratio);
    symbol.setDevicePixelRatio(ratio);
    symbol.fill(Qt::transparent);
    QPainter painter(&symbol);
    HealthStyle::paintSymbol(&painter, QRectF(1, 1, side - 2, side - 2), health, palette);
    return QIcon(symbol);
}

// A cell on one line: the view wraps words for the Why column, and a wrapped cell is measured
// at its column's width, which would keep a column sized to its contents as narrow as it is.
class SingleLineCells : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features &= ~QStyleOptionViewItem::WrapText;
    }
};
} // namespace

NodeLossDialog::NodeLossDialog(const Migration::ClusterSnapshot &cluster, const QString &node,
                               QWidget *parent)
    : QDialog(parent)
    , m_node(node)
    , m_symbol(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_rows(new QStandardItemModel(0, 5, this))
{
    setObjectName(QStringLiteral("nodeLossDialog"));
    setWindowTitle(tr("If %1 is lost now").arg(node));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_symbol->setObjectName(QStringLiteral("nodeLossSymbol"));
    m_symbol->setAlignment(Qt::AlignTop);
    m_symbol->hide();
    top->addWidget(m_symbol);
    m_summary->setObjectName(QStringLiteral("nodeLossSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    m_rows->setHorizontalHeaderLabels(
        {tr("Volume"), tr("Effect"), tr("Healthy left"), tr("Replacement"), tr("Why")});
    m_table->setObjectName(QStringLiteral("nodeLossTable"));
    m_table->setAccessibleName(tr("Volumes with a replica on %1").arg(node));
    m_table->setModel(m_rows);
    auto *singleLine = new SingleLineCells(m_table);
    for (int column = VolumeColumn; column < WhyColumn; ++column)
        m_table->setItemDelegateForColumn(column, singleLine);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Rows as tall as their wrapped Why.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhyColumn, QHeaderView::Stretch);
    m_table->setEnabled(false);
    RowCopy::attach(m_table);
    CellToolTips::attach(m_table);
    layout->addWidget(m_table, 1);

    auto *nothingChanged = new QLabel(
        tr("Nothing was changed. Evacuate the node first (Actions ▸ Evacuate nodes or pools…) to "
           "take it down without losing anything."),
        this);
    nothingChanged->setObjectName(QStringLiteral("nodeLossNothingChanged"));
    nothingChanged->setWordWrap(true);
    layout->addWidget(nothingChanged);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_evacuate = buttons->addButton(tr("Evacuate this node…"), QDialogButtonBox::ActionRole);
    m_evacuate->setObjectName(QStringLiteral("nodeLossEvacuate"));
    m_evacuate->setToolTip(tr("Plan moving every replica off %1 first, each to a pool of its "
                              "pool cluster on another node")
                               .arg(node));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("nodeLossClose"));
    connect(m_evacuate, &QPushButton::clicked, this, [this] {
        emit evacuateRequested(m_node);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Placing a replacement for each of a node's replicas is a plan of as many moves: on a large
    // cluster longer than a frame, so it is made on a copy of the snapshot (its tables are shared
    // until the window's next change) off this thread.
    m_summary->setText(tr("Computing…"));
    m_computing = true;
    OffThread::run(
        this, [snapshot = cluster, node] { return Migration::NodeLossImpact::of(snapshot, node); },
        [this](const Migration::NodeLossImpact::Impact &impact) {
            m_computing = false;
            m_impact = impact;
            showImpact();
            emit computed();
        });
    // Wide enough for a volume's name, its replacement pool and a Why of two or three lines.
    const QRect room = screen()->availableGeometry();
    resize(std::min(1180, room.width() - 60), std::min(480, room.height() - 60));
}

void NodeLossDialog::showImpact()
{
    const Effect worst =
        m_impact.volumes.isEmpty() ? Effect::LosesReplica : m_impact.volumes.first().effect;
    const Items::Health health = healthOf(worst);
    const bool alarming = !m_impact.volumes.isEmpty();
    m_summary->setText(m_impact.summary());
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    QPalette colours = m_summary->palette();
    if (alarming)
        colours.setColor(QPalette::WindowText, HealthStyle::color(health, palette()));
    m_summary->setPalette(colours);
    const int side = fontMetrics().height();
    if (alarming)
        m_symbol->setPixmap(
            symbolOf(health, palette(), side, devicePixelRatio()).pixmap(QSize(side, side)));
    m_symbol->setVisible(alarming);

    QHash<Effect, QIcon> symbols;
    for (const Effect effect : {Effect::LosesData, Effect::LosesQuorum, Effect::LosesReplica})
        symbols.insert(effect, symbolOf(healthOf(effect), palette(), side, devicePixelRatio()));
    for (const Migration::NodeLossImpact::Volume &volume : m_impact.volumes) {
        const Items::Health rowHealth = healthOf(volume.effect);
        QList<QStandardItem *> row;
        row << new QStandardItem(volume.volume);
        auto *effect = new QStandardItem(Migration::NodeLossImpact::effectText(volume.effect));
        effect->setIcon(symbols.value(volume.effect));
        row << effect;
        auto *healthy =
            new QStandardItem(tr("%1/%2").arg(volume.healthyAfter).arg(volume.replicas));
        healthy->setToolTip(tr("%1 of the volume's %2 replica(s) stay Healthy on other live "
                               "nodes; its target needs %3 to serve I/O")
                                .arg(volume.healthyAfter)
                                .arg(volume.replicas)
                                .arg(volume.quorum));
        row << healthy;
        row << new QStandardItem(volume.targetPool.isEmpty() ? tr("none") : volume.targetPool);
        auto *why = new QStandardItem(volume.why);
        why->setToolTip(volume.why);
        row << why;
        for (QStandardItem *item : std::as_const(row))
            item->setBackground(HealthStyle::tint(rowHealth, palette(), 48));
        m_rows->appendRow(row);
    }
    // The other columns as wide as their text, now (a header that sizes its columns to their
    // contents by itself does it later, or not at all when rows come); Why takes the rest.
    for (int column = VolumeColumn; column < WhyColumn; ++column)
        m_table->resizeColumnToContents(column);
    m_table->setEnabled(true);
    m_table->setVisible(!m_impact.volumes.isEmpty());
}

} // namespace Ui
