using System.Globalization;

namespace ContestServerless.Domain.Common;

/// <summary>
/// The province lives in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). Everything a person reads is
/// formatted here; storage and the API keep instants with their offset.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>A time read off a clock in Vietnam (a form's date and time) as an instant.</summary>
    public static DateTimeOffset FromLocal(System.DateTime wallClock)
    {
        var unspecified = System.DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    public static int YearOf(DateTimeOffset instant) => ToLocal(instant).Year;

    /// <summary>dd/MM/yyyy, the way Vietnamese documents write dates.</summary>
    public static string Date(DateTimeOffset instant) =>
        ToLocal(instant).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The day in Vietnam the instant falls on, for exports that write real dates.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The time on a clock in Vietnam, without offset, for exports that write real dates and times.</summary>
    public static System.DateTime WallClock(DateTimeOffset instant) => ToLocal(instant).DateTime;

    public static string DateTime(DateTimeOffset instant) =>
        ToLocal(instant).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
}
