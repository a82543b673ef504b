using System.ComponentModel.DataAnnotations;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Contest;

public sealed class EntryRules
{
    /// <summary>
    /// Set in contest.json, not here: the configuration binder appends to a list's initial items
    /// instead of replacing them.
    /// </summary>
    public List<string> AllowedExtensions { get; set; } = [];

    [Range(1, 100 * 1024 * 1024)] public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Shown to entrants and counted on .docx files; not a reason to reject an entry (the jury decides).</summary>
    [Range(100, 100_000)] public int MaxWords { get; set; } = 2000;

    /// <summary>How many co-authors a group may name besides its leader (đồng tác giả).</summary>
    [Range(0, 20)] public int MaxCoAuthors { get; set; } = 5;

    [Range(1, 120)] public int MinAuthorAge { get; set; } = 6;
    [Range(1, 130)] public int MaxAuthorAge { get; set; } = 110;

    /// <summary>How long the browser may take to upload the file once the entry is created.</summary>
    public TimeSpan UploadWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How much of a .docx the server decompresses while checking it.</summary>
    public DocxLimits Docx { get; set; } = new();

    /// <summary>Birth years allowed today (Vietnam time), from the author age limits.</summary>
    public (int Min, int Max) BirthYearRange(DateTimeOffset now)
    {
        var year = Common.VietnamTime.YearOf(now);
        return (year - MaxAuthorAge, year - MinAuthorAge);
    }

    public bool Allows(string extension) =>
        AllowedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
}
