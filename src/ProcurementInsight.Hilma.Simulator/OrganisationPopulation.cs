using System.Globalization;
using System.Text;
using ProcurementInsight.Core.Organisations;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// The seeded population of buyers (about 1,500) and suppliers (about 8,000) the corpus draws from.
/// Buyers publish with a mildly skewed frequency; suppliers win with a long-tailed (Zipf-like) frequency
/// within their CPV division.
/// </summary>
public sealed class OrganisationPopulation
{
    private const int BuyerTarget = 1_500;
    private const int SupplierTarget = 8_000;

    /// <summary>
    /// How steeply a supplier's size falls with its rank in its division (weight rank^−x). Together with
    /// <see cref="NationalReach"/> and the general CPV codes of <see cref="NoticeGenerator"/>, set so that the
    /// "largest winners in that CPV" baseline of a time-ordered backtest finds about the real winner as often as
    /// published for real award data (top-10 about 0.07; this corpus gives 0.08): with a steeper skew or
    /// farther-reaching national firms, a few large suppliers won nearly everything and that baseline scored 0.16–0.21.
    /// </summary>
    private const double SizeExponent = 0.3;

    /// <summary>A national supplier's weight in any region, against a regional supplier's 1 at home.</summary>
    private const double NationalReach = 0.07;

    /// <summary>The towns organisations are placed in.</summary>
    internal static readonly Town[] Towns = ParseTowns(
        "Helsinki|Helsingin|FI1B1|", "Espoo|Espoon|FI1B1|", "Vantaa|Vantaan|FI1B1|", "Tampere|Tampereen|FI197|",
        "Turku|Turun|FI1C1|", "Oulu|Oulun|FI1D9|", "Jyväskylä|Jyväskylän|FI193|", "Lahti|Lahden|FI1C3|",
        "Kuopio|Kuopion|FI1D2|", "Pori|Porin|FI196|", "Kouvola|Kouvolan|FI1C4|", "Joensuu|Joensuun|FI1D3|",
        "Lappeenranta|Lappeenrannan|FI1C5|", "Hämeenlinna|Hämeenlinnan|FI1C2|", "Vaasa|Vaasan|FI195|",
        "Seinäjoki|Seinäjoen|FI194|", "Rovaniemi|Rovaniemen|FI1D7|", "Mikkeli|Mikkelin|FI1D1|", "Kotka|Kotkan|FI1C4|",
        "Salo|Salon|FI1C1|", "Porvoo|Porvoon|FI1B1|", "Kokkola|Kokkolan|FI1D5|", "Hyvinkää|Hyvinkään|FI1B1|",
        "Lohja|Lohjan|FI1B1|", "Järvenpää|Järvenpään|FI1B1|", "Rauma|Rauman|FI196|", "Kajaani|Kajaanin|FI1D8|",
        "Kerava|Keravan|FI1B1|", "Kangasala|Kangasalan|FI197|", "Savonlinna|Savonlinnan|FI1D1|", "Imatra|Imatran|FI1C5|",
        "Raisio|Raision|FI1C1|", "Riihimäki|Riihimäen|FI1C2|", "Iisalmi|Iisalmen|FI1D2|", "Kemi|Kemin|FI1D7|",
        "Tornio|Tornion|FI1D7|", "Raahe|Raahen|FI1D9|", "Forssa|Forssan|FI1C2|", "Heinola|Heinolan|FI1C3|",
        "Varkaus|Varkauden|FI1D2|", "Uusikaupunki|Uudenkaupungin|FI1C1|", "Valkeakoski|Valkeakosken|FI197|",
        "Nokia|Nokian|FI197|", "Ylöjärvi|Ylöjärven|FI197|", "Kirkkonummi|Kirkkonummen|FI1B1|", "Tuusula|Tuusulan|FI1B1|",
        "Närpiö|Närpiön|FI195|Närpes stad", "Pietarsaari|Pietarsaaren|FI195|Jakobstads stad",
        "Parainen|Paraisten|FI1C1|Pargas stad", "Raasepori|Raaseporin|FI1B1|Raseborgs stad",
        "Kristiinankaupunki|Kristiinankaupungin|FI195|Kristinestads stad", "Mustasaari|Mustasaaren|FI195|Korsholms kommun",
        "Maarianhamina|Maarianhaminan|FI200|Mariehamns stad", "Luoto|Luodon|FI195|Larsmo kommun");

