using Azure;
using Azure.Data.Tables;

namespace ProcurementInsight.Storage.Survey;

/// <summary>
/// A survey invitation, in the <c>SurveyInvitations</c> table. PartitionKey: the invitation id (32 hex
/// digits from procedure and buyer). RowKey: <c>invitation</c>. One entity per partition, so creating it
/// is a conditional insert and every change a conditional replace on its ETag. The design point (phase, stratum,
/// inclusion probability) is absent from rows made before the survey had a design.
/// </summary>
internal sealed class SurveyInvitationEntity : ITableEntity
{
    public const string Row = "invitation";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string NoticeKey { get; set; } = string.Empty;

    public string ProcedureId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string BuyerName { get; set; } = string.Empty;

    public string? BuyerIdentifier { get; set; }

    public int Sector { get; set; }

    public string? CpvDivision { get; set; }

    public DateTimeOffset? PublicationDate { get; set; }

    public string Language { get; set; } = "fi";

    public string? Email { get; set; }

    public string QuestionnaireVersion { get; set; } = string.Empty;

    public int Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public int StepsSent { get; set; }

    public DateTimeOffset? FirstSentAt { get; set; }

    public DateTimeOffset? LastSentAt { get; set; }

    public int? ClaimedStep { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public int DeliveryAttempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public DateTimeOffset? OptedOutAt { get; set; }

    public DateTimeOffset? BouncedAt { get; set; }

    /// <summary>The design phase (<c>SurveyPhase</c> as a number); null in rows stored before the survey had a design.</summary>
    public int? DesignPhase { get; set; }

    public string? DesignStratum { get; set; }

    public double? InclusionProbability { get; set; }
}
