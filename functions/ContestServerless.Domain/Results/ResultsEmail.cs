using System.Net;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Results;

/// <summary>The results e-mails: to an entrant (congratulations with the tier, or thanks) and to a unit's focal points.</summary>
public static class ResultsEmail
{
    public static MailMessage ToEntrant(Entry entry, string? tierName, ContestOptions contest, Uri resultsPage)
    {
        var greeting = $"Kính gửi Ông/Bà {entry.Author.FullName},";
        var body = tierName is null
            ? $"Ban Tổ chức {contest.Name} trân trọng cảm ơn Ông/Bà đã tham gia cuộc thi với bài dự thi “{entry.Title}” (mã {entry.Id}). Bài dự thi không nằm trong danh sách đạt giải."
            : $"Ban Tổ chức {contest.Name} trân trọng chúc mừng Ông/Bà: bài dự thi “{entry.Title}” (mã {entry.Id}) đạt {tierName}.";
        var more = $"Kết quả chi tiết được công bố tại {resultsPage}.";
        var subject = tierName is null ? "Cảm ơn Ông/Bà đã tham gia cuộc thi" : $"Chúc mừng bài dự thi đạt {tierName}";
        return Compose(entry.Author.Email, entry.Author.FullName, subject, [greeting, body, more, contest.Organizer]);
    }

    public static MailMessage ToUnit(Unit unit, IReadOnlyList<(Entry Entry, string? TierName)> entries, bool awarded, ContestOptions contest, Uri resultsPage)
    {
        var to = unit.FocalPoints.Where(f => f.Email.Length > 0).ToList();
        var lines = new List<string>
        {
            $"Kính gửi cán bộ đầu mối của {unit.Name},",
            $"Ban Tổ chức {contest.Name} xin thông báo kết quả các bài dự thi của đơn vị ({entries.Count} bài):",
        };
        lines.AddRange(entries.Select(e => $"- “{e.Entry.Title}” ({e.Entry.Author.FullName}): {e.TierName ?? "không đạt giải"}"));
        var prizes = entries.Count(e => e.TierName is not null);
        lines.Add($"Đơn vị có {prizes} bài đạt giải.");
        if (awarded) lines.Add("Đơn vị được Ban Tổ chức đề nghị khen thưởng tập thể (giải tập thể).");
        lines.Add($"Kết quả chi tiết được công bố tại {resultsPage}.");
        lines.Add(contest.Organizer);
        return Compose(to[0].Email, to[0].Name, $"Kết quả cuộc thi của {unit.Name}", lines) with
        {
            Cc = [.. to.Skip(1).Select(f => new MailAddress(f.Email, f.Name))],
        };
    }

    private static MailMessage Compose(string email, string name, string subject, IReadOnlyList<string> paragraphs)
    {
        // Titles and names are whatever people typed: encoded in the HTML part so markup shows as text.
        var html = string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
        return new MailMessage(email, name, subject, string.Join("\n\n", paragraphs), html);
    }
}
