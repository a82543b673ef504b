using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Units;

/// <summary>Turns a unit's personal link into its scope, or the 401 that explains why the link does not work.</summary>
public sealed class UnitAccess(UnitLinks links, IUnitRegister units)
{
    public async Task<Result<UnitScope>> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        var read = links.Read(token);
        if (read.Problem is { } invalid) return invalid;
        var (unitId, version) = read.Value;

        var register = await units.ListAsync(cancellationToken);
        var unit = register.FirstOrDefault(u => u.Id == unitId);
        if (unit is null) return UnitLinks.Invalid();
        if (unit.LinkVersion != version) return UnitLinks.Rotated();
        if (!unit.Active)
            return new Problem(ProblemKind.Unauthenticated, "Đơn vị đã ngừng tham gia",
                "Đơn vị này không còn trong danh sách đơn vị tham gia cuộc thi. Vui lòng liên hệ Ban Tổ chức.");

        var scope = new UnitTree(register).SelfAndDescendants(unit.Id).Select(u => u.Unit).Where(u => u.Active).ToList();
        return new UnitScope(unit, scope);
    }
}

/// <summary>What a unit's link opens: the unit and its active sub-units, at any depth.</summary>
public sealed record UnitScope(Unit Unit, IReadOnlyList<Unit> Units)
{
    public bool Covers(string unitId) => Units.Any(u => u.Id == unitId);

    public IReadOnlyList<string> UnitIds => [.. Units.Select(u => u.Id)];

    /// <summary>Who acts through the unit's link, as the audit trail names them: the unit's focal point (cán bộ đầu mối).</summary>
    public SignedInUser FocalPoint => new($"unit:{Unit.Id}", $"Cán bộ đầu mối – {Unit.Name}", []);

    /// <summary>An entry of the scope; another unit's entry answers exactly like a missing one, and costs what a missing one does.</summary>
    public Task<StoredEntry?> FindEntryAsync(IEntryStore entries, string entryId, CancellationToken cancellationToken) =>
        entries.FindGuardedAsync(entryId, unitId: null, entry => Covers(entry.UnitId), cancellationToken);

    public static Problem NotInScope() =>
        Problem.NotFound("Không tìm thấy bài dự thi", "Không có bài dự thi này trong đơn vị của bạn.");
}
