using System.Collections.Frozen;

namespace ProcurementInsight.Survey;

/// <summary>Every text a respondent sees on the form and in the e-mails, in Finnish, Swedish and English.</summary>
public static class SurveyTexts
{
    /// <summary>The languages the survey speaks, the default first.</summary>
    public static readonly IReadOnlyList<string> Languages = ["fi", "sv", "en"];

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Texts = new Dictionary<string, FrozenDictionary<string, string>>
    {
        ["fi"] = new Dictionary<string, string>
        {
            ["language-name"] = "Suomeksi",
            ["about"] = "Kysely koskee hankintaa",
            ["buyer"] = "Hankintayksikkö",
            ["notice-link"] = "Hankintailmoitus HILMAssa",
            ["intro"] = "Ilmoititte hankinnan olevan innovatiivinen. Kertokaa, mitä innovatiivisuus tässä hankinnassa tarkoitti. Vastaaminen vie noin viisi minuuttia. Tähdellä (*) merkityt kysymykset ovat pakollisia.",
            ["closes"] = "Voitte tallentaa ja muokata vastauksia {0} asti.",
            ["save"] = "Tallenna vastaukset",
            ["saved-note"] = "Vastauksenne on tallennettu {0}. Voitte muokata sitä ja tallentaa uudelleen.",
            ["errors-summary"] = "Vastauksia ei tallennettu. Tarkistakaa seuraavat kohdat:",
            ["error-required"] = "Valitkaa vastaus.",
            ["error-option"] = "Valitkaa jokin annetuista vaihtoehdoista.",
            ["error-percent"] = "Kirjoittakaa kokonaisluku väliltä 0–100.",
            ["error-text-length"] = "Teksti on liian pitkä: enintään {0} merkkiä.",
            ["required"] = "pakollinen",
            ["thanks-title"] = "Kiitos vastauksestanne!",
            ["thanks-body"] = "Vastauksenne on tallennettu. Se auttaa arvioimaan innovatiivisten hankintojen osuutta Suomessa.",
            ["edit-link"] = "Muokkaa vastauksia",
            ["profile-link"] = "Katso organisaationne innovaatioprofiili",
            ["unavailable-title"] = "Kysely ei ole käytettävissä",
            ["unavailable-body"] = "Linkki on virheellinen tai kysely on jo sulkeutunut. Jos haluatte vielä vastata, ottakaa yhteyttä kyselyn lähettäjään.",
            ["paused-title"] = "Kysely on tilapäisesti poissa käytöstä",
            ["paused-body"] = "Kyselyä ei voi juuri nyt avata. Vastauksia ei ole menetetty. Yrittäkää myöhemmin uudelleen samasta linkistä.",
            ["stale-form"] = "Lomake oli ollut auki liian kauan, joten vastauksia ei tallennettu. Täyttäkää lomake uudelleen ja tallentakaa.",
            ["too-large-title"] = "Vastaus on liian suuri",
            ["too-large"] = "Vastaus oli liian suuri tallennettavaksi. Lyhentäkää tekstejä ja yrittäkää uudelleen.",
            ["optout-link"] = "En halua enää kyselyjä",
            ["optout-title"] = "Kyselyistä kieltäytyminen",
            ["optout-body"] = "Haluatteko, ettei tähän sähköpostiosoitteeseen lähetetä enää yhtään kyselyä tai muistutusta?",
            ["optout-button"] = "Älkää lähettäkö enää kyselyjä",
            ["optout-done-title"] = "Ette saa enää kyselyjä",
            ["optout-done-body"] = "Osoitteeseenne ei lähetetä enää kyselyjä eikä muistutuksia.",
            ["mail-subject"] = "Kysely innovatiivisesta hankinnasta: {0}",
            ["reminder-subject"] = "Muistutus: kysely innovatiivisesta hankinnasta: {0}",
            ["mail-greeting"] = "Hyvä vastaanottaja,",
            ["mail-body"] = "{0} ilmoitti HILMAssa hankinnan \"{1}\" olevan innovatiivinen. Pyydämme teitä kertomaan lyhyesti, mitä innovatiivisuus tässä hankinnassa tarkoitti. Vastaukset auttavat seuraamaan innovatiivisten hankintojen osuutta Suomessa.",
            ["reminder-body"] = "Emme ole vielä saaneet vastaustanne kyselyyn hankinnasta \"{1}\" ({0}). Vastaaminen vie noin viisi minuuttia.",
            ["mail-link"] = "Vastaa kyselyyn:",
            ["mail-expires"] = "Linkki on voimassa {0} asti.",
            ["mail-optout"] = "Jos ette halua enää kyselyjä tähän osoitteeseen, avatkaa tämä linkki:",
            ["mail-signature"] = "KEINO – kestävien ja innovatiivisten julkisten hankintojen osaamiskeskus",
            ["intro-control"] = "Hankintanne valittiin satunnaisesti otokseen julkisista hankinnoista. Otoksen avulla selvitämme, kuinka yleistä innovointi on myös hankinnoissa, joita kukaan ei ole ilmoittanut innovatiivisiksi. Vastaaminen vie noin viisi minuuttia, ja vastaus ”ei innovaatiota” on yhtä arvokas kuin mikä tahansa muu. Tähdellä (*) merkityt kysymykset ovat pakollisia.",
            ["mail-subject-control"] = "Kysely hankinnan innovatiivisuudesta: {0}",
            ["reminder-subject-control"] = "Muistutus: kysely hankinnan innovatiivisuudesta: {0}",
            ["mail-body-control"] = "Hankintanne \"{1}\" ({0}) valittiin satunnaisesti otokseen julkisista hankinnoista. Otoksen avulla selvitämme, kuinka yleistä innovointi on myös hankinnoissa, joita kukaan ei ole ilmoittanut innovatiivisiksi. Vastaaminen vie noin viisi minuuttia, ja vastaus \"ei innovaatiota\" on yhtä arvokas kuin mikä tahansa muu.",
            ["reminder-body-control"] = "Emme ole vielä saaneet vastaustanne kyselyyn hankinnasta \"{1}\" ({0}), joka valittiin satunnaisotokseen. Vastaaminen vie noin viisi minuuttia, ja vastaus \"ei innovaatiota\" on yhtä arvokas kuin mikä tahansa muu.",
            ["digest-subject"] = "Kyselyt {0} hankinnastanne",
            ["digest-reminder-subject"] = "Muistutus: kyselyt {0} hankinnastanne",
            ["digest-intro"] = "Pyydämme teitä vastaamaan lyhyeen kyselyyn seuraavista hankinnoista ({0} kpl). Jokaisella hankinnalla on oma linkkinsä, joten voitte vastata niihin yksi kerrallaan. Vastaaminen vie noin viisi minuuttia hankintaa kohden.",
            ["digest-control-note"] = "Osa hankinnoista valittiin satunnaisesti otokseen julkisista hankinnoista. Otoksen avulla selvitämme, kuinka yleistä innovointi on myös hankinnoissa, joita kukaan ei ole ilmoittanut innovatiivisiksi. Vastaus \"ei innovaatiota\" on yhtä arvokas kuin mikä tahansa muu.",
            ["digest-new"] = "Uusi kysely",
            ["digest-reminder"] = "Muistutus",
            ["digest-item-flagged"] = "{0} ilmoitti HILMAssa hankinnan olevan innovatiivinen.",
            ["digest-item-control"] = "Hankinta valittiin satunnaisotokseen.",
        }.ToFrozenDictionary(),
        ["sv"] = new Dictionary<string, string>
        {
            ["language-name"] = "På svenska",
            ["about"] = "Enkäten gäller upphandlingen",
            ["buyer"] = "Upphandlande enhet",
            ["notice-link"] = "Upphandlingsannonsen i HILMA",
            ["intro"] = "Ni angav att upphandlingen var innovativ. Berätta vad innovation betydde i den här upphandlingen. Det tar ungefär fem minuter. Frågor märkta med asterisk (*) är obligatoriska.",
            ["closes"] = "Ni kan spara och ändra era svar till och med {0}.",
            ["save"] = "Spara svaren",
            ["saved-note"] = "Ert svar sparades {0}. Ni kan ändra det och spara igen.",
            ["errors-summary"] = "Svaren sparades inte. Kontrollera följande:",
            ["error-required"] = "Välj ett svar.",
            ["error-option"] = "Välj ett av de givna alternativen.",
            ["error-percent"] = "Skriv ett heltal mellan 0 och 100.",
            ["error-text-length"] = "Texten är för lång: högst {0} tecken.",
            ["required"] = "obligatorisk",
            ["thanks-title"] = "Tack för ert svar!",
            ["thanks-body"] = "Ert svar har sparats. Det hjälper att bedöma andelen innovativa upphandlingar i Finland.",
            ["edit-link"] = "Ändra svaren",
            ["profile-link"] = "Se er organisations innovationsprofil",
            ["unavailable-title"] = "Enkäten är inte tillgänglig",
            ["unavailable-body"] = "Länken är felaktig eller enkäten har redan stängts. Om ni fortfarande vill svara, kontakta avsändaren av enkäten.",
            ["paused-title"] = "Enkäten är tillfälligt ur bruk",
            ["paused-body"] = "Enkäten kan inte öppnas just nu. Inga svar har gått förlorade. Försök igen senare med samma länk.",
            ["stale-form"] = "Formuläret hade varit öppet för länge, så svaren sparades inte. Fyll i formuläret på nytt och spara.",
            ["too-large-title"] = "Svaret är för stort",
            ["too-large"] = "Svaret var för stort för att sparas. Korta ner texterna och försök igen.",
            ["optout-link"] = "Jag vill inte få fler enkäter",
            ["optout-title"] = "Avböj enkäter",
            ["optout-body"] = "Vill ni att inga fler enkäter eller påminnelser skickas till den här e-postadressen?",
            ["optout-button"] = "Skicka inga fler enkäter",
            ["optout-done-title"] = "Ni får inga fler enkäter",
            ["optout-done-body"] = "Inga fler enkäter eller påminnelser skickas till er adress.",
            ["mail-subject"] = "Enkät om innovativ upphandling: {0}",
            ["reminder-subject"] = "Påminnelse: enkät om innovativ upphandling: {0}",
            ["mail-greeting"] = "Bästa mottagare,",
            ["mail-body"] = "{0} angav i HILMA att upphandlingen \"{1}\" var innovativ. Vi ber er kort berätta vad innovation betydde i den här upphandlingen. Svaren hjälper att följa andelen innovativa upphandlingar i Finland.",
            ["reminder-body"] = "Vi har ännu inte fått ert svar på enkäten om upphandlingen \"{1}\" ({0}). Det tar ungefär fem minuter att svara.",
            ["mail-link"] = "Svara på enkäten:",
            ["mail-expires"] = "Länken gäller till och med {0}.",
            ["mail-optout"] = "Om ni inte vill få fler enkäter till den här adressen, öppna den här länken:",
            ["mail-signature"] = "KEINO – kompetenscentret för hållbara och innovativa offentliga upphandlingar",
            ["intro-control"] = "Er upphandling har valts slumpmässigt till ett urval av offentliga upphandlingar. Med urvalet mäter vi hur vanlig innovation är även i upphandlingar som ingen har angett som innovativa. Det tar ungefär fem minuter att svara, och svaret ”ingen innovation” är lika värdefullt som alla andra. Frågor märkta med asterisk (*) är obligatoriska.",
            ["mail-subject-control"] = "Enkät om innovation i upphandlingen: {0}",
            ["reminder-subject-control"] = "Påminnelse: enkät om innovation i upphandlingen: {0}",
            ["mail-body-control"] = "Er upphandling \"{1}\" ({0}) har valts slumpmässigt till ett urval av offentliga upphandlingar. Med urvalet mäter vi hur vanlig innovation är även i upphandlingar som ingen har angett som innovativa. Det tar ungefär fem minuter att svara, och svaret \"ingen innovation\" är lika värdefullt som alla andra.",
            ["reminder-body-control"] = "Vi har ännu inte fått ert svar på enkäten om upphandlingen \"{1}\" ({0}), som valdes slumpmässigt till urvalet. Det tar ungefär fem minuter att svara, och svaret \"ingen innovation\" är lika värdefullt som alla andra.",
            ["digest-subject"] = "Enkäter om {0} av era upphandlingar",
            ["digest-reminder-subject"] = "Påminnelse: enkäter om {0} av era upphandlingar",
            ["digest-intro"] = "Vi ber er svara på en kort enkät om var och en av följande upphandlingar ({0} st.). Varje upphandling har en egen länk, så ni kan svara på dem en i taget. Det tar ungefär fem minuter per upphandling.",
            ["digest-control-note"] = "En del av upphandlingarna har valts slumpmässigt till ett urval av offentliga upphandlingar. Med urvalet mäter vi hur vanlig innovation är även i upphandlingar som ingen har angett som innovativa. Svaret \"ingen innovation\" är lika värdefullt som alla andra.",
            ["digest-new"] = "Ny enkät",
            ["digest-reminder"] = "Påminnelse",
            ["digest-item-flagged"] = "{0} angav i HILMA att upphandlingen var innovativ.",
            ["digest-item-control"] = "Upphandlingen valdes slumpmässigt till urvalet.",
        }.ToFrozenDictionary(),
        ["en"] = new Dictionary<string, string>
        {
            ["language-name"] = "In English",
            ["about"] = "This survey is about the procurement",
            ["buyer"] = "Contracting authority",
            ["notice-link"] = "The notice in HILMA",
            ["intro"] = "You reported this procurement as innovative. Please tell us what innovation meant in it. It takes about five minutes. Questions marked with an asterisk (*) are required.",
            ["closes"] = "You can save and change your answers until {0}.",
            ["save"] = "Save answers",
            ["saved-note"] = "Your answer was saved on {0}. You can change it and save again.",
            ["errors-summary"] = "Your answers were not saved. Please check the following:",
            ["error-required"] = "Please choose an answer.",
            ["error-option"] = "Please choose one of the options given.",
            ["error-percent"] = "Please enter a whole number from 0 to 100.",
            ["error-text-length"] = "The text is too long: at most {0} characters.",
            ["required"] = "required",
            ["thanks-title"] = "Thank you for your answer!",
            ["thanks-body"] = "Your answer has been saved. It helps to estimate the share of innovative procurement in Finland.",
            ["edit-link"] = "Change your answers",
            ["profile-link"] = "See your organisation's innovation profile",
            ["unavailable-title"] = "This survey is not available",
            ["unavailable-body"] = "The link is not valid or the survey has closed. If you would still like to answer, please contact the sender of the survey.",
            ["paused-title"] = "The survey is temporarily unavailable",
            ["paused-body"] = "The survey cannot be opened just now. No answers have been lost. Please try again later with the same link.",
            ["stale-form"] = "The form had been open too long, so your answers were not saved. Please fill it in again and save.",
            ["too-large-title"] = "The answer is too large",
            ["too-large"] = "The answer was too large to save. Please shorten the texts and try again.",
            ["optout-link"] = "I do not want any more surveys",
            ["optout-title"] = "Stop surveys",
            ["optout-body"] = "Do you want no more surveys or reminders sent to this e-mail address?",
            ["optout-button"] = "Send no more surveys",
            ["optout-done-title"] = "You will get no more surveys",
            ["optout-done-body"] = "No more surveys or reminders will be sent to your address.",
            ["mail-subject"] = "Survey on innovative procurement: {0}",
            ["reminder-subject"] = "Reminder: survey on innovative procurement: {0}",
            ["mail-greeting"] = "Dear recipient,",
            ["mail-body"] = "{0} reported the procurement \"{1}\" in HILMA as innovative. Please tell us briefly what innovation meant in it. The answers help to follow the share of innovative public procurement in Finland.",
            ["reminder-body"] = "We have not yet received your answer to the survey on the procurement \"{1}\" ({0}). It takes about five minutes.",
            ["mail-link"] = "Answer the survey:",
            ["mail-expires"] = "The link is valid until {0}.",
            ["mail-optout"] = "If you do not want any more surveys at this address, open this link:",
            ["mail-signature"] = "KEINO – Competence Centre for Sustainable and Innovative Public Procurement",
            ["intro-control"] = "Your procurement was drawn at random into a sample of public procurements. The sample lets us measure how common innovation is also where nobody flagged it. Answering takes about five minutes, and \"no innovation\" is an equally valuable answer. Questions marked with an asterisk (*) are required.",
            ["mail-subject-control"] = "Survey on innovation in the procurement: {0}",
            ["reminder-subject-control"] = "Reminder: survey on innovation in the procurement: {0}",
            ["mail-body-control"] = "Your procurement \"{1}\" ({0}) was drawn at random into a sample of public procurements. The sample lets us measure how common innovation is also in procurements nobody flagged as innovative. Answering takes about five minutes, and \"no innovation\" is an equally valuable answer.",
            ["reminder-body-control"] = "We have not yet received your answer to the survey on the procurement \"{1}\" ({0}), which was drawn at random into our sample. It takes about five minutes, and \"no innovation\" is an equally valuable answer.",
            ["digest-subject"] = "Surveys on {0} of your procurements",
            ["digest-reminder-subject"] = "Reminder: surveys on {0} of your procurements",
            ["digest-intro"] = "Please answer a short survey on each of the following procurements ({0}). Each has its own link, so you can answer them one at a time. Each takes about five minutes.",
            ["digest-control-note"] = "Some of these procurements were drawn at random into a sample of public procurements. The sample lets us measure how common innovation is also in procurements nobody flagged as innovative. \"No innovation\" is an equally valuable answer.",
            ["digest-new"] = "New survey",
            ["digest-reminder"] = "Reminder",
            ["digest-item-flagged"] = "{0} reported the procurement in HILMA as innovative.",
            ["digest-item-control"] = "Drawn at random into the sample.",
        }.ToFrozenDictionary(),
    }.ToFrozenDictionary();

