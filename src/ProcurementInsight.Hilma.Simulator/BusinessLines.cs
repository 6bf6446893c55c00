namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// The register simulator's lines of business (TOL 2008 five-digit codes with their fi/sv/en names): the lines
/// whose companies win each CPV division (hidden truth, never served), and how common each line is among all
/// Finnish enterprises. Shares are rounded from the order of magnitude of Statistics Finland's enterprise counts
/// by industry (construction, trade and professional services large; single utilities small) and are assumed,
/// not published figures.
/// </summary>
public static class BusinessLines
{
    /// <summary>Every line: code, Finnish, Swedish and English name, and its share of all enterprises.</summary>
    public static IReadOnlyList<BusinessLine> All { get; } =
    [
        // Lines that win public contracts (about 31 % of enterprises together).
        new("46510", "Tietokoneiden, niiden oheislaitteiden ja ohjelmistojen tukkukauppa", "Partihandel med datorer, kringutrustning och programvara", "Wholesale of computers, computer peripheral equipment and software", 0.0015),
        new("47410", "Tietokoneiden, niiden oheislaitteiden ja ohjelmistojen vähittäiskauppa", "Detaljhandel med datorer, kringutrustning och programvara", "Retail sale of computers, peripheral units and software", 0.0015),
        new("46660", "Muiden konttorikoneiden ja -kalusteiden tukkukauppa", "Partihandel med andra kontorsmaskiner och kontorsutrustning", "Wholesale of other office machinery and equipment", 0.001),
        new("46460", "Farmaseuttisten tuotteiden tukkukauppa", "Partihandel med farmaceutiska produkter", "Wholesale of pharmaceutical goods", 0.001),
        new("46690", "Muiden koneiden ja laitteiden tukkukauppa", "Partihandel med andra maskiner och annan utrustning", "Wholesale of other machinery and equipment", 0.003),
        new("32500", "Lääkintä- ja hammaslääkintäinstrumenttien ja -tarvikkeiden valmistus", "Tillverkning av medicinska och dentala instrument och förnödenheter", "Manufacture of medical and dental instruments and supplies", 0.002),
        new("45110", "Henkilöautojen ja kevyiden moottoriajoneuvojen kauppa", "Handel med personbilar och lätta motorfordon", "Sale of cars and light motor vehicles", 0.006),
        new("45190", "Muiden moottoriajoneuvojen kauppa", "Handel med andra motorfordon", "Sale of other motor vehicles", 0.0015),
        new("29100", "Moottoriajoneuvojen valmistus", "Tillverkning av motorfordon", "Manufacture of motor vehicles", 0.0004),
        new("41200", "Asuin- ja muiden rakennusten rakentaminen", "Byggande av bostadshus och andra byggnader", "Construction of residential and non-residential buildings", 0.040),
        new("42110", "Teiden ja moottoriteiden rakentaminen", "Anläggning av vägar och motorvägar", "Construction of roads and motorways", 0.003),
        new("42210", "Yleisten jakeluverkkojen rakentaminen nesteitä varten", "Allmännyttiga anläggningsprojekt för vätskor", "Construction of utility projects for fluids", 0.0015),
        new("43210", "Sähköasennus", "Elinstallationer", "Electrical installation", 0.014),
        new("43220", "LVI-asennus", "VVS-arbeten", "Plumbing, heat and air-conditioning installation", 0.012),
        new("58290", "Muu ohjelmistojen kustantaminen", "Utgivning av annan programvara", "Other software publishing", 0.0015),
        new("62010", "Ohjelmistojen suunnittelu ja valmistus", "Dataprogrammering", "Computer programming activities", 0.014),
        new("62020", "Atk-laitteisto- ja ohjelmistokonsultointi", "Datakonsultverksamhet", "Computer consultancy activities", 0.009),
        new("63110", "Tietojenkäsittely, sijoituspalvelut ja niihin liittyvät palvelut", "Databehandling, hosting och liknande tjänster", "Data processing, hosting and related activities", 0.003),
        new("33120", "Koneiden korjaus ja huolto", "Reparation av maskiner", "Repair of machinery", 0.008),
        new("43290", "Muu rakennusasennus", "Andra bygginstallationer", "Other construction installation", 0.003),
        new("45200", "Moottoriajoneuvojen huolto ja korjaus", "Service och reparation av motorfordon", "Maintenance and repair of motor vehicles", 0.016),
        new("80200", "Turvallisuusjärjestelmät", "Säkerhetssystemtjänster", "Security systems service activities", 0.001),
        new("71110", "Arkkitehtipalvelut", "Arkitektverksamhet", "Architectural activities", 0.007),
        new("71120", "Insinööripalvelut ja niihin liittyvä tekninen konsultointi", "Teknisk konsultverksamhet", "Engineering activities and related technical consultancy", 0.017),
        new("71200", "Tekninen testaus ja analysointi", "Teknisk provning och analys", "Technical testing and analysis", 0.002),
        new("70220", "Muu liikkeenjohdon konsultointi", "Konsultverksamhet avseende företags organisation", "Business and other management consultancy activities", 0.027),
        new("73110", "Mainostoimistot ja mainospalvelu", "Reklambyråer", "Advertising agencies", 0.006),
        new("74300", "Kääntäminen ja tulkkaus", "Översättning och tolkning", "Translation and interpretation activities", 0.004),
        new("80100", "Yksityiset turvallisuuspalvelut", "Privat säkerhetsverksamhet", "Private security activities", 0.0015),
        new("78200", "Työvoiman vuokraus", "Personaluthyrning", "Temporary employment agency activities", 0.002),
        new("69202", "Tilintarkastuspalvelut", "Revisionsverksamhet", "Auditing activities", 0.002),
        new("85590", "Muualla luokittelematon koulutus", "Övrig utbildning", "Other education n.e.c.", 0.016),
        new("85600", "Koulutusta palveleva toiminta", "Stödverksamhet för utbildningsväsendet", "Educational support activities", 0.0015),
        new("86900", "Muut terveydenhuoltopalvelut", "Andra hälso- och sjukvårdstjänster", "Other human health activities", 0.020),
        new("86210", "Terveyskeskus- ja vastaavat yleislääkäripalvelut", "Allmänpraktiserande läkarverksamhet", "General medical practice activities", 0.004),
        new("87300", "Ikääntyneiden ja vammaisten asumispalvelut", "Vård i särskilda boendeformer för äldre och funktionshindrade", "Residential care activities for the elderly and disabled", 0.003),
        new("88101", "Kotipalvelut ikääntyneille ja vammaisille", "Hemtjänst för äldre och funktionshindrade", "Home help services for the elderly and disabled", 0.004),
        new("81210", "Kiinteistöjen siivous", "Lokalvård", "General cleaning of buildings", 0.014),
        new("38110", "Tavanomaisen jätteen keruu", "Insamling av icke-farligt avfall", "Collection of non-hazardous waste", 0.0015),
        new("81300", "Maisemanhoitopalvelut", "Skötsel och underhåll av grönytor", "Landscape service activities", 0.009),
        new("37000", "Viemäri- ja jätevesihuolto", "Avloppsrening", "Sewerage", 0.0006),
        new("39000", "Maaperän ja vesistöjen kunnostus ja muut ympäristönhuoltopalvelut", "Sanering, efterbehandling av jord och vatten samt annan verksamhet för föroreningsbekämpning", "Remediation activities and other waste management services", 0.0004),

        // Lines that (in the simulation) never win a public contract: most enterprises.
        new("01110", "Viljakasvien ja palkokasvien viljely", "Odling av spannmål och baljväxter", "Growing of cereals and leguminous crops", 0.060),
        new("02200", "Puunkorjuu", "Drivning", "Logging", 0.020),
        new("47190", "Muu vähittäiskauppa erikoistumattomissa myymälöissä", "Annan detaljhandel med brett sortiment", "Other retail sale in non-specialised stores", 0.030),
        new("47710", "Vaatteiden vähittäiskauppa", "Detaljhandel med kläder", "Retail sale of clothing", 0.015),
        new("47910", "Vähittäiskauppa postimyyntiyrityksten tai Internetin välityksellä", "Postorderhandel och detaljhandel via Internet", "Retail sale via mail order houses or via Internet", 0.020),
        new("49320", "Taksiliikenne", "Taxitrafik", "Taxi operation", 0.025),
        new("49410", "Tieliikenteen tavarankuljetus", "Vägtransport, godstrafik", "Freight transport by road", 0.030),
        new("56101", "Ravintolat", "Restauranger", "Restaurants", 0.030),
        new("55100", "Hotellit", "Hotell", "Hotels", 0.004),
        new("68200", "Omien tai leasattujen kiinteistöjen vuokraus ja hallinta", "Uthyrning och förvaltning av egna eller arrenderade fastigheter", "Renting and operating of own or leased real estate", 0.060),
        new("69201", "Kirjanpito- ja tilinpäätöspalvelut", "Bokföring och bokslut", "Accounting and bookkeeping activities", 0.015),
        new("74200", "Valokuvaustoiminta", "Fotoverksamhet", "Photographic activities", 0.010),
        new("90030", "Taiteellinen luominen", "Konstnärligt skapande", "Artistic creation", 0.025),
        new("93110", "Urheilulaitosten toiminta", "Drift av idrottsanläggningar", "Operation of sports facilities", 0.008),
        new("96021", "Kampaamot", "Hårvård", "Hairdressing", 0.025),
        new("96022", "Kauneudenhoitopalvelut", "Skönhetsvård", "Beauty treatment", 0.020),
        new("43341", "Maalaus", "Måleriarbeten", "Painting", 0.012),
        new("16100", "Sahatavaran sekä puun ja puutuotteiden kyllästys", "Sågning, hyvling och impregnering av trä", "Sawmilling and planing of wood", 0.004),
        new("25620", "Metallien työstö", "Metallbearbetning", "Machining", 0.008),
        new("66190", "Muu rahoitusta palveleva toiminta", "Andra stödtjänster till finansiella tjänster", "Other activities auxiliary to financial services", 0.010),
        new("64200", "Omistusyhteisöjen toiminta", "Holdingverksamhet", "Activities of holding companies", 0.060),
        new("59110", "Elokuvien, videoiden ja televisio-ohjelmien tuotanto", "Produktion av film, video och tv-program", "Motion picture, video and television programme production", 0.006),
        new("85510", "Urheilu- ja liikuntakoulutus", "Sport- och fritidsutbildning", "Sports and recreation education", 0.008),
    ];

