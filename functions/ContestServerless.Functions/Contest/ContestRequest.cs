using System.Text.RegularExpressions;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Contest;

/// <summary>
/// How a request names its contest: <c>?contest=can-tho-2027</c> (what printed links and downloads carry) or the
/// <c>X-Contest</c> header (what the pages' scripts send), or the path of a route about one contest; none means the deployment's default contest, so every link
/// printed before contests were records keeps working. One rule for both hosts: the worker's middleware and the local
/// host call <see cref="Choose"/> before the function class is made.
/// </summary>
public static partial class ContestRequest
{
    public const string Query = "contest";
    public const string Header = "X-Contest";

    /// <summary>
    /// The contest a request names: a route about one contest (<c>organizer/contests/{id}/…</c>) names it in its path,
    /// which wins over the page's working contest in the header (an organizer may archive one contest from the list while
    /// working on another); then the query; then the header.
    /// </summary>
    public static string? RequestedId(HttpRequest request) =>
        ContestRoute().Match(request.Path.Value ?? "") is { Success: true } route ? Uri.UnescapeDataString(route.Groups[1].Value)
        : request.Query[Query].ToString() is { Length: > 0 } query ? query
        : request.Headers[Header].ToString() is { Length: > 0 } header ? header
        : null;

    [GeneratedRegex("^/[^/]+/organizer/contests/([^/]+)")]
    private static partial Regex ContestRoute();

    /// <summary>
    /// The functions that still write to an archived contest: what must outlive the contest's work and what is not the
    /// contest's data. Every other write (POST, PUT, PATCH, DELETE) to an archived contest answers 409.
    /// </summary>
    public static readonly IReadOnlySet<string> OpenWhenArchived = new HashSet<string>(StringComparer.Ordinal)
    {
        // Entrants' rights over their personal data, and the organizers' decisions on them, outlive the contest's work
        // (Law 91/2025/QH15); so does retention, a timer, which never passes here.
        "FilePrivacyRequest", "CorrectEntry", "StartFileReplacement", "FinishFileReplacement", "WithdrawEntry", "DecidePrivacyRequest",
        // The deployment's, not the contest's: staff and the roles a sign-in reads.
        "GetRoles", "SaveStaff", "RemoveStaff",
        // The list of contests: creating another while the page's working contest is archived, deleting one.
        "CreateContest", "DeleteContest",
        // Reads that a POST starts because the file takes a while to build: the archive package, a bulk download.
        "RequestArchivePackage", "RequestBulkDownload",
        // SendGrid's delivery events: they name their own contest, and an archived contest's messages still arrive or bounce.
        "ApplyMailEvents",
    };

    /// <summary>
    /// Chooses the request's contest in <paramref name="invocation"/>, the scope the function class is made from (in the
    /// worker the invocation's, not ASP.NET Core's request scope); a 404 when it names none that is stored, as a made-up
    /// id would; a 409 when the function named <paramref name="functionName"/> would write to an archived contest.
    /// </summary>
    public static IActionResult? Choose(HttpRequest request, IServiceProvider invocation, string functionName)
    {
        var choice = invocation.GetRequiredService<ContestChoice>();
        if (RequestedId(request) is { } id && !choice.TryChoose(id))
            return ApiResults.Problem(Problem.NotFound("Không tìm thấy cuộc thi", "Không có cuộc thi với mã này."));
        return Writes(request.Method) && !OpenWhenArchived.Contains(functionName) && choice.Current.Archived is not null
            ? ApiResults.Problem(ContestArchivingService.Archived())
            : null;
    }

    private static bool Writes(string method) => !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
}
