using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Judging;

/// <summary>Names compared as people mean them: "Nguyễn Văn  An" and "nguyen van an" are the same person.</summary>
public static class PersonNames
{
    public static string Key(string? name) =>
        string.Join(' ', SearchFold.Key(name)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static bool Same(string? a, string? b)
    {
        var key = Key(a);
        return key.Length > 0 && key == Key(b);
    }
}
