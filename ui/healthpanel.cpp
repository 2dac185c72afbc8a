#include "ui/healthpanel.h"

#include "models/health/forecastrules.h"

#include "models/cstor/poolinstance.h"
#include "models/health/doctor.h"
#include "models/health/findingplaces.h"
#include "models/items/findingmodel.h"
#include "models/migration/migrationengine.h"
#include "models/recovery/lostnodeplanner.h"
#include "models/recovery/recoveryplanner.h"
#include "ui/celltooltips.h"
#include "ui/offthread.h"
#include "ui/rowcopy.h"
#include "ui/statusdelegate.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace Ui {

HealthPanel::HealthPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new Items::FindingModel(this))
    , m_headline(new QLabel(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_recover(new QPushButton(tr("Recover volume…"), this))
    , m_recoverNode(new QPushButton(tr("Recover lost node…"), this))
    , m_replaceDisk(new QPushButton(tr("Replace failed disk…"), this))
    , m_followDisks(new QPushButton(tr("Follow moved disks…"), this))
    , m_throttle(new QTimer(this))
    , m_horizon(new QSpinBox(this))
{
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("findings"));
    m_view->setAccessibleName(tr("Health findings"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegateForColumn(Items::FindingModel::Severity, new StatusDelegate(m_view));
    m_view->verticalHeader()->hide();
    CellToolTips::attach(m_view);
    RowCopy::attach(m_view);
    // Each column as wide as its title and its visible rows in any language (the summary
    // scrolls sideways rather than being cut); the objects column starts wide enough for a
    // volume's name and can be resized.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Items::FindingModel::Objects, QHeaderView::Interactive);
    header->resizeSection(Items::FindingModel::Objects,
                          std::max(header->sectionSizeHint(Items::FindingModel::Objects), 180));
    m_view->setWordWrap(false);
    m_details->setObjectName(QStringLiteral("findingDetails"));
    m_details->setAccessibleName(tr("Finding details"));
    m_details->setOpenLinks(false);
    m_headline->setObjectName(QStringLiteral("healthHeadline"));
    setFocusProxy(m_view); // Alt+9 lands on the findings

    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_recover->setEnabled(false);
    connect(m_recover, &QPushButton::clicked, this, [this] {
        if (const QString volume = recoverableVolume(); !volume.isEmpty())
            emit recoverRequested(volume);
    });
    m_recoverNode->setObjectName(QStringLiteral("recoverNodeButton"));
    m_recoverNode->setToolTip(tr("Shows what happens to each volume with a replica on the lost "
                                 "node, and replaces those replicas from their Healthy copies"));
    m_recoverNode->hide();
    connect(m_recoverNode, &QPushButton::clicked, this, [this] {
        if (const QString node = lostNode(); !node.isEmpty())
            emit recoverNodeRequested(node);
    });
    m_replaceDisk->setObjectName(QStringLiteral("replaceDiskButton"));
    m_replaceDisk->setToolTip(tr("Shows the pool's failed disk and the unclaimed disks of its "
                                 "node that can take its place, then replaces it and follows "
                                 "the resilver"));
    m_replaceDisk->hide();
    connect(m_replaceDisk, &QPushButton::clicked, this, [this] {
        if (const QString pool = poolOfStateFinding(); !pool.isEmpty())
            emit replaceDiskRequested(pool);
    });
    m_followDisks->setObjectName(QStringLiteral("followDisksButton"));
    m_followDisks->setToolTip(tr("When the pool's disks now sit on another node (its node was "
                                 "replaced, or the disks were moved): shows where they are and "
                                 "points the pool there"));
    m_followDisks->hide();
    connect(m_followDisks, &QPushButton::clicked, this, [this] {
        if (const QString pool = poolToFollow(); !pool.isEmpty())
            emit followDisksRequested(pool);
    });
    auto *explained = new QWidget(this);
    auto *explainedLayout = new QVBoxLayout(explained);
    explainedLayout->setContentsMargins(0, 0, 0, 0);
    explainedLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_replaceDisk);
    buttons->addWidget(m_followDisks);
    buttons->addWidget(m_recoverNode);
    buttons->addWidget(m_recover);
    explainedLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(explained);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_horizon->setObjectName(QStringLiteral("readOnlyHorizon"));
    m_horizon->setRange(1, 365);
    m_horizon->setSuffix(tr(" days"));
    m_horizon->setPrefix(tr("Warn of read-only within "));
    m_horizon->setAccessibleName(tr("Warn of pools going read-only within"));
    m_horizon->setToolTip(tr("The doctor warns of pools that their capacity forecast (from the "
                             "cluster's Prometheus) puts at their read-only threshold within "
                             "this many days."));
    m_horizon->setValue(QSettings()
                            .value(QStringLiteral("health/readOnlyHorizonDays"),
                                   Doctor::PoolReadOnlySoonRule::kDefaultHorizonDays)
                            .toInt());
    connect(m_horizon, &QSpinBox::valueChanged, this, [this](int days) {
        QSettings().setValue(QStringLiteral("health/readOnlyHorizonDays"), days);
        examineNow();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(m_horizon);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_throttle->setSingleShot(true);
    m_throttle->setInterval(1000);
    connect(m_throttle, &QTimer::timeout, this, &HealthPanel::examineNow);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HealthPanel::showFinding);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
        showFinding();
    });
    examineNow();
}

void HealthPanel::setEngine(Migration::MigrationEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    dropExamination(); // the previous engine's
    if (engine) {
        // At once when the last examination is a second old (the first batch after a
        // connection shows at once), else a second after it.
        connect(engine, &Migration::MigrationEngine::clusterChanged, this, [this] {
            if (m_throttle->isActive() || !m_engine->isSynced())
                return;
            if (!m_lastExamined.isValid() || m_lastExamined.hasExpired(m_throttle->interval()))
                examineNow();
            else
                m_throttle->start(int(m_throttle->interval() - m_lastExamined.elapsed()));
        });
    }
    examineNow();
    m_lastExamined.invalidate(); // the cluster's first batch shows at once
    m_alerted = false;
}

void HealthPanel::examineNow()
{
    m_throttle->stop();
    m_lastExamined.start();
    // Until every kind has been listed once the snapshot is partial (volumes without their
    // replicas): examining it would report what is merely not read yet.
    const bool ready = m_engine && m_engine->isSynced();
    if (!ready) {
        dropExamination();
        showFindings({});
        return;
    }
    if (m_examining) {
        m_examineAgain = true;
        return;
    }
    m_examining = true;
    const quint64 generation = m_generation;
    // The snapshot's tables are shared with the engine's until its next change.
    OffThread::run(
        this,
        [cluster = m_engine->cluster(), horizon = m_horizon->value(),
         now = QDateTime::currentDateTimeUtc()] {
            return Doctor::Doctor(horizon).examine(cluster, now);
        },
        [this, generation](const QList<Doctor::Finding> &findings) {
            if (generation != m_generation)
                return;
            m_examining = false;
            showFindings(findings);
            if (std::exchange(m_examineAgain, false))
                examineNow();
        });
}

void HealthPanel::dropExamination()
{
    ++m_generation;
    m_examining = false;
    m_examineAgain = false;
}

void HealthPanel::showFindings(const QList<Doctor::Finding> &findings)
{
    const bool ready = m_engine && m_engine->isSynced();
    m_model->setFindings(findings);
    m_headline->setText(ready      ? countsText()
                        : m_engine ? tr("Reading the cluster…")
                                   : tr("Not connected to a cluster."));
    emit findingsChanged();
    if (!m_alerted && m_model->count(Doctor::Finding::Severity::Critical) > 0) {
        m_alerted = true;
        emit criticalFound();
    }
}

QString HealthPanel::countsText() const
{
    using Severity = Doctor::Finding::Severity;
    const int critical = m_model->count(Severity::Critical);
    const int warnings = m_model->count(Severity::Warning);
    const int info = m_model->count(Severity::Info);
    if (critical + warnings + info == 0)
        return tr("No problems found.");
    QStringList parts;
    if (critical > 0)
        parts << tr("%n critical", nullptr, critical);
    if (warnings > 0)
        parts << tr("%n warning(s)", nullptr, warnings);
    if (info > 0)
        parts << tr("%n note(s)", nullptr, info);
    return parts.join(QStringLiteral(", "));
}

void HealthPanel::showFinding()
{
    m_recoverNode->setVisible(!lostNode().isEmpty());
    m_replaceDisk->setVisible(!poolOfStateFinding().isEmpty());
    m_followDisks->setVisible(!poolToFollow().isEmpty());
    const QString volume = recoverableVolume();
    m_recover->setEnabled(!volume.isEmpty());
    m_recover->setToolTip(volume.isEmpty()
                              ? tr("Recovery applies to a volume with a stuck move or a "
                                   "replica lost on the way.")
                              : tr("Shows what is wrong with volume %1 and the steps that bring "
                                   "it back, then takes them on your word.")
                                    .arg(volume));
    const Doctor::Finding *f = m_model->finding(m_view->currentIndex().row());
    if (!f) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(f->summary.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Risk:"), f->risk.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Fix:"), f->fix.toHtmlEscaped());
    if (!f->commands.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><pre>").arg(tr("See it with kubectl:"));
        for (const QString &command : f->commands)
            html += command.toHtmlEscaped() + QLatin1Char('\n');
        html += QStringLiteral("</pre>");
    }
    html += QStringLiteral("<p><small>%1 %2</small></p>").arg(tr("Rule:"), f->rule.toHtmlEscaped());
    m_details->setHtml(html);
}

