using System.Globalization;

namespace ContestServerless.Domain.Common;

/// <summary>
/// The province lives in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). Everything a person reads is
/// formatted here, and every date or time a request carries is read here (<see cref="TryParse"/>,
/// <see cref="TryParseDay"/>); storage and the API keep instants with their offset.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>
    /// The first and last years a request may name. The contest is organized year by year from 2018; nothing it
    /// schedules, files or previews lies before 2000 or after 2100, so a year outside is a slip of the keyboard
    /// (0001, 20188) and is refused with a field error. The bounds also keep every accepted instant days away from
    /// the ends of <see cref="DateTimeOffset"/>, so converting one to or from Vietnam time can never overflow.
    /// </summary>
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>How a person is asked to write a date and time, in every field error about one.</summary>
    public const string InstantFormat = "dd/MM/yyyy HH:mm";

    /// <summary>How a person is asked to write a date, in every field error about one.</summary>
    public const string DayFormat = "dd/MM/yyyy";

    // What forms send (datetime-local: seconds optional), what people type, and what scripts send with an offset
    // (JavaScript's toISOString(), System.Text.Json's round trip). Exact formats: a loose parse would take
    // "1/2/2018" as January the 2nd.
    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm"];
    private static readonly string[] OffsetFormats =
        ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"];
    private static readonly string[] DayFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>
    /// The instant a request names: a time on a clock in Vietnam ("2018-12-20T08:00", "20/12/2018 08:00") or one
    /// carrying its own offset or Z ("2018-12-20T01:00:00.000Z"). False for anything else: an impossible day
    /// (31/02), an offset beyond ±14:00, a year outside <see cref="FirstYear"/>–<see cref="LastYear"/> in Vietnam.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        var value = (text ?? "").Trim();
        if (value.Length == 0) return false;
        DateTimeOffset parsed;
        if (System.DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            if (wallClock.Year is < FirstYear or > LastYear) return false;
            parsed = FromLocal(wallClock);
        }
        else
        {
            var withOffset = value.EndsWith('Z') ? value[..^1] + "+00:00" : value;
            if (!DateTimeOffset.TryParseExact(withOffset, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed))
                return false;
        }
        if (ToLocal(parsed).Year is < FirstYear or > LastYear) return false;
        instant = parsed;
        return true;
    }

    /// <summary>
    /// A day a request names ("2018-04-25" from a date input, "25/04/2018" or "25/4/2018" typed); false for an
    /// impossible day or a year outside <see cref="FirstYear"/>–<see cref="LastYear"/>.
    /// </summary>
    public static bool TryParseDay(string? text, out DateOnly day)
    {
        day = default;
        if (!DateOnly.TryParseExact((text ?? "").Trim(), DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || parsed.Year is < FirstYear or > LastYear) return false;
        day = parsed;
        return true;
    }

    /// <summary>The field error for a date and time that <see cref="TryParse"/> refused; <paramref name="what"/> names it ("Thời gian mở vòng chấm").</summary>
    public static string InvalidInstant(string what) =>
        $"{what} không hợp lệ: nhập ngày giờ có thật theo dạng {InstantFormat} (giờ Việt Nam), trong khoảng năm {FirstYear}–{LastYear}.";

    /// <summary>The field error for a date that <see cref="TryParseDay"/> refused; <paramref name="what"/> names it ("Ngày ký quyết định").</summary>
    public static string InvalidDay(string what) =>
        $"{what} không hợp lệ: nhập ngày có thật theo dạng {DayFormat}, trong khoảng năm {FirstYear}–{LastYear}.";

    /// <summary>
    /// The instant as read on a clock in Vietnam. Total: an instant within hours of the end of time (a sentinel, a row
    /// written before the parser refused such years) shows as the last representable time instead of throwing.
    /// </summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        var offset = OffsetAt(utc);
        return Representable(utc.Ticks + offset.Ticks, offset);
    }

    /// <summary>
    /// A time read off a clock in Vietnam (a form's date and time) as an instant. Total: a wall-clock time in the first
    /// hours of year 1, which has no instant east of Greenwich, becomes the earliest instant instead of throwing.
    /// </summary>
    public static DateTimeOffset FromLocal(System.DateTime wallClock)
    {
        var unspecified = System.DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return Representable(unspecified.Ticks, OffsetAt(unspecified));
    }

    /// <summary>
    /// The zone's offset in whole minutes: before 1906 it was local mean time, +07:06:30, and a
    /// <see cref="DateTimeOffset"/> cannot carry seconds. A minute is close enough for such a time.
    /// </summary>
    private static TimeSpan OffsetAt(System.DateTime time)
    {
        var offset = Zone.GetUtcOffset(time);
        return new TimeSpan(offset.Ticks - offset.Ticks % TimeSpan.TicksPerMinute);
    }

    /// <summary>The clock time with the offset, moved to the nearest one whose UTC time exists.</summary>
    private static DateTimeOffset Representable(long localTicks, TimeSpan offset)
    {
        var lowest = Math.Max(System.DateTime.MinValue.Ticks, System.DateTime.MinValue.Ticks + offset.Ticks);
        var highest = Math.Min(System.DateTime.MaxValue.Ticks, System.DateTime.MaxValue.Ticks + offset.Ticks);
        return new DateTimeOffset(new System.DateTime(Math.Clamp(localTicks, lowest, highest)), offset);
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
