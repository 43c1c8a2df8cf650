using KyCuong.Web.Modules.Exchange.SendDocument;
using KyCuong.Web.Platform.Demo;

namespace KyCuong.Web.Modules.Exchange.Seeding;

/// <summary>
/// The demo's past in the edXML exchange (docs/domain.md "edXML exchange"), through the real handlers and the transport interface:
/// the clerk of the provincial office sends the province's letter that the Documents scene registered in the outgoing register
/// (<see cref="DemoNames.ExchangeLetter"/>) to Sở Nội vụ by its agency code; that afternoon's outbox run hands the envelope to the hub,
/// here <see cref="Transport.LoopbackExchangeHub"/> (both agencies are in this installation), which delivers it to the inbox: Sở Nội vụ's
/// incoming register gets the letter and answers 01 (đã đến) and 03 (đã tiếp nhận); the next morning's run carries both back, so the
/// province sees the letter received. The document that went out and the one that came in are the two ends of that envelope.
/// </summary>
internal sealed class ExchangeHistory(SendDocumentHandler send) : IDemoHistoryStep
{
    /// <summary>After the Documents scenes (10), which register the letter the same day.</summary>
    public int Order => 15;

    public async Task PlayAsync(DemoDay day, CancellationToken ct)
    {
        if (day.Is(day.Count - 6) && day.Recall(DemoNames.ExchangeLetter) is { } letter)
        {
            await day.ActAsync("vanthu", "gửi văn bản đi qua trục liên thông (edXML)",
                () => send.HandleAsync(new SendDocumentRequest(letter, DemoNames.HomeAffairsAgencyCode), ct), ct);
        }
    }
}
