using KyCuong.Web.Modules.Submissions.GetSubmission;
using KyCuong.Web.Modules.Submissions.ListSubmissions;
using KyCuong.Web.Modules.Submissions.ReviewSubmission;
using KyCuong.Web.Modules.Submissions.SaveSubmission;
using KyCuong.Web.Modules.Submissions.SubmitSubmission;
using KyCuong.Web.Platform.Auth;

namespace KyCuong.Web.Modules.Submissions;

internal static class SubmissionsModule
{
    public static IServiceCollection AddSubmissionsModule(this IServiceCollection services)
    {
        // IConsultationResults is resolved when a consultation is attached; it is registered by the consultations module.
        services.AddScoped<SubmissionAccess>();
        services.AddScoped<Contracts.ISubmissionUnits, SubmissionUnitsReader>();
        services.AddScoped<SubmissionSteps>();
        services.AddScoped<SaveSubmissionHandler>();
        services.AddScoped<GetSubmissionHandler>();
        services.AddScoped<ListSubmissionsHandler>();
        services.AddScoped<Contracts.ISubmissionWorkItems, SubmissionWorkItems>();
        services.AddScoped<Contracts.IOwnCompetenceSubmissions, OwnCompetenceSubmissions>();
        services.AddScoped<SubmitSubmissionHandler>();
        services.AddScoped<ReviewSubmissionHandler>();
        services.AddScoped<KyCuong.Web.Platform.Demo.IDemoHistoryStep, Seeding.SubmissionHistory>();
        return services;
    }

    public static IEndpointRouteBuilder MapSubmissionsModule(this IEndpointRouteBuilder app)
    {
        // Every handler checks the sender's or the office's rights on the submission's units; outsiders get 404.
        var group = app.MapGroup("/api/v1/submissions").WithTags("Submissions").RequireAuthorization(AuthSchemes.ApiPolicy);
        ListSubmissionsEndpoint.Map(group);
        SaveSubmissionEndpoint.Map(group);
        GetSubmissionEndpoint.Map(group);
        SubmitSubmissionEndpoint.Map(group);
        ReviewSubmissionEndpoint.Map(group);
        return app;
    }
}
