using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// Who may not score what: a judge who is an author (by e-mail or by name), a judge from the entry's unit or from a
/// unit above or below it (a district's judge and the district's schools), a conflict organizers declared, and an
/// entry the judge recused from.
/// </summary>
public sealed class ConflictRules
{
    private const int MaxDepth = 32;
    private readonly IReadOnlyDictionary<string, string?> _parents;
    private readonly HashSet<(string EntryId, string Email)> _declared;
    private readonly HashSet<(string EntryId, string Email)> _recused;

    /// <param name="parents">Every unit's parent (null for a top-level unit).</param>
    /// <param name="declared">Pairs organizers marked by hand (entry id, judge e-mail).</param>
    /// <param name="recused">Pairs a judge stepped back from (entry id, judge e-mail).</param>
    public ConflictRules(
        IReadOnlyDictionary<string, string?> parents,
        IEnumerable<(string EntryId, string Email)>? declared = null,
        IEnumerable<(string EntryId, string Email)>? recused = null)
    {
        _parents = parents;
        _declared = [.. (declared ?? []).Select(p => (p.EntryId, Normalize(p.Email)))];
        _recused = [.. (recused ?? []).Select(p => (p.EntryId, Normalize(p.Email)))];
    }

    public Conflict Between(Judge judge, Candidate entry)
    {
        var email = Normalize(judge.Email);
        if (_recused.Contains((entry.EntryId, email))) return Conflict.Recused;
        if (_declared.Contains((entry.EntryId, email))) return Conflict.Declared;
        if (entry.Authors.Any(a => Normalize(a.Email) is { Length: > 0 } author && author == email)) return Conflict.SameEmail;
        if (entry.Authors.Any(a => PersonNames.Same(a.FullName, judge.Name))) return Conflict.SameName;
        if (judge.UnitId is not { Length: > 0 } unit) return Conflict.None;
        if (unit == entry.UnitId) return Conflict.SameUnit;
        if (AncestorsOf(entry.UnitId).Contains(unit)) return Conflict.UnitAbove;
        if (AncestorsOf(unit).Contains(entry.UnitId)) return Conflict.UnitBelow;
        return Conflict.None;
    }

    /// <summary>The unit's parents up to the top; bounded so a cycle in the register cannot hang assignment.</summary>
    private IEnumerable<string> AncestorsOf(string unitId)
    {
        var current = unitId;
        for (var depth = 0; depth < MaxDepth && _parents.GetValueOrDefault(current) is { Length: > 0 } parent && parent != current; depth++)
        {
            yield return parent;
            current = parent;
        }
    }

    private static string Normalize(string? email) => (email ?? "").Trim().ToLowerInvariant();
}

/// <summary>Why a judge may not score an entry.</summary>
public enum Conflict
{
    None,
    SameEmail,
    SameName,
    SameUnit,
    UnitAbove,
    UnitBelow,
    Declared,
    Recused,
}

/// <summary>Names compared as people mean them: "Nguyễn Văn  An" and "nguyen van an" are the same person.</summary>
public static class PersonNames
{
    public static string Key(string? name) =>
        string.Join(' ', SearchFold.Key(name)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static bool Same(string? a, string? b)
    {
        var key = Key(a);
        return key.Length > 0 && key == Key(b);
    }
}
