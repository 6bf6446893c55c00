using ProcurementInsight.Testing;

namespace ProcurementInsight.Cli.Tests;

/// <summary>One Azurite and one MailDev for every test of this assembly that needs storage or mail.</summary>
[CollectionDefinition(AzuriteFixture.CollectionName)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>, ICollectionFixture<MailDevFixture>;
