using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Storage.Survey;

/// <summary>The answers in the <c>SurveyAnswers</c> table (scheme: <see cref="SurveyAnswerEntity"/>).</summary>
public sealed class TableSurveyAnswerStore : ISurveyAnswerStore
{
    // Each lost race means another save won, so this many concurrent saves of one answer always finish.
    private const int MaxAttempts = 64;

    private readonly TableClient _table;

    /// <summary>Creates the store on the layout's table.</summary>
    public TableSurveyAnswerStore(TableServiceClient tables, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.SurveyAnswers);
    }

    /// <inheritdoc />
    public async Task<SurveyAnswer> SaveAsync(SurveyAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var response = await _table.GetEntityIfExistsAsync<SurveyAnswerEntity>(answer.InvitationId, SurveyAnswerEntity.Row, cancellationToken: cancellationToken);
            var stored = response.HasValue ? response.Value : null;
            var entity = ToEntity(answer with
            {
                Revision = (stored?.Revision ?? 0) + 1,
                FirstSavedAt = stored?.FirstSavedAt ?? answer.FirstSavedAt,
            });
            try
            {
                // Read, count, write under the ETag read: a save that raced another re-reads and counts again,
                // so every accepted save adds exactly one to the revision.
                if (stored is null)
                {
                    await _table.AddEntityAsync(entity, cancellationToken);
                }
                else
                {
                    await _table.UpdateEntityAsync(entity, stored.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return FromEntity(entity);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another save got there first: read its revision and count on from it.
            }
        }

        throw new InvalidOperationException($"The answer of invitation {answer.InvitationId} kept changing; gave up after {MaxAttempts} attempts.");
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

    private static SurveyAnswerEntity ToEntity(SurveyAnswer answer) => new()
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
