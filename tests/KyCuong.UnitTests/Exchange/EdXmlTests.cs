using System.Text;
using KyCuong.Web.Modules.Exchange.Domain;

namespace KyCuong.UnitTests.Exchange;

/// <summary>The edXML envelope and status message written and read back (QCVN 102:2016/BTTTT; docs/domain.md "edXML exchange"), and hostile XML refused.</summary>
public sealed class EdXmlTests
{
    private static EdXmlEnvelope Sample(byte[]? file = null) => new(
        new EdXmlOrgan("000.00.00.H01", "Ủy ban nhân dân tỉnh An Giang"),
        [new EdXmlOrgan("000.00.12.H01", "Sở Nội vụ tỉnh An Giang"), new EdXmlOrgan("000.00.13.H01", "Sở Tư pháp tỉnh An Giang")],
        "0193a5e2-6f1c-7b3e-9a2d-1c2b3d4e5f60", "05", "UBND-VP", "An Giang", new DateOnly(2026, 1, 5), "Công văn",
        "V/v báo cáo tình hình thực hiện nhiệm vụ năm 2026", 0, 2, new DateOnly(2026, 1, 20), "Nguyễn Văn Bình", "Chủ tịch", "KT. CHỦ TỊCH",
        new DateTimeOffset(2026, 1, 5, 9, 30, 0, TimeSpan.FromHours(7)),
        [new EdXmlAttachment("att-1", "05-UBND-VP.pdf", "application/pdf", file ?? Encoding.UTF8.GetBytes("%PDF-1.7 tệp ký số"))]);

    [Fact]
    public void Envelope_RoundTrips_EveryHeaderElementAndTheAttachmentBytes()
    {
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        var written = EdXml.WriteEnvelope(Sample(bytes));

        var read = EdXml.Read(written, 32).Envelope!;

        var expected = Sample(bytes);
        read.From.ShouldBe(expected.From);
        read.To.ShouldBe(expected.To);
        read.DocumentId.ShouldBe(expected.DocumentId);
        read.NumberSymbol.ShouldBe("05/UBND-VP");
        read.Place.ShouldBe("An Giang");
        read.PromulgationDate.ShouldBe(new DateOnly(2026, 1, 5));
        read.DocumentType.ShouldBe("Công văn");
        read.Subject.ShouldBe(expected.Subject);
        read.Priority.ShouldBe(2);
        read.DueDate.ShouldBe(new DateOnly(2026, 1, 20));
        read.SignerFullName.ShouldBe("Nguyễn Văn Bình");
        read.SignerPosition.ShouldBe("Chủ tịch");
        read.SignerCompetence.ShouldBe("KT. CHỦ TỊCH");
        read.SentAt.ShouldBe(expected.SentAt);
        read.Attachments.Count.ShouldBe(1);
        read.Attachments[0].AttachmentName.ShouldBe("05-UBND-VP.pdf");
        read.Attachments[0].Content.ShouldBe(bytes);
    }

