using System.Text;
using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Units;

/// <summary>Reads the units file (id,name,group,parent_id,contact_email; UTF-8, RFC 4180 quoting).</summary>
public static class UnitCsv
{
    private static readonly string[] Header = ["id", "name", "group", "parent_id", "contact_email"];

    public static IReadOnlyList<Unit> Parse(TextReader reader)
    {
        var rows = ReadRows(reader).ToList();
        if (rows.Count == 0 || !rows[0].Select(h => h.Trim()).SequenceEqual(Header))
            throw new FormatException($"The units file must start with the header: {string.Join(',', Header)}");

        return rows.Skip(1)
            .Where(row => row.Any(cell => cell.Length > 0))
            .Select((row, index) => row.Length == Header.Length
                ? new Unit(Text.Clean(row[0]), Text.Clean(row[1]), Text.Clean(row[2]),
                    string.IsNullOrWhiteSpace(row[3]) ? null : Text.Clean(row[3]), Text.Clean(row[4]))
                : throw new FormatException($"Line {index + 2} of the units file has {row.Length} cells, not {Header.Length}."))
            .ToList();
    }

    /// <summary>Splits RFC 4180 CSV: quoted cells may hold commas, doubled quotes and line breaks.</summary>
    public static IEnumerable<string[]> ReadRows(TextReader reader)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        int read;
        while ((read = reader.Read()) != -1)
        {
            var c = (char)read;
            if (quoted)
            {
                if (c != '"') { cell.Append(c); continue; }
                if (reader.Peek() == '"') { cell.Append('"'); reader.Read(); continue; }
                quoted = false;
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': cells.Add(cell.ToString()); cell.Clear(); break;
                case '\r': break;
                case '\n':
                    cells.Add(cell.ToString()); cell.Clear();
                    yield return cells.ToArray();
                    cells.Clear();
                    break;
                default: cell.Append(c); break;
            }
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            yield return cells.ToArray();
        }
    }
}
