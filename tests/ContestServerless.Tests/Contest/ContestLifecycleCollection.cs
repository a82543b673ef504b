namespace ContestServerless.Tests.Contest;

/// <summary>The tests that create, archive and delete contests, on one stack of their own (<see cref="ContestLifecycleStack"/>).</summary>
[CollectionDefinition(Name)]
public sealed class ContestLifecycleCollection : ICollectionFixture<ContestLifecycleStack>
{
    public const string Name = "Contest lifecycle";
}
