using System.Security.Cryptography;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// Short codes people can read aloud over the phone: Crockford's base 32 (no I, L, O, U), upper case.
/// Lookups accept lower case, dashes and spaces.
/// </summary>
public static class Codes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>10 characters, 50 random bits: collisions are vanishingly rare and retried anyway.</summary>
    public static string NewEntryId() => Random(10);

    /// <summary>8 characters, shown as XXXX-XXXX.</summary>
    public static string NewReceiptCode()
    {
        var code = Random(8);
        return $"{code[..4]}-{code[4..]}";
    }

    /// <summary>
    /// The secret that lets the browser which created an entry submit it (and so learn its receipt code):
    /// 128 random bits, base64url. Never shown to organizers or units.
    /// </summary>
    public static string NewSubmitKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// A submit key that also names the entry's unit after a dot, so submit finds the entry with one point read in
    /// the unit's partition instead of two (the id locator, then the row). The unit is no secret to the browser that
    /// chose it; the 128 random bits before the dot are the secret, and the whole key is compared as before.
    /// </summary>
    public static string NewSubmitKey(string unitId) => $"{NewSubmitKey()}.{unitId}";

    /// <summary>The unit a key made by <see cref="NewSubmitKey(string)"/> names; null for a key without one.</summary>
    public static string? UnitOfSubmitKey(string? submitKey) =>
        submitKey?.IndexOf('.') is int dot and >= 0 && dot < submitKey.Length - 1 ? submitKey[(dot + 1)..] : null;

    /// <summary>Constant-time; an entry stored without a key (made before keys existed) matches nothing.</summary>
    public static bool SubmitKeyMatches(string issued, string? presented) =>
        issued.Length > 0 && presented is not null &&
        CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(issued), System.Text.Encoding.ASCII.GetBytes(presented));

    public static string Normalize(string? code)
    {
        var cleaned = (code ?? "").Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray();
        return new string(cleaned).Replace('O', '0').Replace('I', '1').Replace('L', '1');
    }

    public static bool IsWellFormedEntryId(string id) =>
        id.Length == 10 && id.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>Constant-time so response timing tells nothing about how much of a guess was right.</summary>
    public static bool ReceiptMatches(string issued, string? presented) =>
        CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(Normalize(issued)),
            System.Text.Encoding.ASCII.GetBytes(Normalize(presented)));

    private static string Random(int length) =>
        string.Create(length, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        });
}
