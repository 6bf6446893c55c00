using System.Net;

namespace ProcurementInsight.Hilma.Api;

/// <summary>
/// HILMA refused the subscription key (401 or 403). Retrying cannot help, so the run stops and says
/// what to fix. Callers catch it to print that message instead of a stack trace.
/// </summary>
public sealed class HilmaAccessDeniedException : Exception
{
    /// <summary>Creates the exception for a refused call.</summary>
    public HilmaAccessDeniedException(HttpStatusCode status, string? detail)
        : base(BuildMessage(status, detail)) => Status = status;

    /// <summary>Creates the exception with a message.</summary>
    public HilmaAccessDeniedException()
        : base("HILMA refused access.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public HilmaAccessDeniedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public HilmaAccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status HILMA answered.</summary>
    public HttpStatusCode Status { get; }

    private static string BuildMessage(HttpStatusCode status, string? detail) =>
        $"HILMA refused access ({(int)status} {status}): check the subscription key in setting Hilma:SubscriptionKey " +
        $"(environment variable Hilma__SubscriptionKey). {detail}".TrimEnd();
}
