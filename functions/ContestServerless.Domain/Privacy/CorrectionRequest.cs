using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Privacy;

/// <summary>
/// The entrant's corrected details, as typed: the author (the group's leader), the subject, every other member of a
/// group (in their stored order; a correction neither adds nor removes members) and, for a minor, the guardian.
/// A part left out stays as stored.
/// </summary>
public sealed record CorrectionRequest(AuthorRequest? Author, SubjectRequest? Subject, GuardianRequest? Guardian = null,
    List<CoAuthorRequest?>? CoAuthors = null);
