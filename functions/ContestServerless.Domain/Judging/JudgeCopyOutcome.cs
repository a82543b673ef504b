namespace ContestServerless.Domain.Judging;

public enum JudgeCopyOutcome
{
    /// <summary>The copy was made without the file's metadata; its text was scanned (hits may still need review).</summary>
    Cleaned,

    /// <summary>
    /// No copy could be made that is known to be clean (a .doc, a PDF that cannot be opened): the secretariat
    /// handles the file ("cần Ban Thư ký xử lý") and uploads a copy for the judges.
    /// </summary>
    NeedsSecretariat,
}
