using KyCuong.Web.Modules.Evaluation.Catalogue;
using KyCuong.Web.Modules.Evaluation.Contracts;
using KyCuong.Web.Modules.Evaluation.ExportEvaluation;
using KyCuong.Web.Modules.Evaluation.GetEvaluation;
using KyCuong.Web.Modules.Evaluation.GetUnitEvaluation;
using KyCuong.Web.Modules.Evaluation.GradingMinutes;
using KyCuong.Web.Modules.Evaluation.Patterns;
using KyCuong.Web.Modules.Evaluation.Innovation;
using KyCuong.Web.Modules.Evaluation.Innovation.DecideInnovation;
using KyCuong.Web.Modules.Evaluation.Innovation.GetInnovation;
using KyCuong.Web.Modules.Evaluation.Innovation.ProposeInnovation;
using KyCuong.Web.Modules.Evaluation.Innovation.VoteOnInnovation;
using KyCuong.Web.Modules.Evaluation.RecordDiscipline;
using KyCuong.Web.Modules.Evaluation.SaveGrades;
using KyCuong.Web.Modules.Evaluation.SetGeneralPoints;
using KyCuong.Web.Modules.Evaluation.SetLeadershipScores;
using KyCuong.Web.Modules.Evaluation.SetTaskProduct;
using KyCuong.Web.Modules.Evaluation.StaffRecords;
using KyCuong.Web.Modules.Evaluation.WriteSelfAssessment;
using KyCuong.Web.Modules.Evaluation.Innovation.LapseJob;
using KyCuong.Web.Modules.Evaluation.UnitTargets;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Jobs;

namespace KyCuong.Web.Modules.Evaluation;

/// <summary>Evaluation of officials by results (docs/domain.md "Evaluation", Nghị định 335/2025).</summary>
internal static class EvaluationModule
{
    public static IServiceCollection AddEvaluationModule(this IServiceCollection services)
    {
        services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<EvaluationAccess>();
        services.AddScoped<EvaluationCalculator>();
        services.AddScoped<GetEvaluationHandler>();
        services.AddScoped<SetGeneralPointsHandler>();
        services.AddScoped<RecordDisciplineHandler>();
        services.AddScoped<GetUnitEvaluationHandler>();
        services.AddScoped<CatalogueHandler>();
        services.AddScoped<SetLeadershipScoresHandler>();
        services.AddScoped<SetTaskProductHandler>();
        services.AddScoped<ITaskProductPanel, SetTaskProductHandler>();
        services.AddScoped<GradingMinutesHandler>();
        services.AddScoped<WriteSelfAssessmentHandler>();
        services.AddScoped<SaveGradesHandler>();
        services.AddScoped<ExportEvaluationHandler>();
        services.AddPatterns();
        services.AddScoped<InnovationProposals>();
        services.AddScoped<StaffRecordHandler>();
        services.AddScoped<ProposeInnovationHandler>();
        services.AddScoped<VoteOnInnovationHandler>();
        services.AddScoped<DecideInnovationHandler>();
        services.AddScoped<GetInnovationHandler>();
        services.AddScoped<IBackgroundJob, InnovationLapseJob>();
        services.AddScoped<UnitTargetsHandler>();
        services.AddScoped<KyCuong.Web.Platform.Demo.IDemoHistoryStep, Seeding.EvaluationHistory>();
        return services;
    }

    public static IEndpointRouteBuilder MapEvaluationModule(this IEndpointRouteBuilder app)
    {
        // Access is decided per person in EvaluationAccess: the person, their managers up the tree, the personnel office (ADR 0003).
        var group = app.MapGroup("/api/v1").WithTags("Evaluation").RequireAuthorization(AuthSchemes.ApiPolicy);
        GetEvaluationEndpoint.Map(group);
        SetGeneralPointsEndpoint.Map(group);
        RecordDisciplineEndpoint.Map(group);
        GetUnitEvaluationEndpoint.Map(group);
        CatalogueEndpoint.Map(group);
        SetLeadershipScoresEndpoint.Map(group);
        SetTaskProductEndpoint.Map(group);
        WriteSelfAssessmentEndpoint.Map(group);
        SaveGradesEndpoint.Map(group);
        GradingMinutesEndpoint.Map(group);
        ExportEvaluationEndpoint.Map(group);
        PatternsEndpoint.Map(group);
        Candidates.CandidatesEndpoint.Map(group);
        StaffRecordEndpoint.Map(group);
        UnitTargetsEndpoint.Map(group);

        // Innovation proposals (Nghị định 73/2023/NĐ-CP): access per proposal in InnovationProposals.
        var innovation = app.MapGroup("/api/v1").WithTags("Innovation proposals").RequireAuthorization(AuthSchemes.ApiPolicy);
        ProposeInnovationEndpoint.Map(innovation);
        GetInnovationEndpoint.Map(innovation);
        VoteOnInnovationEndpoint.Map(innovation);
        DecideInnovationEndpoint.Map(innovation);
        return app;
    }
}
