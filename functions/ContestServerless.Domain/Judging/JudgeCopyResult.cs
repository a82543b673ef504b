namespace ContestServerless.Domain.Judging;

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
