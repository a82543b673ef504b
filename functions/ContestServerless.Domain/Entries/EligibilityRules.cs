using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// Who may not enter (đối tượng không được dự thi): members of the organizing committee, the secretariat and the
/// jury (everyone on the staff list), and the person an essay is about, as its author. A match only flags the entry:
/// names are shared by many people, so organizers decide.
/// </summary>
public static class EligibilityRules
{
    /// <summary>What a person should read about an entry's authors, in Vietnamese; empty when nothing matches.</summary>
    public static IReadOnlyList<string> Concerns(Entry entry, IReadOnlyList<StaffMember> staff)
    {
        var concerns = new List<string>();
        var subjectKey = Text.NameKey(entry.Subject.Name);
        foreach (var member in entry.Members)
        {
            var who = $"{(member.IsLeader ? entry.IsGroup ? "Trưởng nhóm" : "Tác giả" : "Đồng tác giả")} {member.FullName}";
            var nameKey = Text.NameKey(member.FullName);
            var email = Text.Clean(member.Email);
            foreach (var person in staff)
            {
                var roles = string.Join(", ", person.Roles.Select(StaffRoles.Label));
                if (email.Length > 0 && string.Equals(email, Text.Clean(person.Email), StringComparison.OrdinalIgnoreCase))
                    concerns.Add($"{who} có E-mail trùng với thành viên {roles} ({person.Email}).");
                else if (nameKey.Length > 0 && nameKey == Text.NameKey(person.Name))
                    concerns.Add($"{who} trùng họ tên với thành viên {roles} ({person.Name}).");
            }
            if (nameKey.Length > 0 && nameKey == subjectKey)
                concerns.Add($"{who} trùng họ tên với người được viết về.");
        }
        return concerns;
    }
}
