namespace ContestServerless.Functions.Privacy;

/// <summary>What the entry form and the notice page state: the notice's version, the guardian age, the contest year, region, retention.</summary>
public sealed record PrivacyNoticeView(string NoticeVersion, int GuardianAge, int ContestYear, string Region, int RetentionMonths);
