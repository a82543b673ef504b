namespace ContestServerless.Domain.Entries;

/// <summary>Where the browser uploads the file, until when, and the key that submits it.</summary>
public sealed record UploadTicket(string Id, Uri UploadUrl, DateTimeOffset UploadExpiresAt, string SubmitKey);
