#pragma once

#include <QLoggingCategory>

// The migration engine and what it records (cstor.migration).
Q_DECLARE_LOGGING_CATEGORY(lcMigration)
