using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProcurementInsight.Hilma.Simulator;

/// <summary>JSON writer settings: UTF-8 text as the real API sends it (ä, &lt;p&gt; and quotes unescaped).</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
