namespace ProcurementInsight.Hilma.Simulator;

/// <summary>
/// Vocabulary for simulated notices: CPV divisions with objects in Finnish, Swedish and English, and
/// sentence templates. Innovation sentences are used far more often in truly innovative notices, so a
/// text classifier has a real (but imperfect) signal to learn.
/// </summary>
public static class TextCatalog
{
    /// <summary>The divisions, in a fixed order.</summary>
    public static IReadOnlyList<CpvDivision> Divisions { get; } =
    [
        Division("30", "supplies", 60_000, 6, 0.7, ["Tietotekniikka", "Office", "Data", "Tarvike"],
            "30200000|Tietokoneet ja oheislaitteet|Datorer och kringutrustning|Computers and peripherals",
            "30213100|Kannettavat tietokoneet|Bärbara datorer|Laptop computers",
            "30125000|Tulostimien tarvikkeet|Tillbehör till skrivare|Printer consumables",
            "30192000|Toimistotarvikkeet|Kontorsmaterial|Office supplies",
            "30231000|Näyttöpäätteet|Bildskärmar|Computer displays"),
        Division("33", "supplies", 150_000, 10, 1.6, ["Medical", "Hoitotarvike", "Lab", "Terveystekniikka"],
            "33100000|Lääkinnälliset laitteet|Medicintekniska produkter|Medical equipment",
            "33141000|Kertakäyttöiset hoitotarvikkeet|Förbrukningsartiklar för vård|Disposable medical consumables",
            "33600000|Lääkevalmisteet|Läkemedel|Pharmaceutical products",
            "33191110|Sterilointilaitteet|Steriliseringsutrustning|Sterilisation equipment",
            "33124000|Diagnostiikkalaitteet|Diagnostisk utrustning|Diagnostic equipment",
            "33196200|Apuvälineet|Hjälpmedel|Assistive devices"),
        Division("34", "supplies", 250_000, 4, 1.4, ["Auto", "Ajoneuvo", "Kuljetus", "Kone"],
            "34144900|Sähköajoneuvot|Elfordon|Electric vehicles",
            "34121000|Linja-autot|Bussar|Buses",
            "34110000|Henkilöautot|Personbilar|Passenger cars",
            "34144700|Huoltoajoneuvot|Servicefordon|Utility vehicles",
            "34928000|Tievarusteet|Vägutrustning|Road equipment"),
        Division("45", "works", 900_000, 15, 0.5, ["Rakennus", "Infra", "Maanrakennus", "Urakointi", "Rakennuttajat"],
            "45214200|Koulurakennuksen rakentaminen|Byggande av skolbyggnad|School building construction",
            "45453000|Peruskorjaustyöt|Renoveringsarbeten|Renovation works",
            "45233140|Tienrakennustyöt|Vägbyggnadsarbeten|Road construction works",
            "45232150|Vesihuoltoverkoston saneeraus|Sanering av vattenledningsnät|Water network rehabilitation",
            "45331000|LVI-asennustyöt|VVS-installationsarbeten|HVAC installation works",
            "45310000|Sähköasennustyöt|Elinstallationsarbeten|Electrical installation works"),
        Division("48", "supplies", 200_000, 6, 2.0, ["Software", "Systems", "Ohjelmisto", "Solutions"],
            "48000000|Ohjelmistot ja tietojärjestelmät|Programvara och informationssystem|Software and information systems",
            "48810000|Asiakastietojärjestelmä|Klientdatasystem|Client information system",
            "48440000|Taloushallinnon ohjelmisto|Ekonomiförvaltningsprogram|Financial management software",
            "48900000|Sähköinen asiointipalvelu|E-tjänsteplattform|E-services platform",
            "48760000|Tietoturvaohjelmistot|Säkerhetsprogramvara|Security software"),
        Division("50", "services", 120_000, 7, 0.4, ["Huolto", "Kiinteistöhuolto", "Tekniikka", "Service"],
            "50000000|Korjaus- ja huoltopalvelut|Reparations- och underhållstjänster|Repair and maintenance services",
            "50750000|Hissien huolto|Underhåll av hissar|Lift maintenance services",
            "50110000|Ajoneuvojen huolto|Fordonsunderhåll|Vehicle maintenance",
            "50413200|Paloturvallisuuslaitteiden huolto|Underhåll av brandskyddsutrustning|Fire safety equipment maintenance",
            "50324100|Laitteiden ylläpito|Systemunderhåll|Equipment maintenance"),
        Division("71", "services", 180_000, 8, 1.0, ["Suunnittelu", "Arkkitehdit", "Engineering", "Konsultit"],
            "71000000|Arkkitehti- ja suunnittelupalvelut|Arkitekt- och konstruktionstjänster|Architectural and engineering services",
            "71320000|Rakennesuunnittelu|Konstruktionsplanering|Structural design services",
            "71240000|Kaavoituksen suunnittelupalvelut|Planläggningstjänster|Planning services",
            "71315000|Rakennuttajapalvelut|Byggherretjänster|Construction management services",
            "71351000|Maaperätutkimukset|Markundersökningar|Geotechnical surveys"),
        Division("72", "services", 300_000, 11, 2.2, ["IT", "Digital", "Data", "Tech", "Cloud"],
            "72000000|Tietotekniikkapalvelut|IT-tjänster|IT services",
            "72200000|Ohjelmistokehitys|Programvaruutveckling|Software development",
            "72250000|Järjestelmätuki|System- och supporttjänster|System support services",
            "72300000|Tietopalvelut ja datan analytiikka|Datatjänster och dataanalys|Data services and analytics",
            "72600000|Tietotekninen asiantuntija-apu|IT-konsulttjänster|IT consultancy",
            "72400000|Pilvipalvelut|Molntjänster|Cloud services"),
        Division("79", "services", 100_000, 9, 0.6, ["Konsultointi", "Partners", "Palvelut", "Group"],
            "79212100|Tilintarkastuspalvelut|Revisionstjänster|Auditing services",
            "79410000|Liikkeenjohdon konsultointi|Företagskonsulttjänster|Management consultancy",
            "79341000|Mainospalvelut|Reklamtjänster|Advertising services",
            "79530000|Käännöspalvelut|Översättningstjänster|Translation services",
            "79710000|Vartiointipalvelut|Bevakningstjänster|Security services",
            "79620000|Henkilöstövuokraus|Personaluthyrning|Staffing services"),
        Division("80", "services", 90_000, 6, 0.8, ["Koulutus", "Akatemia", "Opisto", "Learning"],
            "80500000|Koulutuspalvelut|Utbildningstjänster|Training services",
            "80530000|Ammatillinen koulutus|Yrkesutbildning|Vocational training",
            "80580000|Kielikoulutus|Språkutbildning|Language courses",
            "80420000|Verkko-oppimisen palvelut|E-lärandetjänster|E-learning services",
            "80510000|Henkilöstökoulutus|Personalutbildning|Staff training"),
        Division("85", "services", 400_000, 10, 0.9, ["Hoiva", "Terveys", "Care", "Lääkärikeskus"],
            "85000000|Sosiaali- ja terveyspalvelut|Social- och hälsovårdstjänster|Health and social services",
            "85311000|Ikääntyneiden asumispalvelut|Boendetjänster för äldre|Housing services for the elderly",
            "85121000|Lääkäripalvelut|Läkartjänster|Medical practice services",
            "85312000|Kotihoidon palvelut|Hemvårdstjänster|Home care services",
            "85143000|Ensihoitopalvelut|Ambulanstjänster|Ambulance services",
            "85323000|Työterveyshuolto|Företagshälsovård|Occupational health services"),
        Division("90", "services", 250_000, 8, 0.8, ["Ympäristö", "Siivous", "Kierrätys", "Clean"],
            "90500000|Jätehuoltopalvelut|Avfallshanteringstjänster|Waste management services",
            "90910000|Siivouspalvelut|Städtjänster|Cleaning services",
            "90620000|Lumenaurauspalvelut|Snöröjningstjänster|Snow clearing services",
            "90700000|Ympäristöpalvelut|Miljötjänster|Environmental services",
            "90410000|Jäteveden käsittely|Avloppsvattenrening|Sewage treatment"),
    ];