QString HealthPanel::recoverableVolume() const
{
    const Doctor::Finding *f = m_model->finding(m_view->currentIndex().row());
    if (!f || !m_engine)
        return {};
    const QString volume = Doctor::FindingPlaces(m_engine->cluster()).volumeOf(*f);
    return canRecover(volume) ? volume : QString();
}

QString HealthPanel::lostNode() const
{
    const Doctor::Finding *f = m_model->finding(m_view->currentIndex().row());
    if (!f || !m_engine)
        return {};
    for (const QString &object : f->objects) {
        if (object.startsWith(QLatin1String("node/")) &&
            Recovery::LostNodePlanner::isLost(m_engine->cluster(), object.mid(5)))
            return object.mid(5);
    }
    return {};
}

QString HealthPanel::poolOfStateFinding() const
{
    const Doctor::Finding *f = m_model->finding(m_view->currentIndex().row());
    if (!f || f->rule != QLatin1String("pool-state"))
        return {};
    for (const QString &object : f->objects) {
        if (object.startsWith(QLatin1String("cspi/")))
            return object.mid(5);
    }
    return {};
}

QString HealthPanel::poolOfGoneNode() const
{
    const Doctor::Finding *f = m_model->finding(m_view->currentIndex().row());
    if (!f || f->rule != QLatin1String("node-not-ready") || !m_engine)
        return {};
    bool gone = false;
    for (const QString &object : f->objects) {
        if (object.startsWith(QLatin1String("node/")))
            gone = m_engine->cluster().node(object.mid(5)) == nullptr;
        else if (gone && object.startsWith(QLatin1String("cspi/")))
            return object.mid(5);
    }
    return {};
}

QString HealthPanel::poolToFollow() const
{
    if (const QString pool = poolOfGoneNode(); !pool.isEmpty())
        return pool;
    const QString pool = poolOfStateFinding();
    const Cstor::PoolInstance *cspi =
        pool.isEmpty() || !m_engine ? nullptr : m_engine->cluster().pool(pool);
    return cspi && (Cstor::Phases::isDown(cspi->phase) || m_engine->cluster().poolLost(pool))
               ? pool
               : QString();
}

bool HealthPanel::canRecover(const QString &volume) const
{
    if (volume.isEmpty() || !m_engine)
        return false;
    // The snapshot knows no pods: every refusal of the volume's targets counts here; the
    // recovery itself reads the running target pod.
    const Recovery::RecoveryPlan::Kind kind =
        Recovery::RecoveryPlanner::plan(m_engine->cluster(), volume).kind;
    return kind == Recovery::RecoveryPlan::Kind::Repair ||
           kind == Recovery::RecoveryPlan::Kind::Manual;
}

} // namespace Ui
