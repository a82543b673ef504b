namespace ContestServerless.Functions.Results;

/// <summary>Approval's body, optional: <see cref="Reason"/> is required only while submissions are still open (audited).</summary>
public sealed record ApproveRequest(string? Reason);
