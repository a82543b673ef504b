using ContestServerless.Functions.Privacy;
using ContestServerless.Functions.Publishing;
using ContestServerless.Tests.Browser;
using ContestServerless.Tests.Privacy;
using Microsoft.Playwright;
using ContestServerless.Tests.Results;

namespace ContestServerless.Tests.Publishing;

/// <summary>
/// Asking the winners who have not answered about publication, on a contest judged to the end (<see cref="ResultsStack"/>:
/// five prizes among six finalists): refused before the results are public; after, one e-mail per winner with an
/// unanswered author, whose link opens the entrant's page; none to a winner who answered; nothing new the second time,
/// asked with the results page's button.
/// </summary>
public sealed class PublicationRequestTests(ResultsStack results) : IClassFixture<ResultsStack>
{
    private const string Subject = "Đề nghị cho biết ý kiến về việc công bố tác phẩm đoạt giải";

    private HttpClient Public => results.Stack.Http;

    private List<ContestServerless.LocalHost.OutboxMessage> Requests() => [.. results.Stack.Outbox.Messages.Where(m => m.Subject == Subject)];

    [Fact]
    public async Task Winners_with_an_unanswered_author_are_asked_once_each_through_a_link_to_their_entrant_page()
    {
        using var organizer = await results.OrganizerAsync();
        var f = results.Finalists;
        // f0 (Giải Nhất) agrees and f1 (Giải Nhì) refuses before the results; f2, f3 (Nhì, Ba) and f4 (Ba) never answer; f5 wins nothing.
        (await new EntrantClient(Public, f[0], results.ReceiptOf[f[0]]).SendPutAsync("/publication",
            new { members = new object[] { new { answer = "agree", naming = "fullName" } } })).EnsureSuccessStatusCode();
        (await new EntrantClient(Public, f[1], results.ReceiptOf[f[1]]).SendPutAsync("/publication",
            new { members = new object[] { new { answer = "refuse" } } })).EnsureSuccessStatusCode();
        await results.VoteTheTieAsync(organizer);
        results.CloseSubmissions();
        (await organizer.PostAsJsonAsync("/api/organizer/results/approve", new { })).EnsureSuccessStatusCode();

        var early = await organizer.PostAsync("/api/organizer/results/consent-requests", null);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("Kết quả chưa được công bố", (await early.ReadProblem()).Title);
        Assert.Empty(Requests());

        (await organizer.PostAsJsonAsync("/api/organizer/results/publish", new { at = "" })).EnsureSuccessStatusCode();

        var first = await organizer.PostAsync("/api/organizer/results/consent-requests", null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(new PublicationRequestRunView(3, 0, 0, 0, 2), await first.ReadAs<PublicationRequestRunView>());

        var mails = Requests();
        Assert.Equal(3, mails.Count);
        foreach (var winner in new[] { f[2], f[3], f[4] })
        {
            var mail = Assert.Single(mails, m => m.PlainText.Contains($"mã {winner}", StringComparison.Ordinal));
            var link = Assert.Single(mail.PlainText.Split('\n').Select(l => l.Trim()), l => l.Contains("/ho-so.html#", StringComparison.Ordinal));
            var fragment = System.Web.HttpUtility.ParseQueryString(new Uri(link).Fragment.TrimStart('#'));
            Assert.Equal((winner, results.ReceiptOf[winner]), (fragment["id"], fragment["code"]));
            Assert.Equal(HttpStatusCode.OK, (await Public.GetAsync(new Uri(link).PathAndQuery)).StatusCode);
            // The link's id and code open the entrant's own page, where the author answers.
            var record = await (await new EntrantClient(Public, fragment["id"]!, fragment["code"]!).GetAsync()).ReadAs<EntrantRecordView>();
            Assert.Equal("unanswered", record.Publication.State);
            Assert.Contains($"href=\"{System.Net.WebUtility.HtmlEncode(link)}\"", mail.Html, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(mails, m => m.PlainText.Contains($"mã {f[0]}", StringComparison.Ordinal) || m.PlainText.Contains($"mã {f[1]}", StringComparison.Ordinal) || m.PlainText.Contains($"mã {f[5]}", StringComparison.Ordinal));

        // The second run from the results page: its button asks first, then says what this run did.
        var (playwright, browser) = await Chromium.LaunchAsync();
        await using (browser)
        using (playwright)
        {
            var page = await OrganizerSession.OpenAsync(browser, results.Stack);
            await page.GotoAsync("/admin/results.html");
            await page.ClickAsync("#consent-requests-send");
            var dialog = page.Locator("dialog.confirm-dialog[open]");
            await Assertions.Expect(dialog).ToContainTextAsync("Gửi thư đề nghị tác giả cho biết ý kiến công bố?");
            await dialog.Locator("[data-confirm]").ClickAsync();
            await Assertions.Expect(page.Locator("#consent-requests-status")).ToHaveTextAsync(
                "Đã gửi 0 thư đề nghị. Không gửi: 3 bài đã được hỏi trước đó, 0 bài không có E-mail, 2 bài mọi tác giả đã trả lời.",
                new() { Timeout = Eventually.BoundMilliseconds });
        }
        Assert.Equal(3, Requests().Count);
    }
}
