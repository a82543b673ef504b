namespace ContestServerless.Domain.Common;

/// <summary>
/// A free-text field a person types (a name, a reason, a judge's comment, a note): the one check every such field
/// goes through, the entry form's included, so a field read anywhere refuses what the form refuses: control
/// characters (line breaks only where <see cref="LineBreaks"/>), invisible format characters such as the
/// right-to-left override and the TAG characters, broken surrogate pairs and noncharacters
/// (<see cref="Text.HasControlCharacters"/>). The zero-width joiner and non-joiner pass: emoji sequences and scripts
/// written in Viet Nam (Khmer) use them, and they cannot reorder or hide text.
/// </summary>
/// <param name="Label">The field in a Vietnamese sentence, lower case: "lý do", "nhận xét".</param>
/// <param name="Missing">The message when the field is left empty; null when it may be.</param>
public sealed record FreeText(string Label, int MaxLength, bool LineBreaks = false, string? Missing = null)
{
    /// <summary>The message refusing <paramref name="value"/>, or null; <paramref name="cleaned"/> is the trimmed NFC text.</summary>
    public string? Refusal(string? value, out string cleaned)
    {
        cleaned = Text.Clean(value);
        if (cleaned.Length == 0) return Missing;
        if (Text.HasControlCharacters(cleaned, LineBreaks)) return $"Mục {Label} chứa ký tự không hợp lệ.";
        if (cleaned.Length > MaxLength) return $"Mục {Label} không được dài quá {MaxLength} ký tự.";
        return null;
    }

    /// <summary>The cleaned text, or a problem keyed by <paramref name="field"/>.</summary>
    public Result<string> Read(string field, string? value) =>
        Refusal(value, out var cleaned) is { } refusal ? Problem.InvalidField(field, refusal) : cleaned;

    /// <summary>The cleaned text; a refusal is added to <paramref name="errors"/> under <paramref name="field"/>.</summary>
    public string Read(string field, string? value, IDictionary<string, string[]> errors)
    {
        if (Refusal(value, out var cleaned) is { } refusal) errors[field] = [refusal];
        return cleaned;
    }
}
