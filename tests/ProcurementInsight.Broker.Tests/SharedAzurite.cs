using ProcurementInsight.Testing;

namespace ProcurementInsight.Broker.Tests;

/// <summary>One Azurite for every test of this assembly that needs storage.</summary>
[CollectionDefinition(AzuriteFixture.CollectionName)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>;