    /// <summary>
    /// Finnish title templates; {0} a title of the object (<see cref="NoticeWording"/>), {1} year, {2} next year,
    /// {3} reference, {4} the buyer's name without its unit, {5} the year after next, {6} something the contract covers,
    /// {7} the title in lower case.
    /// </summary>
    public static IReadOnlyList<string> TitlesFi { get; } =
    [
        "{0}", "{0} {1}–{5}", "{0}, {4}", "{0} {1}–{5}, {4}", "{0}, puitejärjestely", "{0} (dnro {3}/{1})", "{4}: {7}",
        "{0} sekä {6}", "{0} {1}",
    ];

    /// <summary>Swedish title templates.</summary>
    public static IReadOnlyList<string> TitlesSv { get; } =
        ["{0}", "{0} {1}–{5}", "{0}, {4}", "{0}, ramavtal {1}–{5}", "{0} (dnr {3}/{1})", "{4}: {7}", "{0} samt {6}"];

    /// <summary>English title templates.</summary>
    public static IReadOnlyList<string> TitlesEn { get; } =
        ["{0}", "{0} {1}–{5}", "{0}, {4}", "{0} – framework agreement", "{0} ({3})", "Procurement of {7}", "{0} and {6}"];

    /// <summary>Finnish openings; {0} buyer, {1} a title of the object (lower case), {2} year, {3} the year after next.</summary>
    public static IReadOnlyList<string> OpeningsFi { get; } =
    [
        "{0} pyytää tarjouksia: {1}.",
        "Hankinnan kohde: {1}.",
        "{0} kilpailuttaa sopimuskaudelle {2}–{3} seuraavan kokonaisuuden: {1}.",
        "Hankintayksikkö hakee toimittajaa omaan käyttöönsä, kohteena {1}.",
        "Tällä hankinnalla {0} järjestää seuraavan: {1}.",
    ];

