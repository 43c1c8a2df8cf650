using System.Net;
using System.Text.Json;

namespace KyCuong.IntegrationTests.Infrastructure;

/// <summary>Reads a paged list (docs/api.md "Paging everywhere") whole: every page of <c>{"items","page","pageSize","total"}</c>.</summary>
public static class PagedLists
{
    public static async Task<List<JsonElement>> AllItemsAsync(this HttpClient client, string url, CancellationToken ct)
    {
        var items = new List<JsonElement>();
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; ; page++)
        {
            var body = await (await client.GetAsync($"{url}{separator}page={page}&pageSize=100", ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            var batch = body.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(batch);
            if (batch.Count == 0 || items.Count >= body.GetProperty("total").GetInt32())
            {
                return items;
            }
        }
    }
}
