using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// What could tell a judge who wrote an entry: every author's full name, phone, e-mail and workplace, and the
/// name(s) of the unit that sent it. The scanner looks for each of these in the judge's copy.
/// </summary>
public sealed record IdentityClues(
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Workplaces,
    IReadOnlyList<string> UnitNames)
{
    public static IdentityClues None { get; } = new([], [], [], [], []);

    /// <summary>The clues of an entry's authors and its unit (the unit's full name and any shorter name it goes by).</summary>
    public static IdentityClues Of(IEnumerable<Author> authors, params IEnumerable<string?> unitNames)
    {
        var list = authors.ToList();
        return new IdentityClues(
            [.. list.Select(a => a.FullName)],
            [.. list.Select(a => a.Phone)],
            [.. list.Select(a => a.Email)],
            [.. list.Select(a => a.Workplace)],
            [.. unitNames.OfType<string>()]);
    }
}
