#pragma once
// Seeded generator of realistic FIS v4 financial documents (reference §2.8 expense, §2.9 invoice)
// for the demo company of DemoScenario. Deterministic for a seed. Every "post" document balances
// and reconciles with Concur's own totals under design.md §2 (rounding included); every "review"
// document carries exactly one deliberate defect, named by expectedReasonCode.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <random>
#include <vector>

namespace mlc::sim {

struct DemoEmployee;
struct DemoVendor;

struct GeneratedDocument {
    QString docType;            // "expense" | "invoice"
    QJsonObject document;       // the FIS `document`
    QString expectedOutcome;    // "post" or "review"
    QString expectedReasonCode; // "vendor.unmapped", "account.unmapped", "costcenter.unmapped",
                                // "totals.mismatch", "document.malformed", "payer.unsupported", or ""
};

class DocumentGenerator {
public:
    explicit DocumentGenerator(quint32 seed);

    // `count` documents, about `reviewShare` of them (rounded) deliberate review cases.
    // Unique reportKey/reqKey per generated document (also across calls on one generator).
    QList<GeneratedDocument> generate(int count, double reviewShare = 0.1);

    // One document; reviewReason empty = a document that must post.
    GeneratedDocument expense(const QString &reviewReason = {});
    GeneratedDocument invoice(const QString &reviewReason = {});

    static QStringList reviewReasons(const QString &docType);

private:
    using Units = qint64; // 1e-8 (Concur's 8 decimals); amounts stay far below 2^63
    struct Line {         // one expense journal line, for the internal §2 guard
        QString payer;
        QString payee;
        Units gross = 0;
        Units netOfReclaim = 0;
    };

    GeneratedDocument buildExpense(const QString &reviewReason, bool allowOdd);
    GeneratedDocument buildInvoice(const QString &reviewReason, bool allowOdd);
    QJsonObject employeeBlock(const DemoEmployee &e);

    QJsonValue money(Units u);
    QJsonValue number(Units u) const;
    QString hexId(int chars, bool upper);
    int pick(int n) { return static_cast<int>(m_rng() % static_cast<quint32>(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    Units cents(int minEuro, int maxEuro) { return (static_cast<Units>(minEuro) * 100 + pick((maxEuro - minEuro) * 100)) * kCent; }

    static constexpr Units kUnit = 100000000; // 1.0
    static constexpr Units kCent = 1000000;   // 0.01
    static Units round2(Units u);
    static Units netFromGross(Units gross, int vatBasisPoints, bool toCents);
    static QString text(Units u, int decimals, bool trim);

    std::mt19937 m_rng;
    quint32 m_seed;
    int m_reportKey;
    int m_reqKey;
    int m_sequence = 0;
    bool m_stringAmounts = false; // the current document sends some amounts as strings
};

} // namespace mlc::sim
