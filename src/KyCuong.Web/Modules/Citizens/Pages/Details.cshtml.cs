using KyCuong.Web.Modules.Citizens.Domain;
using KyCuong.Web.Modules.Citizens.AnswerFeedback;
using KyCuong.Web.Modules.Citizens.ForwardFeedback;
using KyCuong.Web.Modules.Citizens.GetFeedback;
using KyCuong.Web.Modules.Citizens.PublishAnswer;
using KyCuong.Web.Modules.Citizens.RefuseFeedback;
using KyCuong.Web.Modules.Citizens.RouteFeedback;
using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Citizens.Pages;

/// <summary>One item (/Citizens/Details/{id}) with the sender (in scope only), duplicate hints and the decisions the caller may take.</summary>
internal sealed class DetailsModel(
    GetFeedbackHandler details, RouteFeedbackHandler route, RefuseFeedbackHandler refuse, ForwardFeedbackHandler forward, AnswerFeedbackHandler answer,
    PublishAnswerHandler publish, IUnitDirectory units) : PageModel
{
    public FeedbackDetails F { get; private set; } = null!;

    public UnitDto? Body { get; private set; }

    public IReadOnlyList<UnitDto> Inside { get; private set; } = [];

    public IReadOnlyList<UnitDto> Outside { get; private set; } = [];

    public string? Error { get; private set; }

    [BindProperty] public Guid? UnitId { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? ToBody { get; set; }
    [BindProperty] public string? PublicSubject { get; set; }
    [BindProperty] public string? PublicAnswer { get; set; }

    /// <summary>The sender's personal data in what would be published: found now, or in the versions the office just tried to publish.</summary>
    public IReadOnlyList<PersonalDataScan.Finding> Findings { get; private set; } = [];

    /// <summary>
    /// The personal data found in the reason or the notice the office just tried to refuse or forward with (NĐ 13/2023/NĐ-CP: public
    /// by tracking code), and which form it was: <c>refuse</c> or <c>forward</c>; the form shows them with the text as typed.
    /// </summary>
    public IReadOnlyList<PersonalDataScan.Finding> NoticeFindings { get; private set; } = [];

    public string? NoticeForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Findings = F.PublishFindings;
        return Page();
    }

    /// <summary>"Câu trả lời: số điện thoại “09** *** *21”".</summary>
    public static string FindingLabel(PersonalDataScan.Finding f) => $"{PersonalDataScan.FieldLabel(f.Field)}: {PersonalDataScan.KindLabel(f.Kind)} “{f.Excerpt}”";

    public Task<IActionResult> OnPostRouteAsync(Guid id, CancellationToken ct) => ActAsync(id, "route", "Đã giao đơn vị xử lý; nhiệm vụ đã được tạo.", () => route.HandleAsync(id, new RouteFeedbackRequest(UnitId, Kind, null), ct), ct);

    public Task<IActionResult> OnPostRefuseAsync(Guid id, CancellationToken ct) => ActAsync(id, "refuse", "Đã từ chối và thông báo lý do cho người gửi.", () => refuse.HandleAsync(id, new RefuseFeedbackRequest(Text, Kind), ct), ct);

    public Task<IActionResult> OnPostForwardAsync(Guid id, CancellationToken ct) => ActAsync(id, "forward", "Đã chuyển cơ quan có thẩm quyền và thông báo người gửi.", () => forward.HandleAsync(id, new ForwardFeedbackRequest(UnitId, ToBody, Text), ct), ct);

    public Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken ct) => ActAsync(id, "answer", "Đã ghi câu trả lời; hãy công khai trong thời hạn.", () => answer.HandleAsync(id, new AnswerFeedbackRequest(Text), ct), ct);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) => ActAsync(id, "publish", "Đã công khai câu trả lời.", () => publish.HandleAsync(id, new PublishAnswerRequest(PublicSubject, PublicAnswer), ct), ct);

    private async Task<IActionResult> ActAsync(Guid id, string form, string done, Func<Task<FeedbackActionResponse>> act, CancellationToken ct)
    {
        try
        {
            await act();
            TempData["Message"] = done;
            return RedirectToPage("/Citizens/Details", new { id });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (RequestValidationException e) when (e.Figures.TryGetValue("findings", out var found) && found is IReadOnlyList<PersonalDataScan.Finding> findings)
        {
            if (form == "publish")
            {
                Error = "Chưa công khai: tiêu đề hoặc câu trả lời còn dữ liệu cá nhân của người gửi; xem và sửa bản công khai bên cạnh nút Công khai.";
                Findings = findings;
                return await LoadAsync(id, ct) ? Page() : NotFound();
            }

            // A refusal's reason, a forwarding's notice: the sender reads them by tracking code, and so may anyone holding it.
            Error = form == "refuse"
                ? "Chưa từ chối: lý do từ chối còn dữ liệu cá nhân, mà ai có mã tra cứu cũng xem được; hãy sửa trong ô Lý do."
                : "Chưa chuyển: thông báo cho người gửi hoặc tên cơ quan nhận còn dữ liệu cá nhân, mà ai có mã tra cứu cũng xem được; hãy sửa trong biểu mẫu Chuyển.";
            NoticeFindings = findings;
            NoticeForm = form;
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }

            Findings = F.PublishFindings;
            return Page();
        }
        catch (Exception e) when (e is RequestValidationException or DomainException or ForbiddenException)
        {
            Error = PageErrors.Of(e);
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Findings = F.PublishFindings;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            F = await details.HandleAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        var all = await units.ListAsync(ct);
        Body = all.FirstOrDefault(u => u.Id == F.BodyUnitId);
        var inside = units.Subtree(F.BodyUnitId).ToHashSet();
        var cmp = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);
        var inForce = all.Where(u => u.ValidTo is null).ToList();
        // The body itself first, then its units: a clerk who routes without choosing gives it to the body, never to a division at random.
        Inside = [.. inForce.Where(u => inside.Contains(u.Id)).OrderBy(u => u.Id == F.BodyUnitId ? 0 : 1).ThenBy(u => u.Name, cmp)];
        Outside = [.. inForce.Where(u => !inside.Contains(u.Id) && SubmitFeedback.SubmitFeedbackHandler.IsPublicBody(u) && u.ParentId is not null).OrderBy(u => u.Name, cmp)];
        return true;
    }

    public static string KindLabel(string kind) => kind switch
    {
        FeedbackKinds.Reflection => "Phản ánh",
        FeedbackKinds.Recommendation => "Kiến nghị",
        FeedbackKinds.Complaint => "Khiếu nại (thủ tục riêng)",
        FeedbackKinds.Denunciation => "Tố cáo (thủ tục riêng)",
        _ => kind,
    };
}
