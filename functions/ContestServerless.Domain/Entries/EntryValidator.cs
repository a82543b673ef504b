using System.Text.RegularExpressions;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Privacy;

namespace ContestServerless.Domain.Entries;

/// <summary>
/// Checks an entry form field by field and says what is wrong in Vietnamese, keyed by the field's path
/// in the request so the form can show each message beside its field.
/// </summary>
public sealed partial class EntryValidator(ContestOptions contest, PrivacyOptions? privacyOptions = null)
{
    public const int MaxTitleLength = 200;
    public const int MaxNameLength = 100;
    public const int MaxOccupationLength = 100;
    public const int MaxWorkplaceLength = 200;
    public const int MaxAddressLength = 300;
    public const int MaxSummaryLength = 2000;
    public const int MaxFileNameLength = 200;
    public const int MaxEmailLength = 254;

    private readonly PrivacyOptions _privacy = privacyOptions ?? new PrivacyOptions();

    private static readonly char[] PathCharacters = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    private static readonly Dictionary<string, string[]> ContentTypesByExtension = new()
    {
        [".pdf"] = ["application/pdf", "application/x-pdf"],
        [".docx"] = ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
        [".doc"] = ["application/msword"],
    };

    /// <param name="unitExists">Whether the unit register knows the unit; asked only for a well-formed id.</param>
    /// <param name="handedInBy">
    /// The name of the unit handing the entry in, or null for the public form. A unit's focal point declares that the
    /// author's signed paper form and consent were received, and who keeps them, instead of ticking the author's boxes.
    /// </param>
    public Result<ValidEntry> Validate(EntryRequest request, bool unitExists, DateTimeOffset now, string? handedInBy = null)
    {
        var errors = new Errors();
        var author = request.Author ?? new AuthorRequest(null, null, null, null, null, null, null);
        var subject = request.Subject ?? new SubjectRequest(null, null, null);
        var file = request.File ?? new FileRequest(null, null, null);

        var title = errors.Required("title", request.Title, "tên tác phẩm", MaxTitleLength);

        var movement = Text.Clean(request.Movement);
        if (movement.Length == 0) errors.Add("movement", "Vui lòng chọn phong trào thi đua mà bài viết hướng tới.");
        else if (contest.FindMovement(movement) is null) errors.Add("movement", "Phong trào thi đua không có trong danh sách của cuộc thi.");

        var unitId = Text.Clean(request.UnitId);
        if (unitId.Length == 0) errors.Add("unitId", "Vui lòng chọn đơn vị của tác giả.");
        else if (!unitExists) errors.Add("unitId", "Đơn vị không có trong danh sách đơn vị tham gia cuộc thi.");

        var fullName = errors.Required("author.fullName", author.FullName, "họ và tên tác giả", MaxNameLength);
        var (minYear, maxYear) = contest.EntryRules.BirthYearRange(now);
        if (author.BirthYear is null) errors.Add("author.birthYear", "Vui lòng nhập năm sinh của tác giả.");
        else if (author.BirthYear < minYear || author.BirthYear > maxYear)
            errors.Add("author.birthYear", $"Năm sinh phải từ {minYear} đến {maxYear}.");
        var occupation = errors.Required("author.occupation", author.Occupation, "nghề nghiệp", MaxOccupationLength);
        var workplace = errors.Optional("author.workplace", author.Workplace, "nơi công tác", MaxWorkplaceLength);
        var address = errors.Required("author.address", author.Address, "địa chỉ của tác giả", MaxAddressLength);
        var phone = Phone(errors, "author.phone", author.Phone);
        var email = Email(errors, "author.email", author.Email);
        var leader = new Author(fullName, author.BirthYear ?? 0, occupation, workplace, address, phone, email);
        var coAuthors = ValidateCoAuthors(errors, request.CoAuthors ?? [], leader, minYear, maxYear);

        var subjectName = errors.Required("subject.name", subject.Name, "tên người hoặc tập thể được viết về", MaxNameLength);
        var subjectAddress = errors.Required("subject.address", subject.Address, "địa chỉ của người hoặc tập thể được viết về", MaxAddressLength);
        var summary = errors.Required("subject.summary", subject.Summary, "tóm tắt việc làm, thành tích", MaxSummaryLength, allowLineBreaks: true);

        var fileName = ValidateFile(errors, file);

        var consent = new Consent(_privacy.NoticeVersion, now);
        if (handedInBy is null)
        {
            if (request.Declaration != true)
                errors.Add("declaration", "Vui lòng xác nhận lời cam đoan trước khi gửi bài.");

            // Consent is its own box, never bundled with the declaration: silence or a pre-ticked box is no consent.
            if (request.Consent != true)
                errors.Add("consent", "Vui lòng đánh dấu vào ô đồng ý cho xử lý dữ liệu cá nhân; không có sự đồng ý, Ban Tổ chức không thể nhận bài.");
        }
        else
        {
            consent = consent with { OnPaper = ValidateHandIn(errors, request.HandIn, handedInBy) };
        }
        var guardian = ValidateGuardian(errors, request.Guardian, author.BirthYear, now, consentOnPaper: handedInBy is not null);
        var publication = ValidatePublication(errors, request, [author.BirthYear, .. coAuthors.Select(c => (int?)c.BirthYear)], now);

        if (errors.Any) return Problem.Invalid(errors.ToDictionary());

        return new ValidEntry(title, movement, unitId,
            leader,
            new Subject(subjectName, subjectAddress, summary),
            new EntryFile(fileName, file.Size!.Value, Text.Clean(file.ContentType).ToLowerInvariant()),
            coAuthors, consent, guardian) { Publication = publication };
    }

