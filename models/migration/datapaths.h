#pragma once

#include <QString>

namespace Migration {

// Where the window and the command line keep the migration journal and the audit log (one
// of each per user, shared, so that either can resume what the other started). The journal
// entries carry their kubeconfig context; a console resumes only its own context's moves.
struct DataPaths
{
    static QString journal();    // <AppDataLocation>/migrations.jsonl
    static QString audit();      // <AppDataLocation>/audit.jsonl
    static QString recoveries(); // <AppDataLocation>/recoveries.jsonl (recover's journal)
};

} // namespace Migration
