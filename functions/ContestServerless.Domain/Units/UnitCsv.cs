using System.Text;
using ContestServerless.Domain.Contest;

namespace ContestServerless.Domain.Units;

/// <summary>Reads units files in CSV (UTF-8, RFC 4180 quoting), in the format of <see cref="UnitSheet"/>.</summary>
public static class UnitCsv
{
    /// <summary>The seed file (data/units.csv): every line must be a valid unit, or start-up stops naming the line.</summary>
    public static IReadOnlyList<Unit> Parse(TextReader reader, ContestOptions contest)
    {
        var lines = UnitSheet.Read(ReadRows(reader).ToList());
        if (lines.Problem is { } problem) throw new FormatException(problem.Errors?.Values.SelectMany(m => m).FirstOrDefault() ?? problem.Title);
        var preview = UnitImport.Preview(lines.Value!, [], contest);
        if (preview.HasRejections)
            throw new FormatException(string.Join(Environment.NewLine, preview.Lines
                .Where(l => l.Outcome == ImportOutcome.Rejected)
                .Select(l => $"Line {l.Line} ({l.Id}): {string.Join(" ", l.Notes)}")));
        return preview.Units;
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
