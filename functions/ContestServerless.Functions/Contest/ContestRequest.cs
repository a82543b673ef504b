using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Contest;

/// <summary>
/// How a request names its contest: <c>?contest=can-tho-2027</c> (what printed links and downloads carry) or the
/// <c>X-Contest</c> header (what the pages' scripts send); neither means the deployment's default contest, so every link
/// printed before contests were records keeps working. One rule for both hosts: the worker's middleware and the local
/// host call <see cref="Choose"/> before the function class is made.
/// </summary>
public static class ContestRequest
{
    public const string Query = "contest";
    public const string Header = "X-Contest";

    public static string? RequestedId(HttpRequest request) =>
        request.Query[Query].ToString() is { Length: > 0 } query ? query
        : request.Headers[Header].ToString() is { Length: > 0 } header ? header
        : null;

    /// <summary>Chooses the request's contest for its scope; a 404 when it names none that is stored (as a made-up id would).</summary>
    public static IActionResult? Choose(HttpContext http)
    {
        if (RequestedId(http.Request) is not { } id) return null;
        return http.RequestServices.GetRequiredService<ContestChoice>().TryChoose(id)
            ? null
            : ApiResults.Problem(Problem.NotFound("Không tìm thấy cuộc thi", "Không có cuộc thi với mã này."));
    }
}
