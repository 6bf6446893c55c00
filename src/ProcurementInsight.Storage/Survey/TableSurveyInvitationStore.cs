using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Survey;

namespace ProcurementInsight.Storage.Survey;

/// <summary>The invitations in the <c>SurveyInvitations</c> table (scheme: <see cref="SurveyInvitationEntity"/>).</summary>
public sealed class TableSurveyInvitationStore : ISurveyInvitationStore
{
    private const int MaxErrorChars = 2_000;
    private readonly TableClient _table;

    /// <summary>Creates the store on the layout's table.</summary>
    public TableSurveyInvitationStore(TableServiceClient tables, StorageLayout layout)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(layout);
        _table = tables.GetTableClient(layout.SurveyInvitations);
    }

    /// <inheritdoc />
    public async Task<SurveyInvitation?> TryCreateAsync(SurveyInvitation invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        try
        {
            var response = await _table.AddEntityAsync(ToEntity(invitation), cancellationToken);
            return invitation with { ConcurrencyToken = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<SurveyInvitation?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var response = await _table.GetEntityIfExistsAsync<SurveyInvitationEntity>(id, SurveyInvitationEntity.Row, cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<SurveyInvitation?> TryUpdateAsync(SurveyInvitation invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentException.ThrowIfNullOrEmpty(invitation.ConcurrencyToken, nameof(invitation));
        try
        {
            var response = await _table.UpdateEntityAsync(ToEntity(invitation), new ETag(invitation.ConcurrencyToken), TableUpdateMode.Replace, cancellationToken);
            return invitation with { ConcurrencyToken = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<SurveyInvitation> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryAsync<SurveyInvitationEntity>(cancellationToken: cancellationToken))
        {
            yield return FromEntity(entity);
        }
    }

    private static SurveyInvitationEntity ToEntity(SurveyInvitation i) => new()
    {
        PartitionKey = i.Id,
        NoticeKey = i.NoticeKey,
        ProcedureId = i.ProcedureId,
        Title = i.Title,
        BuyerName = i.BuyerName,
        BuyerIdentifier = i.BuyerIdentifier,
        Sector = (int)i.Sector,
        CpvDivision = i.CpvDivision,
        PublicationDate = i.PublicationDate,
        Language = i.Language,
        Email = i.Email,
        QuestionnaireVersion = i.QuestionnaireVersion,
        Status = (int)i.Status,
        CreatedAt = i.CreatedAt,
        ExpiresAt = i.ExpiresAt,
        StepsSent = i.StepsSent,
        FirstSentAt = i.FirstSentAt,
        LastSentAt = i.LastSentAt,
        ClaimedStep = i.ClaimedStep,
        ClaimedUntil = i.ClaimedUntil,
        DeliveryAttempts = i.DeliveryAttempts,
        NextAttemptAt = i.NextAttemptAt,
        LastError = i.LastError is { Length: > MaxErrorChars } e ? e[..MaxErrorChars] : i.LastError,
        OpenedAt = i.OpenedAt,
        AnsweredAt = i.AnsweredAt,
        OptedOutAt = i.OptedOutAt,
        BouncedAt = i.BouncedAt,
        DesignPhase = i.Design is { } d ? (int)d.Phase : null,
        DesignStratum = i.Design?.Stratum,
        InclusionProbability = i.Design?.InclusionProbability,
    };

    private static SurveyInvitation FromEntity(SurveyInvitationEntity e) =>
        new(e.PartitionKey, e.NoticeKey, e.ProcedureId, e.Title, e.BuyerName, e.BuyerIdentifier, (Sector)e.Sector, e.CpvDivision,
            e.PublicationDate, e.Language, e.Email, e.QuestionnaireVersion, (InvitationStatus)e.Status, e.CreatedAt, e.ExpiresAt)
        {
            StepsSent = e.StepsSent,
            FirstSentAt = e.FirstSentAt,
            LastSentAt = e.LastSentAt,
            ClaimedStep = e.ClaimedStep,
            ClaimedUntil = e.ClaimedUntil,
            DeliveryAttempts = e.DeliveryAttempts,
            NextAttemptAt = e.NextAttemptAt,
            LastError = e.LastError,
            OpenedAt = e.OpenedAt,
            AnsweredAt = e.AnsweredAt,
            OptedOutAt = e.OptedOutAt,
            BouncedAt = e.BouncedAt,
            Design = e is { DesignPhase: { } phase, DesignStratum: { } stratum, InclusionProbability: { } probability }
                ? new SurveyDesignPoint((SurveyPhase)phase, stratum, probability)
                : null,
            ConcurrencyToken = e.ETag.ToString(),
        };
}
