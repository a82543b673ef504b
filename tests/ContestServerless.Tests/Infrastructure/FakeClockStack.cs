namespace ContestServerless.Tests.Infrastructure;

/// <summary>A seeded stack on a clock of its own, which starts now and moves only when a test moves it.</summary>
public abstract class FakeClockStack(FakeTimeProvider clock) : SeededStack(new ContestStack { Clock = clock })
{
    protected FakeClockStack() : this(new FakeTimeProvider(DateTimeOffset.UtcNow)) { }

    public FakeTimeProvider Clock { get; } = clock;
}