    /// <summary>
    /// Each author's optional answer about publishing the work (never assumed: no answer is no consent), keyed
    /// "publication[i].…" with the leader first. A minor's answer is the guardian's: the leader's guardian named on
    /// the form gives it unless another name is typed.
    /// </summary>
    private List<Publishing.MemberConsent> ValidatePublication(Errors errors, EntryRequest request, IReadOnlyList<int?> birthYears, DateTimeOffset now)
    {
        var given = request.Publication ?? [];
        var found = new Dictionary<string, string[]>();
        var answers = new List<Publishing.MemberConsent>();
        for (var i = 0; i < Math.Min(given.Count, birthYears.Count); i++)
        {
            var answer = given[i];
            if (i == 0 && answer is not null && string.IsNullOrWhiteSpace(answer.GuardianName))
                answer = answer with { GuardianName = request.Guardian?.FullName };
            var minor = birthYears[i] is { } year && Minors.IsMinor(contest, _privacy, year);
            if (Publishing.PublicationConsents.Read($"publication[{i}]", i, answer, minor, now, Publishing.ConsentChannel.EntryForm, null, found) is { } consent)
                answers.Add(consent);
        }
        foreach (var (field, messages) in found)
            foreach (var message in messages) errors.Add(field, message);
        return answers;
    }

    public const int MaxKeptByLength = 200;

    /// <summary>
    /// The focal point's declaration for a paper entry: the signed entry form and the signed consent (Law 91/2025/QH15)
    /// were received, and who keeps them. Consent is the author's, given on paper; the officer only vouches for it.
    /// </summary>
    private PaperConsent ValidateHandIn(Errors errors, HandInDeclarationRequest? request, string receivedBy)
    {
        var declaration = request ?? new HandInDeclarationRequest(null, null, null);
        if (declaration.FormReceived != true)
            errors.Add("handIn.formReceived", "Vui lòng xác nhận đơn vị đã nhận phiếu dự thi có chữ ký của tác giả, trong đó tác giả cam đoan bài viết là của mình.");
        if (declaration.ConsentReceived != true)
            errors.Add("handIn.consentReceived", $"Vui lòng xác nhận đơn vị đã nhận văn bản tác giả ký đồng ý cho xử lý dữ liệu cá nhân (tác giả dưới {_privacy.GuardianAge} tuổi: do cha, mẹ hoặc người giám hộ ký); không có sự đồng ý này, Ban Tổ chức không thể nhận bài.");
        var keptBy = errors.Required("handIn.keptBy", declaration.KeptBy, "họ tên người hoặc bộ phận lưu giữ phiếu dự thi và văn bản đồng ý", MaxKeptByLength);
        return new PaperConsent(receivedBy, keptBy);
    }

