namespace ContestServerless.Domain.Results;

/// <summary>How the committee settled a tie across a tier's quota.</summary>
public enum TieMethod
{
    /// <summary>The committee names which of the tied entries take the seats left (xét chọn).</summary>
    MoveUp,

    /// <summary>The tier's quota grows so every tied entry fits (tăng số giải).</summary>
    Extend,

    /// <summary>A recorded vote of the jury names the entries (biểu quyết), with the vote's figures.</summary>
    Vote,
}
