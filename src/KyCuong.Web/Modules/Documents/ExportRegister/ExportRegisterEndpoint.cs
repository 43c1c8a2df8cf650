using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Documents.ExportRegister;

internal static class ExportRegisterEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/export", async Task<FileContentHttpResult> (string? direction, int? year, string? q, string? format, RegisterExport export, CancellationToken ct) =>
        {
            var file = await ExportAsync(export, direction, year, q, format, ct);
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        })
        .WithName("ExportRegister")
        .WithSummary("Xuất sổ văn bản (CSV, XLSX) / Export a register (direction=incoming|outgoing|internal|tracking)");

    public static async Task<(byte[] Content, string ContentType, string FileName)> ExportAsync(RegisterExport export, string? direction, int? year, string? q, string? format, CancellationToken ct)
    {
        var dir = string.IsNullOrWhiteSpace(direction) ? "incoming" : direction.Trim().ToLowerInvariant();
        if (dir is not ("incoming" or "outgoing" or "internal" or "tracking"))
        {
            throw RequestValidationException.For("direction", "direction phải là incoming, outgoing, internal hoặc tracking. / Invalid direction.");
        }

        var (header, rows) = await export.TableAsync(dir, year, q, ct);

        var name = dir switch { "outgoing" => "so-van-ban-di", "internal" => "so-van-ban-noi-bo", "tracking" => "so-theo-doi-van-ban-den", _ => "so-van-ban-den" };
        name += year is { } y ? "-" + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        return string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)
            ? (RegisterExport.ToXlsx("So", header, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : (RegisterExport.ToCsv(header, rows), "text/csv; charset=utf-8", name + ".csv");
    }
}
