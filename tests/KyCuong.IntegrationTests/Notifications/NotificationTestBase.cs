using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Notifications;

/// <summary>Helpers of the notification tests: new people with an e-mail address, notices through <see cref="INotifier"/>, jobs and the clock.</summary>
public abstract class NotificationTestBase<TApp>(TApp app) where TApp : NotificationApp
{
    protected TApp App { get; } = app;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected const string Snv = "Sở Nội vụ tỉnh An Giang";

    protected static DateTimeOffset Vn(int y, int m, int d, int h = 9, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.FromHours(7));

    protected sealed record Person(Guid Id, string UserName, string? Email);

    protected async Task<Person> NewPersonAsync(bool withEmail = true)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var userName = "ntf." + suffix;
        var email = withEmail ? $"{userName}@angiang.gov.vn" : null;
        using var admin = await App.ClientForAsync("admin");
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName, fullName = "Nguyễn Văn Thông " + suffix, password = NotificationApp.DemoPassword, unitId = await App.UnitIdAsync(Snv),
            position = "Chuyên viên", roles = new[] { "specialist" }, email,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        return new Person(created.GetProperty("id").GetGuid(), userName, email);
    }

    protected async Task NotifyAsync(Guid userId, string subject, string? key = null, string? link = "/Tasks", string category = NotificationCategories.Reminder)
    {
        using var scope = App.Factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<INotifier>().Notify(new NotificationRequest(userId, category, subject,
            "Nhiệm vụ sắp đến hạn, đề nghị khẩn trương hoàn thành.", link, key ?? $"test:{Guid.NewGuid():N}"));
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync(Ct);
    }

    protected async Task<JsonElement> RunJobsAsync()
    {
        using var admin = await App.ClientForAsync("admin");
        return await (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    protected async Task SetClockAsync(DateTimeOffset now)
    {
        using var admin = await App.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
    }

    protected Task ResetClockAsync() => SetClockAsync(KyCuongFactory.DefaultNow);
}
