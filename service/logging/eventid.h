#pragma once
// Event IDs the service reports to the Windows Event Log (source "ml-connector", log
// "Application") and, as "[event N]", to the journal and the log file. Admins filter Event Viewer
// by these numbers, so they are part of the product's interface: never renumber them.
// service/logging/messages.mc holds the matching message table (compiled into ml-connector.exe).
namespace mlc::logging {

enum class EventId : unsigned {
    None = 0,              // an ordinary log line (written to the Event Log only as 900/901)
    ServiceStarted = 100,  // information
    ServiceStopped = 101,  // information
    CycleSummary = 200,    // information (warning when documents failed)
    PostingFailure = 300,  // error: a journal entry could not be posted (retried later)
    NewReviewItems = 400,  // warning: documents were queued for a finance decision
    AuthFailure = 500,     // error: Concur or SAP Business One refused the credentials
    ConfigError = 600,     // error: the service cannot run with the current configuration
    GeneralWarning = 900,  // any other warning logged by a module
    GeneralError = 901,    // any other error logged by a module
};

} // namespace mlc::logging
