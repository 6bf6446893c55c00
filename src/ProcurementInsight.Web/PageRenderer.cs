using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;

namespace ProcurementInsight.Web;

/// <summary>
/// Renders a Razor component to an HTML string with <see cref="HtmlRenderer"/>: every value is HTML-encoded unless a
/// component says otherwise, so pages need no encoder of their own.
/// </summary>
public sealed class PageRenderer(IServiceProvider services, ILoggerFactory loggers)
{
    /// <summary>Renders <typeparamref name="TComponent"/> with <paramref name="parameters"/> (names as the component's <c>[Parameter]</c> properties).</summary>
    public async Task<string> RenderAsync<TComponent>(IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(parameters);
        await using var renderer = new HtmlRenderer(new WithEncoder(services), loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)));
            return "<!DOCTYPE html>\n" + output.ToHtmlString();
        });
    }

    /// <summary>
    /// The host's services, except that <see cref="HtmlRenderer"/> gets an encoder that lets every letter through (pages are
    /// UTF-8): its default, or a host's, would write <c>ä</c> as <c>&amp;#xE4;</c>. Markup characters are encoded all the same.
    /// </summary>
    private sealed class WithEncoder(IServiceProvider services) : IServiceProvider
    {
        private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

        public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? Encoder : services.GetService(serviceType);
    }
}
