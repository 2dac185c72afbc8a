#pragma once

#include "app/console/output.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>

#include <optional>

// A recovery task of models/recovery (DiskReplacementTask, MovedDisksTask) run from the command
// line: each reads its planner's input with load() (loaded or failed) and carries out a plan
// with run() (progress, then finished). These run the event loop until the task answers.
namespace ClusterTaskRun {

// The input the task read for `name`, or nullopt after printing why it could not.
template<typename Task, typename Input>
std::optional<Input> load(Task *task, const QString &name)
{
    std::optional<Input> input;
    QEventLoop loop;
    QObject::connect(task, &Task::loaded, &loop, [&](const Input &read) {
        input = read;
        loop.quit();
    });
    QObject::connect(task, &Task::failed, &loop, [&](const QString &why) {
        Output::error(QCoreApplication::translate("ClusterTaskRun", "error: %1").arg(why));
        loop.quit();
    });
    task->load(name);
    loop.exec();
    return input;
}

// Runs the plan, printing its progress; true when the task says it succeeded.
template<typename Task, typename Plan>
bool follow(Task *task, const Plan &plan)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(task, &Task::progress, &loop,
                     [](const QString &text) { Output::write(text + QLatin1Char('\n')); });
    QObject::connect(task, &Task::finished, &loop, [&](bool done, const QString &text) {
        ok = done;
        if (done)
            Output::write(text + QLatin1Char('\n'));
        else
            Output::error(QCoreApplication::translate("ClusterTaskRun", "error: %1").arg(text));
        loop.quit();
    });
    task->run(plan);
    loop.exec();
    return ok;
}

} // namespace ClusterTaskRun
