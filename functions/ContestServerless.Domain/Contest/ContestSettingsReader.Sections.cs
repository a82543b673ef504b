using System.Globalization;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Results;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// The sections a contest holds that were once the deployment's: prize tiers, results papers, rubric defaults,
/// reminder steps, personal-data rules. Each is read only when the request carries it, and checked by the rule its
/// feature already applies where one exists (tiers as the results settings check them, a rubric as a round's).
/// </summary>
public static partial class ContestSettingsReader
{
    private static readonly FreeText PapersLine = new("nội dung ký biên bản, giấy chứng nhận", 200);
    private static readonly FreeText NoticeVersion = new("phiên bản thông báo", PersonalDataRules.MostNoticeVersionLength,
        Missing: "Vui lòng nhập phiên bản thông báo về dữ liệu cá nhân.");

    private static void ReadSections(ContestSettingsRequest request, ContestOptions settings, Dictionary<string, string[]> errors)
    {
        if (request.PrizeTiers is { } tiers) settings.PrizeTiers = PrizeTier.ReadAll(tiers, settings, errors, "prizeTiers");
        if (request.Papers is { } papers) settings.Papers = ReadPapers(papers, errors);
        if (request.Rubric is { } rubric) settings.Rubric = ReadRubric(rubric, errors);
        if (request.Reminders is { } reminders) settings.Reminders = ReadReminders(reminders, errors);
        if (request.Privacy is { } privacy) settings.Privacy = ReadPrivacy(privacy, errors);
    }

    private static PapersOptions ReadPapers(PapersRequest request, Dictionary<string, string[]> errors) => new()
    {
        Place = PapersLine.Read("papers.place", request.Place, errors),
        Locality = PapersLine.Read("papers.locality", request.Locality, errors),
        JuryChair = PapersLine.Read("papers.juryChair", request.JuryChair, errors),
        JurySecretary = PapersLine.Read("papers.jurySecretary", request.JurySecretary, errors),
        SignerTitle = PapersLine.Read("papers.signerTitle", request.SignerTitle, errors),
        SignerName = PapersLine.Read("papers.signerName", request.SignerName, errors),
    };

    private static RubricDefaults ReadRubric(RubricDefaultsRequest request, Dictionary<string, string[]> errors)
    {
        var criteria = (request.Criteria ?? []).Select(c => c ?? new CriterionRequest(null, null, null, null, null)).ToList();
        var rubric = RoundRules.RubricOf(criteria);
        // Keyed like a round's rubric ("criteria[i].max" → "rubric.criteria[i].max").
        foreach (var (field, messages) in rubric.Check()) errors[$"rubric.{field}"] = messages;
        if (criteria.Count > MostItems) errors["rubric.criteria"] = [$"Thang điểm có nhiều nhất {MostItems} tiêu chí."];
        if (request.JudgesPerEntry is not { } judges || judges < 1 || judges > RubricDefaults.MostJudgesPerEntry)
            errors["rubric.judgesPerEntry"] = [$"Số giám khảo chấm mỗi bài phải từ 1 đến {RubricDefaults.MostJudgesPerEntry}."];
        return new() { Criteria = [.. rubric.Criteria], JudgesPerEntry = request.JudgesPerEntry ?? 0 };
    }

    private static ReminderSteps ReadReminders(ReminderStepsRequest request, Dictionary<string, string[]> errors)
    {
        var days = new List<int>();
        var wellFormed = true;
        foreach (var part in Text.Clean(request.DaysBefore).Split(',', StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= ReminderSteps.MostDaysBefore) days.Add(day);
            else wellFormed = false;
        }
        if (!wellFormed)
            errors["reminders.daysBefore"] = [$"Số ngày nhắc trước hạn là các số từ 1 đến {ReminderSteps.MostDaysBefore}, cách nhau bằng dấu phẩy (ví dụ 14,7,3,1)."];
        else if (days.Zip(days.Skip(1)).Any(pair => pair.First <= pair.Second))
            errors["reminders.daysBefore"] = ["Số ngày nhắc trước hạn phải xếp từ lớn đến nhỏ, không trùng nhau (ví dụ 14,7,3,1)."];
        if (request.OverdueEveryDays is not (>= 0 and <= ReminderSteps.MostOverdueEveryDays))
            errors["reminders.overdueEveryDays"] = [$"Số ngày giữa hai lần nhắc khi quá hạn phải từ 0 đến {ReminderSteps.MostOverdueEveryDays} (0: không nhắc sau hạn)."];
        return new() { DaysBefore = days, OverdueEveryDays = request.OverdueEveryDays ?? 0 };
    }

    private static PersonalDataRules ReadPrivacy(PersonalDataRequest request, Dictionary<string, string[]> errors)
    {
        var version = NoticeVersion.Read("privacy.noticeVersion", request.NoticeVersion, errors);
        if (request.GuardianAge is not (>= 1 and <= PersonalDataRules.MostGuardianAge))
            errors["privacy.guardianAge"] = [$"Tuổi cần cha mẹ hoặc người giám hộ đồng ý phải từ 1 đến {PersonalDataRules.MostGuardianAge}."];
        if (request.RetentionMonths is not (>= 1 and <= PersonalDataRules.MostRetentionMonths))
            errors["privacy.retentionMonths"] = [$"Thời hạn lưu dữ liệu phải từ 1 đến {PersonalDataRules.MostRetentionMonths} tháng."];
        return new() { NoticeVersion = version, GuardianAge = request.GuardianAge ?? 0, RetentionMonths = request.RetentionMonths ?? 0 };
    }
}
