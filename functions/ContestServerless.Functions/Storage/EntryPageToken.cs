using System.Globalization;
using System.Text;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Where the next page starts: which partition of the query and the table's own continuation token there.
/// Handed to the browser as opaque base64url text.
/// </summary>
internal readonly record struct EntryPageToken(int Partition, string? Continuation)
{
    public override string ToString() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Partition}|{Continuation}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryParse(string? text, int partitions, out EntryPageToken token)
    {
        token = default;
        if (string.IsNullOrEmpty(text)) return true;
        try
        {
            var base64 = text.Replace('-', '+').Replace('_', '/');
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
            var separator = decoded.IndexOf('|');
            if (separator <= 0 || !int.TryParse(decoded[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var partition)
                || partition >= partitions) return false;
            var continuation = decoded[(separator + 1)..];
            // The table's token is "next partition key" and "next row key" separated by a space.
            if (continuation.Length > 0 && (continuation.Split(' ').Length != 2 || continuation.Any(char.IsControl))) return false;
            token = new EntryPageToken(partition, continuation.Length > 0 ? continuation : null);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
