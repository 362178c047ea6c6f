#pragma once
// Loads the B1 master data the mapping rules need into accounting::MasterData (members only; the
// caller builds the indices). Every collection is read completely with our own paging, ordered by
// its key so that $skip paging is stable.
#include "servicelayerclient.h"

#include "accounting/masterdata.h"
#include "core/result.h"

#include <QJsonObject>

namespace mlc::sapb1 {

class MasterDataReader {
public:
    explicit MasterDataReader(ServiceLayerClient &client);

    Result<accounting::MasterData> load();

    // Row converters (tolerant of "tYES"/"tNO", "1"/1); public for tests.
    static accounting::BusinessPartner partnerFromJson(const QJsonObject &row);
    static accounting::Account accountFromJson(const QJsonObject &row);
    static accounting::ProfitCenter profitCenterFromJson(const QJsonObject &row);
    static accounting::Dimension dimensionFromJson(const QJsonObject &row);
    // A Currencies row: Code, the ISO code from DocumentsCode when it is one (three letters; B1's
    // "code on printed documents", often a symbol such as "$"), Decimals (enum name or number).
    static accounting::Currency currencyFromJson(const QJsonObject &row);

private:
    Result<QJsonObject> adminInfo();
    ServiceLayerClient &m_client;
};

} // namespace mlc::sapb1
