using System.ComponentModel.DataAnnotations;

namespace ProcurementInsight.Survey;

/// <summary>The mail server survey e-mails go through (section <c>Smtp</c>).</summary>
public sealed class SmtpOptions
{
    /// <summary>The configuration section, <c>Smtp</c>.</summary>
    public const string SectionName = "Smtp";

    /// <summary>The SMTP host; <c>127.0.0.1</c> (a local mail sink) by default.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The SMTP port; 1025 (a local mail sink) by default, 587 for submission with STARTTLS.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 1025;

    /// <summary>The user name, when the server needs authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>The password. A secret: from app settings or Key Vault, never in the repository.</summary>
    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>KEINO-kysely &lt;kysely@example.fi&gt;</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string From { get; set; } = "KEINO <survey@procurement-insight.invalid>";

    /// <summary>Require STARTTLS; false by default (the local sink speaks plain SMTP). Set true in production.</summary>
    public bool UseStartTls { get; set; }

    /// <summary>Connect with TLS from the start (port 465).</summary>
    public bool UseSsl { get; set; }

    /// <summary>The timeout of one SMTP operation; 30 seconds by default.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
