using Azure.Data.Tables;
using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Storage;
using static ContestServerless.Tests.Infrastructure.GroupForms;

namespace ContestServerless.Tests.Entries;

/// <summary>Entries by a group of authors (nhóm tác giả): the leader is the author, the others are co-authors.</summary>
[Collection(StackCollection.Name)]
public sealed class GroupEntryTests(ContestStack stack)
{
    private const string UnitId = "nhom-tac-gia-api";
    private static readonly SemaphoreSlim UnitGate = new(1, 1);
    private static bool _unitAdded;

    private async Task<HttpClient> OrganizerAsync()
    {
        var organizer = await stack.SignInAsOrganizerAsync();
        await UnitGate.WaitAsync();
        try
        {
            if (!_unitAdded) await TestUnits.AddAsync(organizer, UnitId);
            _unitAdded = true;
        }
        finally
        {
            UnitGate.Release();
        }
        return organizer;
    }

    [Fact]
    public async Task A_group_entry_keeps_every_member_and_the_receipt_lookup_names_them()
    {
        using var _ = await OrganizerAsync();
        var form = Form(UnitId, "Ba người bạn giữ rừng", CoAuthor("Lý Thị Mai", email: "mai@example.org"), CoAuthor("Thạch Sô Phên", 2007));

        var receipt = await EnterAsync(stack.Http, form);

        var lookup = await stack.Http.GetFromJsonAsync<Lookup>($"/api/entries/{receipt.Id}?receipt={receipt.ReceiptCode}");
        Assert.Equal("Nguyễn Thị Lan", lookup!.AuthorName);
        Assert.Equal(["Lý Thị Mai", "Thạch Sô Phên"], lookup.CoAuthorNames);
        var stored = (await stack.Services.GetRequiredService<IEntryStore>().FindAsync(receipt.Id, CancellationToken.None))!.Entry;
        Assert.Equal(new CoAuthor("Lý Thị Mai", 2008, "Trường THCS Phường 5", "0913 222 333", "mai@example.org"), stored.CoAuthors[0]);
        Assert.Equal(2007, stored.CoAuthors[1].BirthYear);
        await Eventually.WaitAsync(() => stack.Outbox.Messages.Any(m => m.PlainText.Contains(receipt.ReceiptCode)), "the receipt e-mail");
        var mail = stack.Outbox.Messages.First(m => m.PlainText.Contains(receipt.ReceiptCode));
        Assert.Contains("Đồng tác giả: Lý Thị Mai, Thạch Sô Phên", mail.PlainText);
    }

    [Fact]
    public async Task A_unit_hands_in_a_group_entry_with_its_co_authors()
    {
        using var organizer = await OrganizerAsync();
        using var portal = TestUnits.Portal(stack, await TestUnits.LinkTokenAsync(organizer, UnitId));
        var form = Entrant.HandedIn(Form(UnitId, "Bài nhóm nộp trên giấy", CoAuthor("Châu Thị Bé Ba", 1999)));
        form["file"]!["size"] = TestFiles.Pdf().Length;

        var response = await portal.PostAsJsonAsync("/api/unit/entries", form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<Created>())!;
        var stored = (await stack.Services.GetRequiredService<IEntryStore>().FindAsync(created.Id, CancellationToken.None))!.Entry;
        Assert.Equal(UnitId, stored.HandedInBy);
        Assert.Equal(["Châu Thị Bé Ba"], stored.CoAuthors.Select(c => c.FullName));
    }

    [Fact]
    public async Task Organizers_find_a_group_entry_by_any_members_name_without_diacritics_and_export_every_member()
    {
        using var organizer = await OrganizerAsync();
        var receipt = await EnterAsync(stack.Http, Form(UnitId, "Đội thanh niên tình nguyện", CoAuthor("Kim Thị Sóc Khươl"), CoAuthor("Danh Út Nhỏ", 2006)));

        await stack.CatalogueCaughtUpAsync();
        var listing = await organizer.GetFromJsonAsync<Listing>("/api/organizer/entries?status=all&q=soc%20khuol");
        var export = await organizer.GetAsync("/api/organizer/exports/entries?status=all&q=danh%20ut%20nho");

        var found = Assert.Single(listing!.Entries, e => e.Id == receipt.Id);
        Assert.Equal(["Kim Thị Sóc Khươl", "Danh Út Nhỏ"], found.CoAuthorNames);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = Spreadsheets.Read(await export.Content.ReadAsStreamAsync());
        var row = Assert.Single(rows.Skip(1), r => r[0] == receipt.Id);
        var header = rows[0];
        Assert.Equal("Nguyễn Thị Lan", row[header.IndexOf("Tác giả")]);
        Assert.Equal("3", row[header.IndexOf("Số tác giả")]);
        Assert.Contains("Kim Thị Sóc Khươl, 2008, Trường THCS Phường 5, 0913 222 333", row[header.IndexOf("Đồng tác giả")]);
        Assert.Contains("Danh Út Nhỏ, 2006", row[header.IndexOf("Đồng tác giả")]);
    }

    [Fact]
    public async Task An_entry_row_stored_before_groups_reads_as_a_group_of_one()
    {
        using var _ = await OrganizerAsync();
        var receipt = await EnterAsync(stack.Http, Form(UnitId, "Bài cũ một tác giả", CoAuthor("Sơn Thị Hồng")));
        var tables = stack.Services.GetRequiredService<ContestTables>();
        var row = (await tables.Entries.GetEntityAsync<TableEntity>(UnitId, $"entry-{receipt.Id}")).Value;
        // The row as the previous version wrote it: no co-author column, no eligibility column.
        row.Remove(EntryRowGroups.CoAuthorsColumn);
        row.Remove(EntryRowGroups.EligibilityColumn);
        await tables.Entries.UpsertEntityAsync(row, TableUpdateMode.Replace);

        var stored = (await stack.Services.GetRequiredService<IEntryStore>().FindAsync(receipt.Id, CancellationToken.None))!.Entry;
        var lookup = await stack.Http.GetFromJsonAsync<Lookup>($"/api/entries/{receipt.Id}?receipt={receipt.ReceiptCode}");

        Assert.Empty(stored.CoAuthors);
        Assert.Equal(["Nguyễn Thị Lan"], stored.Members.Select(m => m.FullName));
        Assert.False(stored.Eligibility.IsFlagged);
        Assert.Empty(lookup!.CoAuthorNames);
    }

    [Fact]
    public void A_group_entrys_file_is_named_after_the_title_the_leader_and_the_group()
    {
        var single = Sample.Entry(title: "Người thầy giữa rừng đước", author: "Nguyễn Thị Lan");
        var group = new Entry
        {
            Id = single.Id, UnitId = single.UnitId, Title = single.Title, MovementId = single.MovementId, Author = single.Author,
            CoAuthors = [new CoAuthor("Lý Thị Mai", 2008, "", "0913 222 333", "")],
            Subject = single.Subject, File = single.File, BlobName = single.BlobName, ReceiptCode = single.ReceiptCode,
            SubmitKey = single.SubmitKey, CreatedAt = single.CreatedAt,
        };

        Assert.Equal("Người thầy giữa rừng đước - Nguyễn Thị Lan.pdf", ReadableNames.ForEntry(single));
        Assert.Equal("Người thầy giữa rừng đước - Nguyễn Thị Lan và nhóm tác giả.pdf", ReadableNames.ForEntry(group));
    }
}
