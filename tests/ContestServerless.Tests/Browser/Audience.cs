namespace ContestServerless.Tests.Browser;

/// <summary>Who opens a page: anyone, a signed-in organizer or judge, or a unit's focal point through its personal link.</summary>
public enum Audience
{
    Public,
    Organizer,
    Unit,
    Judge,

    /// <summary>Signed in, but given no role by the staff list.</summary>
    NoRole,
}
