#pragma once
// The write-back to Concur (issue #10, setting concur/writeBack) in words for finance staff and
// admins: the four levels with one sentence each of what they send to Concur (the Settings page),
// and the overview's line from the service's status.writeBack {level, counts{"step/state": n}}.
// The level names are the service's (shared/concur/writebacklevel.h; tst_traysettings checks that
// they match); the tray links no Concur code.
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mlc::tray {

class WriteBackLevels {
    Q_DECLARE_TR_FUNCTIONS(WriteBackLevels)
public:
    static constexpr char SettingKey[] = "concur/writeBack";
    static constexpr char Off[] = "off";

    // "off", "acknowledge", "confirm", "confirm-and-pay": lowest first, each includes the ones before.
    static QStringList levels();
    // The short name of a level ("Confirm postings"); an unknown value is shown as it is.
    static QString label(const QString &level);
    // One sentence: what the level sends to Concur.
    static QString description(const QString &level);
    // "Confirm postings — 120 documents acknowledged, 118 posting outcomes confirmed, 2 waiting to
    // be sent, 1 refused by Concur (in the review queue)" from status.writeBack; empty when the
    // level is off or the service did not say (a service before write-back).
    static QString summary(const QJsonObject &writeBack);
    // What the words of summary() mean (the line's tooltip and accessible description).
    static QString summaryHelp();
};

} // namespace mlc::tray
