namespace ProcurementInsight.Core.Estimation;

/// <summary>
/// What the buyer itself reported about innovation across the notices of one procurement (HILMA statistics
/// answers and eForms BT-06/BT-776 codes, each OR-ed over the notices and lots).
/// </summary>
/// <param name="NewToMarket">Some notice says new to the market (HILMA answer or BT-776 <c>mar-nov</c>).</param>
/// <param name="NewToBuyer">Some notice says new to the buyer (HILMA answer or BT-776 <c>org-nov</c>).</param>
/// <param name="Considered">Some notice says innovation was considered.</param>
/// <param name="HasAnswers">Some notice had HILMA statistics answers at all.</param>
/// <param name="HasEFormsCode">Some lot carries BT-06 <c>inn-pur</c> or a BT-776 code.</param>
public sealed record SelfReport(bool NewToMarket, bool NewToBuyer, bool Considered, bool HasAnswers, bool HasEFormsCode)
{
    /// <summary>Nothing reported.</summary>
    public static SelfReport None { get; } = new(false, false, false, false, false);

    /// <summary>Field-wise OR.</summary>
    public SelfReport Or(SelfReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            NewToMarket || other.NewToMarket,
            NewToBuyer || other.NewToBuyer,
            Considered || other.Considered,
            HasAnswers || other.HasAnswers,
            HasEFormsCode || other.HasEFormsCode);
    }
}
