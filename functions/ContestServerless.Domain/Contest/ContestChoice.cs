namespace ContestServerless.Domain.Contest;

/// <summary>
/// The contest a scope (a request, a queue message, one contest's turn of a timer) serves: the one it names, chosen
/// before anything reads it, or else the deployment's default contest. Everything contest-bound in the scope (its
/// settings, its tables, its containers) follows this one choice.
/// </summary>
public sealed class ContestChoice(ContestDirectory directory)
{
    private ContestRecord? _current;

    /// <summary>The scope's contest; fixed from the first read.</summary>
    public ContestRecord Current => _current ??= directory.Default;

    /// <summary>Chooses the contest with <paramref name="id"/>; false (nothing chosen) when no such contest is stored.</summary>
    public bool TryChoose(string id)
    {
        if (directory.Find(id) is not { } record) return false;
        // A scope that already read its contest cannot change it: half its services would serve the other one.
        if (_current is not null && _current.Id != record.Id)
            throw new InvalidOperationException($"This scope already serves contest '{_current.Id}'; it cannot switch to '{id}'.");
        _current = record;
        return true;
    }
}
