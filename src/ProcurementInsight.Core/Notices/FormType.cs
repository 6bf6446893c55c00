namespace ProcurementInsight.Core.Notices;

/// <summary>Well-known eForms form types (BT-03, the <c>listName</c> of <c>cbc:NoticeTypeCode</c>).</summary>
public static class FormType
{
    /// <summary>Planning (prior information).</summary>
    public const string Planning = "planning";

    /// <summary>Competition (contract notice).</summary>
    public const string Competition = "competition";

    /// <summary>Direct award pre-announcement.</summary>
    public const string DirectAwardPreannouncement = "dir-awa-pre";

    /// <summary>Result (contract award notice).</summary>
    public const string Result = "result";

    /// <summary>Contract modification.</summary>
    public const string ContractModification = "cont-modif";

    /// <summary>Change (corrigendum): a notice changing an earlier one (BT-758).</summary>
    public const string Change = "change";

    /// <summary>Completion (national E5).</summary>
    public const string Completion = "completion";

    /// <summary>Pre-market consultation (national E1).</summary>
    public const string Consultation = "consultation";
}
