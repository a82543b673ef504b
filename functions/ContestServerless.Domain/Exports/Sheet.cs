using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Exports;

/// <summary>
/// A column of an export: its Vietnamese header and how to read a row's value: a string, a number, a day in Vietnam
/// (<see cref="DateOnly"/>), a Vietnam wall-clock time (<see cref="DateTime"/>, from <see cref="VietnamTime.WallClock"/>) or null.
/// </summary>
public sealed record Column<T>(string Header, Func<T, object?> Value);

/// <summary>Rows under headers, written the same way to .xlsx and to CSV.</summary>
public sealed record Sheet<T>(string Name, IReadOnlyList<Column<T>> Columns, IEnumerable<T> Rows);

/// <summary>A file made for the person who asked for it.</summary>
public sealed record Export(string FileName, string ContentType, Stream Content)
{
    /// <summary>
    /// The sheet written out in memory (exports are a few megabytes at most), named "{stem}-{yyyy-MM-dd-HHmm}.ext"
    /// after the time in Vietnam it was made.
    /// </summary>
    public static async Task<Export> WriteAsync<T>(Sheet<T> sheet, ExportFormat format, string stem, DateTimeOffset madeAt, CancellationToken cancellationToken)
    {
        var content = new MemoryStream();
        await ExportFormats.WriteAsync(sheet, format, content, cancellationToken);
        content.Position = 0;
        return new Export(ExportFormats.FileName(stem, madeAt, format), ExportFormats.ContentType(format), content);
    }
}

public enum ExportFormat
{
    Xlsx,
    Csv,
}

public static class ExportFormats
{
    public static ExportFormat? Parse(string? value) => (value ?? "xlsx").Trim().ToLowerInvariant() switch
    {
        "" or "xlsx" => ExportFormat.Xlsx,
        "csv" => ExportFormat.Csv,
        _ => null,
    };

    public static Problem InvalidFormat() => Problem.InvalidField("format", "Định dạng chỉ có thể là xlsx hoặc csv.");

    public static string ContentType(ExportFormat format) => format == ExportFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    public static string Extension(ExportFormat format) => format == ExportFormat.Xlsx ? ".xlsx" : ".csv";

    /// <summary>The format as the audit trail names it to a person: "Excel (.xlsx)" or "CSV".</summary>
    public static string Label(ExportFormat format) => format == ExportFormat.Xlsx ? "Excel (.xlsx)" : "CSV";

    /// <summary>"Stem-2018-04-20-0930.xlsx": when it was made, in Vietnam, so successive exports sort and do not clash.</summary>
    public static string FileName(string stem, DateTimeOffset madeAt, ExportFormat format) =>
        $"{stem}-{Common.VietnamTime.ToLocal(madeAt):yyyy-MM-dd-HHmm}{Extension(format)}";

    public static async Task WriteAsync<T>(Sheet<T> sheet, ExportFormat format, Stream output, CancellationToken cancellationToken)
    {
        if (format == ExportFormat.Xlsx) await XlsxWriter.WriteAsync(sheet, output, cancellationToken);
        else await CsvWriter.WriteAsync(sheet, output, cancellationToken);
    }
}
