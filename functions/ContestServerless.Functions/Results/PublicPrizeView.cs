namespace ContestServerless.Functions.Results;

public sealed record PublicPrizeView(string Title, string Authors, string Unit, string Movement);
