using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ProcurementInsight.Ml;
using Spectre.Console;

namespace ProcurementInsight.Cli.Commands;

/// <summary><c>train</c>: retrains the innovation classifier on the harvested notices and survey answers.</summary>
internal static class TrainCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var command = new Command("train", "Retrain the innovation classifier (one per definition) on every harvested notice and survey answer, choose the trainer by cross-validation, and store the models with their card as a new version.");
        command.SetAction((_, cancellationToken) => RunAsync(output, error, settings, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var services = CliHost.BuildServices(CliHost.BuildConfiguration(settings));
        await CliHost.InitializeStorageAsync(services, cancellationToken);
        ModelCard card;
        try
        {
            card = await services.GetRequiredService<ClassifierTraining>().TrainAsync(cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync($"Cannot train: {ex.Message} Harvest notices first ('procurement-insight harvest').");
            return 1;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Trained classifier {card.Version} on {card.Procurements} procurements published {card.DataFrom:yyyy-MM-dd} – {card.DataTo:yyyy-MM-dd}."));
        // After the survey went live its outcome source is always there; what matters is whether anyone answered.
        if (!card.SurveySourceAvailable || card.Definitions.All(d => d.SurveyLabels == 0))
        {
            await output.WriteLineAsync("No survey answers are available: the classifier learnt from the buyers' own HILMA answers only.");
        }

        var table = new Table().AddColumns("Definition", "Trainer", "Survey labels", "Self-reported labels", "Held out on", "ROC-AUC", "F1", "Precision", "Recall", "Brier");
        foreach (var d in card.Definitions)
        {
            table.AddRow(
                d.Definition,
                d.Trainer,
                string.Create(CultureInfo.InvariantCulture, $"{d.SurveyLabels} ({d.SurveyPositive} innovative)"),
                string.Create(CultureInfo.InvariantCulture, $"{d.WeakLabels} ({d.WeakPositive} innovative)"),
                d.CalibrationSource,
                F(d.HeldOut.RocAuc),
                F(d.HeldOut.F1),
                F(d.HeldOut.Precision),
                F(d.HeldOut.Recall),
                F(d.HeldOut.Brier));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect });
        console.Profile.Width = Math.Max(console.Profile.Width, 140);
        console.Write(table);
        return 0;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
