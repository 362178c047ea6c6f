#include "journalbuilder.h"

#include "buildcontext.h"
#include "jsonfields.h"

namespace mlc::accounting {

JournalBuilder::JournalBuilder(const MasterData &md, const MappingLookup &mappings, const PostingSettings &settings)
    : m_md(md)
    , m_settings(settings)
    , m_mapper(md, mappings, settings)
{
    // Only active dimensions with a configured source post a costing code; the rest stay blank.
    for (int dim = 1; dim <= 5; ++dim) {
        const QString field = settings.dimensionSource.value(dim).trimmed();
        if (field.isEmpty() || !m_mapper.dimensionActive(dim))
            continue;
        FieldHome home = FieldHome::Allocation;
        if (field.startsWith(QLatin1String("employee")))
            home = FieldHome::Employee;
        else if (field.startsWith(QLatin1String("report")) || field.startsWith(QLatin1String("request")))
            home = FieldHome::Header;
        else if (field.startsWith(QLatin1String("entry")) || field.startsWith(QLatin1String("lineItem")))
            home = FieldHome::Item;
        m_sources.append(DimensionSource{dim, field, home});
    }
}

void JournalBuilder::costingCodes(detail::BuildContext &ctx, const QJsonObject &allocation, const QJsonObject &item,
                                  const QJsonObject &header, const QJsonObject &employee, QString (&codes)[5],
                                  QStringList *pending) const
{
    for (const DimensionSource &src : m_sources) {
        const QJsonObject *home = &allocation;
        switch (src.home) {
        case FieldHome::Allocation: home = &allocation; break;
        case FieldHome::Employee: home = &employee; break;
        case FieldHome::Header: home = &header; break;
        case FieldHome::Item: home = &item; break;
        }
        const QString value = fields::text(home->value(src.field));
        if (value.isEmpty())
            continue; // a blank source posts a blank dimension
        // A value never posts blank: it maps, or the document goes to review.
        const Resolution r = m_mapper.costCenter(src.dimension, value);
        if (ctx.resolved(r))
            codes[src.dimension - 1] = r.target;
        else if (pending)
            pending->append(r.reason.blockerKey);
    }
}

BuildResult JournalBuilder::build(const QString &docType, const QJsonObject &document, const QDate &syncDate) const
{
    BuildResult result;
    result.identity = identify(docType, document);
    detail::BuildContext ctx(m_mapper, result);
    if (docType == QLatin1String("expense"))
        buildExpense(ctx, document, syncDate);
    else if (docType == QLatin1String("invoice"))
        buildInvoice(ctx, document);
    else
        ctx.malformed(QStringLiteral("Unsupported document type '%1' (only expense and invoice post).").arg(docType),
                      QJsonObject{{QStringLiteral("case"), QStringLiteral("unsupported-type")}, {QStringLiteral("docType"), docType}});
    ctx.finish();
    return result;
}

} // namespace mlc::accounting
