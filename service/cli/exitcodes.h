#pragma once
// Documented exit codes of the ml-connector command line (README "Exit codes").
namespace mlc::cli {
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,        // unknown command, missing or bad argument
    ExitConfig = 2,       // missing/invalid setting or secret, database cannot be opened
    ExitConnection = 3,   // Concur or B1 unreachable, authentication failed, TLS refused
    ExitPartial = 4,      // the cycle ran, but some documents failed or are pending a lookup
    ExitData = 5,         // not found, invalid state, audit chain broken, bad CSV
    ExitInternal = 10,
};
}
