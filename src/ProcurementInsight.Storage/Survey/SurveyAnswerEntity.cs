using Azure;
using Azure.Data.Tables;

namespace ProcurementInsight.Storage.Survey;

/// <summary>
/// A survey answer, in the <c>SurveyAnswers</c> table. PartitionKey: the invitation id. RowKey:
/// <c>answer</c>. One row per invitation, replaced on every save, so repeated submissions can never make
/// two answers. <see cref="ValuesJson"/> holds every answer by question id; the label columns repeat what
/// the share estimate reads.
/// </summary>
internal sealed class SurveyAnswerEntity : ITableEntity
{
    public const string Row = "answer";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string NoticeKey { get; set; } = string.Empty;

    public string ValuesJson { get; set; } = "{}";

    public bool JudgedInnovative { get; set; }

    public int NewToBuyer { get; set; }

    public int NewToMarket { get; set; }

    public int NewProcedure { get; set; }

    public string QuestionnaireVersion { get; set; } = string.Empty;

    public DateTimeOffset AnsweredAt { get; set; }

    public DateTimeOffset FirstSavedAt { get; set; }

    public int Revision { get; set; }
}