    [Fact]
    public void Envelope_UsesTheRegulationsNamespaceAndElementNames()
    {
        var xml = Encoding.UTF8.GetString(EdXml.WriteEnvelope(Sample()));

        xml.ShouldContain("xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"");
        foreach (var element in new[] { "edXMLEnvelope", "edXMLHeader", "MessageHeader", "From", "To", "OrganId", "OrganName", "DocumentId", "Code", "CodeNumber",
                     "CodeNotation", "PromulgationInfo", "Place", "PromulgationDate", "DocumentType", "Subject", "SteeringType", "SignerInfo", "Competence",
                     "Position", "FullName", "DueDate", "Priority", "TraceHeaderList", "edXMLBody", "Manifest", "Reference", "ContentId", "AttachmentName" })
        {
            xml.ShouldContain("<edXML:" + element + ">");
        }

        // The file is base64 in the XML, never raw.
        xml.ShouldContain(Convert.ToBase64String(Encoding.UTF8.GetBytes("%PDF-1.7 tệp ký số")));
    }

    [Fact]
    public void Status_RoundTrips()
    {
        var at = new DateTimeOffset(2026, 1, 6, 8, 0, 0, TimeSpan.FromHours(7));
        var written = EdXml.WriteStatus(new EdXmlStatusMessage("000.00.00.H01", "doc-1", "05/UBND-VP", new EdXmlOrgan("000.00.12.H01", "Sở Nội vụ"),
            ExchangeStatus.Assigned, "Lãnh đạo đã phân công xử lý.", at));

        var read = EdXml.Read(written, 32);

        read.Envelope.ShouldBeNull();
        read.Status.ShouldBe(new EdXmlStatusMessage("000.00.00.H01", "doc-1", "05/UBND-VP", new EdXmlOrgan("000.00.12.H01", "Sở Nội vụ"),
            ExchangeStatus.Assigned, "Lãnh đạo đã phân công xử lý.", at));
        Encoding.UTF8.GetString(written).ShouldContain("<edXML:StatusCode>04</edXML:StatusCode>");
    }

    [Fact]
    public void ExternalEntity_IsRefused_AndNothingIsRead()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE edXML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <edXML:edXML xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML:edXMLEnvelope><edXML:edXMLHeader><edXML:MessageHeader>
            <edXML:Subject>&xxe;</edXML:Subject></edXML:MessageHeader></edXML:edXMLHeader></edXML:edXMLEnvelope></edXML:edXML>
            """;

        Should.Throw<EdXmlFormatException>(() => EdXml.Read(Encoding.UTF8.GetBytes(xml), 32)).Code.ShouldBe("edxml.dtdRefused");
    }

    [Fact]
    public void EntityExpansionBomb_IsRefused()
    {
        var xml = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>""";

        Should.Throw<EdXmlFormatException>(() => EdXml.Read(Encoding.UTF8.GetBytes(xml), 32)).Code.ShouldBe("edxml.dtdRefused");
    }

    [Fact]
    public void NestingDeeperThanTheBound_IsRefused()
    {
        var xml = "<edXML:edXML xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">" + string.Concat(Enumerable.Repeat("<a>", 100)) + string.Concat(Enumerable.Repeat("</a>", 100)) + "</edXML:edXML>";

        Should.Throw<EdXmlFormatException>(() => EdXml.Read(Encoding.UTF8.GetBytes(xml), 32)).Code.ShouldBe("edxml.tooDeep");
    }

    [Theory]
    [InlineData("<not-closed>", "edxml.malformed")]
    [InlineData("<root/>", "edxml.notEdXml")]
    [InlineData("<edXML xmlns=\"urn:other\"/>", "edxml.notEdXml")]
    [InlineData("<edXML:edXML xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><edXML:edXMLEnvelope/></edXML:edXML>", "edxml.missingElement")]
    public void MalformedOrForeignXml_IsRefusedWithItsCode(string xml, string code) =>
        Should.Throw<EdXmlFormatException>(() => EdXml.Read(Encoding.UTF8.GetBytes(xml), 32)).Code.ShouldBe(code);

    [Fact]
    public void AnEnvelopeWithoutRecipient_IsRefused()
    {
        var xml = Encoding.UTF8.GetString(EdXml.WriteEnvelope(Sample() with { To = [] }));

        Should.Throw<EdXmlFormatException>(() => EdXml.Read(Encoding.UTF8.GetBytes(xml), 32)).Message.ShouldContain("To/OrganId");
    }

    [Fact]
    public void AManifestReferenceWithoutItsContent_IsRefused()
    {
        var xml = Encoding.UTF8.GetString(EdXml.WriteEnvelope(Sample()));
        var cut = xml[..xml.IndexOf("<edXML:Attachments>", StringComparison.Ordinal)] + "</edXML:edXML>";

        Should.Throw<EdXmlFormatException>(() => EdXml.Read(Encoding.UTF8.GetBytes(cut), 32)).Code.ShouldBe("edxml.badAttachment");
    }

    [Theory]
    [InlineData("919/UBND-NC", "919", "UBND-NC")]
    [InlineData("13/2021/QĐ-UBND", "13", "2021/QĐ-UBND")]
    [InlineData("UBND-VP", null, "UBND-VP")]
    public void NumberSymbol_SplitsIntoCodeNumberAndNotation(string numberSymbol, string? number, string notation)
    {
        var (n, s) = EdXmlEnvelope.SplitNumberSymbol(numberSymbol);
        n.ShouldBe(number);
        s.ShouldBe(notation);
        (Sample() with { CodeNumber = n, CodeNotation = s }).NumberSymbol.ShouldBe(numberSymbol);
    }
}
