using System.Globalization;

namespace ContestServerless.Domain.Backup;

/// <summary>
/// Where a day's backup lies in the backups container: a folder per day, named by the day in Viet Nam
/// (<c>yyyy-MM-dd</c>, the day the operators and the logs speak of), one compressed JSON-lines file per table and the
/// manifest.
/// </summary>
public static class BackupFiles
{
    public const string DayFormat = "yyyy-MM-dd";

    public static string FolderOf(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static string FileOf(DateOnly day, string table) => $"{FolderOf(day)}/{table}.jsonl.gz";

    public static string ManifestOf(DateOnly day) => $"{FolderOf(day)}/manifest.json";

    /// <summary>A backup's day as the script and the admin function take it: exactly <c>yyyy-MM-dd</c>, as its folder is named.</summary>
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text ?? "", DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
