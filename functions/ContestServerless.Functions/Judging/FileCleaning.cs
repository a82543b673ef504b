using System.Text;
using ContestServerless.Domain.Judging;

namespace ContestServerless.Functions.Judging;

/// <summary>What cleaning one file did: the metadata removed and the hits in its text, or why it could not be cleaned.</summary>
public sealed record FileCleaning(IReadOnlyList<string> Removed, IReadOnlyList<IdentityHit> Hits, string? Refusal = null)
{
    /// <summary>A copy was written in full (a PDF whose text could not be read is still cleaned of its metadata).</summary>
    public bool Copied { get; init; } = Refusal is null;

    public static FileCleaning Refused(string reason) => new([], [], reason);
}

/// <summary>
/// Gathers a file's text paragraph by paragraph as it streams past and scans each one, so a name split over
/// several runs ("Nguyễn " "Văn" " An") is still found. A paragraph is scanned in slices of at most
/// <see cref="SliceCharacters"/>, each slice repeating the end of the one before, so one enormous paragraph costs
/// a bounded buffer; the same hit found twice is reported once.
/// </summary>
public sealed class HitCollector(IdentityScanner scanner)
{
    public const int SliceCharacters = 64 * 1024;
    private const int Overlap = 512;

    /// <summary>Hits kept per file at most: enough for the secretariat to see where, short enough to show.</summary>
    public const int MaxHits = 50;

    private readonly StringBuilder _paragraph = new();
    private readonly HashSet<IdentityHit> _seen = [];
    private readonly List<IdentityHit> _hits = [];

    public IReadOnlyList<IdentityHit> Hits => _hits;

    public void Append(ReadOnlySpan<char> text, string where)
    {
        if (scanner.IsEmpty) return;
        while (!text.IsEmpty)
        {
            var room = SliceCharacters - _paragraph.Length;
            var take = Math.Min(room, text.Length);
            _paragraph.Append(text[..take]);
            text = text[take..];
            if (_paragraph.Length < SliceCharacters) break;
            Scan(where);
            var tail = _paragraph.ToString(_paragraph.Length - Overlap, Overlap);
            _paragraph.Clear().Append(tail);
        }
    }

    public void Append(string text, string where) => Append(text.AsSpan(), where);

    /// <summary>The paragraph ended: scans what it held.</summary>
    public void EndParagraph(string where)
    {
        if (_paragraph.Length == 0) return;
        Scan(where);
        _paragraph.Clear();
    }

    private void Scan(string where)
    {
        foreach (var hit in scanner.Scan(_paragraph.ToString(), where))
            if (_hits.Count < MaxHits && _seen.Add(hit)) _hits.Add(hit);
    }
}
