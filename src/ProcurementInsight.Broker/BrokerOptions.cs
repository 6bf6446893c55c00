using System.ComponentModel.DataAnnotations;

namespace ProcurementInsight.Broker;

/// <summary>Settings of the broker (configuration section <c>Broker</c>).</summary>
public sealed class BrokerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Broker";

    /// <summary>Won contracts kept per profile, newest first; older ones drop out of the profile.</summary>
    [Range(1, 100_000)]
    public int MaxContractsPerProfile { get; set; } = 400;

    /// <summary>Characters of contract text kept per profile and language (distinct titles and sentences).</summary>
    [Range(100, 200_000)]
    public int MaxTextCharsPerLanguage { get; set; } = 12_000;

    /// <summary>Company register look-ups one profile build may make; the rest wait for the next build (cache hits are free).</summary>
    [Range(0, 1_000_000)]
    public int MaxRegisterLookupsPerBuild { get; set; } = 2_000;

    /// <summary>
    /// Company register pages (100 companies each) one profile build may read to refresh the potential supplier
    /// field; lines not reached keep their earlier companies and are read first by the next build.
    /// </summary>
    [Range(0, 1_000_000)]
    public int MaxRegisterFieldCallsPerBuild { get; set; } = 2_000;

    /// <summary>Contracts a line of business must have won (in the learned table) before its companies are read into the field.</summary>
    [Range(1, 1_000)]
    public int FieldMinLineContracts { get; set; } = 2;

    /// <summary>Potential suppliers shown beside the established ones.</summary>
    [Range(1, 100)]
    public int PotentialTop { get; set; } = 10;

    /// <summary>A register company with at most this many won contracts counts as a potential newcomer ("won little").</summary>
    [Range(0, 100)]
    public int NewcomerMaxContracts { get; set; } = 1;

    /// <summary>Requests one buyer or supplier API key may make in any minute (a sliding window); beyond it the answer is 429.</summary>
    [Range(1, 100_000)]
    public int RequestsPerMinutePerKey { get; set; } = 60;

    /// <summary>
    /// Unknown API keys one client address may present per minute; beyond it the answer is 429 and no key is
    /// looked up until the window slides on.
    /// </summary>
    [Range(1, 100_000)]
    public int FailedKeyAttemptsPerMinutePerAddress { get; set; } = 10;

    /// <summary>Matches returned when a request does not say.</summary>
    [Range(1, 100)]
    public int DefaultTop { get; set; } = 10;

    /// <summary>How the match score weighs its parts.</summary>
    [Required]
    public MatchWeights Match { get; set; } = new();

    /// <summary>How the innovation potential weighs its components.</summary>
    [Required]
    public InnovationPotentialWeights InnovationPotential { get; set; } = new();
}
