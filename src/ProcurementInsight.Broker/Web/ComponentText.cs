using System.Globalization;
using ProcurementInsight.Broker.Scoring;

namespace ProcurementInsight.Broker.Web;

/// <summary>
/// The innovation potential's components in the page's language: a plain name and what the figure means,
/// written from the component's own figure (<see cref="InnovationComponent.Raw"/>). A component this page
/// does not know keeps the scorer's name and English explanation rather than vanishing.
/// </summary>
internal static class ComponentText
{
    private static readonly Dictionary<string, (string Fi, string Sv, string En)> Names = new(StringComparer.Ordinal)
    {
        ["innovativeContracts"] = ("Innovatiiviset sopimukset", "Innovativa kontrakt", "Innovative contracts"),
        ["newToMarketShare"] = ("Markkinoille uusien osuus", "Andel nya på marknaden", "Share new to the market"),
        ["surveyConfirmed"] = ("Kyselyssä vahvistetut", "Bekräftade i enkäten", "Confirmed by the survey"),
        ["buyerBreadth"] = ("Ostajien määrä", "Antal köpare", "Number of buyers"),
        ["recency"] = ("Viimeisin voitto", "Senaste vinst", "Latest win"),
        ["growth"] = ("Kasvu", "Tillväxt", "Growth"),
    };

    /// <summary>The component's name in the language.</summary>
    public static string Name(string lang, InnovationComponent component) =>
        Names.TryGetValue(component.Name, out var name) ? lang switch { "fi" => name.Fi, "sv" => name.Sv, _ => name.En } : component.Name;

    /// <summary>What the component's figure means, in the language (English: the scorer's own words).</summary>
    public static string Explanation(string lang, InnovationComponent component)
    {
        if (lang is not ("fi" or "sv"))
        {
            return component.Explanation;
        }

        var fi = lang == "fi";
        var raw = component.Raw;
        return component.Name switch
        {
            "innovativeContracts" => fi ? Text($"{raw:0} voitettua sopimusta hankinnoissa, jotka oli merkitty innovatiivisiksi") : Text($"{raw:0} vunna kontrakt i upphandlingar som markerats som innovativa"),
            "newToMarketShare" => fi ? Text($"{raw:P0} voitoista oli merkitty markkinoille uusiksi") : Text($"{raw:P0} av vinsterna var markerade som nya på marknaden"),
            "surveyConfirmed" => fi ? Text($"{raw:0} sopimusta, jotka ostaja vahvisti innovatiivisiksi jatkokyselyssä") : Text($"{raw:0} kontrakt som köparen bekräftade som innovativa i uppföljningsenkäten"),
            "buyerBreadth" => fi ? Text($"voittanut {raw:0} eri ostajalta") : Text($"vunnit hos {raw:0} olika köpare"),
            "recency" when raw < 0 => fi ? "ei vielä voittoja" : "inga vinster ännu",
            "recency" => fi ? Text($"viimeisin voitto {raw:0.0} vuotta sitten") : Text($"senaste vinsten för {raw:0.0} år sedan"),
            "growth" => fi ? Text($"voittoja viimeisten 12 kuukauden aikana {raw:+0;-0;0} verrattuna sitä edeltäneisiin 12 kuukauteen") : Text($"vinster de senaste 12 månaderna {raw:+0;-0;0} jämfört med de 12 månaderna innan"),
            _ => component.Explanation,
        };
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
