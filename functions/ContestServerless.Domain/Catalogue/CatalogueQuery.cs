using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Catalogue;

/// <summary>
/// Filters, searches, sorts and pages the catalogue in memory: every match is known, so the total is true and a
/// page is full unless it is the last. A page token names the filter and sort it belongs to (a hash) and the row
/// the page ended on; the next page starts after that row, so entries arriving meanwhile neither repeat nor shift
/// a row out of sight. A token whose checksum fails, from another filter, or whose row is gone is refused.
/// </summary>
public static class CatalogueQuery
{
    private const string TokenVersion = "c1";

    public static Result<EntrySort> ParseSort(string? value) => Text.Clean(value).ToLowerInvariant() switch
    {
        "" or "newest" => EntrySort.Newest,
        "title" => EntrySort.Title,
        "unit" => EntrySort.Unit,
        "movement" => EntrySort.Movement,
        _ => Problem.InvalidField("sort", "Chỉ có thể sắp xếp theo newest (mới nhất), title (tên bài), unit (đơn vị) hoặc movement (phong trào)."),
    };

    public static Result<CataloguePage> Page(CatalogueSnapshot snapshot, EntryFilter filter, EntrySort sort, string? pageToken, int pageSize,
        ContestOptions contest, UnitTree units)
    {
        var matches = Ordered(Matching(snapshot, filter), sort, contest, units);
        var scope = Scope(filter, sort);
        var start = 0;
        if (!string.IsNullOrWhiteSpace(pageToken))
        {
            if (ReadToken(pageToken) is not { } token)
                return Problem.InvalidField("page", "Mã trang không hợp lệ; hãy tải lại danh sách từ đầu.");
            if (token.Scope != scope)
                return Problem.InvalidField("page", "Mã trang thuộc một bộ lọc hoặc cách sắp xếp khác; hãy tải lại danh sách từ đầu.");
            var after = FindIndex(matches, token.AfterId);
            if (after < 0)
                return Problem.InvalidField("page", "Mã trang đã cũ (danh sách đã thay đổi); hãy tải lại danh sách từ đầu.");
            start = after + 1;
        }
        var rows = matches.Skip(start).Take(pageSize).Select(r => r.Row).ToList();
        var next = start + rows.Count < matches.Count ? WriteToken(scope, rows[^1].Id) : null;
        return new CataloguePage(rows, matches.Count, next, snapshot.UpdatedAt);
    }

    /// <summary>The rows matching the filter, newest first.</summary>
    public static List<IndexedRow> Matching(CatalogueSnapshot snapshot, EntryFilter filter)
    {
        var units = filter.UnitIds is { } ids ? new HashSet<string>(ids, StringComparer.Ordinal) : null;
        var search = filter.Search is { Length: > 0 } q ? EntryFilter.SearchKey(q) : null;
        var matches = new List<IndexedRow>();
        foreach (var indexed in snapshot.NewestFirst)
        {
            var row = indexed.Row;
            // A withdrawn entry's tombstone stays for the audit only: no list shows it, "all" included.
            if (row.Status == EntryStatus.Withdrawn) continue;
            if (filter.EntryIds is { } chosen && !chosen.Contains(row.Id)) continue;
            if (units is not null && !units.Contains(row.UnitId)) continue;
            if (filter.MovementId is { } movement && row.MovementId != movement) continue;
            if (filter.Status is { } status && row.Status != status) continue;
            if (filter.From is not null || filter.To is not null)
            {
                var day = DateOnly.FromDateTime(VietnamTime.ToLocal(row.ArrivedAt).DateTime);
                if (day < filter.From || day > filter.To) continue;
            }
            if (search is not null && !indexed.Matches(search)) continue;
            if (filter.Flag is { } flag && !EntryCatalog.HasFlag(snapshot.Flags, row.Id, flag)) continue;
            matches.Add(indexed);
        }
        return matches;
    }

    private static List<IndexedRow> Ordered(List<IndexedRow> newestFirst, EntrySort sort, ContestOptions contest, UnitTree units)
    {
        if (sort == EntrySort.Newest) return newestFirst;
        // A stable sort over rows already newest first breaks ties newest first.
        var position = newestFirst.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i);
        Func<IndexedRow, string> key = sort switch
        {
            EntrySort.Title => r => r.TitleKey,
            EntrySort.Unit => UnitKey(units),
            EntrySort.Movement => MovementKey(contest),
            _ => throw new ArgumentOutOfRangeException(nameof(sort)),
        };
        return [.. newestFirst.OrderBy(key, StringComparer.Ordinal).ThenBy(r => position[r])];
    }

    private static Func<IndexedRow, string> UnitKey(UnitTree units)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return r =>
        {
            if (!names.TryGetValue(r.Row.UnitId, out var name))
                names[r.Row.UnitId] = name = EntryFilter.SearchKey(units.Find(r.Row.UnitId)?.Name ?? r.Row.UnitId);
            return name;
        };
    }

    /// <summary>Movements in the contest's order (the order of the letter), unknown ones last.</summary>
    private static Func<IndexedRow, string> MovementKey(ContestOptions contest)
    {
        var order = contest.Movements.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i.ToString("D4", CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return r => order.GetValueOrDefault(r.Row.MovementId) ?? "9999" + r.Row.MovementId;
    }

    private static int FindIndex(List<IndexedRow> rows, string id)
    {
        for (var i = 0; i < rows.Count; i++)
            if (rows[i].Row.Id == id) return i;
        return -1;
    }

    /// <summary>What a token must belong to: the filter as parsed (units, movement, status, days, search) and the sort.</summary>
    private static string Scope(EntryFilter filter, EntrySort sort)
    {
        var text = string.Join('\u001f',
            string.Join(',', filter.UnitIds ?? []), filter.MovementId ?? "", filter.Status?.ToString() ?? "all",
            filter.From?.ToString("O", CultureInfo.InvariantCulture) ?? "", filter.To?.ToString("O", CultureInfo.InvariantCulture) ?? "",
            filter.Search is { } q ? EntryFilter.SearchKey(q) : "", sort.ToString(),
            string.Join(',', (filter.EntryIds ?? new HashSet<string>()).Order(StringComparer.Ordinal)), filter.Flag?.ToString() ?? "");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
    }

    private static string WriteToken(string scope, string afterId)
    {
        var body = $"{TokenVersion}|{scope}|{afterId}";
        return Base64Url($"{body}|{Checksum(body)}");
    }

    private static (string Scope, string AfterId)? ReadToken(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/').PadRight((token.Length + 3) / 4 * 4, '=')));
            var parts = text.Split('|');
            if (parts.Length != 4 || parts[0] != TokenVersion) return null;
            if (Checksum($"{parts[0]}|{parts[1]}|{parts[2]}") != parts[3]) return null;
            return (parts[1], parts[2]);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Catches a token edited by hand or cut short; not a secret (the row must exist in the list anyway).</summary>
    private static string Checksum(string body) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)), 0, 6);

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>A page of matching rows, how many match in all, and the token for the next page (null on the last).</summary>
public sealed record CataloguePage(IReadOnlyList<CatalogueRow> Rows, int Total, string? NextPageToken, DateTimeOffset UpdatedAt);

/// <summary>How the organizers' list is ordered; each breaks ties newest first.</summary>
public enum EntrySort
{
    Newest,
    Title,
    Unit,
    Movement,
}
