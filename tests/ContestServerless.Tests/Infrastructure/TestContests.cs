using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Storage;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// Contests stored beside the deployment's first one directly through the services (as an organizer's create does:
/// tables provisioned, record added, directory refreshed), for tests that need several contests in one stack.
/// </summary>
public static class TestContests
{
    /// <summary>Stores a contest <paramref name="id"/> with the first contest's settings, changed by <paramref name="change"/>.</summary>
    public static async Task<ContestRecord> AddAsync(ContestStack stack, string id, string name, Action<ContestOptions>? change = null)
    {
        var services = stack.Services;
        var directory = services.GetRequiredService<ContestDirectory>();
        var settings = directory.Default.Settings.Copy();
        settings.Id = id;
        settings.Name = name;
        change?.Invoke(settings);
        var record = new ContestRecord(id, settings, "", null, ContestIds.StorageKeyFor(id, directory.All.Select(r => r.StorageKey)));
        await services.GetRequiredService<ContestStorage>().ProvisionAsync(record, CancellationToken.None);
        Assert.NotNull(await services.GetRequiredService<IContestStore>().TryAddAsync(record, CancellationToken.None));
        await directory.RefreshAsync(CancellationToken.None);
        return record;
    }
}

/// <summary>Clients that name a contest on every call, as the pages' scripts do (X-Contest).</summary>
public static class ContestClients
{
    /// <summary>A client like <paramref name="client"/> (its cookies included) whose every call names <paramref name="contestId"/>.</summary>
    public static HttpClient In(HttpClient client, string contestId) => new(new NamingHandler(client, contestId)) { BaseAddress = client.BaseAddress };

    public static string DefaultContestId(this ContestStack stack) => stack.Services.GetRequiredService<ContestDirectory>().DefaultId;

    private sealed class NamingHandler(HttpClient inner, string contestId) : DelegatingHandler
    {
        // The outer client has marked the request sent, so the inner one gets a copy naming the contest.
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Content = request.Content };
            foreach (var header in request.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            copy.Headers.Add(ContestRequest.Header, contestId);
            return inner.SendAsync(copy, cancellationToken);
        }
    }
}
