using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// The JavaScript errors of a page: uncaught exceptions, unhandled promise rejections and errors written to the
/// console. A resource the server refused (a 404 a page expects and explains) is the network's log, not the script's.
/// </summary>
public sealed class ScriptErrors : IEnumerable<string>
{
    /// <summary>Run before the page's scripts: a rejection nobody handles is written to the console as an error.</summary>
    public const string ReportRejections =
        "window.addEventListener('unhandledrejection', (event) => console.error(`Unhandled rejection: ${event.reason?.stack ?? event.reason}`));";

    private readonly ConcurrentQueue<string> _errors = new();

    public static ScriptErrors Watch(IPage page)
    {
        var errors = new ScriptErrors();
        page.PageError += (_, error) => errors._errors.Enqueue(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                errors._errors.Enqueue($"{message.Text} ({message.Location})");
        };
        return errors;
    }

    public IEnumerator<string> GetEnumerator() => _errors.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
