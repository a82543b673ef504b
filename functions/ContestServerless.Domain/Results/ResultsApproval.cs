namespace ContestServerless.Domain.Results;

/// <summary>
/// The approved results (kết quả đã phê duyệt): the final round, the tiers as approved and the ties as settled. Approval
/// freezes this copy, so later changes to scores cannot move a prize; it is what the minutes, the certificates, the
/// public page and the e-mails are made from.
/// </summary>
public sealed record ResultsApproval(string RoundId, string RoundName, Proposal Proposal, string By, DateTimeOffset At);
