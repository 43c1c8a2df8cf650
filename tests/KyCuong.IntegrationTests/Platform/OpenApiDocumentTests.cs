using System.Diagnostics;
using System.Net;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>
/// The served OpenAPI document is one standard tools accept (docs/api.md "Conventions"): every protected operation
/// declares the bearer scheme, errors are problem details, the server is the request's, and Redocly's recommended
/// rules (redocly.yaml) find no error.
/// </summary>
public abstract class OpenApiDocumentTests<TApp>(TApp app) where TApp : AppFixture
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryOperation_ExceptAnonymousOnes_DeclaresBearer_AndProblemAnswers()
    {
        var doc = await DocumentAsync("kycuong.angiang.gov.vn");
        doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString().ShouldBe("bearer");
        doc.GetProperty("components").GetProperty("schemas").TryGetProperty("ProblemDetails", out _).ShouldBeTrue();
        // Signing in, and the citizens' door (docs/domain.md "Citizens": no account, rate-limited per address).
        var anonymous = new HashSet<string>
        {
            "POST /api/v1/auth/token", "POST /api/v1/public/feedback", "GET /api/v1/public/feedback/{trackingCode}",
            "POST /api/v1/public/feedback/{trackingCode}/rating", "GET /api/v1/public/answers",
        };
        var count = 0;
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                count++;
                var name = $"{op.Name.ToUpperInvariant()} {path.Name}";
                var security = op.Value.GetProperty("security");
                var responses = op.Value.GetProperty("responses");
                if (anonymous.Contains(name))
                {
                    security.GetArrayLength().ShouldBe(0, name);
                    continue;
                }

                security.EnumerateArray().Any(r => r.TryGetProperty("Bearer", out _)).ShouldBeTrue(name);
                foreach (var status in new[] { "401", "403" })
                {
                    responses.GetProperty(status).GetProperty("content").GetProperty("application/problem+json")
                        .GetProperty("schema").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/ProblemDetails", $"{name} {status}");
                }

                if (path.Name.Contains('{', StringComparison.Ordinal))
                {
                    responses.TryGetProperty("404", out _).ShouldBeTrue(name);
                }

                if (op.Name != "get")
                {
                    responses.TryGetProperty("409", out _).ShouldBeTrue(name);
                    responses.TryGetProperty("400", out _).ShouldBeTrue(name);
                }
            }
        }

        count.ShouldBeGreaterThan(50);
        var token = doc.GetProperty("paths").GetProperty("/api/v1/auth/token").GetProperty("post").GetProperty("responses");
        token.TryGetProperty("429", out _).ShouldBeTrue("sign-in is rate-limited");
        foreach (var tag in doc.GetProperty("tags").EnumerateArray())
        {
            var description = tag.GetProperty("description").GetString()!;
            description.ShouldContain(" / ", Case.Sensitive, $"{tag.GetProperty("name")} has Vietnamese and English");
        }
    }

    [Fact]
    public async Task StringProperties_SayTypeString_OptionalOnesAreNotRequired()
    {
        var schemas = (await DocumentAsync("kycuong.angiang.gov.vn")).GetProperty("components").GetProperty("schemas");
        static List<string?> Types(JsonElement property) => property.GetProperty("type") is { ValueKind: JsonValueKind.Array } a
            ? a.EnumerateArray().Select(t => t.GetString()).ToList() : [property.GetProperty("type").GetString()];
        var token = schemas.GetProperty("TokenRequest").GetProperty("properties");
        Types(token.GetProperty("userName")).ShouldContain("string");
        Types(token.GetProperty("password")).ShouldContain("string");
        var task = schemas.GetProperty("CreateTaskRequest").GetProperty("properties");
        Types(task.GetProperty("title")).ShouldContain("string");
        Types(task.GetProperty("description")).ShouldBe(["null", "string"], ignoreOrder: true);

        // Optional fields a client may leave out are not "required" (docs/api.md "Clients").
        var required = schemas.GetProperty("CreateTaskRequest").TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()).ToList() : [];
        required.ShouldNotContain("description");
        required.ShouldNotContain("leadUserId");
        required.ShouldNotContain("workingDays");
    }

    [Fact]
    public async Task ServerUrl_IsTheRequestsHost_NotAHardCodedLocalhost()
    {
        var doc = await DocumentAsync("kycuong.angiang.gov.vn");
        var servers = doc.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString()).ToList();
        servers.ShouldBe(["http://kycuong.angiang.gov.vn"]);
    }

    [Fact]
    public async Task Document_PassesRedoclyRecommendedRules()
    {
        var root = RepositoryRoot();
        var redocly = Path.Combine(root, "src", "KyCuong.Web", "node_modules", ".bin", "redocly");
        File.Exists(redocly).ShouldBeTrue($"{redocly} is installed by the web project's npm step");
        using var client = App.Anonymous();
        var text = await client.GetStringAsync("/openapi/v1.json", Ct);
        var file = Path.Combine(Path.GetTempPath(), $"kycuong-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, text, Ct);
        try
        {
            var start = new ProcessStartInfo(redocly)
            {
                WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            foreach (var arg in new[] { "lint", file, "--config", Path.Combine(root, "redocly.yaml"), "--format", "stylish" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(Ct);
            var error = process.StandardError.ReadToEndAsync(Ct);
            await process.WaitForExitAsync(Ct);
            process.ExitCode.ShouldBe(0, await output + await error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<JsonElement> DocumentAsync(string host)
    {
        using var client = App.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = host;
        return await (await client.SendAsync(request, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KyCuong.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KyCuong.slnx not found above " + AppContext.BaseDirectory);
    }
}

[Collection("sqlite")]
public sealed class SqliteOpenApiDocumentTests(SqliteApp app) : OpenApiDocumentTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresOpenApiDocumentTests(PostgresApp app) : OpenApiDocumentTests<PostgresApp>(app), IClassFixture<PostgresApp>;
