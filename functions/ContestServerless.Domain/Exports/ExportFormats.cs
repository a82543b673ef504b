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
