using ContestServerless.Domain.Contest;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Contest;

/// <summary>
/// Queue and timer work, each in a scope of its own contest: a queued message carries its contest's id
/// (<see cref="Wrap"/>), and a timer takes its turn through every contest it concerns. Anything the work resolves from the
/// scope (settings, tables, containers) is that contest's.
/// </summary>
public sealed class ContestJobs(IServiceScopeFactory scopes, ContestDirectory directory)
{
    private const char Separator = '|';

    /// <summary>A queue message for the contest with <paramref name="contestId"/>: "id|payload".</summary>
    public static string Wrap(string contestId, string payload) => contestId + Separator + payload;

    /// <summary>
    /// The contest a message names and its payload; a message queued before messages named their contest (its text does
    /// not start with an id and a separator: an entry id or JSON) belongs to the default contest.
    /// </summary>
    public static (string? ContestId, string Payload) Unwrap(string message)
    {
        var at = message.IndexOf(Separator, StringComparison.Ordinal);
        return at > 0 && ContestIds.IsWellFormed(message[..at]) ? (message[..at], message[(at + 1)..]) : (null, message);
    }

    /// <summary>Runs <paramref name="work"/> in a scope of the contest a queued message names; false when that contest no longer exists.</summary>
    public async Task<bool> RunForMessageAsync(string message, Func<IServiceProvider, string, Task> work)
    {
        var (contestId, payload) = Unwrap(message);
        await using var scope = scopes.CreateAsyncScope();
        if (contestId is not null && !scope.ServiceProvider.GetRequiredService<ContestChoice>().TryChoose(contestId)) return false;
        await work(scope.ServiceProvider, payload);
        return true;
    }

    /// <summary>Runs <paramref name="work"/> once per stored contest that <paramref name="concerns"/>, each in its own scope.</summary>
    public async Task ForEachAsync(Func<ContestRecord, bool> concerns, Func<IServiceProvider, ContestRecord, Task> work)
    {
        foreach (var contest in directory.All.Where(concerns))
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ContestChoice>().TryChoose(contest.Id);
            await work(scope.ServiceProvider, contest);
        }
    }
}
