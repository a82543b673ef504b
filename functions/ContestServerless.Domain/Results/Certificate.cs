using ContestServerless.Domain.Common;

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

/// <summary>
/// What organizers type before printing certificates: the number and date of the decision awarding the prizes,
/// and optionally one entry whose authors alone get theirs.
/// </summary>
/// <param name="Date">"yyyy-MM-dd" (a date field) or "dd/MM/yyyy".</param>
public sealed record CertificateRequest(string? Number, string? Date, string? EntryId = null);

/// <summary>
/// File names for certificates in one archive: the tier and the winner's name without diacritics, lower case,
/// ASCII letters, digits and hyphens only (safe in every unzip tool and file system), unique within the archive.
/// </summary>
public static class CertificateFileNames
{
    private const int MaxStemLength = 80;
    private const string Fallback = "giay-chung-nhan";

    /// <summary>One name per certificate, in order; a name met again gets "-2", "-3" … before ".pdf".</summary>
    public static IReadOnlyList<string> For(IReadOnlyList<Certificate> certificates)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(certificates.Count);
        foreach (var certificate in certificates)
        {
            var stem = Stem(certificate);
            var name = stem + ".pdf";
            for (var n = 2; !taken.Add(name); n++) name = $"{stem}-{n}.pdf";
            names.Add(name);
        }
        return names;
    }

    /// <summary>"giai-nhat-nguyen-thi-anh-tuyet" for Giải Nhất awarded to Nguyễn Thị Ánh Tuyết.</summary>
    public static string Stem(Certificate certificate) =>
        AsciiNames.Slug($"{certificate.TierName} {certificate.WinnerName}", MaxStemLength, Fallback);
}
