namespace ProcurementInsight.Core.Survey;

/// <summary>
/// How the survey stores an e-mail address it must recognise without keeping it: the HMAC-SHA256 of the
/// address (trimmed, lower case) under a secret key, and, to read opt-outs recorded before the key
/// existed, the bare SHA-256 of the same text. Both are 64 lower-case hex digits.
/// </summary>
/// <param name="Key">The keyed hash under which new records are written and first looked up.</param>
/// <param name="LegacyKey">The unkeyed SHA-256 that opt-outs recorded before the key existed were written under; only read.</param>
public sealed record SurveyAddressKey(string Key, string LegacyKey);