    /// <summary>
    /// Hidden truth: the lines whose companies win each CPV division, with their weight and the CPV code prefix
    /// of what they mostly deliver (empty: anything in the division). Winners' lines and newcomers' draws both
    /// follow it; the broker must learn it from winners' register data.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<DivisionLine>> ByDivision { get; } = new Dictionary<string, IReadOnlyList<DivisionLine>>(StringComparer.Ordinal)
    {
        ["30"] = [new("46510", 0.55, "302"), new("47410", 0.2, "302"), new("46660", 0.25, "301")],
        ["33"] = [new("46460", 0.45, "336"), new("46690", 0.25, "331"), new("32500", 0.3, "331")],
        ["34"] = [new("45110", 0.5, "341"), new("45190", 0.3, "341"), new("29100", 0.2, "349")],
        ["45"] = [new("41200", 0.35, "454"), new("42110", 0.15, "4523"), new("42210", 0.1, "4523"), new("43210", 0.2, "4531"), new("43220", 0.2, "4533")],
        ["48"] = [new("58290", 0.55, string.Empty), new("62010", 0.45, "489")],
        ["50"] = [new("33120", 0.4, "503"), new("43290", 0.2, "507"), new("45200", 0.25, "501"), new("80200", 0.15, "504")],
        ["71"] = [new("71110", 0.4, "712"), new("71120", 0.5, "713"), new("71200", 0.1, "7135")],
        ["72"] = [new("62010", 0.45, "722"), new("62020", 0.35, "726"), new("63110", 0.2, "723")],
        ["79"] = [new("69202", 0.15, "792"), new("70220", 0.35, "794"), new("73110", 0.15, "793"), new("74300", 0.1, "795"), new("80100", 0.15, "797"), new("78200", 0.1, "796")],
        ["80"] = [new("85590", 0.7, string.Empty), new("85600", 0.3, "804")],
        ["85"] = [new("86900", 0.3, "851"), new("86210", 0.2, "851"), new("87300", 0.25, "8531"), new("88101", 0.25, "8531")],
        ["90"] = [new("81210", 0.4, "909"), new("38110", 0.25, "905"), new("81300", 0.15, "906"), new("37000", 0.1, "904"), new("39000", 0.1, "907")],
    };

