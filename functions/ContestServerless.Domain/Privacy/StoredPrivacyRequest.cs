namespace ContestServerless.Domain.Privacy;

public sealed record StoredPrivacyRequest(PrivacyRequest Request, string Version);
