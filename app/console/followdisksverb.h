#pragma once

#include "app/console/verbcommandline.h"
#include "models/recovery/moveddisksplan.h"

#include <QCoreApplication>
#include <QJsonObject>

// `cstor-console follow-disks POOL [--dry-run] [--yes] [-o table|json]`: a pool whose disks now
// sit on another node (its node replaced, or the disks moved) is pointed at that node in its
// CStorPoolCluster, then followed until it is ONLINE there and its CSPI's hostname label is set.
// Exit codes: 0 nothing to do or done, 1 refused, failed, or a dry run with an edit to make, 2
// usage error.
class FollowDisksVerb
{
    Q_DECLARE_TR_FUNCTIONS(FollowDisksVerb)

public:
    static int run(const QStringList &arguments); // arguments[0] the program, [1] "follow-disks"

private:
    static VerbCommandLine::Synopsis synopsis();
    static QString text(const Recovery::MovedDisksPlan &plan);
    static QJsonObject json(const Recovery::MovedDisksPlan &plan);
};