    /// <summary>The language if the survey speaks it, else Finnish.</summary>
    public static string Normalize(string? language) =>
        language is not null && Texts.ContainsKey(language.ToLowerInvariant()) ? language.ToLowerInvariant() : "fi";

    /// <summary>
    /// The survey language a browser asks for in its <c>Accept-Language</c> header (RFC 9110 §12.5.4): the
    /// most preferred of Finnish, Swedish and English by q-value (first listed on a tie); Finnish when it names none.
    /// </summary>
    public static string FromAcceptLanguage(string? acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage) || acceptLanguage.Length > 1000)
        {
            return "fi";
        }

        var best = (Language: "fi", Quality: 0.0);
        foreach (var range in acceptLanguage.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = range.Split(';', StringSplitOptions.TrimEntries);
            var primary = parts[0].Split('-')[0].ToLowerInvariant();
            var quality = 1.0;
            foreach (var parameter in parts.Skip(1))
            {
                if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                    && !double.TryParse(parameter.AsSpan(2), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out quality))
                {
                    quality = 0;
                }
            }

            if (Texts.ContainsKey(primary) && quality > best.Quality)
            {
                best = (primary, quality);
            }
        }

        return best.Language;
    }

    /// <summary>The text with this key in the language (Finnish when the language is unknown).</summary>
    public static string Get(string language, string key) => Texts[Normalize(language)][key];

    /// <summary>The text of a questionnaire item in the language, else in Finnish, else in whichever language it has.</summary>
    public static string Of(IReadOnlyDictionary<string, string> texts, string language)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.GetValueOrDefault(language) ?? texts.GetValueOrDefault("fi") ?? texts.Values.First();
    }

    /// <summary>The survey language of an eForms notice language (BT-702: <c>FIN</c>, <c>SWE</c>, <c>ENG</c>); Finnish otherwise.</summary>
    public static string FromNoticeLanguage(string? noticeLanguage) => noticeLanguage?.ToUpperInvariant() switch
    {
        "SWE" => "sv",
        "ENG" => "en",
        _ => "fi",
    };

    /// <summary>A date as people of the language write it (<c>31.1.2026</c>, <c>2026-01-31</c>, <c>31 January 2026</c>).</summary>
    public static string FormatDate(string language, DateTimeOffset instant)
    {
        var helsinki = TimeZoneInfo.ConvertTime(instant, HelsinkiZone.Value);
        return Normalize(language) switch
        {
            "sv" => helsinki.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            "en" => helsinki.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
            _ => helsinki.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static readonly Lazy<TimeZoneInfo> HelsinkiZone = new(() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Helsinki", out var zone) ? zone : TimeZoneInfo.Utc);
}
