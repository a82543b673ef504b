using System.Text.RegularExpressions;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Units;

/// <summary>The rules every unit of the register follows, whether typed in the form or imported.</summary>
public static partial class UnitRules
{
    public const int MaxNameLength = 200;
    public const int MaxMinimumEntries = 1000;
    public const int MaxFocalPoints = 5;

    /// <summary>
    /// Checks a unit against the contest's groups and the register it will join (<paramref name="others"/>: every
    /// other unit as it will be, keyed by id), including that its parent exists and no parent chain loops. A caller
    /// checking many units against one register passes <paramref name="chains"/>, that register's links walked once.
    /// </summary>
    public static (Unit? Unit, IReadOnlyList<UnitError> Errors) Validate(
        UnitRequest request, ContestOptions contest, IReadOnlyDictionary<string, Unit> others, int linkVersion = 1,
        ParentChains? chains = null)
    {
        var errors = new List<UnitError>();
        var id = Text.Clean(request.Id).ToLowerInvariant();
        if (id.Length == 0) errors.Add(new("id", "Thiếu mã đơn vị."));
        else if (!IdPattern().IsMatch(id))
            errors.Add(new("id", $"Mã đơn vị “{id}” chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: so-noi-vu), tối đa 64 ký tự."));

        var name = Read("name", request.Name, new FreeText("tên đơn vị", MaxNameLength, Missing: "Thiếu tên đơn vị."));

        var group = FindGroup(contest, request.Group);
        if (group is null)
            errors.Add(new("group", string.IsNullOrWhiteSpace(request.Group)
                ? "Thiếu nhóm đơn vị."
                : $"Nhóm “{Text.Clean(request.Group)}” không có trong các nhóm của công văn."));

        var parentId = Text.Clean(request.ParentId).ToLowerInvariant() is { Length: > 0 } p ? p : null;
        if (parentId is not null)
        {
            if (parentId == id) errors.Add(new("parentId", "Đơn vị không thể là cấp trên của chính mình."));
            else if (!others.ContainsKey(parentId)) errors.Add(new("parentId", $"Đơn vị cấp trên “{parentId}” không tồn tại."));
            else if ((chains ?? new ParentChains(others)).LoopThrough(id, parentId) is { } cycle)
                errors.Add(new("parentId", $"Đơn vị cấp trên tạo thành vòng lặp: {string.Join(" → ", cycle)}."));
        }

        var minimum = request.MinimumEntries ?? 1;
        if (minimum is < 0 or > MaxMinimumEntries)
            errors.Add(new("minimumEntries", $"Số bài tối thiểu phải từ 0 đến {MaxMinimumEntries}."));

        var focalPoints = new List<FocalPoint>();
        var requested = request.FocalPoints ?? [];
        if (requested.Count > MaxFocalPoints) errors.Add(new("focalPoints", $"Tối đa {MaxFocalPoints} cán bộ đầu mối."));
        for (var i = 0; i < Math.Min(requested.Count, MaxFocalPoints); i++)
        {
            var f = requested[i];
            var number = i + 1;
            var point = new FocalPoint(
                Read($"focalPoints[{i}].name", f.Name, new FreeText($"họ và tên cán bộ đầu mối {number}", MaxNameLength)),
                Read($"focalPoints[{i}].position", f.Position, new FreeText($"chức vụ cán bộ đầu mối {number}", MaxNameLength)),
                Text.Clean(f.Email).ToLowerInvariant(),
                Read($"focalPoints[{i}].phone", f.Phone, new FreeText($"số điện thoại cán bộ đầu mối {number}", MaxNameLength)));
            if (point is { Name.Length: 0, Position.Length: 0, Email.Length: 0, Phone.Length: 0 }) continue;
            if (!EntryValidator.IsEmail(point.Email))
                errors.Add(new($"focalPoints[{i}].email", point.Email.Length == 0
                    ? $"Thiếu E-mail của cán bộ đầu mối {i + 1}."
                    : $"E-mail của cán bộ đầu mối {i + 1} không hợp lệ: {point.Email}."));
            focalPoints.Add(point);
        }

        if (errors.Count > 0) return (null, errors);
        return (new Unit(id, name, group!.Id, parentId)
        {
            Active = request.Active ?? true,
            MinimumEntries = minimum,
            FocalPoints = focalPoints,
            LinkVersion = linkVersion,
        }, errors);

        string Read(string field, string? value, FreeText rule)
        {
            if (rule.Refusal(value, out var cleaned) is { } refusal) errors.Add(new(field, refusal));
            return cleaned;
        }
    }

    /// <summary>A group by its id, or by its name as the letter writes it (case and diacritics aside).</summary>
    public static UnitGroup? FindGroup(ContestOptions contest, string? value)
    {
        var key = Text.Clean(value);
        if (key.Length == 0) return null;
        return contest.UnitGroups.Find(g => g.Id.Equals(key, StringComparison.OrdinalIgnoreCase))
            ?? contest.UnitGroups.Find(g => SearchFold.Key(g.Name) == SearchFold.Key(key));
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")]
    private static partial Regex IdPattern();
}
