namespace ContestServerless.Domain.Common;

/// <summary>Either a value or the <see cref="Problem"/> that prevented it.</summary>
public readonly record struct Result<T>(T? Value, Problem? Problem)
{
    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(Problem problem) => new(default, problem);
}
