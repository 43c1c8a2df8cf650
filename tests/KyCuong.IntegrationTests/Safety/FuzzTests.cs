using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Safety;

/// <summary>
/// Keeps bad input from crashing the host again: for every operation of <c>/openapi/v1.json</c> with a JSON body or
/// parameters, bodies and query values generated from its schema with bad values (nulls, wrong types, huge and tiny numbers,
/// dates at and beyond 1900/2100, control characters and bidi overrides, 100 KB strings, arrays nested past the reader's
/// depth, bodies that are not objects) are sent as the administrator. Every answer must be a 4xx (a GET may also answer 2xx:
/// a read changes nothing) and never a 5xx, and nothing may change: the main tables and the audit trail keep their counts.
/// Deterministic (a fixed seed) and bounded (a few cases per operation).
/// </summary>
public abstract class FuzzTests<TApp>(TApp app) where TApp : AppFixture
{
    private static readonly string[] Families = ["nulls", "wrongTypes", "huge", "tiny", "edge", "control", "deep"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryOperation_BadInput_4xxAndNothingChanged()
    {
        using var admin = await app.ClientForAsync("admin");
        admin.Timeout = TimeSpan.FromSeconds(60);
        var spec = await (await app.Anonymous().GetAsync("/openapi/v1.json", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var ids = await KnownIdsAsync(admin);
        var random = new Random(20261204);
        var before = await CountsAsync();
        var failures = new List<string>();
        var sent = 0;
        var clock = Stopwatch.StartNew();

        foreach (var path in spec.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                var method = op.Name.ToUpperInvariant();
                if (method is not ("GET" or "POST" or "PUT" or "PATCH" or "DELETE"))
                {
                    continue;
                }

                var parameters = Parameters(path.Value, op.Value);
                var body = JsonBodySchema(op.Value);
                if (body is null && parameters.All(p => p.In == "path"))
                {
                    continue;
                }

                var url = Fill(path.Name, parameters, ids, random);
                var cases = new List<(string Name, string Url, HttpContent? Content)>();
                foreach (var family in Families)
                {
                    if (body is { } schema && Bad(spec, schema, family, 0, random) is { } value)
                    {
                        cases.Add(($"body:{family}", url, Json(value.Node?.ToJsonString() ?? "null")));
                    }

                    if (Query(spec, parameters, family) is { Length: > 0 } query)
                    {
                        cases.Add(($"query:{family}", url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query, body is null ? null : Json("{}")));
                    }
                }

                if (body is not null)
                {
                    cases.Add(("body:array", url, Json("[]")));
                    cases.Add(("body:string", url, Json("\"x\"")));
                    cases.Add(("body:malformed", url, Json("{\"a\":")));
                }

                foreach (var (name, target, content) in cases)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), target) { Content = content };
                    using var response = await admin.SendAsync(request, Ct);
                    sent++;
                    var status = (int)response.StatusCode;
                    var ok = status is >= 400 and < 500 || (method == "GET" && status < 500);
                    if (!ok)
                    {
                        var text = await response.Content.ReadAsStringAsync(Ct);
                        failures.Add($"{method} {path.Name} [{name}] → {status}: {text[..Math.Min(300, text.Length)]}");
                    }
                }
            }
        }

        var after = await CountsAsync();
        TestContext.Current.TestOutputHelper?.WriteLine($"{sent} requests in {clock.Elapsed.TotalSeconds:F1} s");
        failures.ShouldBeEmpty(string.Join("\n", failures));
        after.ShouldBe(before);
        sent.ShouldBeGreaterThan(100);
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    /// <summary>Ids of things that exist, so a bad body reaches the handler of a real task, unit, document, … (not just a 404).</summary>
    private async Task<Dictionary<string, string>> KnownIdsAsync(HttpClient admin)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        void Put(string segment, Guid? id)
        {
            if (id is { } v)
            {
                ids[segment] = v.ToString();
            }
        }

