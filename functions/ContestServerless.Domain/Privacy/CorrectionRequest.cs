using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Privacy;

/// <summary>The entrant's corrected author and subject details (and the guardian's, for a minor), as typed.</summary>
public sealed record CorrectionRequest(AuthorRequest? Author, SubjectRequest? Subject, GuardianRequest? Guardian = null);
