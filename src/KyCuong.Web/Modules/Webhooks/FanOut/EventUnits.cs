using System.Text.Json;
using KyCuong.Web.Modules.Consultations.Contracts;
using KyCuong.Web.Modules.Reports.Contracts;
using KyCuong.Web.Modules.Submissions.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Modules.Webhooks.Capture;

namespace KyCuong.Web.Modules.Webhooks.FanOut;

/// <summary>
/// The units an event is about (docs/domain.md "Webhooks"), read through the owning module's contract: a task's lead and assigning
/// units, a consultation's requester and the silent unit, a submission's sender and recipient, the registering unit of a document,
/// the reporting unit of a report. A subscription receives the event when one of them lies in its body's subtree.
/// </summary>
internal sealed class EventUnits(ITaskDeadlines tasks, IConsultationResults consultations, ISubmissionUnits submissions, IReportUnits reports)
{
    public async Task<IReadOnlyList<Guid>> OfAsync(WebhookEventPayload e, CancellationToken ct)
    {
        var found = new List<Guid>();
        switch (e.EntityType)
        {
            case "task":
                if (await tasks.FindAsync(e.EntityId, ct) is { } t)
                {
                    found.Add(t.LeadUnitId);
                    found.Add(t.AssignerUnitId);
                }

                break;
            case "consultation":
                if (await consultations.GetAsync(e.EntityId, ct) is { } c)
                {
                    found.Add(c.RequesterUnitId);
                }

                found.AddRange(DataGuid(e.DataJson, "unitId"));
                break;
            case "submission":
                if (await submissions.FindAsync(e.EntityId, ct) is { } s)
                {
                    found.Add(s.SubmitterUnitId);
                    found.Add(s.ToUnitId);
                }

                break;
            case "document":
                found.AddRange(DataGuid(e.DataJson, "registeringUnitId"));
                break;
            case "report":
                if (await reports.UnitOfAsync(e.EntityId, ct) is { } r)
                {
                    found.Add(r);
                }

                break;
        }

        return found.Where(u => u != Guid.Empty).Distinct().ToList();
    }

    private static IEnumerable<Guid> DataGuid(string? json, string property)
    {
        if (json is null)
        {
            yield break;
        }

        using var doc = JsonDocument.Parse(json);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            if (string.Equals(p.Name, property, StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.String && p.Value.TryGetGuid(out var id))
            {
                yield return id;
            }
        }
    }
}
