namespace ContestServerless.Functions.Privacy;

/// <summary>The parent or guardian who consented for a minor author.</summary>
public sealed record GuardianView(string FullName, string Relationship, string Phone, DateTimeOffset ConsentedAt);
