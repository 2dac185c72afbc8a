#pragma once

#include "app/console/exitcode.h"
#include "app/console/migrationsession.h"
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

struct Choices
{
    bool dryRun = false;
    bool yes = false;
    bool json = false;
};

// The exit code of a verb once its plan is printed. The plans (DiskReplacementPlan,
// MovedDisksPlan) share their kinds but for the change itself: NotFound (plan.why says what is
// missing) and Refused (`refusal` says that nothing was changed) fail, NothingToDo succeeds,
// InProgress is followed (a dry run only shows it), and the change is shown by a dry run, else
// confirmed and run.
template<typename Task, typename Plan>
int conclude(Task *task, const Plan &plan, const QString &refusal, const Choices &choices)
{
    using Kind = typename Plan::Kind;
    if (plan.kind == Kind::NotFound || plan.kind == Kind::Refused) {
        Output::error(QCoreApplication::translate("ClusterTaskRun", "error: %1")
                          .arg(plan.kind == Kind::NotFound ? plan.why : refusal));
        return ExitCode::Failed;
    }
    if (plan.kind == Kind::NothingToDo)
        return ExitCode::Done;
    if (plan.kind == Kind::InProgress) {
        if (choices.dryRun)
            return ExitCode::Done;
        return follow(task, plan) ? ExitCode::Done : ExitCode::Failed;
    }
    if (choices.dryRun) {
        Output::dryRun(choices.json);
        return ExitCode::Failed;
    }
    if (!MigrationSession::confirm(choices.yes))
        return ExitCode::Failed;
    return follow(task, plan) ? ExitCode::Done : ExitCode::Failed;
}

} // namespace ClusterTaskRun
