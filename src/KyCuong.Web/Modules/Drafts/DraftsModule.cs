using KyCuong.Web.Modules.Drafts.CheckDraft;
using KyCuong.Web.Modules.Drafts.CreateDraft;
using KyCuong.Web.Modules.Drafts.ExportDraft;
using KyCuong.Web.Modules.Drafts.GetDraft;
using KyCuong.Web.Modules.Drafts.IssueDraft;
using KyCuong.Web.Modules.Drafts.ListDrafts;
using KyCuong.Web.Modules.Drafts.PreviewDraft;
using KyCuong.Web.Modules.Drafts.SaveDraft;
using KyCuong.Web.Platform.Auth;

namespace KyCuong.Web.Modules.Drafts;

/// <summary>Drafts of outgoing documents in the NĐ 30/2020 layout, issued through the outgoing register (docs/domain.md "Drafts").</summary>
internal static class DraftsModule
{
    public static IServiceCollection AddDraftsModule(this IServiceCollection services)
    {
        services.AddScoped<DraftAccess>();
        services.AddScoped<DraftHeadings>();
        services.AddScoped<DraftRenderer>();
        services.AddScoped<CreateDraftHandler>();
        services.AddScoped<GetDraftHandler>();
        services.AddScoped<ListDraftsHandler>();
        services.AddScoped<SaveDraftHandler>();
        services.AddScoped<CheckDraftHandler>();
        services.AddScoped<IssueDraftHandler>();
        services.AddScoped<ExportDraftHandler>();
        services.AddScoped<PreviewDraftHandler>();
        services.AddScoped<KyCuong.Web.Platform.Demo.IDemoHistoryStep, Seeding.DraftsHistory>();
        return services;
    }

    public static IEndpointRouteBuilder MapDraftsModule(this IEndpointRouteBuilder app)
    {
        // Every decision is a permission on the drafting unit (DraftAccess); a draft outside the caller's units answers 404.
        var group = app.MapGroup("/api/v1/drafts").WithTags("Drafts").RequireAuthorization(AuthSchemes.ApiPolicy);
        ListDraftsEndpoint.Map(group);
        CreateDraftEndpoint.Map(group);
        GetDraftEndpoint.Map(group);
        SaveDraftEndpoint.Map(group);
        CheckDraftEndpoint.Map(group);
        IssueDraftEndpoint.Map(group);
        ExportDraftEndpoint.Map(group);
        return app;
    }
}
