namespace ContestServerless.Domain.Templates;

/// <summary>
/// A field a template may name as <c>{{Name}}</c>: what it means (shown beside the editor), a sample value for a
/// preview without data, whether it is a link (an &lt;a&gt; in the HTML part), and whether its value is typed by the
/// public (an entrant's name, a title), which a subject may not carry: the contest's sender must not put whatever
/// anyone typed into the form in the subject line of an e-mail to an address anyone may type.
/// </summary>
public sealed record Placeholder(string Name, string Meaning, string Example, bool IsLink = false, bool TypedByPublic = false);

/// <summary>The fields each kind of template offers.</summary>
public static class Placeholders
{
    public const string ContestName = "ten_cuoc_thi";
    public const string Organizer = "ban_to_chuc";
    public const string Contact = "lien_he";
    public const string UnitName = "ten_don_vi";
    public const string Addressee = "nguoi_nhan";
    public const string Deadline = "han_nop";
    public const string Count = "so_bai";
    public const string Link = "duong_dan";
    public const string AuthorName = "ho_ten";
    public const string EntryId = "ma_bai";
    public const string ReceiptCode = "ma_bien_nhan";
    public const string Title = "ten_tac_pham";

    private static readonly Placeholder[] Common =
    [
        new(ContestName, "Tên cuộc thi", "Cuộc thi viết về gương người tốt, việc tốt"),
        new(Organizer, "Tên Ban Tổ chức (dòng ký tên)", "Ban Tổ chức cuộc thi"),
        new(Contact, "Câu mời liên hệ kèm thông tin liên hệ của cuộc thi; trống nếu cuộc thi chưa có", "Mọi thắc mắc xin liên hệ: 0292 3820 000."),
    ];

    private static readonly Placeholder[] UnitLetter =
    [
        new(UnitName, "Tên đơn vị", "UBND huyện Kế Sách"),
        new(Addressee, "Người nhận: tên cán bộ đầu mối và đơn vị", "Nguyễn Thị Lan, cán bộ đầu mối của UBND huyện Kế Sách"),
    ];

