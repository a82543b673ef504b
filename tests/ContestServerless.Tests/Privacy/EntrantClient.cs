using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Privacy;

namespace ContestServerless.Tests.Privacy;

/// <summary>What the entrant's page does over HTTP, with the receipt code in its header.</summary>
public sealed class EntrantClient(HttpClient http, string id, string code)
{
    public string Id => id;

    public string Code => code;

    /// <param name="essay">A .docx to send instead of a small PDF (judging makes a clean judges' copy of it).</param>
    public static async Task<EntrantClient> EnterAsync(ContestStack stack, string unitId, string title = "Người thầy giữa rừng đước", byte[]? essay = null)
    {
        var entrant = new Entrant(stack.Http);
        var form = Entrant.Form(fileName: essay is null ? "bai-du-thi.pdf" : "bai-du-thi.docx", unitId: unitId);
        form["title"] = title;
        var file = essay ?? TestFiles.Pdf();
        form["file"]!["size"] = file.Length;
        var (id, uploadUrl) = await entrant.CreateAsync(form);
        (await Entrant.UploadAsync(uploadUrl, file)).EnsureSuccessStatusCode();
        var receipt = await (await entrant.SubmitAsync(id)).ReadAs<ReceiptView>();
        return new EntrantClient(stack.Http, receipt.Id, receipt.ReceiptCode);
    }

    public EntrantClient WithCode(string other) => new(http, id, other);

    public Task<HttpResponseMessage> GetAsync(string path = "/personal-data") => SendAsync(HttpMethod.Get, path, null);

    public Task<HttpResponseMessage> CorrectAsync(object body) => SendAsync(HttpMethod.Put, "/personal-data", body);

    public Task<HttpResponseMessage> WithdrawAsync() => SendAsync(HttpMethod.Post, "/withdraw", null);

    public Task<HttpResponseMessage> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, body);

    public Task<HttpResponseMessage> SendPutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, $"/api/entries/{id}{path}");
        request.Headers.Add(ReceiptCodeHeader.Name, code);
        if (body is not null) request.Content = JsonContent.Create(body);
        return http.SendAsync(request);
    }

    public static object Correction(string phone = "0987 654 321", string subjectName = "Lâm Văn Tư") => new
    {
        author = new { fullName = "Nguyễn Thị Lan", birthYear = 1985, occupation = "Giáo viên", workplace = "Trường THCS Phường 5", address = "Phường 5, thành phố Sóc Trăng", phone, email = "lan@example.org" },
        subject = new { name = subjectName, address = "Huyện Cù Lao Dung", summary = "Mười năm dạy chữ miễn phí cho trẻ em nghèo." },
    };
}
