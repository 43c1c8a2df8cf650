using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Organisation;

/// <summary>The same tests on SQLite and on PostgreSQL, through real HTTP on a migrated database.</summary>
public abstract class OrganisationApiTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetUnits_Anonymous_401ProblemDetails()
    {
        using var client = App.Anonymous();
        var problem = await (await client.GetAsync("/api/v1/units", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Token_WrongPassword_401()
    {
        using var client = App.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "chutich", password = "sai-mat-khau" }, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_MalformedJson_400()
    {
        using var client = App.Anonymous();
        var response = await client.PostAsync("/api/v1/auth/token", new StringContent("{\"userName\": \"chutich\", ", Encoding.UTF8, "application/json"), Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ListUnits_Leader_ShowsAnGiangAndKienGiangMergedIntoIt()
    {
        using var client = await App.ClientForAsync("chutich");
        var units = await (await client.GetAsync("/api/v1/units", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var byName = units.EnumerateArray().ToDictionary(u => u.GetProperty("name").GetString()!, u => u);
        var anGiang = byName["Ủy ban nhân dân tỉnh An Giang"];
        var kienGiang = byName["Ủy ban nhân dân tỉnh Kiên Giang"];
        anGiang.GetProperty("kind").GetString().ShouldBe("province");
        anGiang.GetProperty("shortName").GetString().ShouldBe("UBND");
        kienGiang.GetProperty("validTo").GetString().ShouldBe("2025-06-30");
        kienGiang.GetProperty("successorId").GetGuid().ShouldBe(anGiang.GetProperty("id").GetGuid());
        byName.Keys.ShouldContain("Sở Nội vụ tỉnh An Giang");
        byName.Keys.ShouldContain("Văn phòng Chính phủ");
        byName.Keys.ShouldContain("Bộ Nội vụ");
        foreach (var u in units.EnumerateArray())
        {
            foreach (var field in new[] { "id", "name", "shortName", "parentId", "kind", "validFrom", "validTo", "successorId" })
            {
                u.TryGetProperty(field, out _).ShouldBeTrue(field);
            }
        }
    }

    [Fact]
    public async Task CreateUnit_Administrator_201AndClosureCoversNewSubtree()
    {
        using var admin = await App.ClientForAsync("admin");
        var snv = await App.UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        var created = await (await admin.PostAsJsonAsync("/api/v1/units", new { name = "Phòng Công chức, viên chức " + Guid.NewGuid().ToString("N")[..6], shortName = "CCVC", parentId = snv, kind = "division" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var child = await (await admin.PostAsJsonAsync("/api/v1/units", new { name = "Tổ công tác", shortName = "TCT", parentId = id, kind = "other" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var details = await (await admin.GetAsync($"/api/v1/units/{child.GetProperty("id").GetGuid()}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var ancestors = details.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        ancestors.ShouldBe(["Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Ủy ban nhân dân tỉnh An Giang", "Sở Nội vụ tỉnh An Giang", created.GetProperty("name").GetString()]);
    }

    [Fact]
    public async Task CreateUnit_Specialist_403AndNothingWritten()
    {
        using var specialist = await App.ClientForAsync("chuyenvien");
        var before = (await specialist.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct)).GetArrayLength();
        var cchc = await App.UnitIdAsync("Phòng Cải cách hành chính");
        var response = await specialist.PostAsJsonAsync("/api/v1/units", new { name = "Tổ trái phép", shortName = "X", parentId = cchc, kind = "other" }, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await specialist.GetFromJsonAsync<JsonElement>("/api/v1/units", Ct)).GetArrayLength().ShouldBe(before);
    }

    [Fact]
    public async Task CreateUser_Specialist_403()
    {
        using var specialist = await App.ClientForAsync("chuyenvien");
        var cchc = await App.UnitIdAsync("Phòng Cải cách hành chính");
        var response = await specialist.PostAsJsonAsync("/api/v1/users",
            new { userName = "xam.nhap", fullName = "Người lạ", password = "Abc@12345-thu", unitId = cchc, position = "Chuyên viên", roles = new[] { "administrator" } }, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await specialist.GetAsync("/api/v1/users", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CreateUnit_MalformedJson_400()
    {
        using var admin = await App.ClientForAsync("admin");
        var response = await admin.PostAsync("/api/v1/units", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"), Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var wrongType = await admin.PostAsync("/api/v1/units", new StringContent("{\"name\": 12, \"kind\": \"planet\"}", Encoding.UTF8, "application/json"), Ct);
        await wrongType.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CreateUnit_MissingFields_400WithFieldErrors()
    {
        using var admin = await App.ClientForAsync("admin");
        var problem = await (await admin.PostAsJsonAsync("/api/v1/units", new { name = "", parentId = Guid.NewGuid() }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("name", out _).ShouldBeTrue();
        errors.TryGetProperty("shortName", out _).ShouldBeTrue();
        errors.TryGetProperty("kind", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task CreateUser_Administrator_CanSignInAndSeesOwnPosition()
    {
        using var admin = await App.ClientForAsync("admin");
        var stp = await App.UnitIdAsync("Sở Tư pháp tỉnh An Giang");
        var userName = "cv." + Guid.NewGuid().ToString("N")[..8];
        var created = await (await admin.PostAsJsonAsync("/api/v1/users",
            new { userName, fullName = "Trương Thị Ngọc", password = "Ngoc@2026x-thu", unitId = stp, position = "Chuyên viên", roles = new[] { "specialist" } }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        created.GetProperty("id").GetGuid().ShouldNotBe(Guid.Empty);
        using var user = await App.ClientForAsync(userName, "Ngoc@2026x-thu");
        var me = await (await user.GetAsync("/api/v1/me", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        me.GetProperty("fullName").GetString().ShouldBe("Trương Thị Ngọc");
        me.GetProperty("grants")[0].GetProperty("unitId").GetGuid().ShouldBe(stp);
        me.GetProperty("grants")[0].GetProperty("roles")[0].GetString().ShouldBe("specialist");

        var duplicate = await admin.PostAsJsonAsync("/api/v1/users",
            new { userName, fullName = "Trùng tên", password = "Ngoc@2026x-thu", unitId = stp, position = "Chuyên viên", roles = new[] { "specialist" } }, Ct);
        (await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("user.duplicateUserName");
    }

    [Fact]
    public async Task CreateUser_WeakPasswordOrUnknownRole_400()
    {
        using var admin = await App.ClientForAsync("admin");
        var stp = await App.UnitIdAsync("Sở Tư pháp tỉnh An Giang");
        var problem = await (await admin.PostAsJsonAsync("/api/v1/users",
            new { userName = "yeu." + Guid.NewGuid().ToString("N")[..6], fullName = "A", password = "123", unitId = stp, position = "CV", roles = new[] { "specialist" } }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();
        var badRole = await (await admin.PostAsJsonAsync("/api/v1/users",
            new { userName = "vt." + Guid.NewGuid().ToString("N")[..6], fullName = "A", password = "Abc@12345-thu", unitId = stp, position = "CV", roles = new[] { "king" } }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        badRole.GetProperty("errors").TryGetProperty("roles", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Token_RepeatedFailures_DelayThatClient()
    {
        using var admin = await App.ClientForAsync("admin");
        var stp = await App.UnitIdAsync("Sở Tư pháp tỉnh An Giang");
        var userName = "khoa." + Guid.NewGuid().ToString("N")[..8];
        (await admin.PostAsJsonAsync("/api/v1/users", new { userName, fullName = "Lâm Khóa", password = "Khoa@2026x-thu", unitId = stp, position = "CV", roles = new[] { "specialist" } }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        using var anon = App.Anonymous();
        for (var i = 0; i < 4; i++)
        {
            (await anon.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "sai" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var locked = await anon.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "Khoa@2026x-thu" }, Ct);
        (await locked.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("detail").GetString()!.ShouldContain("khóa");
        locked.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task RecordSuccession_Merge_EndsUnitAndNamesSuccessor()
    {
        using var admin = await App.ClientForAsync("admin");
        var anGiang = await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
        var a = (await (await admin.PostAsJsonAsync("/api/v1/units", new { name = "Ban Quản lý dự án A " + Guid.NewGuid().ToString("N")[..4], shortName = "BQLA", parentId = anGiang, kind = "publicServiceUnit" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var b = (await (await admin.PostAsJsonAsync("/api/v1/units", new { name = "Ban Quản lý dự án B " + Guid.NewGuid().ToString("N")[..4], shortName = "BQLB", parentId = anGiang, kind = "publicServiceUnit" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var merged = await (await admin.PostAsJsonAsync($"/api/v1/units/{a}/succession", new { kind = "merge", effectiveOn = "2026-03-01", successorIds = new[] { b }, legalBasis = "Quyết định 01/QĐ-UBND" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        merged.GetProperty("validTo").GetString().ShouldBe("2026-02-28");
        merged.GetProperty("successorId").GetGuid().ShouldBe(b);
        var again = await admin.PostAsJsonAsync($"/api/v1/units/{a}/succession", new { kind = "merge", effectiveOn = "2026-04-01", successorIds = new[] { b } }, Ct);
        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("org.unitAlreadyEnded");
        var details = await (await admin.GetAsync($"/api/v1/units/{b}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        details.GetProperty("predecessors")[0].GetProperty("unitId").GetGuid().ShouldBe(a);
    }

    [Fact]
    public async Task RecordSuccession_Rename_NewUnitTakesOverChildren()
    {
        using var admin = await App.ClientForAsync("admin");
        var anGiang = await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
        var old = (await (await admin.PostAsJsonAsync("/api/v1/units", new { name = "Trung tâm Xúc tiến " + Guid.NewGuid().ToString("N")[..4], shortName = "TTXT", parentId = anGiang, kind = "publicServiceUnit" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var child = (await (await admin.PostAsJsonAsync("/api/v1/units", new { name = "Phòng Hành chính " + Guid.NewGuid().ToString("N")[..4], shortName = "HC", parentId = old, kind = "division" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var ended = await (await admin.PostAsJsonAsync($"/api/v1/units/{old}/succession", new { kind = "rename", effectiveOn = "2026-02-01", newName = "Trung tâm Xúc tiến Đầu tư", newShortName = "TTXTĐT" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        var successor = ended.GetProperty("successorId").GetGuid();
        var childDetails = await (await admin.GetAsync($"/api/v1/units/{child}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        childDetails.GetProperty("unit").GetProperty("parentId").GetGuid().ShouldBe(successor);
        childDetails.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ShouldContain(successor);
        childDetails.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ShouldNotContain(old);
    }

    [Fact]
    public async Task Delegation_LeaderToSpecialist_GrantsForPeriodOnlyAndCannotBeRedelegated()
    {
        using var admin = await App.ClientForAsync("admin");
        var cchc = await App.UnitIdAsync("Phòng Cải cách hành chính");
        var leaderName = "tp." + Guid.NewGuid().ToString("N")[..6];
        var specialistName = "cv." + Guid.NewGuid().ToString("N")[..6];
        var otherName = "cv." + Guid.NewGuid().ToString("N")[..6];
        await admin.PostAsJsonAsync("/api/v1/users", new { userName = leaderName, fullName = "Trưởng phòng", password = "Abc@12345-thu", unitId = cchc, position = "Trưởng phòng", roles = new[] { "leader" } }, Ct);
        var specialistId = (await (await admin.PostAsJsonAsync("/api/v1/users", new { userName = specialistName, fullName = "Chuyên viên", password = "Abc@12345-thu", unitId = cchc, position = "Chuyên viên", roles = new[] { "specialist" } }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var otherId = (await (await admin.PostAsJsonAsync("/api/v1/users", new { userName = otherName, fullName = "Chuyên viên khác", password = "Abc@12345-thu", unitId = cchc, position = "Chuyên viên", roles = new[] { "specialist" } }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        using var leader = await App.ClientForAsync(leaderName, "Abc@12345-thu");
        var noReason = await leader.PostAsJsonAsync("/api/v1/delegations", new { granteeUserId = specialistId, unitId = cchc, scope = new[] { "assignWork" }, validFrom = "2026-02-03", validTo = "2026-02-10" }, Ct);
        (await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        var tooMuch = await leader.PostAsJsonAsync("/api/v1/delegations", new { granteeUserId = specialistId, unitId = cchc, scope = new[] { "manageUsers" }, validFrom = "2026-02-03", validTo = "2026-02-10", reason = "Đi công tác" }, Ct);
        await tooMuch.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var created = await leader.PostAsJsonAsync("/api/v1/delegations", new { granteeUserId = specialistId, unitId = cchc, scope = new[] { "assignWork", "signDocuments" }, validFrom = "2026-02-03", validTo = "2026-02-10", reason = "Trưởng phòng đi công tác", documentReference = "05/GUQ-CCHC" }, Ct);
        await created.ShouldBeJsonAsync(HttpStatusCode.Created);

        using var specialist = await App.ClientForAsync(specialistName, "Abc@12345-thu");
        var me = await specialist.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct);
        me.GetProperty("grants").EnumerateArray().Any(g => g.GetProperty("viaDelegation").GetBoolean() && g.GetProperty("permissions").EnumerateArray().Any(p => p.GetString() == "assignWork")).ShouldBeTrue();

        // docs/domain.md §4: delegation cannot be passed on.
        var redelegate = await specialist.PostAsJsonAsync("/api/v1/delegations", new { granteeUserId = otherId, unitId = cchc, scope = new[] { "assignWork" }, validFrom = "2026-02-04", validTo = "2026-02-05", reason = "Ủy quyền lại" }, Ct);
        await redelegate.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        // An expired delegation grants nothing.
        await SetClockAsync("2026-02-11T08:00:00+07:00");
        try
        {
            var later = await specialist.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct);
            later.GetProperty("grants").EnumerateArray().Any(g => g.GetProperty("viaDelegation").GetBoolean()).ShouldBeFalse();
        }
        finally
        {
            await SetClockAsync(KyCuongFactory.DefaultNow.ToString("O"));
        }
    }

    [Fact]
    public async Task SetClock_AdministratorOnly_AndSeenByTheApp()
    {
        using var specialist = await App.ClientForAsync("chuyenvien");
        await (await specialist.PostAsJsonAsync("/api/v1/system/clock", new { now = "2026-02-03T09:00:00+07:00" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var admin = await App.ClientForAsync("admin");
        var set = await (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now = "2026-02-17T01:30:00+00:00" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        set.GetProperty("now").GetString().ShouldBe("2026-02-17T08:30:00+07:00");
        set.GetProperty("today").GetString().ShouldBe("2026-02-17");
        var jobs = await (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        jobs.GetProperty("jobs").ValueKind.ShouldBe(JsonValueKind.Array);
        await SetClockAsync(KyCuongFactory.DefaultNow.ToString("O"));
        var bad = await admin.PostAsync("/api/v1/system/clock", new StringContent("{\"now\":\"ngày mai\"}", Encoding.UTF8, "application/json"), Ct);
        await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Health_ReadyAndLive_200()
    {
        using var client = App.Anonymous();
        (await client.GetAsync("/health/live", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders_AndOpenApiIsServed()
    {
        using var client = App.Anonymous();
        var login = await client.GetAsync("/Account/Login", Ct);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        login.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        login.Headers.GetValues("X-Frame-Options").ShouldContain("DENY");
        login.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'");
        var openApi = await (await client.GetAsync("/openapi/v1.json", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        openApi.GetProperty("paths").TryGetProperty("/api/v1/units", out _).ShouldBeTrue();
        openApi.GetProperty("paths").TryGetProperty("/api/v1/auth/token", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task StaticAssets_VersionedKeptAYear_UnversionedAnHour_PagesNot()
    {
        using var client = App.Anonymous();
        var login = await client.GetAsync("/Account/Login", Ct);
        var html = await login.Content.ReadAsStringAsync(Ct);
        // Every asset the layout names carries its content hash (asp-append-version), so the address alone may be kept.
        var assets = System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"(/(?:lib|css|js)/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        assets.Count.ShouldBeGreaterThan(3);
        foreach (var asset in assets)
        {
            asset.ShouldContain("?v=", customMessage: asset);
            var response = await client.GetAsync(System.Net.WebUtility.HtmlDecode(asset), Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, asset);
            response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable", asset);
        }

        var bare = await client.GetAsync(assets[0][..assets[0].IndexOf('?', StringComparison.Ordinal)], Ct);
        bare.StatusCode.ShouldBe(HttpStatusCode.OK);
        bare.Headers.CacheControl!.ToString().ShouldBe("public, max-age=3600");
        // A page is the caller's own view of the data: never kept as an asset is.
        (login.Headers.CacheControl?.ToString() ?? "").ShouldNotContain("immutable");
    }

    [Fact]
    public async Task Pages_Anonymous_RedirectToSignIn()
    {
        using var client = App.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/Organisation", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task ManageAccount_AddAndEndPositions_DeactivateRemovesEveryPower()
    {
        using var admin = await App.ClientForAsync("admin");
        var stc = await App.UnitIdAsync("Sở Tài chính tỉnh An Giang");
        var stp = await App.UnitIdAsync("Sở Tư pháp tỉnh An Giang");
        var userName = "qt." + Guid.NewGuid().ToString("N")[..8];
        var id = (await (await admin.PostAsJsonAsync("/api/v1/users", new { userName, fullName = "Mai Văn Tuấn", password = "Tuan@2026x-thu", unitId = stc, position = "Chuyên viên", roles = new[] { "specialist" } }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var added = await (await admin.PostAsJsonAsync($"/api/v1/users/{id}/positions", new { unitId = stp, position = "Quản trị cơ sở", roles = new[] { "administrator" } }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        added.GetProperty("positions").GetArrayLength().ShouldBe(2);
        var dup = await admin.PostAsJsonAsync($"/api/v1/users/{id}/positions", new { unitId = stp, position = "Lặp", roles = new[] { "specialist" } }, Ct);
        (await dup.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("user.positionExists");

        using var user = await App.ClientForAsync(userName, "Tuan@2026x-thu");
        var anGiang = await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
        (await user.PostAsJsonAsync("/api/v1/units", new { name = "Tổ công nghệ " + Guid.NewGuid().ToString("N")[..4], shortName = "TCN", parentId = anGiang, kind = "other" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var adminPosition = added.GetProperty("positions").EnumerateArray().First(p => p.GetProperty("roles")[0].GetString() == "administrator").GetProperty("id").GetGuid();
        await (await admin.PostAsJsonAsync($"/api/v1/users/{id}/positions/{adminPosition}/end", new { }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await user.PostAsJsonAsync("/api/v1/units", new { name = "Tổ khác", shortName = "TK", parentId = anGiang, kind = "other" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        await (await admin.PostAsync($"/api/v1/users/{id}/deactivate", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        using var anon = App.Anonymous();
        await (await anon.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "Tuan@2026x-thu" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        // The token issued before deactivation stops working at once, and stays dead after reactivation.
        await (await user.GetAsync("/api/v1/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await admin.PostAsync($"/api/v1/users/{id}/activate", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await user.GetAsync("/api/v1/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await anon.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "Tuan@2026x-thu" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var specialist = await App.ClientForAsync("chuyenvien");
        await (await specialist.GetAsync($"/api/v1/users/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await specialist.PostAsync($"/api/v1/users/{id}/deactivate", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task SetClockAsync(string now)
    {
        using var admin = await App.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection("sqlite")]
public sealed class SqliteOrganisationApiTests(SqliteApp app) : OrganisationApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresOrganisationApiTests(PostgresApp app) : OrganisationApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
