using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ProcurementInsight.Cli;

/// <summary>
/// Checks a request's key as the Functions host does: the <c>x-functions-key</c> header, else the
/// <c>code</c> query parameter; a function key or the master key for level Function, the master key alone
/// for level Admin.
/// </summary>
internal sealed class FunctionKeys(IOptions<ServeOptions> options)
{
    /// <summary>The header the Functions host reads a key from.</summary>
    public const string HeaderName = "x-functions-key";

    /// <summary>The query parameter the Functions host reads a key from.</summary>
    public const string QueryName = "code";

    /// <summary>How to give serve a key, for its start message and its 401 answers.</summary>
    public const string HowToSet = "set Serve__FunctionKeys__default to a random key of at least 22 characters (e.g. Serve__FunctionKeys__default=\"$(openssl rand -base64 32)\") and send it in the x-functions-key header or as ?code=";

    /// <summary>True when at least one key is configured.</summary>
    public bool Any => Accepted(AccessLevel.Function).Count > 0;

    /// <summary>True when the request carries a key that opens a route of this level.</summary>
    public bool Allows(AccessLevel level, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (level == AccessLevel.Anonymous)
        {
            return true;
        }

        var presented = request.Headers[HeaderName].ToString();
        if (presented.Length == 0)
        {
            presented = request.Query[QueryName].ToString();
        }

        if (presented.Length == 0)
        {
            return false;
        }

        // Compare digests in constant time, so neither the length nor the content of a key leaks through timing.
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var allowed = false;
        foreach (var key in Accepted(level))
        {
            allowed |= CryptographicOperations.FixedTimeEquals(digest, SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        }

        return allowed;
    }

    private List<string> Accepted(AccessLevel level)
    {
        var settings = options.Value;
        var keys = new List<string>();
        if (level == AccessLevel.Function)
        {
            keys.AddRange(settings.FunctionKeys.Values.Select(k => k.Trim()).Where(k => k.Length > 0));
        }

        if (!string.IsNullOrWhiteSpace(settings.MasterKey))
        {
            keys.Add(settings.MasterKey.Trim());
        }

        return keys;
    }
}
