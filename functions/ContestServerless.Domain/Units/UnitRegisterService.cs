using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Units;

/// <summary>The organizers' side of the unit register: edit, import with a preview, export, and the units' links.</summary>
public sealed class UnitRegisterService(
    ContestOptions contest,
    IUnitRegister units,
    UnitLinks links,
    IAuditLog audit,
    TimeProvider clock)
{
    public Task<IReadOnlyList<Unit>> ListAsync(CancellationToken cancellationToken) => units.ListAsync(cancellationToken);

    /// <summary>Every unit, taking part or not, in the dashboard's order (group, then parent before sub-units) with its depth.</summary>
    public async Task<IReadOnlyList<(Unit Unit, int Depth)>> ListInLetterOrderAsync(CancellationToken cancellationToken)
    {
        var tree = new UnitTree(await units.ListAsync(cancellationToken));
        return [.. tree.InLetterOrder(tree.All, [.. contest.UnitGroups.Select(g => g.Id)]).SelectMany(g => g.Units)];
    }

    /// <summary>Adds a unit or replaces one's details (its link stays valid).</summary>
    public async Task<Result<Unit>> SaveAsync(SignedInUser user, UnitRequest request, CancellationToken cancellationToken)
    {
        var register = (await units.ListAsync(cancellationToken)).ToDictionary(u => u.Id, StringComparer.Ordinal);
        var id = Text.Clean(request.Id).ToLowerInvariant();
        var current = register.GetValueOrDefault(id);
        register.Remove(id);
        var (unit, errors) = UnitRules.Validate(request, contest, register, current?.LinkVersion ?? 1);
        if (unit is null)
            return Problem.Invalid(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

        await units.SaveAsync([unit], cancellationToken);
        await audit.RecordAsync(user, AuditAction.UnitSaved, unit.Id, current is null ? "thêm mới" : "sửa", cancellationToken);
        return unit;
    }

    /// <summary>What importing these rows would add, change and refuse; writes nothing.</summary>
    public async Task<Result<UnitImportPreview>> PreviewImportAsync(IReadOnlyList<string[]> rows, CancellationToken cancellationToken)
    {
        var lines = UnitSheet.Read(rows);
        if (lines.Problem is { } unreadable) return unreadable;
        return UnitImport.Preview(lines.Value!, await units.ListAsync(cancellationToken), contest);
    }

    /// <summary>Writes an import, all of it, only when no line is refused; otherwise answers the refusals, line by line.</summary>
    public async Task<Result<UnitImportPreview>> ImportAsync(SignedInUser user, IReadOnlyList<string[]> rows, CancellationToken cancellationToken)
    {
        var preview = await PreviewImportAsync(rows, cancellationToken);
        if (preview.Problem is { } problem) return problem;
        var result = preview.Value!;
        if (result.HasRejections)
            return new Problem(ProblemKind.Invalid, "Tệp có dòng không hợp lệ; chưa có gì được ghi",
                "Sửa các dòng dưới đây rồi nhập lại.",
                result.Lines.Where(l => l.Outcome == ImportOutcome.Rejected).ToDictionary(l => $"line {l.Line}", l => l.Notes.ToArray()));

        await units.SaveAsync(result.Units, cancellationToken);
        await audit.RecordAsync(user, AuditAction.UnitsImported, "units",
            $"{result.Lines.Count(l => l.Outcome == ImportOutcome.Added)} thêm, {result.Lines.Count(l => l.Outcome == ImportOutcome.Changed)} sửa",
            cancellationToken);
        return result;
    }

    /// <summary>The register in the import format.</summary>
    public async Task<Result<Export>> ExportAsync(SignedInUser user, string? format, CancellationToken cancellationToken)
    {
        if (ExportFormats.Parse(format) is not { } exportFormat) return ExportFormats.InvalidFormat();
        var export = await Export.WriteAsync(UnitSheet.ToSheet(await units.ListAsync(cancellationToken)),
            exportFormat, "Danh-sach-don-vi", clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(user, AuditAction.UnitsExported, "units", ExportFormats.Label(exportFormat), cancellationToken);
        return export;
    }

    public async Task<Result<UnitLink>> LinkAsync(SignedInUser user, string unitId, CancellationToken cancellationToken)
    {
        if (await FindAsync(unitId, cancellationToken) is not { } unit) return Problem.UnitNotFound();
        await audit.RecordAsync(user, AuditAction.UnitLinkIssued, unit.Id, $"phiên bản {unit.LinkVersion}", cancellationToken);
        var token = links.Issue(unit);
        return new UnitLink(unit.Id, token, links.PortalOf(token), links.ExpiresAt);
    }

    /// <summary>A new link for the unit; every older one stops working at once.</summary>
    public async Task<Result<UnitLink>> RotateLinkAsync(SignedInUser user, string unitId, CancellationToken cancellationToken)
    {
        if (await FindAsync(unitId, cancellationToken) is not { } unit) return Problem.UnitNotFound();
        var rotated = unit with { LinkVersion = unit.LinkVersion + 1 };
        await units.SaveAsync([rotated], cancellationToken);
        await audit.RecordAsync(user, AuditAction.UnitLinkRotated, unit.Id, $"phiên bản {rotated.LinkVersion}", cancellationToken);
        var rotatedToken = links.Issue(rotated);
        return new UnitLink(rotated.Id, rotatedToken, links.PortalOf(rotatedToken), links.ExpiresAt);
    }

    private async Task<Unit?> FindAsync(string unitId, CancellationToken cancellationToken)
    {
        var id = Text.Clean(unitId).ToLowerInvariant();
        return id.Length > 0 ? await units.FindAsync(id, cancellationToken) : null;
    }
}
