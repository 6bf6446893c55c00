using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProcurementInsight.Core.Broker;
using ProcurementInsight.Core.Estimation;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Storage.Blobs;
using ProcurementInsight.Storage.Broker;
using ProcurementInsight.Storage.Survey;
using ProcurementInsight.Storage.Tables;

namespace ProcurementInsight.Storage;

/// <summary>Registers the storage capability.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="StorageOptions"/> (section <c>Storage</c>, validated at start), one
    /// <see cref="TableServiceClient"/>, <see cref="BlobServiceClient"/> and <see cref="QueueServiceClient"/>
    /// each as singletons, <see cref="StorageLayout"/>, <see cref="StorageInitializer"/> (hosts call
    /// <see cref="StorageInitializer.InitializeAsync"/> once at start) and the Core ports
    /// <see cref="INoticeStore"/>, <see cref="IRawNoticeArchive"/>, <see cref="IQuarantine"/>,
    /// <see cref="IHarvestCheckpointStore"/>, <see cref="IHarvestRunLog"/>, <see cref="IModelStore"/>,
    /// <see cref="IEstimateSnapshotStore"/>, the survey's
    /// <see cref="ISurveyTriggerSink"/>, <see cref="ISurveyPoisonStore"/>, <see cref="ISurveyInvitationStore"/>,
    /// <see cref="ISurveyAnswerStore"/>, <see cref="ISurveyOptOutStore"/>, <see cref="ISurveyOutcomeSource"/>, <see cref="ISurveyDrawStore"/>,
    /// <see cref="ISurveyAddressCap"/> and <see cref="ISurveyAllocationStore"/>, and the broker's
    /// <see cref="ISupplierProfileStore"/>, <see cref="ICompanyRegisterCache"/>, <see cref="IRegisterFieldStore"/>, <see cref="INeedStore"/>, <see cref="IBuyerKeyStore"/>, <see cref="ISupplierKeyStore"/> and <see cref="ISupplierAccessAudit"/>. Needs logging from the host;
    /// adds <see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> is registered.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => StorageClients.Tables(Options(sp)));
        services.TryAddSingleton(sp => StorageClients.Blobs(Options(sp)));
        services.TryAddSingleton(sp => StorageClients.Queues(Options(sp)));
        services.TryAddSingleton(sp => new StorageLayout(Options(sp)));
        services.TryAddSingleton<StorageInitializer>();
        services.TryAddSingleton<StorageHealthProbe>();
        services.TryAddSingleton<INoticeStore, TableNoticeStore>();
        services.TryAddSingleton<IRawNoticeArchive, BlobRawNoticeArchive>();
        services.TryAddSingleton<IQuarantine, TableQuarantine>();
        services.TryAddSingleton<IHarvestCheckpointStore, TableHarvestCheckpointStore>();
        services.TryAddSingleton<IHarvestRunLog, TableHarvestRunLog>();
        services.TryAddSingleton<ISurveyTriggerSink, QueueSurveyTriggerSink>();
        services.TryAddSingleton<ISurveyTriggerOutbox, TableSurveyTriggerOutbox>();
        services.TryAddSingleton<ISurveyPoisonStore, QueueSurveyPoisonStore>();
        services.TryAddSingleton<ISurveyInvitationStore, TableSurveyInvitationStore>();
        services.TryAddSingleton<ISurveyAnswerStore, TableSurveyAnswerStore>();
        services.TryAddSingleton<ISurveyOptOutStore, TableSurveyOptOutStore>();
        services.TryAddSingleton<ISurveyOutcomeSource, TableSurveyOutcomeSource>();
        services.TryAddSingleton<ISurveyDrawStore, TableSurveyDrawStore>();
        services.TryAddSingleton<ISurveyAddressCap, TableSurveyAddressCap>();
        services.TryAddSingleton<ISurveyAllocationStore, TableSurveyAllocationStore>();
        services.TryAddSingleton<IModelStore, BlobModelStore>();
        services.TryAddSingleton<IEstimateSnapshotStore, TableEstimateSnapshotStore>();
        services.TryAddSingleton<ISupplierProfileStore, TableSupplierProfileStore>();
        services.TryAddSingleton<ICompanyRegisterCache, TableCompanyRegisterCache>();
        services.TryAddSingleton<IRegisterFieldStore, Blobs.BlobRegisterFieldStore>();
        services.TryAddSingleton<INeedStore, TableNeedStore>();
        services.TryAddSingleton<IBuyerKeyStore, TableBuyerKeyStore>();
        services.TryAddSingleton<ISupplierKeyStore, TableSupplierKeyStore>();
        services.TryAddSingleton<ISupplierAccessAudit, TableSupplierAccessAudit>();
        return services;
    }

    private static StorageOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value;
}
