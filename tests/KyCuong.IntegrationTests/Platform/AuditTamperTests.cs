using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Platform;

/// <summary>
/// Someone who can write the database rewrites the audit history three ways (ADR 0004); <c>verify</c> must fail on each:
/// editing a row and recomputing a plain SHA-256 chain, clearing the seals of the newest rows and editing one (verify must
/// not re-seal them), and deleting the newest rows.
/// </summary>
public abstract class AuditTamperTests(DatabaseProvider provider)
{
    private const string AdminPassword = "QuanTri@2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verify_FailsOnRecomputedPlainChain_ClearedSeals_AndDeletedNewestRows()
    {
        var folder = Directory.CreateTempSubdirectory("kycuong-audit-").FullName;
        try
        {
            // A bare database (root unit and a configured administrator): the chain is short, so every tampering is seen
            // on a handful of rows rather than on the demo's whole history.
            await using var database = await TestDatabase.CreateAsync(provider, "tamper");
            await using (var factory = new KyCuongFactory(database, demoSeed: false, settings: new Dictionary<string, string?>
            {
                ["Audit:DataFolder"] = folder, ["Admin:UserName"] = "quantri", ["Admin:Password"] = AdminPassword,
            }))
            {
                using var client = factory.CreateClient();
                var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "quantri", password = AdminPassword }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
                client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
                var root = (await client.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct)).EnumerateArray().First(u => u.GetProperty("parentId").ValueKind == JsonValueKind.Null).GetProperty("id").GetGuid();
                for (var i = 0; i < 6; i++)
                {
                    (await client.PostAsJsonAsync("/api/v1/units", new { name = $"Bộ kiểm tra {i}", shortName = $"K{i}", parentId = root, kind = "ministry" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
                }
            }

            var env = new Dictionary<string, string>
            {
                ["Database__Provider"] = provider.ToString(), ["ConnectionStrings__Default"] = database.ConnectionString, ["Audit__DataFolder"] = folder,
            };
            var (exit, output) = await CliTests.RunCliAsync(env, "verify");
            exit.ShouldBe(0, output);
            Directory.GetFiles(folder, "*.audit-checkpoints").ShouldHaveSingleItem();

            // 1. Edit a middle row and recompute the plain SHA-256 chain from there to the end.
            var original = await RowsAsync(database);
            var middle = original[original.Count / 2].Sequence!.Value;
            await using (var db = Context(database))
            {
                var rows = await db.AuditEntries.Where(a => a.Sequence >= middle).OrderBy(a => a.Sequence).ToListAsync(Ct);
                var previous = rows[0].PreviousHash!;
                rows[0].Reason = "sửa lén";
                foreach (var row in rows)
                {
                    row.PreviousHash = previous;
                    row.Hash = PlainSha256(row, row.Sequence!.Value, previous);
                    previous = row.Hash;
                }

                await db.SaveChangesAsync(Ct);
            }

            (exit, output) = await CliTests.RunCliAsync(env, "verify");
            exit.ShouldBe(1, output);
            output.ShouldContain($"#{middle}");
            await RestoreAsync(database, original);
            (exit, output) = await CliTests.RunCliAsync(env, "verify");
            exit.ShouldBe(0, output);

            // 2. Clear the seals of the two newest rows and edit one: verify fails, and does not re-seal them (the next run fails too).
            var last = original[^1].Sequence!.Value;
            await using (var db = Context(database))
            {
                await db.AuditEntries.Where(a => a.Sequence >= last - 1).ExecuteUpdateAsync(u => u
                    .SetProperty(a => a.Sequence, (long?)null).SetProperty(a => a.Hash, (string?)null)
                    .SetProperty(a => a.PreviousHash, (string?)null).SetProperty(a => a.SealedAtUtc, (DateTime?)null), Ct);
                var edited = original[^1].Id;
                await db.AuditEntries.Where(a => a.Id == edited).ExecuteUpdateAsync(u => u.SetProperty(a => a.Reason, "sửa sau khi bỏ niêm phong"), Ct);
            }

            (exit, output) = await CliTests.RunCliAsync(env, "verify");
            exit.ShouldBe(1, output);
            output.ShouldContain($"#{last}");
            (exit, output) = await CliTests.RunCliAsync(env, "verify");
            exit.ShouldBe(1, output);
            await RestoreAsync(database, original);
            (exit, output) = await CliTests.RunCliAsync(env, "verify");
            exit.ShouldBe(0, output);

            // 3. Delete the two newest rows.
            await using (var db = Context(database))
            {
                await db.AuditEntries.Where(a => a.Sequence >= last - 1).ExecuteDeleteAsync(Ct);
            }

            (exit, output) = await CliTests.RunCliAsync(env, "verify");
            exit.ShouldBe(1, output);
            output.ShouldContain($"#{last}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The chain as it was before it was keyed: what anyone with write access can recompute.</summary>
    private static string PlainSha256(AuditEntry e, long sequence, string previousHash) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
        sequence.ToString(CultureInfo.InvariantCulture), previousHash, e.Id.ToString("N"), e.AtUtc.Ticks.ToString(CultureInfo.InvariantCulture),
        e.ActorUserId?.ToString("N") ?? "", e.ActorName, e.EntityType, e.EntityId.ToString("N"), e.Action, e.Reason ?? "", e.DataJson ?? ""))));

    private async Task<List<AuditEntry>> RowsAsync(TestDatabase database)
    {
        await using var db = Context(database);
        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence != null).OrderBy(a => a.Sequence).ToListAsync(Ct);
        rows.Count.ShouldBeGreaterThan(4);
        return rows;
    }

    private async Task RestoreAsync(TestDatabase database, List<AuditEntry> original)
    {
        await using var db = Context(database);
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        foreach (var o in original)
        {
            await db.AuditEntries.Where(a => a.Id == o.Id).ExecuteUpdateAsync(u => u
                .SetProperty(a => a.Sequence, o.Sequence).SetProperty(a => a.Hash, o.Hash).SetProperty(a => a.PreviousHash, o.PreviousHash)
                .SetProperty(a => a.SealedAtUtc, o.SealedAtUtc).SetProperty(a => a.Reason, o.Reason), Ct);
        }

        await transaction.CommitAsync(Ct);
    }

    private AppDbContext Context(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddAppDatabase(new DatabaseOptions { Provider = provider, ConnectionString = database.ConnectionString });
        return services.BuildServiceProvider().CreateScope().ServiceProvider.GetRequiredService<AppDbContext>();
    }
}

[Collection("sqlite")]
public sealed class SqliteAuditTamperTests() : AuditTamperTests(DatabaseProvider.Sqlite);

[Collection("postgres")]
public sealed class PostgresAuditTamperTests() : AuditTamperTests(DatabaseProvider.Postgres);
