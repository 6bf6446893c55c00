using System.Text.Json;

namespace ProcurementInsight.Hilma.Api;

/// <summary>
/// One eForms notice from the read API: <c>{id, procedureId, eForm (base64 XML), hilmaStatistics,
/// dateCreated, dateModified}</c> (CONTRACTS.md A.9). <c>hilmaStatistics</c> is kept as raw JSON because
/// its shape is inferred: keyed by lot id (expected) or one flat object (tolerated).
/// </summary>
public sealed record EFormNoticeResponse
{
    /// <summary>HILMA notice id.</summary>
    public long Id { get; init; }

    /// <summary>HILMA procedure id.</summary>
    public long? ProcedureId { get; init; }

    /// <summary>Base64 of the eForms UBL XML.</summary>
    public string? EForm { get; init; }

    /// <summary>HILMA's statistics answers, raw.</summary>
    public JsonElement? HilmaStatistics { get; init; }

    /// <summary>Creation instant.</summary>
    public DateTimeOffset? DateCreated { get; init; }

    /// <summary>Modification instant.</summary>
    public DateTimeOffset? DateModified { get; init; }
}
