using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Storage;
using Microsoft.AspNetCore.Mvc;

namespace ContestServerless.Tests.Entries;

[Collection(StackCollection.Name)]
public sealed class CreateEntryTests(ContestStack stack)
{
    private readonly ContestTables _tables = stack.Services.GetRequiredService<ContestTables>();

    private async Task<int> StoredEntryCount()
    {
        var count = 0;
        await foreach (var _ in _tables.EntryIds.QueryAsync<TableEntity>(select: ["PartitionKey"])) count++;
        return count;
    }

    private async Task<(int Status, T Body, IReadOnlyCollection<string> ContentTypes)> Create<T>(string body)
    {
        var result = await stack.Function<EntryFunctions>().CreateEntry(FunctionCalls.Request(stack.Services, "POST", body), CancellationToken.None);
        return FunctionCalls.Read<T>(result);
    }

    [Fact]
    public async Task Create_answers_201_with_an_upload_link_and_stores_a_pending_entry()
    {
        var (status, body, _) = await Create<UploadTicketView>(Entrant.Form().ToJsonString());

        Assert.Equal(201, status);
        var id = body.Id;
        var stored = await stack.Services.GetRequiredService<IEntryStore>().FindAsync(id, CancellationToken.None);
        Assert.Equal(EntryStatus.Pending, stored!.Entry.Status);
        Assert.StartsWith($"{stack.Azurite.ConnectionString.Split("BlobEndpoint=")[1].Split(';')[0]}/entries/so-noi-vu/{id}.pdf?",
            body.UploadUrl);
    }

    [Fact]
    public async Task Create_refuses_an_invalid_form_with_a_problem_and_stores_nothing()
    {
        var form = Entrant.Form();
        form["author"]!["email"] = "lan@";
        form["unitId"] = "khong-co";
        var before = await StoredEntryCount();

        var (status, problem, contentTypes) = await Create<ValidationProblemDetails>(form.ToJsonString());

        Assert.Equal(400, status);
        Assert.Contains("application/problem+json", contentTypes);
        Assert.Equal("Địa chỉ E-mail không hợp lệ.", problem.Errors["author.email"][0]);
        Assert.Contains("unitId", problem.Errors.Keys);
        Assert.Equal(before, await StoredEntryCount());
    }

    [Theory]
    [InlineData("{\"title\": ")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("null")]
    public async Task Create_refuses_malformed_json_with_a_problem(string body)
    {
        var (status, problem, contentTypes) = await Create<ValidationProblemDetails>(body);

        Assert.Equal(400, status);
        Assert.Contains("application/problem+json", contentTypes);
        Assert.Equal("Dữ liệu gửi lên không hợp lệ", problem.Title);
    }

    [Fact]
    public async Task Create_refuses_a_body_far_larger_than_any_form_without_storing_it()
    {
        var form = Entrant.Form();
        form["subject"]!["summary"] = new string('a', 100_000);
        var before = await StoredEntryCount();

        var (status, problem, contentTypes) = await Create<ValidationProblemDetails>(form.ToJsonString());

        Assert.Equal(400, status);
        Assert.Contains("application/problem+json", contentTypes);
        Assert.Equal("Dữ liệu gửi lên quá lớn", problem.Title);
        Assert.Equal(before, await StoredEntryCount());
    }

    [Fact]
    public async Task Create_names_the_field_holding_a_value_of_the_wrong_type()
    {
        var form = Entrant.Form();
        form["author"]!["birthYear"] = "năm tám lăm";

        var (status, problem, _) = await Create<ValidationProblemDetails>(form.ToJsonString());

        Assert.Equal(400, status);
        Assert.Contains("author.birthYear", problem.Errors.Keys);
    }

    [Fact]
    public async Task Create_refuses_unit_ids_that_storage_could_not_hold()
    {
        var (status, problem, _) = await Create<ValidationProblemDetails>(Entrant.Form(unitId: "so-noi-vu/../x#?").ToJsonString());

        Assert.Equal(400, status);
        Assert.Contains("unitId", problem.Errors.Keys);
    }

    [Fact]
    public async Task Create_stores_decomposed_Vietnamese_as_composed()
    {
        var form = Entrant.Form();
        form["title"] = "Người thầy giữa rừng đước".Normalize(NormalizationForm.FormD);

        var (_, body, _) = await Create<UploadTicketView>(form.ToJsonString());

        var stored = await stack.Services.GetRequiredService<IEntryStore>().FindAsync(body.Id, CancellationToken.None);
        Assert.Equal("Người thầy giữa rừng đước", stored!.Entry.Title);
        Assert.True(stored.Entry.Title.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData(-8, "Cuộc thi chưa mở nhận bài")]
    [InlineData(31, "Cuộc thi đã hết hạn nhận bài")]
    public async Task Create_refuses_entries_outside_the_submission_window_and_stores_nothing(int days, string title)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(days));
        var service = ActivatorUtilities.CreateInstance<EntryService>(stack.Services, clock);
        var before = await StoredEntryCount();

        var result = await new EntryFunctions(service).CreateEntry(FunctionCalls.Post(stack.Services, Entrant.Form()), CancellationToken.None);

        var (status, problem, _) = FunctionCalls.Read<ValidationProblemDetails>(result);
        Assert.Equal(400, status);
        Assert.Equal(title, problem.Title);
        Assert.Matches(@"\d\d:\d\d ngày \d\d/\d\d/\d{4}", problem.Detail);
        Assert.Equal(before, await StoredEntryCount());
    }
}
