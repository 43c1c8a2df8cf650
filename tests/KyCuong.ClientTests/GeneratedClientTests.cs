using System.Diagnostics;
using System.Net;
using KyCuong.ClientTests.Generated;
using KyCuong.ClientTests.Generated.Models;
using KyCuong.IntegrationTests.Infrastructure;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace KyCuong.ClientTests;

/// <summary>
/// Standard tools can use the API (docs/api.md "Clients"): a C# client that Kiota generated from the served document drives a whole
/// scenario against the real host over a socket; the committed client is what Kiota makes of today's document; and the TypeScript
/// types openapi-typescript makes of it type-check a scenario with tsc. A broken document fails this project's tests.
/// </summary>
public abstract class GeneratedClientTests<THost>(THost host) where THost : ClientHost
{
    private const string Password = AppFixture.DemoPassword;

    /// <summary>The host name the document is asked for with, so the generated base URL does not depend on the test's port.</summary>
    private const string DocumentHost = "kycuong.example";

    /// <summary>
    /// How the committed client (Generated/) is made: only the operations the scenario uses, so the committed code stays small
    /// (the whole document is still generated and type-checked by the TypeScript test).
    /// </summary>
    public static readonly string[] KiotaArguments =
    [
        "generate", "--language", "CSharp", "--class-name", "KyCuongClient", "--namespace-name", "KyCuong.ClientTests.Generated",
        "--exclude-backward-compatible", "--clean-output", "--log-level", "Error",
        "--include-path", "/api/v1/auth/token#POST", "--include-path", "/api/v1/me#GET", "--include-path", "/api/v1/tasks#POST",
        "--include-path", "/api/v1/tasks/{id}#GET", "--include-path", "/api/v1/tasks/{id}/handoffs#POST",
        "--include-path", "/api/v1/tasks/{id}/complete#POST", "--include-path", "/api/v1/units/{id}/task-summary#GET",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WholeScenario_SignIn_Create_HandOff_Complete_Summary_ThroughTheGeneratedClient()
    {
        using var http = new HttpClient();
        var anonymous = Client(http, null);
        var directorToken = await anonymous.Api.V1.Auth.Token.PostAsync(new TokenRequest { UserName = "giamdoc.snv", Password = Password }, cancellationToken: Ct);
        directorToken.ShouldNotBeNull();
        directorToken.AccessToken.ShouldNotBeNullOrWhiteSpace();
        var director = Client(http, directorToken.AccessToken);

        var me = await director.Api.V1.Me.GetAsync(cancellationToken: Ct);
        var snv = me!.Grants!.Single(g => g.UnitName == "Sở Nội vụ tỉnh An Giang").UnitId!.Value;
        var before = await director.Api.V1.Units[snv].TaskSummary.GetAsync(c => c.QueryParameters.IncludeDescendants = true, Ct);

        var title = "Rà soát quy chế làm việc (qua client sinh tự động) " + Guid.NewGuid().ToString("N")[..6];
        var created = await director.Api.V1.Tasks.PostAsync(
            new CreateTaskRequest { Title = title, LeadUnitId = snv, CoordinatingUnitIds = [], DueDate = new Date(2026, 3, 10) }, cancellationToken: Ct);
        var taskId = created!.Id!.Value;
        created.DueDate.ShouldBe(new Date(2026, 3, 10));

        var headToken = await anonymous.Api.V1.Auth.Token.PostAsync(new TokenRequest { UserName = "truongphong.cchc", Password = Password }, cancellationToken: Ct);
        var head = Client(http, headToken!.AccessToken);
        var headId = (await head.Api.V1.Me.GetAsync(cancellationToken: Ct))!.Id!.Value;
        await director.Api.V1.Tasks[taskId].Handoffs.PostAsync(new HandOffRequest { ToUserId = headId, Note = "Phòng Cải cách hành chính tham mưu." }, cancellationToken: Ct);

        var done = await head.Api.V1.Tasks[taskId].Complete.PostAsync(new CompleteTaskRequest { Result = "Đã trình Giám đốc dự thảo quy chế sửa đổi." }, cancellationToken: Ct);
        done!.CompletedOn.ShouldBe(new Date(2026, 2, 3));

        var details = await director.Api.V1.Tasks[taskId].GetAsync(cancellationToken: Ct);
        details!.Title.ShouldBe(title);
        details.Handoffs!.Select(h => h.To!.Id).ShouldContain(headId);
        var after = await director.Api.V1.Units[snv].TaskSummary.GetAsync(c => c.QueryParameters.IncludeDescendants = true, Ct);
        after!.DoneOnTime.ShouldBe(before!.DoneOnTime + 1);
        after.Total.ShouldBe(before.Total + 1);

        // Errors come back as the document's problem details: another department's director cannot read the task.
        var otherToken = await anonymous.Api.V1.Auth.Token.PostAsync(new TokenRequest { UserName = "giamdoc.sct", Password = Password }, cancellationToken: Ct);
        var other = Client(http, otherToken!.AccessToken);
        var refused = await Should.ThrowAsync<ProblemDetails>(() => other.Api.V1.Tasks[taskId].GetAsync(cancellationToken: Ct));
        refused.ResponseStatusCode.ShouldBeOneOf((int)HttpStatusCode.Forbidden, (int)HttpStatusCode.NotFound);
        var wrong = await Should.ThrowAsync<ProblemDetails>(() => anonymous.Api.V1.Auth.Token.PostAsync(new TokenRequest { UserName = "giamdoc.snv", Password = "sai-mat-khau" }, cancellationToken: Ct));
        wrong.ResponseStatusCode.ShouldBe((int)HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CommittedClient_IsWhatKiotaMakesOfTheServedDocument()
    {
        var root = RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("kycuong-kiota-");
        try
        {
            var document = Path.Combine(work.FullName, "openapi.json");
            await File.WriteAllTextAsync(document, await DocumentAsync(), Ct);
            var output = Path.Combine(work.FullName, "out");
            await RunAsync("dotnet", root, ["tool", "run", "kiota", .. KiotaArguments, "--openapi", document, "--output", output]);

            var committed = Path.Combine(root, "tests", "KyCuong.ClientTests", "Generated");
            if (Environment.GetEnvironmentVariable("KYCUONG_UPDATE_CLIENT") == "1")
            {
                Directory.Delete(committed, recursive: true);
                foreach (var (name, text) in Sources(output))
                {
                    var target = Path.Combine(committed, name);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    await File.WriteAllTextAsync(target, text, Ct);
                }
            }

            var fresh = Sources(output);
            var kept = Sources(committed);
            var hint = "the committed client differs from the served document: regenerate it with KYCUONG_UPDATE_CLIENT=1 dotnet test tests/KyCuong.ClientTests "
                + "--filter FullyQualifiedName~SqliteGeneratedClientTests.CommittedClient (docs/api.md \"Clients\")";
            kept.Keys.Order(StringComparer.Ordinal).ShouldBe(fresh.Keys.Order(StringComparer.Ordinal), hint);
            foreach (var (name, text) in fresh)
            {
                kept[name].ShouldBe(text, $"{name}: {hint}");
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task TypeScriptTypes_FromTheServedDocument_TypeCheckTheScenario()
    {
        var root = RepositoryRoot();
        var bin = Path.Combine(root, "src", "KyCuong.Web", "node_modules", ".bin");
        File.Exists(Path.Combine(bin, "openapi-typescript")).ShouldBeTrue("openapi-typescript is installed by the web project's npm step");
        var work = Directory.CreateTempSubdirectory("kycuong-ts-");
        try
        {
            var document = Path.Combine(work.FullName, "openapi.json");
            await File.WriteAllTextAsync(document, await DocumentAsync(), Ct);
            await RunAsync(Path.Combine(bin, "openapi-typescript"), work.FullName, [document, "--output", Path.Combine(work.FullName, "kycuong-api.d.ts")]);
            File.Copy(Path.Combine(root, "tests", "KyCuong.ClientTests", "typescript", "scenario.ts"), Path.Combine(work.FullName, "scenario.ts"));
            await RunAsync(Path.Combine(bin, "tsc"), work.FullName,
                ["--noEmit", "--strict", "--target", "ES2022", "--module", "ES2022", "--moduleResolution", "bundler", "--lib", "ES2022", "scenario.ts", "kycuong-api.d.ts"]);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private KyCuongClient Client(HttpClient http, string? token)
    {
        IAuthenticationProvider auth = token is null ? new AnonymousAuthenticationProvider() : new BearerToken(token);
        return new KyCuongClient(new HttpClientRequestAdapter(auth, httpClient: http) { BaseUrl = host.BaseUrl });
    }

    /// <summary>Sends <c>Authorization: Bearer</c> on every request (Kiota's own provider sends tokens over https only; the test host is http on loopback).</summary>
    private sealed class BearerToken(string token) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            request.Headers.Add("Authorization", "Bearer " + token);
            return Task.CompletedTask;
        }
    }

    private async Task<string> DocumentAsync()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, host.BaseUrl + "/openapi/v1.json");
        request.Headers.Host = DocumentHost;
        using var response = await http.SendAsync(request, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>The generated C# files by relative path, line endings normalised (Kiota's log and lock file are not part of the client).</summary>
    private static Dictionary<string, string> Sources(string dir) =>
        Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), f => File.ReadAllText(f).ReplaceLineEndings("\n"), StringComparer.Ordinal);

    private static async Task RunAsync(string program, string directory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        // Offline and quiet: no update check, no telemetry.
        start.Environment["KIOTA_OFFLINE_ENABLED"] = "true";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        process.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', start.ArgumentList)}\n{await output}\n{await error}");
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
public sealed class SqliteGeneratedClientTests(SqliteClientHost host) : GeneratedClientTests<SqliteClientHost>(host), IClassFixture<SqliteClientHost>;

[Collection("postgres")]
public sealed class PostgresGeneratedClientTests(PostgresClientHost host) : GeneratedClientTests<PostgresClientHost>(host), IClassFixture<PostgresClientHost>;
