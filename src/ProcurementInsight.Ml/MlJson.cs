using System.Text.Json;

namespace ProcurementInsight.Ml;

/// <summary>JSON settings of the model card and calibration files: camelCase, indented.</summary>
internal static class MlJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static readonly JsonSerializerOptions Compact = new(JsonSerializerDefaults.Web);
}
