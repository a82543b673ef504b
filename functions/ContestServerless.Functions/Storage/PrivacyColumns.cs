using System.Text.Json;
using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Publishing;

namespace ContestServerless.Functions.Storage;

/// <summary>The entry row's guardian and the authors' publication answers, JSON columns (see <see cref="EntryTableRow"/>).</summary>
public static class PrivacyColumns
{
    public const string GuardianColumn = "Guardian";

    public const string PublicationColumn = "PublicationConsents";

    // Enums as words, so a person reading the table (or an audit) sees "Withdrawn", not 2.
    private static readonly JsonSerializerOptions Options = StoredJson.Options;

    public static string? WriteGuardian(Guardian? guardian) => guardian is null ? null : JsonSerializer.Serialize(guardian, Options);

    public static Guardian? ReadGuardian(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<Guardian>(json, Options);

    public static string? WritePublication(IReadOnlyList<MemberConsent> consents) =>
        consents.Count == 0 ? null : JsonSerializer.Serialize(consents, Options);

    public static IReadOnlyList<MemberConsent> ReadPublication(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<MemberConsent>>(json, Options) ?? [];
}
