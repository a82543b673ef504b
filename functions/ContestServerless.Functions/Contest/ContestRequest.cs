using System.Reflection;
using System.Text.RegularExpressions;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
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
    /// The functions that still write to an archived contest, each marked <see cref="OpenWhenArchivedAttribute"/> with
    /// its reason: what must outlive the contest's work and what is not the contest's data. Every other write (POST,
    /// PUT, PATCH, DELETE) to an archived contest answers 409.
    /// </summary>
    public static readonly IReadOnlySet<string> OpenWhenArchived = typeof(ContestRequest).Assembly.GetTypes()
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
        .Where(method => method.IsDefined(typeof(OpenWhenArchivedAttribute), inherit: false))
        .Select(method => method.GetCustomAttribute<FunctionAttribute>()?.Name
            ?? throw new InvalidOperationException($"{method.DeclaringType?.Name}.{method.Name} is marked open when archived but is not a function."))
        .ToHashSet(StringComparer.Ordinal);

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
