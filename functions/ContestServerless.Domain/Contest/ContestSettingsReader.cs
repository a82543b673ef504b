using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.RegularExpressions;
using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// Reads organizers' settings into <see cref="ContestOptions"/>: each field through the project's one free-text rule,
/// dates through the one Vietnam-time parser, limits through the same ranges the app checks at start, and then the same
/// rules across fields (<see cref="ContestOptions.Failures"/>), every refusal a Vietnamese error keyed by its field.
/// </summary>
public static partial class ContestSettingsReader
{
    private static readonly FreeText Name = new("tên cuộc thi", 300, Missing: "Vui lòng nhập tên cuộc thi.");
    private static readonly FreeText Organizer = new("đơn vị tổ chức", 300, Missing: "Vui lòng nhập đơn vị tổ chức.");
    private static readonly FreeText Description = new("giới thiệu", 4000, LineBreaks: true, Missing: "Vui lòng nhập phần giới thiệu cuộc thi.");
    private static readonly FreeText Authority = new("cơ quan chủ trì", 300);
    private static readonly FreeText Intro = new("đoạn giới thiệu", 4000, LineBreaks: true, Missing: "Đoạn giới thiệu không được để trống.");
    private static readonly FreeText Area = new("địa bàn", 200);
    private static readonly FreeText Contact = new("liên hệ", 500);
    private static readonly FreeText ItemName = new("tên", 300, Missing: "Vui lòng nhập tên.");
    private static readonly FreeText DocumentNumber = new("số hiệu văn bản", 100, Missing: "Vui lòng nhập số hiệu văn bản.");
    private static readonly FreeText DocumentTitle = new("trích yếu văn bản", 500, Missing: "Vui lòng nhập trích yếu văn bản.");
    private static readonly FreeText DocumentUrl = new("đường dẫn văn bản", 500);
    private static readonly FreeText Citation = new("trích dẫn văn bản", 1000);

    private const int MostItems = 100;

    /// <summary>New settings from <paramref name="request"/> over <paramref name="stored"/> (which keeps what organizers do not edit).</summary>
    public static Result<ContestOptions> Read(ContestSettingsRequest request, ContestOptions stored)
    {
        var errors = new Dictionary<string, string[]>();
        var settings = stored.Copy();
        settings.Name = Name.Read("name", request.Name, errors);
        settings.Organizer = Organizer.Read("organizer", request.Organizer, errors);
        settings.Description = Description.Read("description", request.Description, errors);
        settings.Authority = Authority.Read("authority", request.Authority, errors);
        settings.Intro = [.. (request.Intro ?? []).Select((paragraph, i) => Intro.Read($"intro[{i}]", paragraph, errors))];
        settings.Area = Area.Read("area", request.Area, errors);
        settings.Contact = Contact.Read("contact", request.Contact, errors);
        settings.SubmissionOpensAt = Instant("submissionOpensAt", request.SubmissionOpensAt, "Thời gian bắt đầu nhận bài", errors);
        settings.SubmissionClosesAt = Instant("submissionClosesAt", request.SubmissionClosesAt, "Thời hạn nhận bài", errors);
        settings.QuickReportDueAt = Instant("quickReportDueAt", request.QuickReportDueAt, "Hạn báo cáo nhanh", errors);
        settings.Movements = [.. Items("movements", request.Movements, errors).Select(i => new Movement { Id = i.Id, Name = i.Name })];
        settings.UnitGroups = [.. Items("unitGroups", request.UnitGroups, errors).Select(i => new UnitGroup { Id = i.Id, Name = i.Name })];
        settings.Documents = [.. (request.Documents ?? []).Select((d, i) => Document($"documents[{i}]", d, errors))];
        if (request.Intro?.Count > MostItems) errors["intro"] = [$"Phần giới thiệu có nhiều nhất {MostItems} đoạn."];
        if (request.Documents?.Count > MostItems) errors["documents"] = [$"Danh sách có nhiều nhất {MostItems} văn bản."];
        ReadEntryRules(request.EntryRules, settings.EntryRules, errors);
        ReadSections(request, settings, errors);

        // The rules across fields, only on fields that read well (a date left unread would fail them for the wrong
        // reason), and not the id, which organizers do not edit.
        var unread = errors.Keys.ToList();
        foreach (var failure in settings.Failures().Where(f => f.Field != "id" && !unread.Any(key => key.StartsWith(f.Field, StringComparison.Ordinal))))
            errors[failure.Field] = [.. errors.GetValueOrDefault(failure.Field) ?? [], failure.Organizer];
        return errors.Count > 0 ? Problem.Invalid(errors) : settings;
    }

    /// <summary>
    /// A new contest's id and name, and the contest it copies (empty: none); each refused in words under its field. The id
    /// is taken as typed, never trimmed: it is printed in addresses, so a space or a line break is refused, not hidden.
    /// </summary>
    public static Result<(string Id, string Name, string CopyFrom)> ReadCreation(ContestCreationRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var id = request.Id ?? "";
        if (id.Length == 0) errors["id"] = ["Vui lòng nhập mã cuộc thi."];
        else if (!ContestIds.IsWellFormed(id)) errors["id"] = [ContestIds.Rule];
        var name = Name.Read("name", request.Name, errors);
        var copyFrom = request.CopyFrom ?? "";
        if (copyFrom.Length > 0 && !ContestIds.IsWellFormed(copyFrom)) errors["copyFrom"] = [CopyFromMissing];
        if (request.CopyRegister == true && copyFrom.Length == 0)
            errors["copyRegister"] = ["Chỉ sao chép được danh sách đơn vị khi chọn cuộc thi để sao chép."];
        return errors.Count > 0 ? Problem.Invalid(errors) : (id, name, copyFrom);
    }

