using ProcurementInsight.Testing;

namespace ProcurementInsight.Survey.Tests;

/// <summary>One Azurite and one MailDev for every test class of this assembly.</summary>
[CollectionDefinition(AzuriteFixture.CollectionName)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>, ICollectionFixture<MailDevFixture>;
