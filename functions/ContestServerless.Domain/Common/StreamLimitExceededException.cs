namespace ContestServerless.Domain.Common;

/// <summary>A <see cref="BoundedStream"/> gave more than its limit: the input is refused, not read further.</summary>
public sealed class StreamLimitExceededException(long limit)
    : IOException($"The stream gave more than its limit of {limit} bytes.")
{
    public long Limit { get; } = limit;
}
