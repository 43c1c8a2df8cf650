using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Exchange.Domain;

namespace KyCuong.IntegrationTests.Exchange;

/// <summary>
/// edXML exchange end to end (docs/domain.md "edXML exchange"): an issued document of the province goes through the local hub to its
/// Department of Home Affairs (another agency code on the same instance), is registered there as incoming, and its status messages
/// come back — received, assigned, completed — as the department's leader directs it and completes its task.
/// </summary>
public abstract class ExchangeTests<TApp>(TApp app) where TApp : ExchangeApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeSpan HubWait = TimeSpan.FromSeconds(30);

    private async Task RunJobsAsync()
    {
        using var admin = await app.ClientForAsync("admin");
        await (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>Runs the jobs (status job, outbox drain) and waits until the hub has delivered what they handed it.</summary>
    private async Task PumpAsync()
    {
        await RunJobsAsync();
        await app.Hub.IdleAsync(HubWait);
    }

    /// <summary>An outgoing document of the province registered and numbered by its clerk, with a signed PDF attached.</summary>
    private async Task<(Guid Id, string NumberSymbol, byte[] File)> IssueAsync(string subject)
    {
        await app.EnsureAgenciesAsync();
        using var clerk = await app.ClientForAsync("vanthu");
        var doc = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "outgoing", numberSymbol = "UBND-VP", type = "Công văn", subject, place = "An Giang", signer = "Nguyễn Văn An",
            signingForm = "CHỦ TỊCH", urgency = "Khẩn",
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = doc.GetProperty("id").GetGuid();
        var file = Encoding.UTF8.GetBytes("%PDF-1.7 bản ký số của " + subject);
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "file", "cong-van.pdf");
        (await clerk.PostAsync($"/api/v1/documents/{id}/attachments", form, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        return (id, doc.GetProperty("numberSymbol").GetString()!, file);
    }

    private static string[] Timeline(JsonElement message) =>
        message.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("status").GetString()!).ToArray();

    [Fact]
    public async Task ADocumentGoesOutThroughTheHub_AndComesBackWithItsStatusMessages()
    {
        var (docId, numberSymbol, file) = await IssueAsync("V/v rà soát biên chế công chức năm 2026 (liên thông)");
        using var clerk = await app.ClientForAsync("vanthu");

        var sent = await (await clerk.PostAsJsonAsync("/api/v1/edxml/send", new { documentId = docId, toAgencyCode = ExchangeApp.HomeAffairsCode }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var sentId = sent.GetProperty("id").GetGuid();
        sent.GetProperty("status").GetString().ShouldBe("sent");

        // The outbox hands the envelope to the hub, the hub delivers it to the department's inbox: registered as incoming.
        await PumpAsync();
        var delivered = app.Hub.Records.Single(r => r.Message.Kind == "envelope" && Encoding.UTF8.GetString(r.Message.Body).Contains(docId.ToString("D"), StringComparison.Ordinal));
        delivered.DeliveredStatus.ShouldBe(201, delivered.Answer);
        var received = JsonDocument.Parse(delivered.Answer!).RootElement;
        var incomingId = received.GetProperty("documentId").GetGuid();

        using var leader = await app.ClientForAsync("giamdoc.snv");
        var details = await (await leader.GetAsync($"/api/v1/documents/{incomingId}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var incoming = details.GetProperty("summary");
        incoming.GetProperty("direction").GetString().ShouldBe("incoming");
        incoming.GetProperty("numberSymbol").GetString().ShouldBe(numberSymbol);
        incoming.GetProperty("subject").GetString().ShouldBe("V/v rà soát biên chế công chức năm 2026 (liên thông)");
        incoming.GetProperty("arrivalNumber").GetInt32().ShouldBeGreaterThan(0);
        var attachment = details.GetProperty("attachments").EnumerateArray().Single();
        var bytes = await (await leader.GetAsync($"/api/v1/documents/{incomingId}/attachments/{attachment.GetProperty("id").GetGuid()}", Ct)).Content.ReadAsByteArrayAsync(Ct);
        bytes.ShouldBe(file);

        // Its "delivered" (01) and "received" (03) statuses go back through the hub to the sender.
        await PumpAsync();
        var mine = await (await clerk.GetAsync($"/api/v1/edxml/messages/{sentId}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        mine.GetProperty("status").GetString().ShouldBe("received");
        Timeline(mine).ShouldBe(["sent", "delivered", "received"]);

        // The department's leader directs it: "assigned" goes back.
        var snv = await app.UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        var direction = await (await leader.PostAsJsonAsync($"/api/v1/documents/{incomingId}/direction", new { leadUnitId = snv, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 10 }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        await PumpAsync();
        (await (await clerk.GetAsync($"/api/v1/edxml/messages/{sentId}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("assigned");

        // Its task completed: "completed" goes back, and the timeline holds every step once, in order.
        foreach (var task in direction.GetProperty("tasks").EnumerateArray())
        {
            (await leader.PostAsJsonAsync($"/api/v1/tasks/{task.GetProperty("id").GetGuid()}/complete", new { result = "Đã rà soát, báo cáo UBND tỉnh." }, Ct))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await PumpAsync();
        await PumpAsync();
        mine = await (await clerk.GetAsync($"/api/v1/edxml/messages/{sentId}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        mine.GetProperty("status").GetString().ShouldBe("completed");
        Timeline(mine).ShouldBe(["sent", "delivered", "received", "assigned", "completed"]);

        // The receiving side keeps the statuses it sent back.
        using var admin = await app.ClientForAsync("admin");
        var theirs = await (await admin.GetAsync("/api/v1/edxml/messages?direction=received&pageSize=200", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var back = theirs.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("documentId").GetGuid() == incomingId);
        Timeline(back).ShouldBe(["delivered", "received", "assigned", "completed"]);
        // This document's status messages only: the class's other tests post envelopes straight to the inbox, and the
        // "received" those send back answers a document this instance never sent (422, rightly).
        var statuses = app.Hub.Records.Where(r => r.Message.Kind == "status" && Encoding.UTF8.GetString(r.Message.Body).Contains(numberSymbol, StringComparison.Ordinal)).ToList();
        statuses.Count.ShouldBe(4);
        statuses.Select(r => EdXml.Read(r.Message.Body, 32).Status!.Status).Order().ShouldBe(
            [ExchangeStatus.Delivered, ExchangeStatus.Received, ExchangeStatus.Assigned, ExchangeStatus.Completed]);
        statuses.ShouldAllBe(r => r.DeliveredStatus == 200 || r.DeliveredStatus == 201);

        // Another department sees neither side of the exchange.
        using var other = await app.ClientForAsync("giamdoc.stp");
        await (await other.GetAsync($"/api/v1/edxml/messages/{sentId}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/v1/edxml/messages/{back.GetProperty("id").GetGuid()}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheSameEnvelopeTwice_IsRegisteredOnce()
    {
        var (docId, _, _) = await IssueAsync("V/v đăng ký một lần khi nhận trùng");
        using var admin = await app.ClientForAsync("admin");
        using var export = await app.ClientForAsync("vanthu");
        var xml = await (await export.GetAsync($"/api/v1/documents/{docId}/edxml?to={ExchangeApp.HomeAffairsCode}", Ct)).Content.ReadAsByteArrayAsync(Ct);

        var first = await (await admin.PostAsync("/api/v1/edxml/inbox", Xml(xml), Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var second = await (await admin.PostAsync("/api/v1/edxml/inbox", Xml(xml), Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);

        second.GetProperty("documentId").GetGuid().ShouldBe(first.GetProperty("documentId").GetGuid());
        second.GetProperty("id").GetGuid().ShouldBe(first.GetProperty("id").GetGuid());
        second.GetProperty("created").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Export_IsTheEnvelopeOfTheIssuedDocument_ForWhoeverMaySeeIt()
    {
        var (docId, numberSymbol, file) = await IssueAsync("V/v xuất gói edXML");
        using var clerk = await app.ClientForAsync("vanthu");

        var response = await clerk.GetAsync($"/api/v1/documents/{docId}/edxml?to={ExchangeApp.HomeAffairsCode}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        var envelope = EdXml.Read(await response.Content.ReadAsByteArrayAsync(Ct), 32).Envelope!;
        envelope.From.OrganId.ShouldBe(ExchangeApp.ProvinceCode);
        envelope.To.Single().ShouldBe(new EdXmlOrgan(ExchangeApp.HomeAffairsCode, "Sở Nội vụ tỉnh An Giang"));
        envelope.NumberSymbol.ShouldBe(numberSymbol);
        envelope.Subject.ShouldBe("V/v xuất gói edXML");
        envelope.Priority.ShouldBe(1);
        envelope.Attachments.Single().Content.ShouldBe(file);

        // Another department's leader cannot see the province's document: absent, not forbidden.
        using var other = await app.ClientForAsync("giamdoc.stp");
        await (await other.GetAsync($"/api/v1/documents/{docId}/edxml", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.PostAsJsonAsync("/api/v1/edxml/send", new { documentId = docId, toAgencyCode = ExchangeApp.HomeAffairsCode }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ADocumentNotIssued_IsNotExported()
    {
        await app.EnsureAgenciesAsync();
        using var clerk = await app.ClientForAsync("vanthu");
        var doc = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "incoming", issuer = "Bộ Nội vụ", numberSymbol = "15/BNV-TCBC", date = "2026-01-10", type = "Công văn", subject = "V/v văn bản đến",
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);

        var problem = await (await clerk.GetAsync($"/api/v1/documents/{doc.GetProperty("id").GetGuid()}/edxml", Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("edxml.notIssued");
    }

    [Fact]
    public async Task AnUnknownRecipient_IsRefusedWithItsCode_AndNothingIsRegistered()
    {
        var (docId, _, _) = await IssueAsync("V/v gửi cơ quan không có trong hệ thống");
        using var clerk = await app.ClientForAsync("vanthu");
        var xml = await (await clerk.GetAsync($"/api/v1/documents/{docId}/edxml?to=999.99.99.X99", Ct)).Content.ReadAsByteArrayAsync(Ct);
        using var admin = await app.ClientForAsync("admin");
        var before = await CountIncomingAsync(admin);

        var problem = await (await admin.PostAsync("/api/v1/edxml/inbox", Xml(xml), Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("code").GetString().ShouldBe("edxml.unknownRecipient");
        (await CountIncomingAsync(admin)).ShouldBe(before);
    }

    [Fact]
    public async Task SomeoneWhoDoesNotRegisterForTheRecipient_CannotDeliverToIt()
    {
        var (docId, _, _) = await IssueAsync("V/v người ngoài gửi vào hộp thư");
        using var clerk = await app.ClientForAsync("vanthu");
        var xml = await (await clerk.GetAsync($"/api/v1/documents/{docId}/edxml?to={ExchangeApp.HomeAffairsCode}", Ct)).Content.ReadAsByteArrayAsync(Ct);
        using var other = await app.ClientForAsync("giamdoc.stp");

        await (await other.PostAsync("/api/v1/edxml/inbox", Xml(xml), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = app.Anonymous();
        (await anonymous.PostAsync("/api/v1/edxml/inbox", Xml(xml), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task HostileOrOversizedXml_IsRefused_NeverA500()
    {
        await app.EnsureAgenciesAsync();
        using var admin = await app.ClientForAsync("admin");
        var xxe = """<?xml version="1.0"?><!DOCTYPE edXML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><edXML:edXML xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">&xxe;</edXML:edXML>""";
        var deep = "<edXML:edXML xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">" + string.Concat(Enumerable.Repeat("<a>", 5000)) + string.Concat(Enumerable.Repeat("</a>", 5000)) + "</edXML:edXML>";

        (await (await admin.PostAsync("/api/v1/edxml/inbox", Xml(Encoding.UTF8.GetBytes(xxe)), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("body")[0].GetString()!.ShouldContain("edxml.dtdRefused");
        (await (await admin.PostAsync("/api/v1/edxml/inbox", Xml(Encoding.UTF8.GetBytes(deep)), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("body")[0].GetString()!.ShouldContain("edxml.tooDeep");
        await (await admin.PostAsync("/api/v1/edxml/inbox", Xml("not xml"u8.ToArray()), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PostAsync("/api/v1/edxml/inbox", Xml(new byte[20 * 1024 * 1024 + 1]), Ct)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task AStatusOutOfOrder_IsRefused()
    {
        var (docId, _, _) = await IssueAsync("V/v trạng thái sai thứ tự");
        using var clerk = await app.ClientForAsync("vanthu");
        var sent = await (await clerk.PostAsJsonAsync("/api/v1/edxml/send", new { documentId = docId, toAgencyCode = ExchangeApp.HomeAffairsCode }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var status = EdXml.WriteStatus(new EdXmlStatusMessage(ExchangeApp.ProvinceCode, docId.ToString("D"), null, new EdXmlOrgan(ExchangeApp.HomeAffairsCode, "Sở Nội vụ"),
            ExchangeStatus.Assigned, null, KyCuongFactory.DefaultNow));

        var problem = await (await clerk.PostAsync("/api/v1/edxml/inbox", Xml(status), Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.GetProperty("code").GetString().ShouldBe("edxml.illegalTransition");
        (await (await clerk.GetAsync($"/api/v1/edxml/messages/{sent.GetProperty("id").GetGuid()}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("status").GetString().ShouldBe("sent");
    }

    [Fact]
    public async Task TheRecipientReturnsADocument_WithItsReason_AndTheSenderSeesItReturned()
    {
        var (docId, numberSymbol, _) = await IssueAsync("V/v đề nghị cử cán bộ tham dự hội nghị (trả lại)");
        using var clerk = await app.ClientForAsync("vanthu");
        var sentId = (await (await clerk.PostAsJsonAsync("/api/v1/edxml/send", new { documentId = docId, toAgencyCode = ExchangeApp.HomeAffairsCode }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await PumpAsync();
        await PumpAsync();
        using var admin = await app.ClientForAsync("admin");
        var theirs = await (await admin.GetAsync("/api/v1/edxml/messages?direction=received&pageSize=200", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var receivedId = theirs.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("numberSymbol").GetString() == numberSymbol).GetProperty("id").GetGuid();

        // No reason, or one too long: 400 and nothing moves.
        // The department has no clerk account in the demo world: the administrator registers for it (as the hub's account does).
        var snvClerk = admin;
        await (await snvClerk.PostAsJsonAsync($"/api/v1/edxml/messages/{receivedId}/return", new { reason = "  " }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await snvClerk.PostAsJsonAsync($"/api/v1/edxml/messages/{receivedId}/return", new { reason = new string('x', 1001) }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        // Another department's clerk, and the sender for its own sent message, cannot return it: absent.
        using var other = await app.ClientForAsync("giamdoc.stp");
        await (await other.PostAsJsonAsync($"/api/v1/edxml/messages/{receivedId}/return", new { reason = "Không thuộc thẩm quyền." }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await clerk.PostAsJsonAsync($"/api/v1/edxml/messages/{sentId}/return", new { reason = "Không thuộc thẩm quyền." }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        const string reason = "Văn bản không thuộc thẩm quyền giải quyết của Sở Nội vụ; đề nghị gửi Sở Tài chính.";
        var returned = await (await snvClerk.PostAsJsonAsync($"/api/v1/edxml/messages/{receivedId}/return", new { reason }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        returned.GetProperty("status").GetString().ShouldBe("returned");
        Timeline(returned).ShouldBe(["delivered", "received", "returned"]);

        // Returned is final: a second return is 409; the status message with the reason reaches the sender through the hub.
        (await (await snvClerk.PostAsJsonAsync($"/api/v1/edxml/messages/{receivedId}/return", new { reason }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("edxml.illegalTransition");
        await PumpAsync();
        var mine = await (await clerk.GetAsync($"/api/v1/edxml/messages/{sentId}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        mine.GetProperty("status").GetString().ShouldBe("returned");
        Timeline(mine).ShouldBe(["sent", "delivered", "received", "returned"]);
        mine.GetProperty("timeline").EnumerateArray().Last().GetProperty("note").GetString()!.ShouldContain(reason);
        var status = app.Hub.Records.Single(r => r.Message.Kind == "status" && Encoding.UTF8.GetString(r.Message.Body).Contains(numberSymbol, StringComparison.Ordinal)
            && EdXml.Read(r.Message.Body, 32).Status!.Status == ExchangeStatus.Returned);
        status.DeliveredStatus.ShouldBe(200, status.Answer);
    }

    [Fact]
    public async Task ArrivalStatus01_AfterReceived03_IsKept_WithoutMovingTheDocumentBack()
    {
        var (docId, _, _) = await IssueAsync("V/v trạng thái đã đến tới sau");
        using var clerk = await app.ClientForAsync("vanthu");
        var sentId = (await (await clerk.PostAsJsonAsync("/api/v1/edxml/send", new { documentId = docId, toAgencyCode = ExchangeApp.HomeAffairsCode }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        EdXmlStatusMessage Status(ExchangeStatus s) => new(ExchangeApp.ProvinceCode, docId.ToString("D"), null, new EdXmlOrgan(ExchangeApp.HomeAffairsCode, "Sở Nội vụ"),
            s, null, KyCuongFactory.DefaultNow);

        (await (await clerk.PostAsync("/api/v1/edxml/inbox", Xml(EdXml.WriteStatus(Status(ExchangeStatus.Received))), Ct)).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("status").GetString().ShouldBe("received");
        (await (await clerk.PostAsync("/api/v1/edxml/inbox", Xml(EdXml.WriteStatus(Status(ExchangeStatus.Delivered))), Ct)).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("status").GetString().ShouldBe("received");

        var mine = await (await clerk.GetAsync($"/api/v1/edxml/messages/{sentId}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        mine.GetProperty("status").GetString().ShouldBe("received");
        Timeline(mine).ShouldBe(["sent", "delivered", "received"]);
        // The same arrival again is answered, not recorded twice.
        (await (await clerk.PostAsync("/api/v1/edxml/inbox", Xml(EdXml.WriteStatus(Status(ExchangeStatus.Delivered))), Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("created").GetBoolean().ShouldBeFalse();
        Timeline(await (await clerk.GetAsync($"/api/v1/edxml/messages/{sentId}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldBe(["sent", "delivered", "received"]);
    }

    private static ByteArrayContent Xml(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        return content;
    }

    private static async Task<int> CountIncomingAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/v1/documents?direction=incoming&pageSize=1", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();
}

[Collection("sqlite")]
public sealed class SqliteExchangeTests(SqliteExchangeApp app) : ExchangeTests<SqliteExchangeApp>(app), IClassFixture<SqliteExchangeApp>;

[Collection("postgres")]
public sealed class PostgresExchangeTests(PostgresExchangeApp app) : ExchangeTests<PostgresExchangeApp>(app), IClassFixture<PostgresExchangeApp>;
