namespace ContestServerless.Domain.Privacy;

/// <summary>
/// How a contest treats entrants' personal data (its own, on its record): the notice's version each consent records,
/// the age below which a guardian consents, and how long entries that won nothing are kept. Where the data is stored
/// (<see cref="PrivacyOptions.Region"/>) belongs to the deployment.
/// </summary>
public sealed class PersonalDataRules
{
    public const int MostGuardianAge = 30;
    public const int MostRetentionMonths = 120;
    public const int MostNoticeVersionLength = 40;

    public string NoticeVersion { get; set; } = "";

    public int GuardianAge { get; set; }

    public int RetentionMonths { get; set; }

    /// <summary>The deployment's configured rules, as a contest stored before it held its own takes them.</summary>
    public static PersonalDataRules From(PrivacyOptions options) =>
        new() { NoticeVersion = options.NoticeVersion, GuardianAge = options.GuardianAge, RetentionMonths = options.RetentionMonths };
}
