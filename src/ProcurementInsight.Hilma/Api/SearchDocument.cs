using System.Text.Json.Serialization;

namespace ProcurementInsight.Hilma.Api;

/// <summary>
/// One document of the <c>eformnotices</c> search index. Only the fields the harvester uses are typed;
/// field names are those of real documents (fixtures/hilma-samples/avp-search-index).
/// </summary>
public sealed record SearchDocument
{
    /// <summary>Document key: <c>EF-&lt;noticeId&gt;</c>, <c>OLD-&lt;noticeId&gt;</c> or <c>PLAN-&lt;planId&gt;</c>.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>HILMA notice number within its family (not unique across EF/OLD).</summary>
    public long NoticeId { get; init; }

    /// <summary>HILMA procedure id.</summary>
    public long? ProcedureId { get; init; }

    /// <summary>Publication instant.</summary>
    public DateTimeOffset? DatePublished { get; init; }

    /// <summary>Tender submission deadline of a contract notice, when the index gives one.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Last modification instant.</summary>
    public DateTimeOffset? DateModified { get; init; }

    /// <summary>Notice subtype (<c>16</c>, <c>29</c>, <c>E3</c>…) or a legacy type number; sent as a string or a number.</summary>
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Type { get; init; }

    /// <summary>Readable group, e.g. <c>ContractNotices</c>, <c>ContractAwardNotices</c>.</summary>
    public string? MainType { get; init; }

    /// <summary>True for eForms notices.</summary>
    public bool? IsEForms { get; init; }

    /// <summary>True for procurement plans.</summary>
    public bool? IsPlan { get; init; }

    /// <summary>Finnish title.</summary>
    public string? TitleFi { get; init; }

    /// <summary>Swedish title.</summary>
    public string? TitleSv { get; init; }

    /// <summary>English title.</summary>
    public string? TitleEn { get; init; }

    /// <summary>Finnish description.</summary>
    public string? DescriptionFi { get; init; }

    /// <summary>Swedish description.</summary>
    public string? DescriptionSv { get; init; }

    /// <summary>English description.</summary>
    public string? DescriptionEn { get; init; }

    /// <summary>Buyer name in Finnish.</summary>
    public string? OrganisationNameFi { get; init; }

    /// <summary>Buyer name in Swedish.</summary>
    public string? OrganisationNameSv { get; init; }

    /// <summary>Buyer's business id.</summary>
    public string? OrganisationNationalRegistrationNumber { get; init; }

    /// <summary>Buyer legal type (eForms BT-11 code).</summary>
    public string? OrganisationType { get; init; }

    /// <summary>Buyer's NUTS code.</summary>
    public string? OrganisationNutsCode { get; init; }

    /// <summary>Space-separated CPV codes.</summary>
    public string? CpvCodes { get; init; }

    /// <summary>Estimated value.</summary>
    public decimal? EstimatedValue { get; init; }

    /// <summary>Currency of <see cref="EstimatedValue"/>.</summary>
    public string? Currency { get; init; }

    /// <summary>eForms procedure type code.</summary>
    public string? ProcedureType { get; init; }

    /// <summary><c>services</c>, <c>supplies</c> or <c>works</c>.</summary>
    public string? ProcurementTypeCode { get; init; }

    /// <summary>Notice-level "innovation considered" (OR over lots for eForms).</summary>
    public bool? InnovationConsidered { get; init; }

    /// <summary>Notice-level "new to buyer".</summary>
    public bool? SolutionNewToBuyer { get; init; }

    /// <summary>Notice-level "new to market or industry".</summary>
    public bool? SolutionNewToMarketOrIndustry { get; init; }

    /// <summary>Per-lot fields, statistics answers among them.</summary>
    public IReadOnlyList<SearchDocumentLot>? Lots { get; init; }

    /// <summary>The longest document key taken as one: <c>EF-</c> and 19 digits is 22 characters.</summary>
    public const int MaxIdLength = 64;

    /// <summary>The family of this document, from its key prefix; a key too long to be HILMA's is unknown.</summary>
    [JsonIgnore]
    public HilmaDocumentKind Kind => Id switch
    {
        { Length: > MaxIdLength } => HilmaDocumentKind.Unknown,
        _ when Id.StartsWith("EF-", StringComparison.Ordinal) => HilmaDocumentKind.EForms,
        _ when Id.StartsWith("OLD-", StringComparison.Ordinal) => HilmaDocumentKind.Legacy,
        _ when Id.StartsWith("PLAN-", StringComparison.Ordinal) => HilmaDocumentKind.Plan,
        _ => HilmaDocumentKind.Unknown,
    };
}