    private static readonly string[] Regions =
    [
        "Pirkanmaan", "Varsinais-Suomen", "Pohjois-Pohjanmaan", "Keski-Suomen", "Päijät-Hämeen", "Pohjois-Savon",
        "Satakunnan", "Kymenlaakson", "Pohjois-Karjalan", "Etelä-Karjalan", "Kanta-Hämeen", "Pohjanmaan",
        "Etelä-Pohjanmaan", "Lapin", "Etelä-Savon", "Keski-Pohjanmaan", "Kainuun", "Länsi-Uudenmaan",
        "Itä-Uudenmaan", "Keski-Uudenmaan", "Vantaan ja Keravan",
    ];

    private static readonly int[] RegionTown = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 21, 26, 1, 20, 22, 2];

    private static readonly string[] StateAgencies =
    [
        "Väylävirasto", "Senaatti-kiinteistöt", "Puolustusvoimien logistiikkalaitos", "Tulli", "Poliisihallitus",
        "Maanmittauslaitos", "Verohallinto", "Liikenne- ja viestintävirasto Traficom", "Ilmatieteen laitos",
        "Tilastokeskus", "Metsähallitus", "Valtion tieto- ja viestintätekniikkakeskus Valtori", "Opetushallitus",
        "Ruokavirasto", "Lääkealan turvallisuus- ja kehittämiskeskus Fimea", "Rajavartiolaitos", "Rikosseuraamuslaitos",
        "Maahanmuuttovirasto", "Kansallisarkisto", "Suomen ympäristökeskus", "Luonnonvarakeskus",
        "Geologian tutkimuskeskus", "Valtiokonttori", "Hansel Oy", "Oikeusrekisterikeskus",
    ];

    private static readonly string[] MunicipalUnits =
    [
        "", "", "", "Kasvatuksen ja koulutuksen toimiala", "Kaupunkiympäristön toimiala", "Tilapalvelut",
        "Liikunta- ja kulttuuripalvelut", "Hankintapalvelut", "Tietohallinto", "Ruokapalvelut", "Kuntatekniikka",
    ];

    private static readonly string[] SwedishUnits = ["", "", "Bildningssektorn", "Tekniska sektorn", "Upphandlingsenheten"];

    private static readonly string[] RegionUnits = ["", "", "Hankintapalvelut", "Tukipalvelut", "Ensihoito"];

    private static readonly string[] Companies = ["Vesi Oy", "Energia Oy", "Asunnot Oy", "Satama Oy", "Tilapalvelut Oy", "Pysäköinti Oy", "Liikenne Oy", "Jätehuolto Oy"];

    private static readonly string[] PublicBodies =
    [
        "HUS-yhtymä", "Tampereen korkeakoulusäätiö sr", "Aalto-korkeakoulusäätiö sr", "Helsingin yliopisto",
        "Turun yliopisto", "Oulun yliopisto", "Jyväskylän yliopisto", "Itä-Suomen yliopisto",
        "Helsingin seudun liikenne -kuntayhtymä", "Helsingin seudun ympäristöpalvelut -kuntayhtymä",
        "Kuntien Hankintapalvelut KuHa Oy", "Sarastia Oy", "Työterveyslaitos", "Kansaneläkelaitos",
    ];

    private static readonly string[] PublicBodyUnits = ["seudun koulutuskuntayhtymä", "seudun jätehuolto -kuntayhtymä", "ammattikorkeakoulu Oy", "seudun pelastuslaitos"];

    private static readonly string[] Streets = ["Kauppakatu", "Hallituskatu", "Keskuskatu", "Asemakatu", "Rantakatu", "Kirkkokatu", "Puistokatu", "Teollisuustie", "Opastinsilta", "Satamakatu"];

    /// <summary>Name stems of companies.</summary>
    internal static readonly string[] SupplierNames =
    [
        "Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen",
        "Nordic", "Pohjolan", "Suomen", "Kaakon", "Lapin", "Aalto", "Kivi", "Vesi", "Metsä", "Saimaan", "Botnia", "Arctic",
        "Polar", "Baltic", "Helmi", "Kide", "Tuuli", "Revontuli", "Aura", "Vire", "Sisu", "Lumo", "Kajo", "Savo", "Häme",
        "Karjalan", "Pirkan", "Uudenmaan", "Länsi", "Itä", "Salmi", "Honka", "Kallio", "Ranta", "Vuori", "Laakso", "Harju",
        "Niemi", "Saari", "Lahti", "Oja", "Koivu", "Tammi", "Pihlaja", "Kuusi", "Mänty", "Louhi", "Ahti", "Tapio", "Ilma",
    ];

    private static readonly (string Country, string Suffix, string City)[] Foreign =
    [
        ("SWE", "AB", "Stockholm"), ("DEU", "GmbH", "Berlin"), ("EST", "OÜ", "Tallinn"), ("DNK", "ApS", "København"),
        ("NOR", "AS", "Oslo"), ("GBR", "Ltd", "London"),
    ];

    private readonly SimulatedSupplier[][] _suppliersByDivision;
    private readonly double[][] _supplierCumulative;
    private readonly double[] _buyerCumulative;
    private readonly Lazy<RegisterPopulation> _register;
    private double[][] _sizeWeights = [];

    /// <summary>Builds the population from a seed.</summary>
    public OrganisationPopulation(int seed)
    {
        var random = new Random(seed);
        var usedIds = new HashSet<string>(StringComparer.Ordinal) { "0988084-1", "3006157-6" };
        Buyers = BuildBuyers(random, usedIds);
        _buyerCumulative = Cumulative(Buyers.Count, 0.6);
        var divisions = TextCatalog.Divisions;
        _suppliersByDivision = new SimulatedSupplier[divisions.Count][];
        _supplierCumulative = new double[divisions.Count][];
        var perDivision = SupplierTarget / divisions.Count;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < divisions.Count; d++)
        {
            _suppliersByDivision[d] = BuildSuppliers(random, divisions[d], perDivision, names, usedIds);
            _supplierCumulative[d] = Cumulative(_suppliersByDivision[d].Length, 1.1);
        }

        AssignSpecialisation(seed);
        Suppliers = _suppliersByDivision.SelectMany(s => s).ToArray();

        // Built on first use, from its own seeded stream: the company register's other enterprises.
        _register = new Lazy<RegisterPopulation>(() => new RegisterPopulation(seed, Suppliers, Towns, usedIds), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The simulated company register: these suppliers and every other Finnish enterprise.</summary>
    public RegisterPopulation Register => _register.Value;

    /// <summary>All buyers, most active first.</summary>
    public IReadOnlyList<SimulatedBuyer> Buyers { get; }

    /// <summary>All suppliers.</summary>
    public IReadOnlyList<SimulatedSupplier> Suppliers { get; }

    /// <summary>Draws a buyer index; earlier buyers publish more.</summary>
    public int PickBuyer(Random random) => Pick(_buyerCumulative, random);

    /// <summary>Draws a supplier from a division with a long-tailed frequency.</summary>
    public SimulatedSupplier PickSupplier(Random random, int divisionIndex) =>
        _suppliersByDivision[divisionIndex][Pick(_supplierCumulative[divisionIndex], random)];

    /// <summary>
    /// Draws the winner of a lot: the division's suppliers weighted by size (rank^−0.3), fit to the lot's object
    /// (a specialist 1, others 0.02), fit to the buyer's region (national suppliers 0.07 everywhere; regional ones 1 in the
    /// buyer's NUTS 3 region, 0.15 elsewhere in its NUTS 2 area, 0.01 further away) and, in innovative
    /// procurements, innovativeness^1.5. Consumes one draw of <paramref name="random"/>.
    /// </summary>
    public SimulatedSupplier PickSupplier(Random random, int divisionIndex, int objectIndex, string buyerNuts, bool innovative)
    {
        ArgumentNullException.ThrowIfNull(random);
        var suppliers = _suppliersByDivision[divisionIndex];
        Span<double> cumulative = suppliers.Length <= 2048 ? stackalloc double[suppliers.Length] : new double[suppliers.Length];
        var total = 0.0;
        for (var i = 0; i < suppliers.Length; i++)
        {
            total += AwardWeight(divisionIndex, i, objectIndex, buyerNuts, innovative);
            cumulative[i] = total;
        }

        var target = random.NextDouble() * total;
        for (var i = 0; i < cumulative.Length; i++)
        {
            if (target < cumulative[i])
            {
                return suppliers[i];
            }
        }

        return suppliers[^1];
    }

    /// <summary>
    /// The hidden truth behind <see cref="PickSupplier(Random, int, int, string, bool)"/>: every supplier of the
    /// division with its weight for such a lot, for measuring how well any ranking could do (never served).
    /// </summary>
    public IReadOnlyList<(SimulatedSupplier Supplier, double Weight)> AwardWeights(int divisionIndex, int objectIndex, string buyerNuts, bool innovative)
    {
        var suppliers = _suppliersByDivision[divisionIndex];
        var weights = new (SimulatedSupplier, double)[suppliers.Length];
        for (var i = 0; i < suppliers.Length; i++)
        {
            weights[i] = (suppliers[i], AwardWeight(divisionIndex, i, objectIndex, buyerNuts, innovative));
        }

        return weights;
    }

    private double AwardWeight(int divisionIndex, int index, int objectIndex, string buyerNuts, bool innovative)
    {
        ArgumentNullException.ThrowIfNull(buyerNuts);
        var supplier = _suppliersByDivision[divisionIndex][index];
        var weight = _sizeWeights[divisionIndex][index];
        weight *= supplier.Specialties.Contains(objectIndex) ? 1.0 : 0.02;
        if (supplier.National)
        {
            // Buyers still favour nearby firms: a national supplier competes everywhere but wins less of each region.
            weight *= NationalReach;
        }
        else
        {
            weight *= supplier.Nuts is null ? 0.01
                : string.Equals(supplier.Nuts, buyerNuts, StringComparison.Ordinal) ? 1.0
                : supplier.Nuts.Length >= 4 && buyerNuts.StartsWith(supplier.Nuts[..4], StringComparison.Ordinal) ? 0.15
                : 0.01;
        }

        return innovative ? weight * Math.Pow(supplier.Innovativeness, 1.5) : weight;
    }

    /// <summary>
    /// Gives every supplier what it specialises in, from its own seeded draw so the population's names and ids
    /// stay as they were: one or two objects of its division, an innovativeness (log-normal; about one in eight
    /// is an innovator, four times as innovative), and a national or regional reach (larger suppliers and
    /// foreign ones sell nationally; supplies and software more often than works and local services).
    /// </summary>
    private void AssignSpecialisation(int seed)
    {
        var random = new Random(unchecked((seed * 397) ^ 0x5EC1A1));
        var divisions = TextCatalog.Divisions;
        _sizeWeights = new double[divisions.Count][];
        for (var d = 0; d < divisions.Count; d++)
        {
            var division = divisions[d];
            var suppliers = _suppliersByDivision[d];
            _sizeWeights[d] = new double[suppliers.Length];
            var nationalShare = division.Code is "30" or "33" or "34" or "48" or "72" ? 0.15 : 0.03;
            for (var i = 0; i < suppliers.Length; i++)
            {
                var primary = random.Next(division.Objects.Count);
                var specialties = random.NextDouble() < 0.4
                    ? new[] { primary, (primary + 1 + random.Next(division.Objects.Count - 1)) % division.Objects.Count }
                    : [primary];
                var innovativeness = Math.Exp(NormalSample(random) * 0.6) * (random.NextDouble() < 0.12 ? 4.0 : 0.8);
                var national = !suppliers[i].IsFinnish || i < suppliers.Length / 60 || random.NextDouble() < nationalShare;
                suppliers[i] = suppliers[i] with { Specialties = specialties, Innovativeness = innovativeness, National = national, SizeRank = i };
                _sizeWeights[d][i] = 1.0 / Math.Pow(i + 1, SizeExponent);
            }
        }
    }

    /// <summary>A new random Finnish business id with a valid check digit.</summary>
    internal static string NewBusinessId(Random random, HashSet<string> used)
    {
        Span<char> body = stackalloc char[7];
        while (true)
        {
            var number = random.Next(100_000, 3_500_000);
            number.TryFormat(body, out _, "D7", CultureInfo.InvariantCulture);
            var check = BusinessId.CheckDigit(body);
            if (check is null)
            {
                continue;
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"{body}-{check}");
            if (used.Add(id))
            {
                return id;
            }
        }
    }

    /// <summary>Lower-case ASCII slug for domains.</summary>
    internal static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var mapped = c switch
            {
                'ä' or 'å' => 'a',
                'ö' => 'o',
                'ü' => 'u',
                _ => c,
            };
            if (char.IsAsciiLetterOrDigit(mapped))
            {
                builder.Append(mapped);
            }
        }

        return builder.ToString();
    }

    private static int Pick(double[] cumulative, Random random)
    {
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static double[] Cumulative(int count, double exponent)
    {
        var result = new double[count];
        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            sum += 1.0 / Math.Pow(i + 1, exponent);
            result[i] = sum;
        }

        return result;
    }

    private static Town[] ParseTowns(params string[] lines) =>
        lines.Select(l => l.Split('|')).Select(p => new Town(p[0], p[1], p[2], p[3].Length == 0 ? null : p[3])).ToArray();

    private static List<SimulatedBuyer> BuildBuyers(Random random, HashSet<string> usedIds)
    {
        var buyers = new List<SimulatedBuyer>(BuyerTarget);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; attempt < 50_000 && buyers.Count < BuyerTarget; attempt++)
        {
            var roll = random.NextDouble();
            var town = Towns[random.Next(Towns.Length)];
            string name, legalType, domain, activity = "gen-pub";
            var language = "FIN";
            if (roll < 0.15)
            {
                var agency = StateAgencies[random.Next(StateAgencies.Length)];
                name = random.NextDouble() < 0.4 ? agency : agency + ", " + town.Genitive + " yksikkö";
                legalType = "cga";
                domain = Slug(agency.Split(' ')[^1]) + ".fi";
                town = random.NextDouble() < 0.6 ? Towns[0] : town;
            }
            else if (roll < 0.60)
            {
                legalType = "la";
                domain = Slug(town.Name) + ".fi";
                if (town.SwedishName is not null)
                {
                    language = random.NextDouble() < 0.75 ? "SWE" : "FIN";
                    var unit = SwedishUnits[random.Next(SwedishUnits.Length)];
                    name = language == "SWE"
                        ? town.SwedishName + (unit.Length > 0 ? ", " + unit : string.Empty)
                        : town.SwedishName + "/" + town.Genitive + " kaupunki";
                }
                else
                {
                    var unit = MunicipalUnits[random.Next(MunicipalUnits.Length)];
                    name = town.Genitive + " kaupunki" + (unit.Length > 0 ? ", " + unit : string.Empty);
                }
            }
            else if (roll < 0.66)
            {
                var region = random.Next(Regions.Length);
                town = Towns[RegionTown[region]];
                var unit = RegionUnits[random.Next(RegionUnits.Length)];
                name = Regions[region] + " hyvinvointialue" + (unit.Length > 0 ? ", " + unit : string.Empty);
                legalType = "ra";
                activity = "health";
                domain = Slug(Regions[region]) + "hyvinvointialue.fi";
            }
            else if (roll < 0.84)
            {
                legalType = "body-pl";
                if (random.NextDouble() < 0.3)
                {
                    name = PublicBodies[random.Next(PublicBodies.Length)];
                    domain = Slug(name.Split(' ')[0]) + ".fi";
                    town = Towns[random.Next(8)];
                }
                else
                {
                    name = town.Genitive + " " + PublicBodyUnits[random.Next(PublicBodyUnits.Length)];
                    domain = Slug(town.Name) + "-" + Slug(name.Split(' ')[1]) + ".fi";
                }

                activity = random.NextDouble() < 0.4 ? "education" : "gen-pub";
            }
            else
            {
                var company = Companies[random.Next(Companies.Length)];
                name = town.Genitive + " " + company;
                legalType = "pub-undert";
                domain = Slug(town.Name) + Slug(company.Split(' ')[0]) + ".fi";
                activity = company.StartsWith("Energia", StringComparison.Ordinal) ? "gas-heat" : "gen-pub";
            }

            if (!names.Add(name))
            {
                continue;
            }

            if (random.NextDouble() < 0.03)
            {
                language = "ENG";
            }

            // Log-normal propensity with mean about 1: a few buyers are far more innovative than the rest.
            var propensity = Math.Exp((NormalSample(random) * 0.6) - 0.18);
            buyers.Add(new SimulatedBuyer(
                name,
                NewBusinessId(random, usedIds),
                legalType,
                activity,
                town.Nuts,
                town.Name,
                Streets[random.Next(Streets.Length)] + " " + random.Next(1, 60).ToString(CultureInfo.InvariantCulture),
                random.Next(100, 999).ToString("D3", CultureInfo.InvariantCulture) + "00",
                domain,
                language,
                propensity));
        }

        return buyers;
    }

    private static SimulatedSupplier[] BuildSuppliers(
        Random random, CpvDivision division, int count, HashSet<string> names, HashSet<string> usedIds)
    {
        var suppliers = new List<SimulatedSupplier>(count);
        for (var attempt = 0; attempt < count * 20 && suppliers.Count < count; attempt++)
        {
            var word = division.SupplierWords[random.Next(division.SupplierWords.Count)];
            var stem = SupplierNames[random.Next(SupplierNames.Length)];
            if (random.NextDouble() < 0.05)
            {
                var (country, suffix, city) = Foreign[random.Next(Foreign.Length)];
                var foreignName = stem + " " + word + " " + suffix;
                if (names.Add(foreignName))
                {
                    suppliers.Add(new SimulatedSupplier(foreignName, ForeignId(random, country), country, city, null, division.Code));
                }

                continue;
            }

            var tail = random.NextDouble() switch
            {
                < 0.70 => "Oy",
                < 0.82 => "Oy Ab",
                < 0.92 => "Ky",
                < 0.97 => "Ab",
                _ => "Oyj",
            };
            var name = random.NextDouble() < 0.5 ? stem + " " + word + " " + tail : word + " " + stem + " " + tail;
            if (!names.Add(name))
            {
                continue;
            }

            var town = Towns[random.Next(Towns.Length)];
            suppliers.Add(new SimulatedSupplier(name, NewBusinessId(random, usedIds), "FIN", town.Name, town.Nuts, division.Code));
        }

        return suppliers.ToArray();
    }

    private static string ForeignId(Random random, string country)
    {
        string Digits(int n)
        {
            var builder = new StringBuilder(n);
            for (var i = 0; i < n; i++)
            {
                builder.Append((char)('0' + random.Next(10)));
            }

            return builder.ToString();
        }

        return country switch
        {
            "SWE" => "SE" + Digits(10) + "01",
            "DEU" => "DE" + Digits(9),
            "EST" => "EE" + Digits(9),
            "DNK" => "DK" + Digits(8),
            "NOR" => "NO" + Digits(9) + "MVA",
            _ => "GB " + Digits(3) + " " + Digits(4) + " " + Digits(2),
        };
    }

    /// <summary>A standard normal sample (Box–Muller) from a seeded generator.</summary>
    internal static double NormalSample(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
