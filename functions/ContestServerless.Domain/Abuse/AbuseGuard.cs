using System.Security.Cryptography;
using System.Text;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Abuse;

/// <summary>
/// Keeps the public form from being abused: a create needs a solved, unused proof of work and stays within the
/// limits per client and per e-mail address; a client that keeps guessing receipt codes is refused for a while.
/// Every refusal is a 429 problem with the time to wait. Counters key on hashes, never on addresses in the clear.
/// </summary>
public sealed class AbuseGuard(AbuseOptions options, UnitLinkOptions linkOptions, IAbuseLedger ledger, TimeProvider clock)
{
    // Derived from the unit links' signing key, so a deployment has one secret less to keep; rotating that key
    // also retires open challenges, which live minutes.
    private readonly ProofOfWork _proof = new(
        HKDF.DeriveKey(HashAlgorithmName.SHA256, linkOptions.Key(), 32, info: "contest:proof-of-work"u8.ToArray()), options);

    public bool Enabled => options.Enabled;

    public PowChallenge NewChallenge() => _proof.Create(clock.GetUtcNow());

    /// <summary>Before a public create is stored: the proof of work, then the limits. Null when it may go ahead.</summary>
    public async Task<Problem?> CheckCreateAsync(PublicCaller caller, string authorEmail, CancellationToken cancellationToken)
    {
        if (!options.Enabled || ReferenceEquals(caller, PublicCaller.DemoSeed)) return null;
        var now = clock.GetUtcNow();

        var byClient = await ledger.PeekAsync(Key("create-client", caller.ClientAddress), options.ClientWindow, now, cancellationToken);
        if (byClient.Count >= options.CreatesPerClient) return TooMany(byClient, now);

        if (_proof.Verify(caller.ProofOfWork, now) is not { } solved)
            return Problem.InvalidField("proofOfWork",
                "Chưa xác minh được trình duyệt (chống gửi tự động). Vui lòng đợi ô xác minh báo “Đã xác minh” rồi gửi lại.");
        if (!await ledger.SpendAsync(solved.Nonce, DateTimeOffset.FromUnixTimeSeconds(solved.ExpiresAt), cancellationToken))
            return Problem.InvalidField("proofOfWork", "Mã xác minh này đã được dùng. Vui lòng xác minh lại rồi gửi.");

        var counted = await ledger.IncrementAsync(Key("create-client", caller.ClientAddress), options.ClientWindow, now, cancellationToken);
        if (counted.Count > options.CreatesPerClient) return TooMany(counted, now);
        if (authorEmail.Length > 0)
        {
            var byAddress = await ledger.IncrementAsync(Key("create-address", authorEmail.ToLowerInvariant()), options.AddressWindow, now, cancellationToken);
            if (byAddress.Count > options.CreatesPerAddress) return TooMany(byAddress, now,
                "Địa chỉ E-mail này đã được dùng cho nhiều bài dự thi trong thời gian ngắn.");
        }
        return null;
    }

    /// <summary>Before a lookup by receipt code: refused while the client has guessed wrong too often.</summary>
    public async Task<Problem?> CheckLookupAsync(PublicCaller caller, CancellationToken cancellationToken)
    {
        if (!options.Enabled) return null;
        var now = clock.GetUtcNow();
        var wrong = await ledger.PeekAsync(Key("wrong-code", caller.ClientAddress), options.WrongCodeWindow, now, cancellationToken);
        return wrong.Count >= options.WrongCodesPerClient ? TooMany(wrong, now, "Đã nhập sai mã biên nhận quá nhiều lần.") : null;
    }

    public async Task RecordWrongCodeAsync(PublicCaller caller, CancellationToken cancellationToken)
    {
        if (!options.Enabled) return;
        await ledger.IncrementAsync(Key("wrong-code", caller.ClientAddress), options.WrongCodeWindow, clock.GetUtcNow(), cancellationToken);
    }

    private static Problem TooMany(RateCount count, DateTimeOffset now, string? why = null)
    {
        var wait = count.WindowEndsAt - now;
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return new Problem(ProblemKind.TooManyRequests, "Có quá nhiều yêu cầu",
            $"{why ?? "Có quá nhiều bài dự thi được gửi từ cùng một nơi trong thời gian ngắn."} Vui lòng thử lại sau {minutes} phút.")
        {
            RetryAfter = wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1),
        };
    }

    /// <summary>A counter's key: its kind and a hash of what it counts, so no address is stored in the clear.</summary>
    private static string Key(string kind, string value) =>
        $"{kind}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32]}";
}

/// <summary>Who is calling a public route: the client's address as the platform saw it, and the proof of work it sent (if any).</summary>
public sealed record PublicCaller(string ClientAddress, string? ProofOfWork = null)
{
    /// <summary>
    /// The local host's demo seeding, which runs in-process and is never built from a request: it needs no proof of
    /// work and counts against no limit.
    /// </summary>
    public static readonly PublicCaller DemoSeed = new("demo-seed");
}

/// <summary>Counters and spent challenges, shared by every instance of the app.</summary>
public interface IAbuseLedger
{
    /// <summary>Adds one to the counter of <paramref name="key"/> in its current fixed window and answers the new count.</summary>
    Task<RateCount> IncrementAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The counter of <paramref name="key"/> in its current window, without counting.</summary>
    Task<RateCount> PeekAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records a solved challenge as used; false when it was used already (a replay).</summary>
    Task<bool> SpendAsync(string challengeId, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}

/// <summary>How many times something was counted in the current window, and when that window ends.</summary>
public sealed record RateCount(int Count, DateTimeOffset WindowEndsAt);
