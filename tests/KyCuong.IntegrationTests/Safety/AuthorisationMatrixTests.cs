using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Safety;

/// <summary>
/// Keeps authorisation from regressing: every operation of the served <c>/openapi/v1.json</c> (method + path) is called
/// anonymously and as one demo account per role, with path ids of the caller's own subtree and of another branch
/// (docs/api.md: 404 also for things the caller may not see; README "A user acts for their unit and its subtree").
/// Anonymous → 401 except the explicit public list below; another branch's task, document, consultation, submission,
/// user → 403/404 on reads and a 4xx on writes (nothing audited); administrator-only operations → 403 for everybody else;
/// never a 5xx. A new endpoint mapped without <c>RequireAuthorization</c> answers an anonymous call with something other
/// than 401 and fails the matrix; <see cref="EveryApiEndpoint_RequiresAuthorisation_UnlessPublic"/> also catches one
/// left out of the document.
/// </summary>
public abstract class AuthorisationMatrixTests<TApp>(TApp app) where TApp : AppFixture
{
    /// <summary>
    /// The operations meant to be public. The document's security requirements come from the same endpoint metadata
    /// (OpenApiConventions), so this list stays explicit as an independent check: signing in cannot need a token (docs/api.md "Authentication"), and the
    /// liveness/readiness probes are called by the orchestrator without one, and the citizens' door is open to anyone without an
    /// account (docs/domain.md "Citizens": rate-limited per address, no personal data in any answer). Each is checked to really
    /// answer anonymously.
    /// </summary>
    private static readonly HashSet<string> Public = new(StringComparer.Ordinal)
    {
        "POST /api/v1/auth/token",
        "GET /health/live",
        "GET /health/ready",
        "POST /api/v1/public/feedback",
        "GET /api/v1/public/feedback/{trackingCode}",
        "POST /api/v1/public/feedback/{trackingCode}/rating",
        "GET /api/v1/public/answers",
    };

    /// <summary>Operations only an administrator may call, whatever the unit (the test clock and jobs: SystemEndpoints).</summary>
    private static bool AdministratorOnly(string method, string path) => path.StartsWith("/api/v1/system/", StringComparison.Ordinal);

    /// <summary>One demo account per role (README "Demo accounts"); the leader twice: province level and a department.</summary>
    private static readonly (string Role, string UserName)[] Roles =
    [
        ("administrator", "admin"),
        ("leader", "chutich"),
        ("leader", "giamdoc.snv"),
        ("deputyLeader", "phochutich"),
        ("specialist", "chuyenvien"),
        ("clerk", "vanthu"),
        ("monitor", "theodoi"),
        ("inspector", "thanhtra"),
    ];

    private static readonly string[] Kinds = ["units", "users", "tasks", "documents", "consultations", "submissions"];

