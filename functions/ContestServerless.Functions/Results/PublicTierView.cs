namespace ContestServerless.Functions.Results;

public sealed record PublicTierView(string Name, List<PublicPrizeView> Prizes);
