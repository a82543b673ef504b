namespace ContestServerless.Domain.Entries;

/// <summary>
/// What the unit's focal point declares when handing in an entry collected on paper: the entry form the author signed
/// (with the author's own declaration) and the author's signed consent to processing personal data were received,
/// and who keeps them (nơi lưu phiếu đồng ý). The officer does not consent for the author.
/// </summary>
public sealed record HandInDeclarationRequest(bool? FormReceived, bool? ConsentReceived, string? KeptBy);
