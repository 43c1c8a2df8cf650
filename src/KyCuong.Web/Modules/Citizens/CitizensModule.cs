using System.Threading.RateLimiting;
using KyCuong.Web.Modules.Citizens.AnswerFeedback;
using KyCuong.Web.Modules.Citizens.ForwardFeedback;
using KyCuong.Web.Modules.Citizens.GetFeedback;
using KyCuong.Web.Modules.Citizens.ListFeedback;
using KyCuong.Web.Modules.Citizens.PersonalData;
using KyCuong.Web.Modules.Citizens.PublishAnswer;
using KyCuong.Web.Modules.Citizens.RefuseFeedback;
using KyCuong.Web.Modules.Citizens.RouteFeedback;
using KyCuong.Web.Modules.Citizens.SubmitFeedback;
using KyCuong.Web.Modules.Citizens.TrackFeedback;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Citizens;

/// <summary>Citizens' feedback and petitions (docs/domain.md "Citizens"): a public door without accounts and its handling inside.</summary>
internal static class CitizensModule
{
    public const string SubmitPolicy = "citizens.submit";
    public const string LookupPolicy = "citizens.lookup";

    public static IServiceCollection AddCitizensModule(this IServiceCollection services)
    {
        services.AddOptions<CitizensOptions>().BindConfiguration(CitizensOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<FeedbackAccess>();
        services.AddScoped<Contracts.IFeedbackRatings, FeedbackRatings>();
        services.AddScoped<Contracts.IFeedbackAnswerTimes, FeedbackAnswerTimes>();
        services.AddScoped<SubmitFeedbackHandler>();
        services.AddSingleton<PageSubmissionLimiter>();
        services.AddScoped<TrackFeedbackHandler>();
        services.AddScoped<ListFeedbackHandler>();
        services.AddScoped<GetFeedbackHandler>();
        services.AddScoped<RouteFeedbackHandler>();
        services.AddScoped<RefuseFeedbackHandler>();
        services.AddScoped<ForwardFeedbackHandler>();
        services.AddScoped<AnswerFeedbackHandler>();
        services.AddScoped<PublishAnswerHandler>();
        services.AddScoped<PersonalDataHandler>();
        services.AddScoped<RetentionJob>();
        services.AddScoped<IBackgroundJob>(sp => sp.GetRequiredService<RetentionJob>());

        // Per client address (behind a proxy: X-Forwarded-For from the known proxies only, SECURITY.md), a fixed window each.
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<CitizensOptions>>((o, citizens) =>
        {
            o.AddPolicy(SubmitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = citizens.Value.SubmissionsPerHour,
                    Window = TimeSpan.FromHours(1),
                    QueueLimit = 0,
                }));
            o.AddPolicy(LookupPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = citizens.Value.LookupsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });

        // The host's 429 speaks of sign-in; on the public door it says what was limited.
        services.PostConfigure<RateLimiterOptions>(o =>
        {
            var inner = o.OnRejected;
            o.OnRejected = async (ctx, ct) =>
            {
                if (!ctx.HttpContext.Request.Path.StartsWithSegments("/api/v1/public") && !ctx.HttpContext.Request.Path.StartsWithSegments("/gop-y"))
                {
                    if (inner is not null)
                    {
                        await inner(ctx, ct);
                    }

                    return;
                }

                await ctx.HttpContext.Response.WriteAsJsonAsync(new ProblemDetails
                {
                    Status = 429,
                    Title = "Quá nhiều yêu cầu / Too many requests",
                    Detail = "Địa chỉ của bạn đã gửi quá nhiều yêu cầu; hãy thử lại sau. / Too many requests from your address; try again later.",
                }, options: null, contentType: "application/problem+json", ct);
            };
        });
        return services;
    }

    public static IEndpointRouteBuilder MapCitizensModule(this IEndpointRouteBuilder app)
    {
        // The public door: no account, no personal data in any answer (docs/domain.md "Citizens").
        var pub = app.MapGroup("/api/v1/public").WithTags("Citizens (public)").AllowAnonymous();
        SubmitFeedbackEndpoint.Map(pub);
        TrackFeedbackEndpoint.Map(pub);

        // Inside: every decision checks the caller's place (FeedbackAccess); an item outside the caller's scope answers 404.
        var group = app.MapGroup("/api/v1/feedback").WithTags("Citizens").RequireAuthorization(AuthSchemes.ApiPolicy);
        ListFeedbackEndpoint.Map(group);
        GetFeedbackEndpoint.Map(group);
        RouteFeedbackEndpoint.Map(group);
        RefuseFeedbackEndpoint.Map(group);
        ForwardFeedbackEndpoint.Map(group);
        AnswerFeedbackEndpoint.Map(group);
        PublishAnswerEndpoint.Map(group);
        PersonalDataEndpoint.Map(group);
        return app;
    }
}
