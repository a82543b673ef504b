using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Privacy;
using ContestServerless.Functions.Results;

namespace ContestServerless.Functions.Http;

/// <summary>
/// Which answers a browser or a proxy may keep. Every HTTP function's answer, whatever its status, carries
/// <c>Cache-Control: no-store</c> unless the function is on the short list of public ones, which say the same to
/// everyone and hold nothing about one person; so a new function that answers with personal data (an entrant's record,
/// a unit's entries, a judge's copy) is never cached by default. Both hosts apply it before the function runs: the
/// Functions worker through <see cref="NoStoreMiddleware"/>, the local host around each call.
/// </summary>
public static class CachePolicy
{
    public const string NoStore = "no-store";

    /// <summary>The contest's description, the units to choose from, the privacy notice and the published results.</summary>
    public static readonly IReadOnlySet<string> PublicFunctions = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(ContestFunctions.GetContest), nameof(ContestFunctions.ListUnits), nameof(EntrantPrivacyFunctions.GetPrivacyNotice), nameof(GetPublicResults),
    };

    public static void Apply(string functionName, HttpResponse response)
    {
        if (!PublicFunctions.Contains(functionName)) response.Headers.CacheControl = NoStore;
        // A public answer is the contest's the request names, by header as well as by address: a cache keeps one per contest.
        else response.Headers.Vary = ContestRequest.Header;
    }
}
