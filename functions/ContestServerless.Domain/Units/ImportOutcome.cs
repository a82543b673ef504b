namespace ContestServerless.Domain.Units;

public enum ImportOutcome
{
    Added,
    Changed,
    Unchanged,
    Rejected,
}
