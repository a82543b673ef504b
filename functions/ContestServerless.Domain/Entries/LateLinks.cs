using System.Globalization;
using System.Text;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// Late-entry links: a token naming a unit or a person and an expiry, signed with the units' link key for this contest only. The payload
/// starts with "late", so no unit-link token (three fields, another meaning) can pass for one.
/// </summary>
public sealed class LateLinks(UnitLinkOptions options, ContestRecord contest)
{
    private const string Kind = "late";
    private const char Separator = UnitLinks.Separator;

    /// <summary>The entry form's address; the token rides in the fragment, which never reaches a server or a Referer.</summary>
    public static string FormPath(string token) => $"/submit.html#late={Uri.EscapeDataString(token)}";

    /// <summary>The entry form's address for a token of this contest (see <see cref="ContestRecord.Page"/>).</summary>
    public string FormOf(string token) => contest.Page(FormPath(token));

    public string Issue(LatePass pass)
    {
        // A person's name may hold any character, the separator included: it travels base64url-encoded.
        var payload = string.Join(Separator, Kind, pass.UnitId ?? "", Base64Url(Encoding.UTF8.GetBytes(pass.PersonName ?? "")),
            pass.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return $"{payload}{Separator}{Signature.Of(options.Key(), contest.Signed(payload))}";
    }

    /// <summary>What a token allows at <paramref name="now"/>, once its signature and expiry check out.</summary>
    public Result<LatePass> Read(string? token, DateTimeOffset now)
    {
        var parts = (token ?? "").Trim().Split(Separator);
        if (parts.Length != 5 || parts[0] != Kind) return Invalid();
        if (!Signature.Matches(options.Key(), contest.Signed(string.Join(Separator, parts[..4])), parts[4])) return Invalid();
        if (!long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || FromBase64Url(parts[2]) is not { } name) return Invalid();
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (now >= expiresAt)
            return new Problem(ProblemKind.Forbidden, "Đường dẫn nộp muộn đã hết hạn",
                $"Đường dẫn nộp muộn chỉ dùng được đến {VietnamTime.DateTime(expiresAt)}. Vui lòng liên hệ Ban Tổ chức.");
        return new LatePass(parts[1].Length > 0 ? parts[1] : null, name.Length > 0 ? name : null, expiresAt);
    }

    public static Problem Invalid() =>
        new(ProblemKind.Forbidden, "Đường dẫn nộp muộn không hợp lệ",
            "Đường dẫn nộp muộn không đúng hoặc đã bị sửa. Vui lòng mở lại đúng đường dẫn Ban Tổ chức đã gửi.");

    /// <summary>Whether an author's name is the one the link names, diacritics, case and spacing aside.</summary>
    public static bool SameName(string a, string b) => Text.NameKey(a) == Text.NameKey(b);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? FromBase64Url(string value)
    {
        var padded = value.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <summary>An issued late-entry link: what it allows and the token the entry form's address carries.</summary>
public sealed record LateLink(LatePass Pass, string Token, string Path);

/// <summary>
/// What a late-entry link (đường dẫn nộp muộn) allows: entering after closing, until <see cref="ExpiresAt"/>, for one
/// unit (<see cref="UnitId"/>) or for one named person (<see cref="PersonName"/>, whoever the entry's author is named).
/// </summary>
public sealed record LatePass(string? UnitId, string? PersonName, DateTimeOffset ExpiresAt);
