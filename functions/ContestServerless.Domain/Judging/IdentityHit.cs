namespace ContestServerless.Domain.Judging;

/// <summary>
/// One place where a judge's copy may reveal its author ("có thể lộ danh tính"): which detail, where in the file
/// (see <see cref="IdentityPlaces"/>) and a short excerpt of the text around it, for the secretariat to judge.
/// </summary>
public sealed record IdentityHit(IdentityClueKind Kind, string Where, string Excerpt)
{
    /// <summary>The detail's name as the secretariat reads it.</summary>
    public string Label => Kind switch
    {
        IdentityClueKind.Name => "họ và tên tác giả",
        IdentityClueKind.Phone => "số điện thoại",
        IdentityClueKind.Email => "thư điện tử",
        IdentityClueKind.Workplace => "nơi công tác",
        IdentityClueKind.Unit => "tên đơn vị",
        _ => "thông tin tác giả",
    };
}
