using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Exports;

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

public enum ExportFormat
{
    Xlsx,
    Csv,
}

/// <summary>A file made for the person who asked for it.</summary>
public sealed record Export(string FileName, string ContentType, Stream Content)
{
    /// <summary>
    /// The sheet written out to a temporary file that goes when the answer is sent (50,000 entries make some
    /// megabytes, which would otherwise grow with the rows), named "{stem}-{yyyy-MM-dd-HHmm}.ext" after the time in
    /// Vietnam it was made.
    /// </summary>
    public static async Task<Export> WriteAsync<T>(Sheet<T> sheet, ExportFormat format, string stem, DateTimeOffset madeAt, CancellationToken cancellationToken)
    {
        var content = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await ExportFormats.WriteAsync(sheet, format, content, cancellationToken);
        content.Position = 0;
        return new Export(ExportFormats.FileName(stem, madeAt, format), ExportFormats.ContentType(format), content);
    }
}

/// <summary>Rows under headers, written the same way to .xlsx and to CSV.</summary>
public sealed record Sheet<T>(string Name, IReadOnlyList<Column<T>> Columns, IEnumerable<T> Rows)
{
    /// <summary>Rows read as they are written (from storage, page by page), instead of <see cref="Rows"/>, so memory stays flat however many there are.</summary>
    public IAsyncEnumerable<T>? StreamedRows { get; init; }

    public async IAsyncEnumerable<T> AllRowsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (StreamedRows is { } streamed)
        {
            await foreach (var row in streamed.WithCancellation(cancellationToken)) yield return row;
            yield break;
        }
        foreach (var row in Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }
}

/// <summary>
/// A column of an export: its Vietnamese header and how to read a row's value: a string, a number, a day in Vietnam
/// (<see cref="DateOnly"/>), a Vietnam wall-clock time (<see cref="DateTime"/>, from <see cref="VietnamTime.WallClock"/>) or null.
/// </summary>
public sealed record Column<T>(string Header, Func<T, object?> Value);
