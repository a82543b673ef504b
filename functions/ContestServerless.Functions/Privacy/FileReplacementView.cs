namespace ContestServerless.Functions.Privacy;

/// <summary>Where the browser uploads the new file (a link that can create that one blob), and until when.</summary>
public sealed record FileReplacementView(string UploadUrl, DateTimeOffset UploadExpiresAt);