    /// <summary>Swedish openings.</summary>
    public static IReadOnlyList<string> OpeningsSv { get; } =
    [
        "{0} begär anbud: {1}.",
        "Upphandlingen gäller {1}.",
        "{0} konkurrensutsätter följande för avtalsperioden {2}–{3}: {1}.",
        "Den upphandlande enheten söker en leverantör för {1}.",
    ];

    /// <summary>English openings.</summary>
    public static IReadOnlyList<string> OpeningsEn { get; } =
    [
        "{0} invites tenders: {1}.",
        "The subject of this procurement is {1}.",
        "{0} is tendering the following for the contract period {2}–{3}: {1}.",
        "The contracting authority is seeking a supplier for {1}.",
    ];

    /// <summary>Finnish scope sentences; {0} and {1} two things the contract covers.</summary>
    public static IReadOnlyList<string> ScopeFi { get; } =
    [
        "Hankintaan sisältyvät mm. {0} ja {1}.",
        "Sopimus kattaa seuraavat: {0} sekä {1}.",
        "Toimittajan tehtäviin kuuluvat {0} ja {1}.",
        "Kokonaisuuteen kuuluvat {0}, lisäksi {1}.",
    ];

    /// <summary>Swedish scope sentences.</summary>
    public static IReadOnlyList<string> ScopeSv { get; } =
    [
        "Upphandlingen omfattar {0} och {1}.",
        "I uppdraget ingår {0} samt {1}.",
        "Avtalet täcker {0} och {1}.",
    ];

    /// <summary>English scope sentences.</summary>
    public static IReadOnlyList<string> ScopeEn { get; } =
    [
        "The contract covers {0} and {1}.",
        "The scope includes {0} as well as {1}.",
        "The supplier will provide {0} and {1}.",
    ];

    /// <summary>Ordinary Finnish sentences.</summary>
    public static IReadOnlyList<string> BodyFi { get; } =
    [
        "Hankinnan kohde ja vaatimukset on kuvattu tarkemmin tarjouspyynnössä ja sen liitteissä.",
        "Sopimuskausi on kaksi vuotta, minkä lisäksi hankintayksiköllä on oikeus kahteen optiovuoteen.",
        "Tarjousten valintaperusteena on kokonaistaloudellinen edullisuus.",
        "Tavoitteena on varmistaa palvelun laatu ja toimitusvarmuus koko sopimuskauden ajan.",
        "Hankinnassa huomioidaan ympäristönäkökohdat ja energiatehokkuus.",
        "Toimittajan tulee kyetä aloittamaan toimitukset viipymättä sopimuksen allekirjoittamisen jälkeen.",
        "Kyseessä on kokonaishankinta, eli hankintaa ei ole jaettu osiin.",
        "Hinnat ovat kiinteät ensimmäisen sopimusvuoden ajan.",
        "Tarjoajan on täytettävä soveltuvuusvaatimukset koko sopimuskauden ajan.",
        "Hankinnan arvioitu kokonaisarvo perustuu aiempien vuosien toteutuneisiin määriin.",
    ];

