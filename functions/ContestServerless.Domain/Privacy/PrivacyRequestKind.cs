namespace ContestServerless.Domain.Privacy;

public enum PrivacyRequestKind
{
    /// <summary>Xóa dữ liệu cá nhân.</summary>
    Erasure,

    /// <summary>Chỉnh sửa dữ liệu cá nhân.</summary>
    Correction,
}
