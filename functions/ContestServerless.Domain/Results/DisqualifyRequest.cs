namespace ContestServerless.Domain.Results;

public sealed record DisqualifyRequest(string? EntryId, string? Reason);
