namespace ProcurementInsight.Broker.Web;

/// <summary>The words of the buyer page and the broker view in Finnish, Swedish and English.</summary>
internal sealed record PageText(
    string Lang,
    string BuyerTitle,
    string BuyerIntro,
    string ApiKey,
    string ApiKeyHelp,
    string Need,
    string NeedHelp,
    string Cpv,
    string CpvHelp,
    string Region,
    string RegionHelp,
    string Top,
    string Search,
    string Results,
    string NoResults,
    string BadKey,
    string TooMany,
    string Score,
    string Potential,
    string ContractsWon,
    string SmallShare,
    string SmallOrFirst,
    string MatchedTerms,
    string MatchedContracts,
    string Components,
    string NameOnly,
    string BrokerTitle,
    string BrokerIntro,
    string NoNeeds,
    string Needs,
    string Suppliers,
    string Division,
    string AnyRegion,
    string Languages,
    string Footer)
{
    public static readonly PageText Fi = new(
        "fi", "Löydä toimittajat tarpeeseesi", "Kuvaa hankintatarve omin sanoin. Palvelu etsii yritykset, jotka ovat voittaneet samankaltaisia julkisia hankintoja, ja näyttää miksi kukin löytyi.",
        "API-avain", "Organisaatiosi avain, muotoa pik_…", "Tarve", "Mitä olette hankkimassa? Suomeksi, ruotsiksi tai englanniksi.", "CPV-koodi (valinnainen)", "Esim. 72000000", "Alue (valinnainen)", "NUTS-koodi, esim. FI1B1 (Helsinki-Uusimaa)",
        "Tuloksia", "Hae toimittajia", "Toimittajat", "Sopivia toimittajia ei löytynyt.", "API-avain puuttuu tai ei kelpaa.", "Liian monta hakua tällä minuutilla. Yritä hetken kuluttua uudelleen.",
        "Osuvuus", "Innovaatiopotentiaali", "Voitettuja sopimuksia", "Pienten tai ensikertalaisten toimittajien osuus", "pieni tai ensikertalainen", "Osuvat sanat", "Samankaltaiset voitetut sopimukset", "Potentiaalin osat",
        "Tunnistettu vain nimestä: tarkista ennen kuin luotat.", "Välittäjän näkymä: avoimet tarpeet", "Ostajien avoimet tarpeet alueittain ja aihepiireittäin (CPV-pääryhmä) sekä toimittajat, jotka voisivat vastata niihin.",
        "Tarpeita ei ole vielä jätetty.", "Tarpeet", "Mahdolliset toimittajat", "CPV-pääryhmä", "koko Suomi", "Kieli", "ProcurementInsight. Sisältää Patentti- ja rekisterihallituksen (PRH) tietoja, CC BY 4.0.");

    public static readonly PageText Sv = new(
        "sv", "Hitta leverantörer för ert behov", "Beskriv upphandlingsbehovet med egna ord. Tjänsten söker företag som har vunnit liknande offentliga upphandlingar och visar varför vart och ett hittades.",
        "API-nyckel", "Er organisations nyckel, i formen pik_…", "Behov", "Vad ska ni upphandla? På finska, svenska eller engelska.", "CPV-kod (valfri)", "T.ex. 72000000", "Region (valfri)", "NUTS-kod, t.ex. FI1B1 (Helsingfors-Nyland)",
        "Antal resultat", "Sök leverantörer", "Leverantörer", "Inga lämpliga leverantörer hittades.", "API-nyckeln saknas eller är ogiltig.", "För många sökningar denna minut. Försök igen om en stund.",
        "Relevans", "Innovationspotential", "Vunna kontrakt", "Andel små leverantörer eller förstagångsleverantörer", "liten eller förstagångsleverantör", "Matchande ord", "Liknande vunna kontrakt", "Potentialens delar",
        "Identifierad endast genom namnet: kontrollera innan ni litar på det.", "Mäklarvy: öppna behov", "Köparnas öppna behov per region och tema (CPV-huvudgrupp) med leverantörer som kunde svara på dem.",
        "Inga behov har lämnats in ännu.", "Behov", "Möjliga leverantörer", "CPV-huvudgrupp", "hela Finland", "Språk", "ProcurementInsight. Innehåller uppgifter från Patent- och registerstyrelsen (PRH), CC BY 4.0.");

    public static readonly PageText En = new(
        "en", "Find suppliers for your need", "Describe what you need in your own words. The service looks for companies that have won similar public contracts and shows why each was found.",
        "API key", "Your organisation's key, starting pik_…", "Need", "What are you about to procure? In Finnish, Swedish or English.", "CPV code (optional)", "For example 72000000", "Region (optional)", "NUTS code, for example FI1B1 (Helsinki-Uusimaa)",
        "Results", "Find suppliers", "Suppliers", "No suitable suppliers were found.", "The API key is missing or not valid.", "Too many searches this minute. Try again shortly.",
        "Relevance", "Innovation potential", "Contracts won", "Share of small or first-time suppliers", "small or first-time", "Matching words", "Similar contracts won", "Parts of the potential",
        "Recognised by name only: check before relying on it.", "Broker view: open needs", "Buyers' open needs by region and theme (CPV division), with the suppliers who could answer them.",
        "No needs have been submitted yet.", "Needs", "Possible suppliers", "CPV division", "all of Finland", "Language", "ProcurementInsight. Contains data from the Finnish Patent and Registration Office (PRH), CC BY 4.0.");

    public static PageText For(string? lang) => lang?.ToLowerInvariant() switch
    {
        "sv" => Sv,
        "en" => En,
        _ => Fi,
    };
}
