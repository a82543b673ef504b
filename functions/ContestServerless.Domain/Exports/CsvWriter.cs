using System.Globalization;
using System.Text;

namespace ContestServerless.Domain.Exports;

/// <summary>RFC 4180 CSV as Excel opens it: UTF-8 with a byte order mark (or Vietnamese turns to mojibake), CRLF.</summary>
public static class CsvWriter
{
    public static async Task WriteAsync<T>(Sheet<T> sheet, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        writer.NewLine = "\r\n";
        await writer.WriteLineAsync(string.Join(',', sheet.Columns.Select(c => Quote(c.Header))));
        await foreach (var row in sheet.AllRowsAsync(cancellationToken))
        {
            await writer.WriteLineAsync(string.Join(',', sheet.Columns.Select(c => Cell(c.Value(row)))));
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        int or long or double or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        DateOnly day => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DateTime wallClock => wallClock.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
        _ => Quote(Neutralize(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")),
    };

    /// <summary>
    /// A text cell that starts like a formula (=, +, -, @, or a tab or carriage return before one) would be
    /// evaluated by a spreadsheet (CSV injection); a leading apostrophe makes it plain text.
    /// </summary>
    public static string Neutralize(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
}
