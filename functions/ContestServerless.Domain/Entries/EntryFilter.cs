using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// Which entries an organizer asked for. <see cref="UnitIds"/> holds the chosen unit and all its sub-units;
/// dates are days in Vietnam, inclusive, and apply to the day an entry was received (created, while pending).
/// </summary>
public sealed record EntryFilter(
    IReadOnlyList<string>? UnitIds,
    string? MovementId,
    EntryStatus? Status,
    DateOnly? From,
    DateOnly? To,
    string? Search)
{
    public const int MaxSearchLength = 100;

    /// <summary>How many entries a person may choose one by one for a download or an export.</summary>
    public const int MaxChosenIds = 500;

    /// <summary>The entries chosen one by one (ticked in the list); null for no such choice.</summary>
    public IReadOnlySet<string>? EntryIds { get; init; }

    /// <summary>
    /// Only entries waiting for a decision of this kind (<see cref="Duplicates.OpenFlags"/>); null for no such filter.
    /// Answered from the catalogue, which alone sees every entry at once: <see cref="Matches"/> does not apply it.
    /// </summary>
    public EntryFlag? Flag { get; init; }

    /// <summary>Every entry, whatever its unit, movement, status or date.</summary>
    public static readonly EntryFilter All = new(null, null, null, null, null, null);

    public static readonly EntryFilter AllReceived = All with { Status = EntryStatus.Received };

    /// <summary>Lower case without diacritics, so "nguyen" finds "Nguyễn" and "NGUYỄN".</summary>
    public static string SearchKey(string value) => SearchFold.Key(value);

    public bool Matches(Entry entry)
    {
        if (EntryIds is { } chosen && !chosen.Contains(entry.Id)) return false;
        if (UnitIds is { } units && !units.Contains(entry.UnitId)) return false;
        if (MovementId is { } movement && entry.MovementId != movement) return false;
        if (Status is { } status && entry.Status != status) return false;
        // A withdrawn entry's tombstone is kept for the audit only: no list or export shows it, "all" included.
        if (entry.Status == EntryStatus.Withdrawn) return false;
        if (From is not null || To is not null)
        {
            var day = DateOnly.FromDateTime(VietnamTime.ToLocal(entry.ReceivedAt ?? entry.CreatedAt).DateTime);
            if (day < From || day > To) return false;
        }
        if (Search is not { Length: > 0 }) return true;
        var key = SearchKey(Search);
        return SearchKey(entry.Title).Contains(key, StringComparison.Ordinal)
            || entry.Members.Any(member => SearchKey(member.FullName).Contains(key, StringComparison.Ordinal));
    }

    /// <summary>Validates a request against the contest and the unit register; errors name the query parameter.</summary>
    public static Result<EntryFilter> Parse(EntryFilterRequest request, ContestOptions contest, UnitTree units)
    {
        var errors = new Dictionary<string, string[]>();

        IReadOnlyList<string>? unitIds = null;
        if (Text.Clean(request.Unit) is { Length: > 0 } unitId)
        {
            if (units.Find(unitId) is null) errors["unit"] = ["Không có đơn vị này trong danh sách."];
            else unitIds = units.SelfAndDescendants(unitId).Select(u => u.Unit.Id).ToList();
        }

        var movement = Text.Clean(request.Movement);
        if (movement.Length > 0 && contest.FindMovement(movement) is null)
            errors["movement"] = ["Không có phong trào thi đua này."];

        EntryStatus? status = Text.Clean(request.Status).ToLowerInvariant() switch
        {
            "" or "received" => EntryStatus.Received,
            "pending" => EntryStatus.Pending,
            "all" => null,
            _ => Invalid(errors, "status", "Trạng thái chỉ có thể là received (đã nhận), pending (chưa hoàn tất) hoặc all (tất cả)."),
        };

        var from = ParseDay(request.From, "from", errors);
        var to = ParseDay(request.To, "to", errors);
        if (from > to) errors["to"] = ["Ngày kết thúc phải sau hoặc bằng ngày bắt đầu."];

        var search = Text.Clean(request.Q);
        if (search.Length > MaxSearchLength || Text.HasControlCharacters(search))
            errors["q"] = [$"Từ khóa tìm kiếm tối đa {MaxSearchLength} ký tự, không chứa ký tự điều khiển."];

        EntryFlag? flag = Text.Clean(request.Flag).ToLowerInvariant() switch
        {
            "" => null,
            "duplicate" => EntryFlag.Duplicate,
            "eligibility" => EntryFlag.Eligibility,
            _ => InvalidFlag(errors),
        };

        HashSet<string>? entryIds = null;
        if (Text.Clean(request.Ids) is { Length: > 0 } idList)
        {
            var ids = idList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (ids.Length > MaxChosenIds) errors["ids"] = [$"Chỉ có thể chọn tối đa {MaxChosenIds} bài một lần."];
            else if (ids.Any(id => id.Length > 64 || !id.All(char.IsAsciiLetterOrDigit))) errors["ids"] = ["Danh sách mã bài dự thi không hợp lệ."];
            else entryIds = new HashSet<string>(ids, StringComparer.Ordinal);
        }

        if (errors.Count > 0) return Problem.Invalid(errors);
        return new EntryFilter(unitIds, movement.Length > 0 ? movement : null, status, from, to, search.Length > 0 ? search : null) { EntryIds = entryIds, Flag = flag };
    }

    /// <summary>Accepts yyyy-MM-dd (what date inputs send) and dd/MM/yyyy (what people type).</summary>
    private static DateOnly? ParseDay(string? value, string field, Dictionary<string, string[]> errors)
    {
        var text = Text.Clean(value);
        if (text.Length == 0) return null;
        if (VietnamTime.TryParseDay(text, out var day)) return day;
        errors[field] = [VietnamTime.InvalidDay("Ngày")];
        return null;
    }

    private static EntryFlag? InvalidFlag(Dictionary<string, string[]> errors)
    {
        errors["flag"] = ["Bộ lọc chỉ có thể là duplicate (có thể trùng, chưa quyết định) hoặc eligibility (chờ xem điều kiện dự thi)."];
        return null;
    }

    private static EntryStatus? Invalid(Dictionary<string, string[]> errors, string field, string message)
    {
        errors[field] = [message];
        return null;
    }
}

/// <summary>The filter as organizers send it (query string or JSON), before validation. All parts optional; ids is a comma-separated list of chosen entries; flag is duplicate or eligibility (entries waiting for that decision).</summary>
public sealed record EntryFilterRequest(
    string? Unit = null, string? Movement = null, string? Status = null, string? From = null, string? To = null, string? Q = null, string? Ids = null, string? Flag = null);
