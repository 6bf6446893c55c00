using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ProcurementInsight.Core.Innovation;

namespace ProcurementInsight.Survey;

/// <summary>How the follow-up survey is triggered, signed, linked and reminded (section <c>Survey</c>).</summary>
public sealed class SurveyOptions
{
    /// <summary>The configuration section, <c>Survey</c>.</summary>
    public const string SectionName = "Survey";

    /// <summary>
    /// The key that signs survey links and form tokens: base64 of at least 32 random bytes. Required
    /// unless <see cref="LinkBaseUrl"/> is a loopback address (an offline run), where a fixed
    /// development key is used. A secret: set it from app settings or Key Vault, never in the repository.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>
    /// The key under which e-mail addresses are hashed (HMAC-SHA256) in the opt-out table, so the table
    /// cannot be matched against public addresses: base64 of at least 32 random bytes. Required unless
    /// <see cref="LinkBaseUrl"/> is a loopback address, where a fixed development key is used. A secret,
    /// like <see cref="TokenSigningKey"/>; unlike it, never rotate it, or the opt-outs stored under it are
    /// no longer recognised.
    /// </summary>
    public string? OptOutKey { get; set; }

    /// <summary>
    /// Where links in e-mails point: the public base of the <c>survey/{token}</c> route, e.g.
    /// <c>https://procurement-insight.example.fi/api/</c>. Default: the local twin, <c>http://127.0.0.1:7071/api/</c>.
    /// </summary>
    [Required]
    public Uri LinkBaseUrl { get; set; } = new("http://127.0.0.1:7071/api/");

    /// <summary>How long a survey stays open after the invitation is created; 60 days by default.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "730.00:00:00")]
    public TimeSpan ValidFor { get; set; } = TimeSpan.FromDays(60);

    /// <summary>
    /// How long the link to the respondent's own organisation profile, given on the thank-you page, keeps working;
    /// 30 days by default. It is signed with <see cref="TokenSigningKey"/> under a purpose of its own.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan ProfileLinkValidFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// When reminders go to non-responders, counted from the invitation e-mail: durations separated by
    /// commas (<c>d.hh:mm:ss</c>); <c>7.00:00:00,21.00:00:00</c> (+7 and +21 days) by default; empty for none.
    /// </summary>
    public string Reminders { get; set; } = "7.00:00:00,21.00:00:00";

    /// <summary>
    /// The innovation signals that trigger a survey, names of <see cref="InnovationSignal"/> separated by
    /// commas. By default HILMA's "new to buyer" and "new to market" answers and every eForms code
    /// (BT-06 <c>inn-pur</c>, BT-776); "innovation considered" alone does not trigger.
    /// </summary>
    public string TriggerSignals { get; set; } = "HilmaNewToMarket,HilmaNewToBuyer,EFormsInnovativePurchase,EFormsMarketNovelty,EFormsOrganisationNovelty,EFormsOtherInnovativeAcquisition";

    /// <summary>The notice form types (BT-03) surveyed, separated by commas: contract and award notices (<c>competition,result</c>) by default.</summary>
    [Required(AllowEmptyStrings = false)]
    public string FormTypes { get; set; } = "competition,result";

    /// <summary><see cref="Reminders"/> parsed.</summary>
    public IReadOnlyList<TimeSpan> ReminderDelays => [.. Split(Reminders).Select(r => TimeSpan.Parse(r, CultureInfo.InvariantCulture))];

    /// <summary><see cref="TriggerSignals"/> parsed.</summary>
    public IReadOnlySet<InnovationSignal> TriggerSignalSet => Split(TriggerSignals).Select(s => Enum.Parse<InnovationSignal>(s, ignoreCase: true)).ToHashSet();

    /// <summary><see cref="FormTypes"/> parsed.</summary>
    public IReadOnlySet<string> FormTypeSet => Split(FormTypes).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Delivery attempts of one e-mail before it counts as bounced; 5 by default.</summary>
    [Range(1, 20)]
    public int MaxDeliveryAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed delivery, doubled after each further failure; 5 minutes by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest form body accepted, in bytes; larger requests get 413. 64 KiB by default.</summary>
    [Range(1_024, 1_048_576)]
    public int MaxFormBytes { get; set; } = 65_536;

    /// <summary>How long a rendered form can be submitted (its anti-forgery token's life); 1 day by default.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan FormTokenLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>E-mails sent at once by one dispatch run; 4 by default.</summary>
    [Range(1, 64)]
    public int DispatchParallelism { get; set; } = 4;

    /// <summary>
    /// The link to a notice in HILMA; <c>{0}</c> is the HILMA key (e.g. <c>EF-48640</c>).
    /// Default <c>https://www.hankintailmoitukset.fi/fi/public/notice/{0}</c>.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string HilmaNoticeUrl { get; set; } = "https://www.hankintailmoitukset.fi/fi/public/notice/{0}";

    /// <summary>Dequeues of one trigger message before it is set aside in the poison queue; 5 as in host.json.</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>The probability control sample of unflagged procedures (<c>Survey:ControlSample</c>).</summary>
    public ControlSampleOptions ControlSample { get; set; } = new();

    /// <summary>The per-address burden cap (<c>Survey:Cap</c>).</summary>
    public SurveyCapOptions Cap { get; set; } = new();

    private static string[] Split(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
