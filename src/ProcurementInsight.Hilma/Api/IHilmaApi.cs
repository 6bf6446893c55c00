using Refit;

namespace ProcurementInsight.Hilma.Api;

/// <summary>
/// HILMA's open data ("AVP-Read") API at <c>api.hankintailmoitukset.fi</c>. Paths and limits follow the
/// owner's documentation (Hankintailmoitukset/hilma-api, endpoints/avpendpoints.md): a search index in
/// Azure Cognitive Search style and read endpoints for eForms and pre-eForms notices. Every call needs
/// the <c>Ocp-Apim-Subscription-Key</c> header, added by <see cref="SubscriptionKeyHandler"/>.
/// </summary>
public interface IHilmaApi
{
    /// <summary>Searches the <c>eformnotices</c> index (eForms, pre-eForms notices and plans).</summary>
    [Post("/avp/eformnotices/docs/search")]
    Task<IApiResponse<SearchResponse>> SearchAsync([Body] SearchRequest request, CancellationToken cancellationToken);

    /// <summary>Reads up to 50 eForms notices by their HILMA notice ids (repeated <c>id</c> parameter).</summary>
    [Get("/avp-eforms/external-read/v1/notices")]
    Task<IApiResponse<List<EFormNoticeResponse>>> ReadNoticesAsync(
        [Query(CollectionFormat.Multi)][AliasAs("id")] IEnumerable<long> ids,
        CancellationToken cancellationToken);

    /// <summary>Reads one eForms notice by its HILMA notice id.</summary>
    [Get("/avp-eforms/external-read/v1/notice/{noticeId}")]
    Task<IApiResponse<EFormNoticeResponse>> ReadNoticeAsync(long noticeId, CancellationToken cancellationToken);

    /// <summary>
    /// Reads one pre-eForms notice as JSON text (kept verbatim for the raw archive). Never ask it for an eForms number: it answers 200 with an
    /// unrelated legacy notice (CONTRACTS.md A.8).
    /// </summary>
    [Get("/avp-notice/api/avp/notices/{noticeId}")]
    Task<IApiResponse<string>> ReadLegacyNoticeAsync(long noticeId, CancellationToken cancellationToken);
}