    /// <summary>An author younger than the guardian age in the contest year needs a parent's or guardian's details and consent.</summary>
    /// <param name="consentOnPaper">A unit's hand-in: the guardian signed the paper form, which the focal point declared received.</param>
    private Guardian? ValidateGuardian(Errors errors, GuardianRequest? request, int? birthYear, DateTimeOffset now, bool consentOnPaper)
    {
        if (birthYear is not { } year || !Minors.IsMinor(contest, _privacy, year)) return null;
        var guardian = request ?? new GuardianRequest(null, null, null, null);
        var age = _privacy.GuardianAge;
        var name = errors.Required("guardian.fullName", guardian.FullName, "họ và tên cha, mẹ hoặc người giám hộ", MaxNameLength);
        var relationship = errors.Required("guardian.relationship", guardian.Relationship, "quan hệ với tác giả (cha, mẹ, người giám hộ)", MaxOccupationLength);
        var phone = Phone(errors, "guardian.phone", guardian.Phone);
        if (guardian.Consent != true && !consentOnPaper)
            errors.Add("guardian.consent", $"Tác giả dưới {age} tuổi: cha, mẹ hoặc người giám hộ cần đánh dấu vào ô đồng ý cho xử lý dữ liệu cá nhân của tác giả.");
        return new Guardian(name, relationship, phone, now);
    }

