using System.Globalization;

namespace ProcurementInsight.Broker.SupplierField;

/// <summary>The potential supplier field's words in Finnish, Swedish and English (answers, buyer page, broker view, CLI).</summary>
public sealed record FieldText(
    string Lang,
    string Heading,
    string Intro,
    string EstablishedHeading,
    string LineWonInRegion,
    string LineWonInFinland,
    string LineNeverWon,
    string Registered,
    string RegisteredNoYear,
    string WonLittle,
    string NoCpv,
    string NoField,
    string NoCandidates)
{
    /// <summary>Finnish.</summary>
    public static readonly FieldText Fi = new(
        "fi",
        "Mahdolliset uudet toimittajat",
        "Yritysrekisterin yrityksiä, jotka eivät ole (juuri) voittaneet julkisia hankintoja, mutta joiden toimialan yritykset voittavat tällaisia hankintoja. Tarkista sopivuus itse.",
        "Vakiintuneet toimittajat (ovat voittaneet vastaavia hankintoja)",
        "Toimialasi {0} yritykset alueellasi voittivat {1} tällaista hankintaa.",
        "Toimialan {0} yritykset voittivat Suomessa {1} tällaista hankintaa.",
        "Toimialan {0} yritykset eivät ole vielä voittaneet tällaisia hankintoja; toimiala voittaa saman CPV-pääryhmän hankintoja.",
        "Rekisteröity {0} paikkakunnalla {1}, toimiala {2}.",
        "Paikkakunta {0}, toimiala {1}.",
        "On voittanut {0} julkisen hankinnan.",
        "Anna CPV-koodi, niin näytämme myös mahdolliset uudet toimittajat.",
        "Yritysrekisterin tietoja ei ole vielä haettu: mahdolliset uudet toimittajat näkyvät toimittajaprofiilien seuraavan päivityksen jälkeen.",
        "Tälle CPV-koodille ei löytynyt toimialaa, jonka yritykset olisivat voittaneet vastaavia hankintoja. Kokeile laajempaa koodia (esim. pääryhmä).");

    /// <summary>Swedish.</summary>
    public static readonly FieldText Sv = new(
        "sv",
        "Möjliga nya leverantörer",
        "Företag i företagsregistret som inte (eller knappt) har vunnit offentliga upphandlingar, men vars bransch vinner sådana upphandlingar. Bedöm själva om de passar.",
        "Etablerade leverantörer (har vunnit liknande upphandlingar)",
        "Företag i er bransch {0} i er region vann {1} sådana upphandlingar.",
        "Företag i branschen {0} vann {1} sådana upphandlingar i Finland.",
        "Företag i branschen {0} har ännu inte vunnit sådana upphandlingar; branschen vinner upphandlingar i samma CPV-huvudgrupp.",
        "Registrerat {0} i {1}, bransch {2}.",
        "Ort {0}, bransch {1}.",
        "Har vunnit {0} offentliga upphandlingar.",
        "Ange en CPV-kod så visar vi även möjliga nya leverantörer.",
        "Uppgifterna ur företagsregistret har inte hämtats ännu: möjliga nya leverantörer visas efter nästa uppdatering av leverantörsprofilerna.",
        "Ingen bransch vars företag har vunnit liknande upphandlingar hittades för den här CPV-koden. Pröva en bredare kod (t.ex. huvudgruppen).");

    /// <summary>English.</summary>
    public static readonly FieldText En = new(
        "en",
        "Potential new suppliers",
        "Companies in the company register that have won no (or few) public contracts, but whose line of business wins contracts like this. Check the fit yourself.",
        "Established suppliers (have won similar contracts)",
        "Companies of your line of business {0} in your region won {1} contracts like this.",
        "Companies of the line of business {0} won {1} contracts like this in Finland.",
        "Companies of the line of business {0} have not yet won contracts like this; the line wins contracts in the same CPV division.",
        "Registered {0} in {1}, line of business {2}.",
        "Based in {0}, line of business {1}.",
        "Has won {0} public contracts.",
        "Give a CPV code to see potential new suppliers too.",
        "The company register has not been read yet: potential new suppliers appear after the next supplier profile build.",
        "No line of business whose companies won contracts like this was found for this CPV code. Try a broader code (e.g. the division).");

    /// <summary>All three, in page order.</summary>
    public static IReadOnlyList<FieldText> All { get; } = [Fi, Sv, En];

    /// <summary>The words of a language (<c>fi</c> when unknown).</summary>
    public static FieldText For(string? lang) => lang?.ToLowerInvariant() switch
    {
        "sv" => Sv,
        "en" => En,
        _ => Fi,
    };

    /// <summary>A template filled in with the invariant culture.</summary>
    public static string Format(string template, params object?[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
