using Azure.Data.Tables;
using ContestServerless.Domain.Templates;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// A contest's saved templates in its Templates table: partition "template", row key = the kind's route name. A save
/// over the default adds the row (refused if someone added it first); a later save replaces it with the ETag read.
/// </summary>
public sealed class TableMailTemplateStore(ContestTables tables) : IMailTemplateStore
{
    private const string Partition = "template";

    public Task<SavedTemplate?> FindAsync(TemplateKind kind, CancellationToken cancellationToken) =>
        tables.Templates.FindAsync<SavedTemplate?>(Partition, kind.RouteName(), Read, cancellationToken);

    public Task<string?> TrySaveAsync(TemplateKind kind, SavedTemplate template, string version, CancellationToken cancellationToken)
    {
        var row = new TableEntity(Partition, kind.RouteName())
        {
            ["Subject"] = template.Template.Subject,
            ["Body"] = template.Template.Body,
            ["SavedAt"] = template.SavedAt,
            ["SavedBy"] = template.SavedBy,
        };
        return version == SavedTemplate.DefaultVersion
            ? tables.Templates.TryAddVersionedAsync(row, cancellationToken)
            : tables.Templates.TryReplaceVersionedAsync(row, version, cancellationToken);
    }

    public async Task DeleteAsync(TemplateKind kind, CancellationToken cancellationToken) =>
        await tables.Templates.DeleteEntityAsync(Partition, kind.RouteName(), Azure.ETag.All, cancellationToken);

    private static SavedTemplate Read(TableEntity row) => new(
        new MailTemplate(row.GetString("Subject") ?? "", row.GetString("Body") ?? ""),
        row.GetDateTimeOffset("SavedAt") ?? DateTimeOffset.MinValue, row.GetString("SavedBy") ?? "", row.ETag.ToString());
}
