using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace ProcurementInsight.Hilma.Simulator.Tests;

/// <summary>Plain HttpClient calls against the simulator's wire contract.</summary>
internal static class SimulatorHttp
{
    public static Task<HttpResponseMessage> SearchAsync(HttpClient client, object body) =>
        client.PostAsync("avp/eformnotices/docs/search", JsonContent.Create(body));

    public static async Task<JsonElement> SearchJsonAsync(HttpClient client, object body)
    {
        using var response = await SearchAsync(client, body);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpClient client, int noticeId)
    {
        using var response = await client.GetAsync($"avp-eforms/external-read/v1/notice/{noticeId}");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static byte[] EFormBytes(JsonElement readResponse) => Convert.FromBase64String(readResponse.GetProperty("eForm").GetString()!);

    public static XDocument EForm(JsonElement readResponse) => XDocument.Parse(Encoding.UTF8.GetString(EFormBytes(readResponse)));
}
