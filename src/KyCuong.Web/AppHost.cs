using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using KyCuong.Web.Modules.Calendar;
using KyCuong.Web.Modules.Chasing;
using KyCuong.Web.Modules.Competence;
using KyCuong.Web.Modules.Consultations;
using KyCuong.Web.Modules.Documents;
using KyCuong.Web.Modules.Evaluation;
using KyCuong.Web.Modules.Inspections;
using KyCuong.Web.Modules.Notifications;
using KyCuong.Web.Modules.OneStop;
using KyCuong.Web.Modules.Organisation;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Modules.Organisation.IssueToken;
using KyCuong.Web.Modules.Organisation.Seeding;
using KyCuong.Web.Modules.Reports;
using KyCuong.Web.Modules.Submissions;
using KyCuong.Web.Modules.Tasks;
using KyCuong.Web.Modules.Work;
using KyCuong.Web.Modules.Webhooks;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Demo;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.System;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KyCuong.Web;

/// <summary>Composition of the host: platform services, then each module's AddX and MapX.</summary>
internal static class AppHost
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
        // Registered before data protection: hosted services start in order, and data protection's reads the key ring from
        // the database, so on a fresh database the migrations must have created its table first.
        services.AddHostedService<StartupInitializer>();
        services.AddSharedDataProtection();
        // Demo and Admin decide what start-up seeds, so they are read here too, from the same bound classes validated at start.
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateOnStart();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var demo = DemoMode.From(configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions(), builder.Environment);
        services.AddSingleton(demo);
        services.AddSingleton(SeedOptions.From(configuration.GetSection(AdminOptions.Section).Get<AdminOptions>() ?? new AdminOptions(), demo));
        services.AddScoped<IStartupSeeder, OrganisationSeeder>();
        // The demo's simulated past replays the real handlers in a second container built from these registrations (DemoHistory).
        services.AddSingleton(new DemoHistoryRegistrations(services));
        services.AddScoped<IStartupSeeder, DemoHistory>();

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<AuditLog>();
        services.AddScoped<KyCuong.Web.Platform.Outbox.IOutbox, KyCuong.Web.Platform.Outbox.Outbox>();
        services.AddOptions<KyCuong.Web.Platform.Outbox.OutboxOptions>().BindConfiguration(KyCuong.Web.Platform.Outbox.OutboxOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KyCuong.Web.Platform.Printing.PdfOptions>().BindConfiguration(KyCuong.Web.Platform.Printing.PdfOptions.Section)
            .ValidateDataAnnotations().Validate(KyCuong.Web.Platform.Printing.PdfOptions.PathsAreAbsolute, "Pdf:SofficePath and Pdf:ProfileDirectory must be absolute paths when set.")
            .ValidateOnStart();
        services.AddSingleton<KyCuong.Web.Platform.Printing.LibreOfficePdf>();
        services.AddHostedService<KyCuong.Web.Platform.Printing.PdfPrewarm>();
        services.AddSingleton<JobRunner>();
        services.AddScoped<JobRunReport>();
        services.AddHostedService<JobHostService>();
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => AuditKey.Create(sp.GetRequiredService<IOptions<AuditOptions>>().Value, database));
        services.AddSingleton<AuditCheckpoints>();
        services.AddScoped<AuditSealer>();
        services.AddScoped<IBackgroundJob>(sp => sp.GetRequiredService<AuditSealer>());
        services.AddScoped<AuditVerifier>();

        // Accounts: Identity on the application database. Failed sign-ins are throttled per account and client
        // (SignInThrottle), never by locking the account; a lockout an administrator sets is cleared on activation.
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = CommonPasswords.MinimumLength;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordPolicy<AppUser>>();
        services.AddHostedService<DemoPasswordWarning>();

        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations()
            .Validate(
                o => o.PasswordHashIterations >= AuthOptions.ProductionPasswordHashIterations || builder.Environment.IsEnvironment("Testing"),
                $"Auth:PasswordHashIterations dưới {AuthOptions.ProductionPasswordHashIterations} chỉ được dùng trong môi trường Testing. / Auth:PasswordHashIterations below {AuthOptions.ProductionPasswordHashIterations} is refused outside Testing.")
            .ValidateOnStart();
        services.AddOptions<PasswordHasherOptions>().Configure<IOptions<AuthOptions>>((o, auth) => o.IterationCount = auth.Value.PasswordHashIterations);
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => TokenSigningKey.Create(sp.GetRequiredService<IOptions<AuthOptions>>().Value, database, builder.Environment));
        services.AddSingleton<TokenService>();
        services.AddSingleton<SignInThrottle>();
        // Behind a reverse proxy the client's address comes from X-Forwarded-For, trusted only from the proxies named in
        // ForwardedHeaders:KnownProxies (comma-separated); the per-address limits and the throttle key on it (SECURITY.md).
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, proxies) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.Addresses())
            {
                o.KnownProxies.Add(proxy);
            }
        });
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
        });

        // The sign-in limit per client address comes from its validated options, injected here rather than looked up per request.
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) =>
            o.AddPolicy(IssueTokenEndpoint.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.Value.SignInPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })));

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            o.SerializerOptions.Converters.Add(new VietnamDateTimeOffsetConverter());
            o.SerializerOptions.Converters.Add(new CalendarDateOnlyConverter());
            o.SerializerOptions.Converters.Add(new CalendarDateTimeConverter());
            o.SerializerOptions.Converters.Add(new CleanStringConverter());
        });

        services.AddOptions<InputOptions>().Bind(configuration.GetSection(InputOptions.Section))
            .Validate(o => o.DeadlineMaxYearsAhead is >= 1 and <= 50, "Input:DeadlineMaxYearsAhead must be between 1 and 50 (years).")
            .ValidateOnStart();

        // A body the reader refuses reaches ProblemDetailsExceptionHandler, which names the field (errors: {field: [...]}).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddKyCuongOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);
        services.AddRazorPages(o =>
        {
            ModulePageRoutes.Configure(o);
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Modules/Organisation/Pages/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Modules/Organisation/Pages/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Modules/Organisation/Pages/Account/SetPassword");
            o.Conventions.AllowAnonymousToPage("/Platform/Web/Pages/Error");
        }).AddMvcOptions(o =>
        {
            // Page forms and queries obey the same input rules as the API (InputGuard).
            o.ModelBinderProviders.Insert(0, new InputGuard.BinderProvider());
            o.Filters.Add(new InputGuard.PageFilter());
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
        services.AddNotificationsModule(configuration);
        services.AddChasingModule();
        services.AddConsultationsModule();
        services.AddCompetenceModule();
        services.AddSubmissionsModule();
        services.AddWorkModule();
        KyCuong.Web.Modules.Drafts.DraftsModule.AddDraftsModule(services);
        KyCuong.Web.Modules.Procedures.ProceduresModule.AddProceduresModule(services);
        services.AddInspectionsModule();
        services.AddOneStopModule();
        services.AddWebhooksModule();
        KyCuong.Web.Modules.Citizens.CitizensModule.AddCitizensModule(services);
        services.AddEvaluationModule();
        services.AddReportsModule();
        KyCuong.Web.Modules.Exchange.ExchangeModule.AddExchangeModule(services);
        KyCuong.Web.Platform.Telemetry.TelemetryExtensions.AddTelemetry(services, configuration);
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions { AllowStatusCode404Response = true });
        if (!app.Environment.IsDevelopment())
        {
            // Strict-Transport-Security on HTTPS responses (never on plain HTTP, never for localhost): SECURITY.md.
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePages();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("vi-VN"),
            SupportedCultures = [new("vi-VN"), new("en")],
            SupportedUICultures = [new("vi-VN"), new("en")],
        });
        app.UseStaticFiles(StaticAssetCaching.Options());
        app.UseRouting();
        app.UseFormContentTypeGuard();
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
        // Every endpoint's query, route and form values pass the input rules in one place (InputGuard).
        var endpoints = app.MapGroup("");
        endpoints.AddEndpointFilterFactory(InputGuard.Filter);
        endpoints.MapOrganisation();
        endpoints.MapCalendarModule();
        endpoints.MapDocumentsModule();
        endpoints.MapTasksModule();
        endpoints.MapNotificationsModule();
        endpoints.MapChasingModule();
        endpoints.MapConsultationsModule();
        endpoints.MapCompetenceModule();
        endpoints.MapSubmissionsModule();
        endpoints.MapWorkModule();
        KyCuong.Web.Modules.Drafts.DraftsModule.MapDraftsModule(endpoints);
        KyCuong.Web.Modules.Procedures.ProceduresModule.MapProceduresModule(endpoints);
        endpoints.MapInspectionsModule();
        endpoints.MapOneStopModule();
        endpoints.MapWebhooksModule();
        KyCuong.Web.Modules.Citizens.CitizensModule.MapCitizensModule(endpoints);
        endpoints.MapEvaluationModule();
        endpoints.MapReportsModule();
        KyCuong.Web.Modules.Exchange.ExchangeModule.MapExchangeModule(endpoints);
        endpoints.MapSystem();
        KyCuong.Web.Platform.Telemetry.TelemetryExtensions.MapTelemetry(app);
        app.MapRazorPages();
    }
}
