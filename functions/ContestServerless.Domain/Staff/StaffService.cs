using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Staff;

public sealed class StaffService(IStaffList staff, IUnitRegister units, StaffOptions options, IAuditLog audit, TimeProvider clock)
{
    public static string NormalizeEmail(string? email) => Text.Clean(email).ToLowerInvariant();

    /// <summary>The roles of someone who just signed in, for Static Web Apps' roles source.</summary>
    public async Task<IReadOnlyList<string>> RolesForAsync(string? email, CancellationToken cancellationToken)
    {
        var normalized = NormalizeEmail(email);
        if (normalized.Length == 0) return [];
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        if (options.InitialOrganizerEmails.Contains(normalized)) roles.Add(StaffRoles.Organizer);
        if (await staff.FindAsync(normalized, cancellationToken) is { } member) roles.UnionWith(member.Roles);
        return [.. roles];
    }

    public async Task<IReadOnlyList<StaffListing>> ListAsync(CancellationToken cancellationToken)
    {
        var members = await staff.ListAsync(cancellationToken);
        // A judge's unit is shown by its name, also when the unit has since stopped taking part.
        var unitNames = (await units.ListAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name, StringComparer.Ordinal);
        var fromSettings = options.InitialOrganizerEmails
            .Where(email => members.All(m => m.Email != email))
            .Select(email => new StaffListing(email, "", [StaffRoles.Organizer], null, null, FromSettings: true));
        return members
            .Select(m => new StaffListing(m.Email, m.Name, m.Roles, m.AddedAt, m.AddedBy,
                options.InitialOrganizerEmails.Contains(m.Email), m.UnitId,
                m.UnitId is { } unitId ? unitNames.GetValueOrDefault(unitId, unitId) : null))
            .Concat(fromSettings)
            .OrderBy(m => m.Email, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Adds a member, or changes the name, roles and unit of an existing one. A request that leaves the unit out
    /// (no <c>unitId</c> at all) keeps the unit already recorded; an empty one clears it. Who added the member, and
    /// when, stay as first recorded.
    /// </summary>
    public async Task<Result<StaffMember>> SaveAsync(SignedInUser by, StaffRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var email = NormalizeEmail(request.Email);
        if (!EntryValidator.IsEmail(email)) errors["email"] = ["Địa chỉ E-mail không hợp lệ."];
        var name = new FreeText("họ và tên", 100, Missing: "Vui lòng nhập họ và tên.").Read("name", request.Name, errors);
        var roles = (request.Roles ?? []).Select(r => Text.Clean(r).ToLowerInvariant()).Distinct().ToList();
        if (roles.Count == 0 || roles.Any(r => !StaffRoles.All.Contains(r)))
            errors["roles"] = ["Chọn ít nhất một vai trò: Ban Tổ chức hoặc Ban Giám khảo."];
        var unitId = Text.Clean(request.UnitId);
        if (unitId.Length > 0 && await units.FindAsync(unitId, cancellationToken) is null)
            errors["unitId"] = ["Không có đơn vị này trong danh sách."];
        if (errors.Count > 0) return Problem.Invalid(errors);

        var existing = await staff.FindAsync(email, cancellationToken);
        // A judge's unit keeps the judge away from that unit's entries and those above and below it.
        var member = new StaffMember(email, name, roles, existing?.AddedAt ?? clock.GetUtcNow(), existing?.AddedBy ?? by.Name)
        {
            UnitId = request.UnitId is null ? existing?.UnitId : unitId.Length > 0 ? unitId : null,
        };
        await staff.SaveAsync(member, cancellationToken);
        await audit.RecordAsync(by, AuditAction.StaffSaved, email, string.Join(", ", roles.Select(StaffRoles.Label)), cancellationToken);
        return member;
    }

    public async Task<Result<bool>> RemoveAsync(SignedInUser by, string email, CancellationToken cancellationToken)
    {
        var normalized = NormalizeEmail(email);
        if (normalized == NormalizeEmail(by.Name))
            return Problem.InvalidField("email", "Bạn không thể tự xóa mình khỏi danh sách.");
        if (!await staff.RemoveAsync(normalized, cancellationToken))
            return options.InitialOrganizerEmails.Contains(normalized)
                ? Problem.InvalidField("email", "Người này được khai báo trong cấu hình (Staff__InitialOrganizers); hãy sửa cấu hình để xóa.")
                : Problem.NotFound("Không tìm thấy", "Không có người này trong danh sách cán bộ.");
        await audit.RecordAsync(by, AuditAction.StaffRemoved, normalized, "", cancellationToken);
        return true;
    }
}

/// <summary>A staff member as the staff page lists it; <see cref="FromSettings"/> ones cannot be removed there.</summary>
public sealed record StaffListing(string Email, string Name, IReadOnlyList<string> Roles, DateTimeOffset? AddedAt, string? AddedBy, bool FromSettings, string? UnitId = null, string? UnitName = null);

/// <summary>A staff member as the staff page sends it; <see cref="UnitId"/> is a judge's unit, if any ("" for none, left out to keep the one recorded).</summary>
public sealed record StaffRequest(string? Email, string? Name, List<string>? Roles, string? UnitId = null);

/// <summary>The staff list organizers manage in the UI; Static Web Apps asks it for roles at sign-in.</summary>
public interface IStaffList
{
    Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken);

    Task<StaffMember?> FindAsync(string email, CancellationToken cancellationToken);

    Task SaveAsync(StaffMember member, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(string email, CancellationToken cancellationToken);
}

/// <summary>A person of the secretariat or the jury, keyed by the e-mail address they sign in with.</summary>
public sealed record StaffMember(string Email, string Name, IReadOnlyList<string> Roles, DateTimeOffset AddedAt, string AddedBy)
{
    /// <summary>The unit a judge works in, if any: a judge never scores entries from it or from a unit above or below it.</summary>
    public string? UnitId { get; init; }
}

/// <summary>Staff settings (app settings Staff__…).</summary>
public sealed class StaffOptions
{
    /// <summary>
    /// E-mail addresses that are always organizers, separated by ";" or ",". They let the first organizers in
    /// before anyone has been added in the UI, and cannot be removed there.
    /// </summary>
    public string InitialOrganizers { get; set; } = "";

    public IReadOnlyCollection<string> InitialOrganizerEmails =>
        InitialOrganizers.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(StaffService.NormalizeEmail).ToHashSet();
}
