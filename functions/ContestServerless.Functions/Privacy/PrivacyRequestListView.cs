namespace ContestServerless.Functions.Privacy;

public sealed record PrivacyRequestListView(IReadOnlyList<PrivacyRequestView> Requests);
