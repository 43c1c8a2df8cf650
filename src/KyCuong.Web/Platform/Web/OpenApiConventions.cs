using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace KyCuong.Web.Platform.Web;

/// <summary>
/// Rules that apply to every operation of the OpenAPI document, so an endpoint any module adds is described the same
/// way without doing anything (docs/api.md "Conventions"): the bearer scheme on every protected operation, the
/// problem-details answers each operation can give, tag descriptions in Vietnamese and English, and the server URL of
/// the request that asked for the document (behind a proxy, the forwarded one: ForwardedHeaders in AppHost).
/// </summary>
internal static class OpenApiConventions
{
    public const string BearerScheme = "Bearer";
    public const string ProblemSchema = "ProblemDetails";

    private const string Protected = "kycuong:protected";
    private const string RateLimited = "kycuong:rateLimited";

    /// <summary>Tag descriptions, Vietnamese first. A tag without an entry here gets a generic bilingual description.</summary>
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Auth"] = "Đăng nhập và cấp mã truy cập (bearer). / Sign-in and access tokens (bearer).",
        ["Organisation"] = "Cây tổ chức: đơn vị, kế thừa khi sáp nhập, nhập từ tệp. / The organisation tree: units, succession on mergers, import from a file.",
        ["Accounts"] = "Tài khoản, chức vụ, vai trò và ủy quyền. / Accounts, positions, roles and delegations.",
        ["Calendar"] = "Lịch làm việc Việt Nam: ngày nghỉ, ngày làm bù, hạn theo ngày làm việc. / The Vietnamese working calendar: holidays, make-up days, deadlines in working days.",
        ["Documents"] = "Văn bản đến và đi, tệp đính kèm và trích xuất nội dung. / Incoming and outgoing documents, attachments and extraction.",
        ["Tasks"] = "Nhiệm vụ: giao, chuyển, báo cáo tiến độ, hoàn thành, đánh giá; thống kê theo đơn vị. / Tasks: assign, hand off, report progress, complete, review; per-unit summaries.",
        ["Notifications"] = "Thông báo đến người dùng và tùy chọn nhận. / Notices to users and their preferences.",
        ["Chasing"] = "Nhắc việc, đôn đốc và cảnh báo quá hạn. / Reminders, chasing and overdue escalation.",
        ["Consultations"] = "Lấy ý kiến; quá hạn không trả lời được coi là đồng ý. / Consultations; silence past the deadline counts as agreement.",
        ["Competence"] = "Thẩm quyền: trả lại việc không thuộc thẩm quyền. / Competence: returning matters outside a body's competence.",
        ["Submissions"] = "Hồ sơ, tờ trình gửi lên và trả lại. / Submissions sent up and returned.",
        ["Work"] = "Việc của tôi: danh sách công việc cá nhân. / My work: a person's own lists.",
        ["System"] = "Vận hành hệ thống: công việc nền, nhật ký kiểm toán. / Operations: background jobs, the audit log.",
        ["Webhooks"] = "Đăng ký nhận sự kiện qua webhook, nhật ký gửi và gửi lại. / Webhook subscriptions, delivery log and replay.",
        ["Inspections"] = "Kiểm tra công vụ có thông báo hoặc đột xuất, kết luận, khắc phục và xếp hạng rủi ro. / Checks of official duties, notified or surprise: findings, conclusion, remedies and risk ranking.",
    };

    public static IServiceCollection AddKyCuongOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddSchemaTransformer(RepairSchema);
            o.AddOperationTransformer(MarkOperation);
            o.AddDocumentTransformer(ApplyToDocument);
            o.AddDocumentTransformer<ServerFromRequest>();
        });

    /// <summary>
    /// Two repairs of the generator's schemas, so generated clients (docs/api.md "Clients") get the types the API really has:
    /// a string property says <c>type: string</c> (this version leaves every string's schema empty, "any value", which Kiota
    /// types as an untyped node and openapi-typescript as <c>unknown</c>; a <c>string?</c> also admits null), and a property
    /// the serializer does not require and that admits null is not listed as <c>required</c> (the generator lists every
    /// constructor parameter, so a client had to send <c>"description": null</c> and every other optional field).
    /// </summary>
    private static Task RepairSchema(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (context.JsonTypeInfo.Type == typeof(string) && schema.Type is null && schema.OneOf is null && schema.AnyOf is null && schema.AllOf is null)
        {
            var nullable = context.JsonPropertyInfo is { } property && (property.IsGetNullable || property.IsSetNullable);
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }

        if (schema.Required is { Count: > 0 } required && context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object)
        {
            foreach (var p in context.JsonTypeInfo.Properties.Where(p => !p.IsRequired && p.IsSetNullable))
            {
                required.Remove(p.Name);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Records, from the endpoint's own metadata, what the document transformer needs to describe the operation.</summary>
    private static Task MarkOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var authorised = metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<AuthorizationPolicy>().Any();
        operation.Metadata ??= new Dictionary<string, object>();
        operation.Metadata[Protected] = authorised && !anonymous;
        operation.Metadata[RateLimited] = metadata.OfType<EnableRateLimitingAttribute>().Any();
        return Task.CompletedTask;
    }

    private static Task ApplyToDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info ??= new OpenApiInfo();
        document.Info.Title = "KyCuong API";
        document.Info.Description = "API của Kỷ Cương — xử lý công việc có trách nhiệm. Xác thực bằng mã bearer lấy từ POST /api/v1/auth/token; "
            + "lỗi trả về dạng problem details (RFC 9457). / The KyCuong API. Authenticate with a bearer token from POST /api/v1/auth/token; "
            + "errors are problem details (RFC 9457).";
        document.Info.License = new OpenApiLicense { Name = "Proprietary — cơ quan nhà nước sử dụng / for state agencies", Url = new Uri("https://kycuong.gov.vn/license") };

        document.Components ??= new OpenApiComponents();
        document.AddComponent<IOpenApiSecurityScheme>(BearerScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "Mã truy cập từ POST /api/v1/auth/token, gửi trong tiêu đề Authorization: Bearer <mã>. / "
                + "The access token from POST /api/v1/auth/token, sent as Authorization: Bearer <token>.",
        });
        if (document.Components.Schemas is null || !document.Components.Schemas.ContainsKey(ProblemSchema))
        {
            document.AddComponent<IOpenApiSchema>(ProblemSchema, ProblemDetailsSchema());
        }

        var tags = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
            {
                foreach (var tag in operation.Tags ?? new HashSet<OpenApiTagReference>())
                {
                    if (tag.Name is { } name)
                    {
                        tags.Add(name);
                    }
                }

                Describe(document, path, method, operation);
            }
        }

        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var name in tags.Where(t => !document.Tags.Any(d => d.Name == t)))
        {
            document.Tags.Add(new OpenApiTag { Name = name });
        }

        foreach (var tag in document.Tags)
        {
            tag.Description = tag.Name is { } n && TagDescriptions.TryGetValue(n, out var d) ? d : $"Các thao tác nhóm {tag.Name}. / Operations of {tag.Name}.";
        }

        return Task.CompletedTask;
    }

    private static void Describe(OpenApiDocument document, string path, HttpMethod method, OpenApiOperation operation)
    {
        var isProtected = operation.Metadata?.TryGetValue(Protected, out var p) == true && p is true;
        var rateLimited = operation.Metadata?.TryGetValue(RateLimited, out var r) == true && r is true;
        operation.Metadata?.Remove(Protected);
        operation.Metadata?.Remove(RateLimited);
        if (isProtected)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
        }
        else
        {
            // An anonymous operation says so explicitly, so a client never sends a token it does not need.
            operation.Security = [];
        }

        operation.Responses ??= new OpenApiResponses();
        var hasInput = operation.RequestBody is not null || operation.Parameters is { Count: > 0 };
        var hasRouteValue = path.Contains('{', StringComparison.Ordinal);
        var changes = method != HttpMethod.Get && method != HttpMethod.Head && method != HttpMethod.Options;

        // Input rules (InputGuard) and body validation answer 400 wherever the client sends something.
        AddProblem(document, operation, "400", hasInput || changes, "Dữ liệu không hợp lệ (errors nêu từng trường). / Invalid input (errors names each field).");
        AddProblem(document, operation, "401", isProtected || path.EndsWith("/auth/token", StringComparison.Ordinal), "Chưa đăng nhập hoặc mã truy cập hết hạn. / Not signed in or the token expired.");
        AddProblem(document, operation, "403", isProtected, "Không có quyền với đơn vị hoặc thao tác này. / Not allowed for this unit or action.");
        AddProblem(document, operation, "404", hasRouteValue, "Không tìm thấy (hoặc không được xem). / Not found (or not visible to you).");
        AddProblem(document, operation, "409", changes && isProtected, "Xung đột với trạng thái hiện tại; code cho biết lý do. / Conflicts with the current state; code says why.");
        AddProblem(document, operation, "429", rateLimited, "Quá nhiều yêu cầu; hãy chờ. / Too many requests; wait.");
    }

    private static void AddProblem(OpenApiDocument document, OpenApiOperation operation, string status, bool applies, string description)
    {
        if (!applies)
        {
            return;
        }

        var content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) },
        };
        if (operation.Responses!.TryGetValue(status, out var existing) && existing is OpenApiResponse declared)
        {
            declared.Description = string.IsNullOrWhiteSpace(declared.Description) ? description : declared.Description;
            if (declared.Content is null || declared.Content.Count == 0)
            {
                declared.Content = content;
            }

            return;
        }

        operation.Responses[status] = new OpenApiResponse { Description = description, Content = content };
    }

    /// <summary>RFC 9457 problem details as KyCuong writes them: a stable <c>code</c> on 409, <c>errors</c> per field on 400.</summary>
    private static OpenApiSchema ProblemDetailsSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "Lỗi theo RFC 9457. / An error as RFC 9457 problem details.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Mã lỗi ổn định (409). / A stable error code (409)." },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Lỗi theo từng trường (400). / Errors per field (400).",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
        Examples = [JsonNode.Parse("""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.10","title":"Xung đột / Conflict","status":409,"detail":"Nhiệm vụ đã hoàn thành. / The task is already completed.","code":"task.alreadyCompleted"}""")!],
    };
}

/// <summary>The document's server is the address it was asked at (behind a proxy, the forwarded one), never a fixed host.</summary>
internal sealed class ServerFromRequest(IHttpContextAccessor http) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (http.HttpContext?.Request is { Host.HasValue: true } request)
        {
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}" }];
        }

        return Task.CompletedTask;
    }
}
