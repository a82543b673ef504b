namespace ContestServerless.Functions.Judging;

public sealed record RedactionUploadView(string BlobName, string UploadUrl, DateTimeOffset ExpiresAt);
