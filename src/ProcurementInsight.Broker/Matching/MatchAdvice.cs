namespace ProcurementInsight.Broker.Matching;

/// <summary>Why a need found no supplier (or none through its words), and what to try.</summary>
/// <param name="Reason">
/// <c>no-known-words</c> (no word of the need is in any supplier's contracts or any CPV label),
/// <c>no-supplier-near-cpv</c> (no supplier has won near the code given or read), or <c>no-suppliers</c> (the index is empty).
/// </param>
/// <param name="Why">The reason, in plain words.</param>
/// <param name="Try">What to try.</param>
public sealed record MatchAdvice(string Reason, PlainText Why, PlainText Try)
{
    /// <summary>No word of the need is known.</summary>
    public static MatchAdvice NoKnownWords { get; } = new(
        "no-known-words",
        new PlainText(
            "Yksikään tarpeen sana ei esiinny toimittajien voittamissa hankinnoissa eikä CPV-nimikkeissä.",
            "Inget ord i behovet förekommer i leverantörernas vunna upphandlingar eller i CPV-benämningarna.",
            "No word of the need appears in the suppliers' won contracts or in the CPV labels."),
        new PlainText(
            "Kokeile yleisempiä sanoja (esim. \"huolto\", \"siivous\", \"ohjelmisto\") tai anna CPV-koodi.",
            "Försök med allmännare ord (t.ex. \"underhåll\", \"städning\", \"programvara\") eller ange en CPV-kod.",
            "Try broader words (e.g. \"maintenance\", \"cleaning\", \"software\") or give a CPV code."));

    /// <summary>No supplier has won near the code.</summary>
    public static MatchAdvice NoSupplierNearCpv { get; } = new(
        "no-supplier-near-cpv",
        new PlainText(
            "Yksikään toimittaja ei ole voittanut hankintaa CPV-koodin läheltä, eikä tarpeen sanoja löytynyt voitetuista hankinnoista.",
            "Ingen leverantör har vunnit en upphandling nära CPV-koden, och behovets ord fanns inte i vunna upphandlingar.",
            "No supplier has won a contract near the CPV code, and the need's words were not found in won contracts."),
        new PlainText(
            "Kokeile laajempaa CPV-koodia (esim. pääryhmä 50000000) tai kuvaile tarve yleisemmin sanoin.",
            "Försök med en bredare CPV-kod (t.ex. huvudgruppen 50000000) eller beskriv behovet med allmännare ord.",
            "Try a broader CPV code (e.g. the division, 50000000) or describe the need in broader words."));

    /// <summary>The index holds no supplier.</summary>
    public static MatchAdvice NoSuppliers { get; } = new(
        "no-suppliers",
        new PlainText(
            "Toimittajaprofiileja ei ole vielä muodostettu.",
            "Inga leverantörsprofiler har byggts ännu.",
            "No supplier profiles have been built yet."),
        new PlainText(
            "Hae ilmoitukset ja muodosta profiilit (procurement-insight harvest, sitten profiles build), ja yritä uudelleen.",
            "Hämta annonserna och bygg profilerna (procurement-insight harvest, sedan profiles build) och försök igen.",
            "Harvest notices and build the profiles (procurement-insight harvest, then profiles build), then try again."));
}
