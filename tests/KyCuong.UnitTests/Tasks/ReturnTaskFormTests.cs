using KyCuong.Web;
using KyCuong.Web.Modules.Tasks.ReturnTask;

namespace KyCuong.UnitTests.Tasks;

/// <summary>The task page's return form cites a catalogue entry or says none applies (docs/domain.md §9).</summary>
public sealed class ReturnTaskFormTests
{
    [Fact]
    public void NoChoice_IsRefused_WithBothFieldsNamed()
    {
        var e = Should.Throw<RequestValidationException>(() => ReturnTaskForm.ToRequest(null, "", null));
        e.Errors.Keys.ShouldBe(["reason", "catalogueEntryId"], ignoreOrder: true);
        Should.Throw<RequestValidationException>(() => ReturnTaskForm.ToRequest("  ", "Không thuộc thẩm quyền", null))
            .Errors.Keys.ShouldBe(["catalogueEntryId"]);
    }

    [Fact]
    public void NoEntryApplies_SaysSoInTheReason_AndCitesNothing()
    {
        var unit = Guid.NewGuid();
        var request = ReturnTaskForm.ToRequest(ReturnTaskForm.NoEntryApplies, "  Việc của Sở Tư pháp. ", unit);
        request.Reason.ShouldBe("Không có mục phù hợp trong danh mục thẩm quyền. Việc của Sở Tư pháp.");
        request.CatalogueEntryId.ShouldBeNull();
        request.SuggestedUnitId.ShouldBe(unit);
        ReturnTaskForm.ToRequest(ReturnTaskForm.NoEntryApplies, " ", null).Reason.ShouldBe(" ");
    }

    [Fact]
    public void AnEntry_IsCited_AndGarbageIsRefused()
    {
        var entry = Guid.NewGuid();
        var request = ReturnTaskForm.ToRequest(entry.ToString(), "Thuộc thẩm quyền cấp xã.", null);
        request.CatalogueEntryId.ShouldBe(entry);
        request.Reason.ShouldBe("Thuộc thẩm quyền cấp xã.");
        Should.Throw<RequestValidationException>(() => ReturnTaskForm.ToRequest("mục-3", "x", null)).Errors.Keys.ShouldBe(["catalogueEntryId"]);
    }
}
