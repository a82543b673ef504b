using System.Text.Json;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// An entry row's co-authors and eligibility, each a JSON column. Rows stored before groups have neither and read
/// as one author, not flagged. Five co-authors at the validator's longest lengths, every letter escaped as \uXXXX,
/// come to about 11,000 characters (22 KB as UTF-16), a third of Table storage's 64 KiB per property.
/// </summary>
public static class EntryRowGroups
{
    public const string CoAuthorsColumn = "CoAuthors";
    public const string EligibilityColumn = "Eligibility";

    private static readonly JsonSerializerOptions Options = StoredJson.Options;

    public static string? WriteCoAuthors(IReadOnlyList<CoAuthor> coAuthors) =>
        coAuthors.Count == 0 ? null : JsonSerializer.Serialize(coAuthors, Options);

    public static IReadOnlyList<CoAuthor> ReadCoAuthors(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<CoAuthor>>(json, Options) ?? [];

    public static string? WriteEligibility(Eligibility eligibility) =>
        eligibility.IsFlagged ? JsonSerializer.Serialize(eligibility, Options) : null;

    public static Eligibility ReadEligibility(string? json) =>
        string.IsNullOrEmpty(json) ? Eligibility.Clear : JsonSerializer.Deserialize<Eligibility>(json, Options) ?? Eligibility.Clear;
}
