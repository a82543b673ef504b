using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Reading;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// The judge's copy of an entry read on the scoring page, beside the sheet, so a judge need not open Word forty times.
/// Only the de-identified copy is read, under the same rule as its download (an entry given to this judge, ready for
/// judges, by its sealed code), and what the page would show is scanned for the author's details first: a page that
/// names its author is not shown, and a copy no one has looked at goes back to the secretariat flagged.
/// </summary>
public sealed class JudgeReadingService(
    ScoringService scoring,
    IRoundStore rounds,
    IEntryFiles files,
    IEssayReader reader,
    EntrySealing sealing,
    IAuditLog audit)
{
    public const string WithheldNotice =
        "Nội dung bài có chi tiết có thể làm lộ danh tính tác giả nên không hiển thị; Ban Thư ký cần xem lại bài này trước khi chấm. " +
        "Xin tạm dừng chấm bài này.";

    public async Task<Result<JudgeReading>> ReadAsync(SignedInUser judge, string? code, CancellationToken cancellationToken)
    {
        if (await scoring.FindStoredAsync(judge, code, cancellationToken) is not { } found) return ScoringService.CodeNotFound();
        var sealedEntry = await rounds.FindEntryAsync(found.Round.Id, found.Stored.Score.EntryId, cancellationToken);
        if (sealedEntry?.CopyBlobName is not { } blob || !sealedEntry.ReadyForJudges) return ScoringService.CodeNotFound();
        await audit.RecordAsync(judge, AuditAction.JudgeEssayRead, $"{found.Round.Id}/{sealedEntry.Facts.Code}", "", cancellationToken);

        var page = await RenderAsync(blob, cancellationToken);
        var hits = await HitsAsync(sealedEntry, page, cancellationToken);
        if (hits.Count == 0) return new JudgeReading(sealedEntry.Facts.Code, page, Withheld: false);

        // A copy the secretariat has not looked at goes back to it; one it accepted keeps its decision until it looks again.
        if (sealedEntry.CopyState is CopyState.Clean or CopyState.Redacted)
            await rounds.SaveEntryAsync(sealedEntry with
            {
                CopyState = CopyState.Flagged,
                Hits = [.. sealedEntry.Hits, .. hits.Select(h => $"{h.Label} – {h.Where}: “{h.Excerpt}”")],
            }, cancellationToken);
        return new JudgeReading(sealedEntry.Facts.Code, new EssayPage("", "", EssayPageKind.Unavailable, WithheldNotice), Withheld: true);
    }

    /// <summary>The copy, from a local file: the reader seeks about a package, which a blob read over the network does slowly.</summary>
    private async Task<EssayPage> RenderAsync(string blob, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"judge-read-{Guid.NewGuid():N}.tmp");
        await using var local = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (var source = await files.OpenReadAsync(blob, cancellationToken))
            await source.CopyToAsync(local, cancellationToken);
        local.Position = 0;
        return await reader.ReadAsync(local, Path.GetExtension(blob).ToLowerInvariant(), cancellationToken);
    }

    /// <summary>
    /// The author's details in what the page shows (which can be more than the copy's scan read: a picture's
    /// description), a line at a time like the copy's scan; hits the secretariat already accepted on this copy do not count.
    /// </summary>
    private async Task<IReadOnlyList<IdentityHit>> HitsAsync(SealedEntry sealedEntry, EssayPage page, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(page.Text)) return [];
        var clues = await sealing.CluesAsync(sealedEntry.EntryId, cancellationToken) ?? IdentityClues.None;
        var scanner = new IdentityScanner(clues);
        if (scanner.IsEmpty) return [];
        var hits = new List<IdentityHit>();
        foreach (var line in page.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var hit in scanner.Scan(line, IdentityPlaces.Body))
                if (!(sealedEntry.CopyState == CopyState.Accepted && sealedEntry.Hits.Any(h => h.Contains(hit.Excerpt, StringComparison.Ordinal))))
                    hits.Add(hit);
            if (hits.Count >= IdentityScanner.MaxHitsPerText) break;
        }
        return hits;
    }
}

/// <summary>An entry's page as its judge reads it, by sealed code; <see cref="Withheld"/> when it named its author and is not shown.</summary>
public sealed record JudgeReading(string Code, EssayPage Page, bool Withheld);
