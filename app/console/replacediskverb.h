#pragma once

#include "app/console/verbcommandline.h"
#include "models/recovery/diskreplacementplan.h"

#include <QCoreApplication>
#include <QJsonObject>

// `cstor-console replace-disk POOL [--disk BD] [--with BD] [--dry-run] [--yes] [-o table|json]`:
// replaces a failed disk of a mirror or raidz pool by an unclaimed disk of its node (the CSPC
// edit upstream supports), then follows the resilver until the pool is ONLINE. Exit codes: 0
// nothing to do or replaced, 1 refused, failed, or a dry run with a replacement to make, 2
// usage error.
class ReplaceDiskVerb
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceDiskVerb)

public:
    static int run(const QStringList &arguments); // arguments[0] the program, [1] "replace-disk"

private:
    static VerbCommandLine::Synopsis synopsis();
    static QString text(const Recovery::DiskReplacementPlan &plan);
    static QJsonObject json(const Recovery::DiskReplacementPlan &plan);
};
