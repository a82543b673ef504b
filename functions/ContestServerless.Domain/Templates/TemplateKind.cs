using ContestServerless.Domain.Mail;

namespace ContestServerless.Domain.Templates;

/// <summary>
/// The e-mails organizers may reword, one template each. Finer than <see cref="MessageKind"/>: the results go to an
/// entrant and to a unit's focal points in two different letters.
/// </summary>
public enum TemplateKind
{
    Receipt,
    Reminder,
    Extension,
    ResultsEntrant,
    ResultsUnit,
    JudgeReminder,

    /// <summary>Asks a winner whose consent to publication is unanswered to answer on the entrant's own page.</summary>
    PublicationRequest,
}

/// <summary>What each template kind is called on the wire and on the page, and which message kind it makes.</summary>
public static class TemplateKinds
{
    public static readonly IReadOnlyList<TemplateKind> All = Enum.GetValues<TemplateKind>();

    /// <summary>The kind's name in routes (<c>/api/organizer/templates/{kind}</c>) and in the Templates table.</summary>
    public static string RouteName(this TemplateKind kind) => kind switch
    {
        TemplateKind.Receipt => "receipt",
        TemplateKind.Reminder => "reminder",
        TemplateKind.Extension => "extension",
        TemplateKind.ResultsEntrant => "results-entrant",
        TemplateKind.ResultsUnit => "results-unit",
        TemplateKind.JudgeReminder => "judge-reminder",
        TemplateKind.PublicationRequest => "publication-request",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Title(this TemplateKind kind) => kind switch
    {
        TemplateKind.Receipt => "Biên nhận bài dự thi (gửi tác giả)",
        TemplateKind.Reminder => "Nhắc việc (gửi đơn vị chậm tiến độ)",
        TemplateKind.Extension => "Thông báo gia hạn (gửi đơn vị)",
        TemplateKind.ResultsEntrant => "Thông báo kết quả (gửi tác giả)",
        TemplateKind.ResultsUnit => "Thông báo kết quả (gửi đơn vị)",
        TemplateKind.JudgeReminder => "Nhắc chấm bài (gửi giám khảo)",
        TemplateKind.PublicationRequest => "Đề nghị cho biết ý kiến công bố tác phẩm (gửi tác giả đoạt giải)",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static MessageKind MessageKind(this TemplateKind kind) => kind switch
    {
        TemplateKind.Receipt => Mail.MessageKind.Receipt,
        TemplateKind.Reminder => Mail.MessageKind.Reminder,
        TemplateKind.Extension => Mail.MessageKind.Extension,
        TemplateKind.ResultsEntrant or TemplateKind.ResultsUnit or TemplateKind.PublicationRequest => Mail.MessageKind.Results,
        TemplateKind.JudgeReminder => Mail.MessageKind.JudgeReminder,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Whether the letter concerns an entry (previewed with an entry's data) rather than a unit or a judge.</summary>
    public static bool AboutEntry(this TemplateKind kind) => kind is TemplateKind.Receipt or TemplateKind.ResultsEntrant;

    /// <summary>Whether the letter goes to a unit's focal points (previewed with a unit's data).</summary>
    public static bool AboutUnit(this TemplateKind kind) => kind is TemplateKind.Reminder or TemplateKind.Extension or TemplateKind.ResultsUnit;

    public static bool TryParse(string? routeName, out TemplateKind kind)
    {
        foreach (var candidate in All)
        {
            if (candidate.RouteName() != routeName) continue;
            kind = candidate;
            return true;
        }
        kind = default;
        return false;
    }
}
