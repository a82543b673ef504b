using System.Net.Http.Headers;
using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;

namespace ContestServerless.LocalHost;

/// <summary>
/// Hands demo entries into one contest (the scope's), through the same create → upload → submit flow the entry form
/// uses, so the organizers' dashboard and the judges have something to show. Some units are left without entries on
/// purpose, so the dashboard shows who is missing.
/// </summary>
public sealed class DemoEntries(IServiceProvider contestScope)
{
    private static readonly string[] Titles =
    [
        "Người thầy giữa rừng đước", "Bà mẹ nuôi quân", "Chàng trai gánh nước sạch về bản", "Cô y tá của xóm nghèo",
        "Người giữ hồn dân ca Khmer", "Ông già trồng cây bên sông Hậu", "Chị hai bán vé số nuôi trò", "Người lính biên phòng",
        "Hợp tác xã của những người phụ nữ", "Bác sĩ trẻ về vùng sâu", "Người cựu chiến binh làm đường", "Cô giáo dạy chữ ban đêm",
    ];

    private static readonly string[] Authors =
    [
        "Nguyễn Thị Lan", "Trần Văn Bình", "Lê Hoàng Nam", "Thạch Thị Sa Rinh", "Lâm Văn Tư", "Phạm Ngọc Hân",
        "Võ Minh Trí", "Đỗ Thị Hạnh", "Sơn Thị Bô Pha", "Huỳnh Quốc Việt",
    ];

    private static readonly HttpClient Storage = new();

    /// <summary>Whether the contest holds any entry yet: the demo adds entries only to a contest that has none.</summary>
    public async Task<bool> AnyAsync(CancellationToken cancellationToken) =>
        (await contestScope.GetRequiredService<IEntryStore>().QueryAsync(EntryFilter.All, null, 1, cancellationToken))?.Entries.Count > 0;

    /// <summary>
    /// <paramref name="count"/> entries drawn at random from a few titles and authors, so the demo also shows what
    /// organizers decide: the same work sent twice, an author writing about themself.
    /// </summary>
    public async Task AddRandomAsync(int count, CancellationToken cancellationToken)
    {
        var random = new Random(2018);
        var (taking, places) = await RegisterAsync(cancellationToken);
        var contest = contestScope.GetRequiredService<ContestOptions>();
        for (var i = 0; i < count; i++)
        {
            var work = new DemoWork(Titles[random.Next(Titles.Length)], Authors[random.Next(Authors.Length)], "Lâm Văn Tư",
                contest.Movements[random.Next(contest.Movements.Count)].Id, taking[random.Next(taking.Count)].Id, places[i % places.Count], random.Next(1950, 2008));
            await AddAsync(work, UploadWithLinkAsync, cancellationToken);
        }
    }

    /// <summary>
    /// <paramref name="count"/> entries that are each a distinct work (no two share a title and author) whose subject is
    /// never the author, so a jury can take every one of them; <paramref name="before"/> runs before each (the replayed
    /// clock moves on). Answers the new entries' ids.
    /// </summary>
    public async Task<IReadOnlyList<string>> AddDistinctAsync(int count, Action<int> before, Func<Uri, byte[], CancellationToken, Task> upload, CancellationToken cancellationToken)
    {
        var random = new Random(2018);
        var (taking, places) = await RegisterAsync(cancellationToken);
        var contest = contestScope.GetRequiredService<ContestOptions>();
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            before(i);
            // Title i mod 12 with author (i + i/12) mod 10: the pairs stay distinct for the first 120 entries.
            var work = new DemoWork(Titles[i % Titles.Length], Authors[(i + i / Titles.Length) % Authors.Length], "Trương Văn Mười",
                contest.Movements[i % contest.Movements.Count].Id, taking[random.Next(taking.Count)].Id, places[i % places.Count], random.Next(1950, 2000));
            ids.Add(await AddAsync(work, upload, cancellationToken));
        }
        return ids;
    }

    /// <summary>Two units in three take part; places come from the register's local governments, so a demo reads as the map it runs on.</summary>
    private async Task<(List<Unit> Taking, List<string> Places)> RegisterAsync(CancellationToken cancellationToken)
    {
        var register = await contestScope.GetRequiredService<IUnitRegister>().ListAsync(cancellationToken);
        var taking = register.OrderBy(u => u.Id, StringComparer.Ordinal).Where((_, i) => i % 3 != 2).ToList();
        // Districts in 2018, communes and wards on the two-tier map.
        const string Council = "Ủy ban nhân dân ";
        var places = register.Where(u => u.Name.StartsWith(Council, StringComparison.Ordinal))
            .Select(u => u.Name[Council.Length..]).Order(StringComparer.Ordinal).DefaultIfEmpty("").ToList();
        return (taking, places);
    }

    private async Task<string> AddAsync(DemoWork work, Func<Uri, byte[], CancellationToken, Task> upload, CancellationToken cancellationToken)
    {
        var entries = contestScope.GetRequiredService<EntryService>();
        var contest = contestScope.GetRequiredService<ContestOptions>();
        var file = DemoEssay.Docx(work.Title, work.Author, contest.Area);
        var request = new EntryRequest(
            work.Title,
            work.MovementId,
            work.UnitId,
            new AuthorRequest(work.Author, work.BirthYear, "Cán bộ", "", work.Place, "0912 345 678", ""),
            new SubjectRequest(work.Subject, work.Place, "Nhiều năm giúp đỡ người nghèo trong ấp."),
            new FileRequest("bai-du-thi.docx", file.Length, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            true,
            Consent: true,
            // Asked only of an author younger than the guardian age; the validator ignores it for the others.
            Guardian: new Domain.Privacy.GuardianRequest("Nguyễn Văn Ba", "Cha", "0912 345 679", true));
        var ticket = await entries.CreateAsync(request, PublicCaller.DemoSeed, cancellationToken);
        if (ticket.Value is not { } created) throw new InvalidOperationException(ticket.Problem!.Title);

        await upload(created.UploadUrl, file, cancellationToken);
        var receipt = await entries.SubmitAsync(created.Id, created.SubmitKey, cancellationToken);
        if (receipt.Problem is { } refused) throw new InvalidOperationException($"{refused.Title}: {refused.Detail}");
        return created.Id;
    }

    /// <summary>The upload as the browser makes it: a PUT to the one-blob link the create answered.</summary>
    private static async Task UploadWithLinkAsync(Uri uploadUrl, byte[] file, CancellationToken cancellationToken)
    {
        var upload = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new ByteArrayContent(file) };
        upload.Headers.Add("x-ms-blob-type", "BlockBlob");
        upload.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        (await Storage.SendAsync(upload, cancellationToken)).EnsureSuccessStatusCode();
    }

    private sealed record DemoWork(string Title, string Author, string Subject, string MovementId, string UnitId, string Place, int BirthYear);
}
