namespace ContestServerless.Domain.Entries;

public sealed record Subject(string Name, string Address, string Summary);
