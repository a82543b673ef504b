namespace ContestServerless.Domain.Common;

/// <summary>
/// A form's choice among a few fixed words ("keep" or "exclude"), read the way every such field is: cleaned, matched
/// word for word, and anything else refused with <paramref name="refusal"/>, the message that names the words.
/// </summary>
public sealed class Choice<T>(string refusal, params (string Word, T Value)[] words) where T : struct, Enum
{
    /// <summary>The chosen value; a word not on the list adds the refusal to <paramref name="errors"/> under <paramref name="field"/>.</summary>
    public T? Read(string field, string? value, IDictionary<string, string[]> errors)
    {
        if (Find(value) is { } chosen) return chosen;
        errors[field] = [refusal];
        return null;
    }

    /// <summary>The chosen value, or a problem keyed by <paramref name="field"/>.</summary>
    public Result<T> Read(string field, string? value) =>
        Find(value) is { } chosen ? chosen : Problem.InvalidField(field, refusal);

    private T? Find(string? value)
    {
        var text = Text.Clean(value);
        foreach (var (word, chosen) in words)
            if (word == text) return chosen;
        return null;
    }
}
