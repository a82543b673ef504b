using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Judging;

/// <summary>Checks a round request against the jury, the other rounds and the clock; every failure in Vietnamese.</summary>
public static class RoundRules
{
    public const int MaxNameLength = 100;

    /// <param name="judges">Staff who hold the judge role, by e-mail (lower case).</param>
    public static Result<Round> Check(
        RoundRequest request, string id, IReadOnlyCollection<string> judges, IReadOnlyList<Round> others, JudgingOptions options, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var name = new FreeText("tên vòng chấm", MaxNameLength, Missing: "Vui lòng nhập tên vòng chấm.").Read("name", request.Name, errors);

        var emails = (request.Judges ?? []).Select(e => Text.Clean(e).ToLowerInvariant()).Where(e => e.Length > 0).Distinct().ToList();
        var unknown = emails.Where(e => !judges.Contains(e)).ToList();
        if (emails.Count == 0) errors["judges"] = ["Chọn ít nhất một giám khảo."];
        else if (unknown.Count > 0) errors["judges"] = [$"Không phải giám khảo trong danh sách Ban Giám khảo: {string.Join(", ", unknown)}."];

        var k = request.JudgesPerEntry ?? options.DefaultJudgesPerEntry;
        if (k < 1) errors["judgesPerEntry"] = ["Mỗi bài cần ít nhất 1 giám khảo chấm."];
        else if (emails.Count > 0 && k > emails.Count)
            errors["judgesPerEntry"] = [$"Mỗi bài cần {k} giám khảo nhưng vòng chấm chỉ có {emails.Count} giám khảo."];

        var opensAt = ParseTime(request.OpensAt, "opensAt", "Thời gian mở vòng chấm", errors);
        var closesAt = ParseTime(request.ClosesAt, "closesAt", "Thời gian đóng vòng chấm", errors);
        if (closesAt is { } closes && opensAt is { } opens && closes <= opens) errors["closesAt"] = ["Thời gian đóng phải sau thời gian mở vòng chấm."];
        else if (closesAt <= now) errors["closesAt"] = ["Thời gian đóng vòng chấm đã qua."];

        var rubric = request.Rubric is { Count: > 0 } criteria ? RubricOf(criteria) : options.Rubric;
        foreach (var (field, messages) in rubric.Check()) errors[$"rubric{field["criteria".Length..]}"] = messages;

        var rankBy = request.RankBy?.Trim().ToLowerInvariant() switch
        {
            null or "" or "mean" => RankBy.Mean,
            "normalized" => RankBy.Normalized,
            _ => (RankBy?)null,
        };
        if (rankBy is null) errors["rankBy"] = ["Cách xếp hạng chỉ có thể là điểm trung bình (mean) hoặc điểm chuẩn hóa (normalized)."];

        var spread = request.SpreadToDiscuss ?? options.SpreadToDiscuss;
        if (spread < 0 || spread > rubric.MaxTotal) errors["spreadToDiscuss"] = ["Ngưỡng chênh lệch phải từ 0 đến tổng điểm tối đa."];

        var panels = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (movement, members) in request.Panels ?? [])
        {
            var panel = members.Select(e => Text.Clean(e).ToLowerInvariant()).Distinct().ToList();
            if (panel.Any(e => !emails.Contains(e)))
                errors[$"panels.{movement}"] = ["Giám khảo của tiểu ban phải là giám khảo của vòng chấm."];
            else if (panel.Count < k)
                errors[$"panels.{movement}"] = [$"Tiểu ban cần ít nhất {k} giám khảo để mỗi bài có {k} giám khảo chấm."];
            panels[Text.Clean(movement)] = panel;
        }

        Round? from = null;
        if (Text.Clean(request.FromRound) is { Length: > 0 } fromId && (from = others.FirstOrDefault(r => r.Id == fromId)) is null)
            errors["fromRound"] = ["Không tìm thấy vòng chấm trước."];
        if (errors.Count > 0) return Problem.Invalid(errors);

        var round = new Round(id, name, emails, k, opensAt!.Value, closesAt!.Value, rubric, from?.Id, rankBy!.Value, spread) { Panels = panels };
        if (from is not null && !from.IsClosedAt(now))
            return new Problem(ProblemKind.Conflict, "Vòng chấm trước chưa kết thúc",
                $"Chỉ lập vòng chấm tiếp theo từ “{from.Name}” sau khi vòng này đóng ({VietnamTime.DateTime(from.ClosesAt)}).");
        return others.FirstOrDefault(round.Overlaps) is { } overlapping ? overlapping.OverlapProblem() : round;
    }

    /// <summary>A rubric as organizers typed it; an unnamed criterion gets an id from its place.</summary>
    public static Rubric RubricOf(IReadOnlyList<CriterionRequest>? criteria) =>
        new([.. (criteria ?? []).Select((c, i) => new Criterion(
            Text.Clean(c.Id) is { Length: > 0 } id ? id : $"c{i + 1}", Text.Clean(c.Label), Text.Clean(c.Description), c.Max ?? 0m, c.Step ?? 1m))]);

    /// <summary>Vietnam local time unless the text carries its own offset, which an API script may send.</summary>
    private static DateTimeOffset? ParseTime(string? value, string field, string what, Dictionary<string, string[]> errors)
    {
        var text = Text.Clean(value);
        if (VietnamTime.TryParse(text, out var instant)) return instant;
        errors[field] = [text.Length == 0
            ? $"Vui lòng nhập {what.ToLowerInvariant()} (ngày/tháng/năm giờ:phút)."
            : VietnamTime.InvalidInstant(what)];
        return null;
    }
}

/// <summary>A round as organizers describe it; times are Vietnam local ("yyyy-MM-ddTHH:mm") or with an offset.</summary>
public sealed record RoundRequest(
    string? Name,
    List<string>? Judges,
    int? JudgesPerEntry,
    string? OpensAt,
    string? ClosesAt,
    string? FromRound,
    List<CriterionRequest>? Rubric,
    string? RankBy,
    decimal? SpreadToDiscuss,
    Dictionary<string, List<string>>? Panels = null);

public sealed record CriterionRequest(string? Id, string? Label, string? Description, decimal? Max, decimal? Step);
