#pragma once

#include <QString>

namespace Migration {

// Where the window and the command line keep the migration journal and the audit log (one
// of each per user, shared, so that either can resume what the other started). The journal
// entries carry their kubeconfig context; a console resumes only its own context's moves.
struct DataPaths
{
    // <GenericDataLocation>/<application name> (~/.local/share/cstor-console), created. Earlier
    // releases used Qt's AppDataLocation, which names the folder twice (organisation and
    // application, ~/.local/share/cstor-console/cstor-console); what is found there is moved up
    // the first time, so no journal entry or audit record is left behind.
    static QString folder();
    static QString journal();    // <folder>/migrations.jsonl
    static QString audit();      // <folder>/audit.jsonl
    static QString recoveries(); // <folder>/recoveries.jsonl (recover's journal)
};

} // namespace Migration
