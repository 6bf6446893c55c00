using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Web;

namespace ProcurementInsight.Ml.Tests;

/// <summary>An <see cref="EstimateReport"/> over the real page renderer, as the hosts register it.</summary>
internal static class Reports
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddPages().AddTransient<EstimateReport>().BuildServiceProvider();

    public static EstimateReport Create() => Services.GetRequiredService<EstimateReport>();
}
