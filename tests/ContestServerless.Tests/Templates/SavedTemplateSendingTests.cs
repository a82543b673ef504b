using System.Net;
using System.Net.Http.Headers;
using ContestServerless.Functions.Templates;

namespace ContestServerless.Tests.Templates;

/// <summary>The senders write with the contest's saved template, and only that contest's: another contest keeps the default.</summary>
[Collection(StackCollection.Name)]
public sealed class SavedTemplateSendingTests(ContestStack stack)
{
    private const string ContestId = "mau-thu-gui";

    [Fact]
    public async Task A_receipt_goes_out_in_the_contests_saved_wording_with_the_entrys_values()
    {
        if (!stack.Services.GetRequiredService<Domain.Contest.ContestDirectory>().All.Any(c => c.Id == ContestId))
            await TestContests.AddAsync(stack, ContestId, "Cuộc thi thử gửi theo mẫu");
        using var organizer = ContestClients.In(await stack.SignInAsOrganizerAsync(), ContestId);
        await TestUnits.AddAsync(organizer, "so-noi-vu");
        var read = await organizer.GetAsync("/api/organizer/templates/receipt");
        var save = new HttpRequestMessage(HttpMethod.Put, "/api/organizer/templates/receipt")
        {
            Content = JsonContent.Create(new
            {
                subject = "Đã nhận bài dự thi {{ma_bai}}",
                body = "Thưa Ông/Bà {{ho_ten}},\n\nBài “{{ten_tac_pham}}” đã đến Ban Tổ chức {{ten_cuoc_thi}}.\nMã biên nhận: {{ma_bien_nhan}}",
            }),
        };
        save.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(read.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.OK, (await organizer.SendAsync(save)).StatusCode);

        var form = Entrant.Form(email: "mau-thu-gui@example.org");
        form["title"] = "Cây cầu <b>tình người</b>";
        var entryId = await new Entrant(ContestClients.In(stack.Http, ContestId)).EnterAsync(form, TestFiles.Pdf());

        await Eventually.WaitAsync(() => stack.Outbox.Messages.Any(m => m.To.Contains("mau-thu-gui@example.org")), "the receipt in the saved wording");
        var mail = stack.Outbox.Messages.Single(m => m.To.Contains("mau-thu-gui@example.org"));
        Assert.Equal($"Đã nhận bài dự thi {entryId}", mail.Subject);
        Assert.StartsWith("Thưa Ông/Bà ", mail.PlainText);
        Assert.Contains("Bài “Cây cầu <b>tình người</b>” đã đến Ban Tổ chức Cuộc thi thử gửi theo mẫu.", mail.PlainText);
        Assert.Contains("&lt;b&gt;", mail.Html);
        Assert.DoesNotContain("<b>", mail.Html);

        // The deployment's first contest never saved one: its receipts keep today's wording.
        var elsewhere = await (await (await stack.SignInAsOrganizerAsync()).GetAsync("/api/organizer/templates/receipt")).ReadAs<TemplateView>();
        Assert.True(elsewhere.IsDefault);
    }
}
