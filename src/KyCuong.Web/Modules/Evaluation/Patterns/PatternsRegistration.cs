namespace KyCuong.Web.Modules.Evaluation.Patterns;

/// <summary>The patterns' and candidates' services and settings, validated at start (docs/operations.md "Evaluation:Patterns").</summary>
internal static class PatternsRegistration
{
    public static IServiceCollection AddPatterns(this IServiceCollection services)
    {
        services.AddOptions<PatternOptions>().BindConfiguration(PatternOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PatternsCalculator>();
        services.AddScoped<PatternsHandler>();
        services.AddScoped<Candidates.CandidatesHandler>();
        services.AddScoped<Candidates.RecordCandidateDecisionHandler>();
        return services;
    }
}
