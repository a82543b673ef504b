using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Archive;

/// <summary>
/// One part of the archive package, made with the same code as the export it stands for (without that export's own
/// audit line: the package's request and download are audited instead).
/// </summary>
public interface IArchivePart
{
    Task WriteAsync(ArchiveZip package, CancellationToken cancellationToken);
}

/// <summary>
/// Every entry in every state, withdrawn tombstones included, in the entries export's columns, and every file storage
/// still holds, at "bai-du-thi/&lt;unit&gt;/&lt;entry id&gt;.&lt;ext&gt;". Entries are read twice as a stream (files, then rows),
/// so neither the files nor the list are held in memory.
/// </summary>
public sealed class ArchiveEntries(IEntryStore store, IUnitRegister units, IEntryFiles entryFiles, ContestOptions contest) : IArchivePart
{
    public const string ListFileName = "danh-sach-bai-du-thi.xlsx";
    public const string FilesFolder = "bai-du-thi";

    public async Task WriteAsync(ArchiveZip package, CancellationToken cancellationToken)
    {
        await foreach (var entry in store.ListAllAsync(cancellationToken))
        {
            if (entry.Status == EntryStatus.Received
                && await package.AddEntryFileAsync(entryFiles, entry, FilePath(entry), cancellationToken))
                package.Counts.EntryFiles++;
        }

        var tree = new UnitTree(await units.ListAsync(cancellationToken));
        async IAsyncEnumerable<Entry> Counted()
        {
            await foreach (var entry in store.ListAllAsync(cancellationToken))
            {
                package.Counts.Entries.Add(entry);
                yield return entry;
            }
        }
        await package.AddSheetAsync(ListFileName, new Sheet<Entry>("Bài dự thi", ExportSheets.EntryColumns(contest, tree), []) { StreamedRows = Counted() },
            ExportFormat.Xlsx, cancellationToken);
    }

    /// <summary>The unit's id and the entry's id are ASCII already; the unit's is made a safe folder name all the same.</summary>
    public static string FilePath(Entry entry) =>
        $"{FilesFolder}/{AsciiNames.Slug(entry.UnitId, 64, "khong-ro-don-vi")}/{entry.Id}{entry.File.Extension}";
}

/// <summary>
/// The PDFs organizers uploaded for the contest's documents (its plan, its rules, its letters), at
/// "van-ban/&lt;number&gt;-&lt;file&gt;": the documents the contest ran under are part of its record. A document that only
/// links elsewhere is listed in the contest's settings, not copied.
/// </summary>
public sealed class ArchiveDocuments(IContestDocumentFiles files, ContestRecord contest) : IArchivePart
{
    public const string Folder = "van-ban";

    public async Task WriteAsync(ArchiveZip package, CancellationToken cancellationToken)
    {
        var prefix = ContestDocumentFileService.AddressOf(contest.Id, "");
        foreach (var document in contest.Settings.Documents)
        {
            if (document.Url is not { } url || !url.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var blob = url[prefix.Length..];
            await using var file = await files.OpenUploadAsync(contest, blob, cancellationToken);
            if (file is null)
            {
                package.Notes.Add($"Tệp của văn bản số {document.Number} ({blob}) không còn trong kho lưu trữ.");
                continue;
            }
            await package.AddAsync($"{Folder}/{AsciiNames.Slug(document.Number, 64, "van-ban")}-{blob}", output => file.Content.CopyToAsync(output, cancellationToken), cancellationToken);
            package.Counts.Documents++;
        }
    }
}

/// <summary>The quick reports' export, one row per unit.</summary>
public sealed class ArchiveQuickReports(ReportOverviewService overview) : IArchivePart
{
    public const string FileName = "bao-cao-nhanh.xlsx";

    public async Task WriteAsync(ArchiveZip package, CancellationToken cancellationToken)
    {
        var rows = await overview.ListAsync(cancellationToken);
        package.Counts.QuickReports = rows.Count(r => r.Latest is not null);
        package.Counts.QuickReportVersions = rows.Sum(r => r.Versions);
        await package.AddSheetAsync(FileName, ReportOverviewService.Sheet(rows), ExportFormat.Xlsx, cancellationToken);
    }
}

/// <summary>Each round's score sheet, at "cham-thi/&lt;round&gt;.xlsx".</summary>
public sealed class ArchiveScores(JudgingService judging) : IArchivePart
{
    public const string Folder = "cham-thi";

