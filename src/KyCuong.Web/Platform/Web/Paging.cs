using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;

namespace KyCuong.Web.Platform.Web;

/// <summary>One page of a list, the shape every paged list answers (docs/api.md "Conventions", paging): <c>{"items","page","pageSize","total"}</c>.</summary>
internal sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>A validated page request: <see cref="Page"/> from 1, <see cref="PageSize"/> within the list's bounds.</summary>
internal readonly record struct PageRequest(int Page, int PageSize)
{
    /// <summary>Rows before this page; a page far past the end skips everything instead of overflowing.</summary>
    public int Skip => (int)Math.Min(int.MaxValue, ((long)Page - 1) * PageSize);
}

/// <summary>
/// The paging convention of every list endpoint (docs/api.md "Conventions"): <c>page</c> from 1, <c>pageSize</c> from 1 to the list's
/// maximum (100 for envelopes, default 20), a page past the end is empty, and an out-of-range value is a 400 on that field. Lists the
/// public contract fixes as bare arrays keep that shape and carry the total in <c>X-Total-Count</c> and the next page in <c>Link</c>.
/// </summary>
internal static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Bounds of the bare-array lists (the organisation directory, the risk ranking): large pages, since clients read them whole.</summary>
    public const int MaxArrayPageSize = 500;

    public const string TotalHeader = "X-Total-Count";

    public static PageRequest Validate(int? page, int? pageSize, int defaultPageSize = DefaultPageSize, int maxPageSize = MaxPageSize)
    {
        new Validator()
            .Check(page is null or >= 1, "page", "Số trang bắt đầu từ 1. / page starts at 1.")
            .Check(pageSize is null || (pageSize >= 1 && pageSize <= maxPageSize), "pageSize", $"Cỡ trang từ 1 đến {maxPageSize}. / pageSize must be 1 to {maxPageSize}.")
            .ThrowIfInvalid();
        return new PageRequest(page ?? 1, pageSize ?? defaultPageSize);
    }

    /// <summary>A page of a list already sorted in memory (small catalogues sorted with a culture-aware or computed order).</summary>
    public static Paged<T> Slice<T>(IReadOnlyList<T> all, PageRequest request) =>
        new(all.Skip(request.Skip).Take(request.PageSize).ToList(), request.Page, request.PageSize, all.Count);

    /// <summary>A page read from the database: the count and the rows of the page only. The query must be ordered.</summary>
    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var items = request.Skip >= total ? [] : await ordered.Skip(request.Skip).Take(request.PageSize).ToListAsync(ct);
        return new Paged<T>(items, request.Page, request.PageSize, total);
    }

    /// <summary>Maps a page's items, keeping its numbers.</summary>
    public static Paged<TOut> Select<TIn, TOut>(this Paged<TIn> page, Func<TIn, TOut> map) =>
        new(page.Items.Select(map).ToList(), page.Page, page.PageSize, page.Total);

    /// <summary>
    /// A bare-array answer for a page: the total in <c>X-Total-Count</c> and, unless this is the last page, the next one in
    /// <c>Link: &lt;…&gt;; rel="next"</c> (RFC 8288), so a client can read the whole list without an envelope.
    /// </summary>
    public static IReadOnlyList<T> AsArray<T>(this Paged<T> page, HttpContext http)
    {
        http.Response.Headers[TotalHeader] = page.Total.ToString(CultureInfo.InvariantCulture);
        if ((long)page.Page * page.PageSize < page.Total)
        {
            var query = QueryString.Create(http.Request.Query
                .Where(q => q.Key is not ("page" or "pageSize"))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                .Append(new("page", (page.Page + 1).ToString(CultureInfo.InvariantCulture)))
                .Append(new("pageSize", page.PageSize.ToString(CultureInfo.InvariantCulture))));
            http.Response.Headers.Link = $"<{http.Request.PathBase}{http.Request.Path}{query}>; rel=\"next\"";
        }

        return page.Items;
    }

    /// <summary>Declares the bare-array paging headers on the 200 answer in the OpenAPI document.</summary>
    public static RouteHandlerBuilder WithArrayPaging(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
                response.Headers[TotalHeader] = new OpenApiHeader
                {
                    Description = "Tổng số phần tử của danh sách / Total number of items in the list",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                };
                response.Headers["Link"] = new OpenApiHeader
                {
                    Description = "Trang kế tiếp, khi còn (RFC 8288, rel=\"next\") / The next page, when there is one",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }

            return Task.CompletedTask;
        });
}
