namespace ContestServerless.Domain.Judging;

/// <summary>Where the secretariat uploads a redacted copy (a create-only link for one blob) and the name to confirm it with.</summary>
public sealed record RedactionUpload(string BlobName, Uri UploadUrl, DateTimeOffset ExpiresAt);
