namespace ContestServerless.Domain.Judging;

/// <summary>A conflict organizers know of and the rules cannot see (a relative, a former pupil), with why.</summary>
public sealed record DeclaredConflict(string EntryId, string JudgeEmail, string Reason);
