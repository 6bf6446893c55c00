namespace ProcurementInsight.Core.Broker;

/// <summary>One lot a supplier won, as a result notice published it.</summary>
/// <param name="NoticeKey">The result notice's key (<c>EF-48640</c>).</param>
/// <param name="LotId">The lot won (BT-137).</param>
/// <param name="Title">The lot's title, else the procedure's (BT-21), in the notice's first language.</param>
/// <param name="Cpv">The lot's main CPV code (BT-262), else the procedure's; eight digits.</param>
/// <param name="BuyerName">The first buyer's name (BT-500).</param>
/// <param name="BuyerId">The first buyer's identifier (BT-501), when published.</param>
/// <param name="Region">The first buyer's NUTS 3 code (BT-507), when published.</param>
/// <param name="Value">The winning tender's value (BT-720) in euros, when published in euros.</param>
/// <param name="AwardedOn">The result notice's publication date.</param>
/// <param name="NewToMarket">The notice says the solution was new to the market (HILMA answer or BT-776 <c>mar-nov</c>).</param>
/// <param name="Innovative">The notice's innovation profile says innovative (<see cref="Innovation.InnovationProfile.Innovative"/>).</param>
/// <param name="SurveyConfirmed">The follow-up survey's respondent judged the procurement innovative.</param>
/// <param name="MatchedByName">The winner had no business id and was joined to this supplier by its unambiguous name.</param>
public sealed record WonContract(
    string NoticeKey,
    string LotId,
    string Title,
    string? Cpv,
    string BuyerName,
    string? BuyerId,
    string? Region,
    decimal? Value,
    DateTimeOffset AwardedOn,
    bool NewToMarket,
    bool Innovative,
    bool SurveyConfirmed,
    bool MatchedByName);
