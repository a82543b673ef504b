using ContestServerless.Domain.Contest;

namespace ContestServerless.Domain.Units;

/// <summary>
/// Compares an imported file with the register. Units missing from the file are left as they are (deactivate a
/// unit by setting "Đang tham gia" to "Không"); a column left out of the file keeps the register's value.
/// </summary>
public static class UnitImport
{
    public static UnitImportPreview Preview(IReadOnlyList<UnitLine> lines, IReadOnlyList<Unit> register, ContestOptions contest)
    {
        var existing = register.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var idOf = lines.ToDictionary(l => l.Line, l => (l.Request.Id ?? "").Trim().ToLowerInvariant());
        var linesOfId = lines.GroupBy(l => idOf[l.Line]).Where(g => g.Key.Length > 0).ToDictionary(g => g.Key, g => g.Select(l => l.Line).ToList());

        // The register as it would be: existing units with every line applied, so a parent may come later in the file.
        var merged = new Dictionary<string, Unit>(existing, StringComparer.Ordinal);
        var requests = new Dictionary<int, UnitRequest>();
        foreach (var line in lines)
        {
            var id = idOf[line.Line];
            var request = existing.TryGetValue(id, out var current) ? Fill(line.Request, current) : line.Request;
            requests[line.Line] = request;
            if (id.Length > 0)
                merged[id] = new Unit(id, request.Name ?? "", request.Group ?? "", (request.ParentId ?? "").Trim().ToLowerInvariant() is { Length: > 0 } p ? p : null);
        }

        // Every line's parent chain is checked against the merged register's links, walked once for all lines.
        var chains = new ParentChains(merged);
        var results = new List<ImportLine>();
        var toWrite = new List<Unit>();
        foreach (var line in lines)
        {
            var id = idOf[line.Line];
            var notes = new List<string>(line.Errors);
            if (id.Length > 0 && linesOfId[id].Count > 1)
                notes.Add($"Mã đơn vị “{id}” lặp lại ở các dòng {LineList(linesOfId[id])}.");

            var others = new RegisterWithout(merged, id);
            var current = existing.GetValueOrDefault(id);
            var (unit, errors) = UnitRules.Validate(requests[line.Line], contest, others, current?.LinkVersion ?? 1, chains);
            notes.AddRange(errors.Select(e => e.Message));

            if (notes.Count > 0 || unit is null)
            {
                results.Add(new ImportLine(line.Line, id, (line.Request.Name ?? "").Trim(), ImportOutcome.Rejected, notes));
                continue;
            }
            if (current is null)
            {
                results.Add(new ImportLine(line.Line, id, unit.Name, ImportOutcome.Added, []));
                toWrite.Add(unit);
            }
            else if (unit.SameDetailsAs(current))
            {
                results.Add(new ImportLine(line.Line, id, unit.Name, ImportOutcome.Unchanged, []));
            }
            else
            {
                results.Add(new ImportLine(line.Line, id, unit.Name, ImportOutcome.Changed, Changes(current, unit)));
                toWrite.Add(unit);
            }
        }
        return new UnitImportPreview(results, toWrite);
    }

    /// <summary>At most ten line numbers: a file repeating one id on every line must not cost the square of its lines.</summary>
    private static string LineList(List<int> lines) =>
        lines.Count <= 10 ? string.Join(", ", lines) : $"{string.Join(", ", lines.Take(10))}… ({lines.Count} dòng)";

    /// <summary>Keeps the register's value wherever the file has no column for it.</summary>
    private static UnitRequest Fill(UnitRequest request, Unit current) => request with
    {
        Name = request.Name ?? current.Name,
        Group = request.Group ?? current.Group,
        ParentId = request.ParentId ?? current.ParentId ?? "",
        Active = request.Active ?? current.Active,
        MinimumEntries = request.MinimumEntries ?? current.MinimumEntries,
        FocalPoints = request.FocalPoints ?? [.. current.FocalPoints.Select(f => new FocalPointRequest(f.Name, f.Position, f.Email, f.Phone))],
    };

    private static List<string> Changes(Unit before, Unit after)
    {
        var changes = new List<string>();
        void Compare(string label, object? a, object? b)
        {
            if (!Equals(a, b)) changes.Add($"{label}: “{a}” → “{b}”");
        }
        Compare("Tên", before.Name, after.Name);
        Compare("Nhóm", before.Group, after.Group);
        Compare("Cấp trên", before.ParentId, after.ParentId);
        Compare("Đang tham gia", before.Active ? "Có" : "Không", after.Active ? "Có" : "Không");
        Compare("Số bài tối thiểu", before.MinimumEntries, after.MinimumEntries);
        if (!before.FocalPoints.SequenceEqual(after.FocalPoints))
            changes.Add($"Đầu mối: {Describe(before.FocalPoints)} → {Describe(after.FocalPoints)}");
        return changes;
    }

    private static string Describe(IReadOnlyList<FocalPoint> points) =>
        points.Count == 0 ? "(không có)" : string.Join("; ", points.Select(p => string.Join(", ", new[] { p.Name, p.Email }.Where(s => s.Length > 0))));
}

/// <summary>The preview shown before anything is written; <see cref="Units"/> are written only when nothing is rejected.</summary>
public sealed record UnitImportPreview(IReadOnlyList<ImportLine> Lines, IReadOnlyList<Unit> Units)
{
    public bool HasRejections => Lines.Any(l => l.Outcome == ImportOutcome.Rejected);
}

/// <summary>What importing one line would do: its outcome and, for a change, what changes; for a refusal, why.</summary>
public sealed record ImportLine(int Line, string Id, string Name, ImportOutcome Outcome, IReadOnlyList<string> Notes);

public enum ImportOutcome
{
    Added,
    Changed,
    Unchanged,
    Rejected,
}

/// <summary>One line of an imported units file: what it asks for, or why it cannot be read.</summary>
public sealed record UnitLine(int Line, UnitRequest Request, IReadOnlyList<string> Errors);
