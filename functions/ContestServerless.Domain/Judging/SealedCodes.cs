using System.Security.Cryptography;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// The sealed code (số phách) a judge knows an entry by. Random, never derived from the entry id or the receipt
/// code, so nothing a judge sees can be matched with what the entrant or the unit holds. Crockford's base 32 without
/// the digits and letters people confuse, shown as XXX-XXX.
/// </summary>
public static class SealedCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>6 characters, about 29 bits: a round holds thousands of entries; collisions are retried by the caller.</summary>
    public static string New() =>
        string.Create(7, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = i == 3 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        });

    public static bool IsWellFormed(string? code) =>
        code is { Length: 7 } && code[3] == '-' &&
        code.Where((c, i) => i != 3).All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
