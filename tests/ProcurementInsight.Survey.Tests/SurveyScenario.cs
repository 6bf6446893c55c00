using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProcurementInsight.Core.Harvesting;
using ProcurementInsight.Core.Notices;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Storage;
using ProcurementInsight.Survey.Forms;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Survey.Tests;

/// <summary>
/// The survey as the hosts build it (storage and survey registrations), on Azurite under a fresh prefix,
/// sending to MailDev, with a fake clock starting at 2026-03-02 08:00 UTC.
/// </summary>
internal sealed class SurveyScenario : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private SurveyScenario(ServiceProvider services, FakeTimeProvider time)
    {
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public SurveyDispatcher Dispatcher => Services.GetRequiredService<SurveyDispatcher>();

    public SurveyFormService Form => Services.GetRequiredService<SurveyFormService>();

    public SurveyTokens Tokens => Services.GetRequiredService<SurveyTokens>();

    public ISurveyInvitationStore Invitations => Services.GetRequiredService<ISurveyInvitationStore>();

    public ISurveyAnswerStore Answers => Services.GetRequiredService<ISurveyAnswerStore>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<SurveyScenario> StartAsync(AzuriteFixture azurite, MailDevFixture mail, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = azurite.NewStorageSettings();
        foreach (var (key, value) in mail.SmtpSettings())
        {
            values[key] = value;
        }

        values["Survey:LinkBaseUrl"] = "http://127.0.0.1:7071/api/";
        values["Survey:TokenSigningKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var time = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        configure?.Invoke(services);
        services.AddStorage(configuration);
        services.AddSurvey(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        return new SurveyScenario(provider, time);
    }

    /// <summary>Stores the notice as the harvester would.</summary>
    public async Task StoreAsync(Notice notice)
    {
        var stored = new StoredNotice(notice, new NoticeRevision(Guid.NewGuid().ToString("N"), notice.Key + "/raw.xml", Start, Start));
        await Services.GetRequiredService<INoticeStore>().SaveAsync(stored, CancellationToken.None);
    }

    /// <summary>Every stored invitation.</summary>
    public async Task<List<SurveyInvitation>> AllInvitationsAsync()
    {
        var all = new List<SurveyInvitation>();
        await foreach (var invitation in Invitations.ListAsync(CancellationToken.None))
        {
            all.Add(invitation);
        }

        return all;
    }

    /// <summary>An innovative notice (HILMA "new to market" on LOT-0001) with one buyer at <paramref name="email"/>.</summary>
    public static Notice InnovativeNotice(string key, string? email, string procedure = "", string title = "Älykäs katuvalaistus")
    {
        var notice = NoticeBuilder.Rich(key).KeepLots(1).WithTitle("FIN", title).Build();
        return notice with
        {
            ProcedureId = procedure.Length > 0 ? procedure : "proc-" + key,
            Buyers = [notice.Buyers[0] with { Email = email }],
        };
    }

    /// <summary>The form values of a complete Finnish answer.</summary>
    public static Dictionary<string, IReadOnlyList<string>> CompleteAnswer(string formToken) => new()
    {
        ["_form"] = [formToken],
        ["judgement"] = ["yes"],
        ["new-to-buyer"] = ["completely-new"],
        ["new-to-market"] = ["significantly-improved"],
        ["new-procedure"] = ["not-new"],
        ["subject"] = ["services", "process"],
        ["methods"] = ["market-dialogue", "functional-specifications"],
        ["goals"] = ["carbon-neutrality"],
        ["innovative-share"] = ["40"],
        ["impacts"] = ["Energiankulutus puolittuu."],
        ["interview"] = ["yes"],
    };

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
