namespace ProcurementInsight.Broker.Profiles;

/// <summary>What a profile build did.</summary>
/// <param name="ResultNotices">Notices with winners read.</param>
/// <param name="Profiles">Supplier profiles built.</param>
/// <param name="RegisterLookups">Company register calls made (cache misses or stale entries).</param>
/// <param name="WithRegister">Profiles with register data.</param>
/// <param name="SurveyConfirmedNotices">Notices the follow-up survey confirmed innovative.</param>
/// <param name="Version">The stored profile set's new version.</param>
public sealed record SupplierProfileBuildResult(int ResultNotices, int Profiles, int RegisterLookups, int WithRegister, int SurveyConfirmedNotices, string Version);