    /// <summary>Kinds whose outsiders must not see the thing (the organisation tree itself is readable by every signed-in user).</summary>
    private static readonly HashSet<string> Guarded = new(StringComparer.Ordinal) { "users", "tasks", "documents", "consultations", "submissions" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Operation(string Method, string Path, List<(string Name, string Type, string? Format)> PathParams, string? BodyType);

    /// <param name="ActsForBody">Tasks led in the body an office serves but outside the office itself, which the caller reads only by the office rule.</param>
    private sealed record Caller(string Role, string UserName, Guid UserId, HashSet<Guid> Subtree, Dictionary<string, Guid> Inside, Dictionary<string, Guid> Outside,
        List<Guid> ActsForBody);

    [Fact]
    public async Task EveryOperation_EveryRole_InsideAndOutside_AnswersAsAuthorised()
    {
        var clock = Stopwatch.StartNew();
        var operations = await OperationsAsync();
        operations.Count.ShouldBeGreaterThan(40);
        await CentralConsultationAsync();
        var callers = new List<Caller>();
        foreach (var (role, userName) in Roles.Append(("monitor", await OfficeMonitorAsync())))
        {
            var caller = await CallerAsync(role, userName);
            if (role != "administrator")
            {
                // The matrix must really reach another branch's things, or the outsider checks would pass vacuously.
                // (The demo world's consultations and submissions are all inside the province: only department callers have outside ones.)
                new[] { "units", "users", "tasks", "documents" }.Except(caller.Outside.Keys).ShouldBeEmpty($"{userName}: another branch's things not found");
            }

            callers.Add(caller);
        }

        foreach (var kind in Kinds)
        {
            callers.Count(c => c.Outside.ContainsKey(kind)).ShouldBeGreaterThan(0, $"nobody has another branch's {kind}");
        }

        var failures = new List<string>();

        // ADR 0003 "The office acts for its body": the office's monitor and clerk read the sibling departments' tasks.
        var officeCallers = callers.Where(c => c.ActsForBody.Count > 0).ToList();
        officeCallers.Select(c => c.Role).ShouldBe(["clerk", "monitor"], ignoreOrder: true);
        foreach (var caller in officeCallers)
        {
            using var client = await app.ClientForAsync(caller.UserName);
            foreach (var task in caller.ActsForBody.Take(5))
            {
                using var response = await client.GetAsync($"/api/v1/tasks/{task}", Ct);
                if ((int)response.StatusCode != 200)
                {
                    failures.Add($"GET /api/v1/tasks/{task} (the office's body) as {caller.UserName} ({caller.Role}) → {(int)response.StatusCode}");
                }
            }
        }

        using (var admin = await app.ClientForAsync("admin"))
        {
            // The outsiders' ids are real things: the administrator reads each of them.
            foreach (var caller in callers.Skip(1))
            {
                foreach (var (kind, id) in caller.Outside.Where(o => operations.Any(op => op.Method == "GET" && op.Path == $"/api/v1/{o.Key}/{{id}}")))
                {
                    using var response = await admin.GetAsync($"/api/v1/{kind}/{id}", Ct);
                    if ((int)response.StatusCode != 200)
                    {
                        failures.Add($"GET /api/v1/{kind}/{id} (outside {caller.UserName}) as admin → {(int)response.StatusCode}");
                    }
                }
            }
        }

        var sent = 0;
        var outsiderChecks = 0;
        var auditBefore = await AuditCountAsync();
        var random = new Random(20261204);

        using var anonymous = app.Anonymous();
        foreach (var op in operations)
        {
            var key = $"{op.Method} {op.Path}";
            using var response = await SendAsync(anonymous, op, Fill(op, callers[0].Inside, random));
            sent++;
            var status = (int)response.StatusCode;
            if (Public.Contains(key) ? status is 401 or >= 500 : status != 401)
            {
                failures.Add($"{key} as anonymous → {status}");
            }
        }

        foreach (var caller in callers)
        {
            using var client = await app.ClientForAsync(caller.UserName);
            var isAdmin = caller.Role == "administrator";
            foreach (var op in operations.Where(o => !Public.Contains($"{o.Method} {o.Path}")))
            {
                var key = $"{op.Method} {op.Path}";
                var write = op.Method != "GET";
                var guarded = op.PathParams.Select(p => Kind(op.Path, p.Name)).Any(k => k is not null && Guarded.Contains(k));

                if (AdministratorOnly(op.Method, op.Path))
                {
                    if (isAdmin && write)
                    {
                        // The administrator's own clock setting and job run are real changes, not part of the matrix.
                        continue;
                    }

                    // Checked before anything else in the handler, so a well-formed body still answers 403.
                    using var response = await SendAsync(client, op, Fill(op, caller.Inside, random), "{\"now\":\"2026-02-03T09:00:00+07:00\"}");
                    sent++;
                    var status = (int)response.StatusCode;
                    if (isAdmin ? status >= 500 : status != 403)
                    {
                        failures.Add($"{key} as {caller.UserName} ({caller.Role}) → {status}, expected {(isAdmin ? "no 5xx" : "403")}");
                    }

                    continue;
                }

                if (!write)
                {
                    // Reads inside the caller's subtree: whatever the rule, never a 5xx.
                    using (var inside = await SendAsync(client, op, Fill(op, caller.Inside, random)))
                    {
                        sent++;
                        if ((int)inside.StatusCode >= 500)
                        {
                            failures.Add($"{key} as {caller.UserName} inside → {(int)inside.StatusCode}");
                        }
                    }

                    if (op.PathParams.Count == 0)
                    {
                        continue;
                    }

                    // Reads of another branch's thing: 403/404 unless the caller is an administrator; a random id: never 2xx.
                    using (var outside = await SendAsync(client, op, Fill(op, caller.Outside, random)))
                    {
                        sent++;
                        outsiderChecks += guarded && !isAdmin ? 1 : 0;
                        var status = (int)outside.StatusCode;
                        if (status >= 500 || (!isAdmin && guarded && status is not (403 or 404)))
                        {
                            failures.Add($"{key} as {caller.UserName} ({caller.Role}) outside → {status}: {await ExcerptAsync(outside)}");
                        }
                    }

                    if (!op.PathParams.Any(p => p.Format == "uuid"))
                    {
                        continue;
                    }

                    using (var unknown = await SendAsync(client, op, Fill(op, [], random)))
                    {
                        sent++;
                        var status = (int)unknown.StatusCode;
                        if (status >= 500 || (status < 300 && !await EmptyAsync(unknown)))
                        {
                            failures.Add($"{key} as {caller.UserName} unknown id → {status}: {await ExcerptAsync(unknown)}");
                        }
                    }

                    continue;
                }

                // Writes: only on another branch's things (a write inside would change the demo world), with an empty body.
                if (isAdmin || !guarded)
                {
                    continue;
                }

                using (var outsideWrite = await SendAsync(client, op, Fill(op, caller.Outside, random), "{}"))
                {
                    sent++;
                    outsiderChecks++;
                    var status = (int)outsideWrite.StatusCode;
                    if (status is < 400 or >= 500)
                    {
                        failures.Add($"{key} as {caller.UserName} ({caller.Role}) outside write → {status}: {await ExcerptAsync(outsideWrite)}");
                    }
                }
            }

            if (!isAdmin)
            {
                // Creating a unit under another branch, a root unit, or an account in another branch: 403 with a well-formed body.
                var outsideUnit = caller.Outside["units"];
                var unitBody = $$"""{"name":"Đơn vị thử quyền","shortName":"DVTQ","kind":"department","parentId":"{{outsideUnit}}","validFrom":"2026-01-01"}""";
                var rootBody = """{"name":"Đơn vị gốc thử quyền","shortName":"DVGTQ","kind":"department","validFrom":"2026-01-01"}""";
                var userBody = $$"""{"userName":"thu.quyen","fullName":"Người thử quyền","email":"thu.quyen@example.vn","unitId":"{{outsideUnit}}","position":"Chuyên viên","roles":["specialist"],"password":"KyCuong@Thu-2026!"}""";
                foreach (var (path, body) in new[] { ("/api/v1/units", unitBody), ("/api/v1/units", rootBody), ("/api/v1/users", userBody) })
                {
                    using var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), Ct);
                    sent++;
                    if ((int)response.StatusCode is not (403 or 404))
                    {
                        failures.Add($"POST {path} as {caller.UserName} ({caller.Role}) outside → {(int)response.StatusCode}: {await ExcerptAsync(response)}");
                    }
                }

                using var metrics = await client.GetAsync("/metrics", Ct);
                sent++;
                if ((int)metrics.StatusCode != 403)
                {
                    failures.Add($"GET /metrics as {caller.UserName} → {(int)metrics.StatusCode}");
                }
            }
        }

