using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Cli;
using ProcurementInsight.Core.Organisations;
using ProcurementInsight.Core.Survey;
using ProcurementInsight.Storage;
using ProcurementInsight.Survey;
using ProcurementInsight.Testing;

namespace ProcurementInsight.Benchmarks;

/// <summary>
/// Survey submissions under load, through the real local twin (<c>serve</c>, Kestrel) into a fresh
/// Azurite: N invitations, each form fetched, then N concurrent submissions on distinct tokens together
/// with R repeated submissions of the same few tokens. Prints p50/p99 latency and, counted from
/// storage, lost answers (a token answered with 200 whose stored answer is none of those accepted) and duplicated answers (more than
/// one answer row per invitation).
/// </summary>
public static partial class SurveyLoadMeasurement
{
    /// <summary>Runs the measurement; 0 when nothing was lost or duplicated.</summary>
    public static async Task<int> RunAsync(TextWriter output, int distinct, int repeatedTokens, int repeatsPerToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            var port = LoopbackPort.Free();
            var baseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
            var settings = azurite.NewStorageSettings();
            settings["Hilma:UseSimulator"] = "false";
            settings["HarvestNoticesSchedule"] = "0 0 0 1 1 *";
            settings["SendSurveyRemindersSchedule"] = "0 0 0 1 1 *";
            settings["Survey:LinkBaseUrl"] = baseAddress + "api/";
            settings["Logging:LogLevel:Default"] = "Error";
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddStorage(configuration);
            services.AddSurvey(configuration);
            await using var provider = services.BuildServiceProvider();
            await provider.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
            var store = provider.GetRequiredService<ISurveyInvitationStore>();
            var tokens = provider.GetRequiredService<SurveyTokens>();
            var random = new Random(20260301);
            var now = TimeProvider.System.GetUtcNow();
            var links = new List<string>();
            for (var i = 0; i < distinct; i++)
            {
                var id = Convert.ToHexStringLower(Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256)).ToArray());
                await store.TryCreateAsync(new SurveyInvitation(id, $"EF-{100000 + i}", $"proc-{i}", $"Hankinta {i}", "Espoon kaupunki", "0101263-6", Sector.Municipal, "45",
                    now, "fi", $"hankinnat+{i}@espoo.example", "2026-1", InvitationStatus.Sent, now, now.AddDays(60)), CancellationToken.None);
                links.Add("api/survey/" + tokens.LinkToken(id));
            }

            using var stop = new CancellationTokenSource();
            var serve = Task.Run(() => CliApplication.RunAsync(["serve", "--urls", baseAddress.ToString().TrimEnd('/')], TextWriter.Null, TextWriter.Null, settings, stop.Token));
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
            await WaitHealthyAsync(http);

            // Each respondent opens the form first (not timed): the anti-forgery token comes from it.
            var formTokens = new ConcurrentDictionary<string, string>();
            await Parallel.ForEachAsync(links, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (link, ct) =>
            {
                var html = await http.GetStringAsync(new Uri(link, UriKind.Relative), ct);
                formTokens[link] = FormToken().Match(html).Groups[1].Value;
            });

            var submissions = links.Select((link, i) => (Link: link, Text: $"vastaus {i}"))
                .Concat(Enumerable.Range(0, repeatedTokens * repeatsPerToken).Select(r => (Link: links[r % repeatedTokens], Text: $"toistettu {r % repeatedTokens}")))
                .ToList();
            var latencies = new ConcurrentBag<double>();
            var statuses = new ConcurrentDictionary<int, int>();
            var accepted = new ConcurrentDictionary<string, ConcurrentBag<string>>();
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(submissions.Select(async s =>
            {
                var body = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["_form"] = formTokens[s.Link], ["judgement"] = "yes", ["new-to-buyer"] = "completely-new", ["new-to-market"] = "not-new",
                    ["new-procedure"] = "significantly-improved", ["innovative-share"] = "25", ["impacts"] = s.Text,
                });
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync(new Uri(s.Link, UriKind.Relative), body);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    accepted.GetOrAdd(s.Link, _ => []).Add(s.Text);
                }
            }));
            var elapsed = clock.Elapsed;
            await stop.CancelAsync();
            await serve;

            // Count from storage: rows per invitation, and whether each accepted answer is stored as sent.
            var rows = new Dictionary<string, List<SurveyAnswer>>(StringComparer.Ordinal);
            await foreach (var answer in provider.GetRequiredService<ISurveyAnswerStore>().ListAsync(CancellationToken.None))
            {
                (rows.TryGetValue(answer.InvitationId, out var list) ? list : rows[answer.InvitationId] = []).Add(answer);
            }

            var duplicated = rows.Values.Sum(r => r.Count - 1);
            var lost = accepted.Count(a =>
            {
                var id = tokens.VerifyLinkToken(a.Key["api/survey/".Length..])!;
                // Lost: a token with an accepted submission whose stored answer is none of those accepted.
                return !rows.TryGetValue(id, out var stored) || !a.Value.Contains(stored[0].Values["impacts"].Single());
            });
            var sorted = latencies.Order().ToArray();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"submissions {submissions.Count} ({distinct} distinct tokens, {repeatedTokens} tokens × {repeatsPerToken} repeats) in {elapsed.TotalSeconds:F1} s: {submissions.Count / elapsed.TotalSeconds:F0}/s"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"status codes: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}"))}"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"latency p50 {Percentile(sorted, 0.50):F0} ms, p99 {Percentile(sorted, 0.99):F0} ms, max {sorted[^1]:F0} ms"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"stored answers {rows.Count} for {distinct} invitations; lost {lost}, duplicated {duplicated}"));
            return lost == 0 && duplicated == 0 && rows.Count == distinct ? 0 : 1;
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    [GeneratedRegex("name=\"_form\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    private static async Task WaitHealthyAsync(HttpClient http)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("api/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("serve did not answer /api/health within 30 s.");
    }
}
