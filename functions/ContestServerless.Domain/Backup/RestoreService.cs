using System.Text.RegularExpressions;
using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Backup;

/// <summary>
/// Restores a day's backup, all of it or the tables named, into the tables they came from or into others
/// ("Entries:EntriesRestored"). Everything is checked before a row is written: the day has a complete backup, each
/// table named is in it, each file is intact, and no target table holds rows unless <c>overwrite</c> says so (a restore
/// into a live table replaces rows with the same keys and leaves newer rows, which is rarely what anyone wants).
/// </summary>
public sealed partial class RestoreService(ITableBackups backups)
{
    public async Task<Result<RestoreReport>> RestoreAsync(string? dayText, IReadOnlyList<string>? tables, bool overwrite, CancellationToken cancellationToken)
    {
        if (!BackupFiles.TryParseDay(dayText, out var day))
            return Problem.InvalidField("day", $"Ngày sao lưu không hợp lệ: nhập theo dạng {BackupFiles.DayFormat}, như tên thư mục của bản sao lưu.");
        if (await backups.ManifestAsync(day, cancellationToken) is not { } manifest)
            return Problem.NotFound("Không có bản sao lưu", $"Không có bản sao lưu đầy đủ của ngày {BackupFiles.FolderOf(day)}.");

        var chosen = Choose(manifest, tables, out var errors);
        if (errors.Count > 0) return Problem.Invalid(new Dictionary<string, string[]> { ["tables"] = [.. errors] });

        var damaged = new List<string>();
        foreach (var (file, _) in chosen)
            if (!await backups.IsIntactAsync(file, cancellationToken)) damaged.Add(file.File);
        if (damaged.Count > 0)
            return new Problem(ProblemKind.Conflict, "Bản sao lưu bị hỏng",
                $"Tệp không khớp mã kiểm tra SHA-256 trong manifest: {string.Join(", ", damaged)}. Hãy khôi phục từ một ngày khác.");

        if (!overwrite)
        {
            var holding = new List<string>();
            foreach (var (_, into) in chosen)
                if (await backups.HoldsRowsAsync(into, cancellationToken)) holding.Add(into);
            if (holding.Count > 0)
                return new Problem(ProblemKind.Conflict, "Bảng đích đang có dữ liệu",
                    $"Các bảng sau đang có dữ liệu nên không được ghi đè: {string.Join(", ", holding)}. Khôi phục vào bảng khác (Bảng:BảngMới) hoặc xác nhận ghi đè.");
        }

        var restored = new List<RestoredTable>();
        foreach (var (file, into) in chosen)
            restored.Add(new RestoredTable(file.Table, into, await backups.RestoreTableAsync(file, into, cancellationToken)));
        return new RestoreReport(manifest.Day, restored);
    }

    /// <summary>Each table named ("Name" or "Name:Target") paired with where it goes; every table of the backup when none is named.</summary>
    private static List<(BackedUpTable File, string Into)> Choose(BackupManifest manifest, IReadOnlyList<string>? tables, out List<string> errors)
    {
        errors = [];
        if (tables is null || tables.Count == 0) return [.. manifest.Tables.Select(t => (t, t.Table))];

        var chosen = new List<(BackedUpTable, string)>();
        foreach (var named in tables)
        {
            var parts = named.Split(':', 2, StringSplitOptions.TrimEntries);
            if (manifest.Find(parts[0]) is not { } file)
            {
                errors.Add($"Bản sao lưu ngày {manifest.Day} không có bảng {parts[0]}.");
                continue;
            }
            var into = parts.Length == 2 ? parts[1] : file.Table;
            if (!TableName().IsMatch(into))
            {
                errors.Add($"Tên bảng {into} không hợp lệ: 3–63 chữ cái hoặc chữ số, bắt đầu bằng chữ cái.");
                continue;
            }
            chosen.Add((file, into));
        }
        if (chosen.Select(c => c.Item2).Distinct(StringComparer.OrdinalIgnoreCase).Count() < chosen.Count)
            errors.Add("Hai bảng không được khôi phục vào cùng một bảng.");
        return chosen;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();
}
