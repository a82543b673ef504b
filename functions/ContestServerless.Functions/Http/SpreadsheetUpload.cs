using System.Globalization;
using System.Text;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Units;

namespace ContestServerless.Functions.Http;

/// <summary>
/// Reads a small spreadsheet sent as the request body: .xlsx (first sheet, see <see cref="XlsxRows"/>) or CSV in
/// UTF-8, into rows of text, at most <see cref="MaxRows"/>. Import files are a few kilobytes, so unlike
/// entries they come through the function.
/// </summary>
public static class SpreadsheetUpload
{
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>
    /// Lines in the file, header included. A province has hundreds of units, not tens of thousands; the cap keeps a
    /// file of empty lines or a sheet that numbers its rows in the millions from costing memory and time.
    /// </summary>
    public const int MaxRows = 10_000;

    public static async Task<Result<IReadOnlyList<string[]>>> ReadRowsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (await RequestBody.ReadAsync(request, MaxBytes, cancellationToken) is not { } body) return TooLarge();
        if (body.Length == 0) return Problem.InvalidField("file", "Chưa chọn tệp danh sách đơn vị.");

        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        return bytes.StartsWith("PK\u0003\u0004"u8) ? XlsxRows.Read(body) : ReadCsv(bytes);
    }

    private static Result<IReadOnlyList<string[]>> ReadCsv(ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException)
        {
            return Problem.InvalidField("file", "Tệp CSV phải được lưu ở dạng UTF-8 (trong Excel: Lưu thành › CSV UTF-8).");
        }
        var rows = UnitCsv.ReadRows(new StringReader(text)).Take(MaxRows + 1).ToList();
        return rows.Count > MaxRows ? TooManyRows() : rows;
    }

    public static Problem TooManyRows() =>
        Problem.InvalidField("file", $"Tệp danh sách đơn vị có tối đa {MaxRows.ToString("#,0", VietnameseNumbers)} dòng.");

    private static readonly NumberFormatInfo VietnameseNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    private static Problem TooLarge() =>
        Problem.InvalidField("file", $"Tệp danh sách đơn vị tối đa {MaxBytes / (1024 * 1024)} MB.");
}
