#pragma once
// Short labels for review reason codes, in the tray's language (the service stores each reason as
// a stable code with an English sentence; the tray names the kind of problem in the reader's
// language and shows the service's sentence as the detail). Unknown codes show the code itself.
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace mlc::tray {

class ReasonLabels {
    Q_DECLARE_TR_FUNCTIONS(ReasonLabels)
public:
    static QString label(const QString &code);
    // The reason's sentence in the reader's language from its code and named arguments
    // (accounting::ReviewReason::args). Rows stored before reasons had arguments, and codes or
    // cases this version does not know, show `fallbackMessage` (the service's English sentence).
    static QString text(const QString &code, const QJsonObject &args, const QString &fallbackMessage);
    // The same for one stored reason object {code, message, args}.
    static QString text(const QJsonObject &reason);
    // What kind of mapping a blocker key ("vendor/…", "account/…", "costcenter/1:…") asks for.
    static QString mappingKind(const QString &blockerKey);
    // What is being mapped, for a sentence: "the Concur employee 12345AB", "the Concur account 6999".
    static QString mappingSource(const QString &blockerKey);
};

} // namespace mlc::tray
