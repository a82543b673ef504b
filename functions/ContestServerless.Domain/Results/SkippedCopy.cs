namespace ContestServerless.Domain.Results;

/// <summary>
/// A ranked entry the proposal passed over because it may be the same work as <see cref="CopyOf"/>, ranked higher:
/// one work never takes two prizes. It stays passed over until organizers decide the pair.
/// </summary>
public sealed record SkippedCopy(ResultsCandidate Candidate, string CopyOf);
