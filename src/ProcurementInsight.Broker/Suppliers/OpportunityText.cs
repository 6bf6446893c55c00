using System.Globalization;

namespace ProcurementInsight.Broker.Suppliers;

/// <summary>The supplier view's reasons in Finnish, Swedish and English (the supplier page's own words are in <c>ProcurementInsight.Web.Broker.BrokerTexts</c>).</summary>
internal sealed record OpportunityText(
    string Lang,
    string WonSimilar,
    string WonSimilarInRegion,
    string SharedWords,
    string Ranked,
    string SameLineOfBusiness,
    string FromContracts,
    string FromLineOfBusiness,
    string NothingKnown)
{
    // {0} contracts, {1} CPV stem, {2} in the region, {3} region.
    public static readonly OpportunityText Fi = new(
        "fi",
        "Olette voittaneet {0} sopimusta CPV-koodin {1} alalta.",
        "Olette voittaneet {0} sopimusta CPV-koodin {1} alalta, niistä {2} alueella {3}.",
        "Yhteisiä sanoja voittamienne sopimusten kanssa: {0}.",
        "Välittäjä sijoittaa teidät tähän sijalle {0} (toimittajia {1}).",
        "Sama toimiala ({0}) kuin {1} yrityksellä, jotka ovat voittaneet sopimuksia CPV-pääryhmässä {2}.",
        "Sopivuus perustuu {0} voittamaanne julkiseen sopimukseen.",
        "Ette ole vielä voittaneet julkisia hankintoja; sopivuus perustuu päätoimialaanne {0}.",
        "Yrityksellä ei ole voitettuja sopimuksia eikä toimialaa kaupparekisterissä, joten sopivia kohteita ei voi arvioida.");

    public static readonly OpportunityText Sv = new(
        "sv",
        "Ni har vunnit {0} kontrakt inom CPV-koden {1}.",
        "Ni har vunnit {0} kontrakt inom CPV-koden {1}, varav {2} i region {3}.",
        "Ord gemensamma med era vunna kontrakt: {0}.",
        "Mäklaren rankar er på plats {0} (av {1} leverantörer).",
        "Samma bransch ({0}) som {1} företag som vunnit kontrakt inom CPV-huvudgrupp {2}.",
        "Matchningen bygger på era {0} vunna offentliga kontrakt.",
        "Ni har ännu inte vunnit offentliga upphandlingar; matchningen bygger på er huvudbransch {0}.",
        "Företaget har inga vunna kontrakt och ingen bransch i handelsregistret, så inga lämpliga objekt kan bedömas.");

    public static readonly OpportunityText En = new(
        "en",
        "You have won {0} contracts in CPV {1}.",
        "You have won {0} contracts in CPV {1}, {2} of them in {3}.",
        "Words in common with contracts you won: {0}.",
        "The broker ranks you {0} of {1} suppliers for this.",
        "Same line of business ({0}) as {1} companies that won contracts in CPV division {2}.",
        "The fit is based on the {0} public contracts you have won.",
        "You have not won a public contract yet; the fit is based on your main line of business {0}.",
        "The company has no contracts won and no line of business in the trade register, so nothing can be judged to fit.");

    public static OpportunityText For(string? lang) => lang?.ToLowerInvariant() switch
    {
        "sv" => Sv,
        "en" => En,
        _ => Fi,
    };

    public static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
