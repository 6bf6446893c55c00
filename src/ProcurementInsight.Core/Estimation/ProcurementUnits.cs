using ProcurementInsight.Core.Notices;

namespace ProcurementInsight.Core.Estimation;

/// <summary>Groups notices into <see cref="ProcurementUnit"/>s.</summary>
public static class ProcurementUnits
{
    /// <summary>
    /// Groups contract (<c>competition</c>), result and direct-award notices by procedure (BT-04; a notice
    /// without one is its own procurement). Planning, change, modification and completion notices do not
    /// describe a new procurement and are left out, as are notices without a publication or issue date.
    /// </summary>
    public static IReadOnlyList<ProcurementUnit> From(IEnumerable<Notice> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var groups = new Dictionary<string, List<Notice>>(StringComparer.Ordinal);
        foreach (var notice in notices)
        {
            if (notice.FormType is not (FormType.Competition or FormType.Result or FormType.DirectAwardPreannouncement)
                || (notice.PublicationDate ?? notice.IssueDate) is null)
            {
                continue;
            }

            var procedure = string.IsNullOrWhiteSpace(notice.ProcedureId) ? "notice:" + notice.Key : notice.ProcedureId;
            if (!groups.TryGetValue(procedure, out var list))
            {
                list = [];
                groups[procedure] = list;
            }

            list.Add(notice);
        }

        var units = new List<ProcurementUnit>(groups.Count);
        foreach (var list in groups.Values)
        {
            list.Sort((a, b) => Nullable.Compare(a.PublicationDate ?? a.IssueDate, b.PublicationDate ?? b.IssueDate) is var c and not 0 ? c : string.CompareOrdinal(a.Key, b.Key));
            var first = list[0];
            var report = SelfReport.None;
            foreach (var notice in list)
            {
                report = report.Or(Report(notice));
            }

            var buyer = first.Buyers.Count > 0 ? first.Buyers[0] : null;
            var cpv = first.MainCpv ?? first.Lots.Select(l => l.MainCpv).FirstOrDefault(c => c is not null);
            units.Add(new ProcurementUnit(
                first.Key,
                [.. list.Select(n => n.Key)],
                first,
                (first.PublicationDate ?? first.IssueDate)!.Value, // Notices without either date were skipped above.
                buyer?.Sector ?? Organisations.Sector.Unknown,
                cpv?.Division,
                buyer?.NutsCode is { Length: >= 5 } nuts ? nuts[..5] : null,
                Euros(list),
                report));
        }

        units.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return units;
    }

    private static SelfReport Report(Notice notice)
    {
        var profile = notice.Innovation;
        return new SelfReport(profile.NewToMarket, profile.NewToBuyer, profile.Considered, profile.HasHilmaAnswers, profile.HasEFormsSignal);
    }

    /// <summary>
    /// The euros of one notice, as <see cref="From"/> counts a procurement of that notice alone: the awarded
    /// total of a result notice, else the estimated value (BT-27), else the sum of the lots' estimates; EUR
    /// only; null when none is known.
    /// </summary>
    public static decimal? EurosOf(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return Awarded(notice) ?? Estimated(notice);
    }

    private static decimal? Euros(List<Notice> notices)
    {
        // The awarded total is what was spent; the estimate is the buyer's expectation before the award.
        foreach (var notice in Enumerable.Reverse(notices))
        {
            if (Awarded(notice) is { } awarded)
            {
                return awarded;
            }
        }

        foreach (var notice in notices)
        {
            if (Estimated(notice) is { } estimated)
            {
                return estimated;
            }
        }

        return null;
    }

    private static decimal? Awarded(Notice notice)
    {
        if (notice.FormType != FormType.Result)
        {
            return null;
        }

        var awarded = notice.Winners.Where(w => w.ContractValue is { Currency: "EUR" }).Sum(w => w.ContractValue!.Amount);
        return awarded > 0 ? awarded : null;
    }

    private static decimal? Estimated(Notice notice)
    {
        if (notice.EstimatedValue is { Currency: "EUR", Amount: > 0 } value)
        {
            return value.Amount;
        }

        var lots = notice.Lots.Where(l => l.EstimatedValue is { Currency: "EUR" }).Sum(l => l.EstimatedValue!.Amount);
        return lots > 0 ? lots : null;
    }
}
