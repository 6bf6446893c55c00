using ProcurementInsight.Testing;

namespace ProcurementInsight.Storage.Tests;

/// <summary>The assembly's one Azurite, shared by every storage test class (see <see cref="AzuriteFixture"/>).</summary>
[CollectionDefinition(AzuriteFixture.CollectionName)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>;
