using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Judging;

/// <summary>The criteria a round scores against (thang điểm), frozen once the round's first score is saved.</summary>
public sealed record Rubric(IReadOnlyList<Criterion> Criteria)
{
    public decimal MaxTotal => Criteria.Sum(c => c.Max);

    private static readonly FreeText IdText = new("mã tiêu chí", 40);
    private static readonly FreeText LabelText = new("tên tiêu chí", 200);
    private static readonly FreeText DescriptionText = new("mô tả tiêu chí", 1000, LineBreaks: true);

    public Criterion? Find(string id) => Criteria.FirstOrDefault(c => c.Id == id);

    /// <summary>What is wrong with the rubric itself, keyed like the organizers' form (criteria[i].field).</summary>
    public IReadOnlyDictionary<string, string[]> Check()
    {
        var errors = new Dictionary<string, string[]>();
        if (Criteria.Count == 0) errors["criteria"] = ["Thang điểm cần ít nhất một tiêu chí."];
        for (var i = 0; i < Criteria.Count; i++)
        {
            var c = Criteria[i];
            if (string.IsNullOrWhiteSpace(c.Id) || string.IsNullOrWhiteSpace(c.Label))
                errors[$"criteria[{i}].label"] = ["Vui lòng nhập tên tiêu chí."];
            else if ((LabelText.Refusal(c.Label, out _) ?? IdText.Refusal(c.Id, out _)) is { } refusal)
                errors[$"criteria[{i}].label"] = [refusal];
            if (DescriptionText.Refusal(c.Description, out _) is { } badDescription)
                errors[$"criteria[{i}].description"] = [badDescription];
            if (c.Step is not (1m or 0.5m))
                errors[$"criteria[{i}].step"] = ["Bước điểm chỉ có thể là 1 hoặc 0,5."];
            else if (c.Max <= 0 || c.Max % c.Step != 0)
                errors[$"criteria[{i}].max"] = ["Điểm tối đa phải lớn hơn 0 và chia hết cho bước điểm."];
        }
        foreach (var id in Criteria.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key))
            errors[$"criteria.{id}"] = ["Mỗi tiêu chí chỉ được khai báo một lần."];
        return errors;
    }

    /// <summary>
    /// Checks a judge's sheet: every criterion scored within its range and on its step, nothing unknown, and a
    /// comment. A draft may leave criteria blank; a submitted sheet may not.
    /// </summary>
    public Problem? Check(ScoreSheet sheet, bool submit)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (id, points) in sheet.Points)
        {
            if (Find(id) is not { } criterion)
            {
                errors[$"criteria.{id}"] = ["Tiêu chí này không có trong thang điểm của vòng chấm."];
                continue;
            }
            if (points is not { } value) continue;
            if (value < 0 || value > criterion.Max)
                errors[$"criteria.{id}"] = [$"Điểm phải từ 0 đến {Points.Format(criterion.Max)}."];
            else if (value % criterion.Step != 0)
                errors[$"criteria.{id}"] = [criterion.Step == 1m ? "Điểm phải là số nguyên." : "Điểm chỉ được chấm đến 0,5."];
        }
        if (submit)
        {
            foreach (var criterion in Criteria.Where(c => sheet.Points.GetValueOrDefault(c.Id) is null))
                errors.TryAdd($"criteria.{criterion.Id}", ["Vui lòng chấm điểm tiêu chí này."]);
            if (string.IsNullOrWhiteSpace(sheet.Comment))
                errors["comment"] = ["Vui lòng ghi nhận xét trước khi nộp phiếu chấm."];
        }
        if (ScoreSheet.CommentText.Refusal(sheet.Comment, out _) is { } refusal) errors["comment"] = [refusal];
        return errors.Count > 0 ? Problem.Invalid(errors) : null;
    }

    /// <summary>The sheet's total; only meaningful for a sheet that passed <see cref="Check(ScoreSheet, bool)"/>.</summary>
    public decimal Total(ScoreSheet sheet) => Criteria.Sum(c => sheet.Points.GetValueOrDefault(c.Id) ?? 0m);
}

/// <summary>
/// One line of the rubric (tiêu chí chấm): what the judge weighs, the most it can earn and the step points go in
/// (1 for whole points, 0.5 for half points).
/// </summary>
public sealed record Criterion(string Id, string Label, string Description, decimal Max, decimal Step = 1m);
