namespace ContestServerless.Domain.Privacy;

/// <summary>A one-file upload link (valet key) for the entry's new file, as submission hands out.</summary>
public sealed record FileReplacementTicket(Uri UploadUrl, DateTimeOffset ExpiresAt);
