using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Consultations.Contracts;
using KyCuong.Web.Modules.Consultations.CreateConsultation;
using KyCuong.Web.Modules.Consultations.DeadlineJob;
using KyCuong.Web.Modules.Consultations.GetConsultation;
using KyCuong.Web.Modules.Consultations.ListConsultations;
using KyCuong.Web.Modules.Consultations.NotifyDelay;
using KyCuong.Web.Modules.Consultations.ReturnConsultation;
using KyCuong.Web.Modules.Consultations.ResolveDisagreement;
using KyCuong.Web.Modules.Consultations.RespondToConsultation;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Jobs;

namespace KyCuong.Web.Modules.Consultations;

internal static class ConsultationsModule
{
    public static IServiceCollection AddConsultationsModule(this IServiceCollection services)
    {
        services.AddOptions<ConsultationOptions>().BindConfiguration(ConsultationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<GetNotice.GetNoticeHandler>();
        services.AddScoped<ConsultationAccess>();
        services.AddScoped<IConsultationWorkItems, ConsultationWorkItems>();
        services.AddScoped<IConsultationResults, ConsultationResults>();
        services.AddScoped<IConsultationConduct, ConsultationConduct>();
        services.AddScoped<IConsultationFigures, ConsultationFigures>();
        services.AddScoped<IDeadlineOwner, ConsultationDeadlineOwner>();
        services.AddScoped<CreateConsultationHandler>();
        services.AddScoped<RespondHandler>();
        services.AddScoped<KyCuong.Web.Platform.Demo.IDemoHistoryStep, Seeding.ConsultationHistory>();
        services.AddScoped<NotifyDelayHandler>();
        services.AddScoped<ReturnConsultationHandler>();
        services.AddScoped<ParticipantSave>();
        services.AddScoped<ResolveDisagreementHandler>();
        services.AddScoped<GetConsultationHandler>();
        services.AddScoped<ListConsultationsHandler>();
        services.AddScoped<AttachmentHandler>();
        services.AddScoped<ConsultationDeadlineJob>();
        services.AddScoped<IBackgroundJob>(sp => sp.GetRequiredService<ConsultationDeadlineJob>());
        return services;
    }

    public static IEndpointRouteBuilder MapConsultationsModule(this IEndpointRouteBuilder app)
    {
        // Every decision is a permission on a unit (IAccessControl), checked in each handler; a consultation outside the
        // caller's scope answers 404.
        var group = app.MapGroup("/api/v1/consultations").WithTags("Consultations").RequireAuthorization(AuthSchemes.ApiPolicy);
        ListConsultationsEndpoint.Map(group);
        CreateConsultationEndpoint.Map(group);
        GetConsultationEndpoint.Map(group);
        RespondEndpoint.Map(group);
        NotifyDelayEndpoint.Map(group);
        ReturnConsultationEndpoint.Map(group);
        ResolveDisagreementEndpoint.Map(group);
        AttachmentEndpoint.Map(group);
        return app;
    }
}
