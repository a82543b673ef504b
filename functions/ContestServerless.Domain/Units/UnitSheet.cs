using System.Text.RegularExpressions;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Exports;

namespace ContestServerless.Domain.Units;

/// <summary>
/// The units file organizers export, edit in a spreadsheet and import again (.xlsx or UTF-8 CSV). Headers are in
/// Vietnamese; English ones (id, name, group, parent_id, contact_email, ...) are understood too, and matching
/// ignores case, diacritics and punctuation. A column left out keeps what the register has.
/// </summary>
public static partial class UnitSheet
{
    public const int DefaultFocalPointColumns = 2;

    private static readonly Dictionary<string, string> Columns = new()
    {
        ["madonvi"] = "id", ["id"] = "id",
        ["tendonvi"] = "name", ["name"] = "name",
        ["nhom"] = "group", ["group"] = "group",
        ["madonvicaptren"] = "parent", ["parentid"] = "parent",
        ["dangthamgia"] = "active", ["active"] = "active",
        ["sobaitoithieu"] = "minimum", ["minimumentries"] = "minimum",
        ["contactemail"] = "focal1email",
    };

    private static readonly Dictionary<string, string> FocalFields = new()
    {
        ["hoten"] = "name", ["name"] = "name",
        ["chucvu"] = "position", ["position"] = "position",
        ["email"] = "email",
        ["dienthoai"] = "phone", ["phone"] = "phone",
    };

    /// <summary>The export, in the format the import reads.</summary>
    public static Sheet<Unit> ToSheet(IReadOnlyCollection<Unit> units)
    {
        var focalColumns = Math.Max(DefaultFocalPointColumns, units.Select(u => u.FocalPoints.Count).DefaultIfEmpty(0).Max());
        var columns = new List<Column<Unit>>
        {
            new("Mã đơn vị", u => u.Id),
            new("Tên đơn vị", u => u.Name),
            new("Nhóm", u => u.Group),
            new("Mã đơn vị cấp trên", u => u.ParentId),
            new("Đang tham gia", u => u.Active ? "Có" : "Không"),
            new("Số bài tối thiểu", u => u.MinimumEntries),
        };
        for (var k = 0; k < focalColumns; k++)
        {
            var i = k;
            columns.Add(new($"Đầu mối {i + 1} - Họ tên", u => u.FocalPoints.ElementAtOrDefault(i)?.Name));
            columns.Add(new($"Đầu mối {i + 1} - Chức vụ", u => u.FocalPoints.ElementAtOrDefault(i)?.Position));
            columns.Add(new($"Đầu mối {i + 1} - E-mail", u => u.FocalPoints.ElementAtOrDefault(i)?.Email));
            columns.Add(new($"Đầu mối {i + 1} - Điện thoại", u => u.FocalPoints.ElementAtOrDefault(i)?.Phone));
        }
        return new Sheet<Unit>("Đơn vị", columns, units.OrderBy(u => u.Group, StringComparer.Ordinal).ThenBy(u => u.Id, StringComparer.Ordinal));
    }

    /// <summary>Reads the rows of a file (header first); a problem names what is wrong with the header.</summary>
    public static Result<IReadOnlyList<UnitLine>> Read(IReadOnlyList<string[]> rows)
    {
        // The header is the first line with anything in it: a sheet may start with empty rows.
        var first = 0;
        while (first < rows.Count && rows[first].All(string.IsNullOrWhiteSpace)) first++;
        if (first == rows.Count) return Problem.InvalidField("file", "Tệp không có dữ liệu.");
        var header = rows[first].Select(ColumnOf).ToList();
        var unknown = rows[first].Where((cell, i) => header[i] is null && Text.Clean(cell).Length > 0).ToList();
        if (unknown.Count > 0)
            return Problem.InvalidField("file", $"Không nhận ra cột: {string.Join(", ", unknown.Select(c => $"“{Text.Clean(c)}”"))}. Hãy dùng tệp xuất từ hệ thống làm mẫu.");
        var missing = new[] { ("id", "Mã đơn vị"), ("name", "Tên đơn vị"), ("group", "Nhóm") }.Where(c => !header.Contains(c.Item1)).ToList();
        if (missing.Count > 0)
            return Problem.InvalidField("file", $"Thiếu cột: {string.Join(", ", missing.Select(c => c.Item2))}.");

        var hasFocal = header.Any(h => h?.StartsWith("focal", StringComparison.Ordinal) == true);
        var focalCount = hasFocal
            ? header.Where(h => h?.StartsWith("focal", StringComparison.Ordinal) == true).Select(h => int.Parse(FocalIndex().Match(h!).Value)).Max()
            : 0;
        var lines = new List<UnitLine>();
        for (var r = first + 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.All(cell => string.IsNullOrWhiteSpace(cell))) continue;
            string? Cell(string column) => header.IndexOf(column) is >= 0 and var i && i < row.Length ? row[i] : null;

            var errors = new List<string>();
            bool? active = Text.Clean(Cell("active")).ToLowerInvariant() switch
            {
                "" => null,
                "có" or "co" or "x" or "yes" or "true" or "1" => true,
                "không" or "khong" or "no" or "false" or "0" => false,
                var other => Invalid(errors, $"Cột Đang tham gia chỉ nhận Có hoặc Không (đang là “{other}”)."),
            };
            int? minimum = null;
            if (Text.Clean(Cell("minimum")) is { Length: > 0 } text)
            {
                if (int.TryParse(text, out var value)) minimum = value;
                else errors.Add($"Số bài tối thiểu “{text}” không phải là số.");
            }

            List<FocalPointRequest>? focalPoints = null;
            if (hasFocal)
            {
                focalPoints = Enumerable.Range(1, focalCount)
                    .Select(k => new FocalPointRequest(Cell($"focal{k}name"), Cell($"focal{k}position"), Cell($"focal{k}email"), Cell($"focal{k}phone")))
                    .ToList();
            }

            lines.Add(new UnitLine(r + 1,
                new UnitRequest(Cell("id"), Cell("name"), Cell("group"), Cell("parent"), active, minimum, focalPoints), errors));
        }
        return lines;
    }

    private static string? ColumnOf(string header)
    {
        var key = Fold(header);
        if (Columns.TryGetValue(key, out var column)) return column;
        var focal = FocalHeader().Match(key);
        return focal.Success && FocalFields.TryGetValue(focal.Groups["field"].Value, out var field)
            ? $"focal{int.Parse(focal.Groups["k"].Value)}{field}"
            : null;
    }

    private static string Fold(string value) =>
        new(SearchFold.Key(value).Where(char.IsAsciiLetterOrDigit).ToArray());

    private static bool? Invalid(List<string> errors, string message)
    {
        errors.Add(message);
        return null;
    }

    [GeneratedRegex("^(?:daumoi|focalpoint)(?<k>[1-9])(?<field>[a-z]+)$")]
    private static partial Regex FocalHeader();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex FocalIndex();
}
