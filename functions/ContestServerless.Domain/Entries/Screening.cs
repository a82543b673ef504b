namespace ContestServerless.Domain.Entries;

public enum Screening
{
    /// <summary>Not screened: goes to the jury like every entry.</summary>
    None,

    /// <summary>The unit forwards it (chuyển Ban Tổ chức).</summary>
    Forwarded,

    /// <summary>The unit holds it back, with a reason (không chuyển); organizers still see it.</summary>
    HeldBack,
}
