using ContestServerless.Domain.Contest;

namespace ContestServerless.Domain.Templates;

/// <summary>The fields every template offers, from the contest's settings.</summary>
public static class TemplateValues
{
    public static Dictionary<string, string> Common(ContestOptions contest) => new()
    {
        [Placeholders.ContestName] = contest.Name,
        [Placeholders.Organizer] = contest.Organizer,
        [Placeholders.Contact] = string.IsNullOrWhiteSpace(contest.Contact) ? "" : $"Mọi thắc mắc xin liên hệ: {contest.Contact}.",
    };

    /// <summary>How a letter to a unit's focal points addresses them: the first one by name when the register has it.</summary>
    public static string Addressee(string focalPointName, string unitName) =>
        focalPointName.Length > 0 ? $"{focalPointName}, cán bộ đầu mối của {unitName}" : $"cán bộ đầu mối của {unitName}";
}
