using KyCuong.Web.Modules.Inspections.ApprovePlan;
using KyCuong.Web.Modules.Inspections.Contracts;
using KyCuong.Web.Modules.Inspections.Dashboard;
using KyCuong.Web.Modules.Inspections.Documents;
using KyCuong.Web.Modules.Inspections.PeopleRisk;
using KyCuong.Web.Modules.Inspections.PersonFindings;
using KyCuong.Web.Modules.Inspections.ReviewFinding;
using KyCuong.Web.Modules.Inspections.ConcludeInspection;
using KyCuong.Web.Modules.Inspections.CreatePlan;
using KyCuong.Web.Modules.Inspections.DecideFromPlan;
using KyCuong.Web.Modules.Inspections.Evidence;
using KyCuong.Web.Modules.Inspections.GetPlan;
using KyCuong.Web.Modules.Inspections.ListPlans;
using KyCuong.Web.Modules.Inspections.RevisePlan;
using KyCuong.Web.Modules.Inspections.CreateInspection;
using KyCuong.Web.Modules.Inspections.GetInspection;
using KyCuong.Web.Modules.Inspections.ListInspections;
using KyCuong.Web.Modules.Inspections.RecordExplanation;
using KyCuong.Web.Modules.Inspections.RecordFinding;
using KyCuong.Web.Modules.Inspections.RiskRanking;
using KyCuong.Web.Modules.Inspections.StartInspection;
using KyCuong.Web.Modules.Inspections.VerifyRemedies;
using KyCuong.Web.Platform.Auth;

namespace KyCuong.Web.Modules.Inspections;

/// <summary>Checks of official duties by the managing body (docs/domain.md "Checks of official duties").</summary>
internal static class InspectionsModule
{
    public static IServiceCollection AddInspectionsModule(this IServiceCollection services)
    {
        services.AddOptions<InspectionOptions>().BindConfiguration(InspectionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<InspectionAccess>();
        services.AddScoped<CreateInspectionHandler>();
        services.AddScoped<GetInspectionHandler>();
        services.AddScoped<ListInspectionsHandler>();
        services.AddScoped<StartInspectionHandler>();
        services.AddScoped<RecordFindingHandler>();
        services.AddScoped<RecordExplanationHandler>();
        services.AddScoped<ConcludeInspectionHandler>();
        services.AddScoped<VerifyRemediesHandler>();
        services.AddScoped<RiskRankingHandler>();
        services.AddScoped<InspectionPlanAccess>();
        services.AddScoped<PlanLines>();
        services.AddScoped<CreatePlanHandler>();
        services.AddScoped<RevisePlanHandler>();
        services.AddScoped<ApprovePlanHandler>();
        services.AddScoped<GetPlanHandler>();
        services.AddScoped<ListPlansHandler>();
        services.AddScoped<DecideFromPlanHandler>();
        services.AddScoped<EvidenceHandler>();
        services.AddScoped<PersonFindingAccess>();
        services.AddScoped<IInspectionFindingsReader, InspectionFindingsReader>();
        services.AddScoped<GetFindingHandler>();
        services.AddScoped<ReviewFindingHandler>();
        services.AddScoped<PeopleRiskHandler>();
        services.AddScoped<InspectionDocumentHandler>();
        services.AddScoped<InspectionDashboardHandler>();
        services.AddScoped<KyCuong.Web.Platform.Demo.IDemoHistoryStep, Seeding.InspectionsHistory>();
        return services;
    }

    public static IEndpointRouteBuilder MapInspectionsModule(this IEndpointRouteBuilder app)
    {
        // Every decision is a permission on a unit (IAccessControl) checked in the handler; a check the caller may not see answers 404.
        var group = app.MapGroup("/api/v1/inspections").WithTags("Inspections").RequireAuthorization(AuthSchemes.ApiPolicy);
        ListInspectionsEndpoint.Map(group);
        CreateInspectionEndpoint.Map(group);
        RiskRankingEndpoint.Map(group);
        InspectionDashboardEndpoint.Map(group);
        PersonFindingsEndpoints.Map(group);
        ReviewFindingEndpoint.Map(group);
        GetInspectionEndpoint.Map(group);
        StartInspectionEndpoint.Map(group);
        RecordFindingEndpoint.Map(group);
        RecordExplanationEndpoint.Map(group);
        ConcludeInspectionEndpoint.Map(group);
        VerifyRemediesEndpoint.Map(group);
        EvidenceEndpoints.Map(group);
        PeopleRiskEndpoint.Map(group);
        InspectionDocumentEndpoint.Map(group);

        var plans = app.MapGroup("/api/v1/inspection-plans").WithTags("Inspections").RequireAuthorization(AuthSchemes.ApiPolicy);
        ListPlansEndpoint.Map(plans);
        CreatePlanEndpoint.Map(plans);
        GetPlanEndpoint.Map(plans);
        RevisePlanEndpoint.Map(plans);
        ApprovePlanEndpoint.Map(plans);
        DecideFromPlanEndpoint.Map(plans);
        return app;
    }
}
