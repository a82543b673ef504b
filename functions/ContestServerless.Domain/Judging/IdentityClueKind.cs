namespace ContestServerless.Domain.Judging;

/// <summary>Which kind of author detail a judge's copy was found to contain.</summary>
public enum IdentityClueKind
{
    Name,
    Phone,
    Email,
    Workplace,
    Unit,
}
