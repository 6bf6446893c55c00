using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using ProcurementInsight.Functions;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddProcurementInsight(builder.Configuration);
builder.Services.AddTelemetry(builder.Configuration);
await builder.Build().RunAsync();
