namespace ProcurementInsight.Cli;

/// <summary>An HTTP function of the local twin.</summary>
/// <param name="FunctionName">The function app's function name.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Route">The route below the <c>api</c> prefix.</param>
/// <param name="Level">Who may call it: the function's <c>[HttpTrigger]</c> authorization level.</param>
internal sealed record LocalRoute(string FunctionName, string Method, string Route, AccessLevel Level);
