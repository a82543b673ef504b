namespace ContestServerless.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<ContestStack>
{
    public const string Name = "Contest stack";
}
