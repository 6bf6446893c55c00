using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Data.Tables;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Storage.Survey;

/// <summary>The answers in the <c>SurveyAnswers</c> table (scheme: <see cref="SurveyAnswerEntity"/>).</summary>
public sealed class TableSurveyAnswerStore : ISurveyAnswerStore
{
    private readonly TableClient _table;

    /// <summary>Creates the store on the layout's table.</summary>
    public TableSurveyAnswerStore(TableServiceClient tables, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.SurveyAnswers);
    }

    /// <inheritdoc />
    public async Task SaveAsync(SurveyAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var entity = new SurveyAnswerEntity
        {
            PartitionKey = answer.InvitationId,
            NoticeKey = answer.NoticeKey,
            ValuesJson = JsonSerializer.Serialize(answer.Values),
            JudgedInnovative = answer.Label.JudgedInnovative,
            NewToBuyer = (int)answer.Label.NewToBuyer,
            NewToMarket = (int)answer.Label.NewToMarket,
            NewProcedure = (int)answer.Label.NewProcedure,
            QuestionnaireVersion = answer.Label.QuestionnaireVersion,
            AnsweredAt = answer.Label.AnsweredAt,
            FirstSavedAt = answer.FirstSavedAt,
            Revision = answer.Revision,
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SurveyAnswer?> GetAsync(string invitationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(invitationId);
        var response = await _table.GetEntityIfExistsAsync<SurveyAnswerEntity>(invitationId, SurveyAnswerEntity.Row, cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<SurveyAnswer> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryAsync<SurveyAnswerEntity>(cancellationToken: cancellationToken))
        {
            yield return FromEntity(entity);
        }
    }

    private static SurveyAnswer FromEntity(SurveyAnswerEntity e)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(e.ValuesJson) ?? [];
        return new SurveyAnswer(
            e.PartitionKey,
            e.NoticeKey,
            values.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Value, StringComparer.Ordinal),
            new SurveyLabel(e.JudgedInnovative, (NoveltyLevel)e.NewToBuyer, (NoveltyLevel)e.NewToMarket, (NoveltyLevel)e.NewProcedure, e.QuestionnaireVersion, e.AnsweredAt),
            e.FirstSavedAt,
            e.Revision);
    }
}
