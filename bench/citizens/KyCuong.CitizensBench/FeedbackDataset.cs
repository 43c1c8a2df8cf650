using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using KyCuong.Web.Modules.Citizens.Domain;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace KyCuong.CitizensBench;

/// <summary>
/// Fills <c>cit_feedback</c> with N items as years of a province's portal would leave them, written straight into the module's
/// table (binary COPY on PostgreSQL, one prepared INSERT reused inside one transaction on SQLite): tracking codes from the module's
/// own generator (<see cref="TrackingCodes.New"/>), the bodies of the seeded organisation, a mix of statuses (received, in
/// progress, answered and published, refused, forwarded) over three years; the items closed more than a year ago have had
/// their sender's data erased, as the retention job leaves them. Items in progress carry no task (the Tasks module's rows are
/// not faked): their status lookup skips the task's due date.
/// </summary>
internal sealed class FeedbackDataset(string provider, string connectionString)
{
    public bool IsPostgres { get; } = provider == "postgres";

    /// <summary>Tracking codes of the items written, for the lookups.</summary>
    public List<string> Codes { get; } = [];

    /// <summary>Bodies a citizen may address (not divisions, offices or "other"), in force.</summary>
    public List<string> Bodies { get; } = [];

    public DbConnection Open()
    {
        DbConnection c = IsPostgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        c.Open();
        return c;
    }

