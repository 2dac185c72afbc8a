#pragma once

#include "models/items/clustermodel.h"
#include "models/items/filterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QList>
#include <QSignalSpy>

#include <memory>

// What the tests of the cluster item models share: the signals a model sent, a fixed start time,
// and a ClusterModel whose every model and proxy runs under QAbstractItemModelTester.
namespace ItemModelTest {

// Every signal a model can send about its structure, to assert on what a batch produced.
struct SignalLog
{
    explicit SignalLog(QAbstractItemModel *model)
        : dataChanged(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        dataChanged.clear();
        inserted.clear();
        removed.clear();
        reset.clear();
        layout.clear();
    }
    QSignalSpy dataChanged;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy reset;
    QSignalSpy layout;
};

inline QDateTime t0()
{
    return QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
}

// For init() and cleanup(): a fresh ClusterModel with a tester on every model and on a sorting
// proxy of each.
class ClusterModelRig
{
protected:
    void setUpModels()
    {
        m_model = std::make_unique<Items::ClusterModel>();
        const QList<QAbstractItemModel *> models = {m_model->pools(), m_model->replicas(),
                                                    m_model->volumes(), m_model->nodes(),
                                                    m_model->events()};
        for (QAbstractItemModel *model : models) {
            m_testers.append(new QAbstractItemModelTester(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get()));
            auto *proxy = new Items::FilterProxyModel(m_model.get());
            proxy->setSourceModel(model);
            proxy->sort(1);
            m_proxies.append(proxy);
            m_testers.append(new QAbstractItemModelTester(
                proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get()));
        }
    }

    void tearDownModels()
    {
        m_testers.clear();
        m_proxies.clear();
        m_model.reset();
    }

    std::unique_ptr<Items::ClusterModel> m_model;
    QList<QAbstractItemModelTester *> m_testers;
    QList<Items::FilterProxyModel *> m_proxies;
};

} // namespace ItemModelTest