    public static IReadOnlyList<Placeholder> For(TemplateKind kind) => kind switch
    {
        TemplateKind.Receipt =>
        [
            .. Common,
            new(AuthorName, "Họ và tên tác giả (trưởng nhóm tác giả)", "Nguyễn Văn An", TypedByPublic: true),
            new(EntryId, "Mã bài dự thi", "BD-7K2M9Q"),
            new(ReceiptCode, "Mã biên nhận", "4F7K-92QD"),
            new(Title, "Tên tác phẩm", "Người thầy giữa rừng đước", TypedByPublic: true),
            new(UnitName, "Tên đơn vị của bài dự thi", "Sở Nội vụ"),
            new("phong_trao", "Phong trào thi đua", "Giảm nghèo bền vững và giải quyết việc làm"),
            new("thoi_diem_nhan", "Thời điểm nhận bài", "14:05 ngày 05/03/2026"),
            new("thong_tin_bai", "Các thông tin của bài dự thi, mỗi thông tin một dòng", "Mã bài dự thi: BD-7K2M9Q\nMã biên nhận: 4F7K-92QD\nTên tác phẩm: Người thầy giữa rừng đước", TypedByPublic: true),
        ],
        TemplateKind.Reminder =>
        [
            .. Common, .. UnitLetter,
            new("tinh_trang", "Việc đơn vị còn thiếu và hạn, dùng trong tiêu đề", "chưa đủ bài dự thi, hạn 12/03/2026"),
            new("noi_dung_nhac", "Các việc đơn vị còn thiếu, mỗi việc một dòng", "- Đến nay đơn vị mới có 1 bài dự thi, trong khi đơn vị cần có ít nhất 3 bài.\n- Hạn nhận bài: 17:00 ngày 12/03/2026 (còn 7 ngày)."),
            new(Count, "Số bài dự thi đơn vị đã có", "1"),
            new("so_bai_toi_thieu", "Số bài dự thi tối thiểu của đơn vị", "3"),
            new(Deadline, "Hạn của việc được nhắc (giờ và ngày)", "17:00 ngày 12/03/2026"),
            new("con_lai", "Thời gian còn lại đến hạn", "còn 7 ngày"),
            new(Link, "Đường dẫn trang riêng của đơn vị", "https://cuocthi.example.gov.vn/don-vi/#ma-rieng", IsLink: true),
        ],
        TemplateKind.Extension =>
        [
            .. Common, .. UnitLetter,
            new(Deadline, "Hạn nhận bài mới (giờ và ngày)", "17:00 ngày 22/03/2026"),
            new("han_cu", "Hạn nhận bài trước khi gia hạn", "17:00 ngày 12/03/2026"),
            new("thong_bao", "Thông báo gia hạn Ban Tổ chức đã viết", "Ban Tổ chức gia hạn nhận bài thêm 10 ngày."),
        ],
        TemplateKind.ResultsEntrant =>
        [
            .. Common,
            new(AuthorName, "Họ và tên tác giả", "Nguyễn Văn An", TypedByPublic: true),
            new(EntryId, "Mã bài dự thi", "BD-7K2M9Q"),
            new(Title, "Tên tác phẩm", "Người thầy giữa rừng đước", TypedByPublic: true),
            new("giai", "Giải bài dự thi đạt, hoặc “không đạt giải”", "Giải Nhất"),
            new("tieu_de_ket_qua", "Lời chúc mừng hoặc cảm ơn dùng làm tiêu đề", "Chúc mừng bài dự thi đạt Giải Nhất"),
            new("ket_qua", "Câu thông báo kết quả của bài dự thi", "Ban Tổ chức trân trọng chúc mừng Ông/Bà: bài dự thi “Người thầy giữa rừng đước” (mã BD-7K2M9Q) đạt Giải Nhất.", TypedByPublic: true),
            new(Link, "Đường dẫn trang kết quả", "https://cuocthi.example.gov.vn/ket-qua.html", IsLink: true),
        ],
        TemplateKind.ResultsUnit =>
        [
            .. Common,
            new(UnitName, "Tên đơn vị", "UBND huyện Kế Sách"),
            new(Count, "Số bài dự thi của đơn vị được chấm", "3"),
            new("danh_sach_bai", "Các bài dự thi của đơn vị và kết quả, mỗi bài một dòng", "- “Người thầy giữa rừng đước” (Nguyễn Văn An): Giải Nhất", TypedByPublic: true),
            new("so_bai_dat_giai", "Số bài đạt giải", "1"),
            new("khen_thuong", "Câu đề nghị khen thưởng tập thể; trống nếu đơn vị không được đề nghị", "Đơn vị được Ban Tổ chức đề nghị khen thưởng tập thể (giải tập thể)."),
            new(Link, "Đường dẫn trang kết quả", "https://cuocthi.example.gov.vn/ket-qua.html", IsLink: true),
        ],
        TemplateKind.JudgeReminder =>
        [
            .. Common,
            new("ten_giam_khao", "Tên giám khảo", "Trần Văn Bình"),
            new("vong_cham", "Tên vòng chấm", "Vòng sơ khảo"),
            new(Deadline, "Thời điểm vòng chấm đóng", "17:00 ngày 30/04/2026"),
            new(Count, "Số bài được giao", "12"),
            new("so_bai_da_cham", "Số bài đã nộp phiếu chấm", "7"),
            new("so_bai_con_lai", "Số bài chưa nộp phiếu chấm", "5"),
            new(Link, "Đường dẫn trang chấm bài", "https://cuocthi.example.gov.vn/judge/", IsLink: true),
        ],
        TemplateKind.PublicationRequest =>
        [
            .. Common,
            new(Addressee, "Họ và tên tác giả (trưởng nhóm tác giả) nhận thư", "Nguyễn Văn An", TypedByPublic: true),
            new(EntryId, "Mã bài dự thi", "BD-7K2M9Q"),
            new(Title, "Tên tác phẩm", "Người thầy giữa rừng đước", TypedByPublic: true),
            new("giai", "Giải bài dự thi đạt", "Giải Nhất"),
            // The link carries the receipt code, which opens the entrant's page: a preview shows only this example.
            new(Link, "Đường dẫn trang hồ sơ bài dự thi của tác giả (đã kèm mã bài dự thi và mã biên nhận)", "https://cuocthi.example.gov.vn/ho-so.html#id=BD-7K2M9Q&code=4F7K-92QD", IsLink: true),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
