using KyCuong.Web.Modules.Webhooks.Capture;
using KyCuong.Web.Modules.Webhooks.Deliver;
using KyCuong.Web.Modules.Webhooks.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Webhooks.CreateWebhook;

/// <summary><paramref name="UnitId"/> is optional: the body the subscription belongs to, by default the caller's (first) body.</summary>
internal sealed record CreateWebhookRequest(string? Url, IReadOnlyList<string?>? Events, string? Secret, Guid? UnitId = null);

internal sealed record CreatedWebhook(Guid Id);

/// <summary>An administrator subscribes an external system of their body to event kinds (docs/domain.md "Webhooks"); audited without the secret.</summary>
internal sealed class CreateWebhookHandler(
    AppDbContext db, WebhookAccess access, AuditLog audit, ICurrentUser currentUser, TimeProvider clock, SubscribedKinds subscribed, IOptionsSnapshot<WebhookOptions> options)
{
    public async Task<CreatedWebhook> HandleAsync(CreateWebhookRequest request, CancellationToken ct)
    {
        await access.EnsureAdministratorAsync(ct);
        var validator = new Validator();
        var errors = SubscriptionRules.Check(request.Url, request.Events, request.Secret);
        foreach (var (field, message) in errors)
        {
            validator.Add(field, message);
        }

        // An internal address written in the URL is refused now; a name is checked on every send, where it resolves (TargetGuard).
        if (!errors.ContainsKey("url") && !options.Value.AllowPrivateTargets && TargetAddresses.IsRefusedHost(new Uri(request.Url!.Trim()).Host))
        {
            validator.Add("url", TargetAddresses.RefusedMessage);
        }

        var bodies = await access.BodiesAsync(ct);
        var unitId = request.UnitId ?? bodies[0];
        if (request.UnitId is { } asked && !await access.CoversAsync(asked, ct))
        {
            validator.Add("unitId", "Bạn không quản trị đơn vị này. / You do not administer this unit.");
        }

        validator.ThrowIfInvalid();
        var events = request.Events!.Select(e => e!).Distinct(StringComparer.Ordinal).ToList();
        var s = new WebhookSubscription
        {
            Id = Guid.CreateVersion7(),
            UnitId = unitId,
            Url = request.Url!.Trim(),
            Events = string.Join(',', events),
            Secret = request.Secret!,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedByUserId = currentUser.UserId,
        };
        db.WebhookSubscriptions.Add(s);
        audit.Record(WebhookAudit.Entity, s.Id, WebhookAudit.Created, new { s.UnitId, s.Url, events });
        await db.SaveChangesAsync(ct);
        subscribed.Invalidate();
        return new CreatedWebhook(s.Id);
    }
}
