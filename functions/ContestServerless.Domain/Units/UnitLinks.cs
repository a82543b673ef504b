using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;

namespace ContestServerless.Domain.Units;

/// <summary>
/// A unit's personal link (no password): a token naming the unit and the link version, valid until some time after
/// the contest closes, signed with HMAC-SHA256 for this contest only. Rotating the unit's link version revokes every older token.
/// </summary>
public sealed class UnitLinks(UnitLinkOptions options, ContestRecord contest, TimeProvider clock)
{
    public const char Separator = '~';

    public DateTimeOffset ExpiresAt => contest.Settings.SubmissionClosesAt + options.ValidAfterClosing;

    /// <summary>
    /// The portal's address on the site for a token. The token rides in the fragment, which browsers never send
    /// to a server or put in a Referer.
    /// </summary>
    public static string PortalPath(string token) => $"/unit/#t={Uri.EscapeDataString(token)}";

    /// <summary>The portal's address for a token of this contest (see <see cref="ContestRecord.Page"/>).</summary>
    public string PortalOf(string token) => contest.Page(PortalPath(token));

    /// <summary>Another page of the contest these links belong to (see <see cref="ContestRecord.Page"/>).</summary>
    public string Page(string path) => contest.Page(path);

    public string Issue(Unit unit)
    {
        var payload = string.Join(Separator, unit.Id, unit.LinkVersion.ToString(CultureInfo.InvariantCulture),
            ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return $"{payload}{Separator}{Sign(payload)}";
    }

    /// <summary>The unit id and link version a token names, once its signature and expiry check out.</summary>
    public Result<(string UnitId, int Version)> Read(string? token)
    {
        var parts = (token ?? "").Trim().Split(Separator);
        if (parts.Length != 4) return Invalid();
        var payload = string.Join(Separator, parts[..3]);
        if (!Signature.Matches(options.Key(), contest.Signed(payload), parts[3])) return Invalid();
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)) return Invalid();
        if (clock.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(expires))
            return new Problem(ProblemKind.Unauthenticated, "Đường dẫn đã hết hạn",
                $"Đường dẫn của đơn vị chỉ dùng được đến {VietnamTime.Date(DateTimeOffset.FromUnixTimeSeconds(expires))}. Vui lòng liên hệ Ban Tổ chức.");
        return (parts[0], version);
    }

    public static Problem Invalid() =>
        new(ProblemKind.Unauthenticated, "Đường dẫn không hợp lệ",
            "Đường dẫn của đơn vị không đúng hoặc đã bị sửa. Vui lòng mở lại đường dẫn trong thư của Ban Tổ chức.");

    public static Problem Rotated() =>
        new(ProblemKind.Unauthenticated, "Đường dẫn đã được thay mới",
            "Ban Tổ chức đã cấp đường dẫn mới cho đơn vị; đường dẫn này không còn dùng được. Vui lòng dùng đường dẫn mới.");

    private string Sign(string payload) => Signature.Of(options.Key(), contest.Signed(payload));
}

/// <summary>A unit's personal link: the token, the portal's address carrying it (its contest's), and until when it works.</summary>
public sealed record UnitLink(string UnitId, string Token, string Path, DateTimeOffset ExpiresAt);

/// <summary>Settings of the units' personal links (app settings UnitLink__SigningKey, UnitLink__ValidAfterClosing).</summary>
public sealed class UnitLinkOptions : IValidatableObject
{
    /// <summary>Base64 HMAC key of at least 32 bytes; in Azure a Key Vault reference.</summary>
    [Required] public string SigningKey { get; set; } = "";

    /// <summary>How long after submission closes a link keeps working (the unit follows up and reports).</summary>
    public TimeSpan ValidAfterClosing { get; set; } = TimeSpan.FromDays(60);

    public byte[] Key() => Convert.FromBase64String(SigningKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        byte[]? key = null;
        try
        {
            key = Key();
        }
        catch (FormatException)
        {
        }
        if (key is not { Length: >= 32 })
            yield return new ValidationResult("UnitLink:SigningKey must be a base64 key of at least 32 bytes (e.g. openssl rand -base64 48).");
    }
}
