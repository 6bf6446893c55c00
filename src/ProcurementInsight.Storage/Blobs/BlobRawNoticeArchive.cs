using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using ProcurementInsight.Core.Harvesting;

namespace ProcurementInsight.Storage.Blobs;

/// <summary>
/// The raw notice archive in the <c>raw-notices</c> container, write-once.
/// Blob name: <c>&lt;key&gt;/&lt;source modified as yyyyMMddTHHmmssfffZ, or unknown&gt;-&lt;first 16 hex of the
/// SHA-256&gt;.&lt;xml|json&gt;</c>, e.g. <c>EF-48640/20250102T030405678Z-0123456789abcdef.xml</c>, so a
/// notice's versions list oldest first (versions of unknown time last). Uploads carry
/// <c>If-None-Match: *</c>: the same bytes are never written twice, and an existing blob is never
/// overwritten. Metadata: <c>contenthash</c> (full SHA-256), <c>noticekey</c> (URL-escaped),
/// <c>sourcemodified</c> (round-trip format, when known).
/// </summary>
public sealed class BlobRawNoticeArchive : IRawNoticeArchive
{
    private const string TimeFormat = "yyyyMMdd'T'HHmmssfff'Z'";

    private readonly BlobContainerClient _container;
    private readonly ILogger<BlobRawNoticeArchive> _logger;

    /// <summary>Creates the archive on the layout's raw notice container.</summary>
    public BlobRawNoticeArchive(BlobServiceClient blobs, StorageLayout layout, ILogger<BlobRawNoticeArchive> logger)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(layout);
        _container = blobs.GetBlobContainerClient(layout.RawNotices);
        _logger = logger;
    }

    /// <summary>The blob name of a payload (see the class remarks).</summary>
    public static string LocationOf(RawNotice raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return LocationOf(raw, raw.ContentHash);
    }

    private static string LocationOf(RawNotice raw, string contentHash)
    {
        var time = raw.SourceModified is { } modified
            ? modified.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)
            : "unknown";
        var extension = raw.ContentType.Contains("json", StringComparison.OrdinalIgnoreCase) ? "json" : "xml";
        return string.Create(CultureInfo.InvariantCulture, $"{raw.Key}/{time}-{contentHash[..16]}.{extension}");
    }

    /// <inheritdoc />
    public async Task<RawNoticeReference> ArchiveAsync(RawNotice raw, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(raw);
        using var activity = StorageTelemetry.ActivitySource.StartActivity("raw.archive");
        activity?.SetTag("notice.key", raw.Key);
        var hash = raw.ContentHash; // computed on each access: hash the bytes once
        var location = LocationOf(raw, hash);
        var metadata = new Dictionary<string, string>
        {
            ["contenthash"] = hash,
            ["noticekey"] = Uri.EscapeDataString(raw.Key),
        };
        if (raw.SourceModified is { } modified)
        {
            metadata["sourcemodified"] = modified.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        }

        var options = new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = raw.ContentType },
            Metadata = metadata,
        };

        bool created;
        try
        {
            await _container.GetBlobClient(location).UploadAsync(BinaryData.FromBytes(raw.Content), options, cancellationToken);
            created = true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // The name holds the content hash: a blob already there holds the same bytes.
            created = false;
        }

        Log.RawNoticeArchived(_logger, raw.Key, location, created);
        return new RawNoticeReference(location, created);
    }

    /// <inheritdoc />
    public async Task<RawNotice?> ReadAsync(string location, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(location);
        Response<BlobDownloadResult> response;
        try
        {
            response = await _container.GetBlobClient(location).DownloadContentAsync(cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }

        var details = response.Value.Details;
        var key = details.Metadata.TryGetValue("noticekey", out var escaped)
            ? Uri.UnescapeDataString(escaped)
            : location[..Math.Max(0, location.LastIndexOf('/'))];
        DateTimeOffset? modified = details.Metadata.TryGetValue("sourcemodified", out var text)
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : null;
        return new RawNotice(key, response.Value.Content.ToMemory(), details.ContentType ?? "application/octet-stream", modified);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListVersionsAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var names = new List<string>();
        await foreach (var blob in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = key + "/" }, cancellationToken))
        {
            names.Add(blob.Name);
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
