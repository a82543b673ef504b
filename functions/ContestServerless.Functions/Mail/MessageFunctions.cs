using ContestServerless.Domain.Common;
using ContestServerless.Domain.Mail;

namespace ContestServerless.Functions.Mail;

/// <summary>The organizers' message log: every message of the contest with what became of it, and a resend.</summary>
public sealed class MessageFunctions(MessageLogService messages)
{
    /// <summary>The log, newest first, filtered by kind, status, unit, entry and the days sent (from and to, both included).</summary>
    [Function("ListMessages")]
    [DateInput("from", DateInputKind.Day)]
    [DateInput("to", DateInputKind.Day)]
    public async Task<IActionResult> ListMessages(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/messages")] HttpRequest request, CancellationToken cancellationToken)
    {
        var filter = ReadFilter(request.Query);
        return filter.Problem is { } problem
            ? ApiResults.Problem(problem)
            : new OkObjectResult(MailViews.List(await messages.ListAsync(filter.Value!, cancellationToken)));
    }

    /// <summary>The units mail does not reach (a focal point's address bounced) and each unit's last reminder: the dashboard's flags.</summary>
    [Function("ListUnitMail")]
    public async Task<IActionResult> ListUnitMail(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/messages/units")] HttpRequest request, CancellationToken cancellationToken) =>
        new OkObjectResult(MailViews.Units(await messages.UnitsAsync(cancellationToken)));

    /// <summary>Sends a message again, to the same address (no body) or a corrected one (<c>{to}</c>); audited.</summary>
    [Function("ResendMessage")]
    public Task<IActionResult> ResendMessage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/messages/{id}/resend")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleOptionalAsync<ResendRequest>(request, cancellationToken, body =>
            messages.ResendAsync(request.SignedInUser(), id, body?.To, cancellationToken)
                .ToActionResultAsync(resent => ApiResults.Accepted(MailViews.Resent(resent))));

    private static Result<MessageFilter> ReadFilter(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>();
        string? Text(string name) => query[name].ToString() is { Length: > 0 } value ? value.Trim() : null;

        MessageKind? kind = null;
        if (Text("kind") is { } kindName && (kind = MailViews.ParseKind(kindName)) is null)
            errors["kind"] = ["Loại thư không có trong danh sách."];
        MessageStatus? status = null;
        if (Text("status") is { } statusName && (status = MessageStatuses.Parse(statusName)) is null)
            errors["status"] = ["Trạng thái thư không có trong danh sách."];
        DateTimeOffset? Day(string name, string what, int plusDays)
        {
            if (Text(name) is not { } typed) return null;
            if (VietnamTime.TryParseDay(typed, out var day)) return VietnamTime.FromLocal(day.AddDays(plusDays).ToDateTime(TimeOnly.MinValue));
            errors[name] = [VietnamTime.InvalidDay(what)];
            return null;
        }
        var from = Day("from", "Từ ngày", 0);
        var to = Day("to", "Đến ngày", 1);
        if (errors.Count > 0) return Problem.Invalid(errors);
        return new MessageFilter(kind, status, Text("unitId"), Text("entryId"), from, to);
    }
}

public sealed record ResendRequest(string? To);
