using System.CommandLine;
using KyCuong.Web;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.Cli;

/// <summary>Database verbs: the same configuration as the host (<c>Database__Provider</c>, <c>ConnectionStrings__Default</c>).</summary>
internal static class DatabaseCommands
{
    public static Command Migrate()
    {
        var command = new Command("migrate", "Áp dụng migration rồi thoát / apply migrations and exit");
        command.SetAction((_, _) => AppHost.MigrateAndExitAsync([]));
        return command;
    }

    /// <summary>
    /// Walks the keyed chain against the signed checkpoints: exit 1 when a row was edited, deleted or re-sealed, a
    /// checkpoint is not reached, or a row stayed unsealed past the sealing lag. Only an intact history gets its pending
    /// rows sealed, so verify never seals over tampering.
    /// </summary>
    public static Command Verify()
    {
        var command = new Command("verify", "Kiểm tra tính toàn vẹn của nhật ký (chuỗi băm có khóa, mốc đã ký) / verify the audit chain");
        command.SetAction(async (_, ct) =>
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            var services = new ServiceCollection();
            var database = DatabaseOptions.From(configuration);
            services.AddAppDatabase(database);
            services.AddLogging();
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton(AuditKey.Create(AuditOptions.From(configuration), database));
            services.AddSingleton<AuditCheckpoints>();
            services.AddScoped<AuditSealer>();
            services.AddScoped<AuditVerifier>();
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            var verifier = scope.ServiceProvider.GetRequiredService<AuditVerifier>();
            var report = await verifier.VerifyAsync(ct);
            var sealedNow = 0;
            if (report.IsIntact)
            {
                sealedNow = await scope.ServiceProvider.GetRequiredService<AuditSealer>().RunAsync(ct);
                report = await verifier.VerifyAsync(ct);
            }

            Console.WriteLine($"Đã niêm phong {sealedNow} bản ghi mới; đã kiểm tra {report.Checked} bản ghi và {report.CheckpointsChecked} mốc. / Sealed {sealedNow}, checked {report.Checked} rows and {report.CheckpointsChecked} checkpoints.");
            if (report.LastHash is not null)
            {
                Console.WriteLine($"Bản ghi cuối: số {report.LastSequence}, mã băm {report.LastHash}. / Last sequence and hash.");
            }

            foreach (var f in report.Findings)
            {
                Console.WriteLine($"LỖI / ERROR #{f.Sequence} {f.EntryId}: {f.Problem}");
            }

            Console.WriteLine(report.IsIntact ? "Nhật ký toàn vẹn. / The audit history is intact." : $"Phát hiện {report.Findings.Count} sai lệch. / {report.Findings.Count} problems found.");
            return report.IsIntact ? 0 : 1;
        });
        return command;
    }
}
