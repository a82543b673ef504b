namespace ContestServerless.Tests.Abuse;

[CollectionDefinition(Name)]
public sealed class AbuseStackCollection : ICollectionFixture<AbuseStack>
{
    public const string Name = "Abuse stack";
}