    /// <summary>What a copy from a contest that does not exist is told.</summary>
    public const string CopyFromMissing = "Không có cuộc thi này để sao chép; vui lòng chọn một cuộc thi trong danh sách.";

    /// <summary>A later deadline, its reason and its notice, each refused in words under its field.</summary>
    public static Result<(DateTimeOffset ClosesAt, string Reason, string Notice)> ReadExtension(ContestExtensionRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var closesAt = Instant("closesAt", request.ClosesAt, "Thời hạn nhận bài mới", errors);
        var reason = new FreeText("lý do gia hạn", 1000, LineBreaks: true, Missing: "Vui lòng nêu lý do gia hạn.").Read("reason", request.Reason, errors);
        var notice = new FreeText("thông báo gia hạn", 2000, LineBreaks: true, Missing: "Vui lòng nhập thông báo gia hạn gửi công chúng.")
            .Read("notice", request.Notice, errors);
        return errors.Count > 0 ? Problem.Invalid(errors) : (closesAt, reason, notice);
    }

    private static DateTimeOffset Instant(string field, string? value, string what, Dictionary<string, string[]> errors)
    {
        if (VietnamTime.TryParse(value, out var instant)) return instant;
        errors[field] = [VietnamTime.InvalidInstant(what)];
        return default;
    }

    private static IEnumerable<(string Id, string Name)> Items(string field, IReadOnlyList<NamedItemRequest?>? items, Dictionary<string, string[]> errors)
    {
        if (items is null || items.Count == 0) errors[field] = ["Danh sách cần ít nhất một mục."];
        else if (items.Count > MostItems) errors[field] = [$"Danh sách có nhiều nhất {MostItems} mục."];
        var read = new List<(string, string)>();
        foreach (var (item, i) in (items ?? []).Select((item, i) => (item, i)))
        {
            var id = Text.Clean(item?.Id);
            if (!ItemId().IsMatch(id)) errors[$"{field}[{i}].id"] = ["Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 60 ký tự)."];
            read.Add((id, ItemName.Read($"{field}[{i}].name", item?.Name, errors)));
        }
        return read;
    }

    private static ContestDocument Document(string field, ContestDocumentRequest? request, Dictionary<string, string[]> errors)
    {
        var document = new ContestDocument
        {
            Number = DocumentNumber.Read($"{field}.number", request?.Number, errors),
            Title = DocumentTitle.Read($"{field}.title", request?.Title, errors),
            Citation = Citation.Read($"{field}.citation", request?.Citation, errors),
            Url = DocumentUrl.Read($"{field}.url", request?.Url, errors) is { Length: > 0 } url ? url : null,
        };
        if (VietnamTime.TryParseDay(request?.Date, out var day)) document.Date = day;
        else errors[$"{field}.date"] = [VietnamTime.InvalidDay("Ngày ban hành")];
        // A link the public pages follow: a page of this site or an https address, never a script.
        if (document.Url is { } link && !errors.ContainsKey($"{field}.url") && !(link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal))
            && !(Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme == Uri.UriSchemeHttps))
            errors[$"{field}.url"] = ["Đường dẫn văn bản phải là một trang của trang web này (bắt đầu bằng /) hoặc một địa chỉ https://."];
        switch (Text.Clean(request?.Role))
        {
            case "": document.Role = ContestDocumentRole.None; break;
            case "rules": document.Role = ContestDocumentRole.Rules; break;
            case "plan": document.Role = ContestDocumentRole.Plan; break;
            default: errors[$"{field}.role"] = ["Loại văn bản là “rules” (Thể lệ), “plan” (Kế hoạch) hoặc để trống."]; break;
        }
        return document;
    }

    /// <summary>The limits organizers set, each within the range the app accepts at start (the attributes on <see cref="EntryRules"/>).</summary>
    private static void ReadEntryRules(EntryRulesRequest? request, EntryRules rules, Dictionary<string, string[]> errors)
    {
        if (request is null)
        {
            errors["entryRules"] = ["Vui lòng nhập quy định về bài dự thi."];
            return;
        }
        rules.AllowedExtensions = [.. (request.AllowedExtensions ?? []).Select(e => Text.Clean(e).ToLowerInvariant())];
        rules.MaxFileBytes = request.MaxFileBytes ?? 0;
        rules.MaxWords = request.MaxWords ?? 0;
        rules.MaxCoAuthors = request.MaxCoAuthors ?? -1;
        rules.MinAuthorAge = request.MinAuthorAge ?? 0;
        rules.MaxAuthorAge = request.MaxAuthorAge ?? 0;
        foreach (var property in typeof(EntryRules).GetProperties())
        {
            if (property.GetCustomAttribute<RangeAttribute>() is { } range && !range.IsValid(property.GetValue(rules)))
                errors[$"entryRules.{char.ToLowerInvariant(property.Name[0])}{property.Name[1..]}"] = [$"Giá trị phải từ {range.Minimum} đến {range.Maximum}."];
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,59}$")]
    private static partial Regex ItemId();
}
