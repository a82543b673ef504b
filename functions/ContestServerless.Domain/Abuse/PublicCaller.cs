namespace ContestServerless.Domain.Abuse;

/// <summary>Who is calling a public route: the client's address as the platform saw it, and the proof of work it sent (if any).</summary>
public sealed record PublicCaller(string ClientAddress, string? ProofOfWork = null)
{
    /// <summary>
    /// The local host's demo seeding, which runs in-process and is never built from a request: it needs no proof of
    /// work and counts against no limit.
    /// </summary>
    public static readonly PublicCaller DemoSeed = new("demo-seed");
}
