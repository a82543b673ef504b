using ContestServerless.Domain.Templates;

namespace ContestServerless.Tests.Templates;

/// <summary>A template is refused when saved, naming what is wrong, never discovered broken when it is sent.</summary>
public sealed class MailTemplateCheckTests
{
    private static readonly IReadOnlyList<Placeholder> Reminder = Placeholders.For(TemplateKind.Reminder);

    [Fact]
    public void A_misspelt_placeholder_is_named_with_the_one_that_was_meant()
    {
        var errors = MailTemplate.Check("Nhắc việc", "Kính gửi {{ten_don_vj}},", Reminder);

        var message = Assert.Single(errors["body"]);
        Assert.Contains("{{ten_don_vj}}", message);
        Assert.Contains("Có phải là “{{ten_don_vi}}”", message);
    }

    [Fact]
    public void An_unknown_placeholder_in_the_subject_is_named_under_the_subject()
    {
        var errors = MailTemplate.Check("Nhắc {{mat_khau}}", "Kính gửi {{ten_don_vi}},", Reminder);

        Assert.Contains("{{mat_khau}}", Assert.Single(errors["subject"]));
        Assert.False(errors.ContainsKey("body"));
    }

    [Theory]
    [InlineData("Kính gửi {{ten_don_vi")]
    [InlineData("Kính gửi {{ten_don_vi, hạn {{han_nop}}")]
    [InlineData("Hạn {{han_nop}}. {{")]
    public void An_unclosed_brace_pair_is_refused_and_quoted(string body)
    {
        var errors = MailTemplate.Check("Nhắc việc", body, Reminder);

        Assert.Contains(errors["body"], m => m.Contains("chưa được đóng", StringComparison.Ordinal) && m.Contains("{{", StringComparison.Ordinal));
    }

    [Fact]
    public void What_an_entrant_typed_may_not_go_into_a_subject()
    {
        var errors = MailTemplate.Check("Biên nhận bài “{{ten_tac_pham}}”", "Kính gửi {{ho_ten}},", Placeholders.For(TemplateKind.Receipt));

        Assert.Contains("{{ten_tac_pham}}", Assert.Single(errors["subject"]));
    }

    [Fact]
    public void A_right_to_left_override_in_the_subject_or_a_bell_in_the_body_is_refused()
    {
        var errors = MailTemplate.Check("Nhắc việc \u202Egnp.exe", "Kính gửi {{ten_don_vi}},\u0007", Reminder);

        Assert.Equal(["Tiêu đề thư chỉ gồm một dòng, không có ký tự điều khiển."], errors["subject"]);
        Assert.Equal(["Nội dung thư có ký tự điều khiển không hợp lệ."], errors["body"]);
    }

    [Fact]
    public void An_empty_subject_or_body_is_refused_in_Vietnamese()
    {
        var errors = MailTemplate.Check(" ", "\n \n", Reminder);

        Assert.Equal("Vui lòng nhập tiêu đề thư.", Assert.Single(errors["subject"]));
        Assert.Equal("Vui lòng nhập nội dung thư.", Assert.Single(errors["body"]));
    }

    [Fact]
    public void Every_default_template_passes_its_own_check()
    {
        foreach (var kind in TemplateKinds.All)
        {
            var template = DefaultTemplates.For(kind);
            Assert.Empty(MailTemplate.Check(template.Subject, template.Body, Placeholders.For(kind)));
        }
    }
}

/// <summary>What a filled-in template looks like: values escaped in the HTML part, a plain text part, empty lines left out.</summary>
public sealed class MailTemplateRenderTests
{
    private static readonly IReadOnlyList<Placeholder> Reminder = Placeholders.For(TemplateKind.Reminder);

    /// <summary>The HTML part encodes as the composers always did (Latin-1 letters as numeric references).</summary>
    private static string H(string text) => System.Net.WebUtility.HtmlEncode(text);

    [Fact]
    public void Markup_and_script_in_a_units_name_show_as_text_in_the_HTML_part()
    {
        var template = new MailTemplate("Nhắc {{ten_don_vi}}", "Kính gửi {{ten_don_vi}},\n\nXem {{duong_dan}}");

        var mail = template.Render(new Dictionary<string, string>
        {
            ["ten_don_vi"] = "<script>alert(1)</script><b>A</b>",
            ["duong_dan"] = "https://cuocthi.example.org/unit/#t=a&b",
        }, Reminder);

        Assert.DoesNotContain("<script>", mail.Html);
        Assert.DoesNotContain("<b>A</b>", mail.Html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;A&lt;/b&gt;", mail.Html);
        Assert.Contains("<a href=\"https://cuocthi.example.org/unit/#t=a&amp;b\">", mail.Html);
        Assert.Equal("Kính gửi <script>alert(1)</script><b>A</b>,\n\nXem https://cuocthi.example.org/unit/#t=a&b", mail.PlainText);
    }

    [Fact]
    public void Markup_the_organizer_typed_in_the_template_is_text_too()
    {
        var mail = new MailTemplate("Thư", "<img src=x onerror=alert(1)> {{ten_don_vi}}").Render(new Dictionary<string, string> { ["ten_don_vi"] = "A" }, Reminder);

        Assert.StartsWith("<p>&lt;img src=x onerror=alert(1)&gt; A</p>", mail.Html);
    }

    [Fact]
    public void Paragraphs_become_paragraphs_and_lines_become_line_breaks()
    {
        var mail = new MailTemplate("Thư", "Dòng một\nDòng hai\n\n\nĐoạn hai").Render(new Dictionary<string, string>(), Reminder);

        Assert.Equal($"<p>{H("Dòng một")}<br>{H("Dòng hai")}</p><p>{H("Đoạn hai")}</p>", mail.Html);
        Assert.Equal("Dòng một\nDòng hai\n\nĐoạn hai", mail.PlainText);
    }

    [Fact]
    public void A_line_of_fields_that_came_out_empty_is_left_out_of_both_parts()
    {
        var mail = new MailTemplate("Thư", "Trân trọng.\n{{lien_he}}\n\n{{lien_he}}\n\nBan Tổ chức").Render(new Dictionary<string, string> { ["lien_he"] = "" }, Reminder);

        Assert.Equal("Trân trọng.\n\nBan Tổ chức", mail.PlainText);
        Assert.Equal($"<p>{H("Trân trọng.")}</p><p>{H("Ban Tổ chức")}</p>", mail.Html);
    }

    [Fact]
    public void A_value_over_several_lines_keeps_its_lines_in_both_parts()
    {
        var mail = new MailTemplate("Thư", "Còn thiếu:\n{{noi_dung_nhac}}").Render(new Dictionary<string, string> { ["noi_dung_nhac"] = "- một\n- hai" }, Reminder);

        Assert.Equal("Còn thiếu:\n- một\n- hai", mail.PlainText);
        Assert.Equal($"<p>{H("Còn thiếu:")}<br>{H("- một")}<br>{H("- hai")}</p>", mail.Html);
    }
}
