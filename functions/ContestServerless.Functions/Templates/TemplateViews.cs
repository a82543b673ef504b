using ContestServerless.Domain.Common;
using ContestServerless.Domain.Templates;

namespace ContestServerless.Functions.Templates;

/// <summary>How templates are named in the API.</summary>
public static class TemplateViews
{
    public static TemplateView Template(TemplateState state)
    {
        var byDefault = DefaultTemplates.For(state.Kind);
        return new TemplateView(state.Kind.RouteName(), state.Kind.Title(), state.Template.Subject, state.Template.Body, state.Saved is null,
            state.Saved is { } saved ? VietnamTime.ToLocal(saved.SavedAt) : null, state.Saved?.SavedBy, state.Version,
            [.. Placeholders.For(state.Kind).Select(p => new PlaceholderView(p.Name, p.Meaning, p.Example))],
            byDefault.Subject, byDefault.Body, state.Kind.AboutUnit() ? "unit" : state.Kind.AboutEntry() ? "entry" : "none");
    }

    public static TemplateListView List(IReadOnlyList<TemplateState> states) =>
        new([.. states.Select(s => new TemplateSummaryView(s.Kind.RouteName(), s.Kind.Title(), s.Saved is null,
            s.Saved is { } saved ? VietnamTime.ToLocal(saved.SavedAt) : null, s.Saved?.SavedBy))]);

    public static TemplatePreviewView Preview(TemplatePreview preview) =>
        new(preview.Mail.Subject, preview.Mail.PlainText, preview.Mail.Html, preview.About);
}

/// <summary>
/// A kind's template: what it sends now, whether that is the default, who saved it, the version a save names in
/// If-Match (also the ETag), the fields it offers, the default (for the page's "reset"), and whose data a preview takes.
/// </summary>
public sealed record TemplateView(
    string Kind, string Title, string Subject, string Body, bool IsDefault, DateTimeOffset? SavedAt, string? SavedBy, string Version,
    IReadOnlyList<PlaceholderView> Placeholders, string DefaultSubject, string DefaultBody, string PreviewWith);

public sealed record PlaceholderView(string Name, string Meaning, string Example);

public sealed record TemplateListView(IReadOnlyList<TemplateSummaryView> Templates);

public sealed record TemplateSummaryView(string Kind, string Title, bool IsDefault, DateTimeOffset? SavedAt, string? SavedBy);

/// <summary>The template filled in: subject, plain text part, HTML part, and whose data filled it.</summary>
public sealed record TemplatePreviewView(string Subject, string PlainText, string Html, string About);