    public async Task LoadBodiesAsync()
    {
        await using var c = Open();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = """SELECT "Id" FROM org_units WHERE "Kind" NOT IN ('Division', 'Office', 'Other') AND "ValidTo" IS NULL ORDER BY "Name" """;
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            // SQLite keeps the id as EF wrote it (upper-case text); it is written back exactly so.
            Bodies.Add(IsPostgres ? r.GetGuid(0).ToString() : r.GetString(0));
        }
    }

    public async Task<long> CountAsync()
    {
        await using var c = Open();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM cit_feedback";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private sealed record Row(Guid Id, string Code, string Kind, string Subject, string Content, string? Name, string? Phone, string? Email, string Body,
        string Status, DateOnly ReceivedOn, DateTime CreatedAt, DateOnly DecisionDue, DateTime? RoutedAt, string? Answer, DateTime? AnsweredAt,
        DateOnly? PublishDue, DateTime? PublishedAt, string? Notice, string? ForwardedTo, DateTime? ClosedAt, int? Rating, DateTime? ErasedAt,
        string? PublicSubject, string? PublicAnswer);

    private static readonly string[] Subjects =
    [
        "Chậm trả kết quả cấp giấy phép kinh doanh", "Thái độ phục vụ tại bộ phận một cửa", "Đề nghị rút ngắn thời gian cấp phiếu lý lịch tư pháp",
        "Niêm yết thủ tục hành chính chưa đầy đủ", "Yêu cầu bổ sung hồ sơ nhiều lần", "Đèn chiếu sáng đường khu dân cư hỏng",
        "Đường vào khu dân cư ngập nước", "Kiến nghị công khai quy hoạch sử dụng đất", "Phí chứng thực bản sao chưa niêm yết",
    ];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi"];

    private static readonly string[] GivenNames = ["Văn An", "Thị Bình", "Minh Châu", "Thị Dung", "Quốc Hùng", "Thị Lan", "Văn Phúc", "Ngọc Quyên"];

    private IEnumerable<Row> Generate(int n, DateTime now, Random rnd)
    {
        for (var i = 0; i < n; i++)
        {
            var created = now.AddMinutes(-rnd.Next(0, 3 * 365 * 24 * 60));
            var received = DateOnly.FromDateTime(created.AddHours(7));
            var subject = Subjects[rnd.Next(Subjects.Length)];
            var content = $"{subject}. Hồ sơ nộp ngày {received.AddDays(-rnd.Next(5, 40)):dd/MM/yyyy}, hẹn trả sau mười ngày làm việc nhưng đến nay chưa có kết quả, "
                + "không được thông báo lý do. Đề nghị cơ quan kiểm tra, trả lời và công khai kết quả xử lý.";
            var roll = rnd.Next(100);
            var status = roll switch { < 20 => "received", < 45 => "inProgress", < 85 => "answered", < 95 => "refused", _ => "forwarded" };
            var routed = status is "inProgress" or "answered" ? created.AddDays(rnd.Next(1, 5)) : (DateTime?)null;
            var answered = status == "answered" || (status == "inProgress" && rnd.Next(4) == 0) ? routed!.Value.AddDays(rnd.Next(3, 20)) : (DateTime?)null;
            var published = status == "answered" ? answered!.Value.AddDays(rnd.Next(1, 5)) : (DateTime?)null;
            var closed = status switch
            {
                "answered" => published,
                "refused" or "forwarded" => created.AddDays(rnd.Next(1, 5)),
                _ => null,
            };
            var erased = closed is { } c && c < now.AddDays(-365) ? c.AddDays(365) : (DateTime?)null;
            var answer = answered is null ? null : "Sở đã kiểm tra, trả kết quả cho người nộp hồ sơ và chấn chỉnh bộ phận tiếp nhận; thời gian xử lý đã rút ngắn còn 7 ngày làm việc.";
            yield return new Row(Guid.CreateVersion7(created), TrackingCodes.New(), rnd.Next(3) == 0 ? "recommendation" : "reflection", subject, content,
                erased is null ? $"{FamilyNames[rnd.Next(FamilyNames.Length)]} {GivenNames[rnd.Next(GivenNames.Length)]}" : null,
                erased is null ? $"09{rnd.Next(10_000_000, 99_999_999)}" : null, null, Bodies[rnd.Next(Bodies.Count)], status, received, created,
                received.AddDays(7), routed, answer, answered, answered is null ? null : DateOnly.FromDateTime(answered.Value).AddDays(7), published,
                status switch
                {
                    "refused" => "Nội dung là khiếu nại quyết định hành chính; đề nghị gửi đơn theo Luật Khiếu nại 2011.",
                    "forwarded" => "Phản ánh đã được chuyển đến cơ quan có thẩm quyền.",
                    _ => null,
                },
                status == "forwarded" ? "Tổng công ty Điện lực miền Nam" : null, closed,
                published is not null && rnd.Next(3) == 0 ? rnd.Next(1, 6) : null, erased,
                published is null ? null : subject, published is null ? null : answer);
        }
    }

    public async Task FillAsync(int n, TextWriter log)
    {
        var sw = Stopwatch.StartNew();
        var rnd = new Random(20261206);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        if (IsPostgres)
        {
            await using var c = new NpgsqlConnection(connectionString);
            await c.OpenAsync();
            await using var copy = await c.BeginBinaryImportAsync("""
                COPY cit_feedback ("Id", "TrackingCode", "Kind", "Subject", "Content", "SubmitterName", "SubmitterPhone", "SubmitterEmail", "BodyUnitId",
                  "Status", "ReceivedOn", "CreatedAtUtc", "DecisionDueDate", "RoutedAtUtc", "Answer", "AnsweredAtUtc", "PublishDueDate", "PublishedAtUtc",
                  "Notice", "ForwardedTo", "ClosedAtUtc", "Rating", "PersonalDataErasedAtUtc", "PublicSubject", "PublicAnswer") FROM STDIN (FORMAT BINARY)
                """);
            foreach (var r in Generate(n, now, rnd))
            {
                Codes.Add(r.Code);
                await copy.StartRowAsync();
                await copy.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(r.Code, NpgsqlDbType.Varchar);
                await copy.WriteAsync(r.Kind, NpgsqlDbType.Varchar);
                await copy.WriteAsync(r.Subject, NpgsqlDbType.Varchar);
                await copy.WriteAsync(r.Content, NpgsqlDbType.Varchar);
                await WriteAsync(copy, r.Name, NpgsqlDbType.Varchar);
                await WriteAsync(copy, r.Phone, NpgsqlDbType.Varchar);
                await WriteAsync(copy, r.Email, NpgsqlDbType.Varchar);
                await copy.WriteAsync(Guid.Parse(r.Body), NpgsqlDbType.Uuid);
                await copy.WriteAsync(r.Status, NpgsqlDbType.Varchar);
                await copy.WriteAsync(r.ReceivedOn, NpgsqlDbType.Date);
                await copy.WriteAsync(r.CreatedAt, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(r.DecisionDue, NpgsqlDbType.Date);
                await WriteAsync(copy, r.RoutedAt, NpgsqlDbType.TimestampTz);
                await WriteAsync(copy, r.Answer, NpgsqlDbType.Varchar);
                await WriteAsync(copy, r.AnsweredAt, NpgsqlDbType.TimestampTz);
                await WriteAsync(copy, r.PublishDue, NpgsqlDbType.Date);
                await WriteAsync(copy, r.PublishedAt, NpgsqlDbType.TimestampTz);
                await WriteAsync(copy, r.Notice, NpgsqlDbType.Varchar);
                await WriteAsync(copy, r.ForwardedTo, NpgsqlDbType.Varchar);
                await WriteAsync(copy, r.ClosedAt, NpgsqlDbType.TimestampTz);
                await WriteAsync(copy, r.Rating, NpgsqlDbType.Integer);
                await WriteAsync(copy, r.ErasedAt, NpgsqlDbType.TimestampTz);
                await WriteAsync(copy, r.PublicSubject, NpgsqlDbType.Varchar);
                await WriteAsync(copy, r.PublicAnswer, NpgsqlDbType.Varchar);
            }

            await copy.CompleteAsync();
        }
        else
        {
            await using var c = new SqliteConnection(connectionString);
            await c.OpenAsync();
            await using var tx = c.BeginTransaction();
            await using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            var names = new[]
            {
                "Id", "TrackingCode", "Kind", "Subject", "Content", "SubmitterName", "SubmitterPhone", "SubmitterEmail", "BodyUnitId", "Status", "ReceivedOn",
                "CreatedAtUtc", "DecisionDueDate", "RoutedAtUtc", "Answer", "AnsweredAtUtc", "PublishDueDate", "PublishedAtUtc", "Notice", "ForwardedTo",
                "ClosedAtUtc", "Rating", "PersonalDataErasedAtUtc", "PublicSubject", "PublicAnswer",
            };
            cmd.CommandText = $"INSERT INTO cit_feedback ({string.Join(", ", names.Select(x => $"\"{x}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => $"$p{i}"))})";
            var ps = names.Select((_, i) => cmd.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
            cmd.Prepare();
            foreach (var r in Generate(n, now, rnd))
            {
                Codes.Add(r.Code);
                // The text forms EF Core's SQLite provider writes: upper-case GUIDs, ISO dates, "yyyy-MM-dd HH:mm:ss.FFFFFFF" instants.
                object?[] values =
                [
                    r.Id.ToString().ToUpperInvariant(), r.Code, r.Kind, r.Subject, r.Content, r.Name, r.Phone, r.Email, r.Body, r.Status, D(r.ReceivedOn),
                    T(r.CreatedAt), D(r.DecisionDue), T(r.RoutedAt), r.Answer, T(r.AnsweredAt), D(r.PublishDue), T(r.PublishedAt), r.Notice, r.ForwardedTo,
                    T(r.ClosedAt), r.Rating, T(r.ErasedAt), r.PublicSubject, r.PublicAnswer,
                ];
                for (var i = 0; i < values.Length; i++)
                {
                    ps[i].Value = values[i] ?? DBNull.Value;
                }

                await cmd.ExecuteNonQueryAsync();
            }

            await tx.CommitAsync();
        }

        await log.WriteLineAsync($"filled {n:N0} items in {sw.Elapsed.TotalSeconds:F1} s (load {Load()})");
        sw.Restart();
        await using (var c = Open())
        await using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = IsPostgres ? "VACUUM ANALYZE cit_feedback" : "ANALYZE";
            cmd.CommandTimeout = 0;
            await cmd.ExecuteNonQueryAsync();
        }

        await log.WriteLineAsync($"analyzed in {sw.Elapsed.TotalSeconds:F1} s");
    }

    private static string? D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? T(DateTime? t) => t?.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static Task WriteAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, type);

    private static Task WriteAsync(NpgsqlBinaryImporter copy, DateTime? value, NpgsqlDbType type) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value.Value, type);

    private static Task WriteAsync(NpgsqlBinaryImporter copy, DateOnly? value, NpgsqlDbType type) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value.Value, type);

    private static Task WriteAsync(NpgsqlBinaryImporter copy, int? value, NpgsqlDbType type) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value.Value, type);

    public static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
