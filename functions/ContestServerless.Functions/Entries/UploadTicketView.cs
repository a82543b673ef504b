namespace ContestServerless.Functions.Entries;

/// <summary>A created entry: where to upload its one file, until when, and the key that submits it.</summary>
public sealed record UploadTicketView(string Id, string UploadUrl, DateTimeOffset UploadExpiresAt, string SubmitKey);
