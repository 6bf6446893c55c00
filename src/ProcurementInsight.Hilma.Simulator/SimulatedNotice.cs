namespace ProcurementInsight.Hilma.Simulator;

/// <summary>A fully generated notice: everything the XML and the search document are written from.</summary>
public sealed record SimulatedNotice
{
    /// <summary>The compact record this notice was generated from.</summary>
    public required NoticeEntry Entry { get; init; }

    /// <summary>The notice type.</summary>
    public NoticeTypeInfo Type => Entry.Type;

    /// <summary>The buyer.</summary>
    public required SimulatedBuyer Buyer { get; init; }

    /// <summary>BT-702 notice language (<c>FIN</c>, <c>SWE</c>, <c>ENG</c>).</summary>
    public required string Language { get; init; }

    /// <summary>BT-21 procedure title.</summary>
    public required TextSet Title { get; init; }

    /// <summary>BT-24 procedure description (may contain HTML markup, as real notices do).</summary>
    public required TextSet Description { get; init; }

    /// <summary>BT-23 contract nature.</summary>
    public required string Nature { get; init; }

    /// <summary>CPV division index into <see cref="TextCatalog.Divisions"/>.</summary>
    public required int DivisionIndex { get; init; }

    /// <summary>Main CPV first, then additional ones (procedure level).</summary>
    public required IReadOnlyList<string> CpvCodes { get; init; }

    /// <summary>BT-27 estimated value of the procedure.</summary>
    public required decimal? EstimatedValue { get; init; }

    /// <summary>BT-105 procedure type (<c>open</c>, <c>restricted</c>, …).</summary>
    public required string ProcedureType { get; init; }

    /// <summary>BT-04 procedure identifier (a UUID shared by all notices of the procedure).</summary>
    public required string ContractFolderId { get; init; }

    /// <summary>BT-701 notice identifier (a UUID).</summary>
    public required string NoticeUuid { get; init; }

    /// <summary>BT-757 notice version, <c>01</c> or <c>02</c> for a corrected notice.</summary>
    public string VersionId => Entry.IsCorrected ? "02" : "01";

    /// <summary>BT-05 dispatch instant in Finnish local time.</summary>
    public required DateTimeOffset IssuedLocal { get; init; }

    /// <summary>Lots (at least one).</summary>
    public required IReadOnlyList<SimulatedLot> Lots { get; init; }

    /// <summary>The hidden ground truth.</summary>
    public required NoticeTruth Truth { get; init; }

    /// <summary>Total of the awarded values, when the notice has results.</summary>
    public decimal? ResultTotal => Type.HasResult && Lots.Any(l => l.Awards.Count > 0)
        ? Lots.SelectMany(l => l.Awards).Sum(a => a.Value)
        : null;

    /// <summary>Notice-level statistics (OR over lots), or null when the type has none.</summary>
    /// <remarks>The generator gives every lot statistics when the type has them, hence the <c>!</c>.</remarks>
    public LotStatistics? Statistics => Type.HasStatistics ? LotStatistics.Merge(Lots.Select(l => l.Statistics!)) : null;
}
