using ContestServerless.Domain.Common;

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
