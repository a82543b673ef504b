using System.ComponentModel.DataAnnotations;

namespace ContestServerless.Domain.Abuse;

/// <summary>
/// Protection of the public form (app settings Abuse__…): a proof-of-work challenge on every create, and limits per
/// client and per e-mail address kept in Table storage so they hold across instances. Enabled unless a load test or
/// benchmark turns it off (Abuse__Enabled=false).
/// </summary>
public sealed class AbuseOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The proof of work's difficulty: the browser tries on average half this many PBKDF2 keys (about one to three
    /// seconds on a phone for the default); a script making thousands of entries pays that for each.
    /// </summary>
    [Range(100, 10_000_000)] public int ChallengeMaxNumber { get; set; } = 20_000;

    /// <summary>How long a challenge may be solved and used.</summary>
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Entries one client (IP address) may create in <see cref="ClientWindow"/>: a school's computer room shares one address.</summary>
    [Range(1, 100_000)] public int CreatesPerClient { get; set; } = 30;

    public TimeSpan ClientWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Entries (and so receipt e-mails) one author e-mail address may have in <see cref="AddressWindow"/>.</summary>
    [Range(1, 100_000)] public int CreatesPerAddress { get; set; } = 10;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Wrong receipt codes one client may try in <see cref="WrongCodeWindow"/> before lookups are refused for the rest of it.</summary>
    [Range(1, 10_000)] public int WrongCodesPerClient { get; set; } = 10;

    public TimeSpan WrongCodeWindow { get; set; } = TimeSpan.FromMinutes(15);
}
