using KyCuong.Web.Modules.Organisation.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KyCuong.Web.Platform.Persistence;

/// <summary>The one application context; each module adds a partial file with its sets and configuration (tables prefixed per module).</summary>
internal sealed partial class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityUserContext<AppUser, Guid>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>().ToTable("org_users");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("org_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("org_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("org_user_tokens");
        builder.Entity<AppUser>().Property(u => u.FullName).HasMaxLength(200);
        ConfigureOrganisation(builder);
        ConfigurePlatform(builder);
        ConfigureDataProtection(builder);
        ConfigureCalendar(builder);
        ConfigureDocuments(builder);
        ConfigureAcknowledgements(builder);
        ConfigureTasks(builder);
        ConfigureNotifications(builder);
        ConfigureChasing(builder);
        ConfigureConsultations(builder);
        ConfigureCompetence(builder);
        ConfigureSubmissions(builder);
        ConfigureCitizens(builder);
        ConfigureOneStop(builder);
        ConfigureProcedures(builder);
        ConfigureEvaluation(builder);
        ConfigureEvaluationCandidates(builder);
        ConfigureEvaluationTargets(builder);
        ConfigureReports(builder);
        ConfigureInspections(builder);
        ConfigureWebhooks(builder);
        ConfigureExchange(builder);
        ConfigureDrafts(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC everywhere; SQLite hands back Unspecified, so mark them on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    internal sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.Value.ToUniversalTime(), DateTimeKind.Utc),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}