        using (var metrics = await anonymous.GetAsync("/metrics", Ct))
        {
            sent++;
            if ((int)metrics.StatusCode != 401)
            {
                failures.Add($"GET /metrics as anonymous → {(int)metrics.StatusCode}");
            }
        }

        foreach (var probe in new[] { "/health/live", "/health/ready" })
        {
            using var response = await anonymous.GetAsync(probe, Ct);
            sent++;
            if ((int)response.StatusCode != 200)
            {
                failures.Add($"GET {probe} as anonymous → {(int)response.StatusCode}");
            }
        }

        var auditAfter = await AuditCountAsync();
        TestContext.Current.TestOutputHelper?.WriteLine($"{operations.Count} operations, {callers.Count} roles, {sent} requests ({outsiderChecks} as an outsider) in {clock.Elapsed.TotalSeconds:F1} s");
        failures.ShouldBeEmpty(string.Join("\n", failures));
        outsiderChecks.ShouldBeGreaterThan(200);
        auditAfter.ShouldBe(auditBefore, "a refused call must change nothing");
    }

    /// <summary>
    /// The generator's blind spot: an endpoint excluded from the document is not in the matrix. Every routed API endpoint
    /// (and /metrics, /health) carries an authorisation requirement, or is on the public list or checks the caller itself
    /// (/metrics: TelemetryExtensions answers 401/403 by hand, checked above).
    /// </summary>
    [Fact]
    public void EveryApiEndpoint_RequiresAuthorisation_UnlessPublic()
    {
        var handChecked = new HashSet<string>(StringComparer.Ordinal) { "GET /metrics" };
        var sources = app.Factory.Services.GetServices<EndpointDataSource>();
        var unprotected = new List<string>();
        var seen = 0;
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (!pattern.StartsWith("/api/", StringComparison.Ordinal) && !pattern.StartsWith("/metrics", StringComparison.Ordinal))
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"];
            foreach (var method in methods)
            {
                seen++;
                var key = $"{method} {pattern}";
                var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                var authorised = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;
                if (Public.Contains(key) || handChecked.Contains(key) ? false : anonymous || !authorised)
                {
                    unprotected.Add(key);
                }
            }
        }

        seen.ShouldBeGreaterThan(40);
        unprotected.ShouldBeEmpty(string.Join("\n", unprotected));
    }

    /// <summary>A monitor placed in the province's office (Văn phòng UBND tỉnh), the case ADR 0003 "The office acts for its body" covers.</summary>
    private async Task<string> OfficeMonitorAsync()
    {
        const string userName = "matrix.vp.theodoi";
        using var admin = await app.ClientForAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName, fullName = "Lý Thị Văn Phòng", password = AppFixture.DemoPassword, unitId = await app.UnitIdAsync("Văn phòng Ủy ban nhân dân tỉnh An Giang"),
            position = "Chuyên viên theo dõi, đôn đốc", roles = new[] { "monitor" },
        }, Ct);
        await response.ShouldBeJsonAsync(System.Net.HttpStatusCode.Created);
        return userName;
    }

    /// <summary>
    /// The demo world's consultations and its submission all stay inside An Giang, where the province-level callers see
    /// everything: one of each at the central level (Bộ Nội vụ consulting Văn phòng Chính phủ) is another branch for every demo account but admin.
    /// </summary>
    private async Task CentralConsultationAsync()
    {
        var ministry = await app.UnitIdAsync("Bộ Nội vụ");
        var office = await app.UnitIdAsync("Văn phòng Chính phủ");
        using var admin = await app.ClientForAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/consultations", new
        {
            subject = "Lấy ý kiến về đề án thử quyền truy cập",
            proposal = "Đề nghị Văn phòng Chính phủ cho ý kiến.",
            requesterUnitId = ministry,
            consultedUnitIds = new[] { office },
            workingDays = 5,
            competenceAcknowledgements = new[] { new { unitId = office, reason = "Cơ quan tổng hợp của Chính phủ." } },
        }, Ct);
        await response.ShouldBeJsonAsync(System.Net.HttpStatusCode.Created);

        // Likewise the demo world's submission stays in the province: a draft of Bộ Nội vụ to the Government.
        var submission = await admin.PostAsJsonAsync("/api/v1/submissions", new
        {
            title = "Tờ trình thử quyền truy cập",
            submitterUnitId = ministry,
            toUnitId = await app.UnitIdAsync("Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
            legalBasis = "Luật Tổ chức Chính phủ 2025",
            competence = "Thuộc thẩm quyền của Chính phủ.",
            submitterView = "Đề nghị Chính phủ xem xét.",
            recommendation = "Thông qua.",
        }, Ct);
        await submission.ShouldBeJsonAsync(System.Net.HttpStatusCode.Created);
    }

    private async Task<List<Operation>> OperationsAsync()
    {
        var spec = await (await app.Anonymous().GetAsync("/openapi/v1.json", Ct)).ShouldBeJsonAsync(System.Net.HttpStatusCode.OK);
        var list = new List<Operation>();
        foreach (var path in spec.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                var method = op.Name.ToUpperInvariant();
                if (method is not ("GET" or "POST" or "PUT" or "PATCH" or "DELETE"))
                {
                    continue;
                }

                var ps = new List<(string, string, string?)>();
                foreach (var source in new[] { path.Value, op.Value })
                {
                    if (source.TryGetProperty("parameters", out var parameters))
                    {
                        foreach (var p in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path"))
                        {
                            var schema = p.TryGetProperty("schema", out var s) ? s : default;
                            var type = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "string";
                            var format = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) ? f.GetString() : null;
                            ps.Add((p.GetProperty("name").GetString()!, type, format));
                        }
                    }
                }

                var bodyType = op.Value.TryGetProperty("requestBody", out var rb) && rb.TryGetProperty("content", out var content)
                    ? content.EnumerateObject().Select(c => c.Name).FirstOrDefault()
                    : null;
                list.Add(new Operation(method, path.Name, ps, bodyType));
            }
        }

        return list;
    }

    /// <summary>The kind of thing a path parameter names: <c>{unitId}</c> → units; <c>{id}</c> → the segment before it.</summary>
    private static string? Kind(string path, string name)
    {
        if (name != "id")
        {
            var stem = name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] + "s" : null;
            return stem is not null && Kinds.Contains(stem) ? stem : null;
        }

        var segments = path.Split('/');
        var i = Array.IndexOf(segments, "{id}");
        return i > 0 && Kinds.Contains(segments[i - 1]) ? segments[i - 1] : null;
    }

    private static string Fill(Operation op, Dictionary<string, Guid> ids, Random random)
    {
        var url = op.Path;
        foreach (var (name, type, format) in op.PathParams)
        {
            var kind = Kind(op.Path, name);
            string value = kind is not null && ids.TryGetValue(kind, out var id) ? id.ToString()
                : type == "integer" ? "2026"
                : format == "date" ? "2026-02-03"
                : RandomGuid(random).ToString();
            url = url.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return url;
    }

    private static Guid RandomGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Operation op, string url, string? body = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(op.Method), url);
        if (op.BodyType is "multipart/form-data")
        {
            // The body the operation declares: routing answers 415 to another content type before authorisation runs.
            request.Content = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        }
        else if (op.BodyType is { } media && !media.Contains("json", StringComparison.Ordinal))
        {
            request.Content = new StringContent("x", Encoding.UTF8, media);
        }
        else if (op.BodyType is not null || body is not null)
        {
            request.Content = new StringContent(body ?? "{}", Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request, Ct);
    }

    private static async Task<string> ExcerptAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        return text[..Math.Min(160, text.Length)];
    }

    /// <summary>A 2xx for an unknown id is acceptable only with nothing in it (an empty list or page).</summary>
    private static async Task<bool> EmptyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        try
        {
            var json = JsonDocument.Parse(text).RootElement;
            return json.ValueKind == JsonValueKind.Array ? json.GetArrayLength() == 0
                : json.ValueKind == JsonValueKind.Object && json.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task<int> AuditCountAsync()
    {
        using var scope = app.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(Ct);
    }

    /// <summary>
    /// The caller's subtree (units under any unit they hold a position in) and, per kind, a thing inside it and one of
    /// another branch: a task none of whose lead, assigning or coordinating units is in the subtree and that the caller
    /// does not hold, a document neither registered, issued nor led there, and so on.
    /// </summary>
    private async Task<Caller> CallerAsync(string role, string userName)
    {
        using var client = await app.ClientForAsync(userName);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct);
        var userId = me.GetProperty("id").GetGuid();

        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var myPositions = await db.Positions.Where(p => p.UserId == userId).Select(p => new { p.UnitId, p.Roles }).ToListAsync(Ct);
        var own = myPositions.Select(p => p.UnitId).ToList();

        // ADR 0003: a monitor or clerk placed in an office acts on the subtree of the office's parent (the body it serves).
        var offices = await db.Units.Where(u => own.Contains(u.Id) && u.Kind == UnitKind.Office && u.ParentId != null).ToDictionaryAsync(u => u.Id, u => u.ParentId!.Value, Ct);
        var bodies = myPositions.Where(p => offices.ContainsKey(p.UnitId) && (p.Roles & (OrgRole.Monitor | OrgRole.Clerk)) != 0).Select(p => offices[p.UnitId]).ToList();
        var roots = own.Concat(bodies).Distinct().ToList();
        var subtree = (await db.UnitClosures.Where(c => roots.Contains(c.AncestorId)).Select(c => c.DescendantId).ToListAsync(Ct)).ToHashSet();
        var ownSubtree = (await db.UnitClosures.Where(c => own.Contains(c.AncestorId)).Select(c => c.DescendantId).ToListAsync(Ct)).ToHashSet();
        bool In(Guid? unit) => unit is { } u && subtree.Contains(u);

        var inside = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var outside = new Dictionary<string, Guid>(StringComparer.Ordinal);
        void Pick(string kind, IEnumerable<(Guid Id, bool In, bool Out)> rows)
        {
            var ordered = rows.OrderBy(r => r.Id).ToList();
            if (ordered.FirstOrDefault(r => r.In) is { Id: var i } && i != Guid.Empty)
            {
                inside[kind] = i;
            }

            if (ordered.FirstOrDefault(r => r.Out) is { Id: var o } && o != Guid.Empty)
            {
                outside[kind] = o;
            }
        }

        var units = await db.Units.Select(u => u.Id).ToListAsync(Ct);
        Pick("units", units.Select(u => (u, own.Contains(u), !subtree.Contains(u))));

        var positions = await db.Positions.Select(p => new { p.UserId, p.UnitId }).ToListAsync(Ct);
        Pick("users", positions.GroupBy(p => p.UserId).Select(g => (g.Key, g.Key == userId, g.Key != userId && g.All(p => !In(p.UnitId)))));

        var coordinators = (await db.TaskCoordinators.Select(c => new { c.TaskId, c.UnitId }).ToListAsync(Ct)).ToLookup(c => c.TaskId, c => c.UnitId);
        var tasks = await db.Tasks.Select(t => new { t.Id, t.LeadUnitId, t.AssignerUnitId, t.CurrentHolderUserId }).ToListAsync(Ct);
        Pick("tasks", tasks.Select(t => (t.Id, In(t.LeadUnitId),
            !In(t.LeadUnitId) && !In(t.AssignerUnitId) && coordinators[t.Id].All(u => !In(u)) && t.CurrentHolderUserId != userId)));

        var documentTasks = (await db.DocumentTasks.Select(d => new { d.DocumentId, d.TaskId }).ToListAsync(Ct)).ToLookup(d => d.DocumentId, d => d.TaskId);
        var taskUnits = tasks.ToDictionary(t => t.Id, t => new[] { t.LeadUnitId, t.AssignerUnitId });
        var documents = await db.Documents.Select(d => new { d.Id, d.RegisteringUnitId, d.IssuerUnitId, d.LeadUnitId }).ToListAsync(Ct);
        Pick("documents", documents.Select(d => (d.Id, In(d.RegisteringUnitId),
            !In(d.RegisteringUnitId) && !In(d.IssuerUnitId) && !In(d.LeadUnitId)
            && documentTasks[d.Id].All(t => !taskUnits.TryGetValue(t, out var us) || us.All(u => !In(u))))));

        var participants = (await db.ConsultationParticipants.Select(p => new { p.ConsultationId, p.UnitId }).ToListAsync(Ct)).ToLookup(p => p.ConsultationId, p => p.UnitId);
        var consultations = await db.Consultations.Select(c => new { c.Id, c.RequesterUnitId }).ToListAsync(Ct);
        Pick("consultations", consultations.Select(c => (c.Id, In(c.RequesterUnitId), !In(c.RequesterUnitId) && participants[c.Id].All(u => !In(u)))));

        // A body's office (Văn phòng) receives the submissions addressed to that body (docs/domain.md §9): not another branch's.
        var officeOf = (await db.Units.Where(u => own.Contains(u.Id) && u.Kind == KyCuong.Web.Modules.Organisation.Contracts.UnitKind.Office && u.ParentId != null)
            .Select(u => u.ParentId!.Value).ToListAsync(Ct)).ToHashSet();
        var submissions = await db.Submissions.Select(s => new { s.Id, s.SubmitterUnitId, s.ToUnitId }).ToListAsync(Ct);
        Pick("submissions", submissions.Select(s => (s.Id, In(s.SubmitterUnitId), !In(s.SubmitterUnitId) && !In(s.ToUnitId) && !officeOf.Contains(s.ToUnitId))));

        var actsForBody = bodies.Count == 0 ? [] : tasks.Where(t => In(t.LeadUnitId) && !ownSubtree.Contains(t.LeadUnitId)).Select(t => t.Id).OrderBy(t => t).ToList();
        return new Caller(role, userName, userId, subtree, inside, outside, actsForBody);
    }
}

[Collection("sqlite")]
public sealed class SqliteAuthorisationMatrixTests(SqliteApp app) : AuthorisationMatrixTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresAuthorisationMatrixTests(PostgresApp app) : AuthorisationMatrixTests<PostgresApp>(app), IClassFixture<PostgresApp>;
