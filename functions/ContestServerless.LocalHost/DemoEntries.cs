using System.Net.Http.Headers;
using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;
using Microsoft.Extensions.Options;

namespace ContestServerless.LocalHost;

/// <summary>
/// Fills an empty demo with entries, through the same create → upload → submit flow the entry form uses, so
/// the organizers' dashboard has something to show. Some units are left without entries on purpose.
/// </summary>
public sealed class DemoEntries(
    IOptions<LocalHostOptions> options,
    IServiceScopeFactory scopes,
    IEntryStore store,
    IUnitRegister units,
    ILogger<DemoEntries> logger) : BackgroundService
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var count = options.Value.DemoEntries;
        if (count <= 0) return;
        try
        {
            var existing = await store.QueryAsync(EntryFilter.All, null, 1, stoppingToken);
            if (existing?.Entries.Count > 0) return;
            await SeedAsync(count, stoppingToken);
            logger.LogInformation("Seeded the demo with {EntryCount} entries", count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not seed the demo entries");
        }
    }

    private async Task SeedAsync(int count, CancellationToken cancellationToken)
    {
        // Entries are made in a scope of their own, as a request's are: the entry service reads the stored contest.
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContestDirectory>().RefreshIfStaleAsync(cancellationToken);
        var entries = scope.ServiceProvider.GetRequiredService<EntryService>();
        var contest = scope.ServiceProvider.GetRequiredService<ContestOptions>();
        var random = new Random(2018);
        var register = await units.ListAsync(cancellationToken);
        // Two units in three take part, so the dashboard shows who is missing.
        var taking = register.OrderBy(u => u.Id, StringComparer.Ordinal).Where((_, i) => i % 3 != 2).ToList();
        // Places come from the register's local governments (districts in 2018, communes and wards on the two-tier
        // map), so a demo reads as the map it runs on.
        const string Council = "Ủy ban nhân dân ";
        var places = register.Where(u => u.Name.StartsWith(Council, StringComparison.Ordinal))
            .Select(u => u.Name[Council.Length..]).Order(StringComparer.Ordinal).DefaultIfEmpty("").ToList();
        for (var i = 0; i < count; i++)
        {
            var title = Titles[random.Next(Titles.Length)];
            var author = Authors[random.Next(Authors.Length)];
            var place = places[i % places.Count];
            var file = DemoEssay.Docx(title, author);
            var request = new EntryRequest(
                title,
                contest.Movements[random.Next(contest.Movements.Count)].Id,
                taking[random.Next(taking.Count)].Id,
                new AuthorRequest(author, random.Next(1950, 2008), "Cán bộ", "", place, "0912 345 678", ""),
                new SubjectRequest("Lâm Văn Tư", place, "Nhiều năm giúp đỡ người nghèo trong ấp."),
                new FileRequest("bai-du-thi.docx", file.Length, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                true,
                Consent: true,
                // Asked only of an author younger than the guardian age; the validator ignores it for the others.
                Guardian: new Domain.Privacy.GuardianRequest("Nguyễn Văn Ba", "Cha", "0912 345 679", true));
            var ticket = await entries.CreateAsync(request, PublicCaller.DemoSeed, cancellationToken);
            if (ticket.Value is not { } created) throw new InvalidOperationException(ticket.Problem!.Title);

            var upload = new HttpRequestMessage(HttpMethod.Put, created.UploadUrl) { Content = new ByteArrayContent(file) };
            upload.Headers.Add("x-ms-blob-type", "BlockBlob");
            upload.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            (await Storage.SendAsync(upload, cancellationToken)).EnsureSuccessStatusCode();
            await entries.SubmitAsync(created.Id, created.SubmitKey, cancellationToken);
        }
    }
}
