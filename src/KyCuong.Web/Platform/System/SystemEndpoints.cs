using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Platform.System;

/// <summary>docs/api.md "Test clock": set the time the whole app sees, run due jobs synchronously. Administrators only; 404 unless the clock is manual.</summary>
internal static class SystemEndpoints
{
    public sealed record SetClockRequest(DateTimeOffset? Now);

    public sealed record ClockResponse(DateTimeOffset Now, DateOnly Today);

    public static IEndpointRouteBuilder MapSystem(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/system").WithTags("System").RequireAuthorization(AuthSchemes.ApiPolicy);
        group.MapGet("/clock", async Task<Ok<ClockResponse>> (TimeProvider clock, IAccessControl access, CancellationToken ct) =>
            {
                await EnsureAdminAsync(access, ct);
                return TypedResults.Ok(new ClockResponse(clock.NowInVietnam(), clock.Today()));
            })
            .WithName("GetClock")
            .WithSummary("Giờ hệ thống / The time the app sees (Vietnam time)");
        group.MapPost("/clock", async Task<Results<Ok<ClockResponse>, NotFound>> (SetClockRequest request, IServiceProvider services, IAccessControl access, CancellationToken ct) =>
            {
                if (services.GetService<ManualTimeProvider>() is not { } manual)
                {
                    return TypedResults.NotFound();
                }

                await EnsureAdminAsync(access, ct);
                if (request.Now is not { } now)
                {
                    throw RequestValidationException.For("now", "Thời điểm là bắt buộc, dạng ISO 8601 có múi giờ. / now is required (ISO 8601 with offset).");
                }

                manual.Set(now);
                return TypedResults.Ok(new ClockResponse(manual.NowInVietnam(), manual.Today()));
            })
            .WithName("SetClock")
            .WithSummary("Đặt đồng hồ thử nghiệm / Set the manual test clock");
        group.MapPost("/jobs/run", async Task<Results<Ok<JobRunResult>, NotFound>> (IServiceProvider services, JobRunner runner, IAccessControl access, CancellationToken ct) =>
            {
                if (services.GetService<ManualTimeProvider>() is null)
                {
                    return TypedResults.NotFound();
                }

                await EnsureAdminAsync(access, ct);
                return TypedResults.Ok(await runner.RunAllAsync(ct));
            })
            .WithName("RunJobs")
            .WithSummary("Chạy các tác vụ nền đến hạn / Run every due background job synchronously (manual clock only)");
        return app;
    }

    private static async Task EnsureAdminAsync(IAccessControl access, CancellationToken ct)
    {
        if (!await access.IsAdministratorAsync(ct))
        {
            throw new ForbiddenException("Chỉ quản trị hệ thống được dùng chức năng này. / Administrators only.");
        }
    }
}
