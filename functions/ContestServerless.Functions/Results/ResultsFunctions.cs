using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Functions.Results;

/// <summary>
/// The organizers' results: the prize proposal from the final round's ranking and the committee's decisions on it
/// (tiers, ties, swaps, disqualifications, approval that locks them and opens the codes to names, unlocking), each
/// answered with the board; then telling people and the unit awards.
/// </summary>
public sealed class ResultsFunctions(
    ResultsDecisions decisions,
    ResultsNotifier notifier,
    UnitAwardsService unitAwards,
    ContestOptions contest,
    TimeProvider clock)
{
    /// <summary>The prize proposal, its ties, and whether it is approved and published.</summary>
    [Function("GetResultsBoard")]
    public async Task<IActionResult> Board(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/results")] HttpRequest request, CancellationToken cancellationToken) =>
        new OkObjectResult(ResultsViews.Board(await decisions.BoardAsync(request.SignedInUser(), cancellationToken), contest, clock.GetUtcNow()));

    /// <summary>Organizers set the prize tiers (name, quota, movement, amount) and the round results come from, until approval.</summary>
    [Function("SaveResultsSettings")]
    public Task<IActionResult> SaveSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "organizer/results/settings")] HttpRequest request,
        CancellationToken cancellationToken) =>
        DecideAsync<ResultsSettingsRequest>(request, (user, body) => decisions.SaveSettingsAsync(user, body, cancellationToken), cancellationToken);

    /// <summary>The committee settles a tie across a quota: names who moves up, extends the quota, or records a vote.</summary>
    [Function("ResolveTie")]
    public Task<IActionResult> ResolveTie(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/results/ties")] HttpRequest request, CancellationToken cancellationToken) =>
        DecideAsync<TieRequest>(request, (user, body) => decisions.ResolveTieAsync(user, body, cancellationToken), cancellationToken);

    /// <summary>The committee exchanges two entries' places, with a reason.</summary>
    [Function("SwapPrizes")]
    public Task<IActionResult> Swap(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/results/swaps")] HttpRequest request, CancellationToken cancellationToken) =>
        DecideAsync<SwapRequest>(request, (user, body) => decisions.SwapAsync(user, body, cancellationToken), cancellationToken);

    /// <summary>An entry found ineligible leaves the results, with a reason; the next ranked moves up.</summary>
    [Function("DisqualifyEntry")]
    public Task<IActionResult> Disqualify(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/results/disqualifications")] HttpRequest request,
        CancellationToken cancellationToken) =>
        DecideAsync<DisqualifyRequest>(request, (user, body) => decisions.DisqualifyAsync(user, body, cancellationToken), cancellationToken);

    /// <summary>
    /// The committee approves the results: they lock, and the codes open to names for organizers. While submissions are
    /// open the body must carry a reason; after they close a body-less approval is enough.
    /// </summary>
    [Function("ApproveResults")]
    public Task<IActionResult> Approve(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/results/approve")] HttpRequest request,
        CancellationToken cancellationToken) =>
        JsonBody.HandleOptionalAsync<ApproveRequest>(request, cancellationToken, body =>
            BoardAsync(decisions.ApproveAsync(request.SignedInUser(), body?.Reason, cancellationToken), contest, clock));

    /// <summary>An organizer unlocks approved results, with a reason (audited); they leave the public page until approved again.</summary>
    [Function("UnlockResults")]
    public Task<IActionResult> Unlock(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/results/unlock")] HttpRequest request,
        CancellationToken cancellationToken) =>
        DecideAsync<UnlockResultsRequest>(request, (user, body) => decisions.UnlockAsync(user, body.Reason, cancellationToken), cancellationToken);

    /// <summary>Tells each entrant with an e-mail and each unit's focal points the results, once each; running it again sends nothing new.</summary>
    [Function("NotifyResults")]
    public Task<IActionResult> Notify(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/results/notify")] HttpRequest request,
        CancellationToken cancellationToken) =>
        notifier.NotifyAsync(request.SignedInUser(), cancellationToken).OkAsync(ResultsViews.Notification);

    /// <summary>How many entrants and units the results e-mails would reach, counted without sending: the confirmation names them.</summary>
    [Function("GetResultsRecipients")]
    public async Task<IActionResult> Recipients(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/results/recipients")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new OkObjectResult(ResultsViews.Recipients(await notifier.RecipientsAsync(cancellationToken)));

    /// <summary>Units by participation (entries against minimum, final round, prizes, quick report), for the unit awards.</summary>
    [Function("ListUnitAwards")]
    public async Task<IActionResult> UnitAwards(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/results/units")] HttpRequest request, CancellationToken cancellationToken) =>
        new OkObjectResult(ResultsViews.UnitAwards(await unitAwards.ListAsync(cancellationToken)));

    /// <summary>Organizers pick the units to award (giải tập thể); answers the table again.</summary>
    [Function("SaveUnitAwards")]
    public Task<IActionResult> SaveUnitAwards(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "organizer/results/units")] HttpRequest request, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<UnitAwardsRequest>(request, cancellationToken, body =>
            unitAwards.SaveAsync(request.SignedInUser(), body.Units, cancellationToken).OkAsync(ResultsViews.UnitAwards));

    /// <summary>The board as organizers see it, or the problem that stopped the decision.</summary>
    internal static Task<IActionResult> BoardAsync(Task<Result<ResultsBoard>> board, ContestOptions contest, TimeProvider clock) =>
        board.OkAsync(b => ResultsViews.Board(b, contest, clock.GetUtcNow()));

    /// <summary>Reads a decision's JSON body (a problem when malformed), takes the decision as the signed-in user, answers the board.</summary>
    private Task<IActionResult> DecideAsync<T>(
        HttpRequest request, Func<SignedInUser, T, Task<Result<ResultsBoard>>> decide, CancellationToken cancellationToken) where T : class =>
        JsonBody.HandleAsync<T>(request, cancellationToken, body => BoardAsync(decide(request.SignedInUser(), body), contest, clock));
}

/// <summary>Organizers publish approved results now or at a chosen time (Vietnam time). A class of its own: its date input is declared on the class.</summary>
[DateInput("at", DateInputKind.Instant)]
public sealed class PublishResults(ResultsPublication publication, ContestOptions contest, TimeProvider clock)
{
    [Function("PublishResults")]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/results/publish")] HttpRequest request,
        CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<PublishRequest>(request, cancellationToken, body =>
            ResultsFunctions.BoardAsync(publication.PublishAsync(request.SignedInUser(), body.At, body.Reason, cancellationToken), contest, clock));
}

/// <summary>Approval's body, optional: <see cref="Reason"/> is required only while submissions are still open (audited).</summary>
public sealed record ApproveRequest(string? Reason);

public sealed record UnlockResultsRequest(string? Reason);

/// <summary>
/// When the results become public: Vietnam local time ("yyyy-MM-ddTHH:mm"); empty for now. <see cref="Reason"/> is
/// required only while submissions are still open (audited).
/// </summary>
public sealed record PublishRequest(string? At, string? Reason = null);

public sealed record UnitAwardsRequest(List<string>? Units);
