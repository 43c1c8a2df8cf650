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

    /// <summary>Seals pending audit rows, then walks the hash chain: exit 1 when a row was edited or deleted.</summary>
    public static Command Verify()
    {
        var command = new Command("verify", "Kiểm tra tính toàn vẹn của nhật ký (chuỗi băm) / verify the audit hash chain");
        command.SetAction(async (_, ct) =>
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            var services = new ServiceCollection();
            services.AddAppDatabase(DatabaseOptions.From(configuration));
            services.AddSingleton(TimeProvider.System);
            services.AddScoped<AuditSealer>();
            services.AddScoped<AuditVerifier>();
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            var sealedNow = await scope.ServiceProvider.GetRequiredService<AuditSealer>().RunAsync(ct);
            var report = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(ct);
            Console.WriteLine($"Đã niêm phong {sealedNow} bản ghi mới; đã kiểm tra {report.Checked} bản ghi. / Sealed {sealedNow}, checked {report.Checked}.");
            if (report.LastHash is not null)
            {
                Console.WriteLine($"Bản ghi cuối: số {report.Checked}, mã băm {report.LastHash} (lưu lại để đối chiếu). / Last hash, keep it for comparison.");
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
