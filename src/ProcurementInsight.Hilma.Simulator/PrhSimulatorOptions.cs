namespace ProcurementInsight.Hilma.Simulator;

/// <summary>How a <see cref="PrhSimulatorServer"/> listens and behaves.</summary>
public sealed record PrhSimulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free ephemeral port.</summary>
    public int Port { get; init; }

    /// <summary>Seed of the register details (registration dates, earlier names, addresses).</summary>
    public int Seed { get; init; } = 20250101;

    /// <summary>
    /// Write <c>lastModified</c> with a <c>T</c> (<c>2026-01-02T07:49:26</c>, as the <c>/companies</c> answers
    /// seen) instead of a space (<c>2024-11-21 01:49:24</c>, as the OpenAPI text and the bulk file); both occur.
    /// </summary>
    public bool LastModifiedWithT { get; init; } = true;

    /// <summary>When set, every n-th request answers 429 with a text/plain body, as PRH's sibling API documents.</summary>
    public int? TooManyRequestsEvery { get; init; }
}