    public async Task WriteAsync(ArchiveZip package, CancellationToken cancellationToken)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var round in (await judging.ListRoundsAsync(cancellationToken)).OrderBy(r => r.OpensAt))
        {
            if ((await judging.RankingAsync(round.Id, cancellationToken)).Value is not { } ranking) continue;
            var stem = AsciiNames.Slug(round.Name, 60, round.Id);
            var name = stem;
            for (var n = 2; !taken.Add(name); n++) name = $"{stem}-{n}";
            await package.AddSheetAsync($"{Folder}/{name}.xlsx", JudgingService.ScoreSheet(ranking), ExportFormat.Xlsx, cancellationToken);
            package.Counts.Rounds++;
            package.Counts.Scores += ranking.Rows.Sum(r => r.Scores.Count(s => s.Counts));
        }
    }
}

/// <summary>
/// The approved results' workbook, the jury's minutes and the certificates (when the request named the decision that
/// awards the prizes); none of them before approval, and the notes say so.
/// </summary>
public sealed class ArchiveResults(ResultsRanking ranking, WinnerList winners, ResultsExport export, PapersService papers, IPaperPrinter printer) : IArchivePart
{
    public const string ResultsFileName = "ket-qua.xlsx";
    public const string MinutesFileName = "bien-ban-hop-ban-giam-khao.docx";
    public const string CertificatesFolder = "giay-chung-nhan";
    public const string NotApprovedNote = "Kết quả chưa được phê duyệt: hồ sơ chưa có bảng kết quả, biên bản họp Ban Giám khảo và giấy chứng nhận.";
    public const string NoDecisionNote = "Chưa có giấy chứng nhận: khi tạo hồ sơ chưa nhập số và ngày quyết định khen thưởng.";

    public async Task WriteAsync(ArchiveZip package, CancellationToken cancellationToken)
    {
        if (await ranking.ApprovedAsync(cancellationToken) is not { } approval)
        {
            package.Notes.Add(NotApprovedNote);
            return;
        }
        package.Counts.ResultsApproved = true;
        await package.AddAsync(ResultsFileName, async output => package.Counts.Prizes = (await export.WriteAsync(approval, output, cancellationToken)).Prizes, cancellationToken);
        if (await papers.MinutesOfAsync(approval, cancellationToken) is { } minutes)
            await package.AddAsync(MinutesFileName, output => printer.WriteMinutesAsync(minutes, output, cancellationToken), cancellationToken);

        if (package.Download.Decision is not { } decision)
        {
            package.Notes.Add(NoDecisionNote);
            return;
        }
        var certificates = papers.CertificatesOf(await winners.WinnersAsync(approval.Proposal, cancellationToken), decision.Number, decision.Date);
        var names = CertificateFileNames.For(certificates);
        for (var i = 0; i < certificates.Count; i++)
            await package.AddAsync($"{CertificatesFolder}/{names[i]}", output => printer.WriteCertificateAsync(certificates[i], output, cancellationToken), cancellationToken);
        package.Counts.Certificates = certificates.Count;
    }
}

/// <summary>Draws the results papers (Word and PDF need packages the domain does not reference).</summary>
public interface IPaperPrinter
{
    Task WriteMinutesAsync(JuryMinutes minutes, Stream output, CancellationToken cancellationToken);

    Task WriteCertificateAsync(Certificate certificate, Stream output, CancellationToken cancellationToken);
}

/// <summary>The whole audit trail, newest first, as CSV, read a page at a time.</summary>
public sealed class ArchiveAuditTrail(IAuditLog audit) : IArchivePart
{
    public const string FileName = "nhat-ky.csv";
    private const int PageSize = 500;

    private static readonly IReadOnlyList<Column<AuditRecord>> Columns =
    [
        new("Thời gian", r => VietnamTime.WallClock(r.At)),
        new("Người thực hiện", r => r.User),
        new("Hành động", r => r.Action),
        new("Đối tượng", r => r.Target),
        new("Chi tiết", r => r.Detail),
    ];

    public Task WriteAsync(ArchiveZip package, CancellationToken cancellationToken)
    {
        async IAsyncEnumerable<AuditRecord> All()
        {
            string? token = null;
            do
            {
                var page = await audit.ListAsync(token, PageSize, cancellationToken) ?? new AuditPage([], null);
                foreach (var record in page.Records)
                {
                    package.Counts.AuditRows++;
                    yield return record;
                }
                token = page.NextPageToken;
            } while (token is not null);
        }
        return package.AddSheetAsync(FileName, new Sheet<AuditRecord>("Nhật ký", Columns, []) { StreamedRows = All() }, ExportFormat.Csv, cancellationToken);
    }
}
