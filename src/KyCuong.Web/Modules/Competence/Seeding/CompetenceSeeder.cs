using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Competence.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Demo;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Competence.Seeding;

/// <summary>
/// The demo catalogue for An Giang's units. Each line cites the instrument that gives the function, by its
/// number where we can name it; no article numbers are guessed. Runs only with Demo:Seed on and an empty catalogue.
/// </summary>
internal sealed class CompetenceSeeder(AppDbContext db, DemoMode demo, IUnitDirectory units, TimeProvider clock, ILogger<CompetenceSeeder> logger) : IStartupSeeder
{
    private const string Nd45 = "Nghị định 45/2025/NĐ-CP quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương";
    private const string Ltcchdp = "Luật Tổ chức chính quyền địa phương năm 2025";

    public int Order => 15;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!demo.Seed || await db.CompetenceMatters.AnyAsync(ct))
        {
            return;
        }

        var all = await units.ListAsync(ct);
        Guid? Unit(string name) => all.FirstOrDefault(u => u.Name == name && u.ValidTo is null)?.Id;
        var province = Unit("Ủy ban nhân dân tỉnh An Giang");
        var snv = Unit("Sở Nội vụ tỉnh An Giang");
        var stp = Unit("Sở Tư pháp tỉnh An Giang");
        var sct = Unit("Sở Công Thương tỉnh An Giang");
        if (province is null || snv is null || stp is null || sct is null)
        {
            logger.LogInformation("Không có cơ cấu tổ chức mẫu; bỏ qua danh mục thẩm quyền mẫu. / No demo organisation: demo catalogue skipped.");
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        void Matter(string code, string name, string field) => db.CompetenceMatters.Add(new MatterKind { Code = code, Name = name, Field = field, CreatedAtUtc = now });
        void Entry(string code, Guid? unitId, string? kind, CompetenceRole role, string basis) => db.CompetenceEntries.Add(new CompetenceEntry
        {
            Id = Guid.CreateVersion7(), MatterCode = code, UnitId = unitId, UnitKind = kind, Role = role, LegalBasis = basis, CreatedAtUtc = now,
        });

        Matter("noi-vu.to-chuc-bo-may", "Thành lập, tổ chức lại, giải thể cơ quan chuyên môn thuộc UBND tỉnh", "Nội vụ");
        Entry("noi-vu.to-chuc-bo-may", province, null, CompetenceRole.Decides, Ltcchdp + "; " + Nd45);
        Entry("noi-vu.to-chuc-bo-may", snv, null, CompetenceRole.Concerned, Nd45 + " (Sở Nội vụ tham mưu về tổ chức bộ máy)");

        Matter("noi-vu.bien-che", "Giao, điều chỉnh biên chế công chức trong các cơ quan, tổ chức hành chính của tỉnh", "Nội vụ");
        Entry("noi-vu.bien-che", province, null, CompetenceRole.Decides, Ltcchdp + " (quyết định theo biên chế được Hội đồng nhân dân tỉnh thông qua)");
        Entry("noi-vu.bien-che", snv, null, CompetenceRole.Concerned, Nd45 + "; Thông tư của Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ của Sở Nội vụ");

        Matter("noi-vu.kiem-tra-cchc", "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị theo kế hoạch đã được phê duyệt", "Nội vụ");
        Entry("noi-vu.kiem-tra-cchc", snv, null, CompetenceRole.Decides, Nd45 + "; Thông tư của Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ của Sở Nội vụ (cải cách hành chính)");
        Entry("noi-vu.kiem-tra-cchc", province, null, CompetenceRole.Concerned, Ltcchdp + " (chỉ đạo chung công tác cải cách hành chính)");

        Matter("tu-phap.tham-dinh-vbqppl", "Thẩm định dự thảo văn bản quy phạm pháp luật của HĐND, UBND tỉnh", "Tư pháp");
        Entry("tu-phap.tham-dinh-vbqppl", stp, null, CompetenceRole.Decides, "Luật Ban hành văn bản quy phạm pháp luật năm 2025; " + Nd45 + " (Sở Tư pháp)");

        Matter("tu-phap.chung-thuc", "Chứng thực bản sao từ bản chính, chứng thực chữ ký", "Tư pháp");
        Entry("tu-phap.chung-thuc", null, "commune", CompetenceRole.Decides, "Nghị định 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch");
        Entry("tu-phap.chung-thuc", stp, null, CompetenceRole.Concerned, Nd45 + " (Sở Tư pháp hướng dẫn, kiểm tra công tác chứng thực)");

        Matter("tu-phap.ho-tich", "Đăng ký khai sinh, kết hôn, khai tử và các việc hộ tịch khác", "Tư pháp");
        Entry("tu-phap.ho-tich", null, "commune", CompetenceRole.Decides, "Luật Hộ tịch năm 2014; " + Ltcchdp + " (chính quyền cấp xã)");
        Entry("tu-phap.ho-tich", stp, null, CompetenceRole.Concerned, Nd45 + " (Sở Tư pháp quản lý nhà nước về hộ tịch)");

        Matter("cong-thuong.quan-ly-thi-truong", "Kiểm tra, xử lý vi phạm trong hoạt động thương mại (quản lý thị trường)", "Công Thương");
        Entry("cong-thuong.quan-ly-thi-truong", sct, null, CompetenceRole.Decides, Nd45 + " (Sở Công Thương; lực lượng quản lý thị trường)");

        Matter("cong-thuong.nang-luong", "Quản lý nhà nước về năng lượng, điện lực trên địa bàn tỉnh", "Công Thương");
        Entry("cong-thuong.nang-luong", sct, null, CompetenceRole.Concerned, Nd45 + " (Sở Công Thương tham mưu về năng lượng)");
        Entry("cong-thuong.nang-luong", province, null, CompetenceRole.Decides, Ltcchdp + " (quyết định các vấn đề năng lượng thuộc thẩm quyền cấp tỉnh)");

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Đã tạo danh mục thẩm quyền mẫu. / Demo competence catalogue created.");
    }
}
