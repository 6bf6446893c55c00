namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// The notice types the simulator publishes, weighted like HILMA's mix: about 70 % national, 40 % contract
/// notices, 40 % award notices. Subtype codes follow eForms SDK 1.13 <c>notice-types.json</c>.
/// </summary>
public static class NoticeTypes
{
    private const string Cn = "ContractNotices";
    private const string Can = "ContractAwardNotices";
    private const string Pin = "PriorInformationNotices";
    private const string Mod = "ContractModificationNotices";
    private const string Veat = "ExAnteNotices";
    private const string Compl = "CompletionNotices";
    private const string CnRoot = "ContractNotice";
    private const string CanRoot = "ContractAwardNotice";
    private const string PinRoot = "PriorInformationNotice";
    private const string Classic = "32014L0024";
    private const string Utilities = "32014L0025";

    /// <summary>All types, in a fixed order (the index is stored in each <see cref="NoticeEntry"/>).</summary>
    public static IReadOnlyList<NoticeTypeInfo> All { get; } =
    [
        new("E1", NoticeKind.Planning, Pin, PinRoot, "consultation", "pmc", "other", true, true, 1.5),
        new("E2", NoticeKind.Planning, Pin, PinRoot, "planning", "pin-only", "other", true, false, 2.5),
        new("E3", NoticeKind.Contract, Cn, CnRoot, "competition", "cn-standard", "other", true, true, 30),
        new("E4", NoticeKind.Award, Can, CanRoot, "result", "can-standard", "other", true, true, 28),
        new("E5", NoticeKind.Completion, Compl, CanRoot, "completion", "compl", "other", true, false, 2),
        new("E6", NoticeKind.Modification, Mod, CanRoot, "cont-modif", "can-modif", "other", true, false, 6),
        new("7", NoticeKind.Planning, Pin, PinRoot, "planning", "pin-rtl", Classic, false, false, 1.5),
        new("10", NoticeKind.Planning, Pin, PinRoot, "competition", "pin-cfc-standard", Classic, false, false, 0.8),
        new("16", NoticeKind.Contract, Cn, CnRoot, "competition", "cn-standard", Classic, false, true, 8.5),
        new("17", NoticeKind.Contract, Cn, CnRoot, "competition", "cn-standard", Utilities, false, true, 1.2),
        new("20", NoticeKind.Contract, Cn, CnRoot, "competition", "cn-social", Classic, false, true, 0.6),
        new("21", NoticeKind.Contract, Cn, CnRoot, "competition", "cn-social", Utilities, false, true, 0.2),
        new("25", NoticeKind.ExAnte, Veat, CanRoot, "dir-awa-pre", "veat", Classic, false, false, 1.0),
        new("29", NoticeKind.Award, Can, CanRoot, "result", "can-standard", Classic, false, true, 10),
        new("30", NoticeKind.Award, Can, CanRoot, "result", "can-standard", Utilities, false, true, 1.2),
        new("33", NoticeKind.Award, Can, CanRoot, "result", "can-social", Classic, false, true, 0.6),
        new("34", NoticeKind.Award, Can, CanRoot, "result", "can-social", Utilities, false, true, 0.2),
        new("38", NoticeKind.Modification, Mod, CanRoot, "cont-modif", "can-modif", Classic, false, false, 2.2),
    ];

    /// <summary>The award subtype that follows a contract notice subtype in the same procedure.</summary>
    public static string? AwardFollowing(string contractSubtype) => contractSubtype switch
    {
        "E3" => "E4",
        "16" => "29",
        "17" => "30",
        "20" => "33",
        "21" => "34",
        _ => null,
    };

    /// <summary>Index of a subtype in <see cref="All"/>, or -1.</summary>
    public static int IndexOf(string subtype)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Subtype == subtype)
            {
                return i;
            }
        }

        return -1;
    }
}