        Put("units", await db.Units.OrderBy(u => u.Name).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(Ct));
        Put("tasks", await db.Tasks.OrderBy(t => t.Id).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(Ct));
        Put("documents", await db.Documents.OrderBy(d => d.Id).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(Ct));
        Put("consultations", await db.Consultations.OrderBy(c => c.Id).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(Ct));
        Put("submissions", await db.Submissions.OrderBy(s => s.Id).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(Ct));
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct);
        ids["users"] = me.GetProperty("id").GetString()!;
        return ids;
    }

    private async Task<Dictionary<string, int>> CountsAsync()
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["audit"] = await db.AuditEntries.CountAsync(Ct),
            ["units"] = await db.Units.CountAsync(Ct),
            ["users"] = await db.Users.CountAsync(Ct),
            ["tasks"] = await db.Tasks.CountAsync(Ct),
            ["documents"] = await db.Documents.CountAsync(Ct),
            ["consultations"] = await db.Consultations.CountAsync(Ct),
            ["submissions"] = await db.Submissions.CountAsync(Ct),
            ["calendarDecisions"] = await db.CalendarYearDecisions.CountAsync(Ct),
            ["competence"] = await db.CompetenceEntries.CountAsync(Ct),
            ["delegations"] = await db.Delegations.CountAsync(Ct),
            ["outbox"] = await db.OutboxMessages.CountAsync(Ct),
        };
    }

    private sealed record Param(string Name, string In, JsonElement Schema);

    private static List<Param> Parameters(JsonElement pathItem, JsonElement op)
    {
        var list = new List<Param>();
        foreach (var source in new[] { pathItem, op })
        {
            if (source.TryGetProperty("parameters", out var ps))
            {
                foreach (var p in ps.EnumerateArray())
                {
                    list.Add(new Param(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, p.TryGetProperty("schema", out var s) ? s : default));
                }
            }
        }

        return list;
    }

    private static JsonElement? JsonBodySchema(JsonElement op) =>
        op.TryGetProperty("requestBody", out var rb) && rb.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json)
            && json.TryGetProperty("schema", out var schema)
            ? schema
            : null;

    private static string Fill(string template, List<Param> parameters, Dictionary<string, string> ids, Random random)
    {
        var segments = template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].StartsWith('{'))
            {
                var owner = i > 0 ? segments[i - 1] : "";
                segments[i] = ids.TryGetValue(owner, out var id) && segments[i] is "{id}" ? id : RandomGuid(random).ToString();
            }
        }

        return string.Join('/', segments);
    }

    private static Guid RandomGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string Query(JsonElement spec, List<Param> parameters, string family)
    {
        var parts = new List<string>();
        foreach (var p in parameters.Where(p => p.In == "query"))
        {
            var (type, format) = TypeOf(Resolve(spec, p.Schema));
            string? value = (family, type, format) switch
            {
                ("wrongTypes", "integer" or "number" or "boolean", _) => "abc",
                ("wrongTypes", "string", "date" or "date-time" or "uuid") => "abc",
                ("huge", "integer" or "number", _) => "99999999999999999999999",
                ("huge", "string", "date") => "9999-12-31",
                ("huge", "string", "date-time") => "9999-12-31T00:00:00+07:00",
                ("huge", "string", null) => new string('x', 4000),
                ("tiny", "integer" or "number", _) => "-99999999999999999999999",
                ("tiny", "string", "date") => "0001-01-01",
                ("tiny", "string", "date-time") => "0001-01-01T00:00:00Z",
                ("edge", "string", "date") => "2101-01-01",
                ("edge", "string", "date-time") => "1899-12-31T23:00:00+07:00",
                ("edge", "integer", _) => "2147483648",
                ("control", "string", null) => "a\u0000b\u202E",
                ("control", "string", "date") => "2026-01-01\u0000",
                _ => null,
            };
            if (value is not null)
            {
                parts.Add($"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(value)}");
            }
        }

        return string.Join('&', parts);
    }

    private sealed record Value(JsonNode? Node);

    /// <summary>A bad value of <paramref name="family"/> for the schema, or null where the family has none (the member is left out).</summary>
    private static Value? Bad(JsonElement spec, JsonElement schema, string family, int depth, Random random)
    {
        schema = Resolve(spec, schema);
        var (type, format) = TypeOf(schema);
        if (type == "object" || (type is null && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out _)))
        {
            if (depth > 0 && family is "nulls")
            {
                return new Value(null);
            }

            if (depth > 0 && family is "wrongTypes")
            {
                return new Value(JsonValue.Create("x"));
            }

            if (depth > 4 || !schema.TryGetProperty("properties", out var props))
            {
                return null;
            }

            var obj = new JsonObject();
            foreach (var p in props.EnumerateObject())
            {
                if (Bad(spec, p.Value, family, depth + 1, random) is { } v)
                {
                    obj[p.Name] = v.Node;
                }
            }

            return obj.Count == 0 ? null : new Value(obj);
        }

        if (type == "array")
        {
            var items = schema.TryGetProperty("items", out var it) ? it : default;
            switch (family)
            {
                case "nulls":
                    return new Value(new JsonArray((JsonNode?)null));
                case "wrongTypes":
                    return new Value(new JsonObject { ["a"] = 1 });
                case "deep":
                    JsonNode nested = new JsonArray();
                    for (var i = 0; i < 80; i++)
                    {
                        nested = new JsonArray(nested);
                    }

                    return new Value(nested);
                default:
                    if (items.ValueKind == JsonValueKind.Undefined || depth > 4 || Bad(spec, items, family, depth + 1, random) is not { } item)
                    {
                        return null;
                    }

                    return new Value(new JsonArray(item.Node, item.Node?.DeepClone()));
            }
        }

        return (family, type, format) switch
        {
            ("nulls", _, _) => new Value(null),
            ("wrongTypes", "string", _) => new Value(JsonValue.Create(12345)),
            ("wrongTypes", "integer" or "number", _) => new Value(JsonValue.Create("abc")),
            ("wrongTypes", "boolean", _) => new Value(JsonValue.Create("yes")),
            ("huge", "string", "date") => new Value(JsonValue.Create("9999-12-31")),
            ("huge", "string", "date-time") => new Value(JsonValue.Create("9999-12-31T23:59:59+07:00")),
            ("huge", "string", null) => new Value(JsonValue.Create(new string('x', 100_000))),
            ("huge", "integer", _) => new Value(JsonNode.Parse("99999999999999999999999")),
            ("huge", "number", _) => new Value(JsonNode.Parse("1e308")),
            ("tiny", "string", "date") => new Value(JsonValue.Create("0001-01-01")),
            ("tiny", "string", "date-time") => new Value(JsonValue.Create("0001-01-01T00:00:00+00:00")),
            ("tiny", "integer", _) => new Value(JsonNode.Parse("-99999999999999999999999")),
            ("tiny", "number", _) => new Value(JsonNode.Parse("-1e308")),
            ("edge", "string", "date") => new Value(JsonValue.Create(random.Next(2) == 0 ? "2101-01-01" : "1899-12-31")),
            ("edge", "string", "date-time") => new Value(JsonValue.Create("2101-01-01T00:00:00+07:00")),
            ("edge", "integer", _) => new Value(JsonValue.Create(2147483648L)),
            ("control", "string", null) => new Value(JsonValue.Create(random.Next(2) == 0 ? "Tiêu đề\u0000" : "Tiêu\u202Eđề\u0007")),
            ("control", "string", "date") => new Value(JsonValue.Create("2026-02-03\u0000")),
            _ => null,
        };
    }

    private static JsonElement Resolve(JsonElement spec, JsonElement schema)
    {
        for (var i = 0; i < 10 && schema.ValueKind == JsonValueKind.Object; i++)
        {
            if (schema.TryGetProperty("$ref", out var r))
            {
                schema = spec.GetProperty("components").GetProperty("schemas").GetProperty(r.GetString()!.Split('/')[^1]);
            }
            else if (Alternative(schema) is { } next)
            {
                schema = next;
            }
            else
            {
                return schema;
            }
        }

        return schema;
    }

    /// <summary>Of oneOf/anyOf/allOf (nullable wrappers), the first alternative that is not just null.</summary>
    private static JsonElement? Alternative(JsonElement schema)
    {
        foreach (var key in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(key, out var alternatives))
            {
                var next = alternatives.EnumerateArray().FirstOrDefault(a => TypeOf(a).Type != "null" || a.TryGetProperty("$ref", out _));
                if (next.ValueKind == JsonValueKind.Object)
                {
                    return next;
                }
            }
        }

        return null;
    }

    private static (string? Type, string? Format) TypeOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        string? type = null;
        if (schema.TryGetProperty("type", out var t))
        {
            type = t.ValueKind == JsonValueKind.String ? t.GetString() : t.EnumerateArray().Select(x => x.GetString()).FirstOrDefault(x => x != "null");
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (type is "integer" or "number" && format is not null)
        {
            format = null;
        }

        if (type == "string" && format is not ("date" or "date-time" or "uuid"))
        {
            format = null;
        }

        if (type is null && schema.TryGetProperty("pattern", out _))
        {
            // Numbers accepted as strings are described with a pattern and no type.
            type = "integer";
        }

        return (type, format);
    }
}

[Collection("sqlite")]
public sealed class SqliteFuzzTests(SqliteApp app) : FuzzTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresFuzzTests(PostgresApp app) : FuzzTests<PostgresApp>(app), IClassFixture<PostgresApp>;
