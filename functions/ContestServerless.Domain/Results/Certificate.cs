namespace ContestServerless.Domain.Results;

/// <summary>
/// What one prize winner's certificate (giấy chứng nhận) states. Plain text: markup in a name or title is printed as
/// the characters typed.
/// </summary>
/// <param name="DecisionNumber">The number of the decision awarding the prizes, e.g. "125/QĐ-BTC".</param>
/// <param name="DecisionDate">The day the decision was signed, printed dd/MM/yyyy.</param>
/// <param name="SignerTitle">The signer's office, e.g. "TRƯỞNG BAN TỔ CHỨC".</param>
public sealed record Certificate(
    string ContestName,
    string WinnerName,
    string EntryTitle,
    string TierName,
    string Unit,
    string DecisionNumber,
    DateOnly DecisionDate,
    string SignerTitle,
    string SignerName);
