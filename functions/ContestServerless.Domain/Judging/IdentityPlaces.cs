namespace ContestServerless.Domain.Judging;

/// <summary>Where in a file a hit was found, in the words the secretariat sees.</summary>
public static class IdentityPlaces
{
    public const string Body = "nội dung";
    public const string Header = "đầu trang";
    public const string Footer = "chân trang";
    public const string Note = "chú thích";
    public const string Comment = "nhận xét";

    /// <summary>Data a .docx carries beside its text (customXml), which content controls can show.</summary>
    public const string AttachedData = "dữ liệu kèm theo";

    public static string Page(int number) => $"trang {number}";
}