    /// <summary>
    /// The other members of a group, keyed "coAuthors[i].field" like the form's rows. A member named twice (the same
    /// name, diacritics and case ignored, and birth year; or the same e-mail) is refused where it repeats.
    /// </summary>
    private List<CoAuthor> ValidateCoAuthors(Errors errors, IReadOnlyList<CoAuthorRequest?> requests, Author leader, int minYear, int maxYear)
    {
        var max = contest.EntryRules.MaxCoAuthors;
        if (requests.Count > max)
            errors.Add($"coAuthors[{max}].fullName", max == 0
                ? "Cuộc thi không nhận bài của nhóm tác giả; vui lòng bỏ các đồng tác giả."
                : $"Nhóm tác giả có tối đa {max} đồng tác giả ngoài trưởng nhóm; vui lòng bỏ bớt từ đồng tác giả thứ {max + 1}.");

        var members = new List<(string NameKey, int BirthYear, string Email, string Label)>
        {
            (Text.NameKey(leader.FullName), leader.BirthYear, leader.Email, "trưởng nhóm"),
        };
        var coAuthors = new List<CoAuthor>();
        for (var i = 0; i < Math.Min(requests.Count, max); i++)
        {
            var request = requests[i] ?? new CoAuthorRequest(null, null, null, null, null);
            var key = $"coAuthors[{i}]";
            var number = i + 1;
            var name = errors.Required($"{key}.fullName", request.FullName, $"họ và tên của đồng tác giả thứ {number}", MaxNameLength);
            if (request.BirthYear is null) errors.Add($"{key}.birthYear", $"Vui lòng nhập năm sinh của đồng tác giả thứ {number}.");
            else if (request.BirthYear < minYear || request.BirthYear > maxYear)
                errors.Add($"{key}.birthYear", $"Năm sinh phải từ {minYear} đến {maxYear}.");
            var workplace = errors.Optional($"{key}.workplace", request.Workplace, "nơi công tác", MaxWorkplaceLength);
            var phone = Phone(errors, $"{key}.phone", request.Phone);
            var email = Email(errors, $"{key}.email", request.Email);

            var nameKey = Text.NameKey(name);
            var birthYear = request.BirthYear ?? 0;
            var sameName = members.FirstOrDefault(m => nameKey.Length > 0 && m.NameKey == nameKey && m.BirthYear == birthYear);
            var sameEmail = members.FirstOrDefault(m => email.Length > 0 && string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase));
            if (sameName.Label is { } named)
                errors.Add($"{key}.fullName", $"Đồng tác giả thứ {number} trùng họ tên và năm sinh với {named}; mỗi thành viên chỉ khai một lần.");
            else if (sameEmail.Label is { } mailed)
                errors.Add($"{key}.email", $"Đồng tác giả thứ {number} trùng E-mail với {mailed}; mỗi thành viên chỉ khai một lần.");
            members.Add((nameKey, birthYear, email, $"đồng tác giả thứ {number}"));
            coAuthors.Add(new CoAuthor(name, birthYear, workplace, phone, email));
        }
        return coAuthors;
    }

    private static string Phone(Errors errors, string field, string? value)
    {
        var phone = errors.Required(field, value, "số điện thoại", 20);
        if (phone.Length > 0 && !PhonePattern().IsMatch(PhoneSeparators().Replace(phone, "")))
            errors.Add(field, "Số điện thoại không hợp lệ (ví dụ: 0912 345 678 hoặc +84 912 345 678).");
        return phone;
    }

    private static string Email(Errors errors, string field, string? value)
    {
        var email = errors.Optional(field, value, "địa chỉ E-mail", MaxEmailLength);
        if (email.Length > 0 && !EmailPattern().IsMatch(email))
            errors.Add(field, "Địa chỉ E-mail không hợp lệ.");
        return email;
    }

    private string ValidateFile(Errors errors, FileRequest file)
    {
        var name = Text.Clean(file.Name);
        var rules = contest.EntryRules;
        var allowed = string.Join(", ", rules.AllowedExtensions);
        if (name.Length == 0) errors.Add("file.name", "Vui lòng chọn tệp bài dự thi.");
        else if (name.Length > MaxFileNameLength) errors.Add("file.name", $"Tên tệp không được dài quá {MaxFileNameLength} ký tự.");
        else if (Text.HasControlCharacters(name) || name.IndexOfAny(PathCharacters) >= 0 || name.Trim('.').Length == 0)
            errors.Add("file.name", "Tên tệp không được chứa ký tự điều khiển hoặc các ký tự / \\ : * ? \" < > |.");
        else if (!rules.Allows(Path.GetExtension(name)))
            errors.Add("file.name", $"Chỉ nhận tệp có đuôi {allowed}.");

        var maxMegabytes = rules.MaxFileBytes / (1024.0 * 1024.0);
        if (file.Size is null or <= 0) errors.Add("file.size", "Tệp rỗng hoặc không đọc được dung lượng tệp.");
        else if (file.Size > rules.MaxFileBytes) errors.Add("file.size", $"Tệp không được lớn hơn {maxMegabytes:0.#} MB.");

        var contentType = Text.Clean(file.ContentType).ToLowerInvariant();
        var extension = Path.GetExtension(name).ToLowerInvariant();
        // Browsers send an empty or generic type when the OS has no mapping; only a contradiction is an error.
        if (contentType is not ("" or "application/octet-stream")
            && ContentTypesByExtension.TryGetValue(extension, out var expected) && !expected.Contains(contentType))
            errors.Add("file.contentType", $"Loại tệp ({contentType}) không khớp với đuôi tệp {extension}.");
        return name;
    }

    // [0-9], not \d: in .NET \d also matches Arabic-Indic, full-width and other digits no phone system dials.
    [GeneratedRegex(@"^(\+84|0)[0-9]{9,10}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"[\s.\-()]")]
    private static partial Regex PhoneSeparators();

    public static bool IsEmail(string value) => value.Length <= MaxEmailLength && EmailPattern().IsMatch(value);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    private sealed class Errors
    {
        private readonly Dictionary<string, List<string>> _byField = [];

        public bool Any => _byField.Count > 0;

        public void Add(string field, string message)
        {
            if (!_byField.TryGetValue(field, out var messages)) _byField[field] = messages = [];
            messages.Add(message);
        }

        public string Required(string field, string? value, string label, int maxLength, bool allowLineBreaks = false) =>
            Check(field, value, new FreeText(label, maxLength, allowLineBreaks, $"Vui lòng nhập {label}."));

        public string Optional(string field, string? value, string label, int maxLength) =>
            Check(field, value, new FreeText(label, maxLength));

        private string Check(string field, string? value, FreeText rule)
        {
            if (rule.Refusal(value, out var cleaned) is { } refusal) Add(field, refusal);
            return cleaned;
        }

        public IReadOnlyDictionary<string, string[]> ToDictionary() =>
            _byField.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }
}

/// <summary>The cleaned, checked content of an entry form, ready to become an <see cref="Entry"/>.</summary>
public sealed record ValidEntry(string Title, string MovementId, string UnitId, Author Author, Subject Subject, EntryFile File,
    IReadOnlyList<CoAuthor> CoAuthors, Privacy.Consent? Consent = null, Privacy.Guardian? Guardian = null)
{
    /// <summary>The authors' optional answers about publishing the work if it wins, given with the form.</summary>
    public IReadOnlyList<Publishing.MemberConsent> Publication { get; init; } = [];
}
