using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>The command line, run as a real process: <c>parse</c> (docs/api.md) and <c>verify</c> of the audit hash chain.</summary>
public abstract class CliTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verify_IntactChain_Exit0_EditedOrDeletedRow_Exit1()
    {
        // A bare database with a configured administrator: a short chain, where row #2 is the administrator's account.
        await using var database = await TestDatabase.CreateAsync(provider, "audit");
        await using (var factory = new KyCuongFactory(database, demoSeed: false, settings: new Dictionary<string, string?> { ["Admin:UserName"] = "quantri", ["Admin:Password"] = "QuanTri@2026" }))
        {
            using var client = factory.CreateClient();
            var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "quantri", password = "QuanTri@2026" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
            var root = (await client.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct)).EnumerateArray().First(u => u.GetProperty("parentId").ValueKind == JsonValueKind.Null).GetProperty("id").GetGuid();
            for (var i = 0; i < 3; i++)
            {
                (await client.PostAsJsonAsync("/api/v1/units", new { name = $"Bộ thử {i}", shortName = $"B{i}", parentId = root, kind = "ministry" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
            }
        }

        var env = new Dictionary<string, string> { ["Database__Provider"] = provider.ToString(), ["ConnectionStrings__Default"] = database.ConnectionString };
        var (exit, output) = await RunCliAsync(env, "verify");
        exit.ShouldBe(0, output);
        output.ShouldContain("toàn vẹn");

        await ExecuteAsync(database, """UPDATE sys_audit SET "Reason" = 'sửa lén' WHERE "Sequence" = 2""");
        (exit, output) = await RunCliAsync(env, "verify");
        exit.ShouldBe(1, output);
        output.ShouldContain("#2");

        await ExecuteAsync(database, """UPDATE sys_audit SET "Reason" = NULL WHERE "Sequence" = 2""");
        (exit, _) = await RunCliAsync(env, "verify");
        exit.ShouldBe(0);
        await ExecuteAsync(database, """DELETE FROM sys_audit WHERE "Sequence" = 1""");
        (exit, output) = await RunCliAsync(env, "verify");
        exit.ShouldBe(1, output);
        output.ShouldContain("xóa");
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await using var conn = new NpgsqlConnection(database.ConnectionString);
            await conn.OpenAsync(Ct);
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync(Ct);
        }
        else
        {
            await using var conn = new SqliteConnection(database.ConnectionString);
            await conn.OpenAsync(Ct);
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            await cmd.ExecuteNonQueryAsync(Ct);
        }
    }

    internal static Task<(int Exit, string Output)> RunCliAsync(IReadOnlyDictionary<string, string> env, params string[] args) =>
        RunProcessAsync("dotnet", env, [CliPath(), .. args]);

    /// <summary>Runs a program to its end with these environment variables added; its exit code and its output and errors.</summary>
    internal static async Task<(int Exit, string Output)> RunProcessAsync(string program, IReadOnlyDictionary<string, string> env, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env)
        {
            psi.Environment[k] = v;
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync(Ct);
        var stderr = p.StandardError.ReadToEndAsync(Ct);
        await p.WaitForExitAsync(Ct);
        return (p.ExitCode, await stdout + await stderr);
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KyCuong.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KyCuong.slnx not found above the test folder");
    }

    internal static string CliPath()
    {
        var config = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(RepoRoot(), "src", "KyCuong.Cli", "bin", config, "net10.0", "kycuong.dll");
        File.Exists(path).ShouldBeTrue(path);
        return path;
    }
}

[Collection("sqlite")]
public sealed class SqliteCliTests() : CliTests(DatabaseProvider.Sqlite);

[Collection("postgres")]
public sealed class PostgresCliTests() : CliTests(DatabaseProvider.Postgres);

public sealed class ParseCliTests
{
    [Fact]
    public async Task Parse_SeveralSeeds_PrintsJsonArrayWithTheirNumbers()
    {
        var seeds = Path.Combine(CliTests.RepoRoot(), "tests", "KyCuong.Documents.Tests", "TestData", "seeds");
        var files = Directory.GetFiles(seeds, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        files.Length.ShouldBe(5);
        var (exit, output) = await CliTests.RunCliAsync(new Dictionary<string, string>(), ["parse", .. files]);
        exit.ShouldBe(0, output);
        var array = JsonDocument.Parse(output).RootElement;
        array.GetArrayLength().ShouldBe(5);
        array[0].GetProperty("numberSymbol").GetString().ShouldBe("919/UBND-NC");
        array[0].GetProperty("tasks").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Parse_OneFile_PrintsOneObject_MissingFile_Exit2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cv-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/UBND-VP\nAn Giang, ngày 05 tháng 3 năm 2026\nV/v báo cáo\n", TestContext.Current.CancellationToken);
        var (exit, output) = await CliTests.RunCliAsync(new Dictionary<string, string>(), "parse", file);
        exit.ShouldBe(0, output);
        JsonDocument.Parse(output).RootElement.GetProperty("numberSymbol").GetString().ShouldBe("12/UBND-VP");
        (exit, output) = await CliTests.RunCliAsync(new Dictionary<string, string>(), "parse", file + ".missing");
        exit.ShouldBe(2);
        output.ShouldContain("không tìm thấy");
        File.Delete(file);
    }
}
