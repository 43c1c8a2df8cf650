using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KyCuong.IntegrationTests.Infrastructure;

/// <summary>
/// Publishes the procedures a test's dossiers name (a dossier's procedure code must be a published procedure of the catalogue:
/// docs/domain.md "Procedures: simplification plans and the 766 index"), once per database, as the administrator.
/// </summary>
public static class CatalogueFixtures
{
    public static async Task PublishAsync(AppFixture app, string body, params (string Code, string Name, int Days)[] procedures)
    {
        using var admin = await app.ClientForAsync("admin");
        var bodyId = await app.UnitIdAsync(body);
        foreach (var (code, name, days) in procedures)
        {
            var found = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/procedures?status=published&q={Uri.EscapeDataString(code)}");
            if (found.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("code").GetString() == code))
            {
                continue;
            }

            var response = await admin.PostAsJsonAsync("/api/v1/procedures", new
            {
                code, name, @internal = false, bodyUnitId = bodyId, sequence = "Bước 1: nộp hồ sơ; Bước 2: thẩm định; Bước 3: trả kết quả.",
                method = "Trực tiếp hoặc trực tuyến.", dossier = "Đơn đề nghị theo mẫu.", timeLimitWorkingDays = days, subjects = "Tổ chức, cá nhân",
                agency = body, result = "Giấy phép", fees = "Không", legalBasis = "Nghị định 118/2025/NĐ-CP", status = "published",
            });
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"Publishing {code}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
    }
}
