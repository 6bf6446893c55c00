namespace ProcurementInsight.Hilma.Simulator;

/// <summary>How a <see cref="HilmaSimulatorServer"/> listens and behaves.</summary>
public sealed record HilmaSimulatorOptions
{
    /// <summary>
    /// Configuration section name: the command line reads <see cref="RequestsPerMinute"/>, <see cref="StatisticsShape"/>
    /// and <see cref="FaultSeed"/> from <c>Simulator</c>, the port and key from <c>Hilma:BaseAddress</c> and
    /// <c>Hilma:SubscriptionKey</c>, and the faults from <see cref="FaultOptions.SectionName"/>.
    /// </summary>
    public const string SectionName = "Simulator";

    /// <summary>TCP port on 127.0.0.1; 0 picks a free ephemeral port (see <see cref="HilmaSimulatorServer.BaseAddress"/>).</summary>
    public int Port { get; init; }

    /// <summary>When set, every request except <c>/health</c> needs <c>Ocp-Apim-Subscription-Key</c> equal to it.</summary>
    public string? SubscriptionKey { get; init; }

    /// <summary>Requests allowed per sliding 60 s window (all keys together); null is unlimited. HILMA once documented 6.</summary>
    public int? RequestsPerMinute { get; init; }

    /// <summary>Shape of <c>hilmaStatistics</c> in read responses.</summary>
    public StatisticsShape StatisticsShape { get; init; } = StatisticsShape.KeyedByLot;

    /// <summary>Transient faults per request; when null the corpus's <see cref="SimulatorCorpusOptions.Faults"/> are used.</summary>
    public FaultOptions? Faults { get; init; }

    /// <summary>Seed of the per-request fault sequence.</summary>
    public int FaultSeed { get; init; } = 7;

    /// <summary>Clock for the rate-limit window and slow responses.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
