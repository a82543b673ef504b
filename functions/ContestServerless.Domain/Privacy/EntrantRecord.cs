using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Privacy;

/// <summary>Everything stored about an entry, as its entrant may see it; <see cref="CanChange"/> while submission is open.</summary>
public sealed record EntrantRecord(Entry Entry, string UnitName, string MovementName, IReadOnlyList<EntryVersion> Versions,
    IReadOnlyList<PrivacyRequest> Requests, bool CanChange, DateTimeOffset SubmissionClosesAt);
