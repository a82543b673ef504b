using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ContestServerless.Functions.Entries;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>Does what the entry form does, over HTTP: create, upload through the link, submit.</summary>
public sealed class Entrant(HttpClient http)
{
    private static readonly HttpClient Storage = new();

    /// <summary>The submit key each entry this entrant created came with, as the browser keeps it.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _submitKeys = new();

    public static JsonObject Form(string fileName = "bai-du-thi.pdf", long size = 100, string unitId = "so-noi-vu", string? email = "lan@example.org") => new()
    {
        ["title"] = "Người thầy giữa rừng đước",
        ["movement"] = "giam-ngheo",
        ["unitId"] = unitId,
        ["author"] = new JsonObject
        {
            ["fullName"] = "Nguyễn Thị Lan",
            ["birthYear"] = 1985,
            ["occupation"] = "Giáo viên",
            ["workplace"] = "Trường THCS Phường 5",
            ["address"] = "Phường 5, thành phố Sóc Trăng",
            ["phone"] = "0912 345 678",
            ["email"] = email,
        },
        ["subject"] = new JsonObject
        {
            ["name"] = "Lâm Văn Tư",
            ["address"] = "Huyện Cù Lao Dung",
            ["summary"] = "Mười năm dạy chữ miễn phí cho trẻ em nghèo.",
        },
        ["file"] = new JsonObject { ["name"] = fileName, ["size"] = size, ["contentType"] = "" },
        ["declaration"] = true,
        ["consent"] = true,
    };

    /// <summary>
    /// A form as a unit's focal point hands it in: the officer declares the author's signed paper form and consent received,
    /// and who keeps them, instead of ticking the author's declaration and consent.
    /// </summary>
    public static JsonObject HandedIn(JsonObject form, string keptBy = "Trần Thị Đầu Mối, Văn phòng đơn vị")
    {
        form.Remove("declaration");
        form.Remove("consent");
        form["handIn"] = new JsonObject { ["formReceived"] = true, ["consentReceived"] = true, ["keptBy"] = keptBy };
        return form;
    }

    /// <summary>Creates an entry; with a solved proof of work where the stack asks for one (see PowSolver).</summary>
    public async Task<(string Id, Uri UploadUrl)> CreateAsync(JsonObject form, string? proofOfWork = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/entries") { Content = JsonContent.Create(form) };
        if (proofOfWork is not null) request.Headers.Add("X-Altcha", proofOfWork);
        var response = await http.SendAsync(request);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var ticket = await response.ReadAs<UploadTicketView>();
        _submitKeys[ticket.Id] = ticket.SubmitKey;
        return (ticket.Id, new Uri(ticket.UploadUrl));
    }

    public static Task<HttpResponseMessage> UploadAsync(Uri uploadUrl, byte[] content)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new ByteArrayContent(content) };
        request.Headers.Add("x-ms-blob-type", "BlockBlob");
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return Storage.SendAsync(request);
    }

    /// <summary>Submits with the key the entry was created with (or, for a test of refusals, the key given).</summary>
    public Task<HttpResponseMessage> SubmitAsync(string id, string? submitKey = null) =>
        http.PostAsJsonAsync($"/api/entries/{id}/submit", new { submitKey = submitKey ?? _submitKeys.GetValueOrDefault(id) });

    public string? SubmitKeyOf(string id) => _submitKeys.GetValueOrDefault(id);

    /// <summary>Remembers the key of an entry created elsewhere (a unit's hand-in), so <see cref="SubmitAsync"/> can use it.</summary>
    public void Remember(string id, string submitKey) => _submitKeys[id] = submitKey;

    /// <summary>A received entry of a unit with this title (and a small PDF unless a file is given); answers its id.</summary>
    public Task<string> EnterAsync(string unitId, string title, byte[]? file = null, string fileName = "bai-du-thi.pdf")
    {
        var form = Form(fileName: fileName, unitId: unitId);
        form["title"] = title;
        return EnterAsync(form, file ?? TestFiles.Pdf());
    }

    /// <summary>The whole flow for a filled form and its file; answers the entry id once it is received.</summary>
    public async Task<string> EnterAsync(JsonObject form, byte[] file)
    {
        form["file"]!["size"] = file.Length;
        var (id, uploadUrl) = await CreateAsync(form);
        (await UploadAsync(uploadUrl, file)).EnsureSuccessStatusCode();
        var submitted = await SubmitAsync(id);
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>The whole flow for a file; answers the submit response.</summary>
    public async Task<HttpResponseMessage> EnterAsync(byte[] file, string fileName = "bai-du-thi.pdf", string unitId = "so-noi-vu", string? email = "lan@example.org")
    {
        var (id, uploadUrl) = await CreateAsync(Form(fileName, file.Length, unitId, email));
        (await UploadAsync(uploadUrl, file)).EnsureSuccessStatusCode();
        return await SubmitAsync(id);
    }
}