    /// <summary>Ordinary Swedish sentences.</summary>
    public static IReadOnlyList<string> BodySv { get; } =
    [
        "Föremålet för upphandlingen och kraven beskrivs närmare i anbudsförfrågan och dess bilagor.",
        "Avtalsperioden är två år med möjlighet till två optionsår.",
        "Grunden för val av anbud är det ekonomiskt mest fördelaktiga anbudet.",
        "Miljöaspekter och energieffektivitet beaktas i upphandlingen.",
        "Leverantören ska kunna inleda leveranserna direkt efter att avtalet undertecknats.",
        "Priserna är fasta under det första avtalsåret.",
    ];

    /// <summary>Ordinary English sentences.</summary>
    public static IReadOnlyList<string> BodyEn { get; } =
    [
        "The subject matter and requirements are described in the invitation to tender and its annexes.",
        "The contract period is two years with an option for two further years.",
        "Tenders are evaluated on the basis of the most economically advantageous tender.",
        "Environmental aspects and energy efficiency are taken into account.",
        "The supplier must be able to start deliveries immediately after the contract is signed.",
        "Prices are fixed for the first contract year.",
    ];

    /// <summary>Finnish sentences about innovation, market novelty and new processes.</summary>
    public static IReadOnlyList<string> InnovationFi { get; } =
    [
        "Hankinnassa etsitään uudenlaisia, markkinoilla vielä vakiintumattomia ratkaisuja.",
        "Hankintaan sisältyy pilotointivaihe, jossa ratkaisua kehitetään yhdessä toimittajan kanssa.",
        "Ennen tarjouspyyntöä käytiin markkinavuoropuhelu innovatiivisten ratkaisujen kartoittamiseksi.",
        "Tavoitteena on kehittää innovatiivinen ratkaisu, jota ei ole aiemmin ollut saatavilla.",
        "Hankinta toteutetaan innovaatiokumppanuutena.",
        "Ratkaisulta edellytetään uutta teknologiaa, kuten tekoälyn ja automaation hyödyntämistä.",
        "Hankintayksikkö ottaa käyttöön sille uuden toimintamallin ja kokeilee sitä ensin rajatusti.",
        "Tarjoajia kannustetaan esittämään vaihtoehtoisia ja kehittäviä toteutustapoja.",
    ];

    /// <summary>Swedish innovation sentences.</summary>
    public static IReadOnlyList<string> InnovationSv { get; } =
    [
        "Upphandlingen söker nya lösningar som ännu inte är etablerade på marknaden.",
        "Upphandlingen omfattar en pilotfas där lösningen utvecklas tillsammans med leverantören.",
        "En marknadsdialog om innovativa lösningar fördes före anbudsförfrågan.",
        "Målet är att utveckla en innovativ lösning som inte tidigare funnits tillgänglig.",
        "Upphandlingen genomförs som ett innovationspartnerskap.",
    ];

    /// <summary>English innovation sentences.</summary>
    public static IReadOnlyList<string> InnovationEn { get; } =
    [
        "The procurement seeks novel solutions not yet established on the market.",
        "The contract includes a pilot phase in which the solution is co-developed with the supplier.",
        "A market dialogue on innovative solutions was held before the call for tenders.",
        "The aim is to develop an innovative solution that has not been available before.",
        "The procurement is carried out as an innovation partnership.",
        "The solution is expected to apply new technology such as artificial intelligence and automation.",
    ];

    /// <summary>Finnish sentence marking a corrected notice.</summary>
    public const string CorrectionFi = "Ilmoitusta on korjattu: tarjousten määräaikaa on pidennetty.";

    /// <summary>Swedish sentence marking a corrected notice.</summary>
    public const string CorrectionSv = "Meddelandet har rättats: tidsfristen för anbud har förlängts.";

    /// <summary>English sentence marking a corrected notice.</summary>
    public const string CorrectionEn = "The notice has been corrected: the time limit for tenders has been extended.";

    private static CpvDivision Division(
        string code, string nature, double median, double frequency, double propensity, string[] supplierWords, params string[] objects) =>
        new(code, nature, median, frequency, propensity, objects.Select(ParseObject).ToArray(), supplierWords);

    private static CatalogObject ParseObject(string line)
    {
        var parts = line.Split('|');
        return new CatalogObject(parts[0], parts[1], parts[2], parts[3]);
    }
}