    private static readonly Dictionary<string, BusinessLine> ByCode = All.ToDictionary(l => l.Code, StringComparer.Ordinal);

    /// <summary>The line of a code.</summary>
    public static BusinessLine Get(string code) => ByCode[code];

    /// <summary>
    /// A division's line for a supplier or newcomer: weighted by the division's mix, lines whose CPV prefix the
    /// object's code has weighing four times as much. Consumes one draw.
    /// </summary>
    public static string Draw(Random random, string division, string? cpv)
    {
        ArgumentNullException.ThrowIfNull(random);
        var lines = ByDivision[division];
        var total = 0.0;
        foreach (var line in lines)
        {
            total += Fit(line, cpv);
        }

        var target = random.NextDouble() * total;
        foreach (var line in lines)
        {
            target -= Fit(line, cpv);
            if (target < 0)
            {
                return line.Code;
            }
        }

        return lines[^1].Code;
    }

    /// <summary>How well a division line fits an object's CPV code: its weight, four times when the code has its prefix.</summary>
    public static double Fit(DivisionLine line, string? cpv)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Weight * (line.CpvPrefix.Length > 0 && cpv is not null && cpv.StartsWith(line.CpvPrefix, StringComparison.Ordinal) ? 4.0 : 1.0);
    }
}
