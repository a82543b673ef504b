using System.Globalization;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Http;
using ContestServerless.Tests.Infrastructure;

namespace ContestServerless.Bench;

/// <summary>
/// What hostile files cost the worker: a .docx whose document.xml inflates to 64 MB in one paragraph, one that
/// inflates to 1 GB, an .xlsx of about 100 KB holding a 40 MB sheet; the import preview of 20,000 lines, and of
/// files whose units form one parent chain 2,400 and 9,600 levels deep (each line's chain checked for loops). Prints the time and the growth of the process's peak resident memory for each. Arguments: [previewLines]
/// </summary>
public static class HostileFilesBench
{
    public static Task<int> RunAsync(string[] args)
    {
        var previewLines = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var limits = new DocxLimits();

        // Files are built first, so building them does not count against what reading them costs.
        var docx64 = TestFiles.DocxBomb(64L * 1024 * 1024);
        var docx1G = TestFiles.DocxBomb(1024L * 1024 * 1024);
        var xlsx40 = TestFiles.XlsxWithSheetOf(40L * 1024 * 1024);
        // The same files declaring 1 KB per part: only counting what really inflates stops them.
        var docx1GLying = TestFiles.WithDeclaredSizes(docx1G, declared: 1024);
        var xlsx40Lying = TestFiles.WithDeclaredSizes(xlsx40, declared: 1024);
        var csv = "Mã đơn vị,Tên đơn vị,Nhóm,Mã đơn vị cấp trên\n" + string.Concat(Enumerable.Range(1, previewLines)
            .Select(i => $"bench-{i},Đơn vị {i},so-ban-nganh,{(i > 1 ? $"bench-{i / 2}" : "")}\n"));
        var contest = new ContestOptions
        {
            UnitGroups = [new UnitGroup { Id = "so-ban-nganh", Name = "Các Sở, Ban ngành tỉnh" }],
        };

        ProcessMemory.Measure($"docx, document.xml 64 MB in one paragraph ({docx64.Length / 1024:N0} KB file)",
            () => Verdict(FileInspector.InspectAsync(new MemoryStream(docx64), ".docx", limits, CancellationToken.None).Result));
        ProcessMemory.Measure($"docx expanding to 1 GB ({docx1G.Length / 1024:N0} KB file)",
            () => Verdict(FileInspector.InspectAsync(new MemoryStream(docx1G), ".docx", limits, CancellationToken.None).Result));
        ProcessMemory.Measure("docx expanding to 1 GB, declaring 1 KB per part",
            () => Verdict(FileInspector.InspectAsync(new MemoryStream(docx1GLying), ".docx", limits, CancellationToken.None).Result));
        ProcessMemory.Measure($"xlsx holding a 40 MB sheet ({xlsx40.Length / 1024:N0} KB file)",
            () => XlsxRows.Read(new MemoryStream(xlsx40)).Problem?.Errors?["file"][0] ?? "read");
        ProcessMemory.Measure("xlsx holding a 40 MB sheet, declaring 1 KB per part",
            () => XlsxRows.Read(new MemoryStream(xlsx40Lying)).Problem?.Errors?["file"][0] ?? "read");
        ProcessMemory.Measure($"import preview of {previewLines:N0} lines, each with a parent (CSV {csv.Length / 1024:N0} KB)", () =>
        {
            var lines = UnitSheet.Read(UnitCsv.ReadRows(new StringReader(csv)).ToList());
            var preview = UnitImport.Preview(lines.Value!, [], contest);
            return $"{preview.Units.Count:N0} added, {preview.Lines.Count(l => l.Outcome == ImportOutcome.Rejected):N0} refused";
        });
        foreach (var levels in new[] { 2_400, 9_600 })
        {
            var chain = "Mã đơn vị,Tên đơn vị,Nhóm,Mã đơn vị cấp trên\n" + string.Concat(Enumerable.Range(1, levels)
                .Select(i => $"chain-{i},Đơn vị {i},so-ban-nganh,{(i > 1 ? $"chain-{i - 1}" : "")}\n"));
            ProcessMemory.Measure($"import preview of one parent chain {levels:N0} levels deep", () =>
            {
                var lines = UnitSheet.Read(UnitCsv.ReadRows(new StringReader(chain)).ToList());
                var preview = UnitImport.Preview(lines.Value!, [], contest);
                return $"{preview.Units.Count:N0} added, {preview.Lines.Count(l => l.Outcome == ImportOutcome.Rejected):N0} refused";
            });
        }
        return Task.FromResult(0);
    }

    private static string Verdict(FileInspection inspection) =>
        inspection.Accepted ? $"accepted, {inspection.WordCount:N0} words" : $"refused: {inspection.Reason}";
}
