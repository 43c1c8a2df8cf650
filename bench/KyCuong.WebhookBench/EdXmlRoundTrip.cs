using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using KyCuong.Web.Modules.Exchange.Domain;

namespace KyCuong.Web.Benchmarks;

/// <summary>
/// An edXML round trip of a document with a 5 MB file (docs/performance.md "edXML round trip"): the envelope written (header and
/// base64 attachment), then read back with the inbox's hostile-XML checks (depth pass, no DTD) and the file's bytes compared.
/// Usage: dotnet run -c Release --project bench/KyCuong.WebhookBench -- edxml [MB=5] [runs=20]
/// </summary>
internal static class EdXmlRoundTrip
{
    public static void Run(string[] args)
    {
        var mb = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var file = RandomNumberGenerator.GetBytes(mb * 1024 * 1024);
        var envelope = new EdXmlEnvelope(
            new EdXmlOrgan("000.00.00.H01", "Ủy ban nhân dân tỉnh An Giang"), [new EdXmlOrgan("000.00.12.H01", "Sở Nội vụ tỉnh An Giang")],
            Guid.NewGuid().ToString("D"), "05", "UBND-VP", "An Giang", new DateOnly(2026, 1, 5), "Công văn", "V/v đo thời gian liên thông", 0, 1, null,
            "Nguyễn Văn An", "Chủ tịch", "CHỦ TỊCH", new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(7)),
            [new EdXmlAttachment("att-1", "cong-van.pdf", "application/pdf", file)]);

        var times = new List<double>();
        var size = 0;
        for (var i = 0; i < runs + 2; i++)
        {
            var watch = Stopwatch.StartNew();
            var xml = EdXml.WriteEnvelope(envelope);
            var back = EdXml.Read(xml, 32).Envelope!;
            watch.Stop();
            if (!CryptographicOperations.FixedTimeEquals(back.Attachments[0].Content, file))
            {
                throw new InvalidOperationException("The file did not come back unchanged.");
            }

            size = xml.Length;
            if (i >= 2)
            {
                times.Add(watch.Elapsed.TotalMilliseconds); // the first two warm the JIT
            }
        }

        times.Sort();
        Console.WriteLine(FormattableString.Invariant(
            $"edXML round trip, {mb} MB file, envelope {size / 1048576.0:0.00} MB, {runs} runs: median {times[times.Count / 2]:0.0} ms, max {times[^1]:0.0} ms"));
    }
}
