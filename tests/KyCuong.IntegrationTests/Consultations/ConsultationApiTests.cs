using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Competence.Domain;
using KyCuong.Web.Modules.Consultations.Contracts;
using KyCuong.Web.Modules.Consultations.DeadlineJob;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Consultations;

/// <summary>Consultations through real HTTP on a migrated database, the same tests on SQLite and on PostgreSQL (docs/domain.md §8).</summary>
public abstract class ConsultationApiTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Snv = "Sở Nội vụ tỉnh An Giang";
    private const string Sct = "Sở Công Thương tỉnh An Giang";
    private const string Stp = "Sở Tư pháp tỉnh An Giang";
    private const string Stc = "Sở Tài chính tỉnh An Giang";
    private const string AnGiang = "Ủy ban nhân dân tỉnh An Giang";

    private const string Substantive = "Nhất trí với dự thảo; đề nghị bổ sung căn cứ Nghị định 30/2020/NĐ-CP tại Điều 2 và làm rõ thời hạn thực hiện.";

    private static DateTimeOffset Vn(int y, int m, int d, int h = 9, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.FromHours(7));

    private async Task SetClockAsync(DateTimeOffset now)
    {
        using var admin = await App.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
    }

    private Task ResetClockAsync() => SetClockAsync(KyCuongFactory.DefaultNow);

    private async Task RunJobsAsync()
    {
        using var admin = await App.ClientForAsync("admin");
        (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).EnsureSuccessStatusCode();
    }

    private async Task<HttpResponseMessage> PostAsync(string user, string url, object body)
    {
        using var client = await App.ClientForAsync(user);
        return await client.PostAsJsonAsync(url, body, Ct);
    }

    private async Task<JsonElement> CreateAsync(object body, string user = "giamdoc.snv") =>
        await (await PostAsync(user, "/api/v1/consultations", body)).ShouldBeJsonAsync(HttpStatusCode.Created);

    private async Task<Guid> NewAsync(object? dueDate = null, int? workingDays = null, params string[] consulted)
    {
        var ids = new List<Guid>();
        foreach (var name in consulted.Length == 0 ? [Sct, Stp] : consulted)
        {
            ids.Add(await App.UnitIdAsync(name));
        }

        var created = await CreateAsync(new
        {
            subject = "Dự thảo Quy chế phối hợp xử lý công việc giữa các sở",
            proposal = "Ban hành Quy chế phối hợp theo Công điện 968/CĐ-TTg.",
            requesterUnitId = await App.UnitIdAsync(Snv),
            consultedUnitIds = ids,
            dueDate,
            workingDays,
        });
        return created.GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> GetAsync(Guid id, string user = "giamdoc.snv")
    {
        using var client = await App.ClientForAsync(user);
        return await (await client.GetAsync($"/api/v1/consultations/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private static JsonElement Participant(JsonElement c, Guid unitId) =>
        c.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("unitId").GetGuid() == unitId);

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task Create_DefaultPeriod_FiveWorkingDays_AndContractShape()
    {
        var id = await NewAsync();
        var c = await GetAsync(id);
        foreach (var field in new[] { "id", "status", "dueDate", "participants", "notices", "subject", "proposal", "workingDaysLeft" })
        {
            c.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        // docs/domain.md §13: default 5 working days from the day after Tue 3 Feb 2026: 4, 5, 6, 9, 10 Feb.
        c.GetProperty("dueDate").GetString().ShouldBe("2026-02-10");
        c.GetProperty("status").GetString().ShouldBe("open");
        c.GetProperty("workingDaysLeft").GetInt32().ShouldBe(6);
        var p = Participant(c, await App.UnitIdAsync(Sct));
        p.GetProperty("outcome").GetString().ShouldBe("pending");
        p.GetProperty("respondedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        c.GetProperty("notices").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Create_WorkingDays_SkipWeekendsAndTet2026()
    {
        var requester = await App.UnitIdAsync(Snv);
        var sct = await App.UnitIdAsync(Sct);
        async Task<string?> DueAsync(int days) =>
            (await CreateAsync(new { subject = "Góp ý", proposal = "Nội dung", requesterUnitId = requester, consultedUnitIds = new[] { sct }, workingDays = days }))
            .GetProperty("dueDate").GetString();

        (await DueAsync(3)).ShouldBe("2026-02-06"); // Wed, Thu, Fri
        (await DueAsync(4)).ShouldBe("2026-02-09"); // over the weekend to Monday
        (await DueAsync(10)).ShouldBe("2026-02-24"); // 8 days before Tết, Tết 14–22 Feb off, then 23 and 24 Feb
    }

    [Fact]
    public async Task Create_BadInput_400_AndNothingWritten()
    {
        var requester = await App.UnitIdAsync(Snv);
        var sct = await App.UnitIdAsync(Sct);
        var before = await WithDbAsync(db => db.Consultations.CountAsync(Ct));
        object[] bad =
        [
            new { subject = "A", proposal = "B", requesterUnitId = requester, consultedUnitIds = new[] { sct }, dueDate = "2026-02-02" }, // past
            new { subject = "A", proposal = "B", requesterUnitId = requester, consultedUnitIds = new[] { sct }, dueDate = "2026-02-07" }, // Saturday
            new { subject = "A", proposal = "B", requesterUnitId = requester, consultedUnitIds = new[] { sct }, dueDate = "2026-02-17" }, // Tết
            new { subject = "A", proposal = "B", requesterUnitId = requester, consultedUnitIds = new[] { sct }, dueDate = "2026-02-10", workingDays = 3 },
            new { subject = "A", proposal = "B", requesterUnitId = requester, consultedUnitIds = new[] { sct }, workingDays = 0 },
            new { subject = "", proposal = "B", requesterUnitId = requester, consultedUnitIds = new[] { sct } },
            new { subject = "A", proposal = "B", requesterUnitId = requester, consultedUnitIds = Array.Empty<Guid>() },
            new { subject = "A", proposal = "B", requesterUnitId = requester, consultedUnitIds = new[] { sct, sct } },
            new { subject = "A", proposal = "B", requesterUnitId = requester, consultedUnitIds = new[] { requester } },
            new { subject = "A", proposal = "B", requesterUnitId = requester, consultedUnitIds = new[] { Guid.NewGuid() } },
            new { subject = "A", proposal = "B", requesterUnitId = requester, consultedUnitIds = new[] { sct }, matterCode = "khong-co" },
        ];
        foreach (var body in bad)
        {
            await (await PostAsync("giamdoc.snv", "/api/v1/consultations", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        }

        using var client = await App.ClientForAsync("giamdoc.snv");
        using var malformed = new StringContent($$"""{"subject":"A","proposal":"B","requesterUnitId":"{{requester}}","consultedUnitIds":["{{sct}}"],"dueDate":"2026-02-30"}""",
            System.Text.Encoding.UTF8, "application/json");
        await (await client.PostAsync("/api/v1/consultations", malformed, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        // Not allowed to consult for another unit: 403.
        await (await PostAsync("giamdoc.sct", "/api/v1/consultations", new { subject = "A", proposal = "B", requesterUnitId = requester, consultedUnitIds = new[] { sct } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await WithDbAsync(db => db.Consultations.CountAsync(Ct))).ShouldBe(before);
    }

    [Fact]
    public async Task Answers_ContractRules_400_403_404_409()
    {
        var id = await NewAsync(workingDays: 5);
        var sct = await App.UnitIdAsync(Sct);
        var stp = await App.UnitIdAsync(Stp);
        var url = $"/api/v1/consultations/{id}/responses";

        await (await PostAsync("giamdoc.sct", url, new { unitId = sct, stance = "disagree", reasoning = "  " })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await PostAsync("giamdoc.sct", url, new { unitId = sct, stance = "agreeWithConditions" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await PostAsync("giamdoc.sct", url, new { unitId = sct, stance = "maybe", reasoning = "x" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await PostAsync("giamdoc.sct", url, new { unitId = sct })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        // A unit cannot answer for another.
        await (await PostAsync("giamdoc.sct", url, new { unitId = stp, stance = "agree", reasoning = Substantive })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        // Not consulted: 409.
        var notConsulted = await (await PostAsync("admin", url, new { unitId = await App.UnitIdAsync(Stc), stance = "agree", reasoning = Substantive }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        notConsulted.GetProperty("code").GetString().ShouldBe("consultation.notConsulted");

        (await PostAsync("giamdoc.sct", url, new { unitId = sct, stance = "disagree", reasoning = "Trái với Luật Thương mại 2005, Điều 3." })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var again = await (await PostAsync("giamdoc.sct", url, new { unitId = sct, stance = "agree", reasoning = Substantive })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        again.GetProperty("code").GetString().ShouldBe("consultation.alreadyAnswered");

        // Outsiders (another branch, a division without a share in it) cannot read: 404.
        foreach (var outsider in new[] { "thanhtra", "chuyenvien" })
        {
            using var client = await App.ClientForAsync(outsider);
            await (await client.GetAsync($"/api/v1/consultations/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        // The consulted units and the requester's superior can.
        (await GetAsync(id, "giamdoc.stp")).GetProperty("id").GetGuid().ShouldBe(id);
        var seen = await GetAsync(id, "chutich");
        Participant(seen, sct).GetProperty("outcome").GetString().ShouldBe("disagreed");
        Participant(seen, sct).GetProperty("respondedAt").GetString()!.ShouldEndWith("+07:00");
    }

    [Fact]
    public async Task GenericAnswers_AreFlagged_WithReason()
    {
        var id = await NewAsync(null, null, Sct, Stp, Stc);
        var url = $"/api/v1/consultations/{id}/responses";
        (await PostAsync("giamdoc.sct", url, new { unitId = await App.UnitIdAsync(Sct), stance = "agree", reasoning = "Nhất trí với dự thảo. Không có ý kiến khác!" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await PostAsync("giamdoc.stp", url, new { unitId = await App.UnitIdAsync(Stp), stance = "agree", reasoning = Substantive })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await PostAsync("admin", url, new { unitId = await App.UnitIdAsync(Stc), stance = "agree", reasoning = "Đã xem, ok về kinh phí" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var c = await GetAsync(id);
        Participant(c, await App.UnitIdAsync(Sct)).GetProperty("genericAnswer").GetBoolean().ShouldBeTrue();
        Participant(c, await App.UnitIdAsync(Sct)).GetProperty("genericReason").GetString().ShouldBe("Chỉ gồm câu chữ chung chung");
        Participant(c, await App.UnitIdAsync(Stp)).GetProperty("genericAnswer").GetBoolean().ShouldBeFalse();
        Participant(c, await App.UnitIdAsync(Stc)).GetProperty("genericReason").GetString().ShouldBe("Ý kiến quá ngắn");
        c.GetProperty("status").GetString().ShouldBe("closed");
    }

    [Fact]
    public async Task SilenceIsConsent_EndOfLastDay_ThenDeemed_NoticesMarkOnce_LateAnswerChangesNothing()
    {
        var sct = await App.UnitIdAsync(Sct);
        var stp = await App.UnitIdAsync(Stp);
        var superior = await App.UnitIdAsync(AnGiang);
        var id = await NewAsync(dueDate: "2026-02-05");
        try
        {
            // 16:59 on the last day: the answer counts.
            await SetClockAsync(Vn(2026, 2, 5, 16, 59));
            (await PostAsync("giamdoc.sct", $"/api/v1/consultations/{id}/responses", new { unitId = sct, stance = "agreeWithConditions", reasoning = "Đề nghị bổ sung quy định về thời hạn." }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);

            // 23:59 on the last day: nothing is deemed yet.
            await SetClockAsync(Vn(2026, 2, 5, 23, 59));
            await RunJobsAsync();
            var before = await GetAsync(id);
            Participant(before, stp).GetProperty("outcome").GetString().ShouldBe("pending");
            before.GetProperty("notices").GetArrayLength().ShouldBe(0);

            // After midnight and the jobs: deemed agreed, a notice to it and a report to the superior, a mark against its head.
            await SetClockAsync(Vn(2026, 2, 6, 0, 1));
            await RunJobsAsync();
            await RunJobsAsync();
            var after = await GetAsync(id);
            Participant(after, stp).GetProperty("outcome").GetString().ShouldBe("deemedAgreed");
            Participant(after, sct).GetProperty("outcome").GetString().ShouldBe("agreedWithConditions");
            Participant(after, sct).GetProperty("lateResponse").GetBoolean().ShouldBeFalse();
            after.GetProperty("status").GetString().ShouldBe("closed");
            var notices = after.GetProperty("notices").EnumerateArray().ToList();
            notices.Count.ShouldBe(2);
            notices.Single(n => n.GetProperty("kind").GetString() == "deemedAgreement").GetProperty("toUnitId").GetGuid().ShouldBe(stp);
            var report = notices.Single(n => n.GetProperty("kind").GetString() == "reportToSuperior");
            report.GetProperty("toUnitId").GetGuid().ShouldBe(superior);
            report.GetProperty("createdAt").GetString()!.ShouldEndWith("+07:00");

            var marks = await WithDbAsync(db => db.ConsultationMarks.Where(m => m.ConsultationId == id).ToListAsync(Ct));
            marks.Count.ShouldBe(1);
            marks[0].UnitId.ShouldBe(stp);
            marks[0].HeadName.ShouldBe("Châu Văn Phúc");
            var notice = await WithDbAsync(db => db.ConsultationNotices.SingleAsync(n => n.ConsultationId == id && n.Kind == "deemedAgreement", Ct));
            notice.Symbol.ShouldBe("…/TB-SNV");
            notice.DocumentType.ShouldBe("Thông báo");
            notice.PlaceAndDate.ShouldBe("An Giang, ngày 06 tháng 02 năm 2026");
            notice.Body.ShouldContain("968/CĐ-TTg");
            (await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id && a.Action == "deemedAgreed", Ct))).ShouldBe(1);
            // Once: waiting in the outbox, or handled and in the inbox (a handled notice leaves the outbox).
            var deemedKey = $"consultation:{id}:deemed:{stp}";
            ((await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.IdempotencyKey == deemedKey, Ct)))
                + (await WithDbAsync(db => db.Notifications.CountAsync(n => n.SourceKey == deemedKey, Ct)))).ShouldBe(1);

            // A late answer is stored, changes neither the outcome nor the mark.
            var late = await (await PostAsync("giamdoc.stp", $"/api/v1/consultations/{id}/responses", new { unitId = stp, stance = "disagree", reasoning = "Chưa phù hợp với Luật Ban hành văn bản quy phạm pháp luật." }))
                .ShouldBeJsonAsync(HttpStatusCode.Created);
            late.GetProperty("lateResponse").GetBoolean().ShouldBeTrue();
            var final = await GetAsync(id);
            Participant(final, stp).GetProperty("outcome").GetString().ShouldBe("deemedAgreed");
            Participant(final, stp).GetProperty("lateResponse").GetBoolean().ShouldBeTrue();
            Participant(final, stp).GetProperty("lateAnswer").GetProperty("stance").GetString().ShouldBe("disagree");
            await RunJobsAsync();
            (await GetAsync(id)).GetProperty("notices").GetArrayLength().ShouldBe(2);
            (await WithDbAsync(db => db.ConsultationMarks.CountAsync(m => m.ConsultationId == id, Ct))).ShouldBe(1);

            // What submissions read.
            var results = await WithScopeAsync(sp => sp.GetRequiredService<IConsultationResults>().GetAsync(id, Ct));
            results!.Participants.Single(p => p.UnitId == stp).Outcome.ShouldBe("deemedAgreed");
            results.Participants.Single(p => p.UnitId == stp).LateResponse.ShouldBeTrue();
            results.HasPending.ShouldBeFalse();
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task DelayNotice_OnlyBeforeDeadline_DelayedNotDeemed_ReportListsIt()
    {
        var sct = await App.UnitIdAsync(Sct);
        var stp = await App.UnitIdAsync(Stp);
        var id = await NewAsync(dueDate: "2026-02-05");
        var url = $"/api/v1/consultations/{id}/delay-notices";
        try
        {
            await (await PostAsync("giamdoc.sct", url, new { unitId = sct, reason = " " })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            await (await PostAsync("giamdoc.sct", url, new { unitId = stp, reason = "Chờ ý kiến" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await SetClockAsync(Vn(2026, 2, 5, 16, 0));
            (await PostAsync("giamdoc.sct", url, new { unitId = sct, reason = "Cần lấy ý kiến các phòng chuyên môn, dự kiến trả lời ngày 12/02/2026." }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
            Participant(await GetAsync(id), sct).GetProperty("outcome").GetString().ShouldBe("delayNotified");

            await SetClockAsync(Vn(2026, 2, 6, 8, 0));
            var tooLate = await (await PostAsync("giamdoc.stp", url, new { unitId = stp, reason = "Bận" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
            tooLate.GetProperty("code").GetString().ShouldBe("consultation.deadlinePassed");
            await RunJobsAsync();
            var c = await GetAsync(id);
            Participant(c, sct).GetProperty("outcome").GetString().ShouldBe("delayNotified");
            Participant(c, sct).GetProperty("delayReason").GetString()!.ShouldContain("phòng chuyên môn");
            Participant(c, stp).GetProperty("outcome").GetString().ShouldBe("deemedAgreed");
            var report = await WithDbAsync(db => db.ConsultationNotices.SingleAsync(n => n.ConsultationId == id && n.Kind == "reportToSuperior", Ct));
            report.Body.ShouldContain("báo chậm trả lời");
            report.Body.ShouldContain(Sct);
            (await WithDbAsync(db => db.ConsultationMarks.AnyAsync(m => m.ConsultationId == id && m.UnitId == sct, Ct))).ShouldBeFalse();
            (await WithDbAsync(db => db.ConsultationNotices.AnyAsync(n => n.ConsultationId == id && n.ToUnitId == sct, Ct))).ShouldBeFalse();
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task DeadlineJob_TwiceOrConcurrently_IssuesEachNoticeAndMarkOnce()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await NewAsync(dueDate: "2026-02-04"));
        }

        try
        {
            await SetClockAsync(Vn(2026, 2, 5, 0, 5));
            async Task<int> RunInScopeAsync()
            {
                await using var scope = App.Factory.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<ConsultationDeadlineJob>().RunAsync(Ct);
            }

            // Two jobs at once in two DI scopes (two connections), bypassing the runner's named lock; then once more.
            var counts = App.Provider == DatabaseProvider.Postgres
                ? await Task.WhenAll(RunInScopeAsync(), RunInScopeAsync(), RunInScopeAsync())
                : [await RunInScopeAsync(), await RunInScopeAsync()];
            await RunJobsAsync();
            counts.Sum().ShouldBeGreaterThanOrEqualTo(ids.Count * 2);
            foreach (var id in ids)
            {
                (await WithDbAsync(db => db.ConsultationNotices.CountAsync(n => n.ConsultationId == id && n.Kind == "deemedAgreement", Ct))).ShouldBe(2);
                (await WithDbAsync(db => db.ConsultationNotices.CountAsync(n => n.ConsultationId == id && n.Kind == "reportToSuperior", Ct))).ShouldBe(1);
                (await WithDbAsync(db => db.ConsultationMarks.CountAsync(m => m.ConsultationId == id, Ct))).ShouldBe(2);
                (await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id && a.Action == "reportedToSuperior", Ct))).ShouldBe(1);
            }
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task Return_OutsideCompetence_MustCiteTheCatalogue_AndIsNeverDeemedAgreed()
    {
        var requester = await App.UnitIdAsync(Snv);
        var sct = await App.UnitIdAsync(Sct);
        var stp = await App.UnitIdAsync(Stp);
        var code = "thuong-mai.xuc-tien-" + Guid.NewGuid().ToString("N")[..8];
        var entryId = Guid.NewGuid();
        await WithDbAsync(async db =>
        {
            db.CompetenceMatters.Add(new MatterKind { Code = code, Name = "Xúc tiến thương mại", Field = "Thương mại", CreatedAtUtc = DateTime.UnixEpoch });
            db.CompetenceEntries.Add(new CompetenceEntry
            {
                Id = entryId, MatterCode = code, UnitId = sct, Role = CompetenceRole.Decides, LegalBasis = "Quyết định quy định chức năng Sở Công Thương", CreatedAtUtc = DateTime.UnixEpoch,
            });
            return await db.SaveChangesAsync(Ct);
        });
        var created = await CreateAsync(new
        {
            subject = "Chương trình xúc tiến thương mại năm 2026", proposal = "Phê duyệt chương trình", requesterUnitId = requester,
            consultedUnitIds = new[] { stp, sct }, matterCode = code, workingDays = 2,
            competenceAcknowledgements = new[] { new { unitId = stp, reason = "Cần ý kiến về thủ tục ban hành" } },
        });
        var id = created.GetProperty("id").GetGuid();
        var url = $"/api/v1/consultations/{id}/returns";

        // docs/domain.md §9: a return for lack of competence must cite the catalogue; a unit returns only for itself.
        await (await PostAsync("giamdoc.stp", url, new { unitId = stp, reason = "Không thuộc chức năng của Sở Tư pháp" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await PostAsync("giamdoc.stp", url, new { unitId = stp, reason = "Không thuộc chức năng", catalogueEntryId = Guid.NewGuid() })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await PostAsync("giamdoc.stp", url, new { unitId = stp, catalogueEntryId = entryId })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await PostAsync("giamdoc.sct", url, new { unitId = stp, reason = "Thay mặt", catalogueEntryId = entryId })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Participant(await GetAsync(id), stp).GetProperty("outcome").GetString().ShouldBe("pending");

        var returned = await (await PostAsync("giamdoc.stp", url, new { unitId = stp, reason = "Không thuộc chức năng của Sở Tư pháp", catalogueEntryId = entryId }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        returned.GetProperty("outcome").GetString().ShouldBe("returned");
        returned.GetProperty("citation").GetString()!.ShouldContain("Xúc tiến thương mại");
        await (await PostAsync("giamdoc.stp", url, new { unitId = stp, reason = "Lần hai", catalogueEntryId = entryId })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // A returned unit is not silent: the deadline job never deems it to agree.
        try
        {
            await SetClockAsync(Vn(2026, 2, 6, 9));
            await RunJobsAsync();
            var consultation = await GetAsync(id);
            Participant(consultation, sct).GetProperty("outcome").GetString().ShouldBe("deemedAgreed");
            var after = Participant(consultation, stp);
            after.GetProperty("outcome").GetString().ShouldBe("returned");
            after.GetProperty("returnReason").GetString().ShouldBe("Không thuộc chức năng của Sở Tư pháp");
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task Competence_RefusedWithoutAcknowledgement_AllowedWithReason_Counted()
    {
        var requester = await App.UnitIdAsync(Snv);
        var sct = await App.UnitIdAsync(Sct);
        var stp = await App.UnitIdAsync(Stp);
        var code = "thuong-mai.cho-" + Guid.NewGuid().ToString("N")[..8];
        await WithDbAsync(async db =>
        {
            db.CompetenceMatters.Add(new MatterKind { Code = code, Name = "Phát triển chợ", Field = "Thương mại", CreatedAtUtc = DateTime.UnixEpoch });
            db.CompetenceEntries.Add(new CompetenceEntry
            {
                Id = Guid.NewGuid(), MatterCode = code, UnitId = sct, Role = CompetenceRole.Decides, LegalBasis = "Quyết định quy định chức năng Sở Công Thương", CreatedAtUtc = DateTime.UnixEpoch,
            });
            return await db.SaveChangesAsync(Ct);
        });

        var body = new { subject = "Quy hoạch chợ", proposal = "Phê duyệt", requesterUnitId = requester, consultedUnitIds = new[] { sct, stp }, matterCode = code };
        var refused = await (await PostAsync("giamdoc.snv", "/api/v1/consultations", body)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        refused.GetProperty("code").GetString().ShouldBe("consultation.competenceUnacknowledged");
        refused.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unitId").GetGuid()).ShouldBe([stp]);

        var before = (await WarningCountAsync(requester));
        var created = await CreateAsync(new
        {
            body.subject, body.proposal, body.requesterUnitId, body.consultedUnitIds, body.matterCode,
            competenceAcknowledgements = new[] { new { unitId = stp, reason = "Cần thẩm định tính hợp pháp của quy trình." } },
        });
        created.GetProperty("competenceWarnings").GetInt32().ShouldBe(1);
        var c = await GetAsync(created.GetProperty("id").GetGuid());
        Participant(c, stp).GetProperty("competenceWarning").GetBoolean().ShouldBeTrue();
        Participant(c, sct).GetProperty("competenceWarning").GetBoolean().ShouldBeFalse();
        (await WarningCountAsync(requester)).ShouldBe(before + 1);
    }

    private async Task<int> WarningCountAsync(Guid unitId)
    {
        using var client = await App.ClientForAsync("giamdoc.snv");
        var rows = await (await client.GetAsync($"/api/v1/consultations/warning-counts?requesterUnitId={unitId}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        return rows.GetProperty("items").EnumerateArray().Single().GetProperty("warnings").GetInt32();
    }

    [Fact]
    public async Task Disagreement_ReconciledByRequester_EscalatedBySuperior_ListsAndResults()
    {
        var sct = await App.UnitIdAsync(Sct);
        var stp = await App.UnitIdAsync(Stp);
        var id = await NewAsync();
        var url = $"/api/v1/consultations/{id}/responses";
        (await PostAsync("giamdoc.sct", url, new { unitId = sct, stance = "disagree", reasoning = "Không phù hợp quy hoạch ngành." })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await PostAsync("giamdoc.stp", url, new { unitId = stp, stance = "disagree", reasoning = "Thiếu căn cứ pháp lý." })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var res = $"/api/v1/consultations/{id}/resolutions";
        await (await PostAsync("giamdoc.snv", res, new { unitId = sct, kind = "reconciled", method = "meeting", note = "Đã thống nhất" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await PostAsync("giamdoc.snv", res, new { unitId = sct, kind = "reconciled", method = "meeting", date = "2026-02-03", note = "Họp liên ngành, đã thống nhất điều chỉnh Điều 4." }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await PostAsync("giamdoc.snv", res, new { unitId = stp, kind = "escalated", note = "Trình UBND tỉnh" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await PostAsync("chutich", res, new { unitId = stp, kind = "escalated", note = "UBND tỉnh xem xét, quyết định tại phiên họp tháng 2." })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var results = await WithScopeAsync(sp => sp.GetRequiredService<IConsultationResults>().GetAsync(id, Ct));
        results!.Participants.Single(p => p.UnitId == sct).Resolution.ShouldBe("reconciled");
        results.Participants.Single(p => p.UnitId == stp).Resolution.ShouldBe("escalated");
        results.UnresolvedDisagreements.ShouldBeEmpty();

        using var snv = await App.ClientForAsync("giamdoc.snv");
        var mine = await (await snv.GetAsync("/api/v1/consultations?role=requested", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        mine.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("id").GetGuid() == id);
        using var stc = await App.ClientForAsync("giamdoc.stp");
        var inbox = await (await stc.GetAsync("/api/v1/consultations?role=consulted", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        inbox.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("id").GetGuid() == id);
        using var sctClient = await App.ClientForAsync("giamdoc.sct");
        await (await sctClient.GetAsync("/api/v1/consultations?role=nobody", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Attachments_StoredWithHash_Downloadable_AndBadAttachmentOrTask400()
    {
        var requester = await App.UnitIdAsync(Snv);
        var sct = await App.UnitIdAsync(Sct);
        var content = System.Text.Encoding.UTF8.GetBytes("Dự thảo Quy chế phối hợp – bản 1");
        var created = await CreateAsync(new
        {
            subject = "Góp ý dự thảo có đính kèm", proposal = "Xem tệp đính kèm", requesterUnitId = requester, consultedUnitIds = new[] { sct },
            attachments = new[] { new { name = "du-thao.txt", contentType = "text/plain", contentBase64 = Convert.ToBase64String(content) } },
        });
        var id = created.GetProperty("id").GetGuid();
        var attachment = (await GetAsync(id)).GetProperty("attachments")[0];
        attachment.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)));
        using var client = await App.ClientForAsync("giamdoc.sct");
        var download = await client.GetAsync($"/api/v1/consultations/{id}/attachments/{attachment.GetProperty("id").GetGuid()}", Ct);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(content);

        await (await PostAsync("giamdoc.snv", "/api/v1/consultations", new
        {
            subject = "A", proposal = "B", requesterUnitId = requester, consultedUnitIds = new[] { sct },
            attachments = new[] { new { name = "x.txt", contentBase64 = "không phải base64" } },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await PostAsync("giamdoc.snv", "/api/v1/consultations", new { subject = "A", proposal = "B", requesterUnitId = requester, consultedUnitIds = new[] { sct }, taskId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        // A task the requester can see may be linked.
        var task = await (await PostAsync("chutich", "/api/v1/tasks", new { title = "Xây dựng Quy chế phối hợp", leadUnitId = requester, workingDays = 10 })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var linked = await CreateAsync(new { subject = "A", proposal = "B", requesterUnitId = requester, consultedUnitIds = new[] { sct }, taskId = task.GetProperty("id").GetGuid() });
        (await GetAsync(linked.GetProperty("id").GetGuid())).GetProperty("taskId").GetGuid().ShouldBe(task.GetProperty("id").GetGuid());
    }

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}

[Collection("sqlite")]
public sealed class SqliteConsultationApiTests(SqliteApp app) : ConsultationApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresConsultationApiTests(PostgresApp app) : ConsultationApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
