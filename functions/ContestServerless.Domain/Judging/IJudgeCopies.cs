namespace ContestServerless.Domain.Judging;

/// <summary>
/// Makes the judges' copy of an entry's file: the same document without what names its author in the file's
/// metadata (Word's document properties, comment and revision authors; a PDF's Info dictionary and XMP), kept
/// beside the original, then scans the copy's text for the author's details.
/// </summary>
public interface IJudgeCopies
{
    /// <param name="sourceBlobName">The entry's file as kept with the entries.</param>
    /// <param name="extension">The file's extension, lower case with its dot (".docx", ".pdf", ".doc").</param>
    /// <param name="clues">The author's details to look for in the copy's text.</param>
    Task<JudgeCopyResult> MakeAsync(string sourceBlobName, string extension, IdentityClues clues, CancellationToken cancellationToken);
}

/// <summary>What making a judge's copy did.</summary>
/// <param name="CopyBlobName">The copy's blob, beside the entry's file; null when no copy was made.</param>
/// <param name="Reason">Why the secretariat must handle the file, in Vietnamese; null when the copy was cleaned.</param>
/// <param name="RemovedMetadata">The metadata fields that held something and were removed, in Vietnamese.</param>
/// <param name="Hits">Where the copy's text may still reveal the author.</param>
public sealed record JudgeCopyResult(
    JudgeCopyOutcome Outcome,
    string? CopyBlobName,
    string? Reason,
    IReadOnlyList<string> RemovedMetadata,
    IReadOnlyList<IdentityHit> Hits)
{
    public const string SecretariatMark = "cần Ban Thư ký xử lý";

    /// <summary>The secretariat must look at the entry before judges get it.</summary>
    public bool Flagged => Outcome == JudgeCopyOutcome.NeedsSecretariat || Hits.Count > 0;

    public static JudgeCopyResult ForSecretariat(string reason, IReadOnlyList<string>? removed = null) =>
        new(JudgeCopyOutcome.NeedsSecretariat, null, $"{reason} ({SecretariatMark}).", removed ?? [], []);
}

public enum JudgeCopyOutcome
{
    /// <summary>The copy was made without the file's metadata; its text was scanned (hits may still need review).</summary>
    Cleaned,

    /// <summary>
    /// No copy could be made that is known to be clean (a .doc, a PDF that cannot be opened): the secretariat
    /// handles the file ("cần Ban Thư ký xử lý") and uploads a copy for the judges.
    /// </summary>
    NeedsSecretariat,
}
