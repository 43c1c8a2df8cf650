using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Web;

/// <summary>Maps exceptions to RFC 9457 problem details: bad input is 400, never 500 (docs/api.md conventions).</summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RequestValidationException { Code: { } code } v => WithFigures(WithCode(new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = v.Status, Title = "Không xử lý được / Unprocessable", Detail = v.Errors.SelectMany(e => e.Value).FirstOrDefault(),
            }, code), v.Figures),
            RequestValidationException v => new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = v.Status, Title = "Dữ liệu không hợp lệ / Invalid input", Detail = v.Errors.SelectMany(e => e.Value).FirstOrDefault(),
            },
            BadHttpRequestException { InnerException: JsonException j } => Invalid(j),
            BadHttpRequestException b => Problem(b.StatusCode, "Yêu cầu không hợp lệ / Bad request", Describe(b)),
            JsonException j => Invalid(j),
            FormatException f => Problem(400, "Yêu cầu không hợp lệ / Bad request", f.Message),
            DomainException d => WithFigures(WithCode(Problem(409, "Thao tác bị từ chối / Refused by a business rule", d.Message), d.Code), d.Figures),
            NotFoundException n => Problem(404, "Không tìm thấy / Not found", n.Message),
            ForbiddenException f => Problem(403, "Không có quyền / Forbidden", f.Message),
            DbUpdateConcurrencyException => WithCode(Problem(409, "Dữ liệu đã bị thay đổi / Concurrent change",
                "Bản ghi đã được người khác sửa; hãy tải lại và thử lại. / The record was changed by someone else; reload and retry."), "concurrency"),
            OperationCanceledException when http.RequestAborted.IsCancellationRequested => null,
            _ when DatabaseOutage.Is(exception) => Unavailable(http),
            _ => null,
        };

        if (problem is null)
        {
            if (exception is OperationCanceledException)
            {
                http.Response.StatusCode = 499;
                return true;
            }

            logger.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
            problem = Problem(500, "Lỗi hệ thống / Server error", "Đã xảy ra lỗi không mong muốn; dữ liệu không bị thay đổi. / An unexpected error occurred; nothing was changed.");
        }

        problem.Type ??= $"https://httpstatuses.io/{problem.Status}";
        http.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static string Describe(BadHttpRequestException b) => b.Message;

    /// <summary>
    /// The database cannot be reached (server down, failing over, refusing connections) or asked to retry: 503 with
    /// <c>Retry-After</c>, so that clients and the reverse proxy retry instead of reporting a fault; the request changed
    /// nothing, because the transaction never committed (docs/operations.md, "When the database is unavailable").
    /// </summary>
    private ProblemDetails Unavailable(HttpContext http)
    {
        logger.LogWarning("Cơ sở dữ liệu tạm thời không truy cập được khi xử lý {Path}; trả 503. / Database unavailable on {Path}: 503.", http.Request.Path, http.Request.Path);
        http.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
        return WithCode(Problem(503, "Hệ thống tạm thời gián đoạn / Service unavailable",
            $"Cơ sở dữ liệu tạm thời không phục vụ được; yêu cầu chưa được thực hiện, hãy thử lại sau {DatabaseOutage.RetryAfterSeconds} giây. / The database is unavailable for now; nothing was changed, retry in {DatabaseOutage.RetryAfterSeconds} s."),
            "database.unavailable");
    }

    /// <summary>
    /// A body the JSON reader or one of the input converters refused (wrong type, out-of-range number or date, forbidden
    /// character, see <see cref="InputRules"/>): 400 with <c>errors</c> keyed by the field's path, e.g. <c>dueDate</c> or
    /// <c>items[0].date</c>.
    /// </summary>
    private static HttpValidationProblemDetails Invalid(JsonException j)
    {
        var field = j.Path is null or "$" ? "body" : j.Path.StartsWith("$.", StringComparison.Ordinal) ? j.Path[2..] : j.Path.TrimStart('$');
        var message = j.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        if (!message.Contains(" / ", StringComparison.Ordinal))
        {
            // The reader's own message (English): said in Vietnamese first.
            message = $"Giá trị không đúng kiểu, vượt giới hạn hoặc JSON sai cú pháp. / {message}";
        }

        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = [message] })
        {
            Status = 400, Title = "Dữ liệu không hợp lệ / Invalid input", Detail = message,
        };
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails WithFigures(ProblemDetails p, IReadOnlyDictionary<string, object?> figures)
    {
        foreach (var (name, value) in figures)
        {
            p.Extensions[name] = value;
        }

        return p;
    }

    private static ProblemDetails WithCode(ProblemDetails p, string code)
    {
        p.Extensions["code"] = code;
        return p;
    }
}
