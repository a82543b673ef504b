namespace ContestServerless.Domain.Judging;

/// <summary>Why a judge may not score an entry.</summary>
public enum Conflict
{
    None,
    SameEmail,
    SameName,
    SameUnit,
    UnitAbove,
    UnitBelow,
    Declared,
    Recused,
}
