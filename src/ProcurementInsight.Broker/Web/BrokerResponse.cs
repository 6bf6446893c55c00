namespace ProcurementInsight.Broker.Web;

/// <summary>A host-neutral HTTP answer: both the function app and <c>serve</c> write it as it is.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="ContentType">Content type of <paramref name="Body"/>.</param>
/// <param name="Body">The body.</param>
/// <param name="Headers">Extra headers (Location, Retry-After).</param>
public sealed record BrokerResponse(int Status, string ContentType, string Body, IReadOnlyDictionary<string, string> Headers);
