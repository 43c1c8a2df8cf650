using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using KyCuong.Web.Modules.Calendar;
using KyCuong.Web.Modules.Chasing;
using KyCuong.Web.Modules.Competence;
using KyCuong.Web.Modules.Consultations;
using KyCuong.Web.Modules.Documents;
using KyCuong.Web.Modules.Notifications;
using KyCuong.Web.Modules.Organisation;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Modules.Organisation.IssueToken;
using KyCuong.Web.Modules.Organisation.Seeding;
using KyCuong.Web.Modules.Submissions;
using KyCuong.Web.Modules.Tasks;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.System;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace KyCuong.Web;

/// <summary>Composition of the host: platform services, then each module's AddX and MapX.</summary>
public static class AppHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]) && string.IsNullOrEmpty(builder.Configuration["URLS"]))
        {
            builder.WebHost.UseUrls("http://localhost:5080");
        }

        ConfigureServices(builder);
        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    public static async Task<int> MigrateAndExitAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var database = DatabaseOptions.From(builder.Configuration);
        builder.Services.AddAppDatabase(database);
        builder.Services.AddSingleton(TimeProvider.System);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var applied = await DatabaseSetup.MigrateAsync(db, CancellationToken.None);
        Console.WriteLine(applied.Count == 0
            ? $"Cơ sở dữ liệu ({database.Provider}) đã ở phiên bản mới nhất. / Database is up to date."
            : $"Đã áp dụng {applied.Count} migration ({database.Provider}): {string.Join(", ", applied)}");
        return 0;
    }

    private static void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var database = DatabaseOptions.From(configuration);
        services.AddVietnamClock(configuration, builder.Environment);
        services.AddAppDatabase(database);
        services.AddSingleton(SeedOptions.From(configuration));
        services.AddHostedService<StartupInitializer>();
        services.AddScoped<IStartupSeeder, OrganisationSeeder>();

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<AuditLog>();
        services.AddScoped<KyCuong.Web.Platform.Outbox.IOutbox, KyCuong.Web.Platform.Outbox.Outbox>();
        services.AddSingleton<JobRunner>();
        services.AddHostedService<JobHostService>();
        services.AddScoped<AuditSealer>();
        services.AddScoped<IBackgroundJob>(sp => sp.GetRequiredService<AuditSealer>());
        services.AddScoped<AuditVerifier>();

        // Accounts: Identity on the application database; lockout after repeated failures.
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders();

        var authOptions = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddSingleton(authOptions);
        services.AddSingleton(sp => TokenSigningKey.Create(authOptions, database, builder.Environment));
        services.AddSingleton<TokenService>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(AuthSchemes.Bearer, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "kycuong.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthSchemes.ApiPolicy, p => p.AddAuthenticationSchemes(AuthSchemes.Bearer).RequireAuthenticatedUser());

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.ContentType = "application/problem+json";
                await ctx.HttpContext.Response.WriteAsJsonAsync(new ProblemDetails
                {
                    Status = 429, Title = "Quá nhiều yêu cầu / Too many requests",
                    Detail = "Bạn đăng nhập quá nhiều lần; hãy chờ một phút. / Too many sign-in attempts; wait a minute.",
                }, ct);
            };
            o.AddPolicy(IssueTokenEndpoint.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = configuration.GetValue("RateLimit:SignInPerMinute", 20),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            o.SerializerOptions.Converters.Add(new VietnamDateTimeOffsetConverter());
        });
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);
        services.AddRazorPages(o =>
        {
            ModulePageRoutes.Configure(o);
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Modules/Organisation/Pages/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Modules/Organisation/Pages/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Platform/Web/Pages/Error");
        });
        services.Configure<Microsoft.AspNetCore.Mvc.Razor.RazorViewEngineOptions>(ModulePageRoutes.ConfigureViews);
        services.AddAntiforgery(o => o.Cookie.Name = "kycuong.csrf");
        // Vietnamese text is written as characters, not numeric entities, in pages (smaller, readable source).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        services.AddScoped<KyCuong.Web.Platform.Web.Pages.Shared.LayoutModel>();
        services.AddScoped<KyCuong.Web.Platform.Web.Pages.Shared.UnitChoices>();
        services.AddScoped<ListJobRunsHandler>();
        services.AddScoped<KyCuong.Web.Platform.Web.Pages.Shared.CatalogueChoices>();
        services.AddOrganisation();
        services.AddCalendarModule();
        services.AddDocumentsModule();
        services.AddTasksModule();
        services.AddNotificationsModule();
        services.AddChasingModule();
        services.AddConsultationsModule();
        services.AddCompetenceModule();
        services.AddSubmissionsModule();
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { AllowStatusCode404Response = true });
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePages();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("vi-VN"),
            SupportedCultures = [new("vi-VN"), new("en")],
            SupportedUICultures = [new("vi-VN"), new("en")],
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json");
        if (app.Environment.IsDevelopment())
        {
            app.UseSwaggerUI(o => o.SwaggerEndpoint("/openapi/v1.json", "KyCuong API v1"));
        }

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapOrganisation();
        app.MapCalendarModule();
        app.MapDocumentsModule();
        app.MapTasksModule();
        app.MapNotificationsModule();
        app.MapChasingModule();
        app.MapConsultationsModule();
        app.MapCompetenceModule();
        app.MapSubmissionsModule();
        app.MapSystem();
        app.MapRazorPages();
    }
}
