namespace ContestServerless.Domain.Common;

/// <summary>
/// Why a request could not be honoured, in words an entrant understands (Vietnamese).
/// <see cref="Errors"/> maps a field path in the request (e.g. "author.phone") to its messages.
/// </summary>
public sealed record Problem(
    ProblemKind Kind,
    string Title,
    string? Detail = null,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    /// <summary>With <see cref="ProblemKind.TooManyRequests"/>: how long to wait before trying again.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static Problem Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(ProblemKind.Invalid, "Thông tin gửi lên chưa hợp lệ",
            "Vui lòng sửa các mục được đánh dấu rồi gửi lại.", errors);

    public static Problem InvalidField(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static Problem NotSignedIn() =>
        new(ProblemKind.Unauthenticated, "Chưa đăng nhập", "Vui lòng đăng nhập để tiếp tục.");

    public static Problem NotAllowed() =>
        new(ProblemKind.Forbidden, "Không có quyền truy cập",
            "Tài khoản của bạn không có quyền thực hiện thao tác này. Vui lòng liên hệ Ban Tổ chức.");

    public static Problem NotFound(string title, string detail) => new(ProblemKind.NotFound, title, detail);

    public static Problem EntryNotFound() =>
        new(ProblemKind.NotFound, "Không tìm thấy bài dự thi",
            "Không tìm thấy bài dự thi với mã và mã biên nhận này.");

    /// <summary>Nothing was lost and nothing is wrong with the request: it is worth sending again shortly.</summary>
    public static Problem Unavailable() =>
        new(ProblemKind.Unavailable, "Hệ thống đang bận",
            "Hệ thống tạm thời chưa xử lý được yêu cầu. Thông tin đã nhập vẫn được giữ; vui lòng gửi lại sau ít giây.");

    public static Problem UnitNotFound() => NotFound("Không tìm thấy đơn vị", "Không có đơn vị này trong danh sách.");
}
