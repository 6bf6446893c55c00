namespace ProcurementInsight.Cli;

/// <summary>
/// Who may call a route of the local twin, named as the Functions host's <c>AuthorizationLevel</c> so the
/// twin's table compares with the app's <c>authLevel</c> in <c>functions.metadata</c>.
/// </summary>
internal enum AccessLevel
{
    /// <summary>Anyone: the route checks its own proof (a signed token, a buyer's API key) or has nothing to hide.</summary>
    Anonymous,

    /// <summary>A function key (any of <see cref="ServeOptions.FunctionKeys"/>) or the master key.</summary>
    Function,

    /// <summary>The master key only (<see cref="ServeOptions.MasterKey"/>).</summary>
    Admin,
}
