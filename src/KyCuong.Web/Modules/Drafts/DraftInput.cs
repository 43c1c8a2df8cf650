using System.Text;
using KyCuong.Web.Modules.Drafts.Domain;

namespace KyCuong.Web.Modules.Drafts;

/// <summary>
/// The editable parts of a draft, as the API and the page send them (docs/api.md "Drafts"): <c>type</c> (congVan, quyetDinh,
/// toTrinh, baoCao, thongBao, keHoach, giayMoi), <c>subject</c>, <c>body</c>, <c>recipients</c> (one addressee each),
/// <c>signer</c>, <c>signerPosition</c>, <c>signingForm</c> ("", "TM.", "KT.", "TL.", "TUQ.") and <c>signingAuthority</c>.
/// </summary>
internal sealed record DraftContent(
    string? Type, string? Subject, string? Body, IReadOnlyList<string>? Recipients, string? Signer, string? SignerPosition,
    string? SigningForm, string? SigningAuthority)
{
    public const int MaxRecipients = 50;

    /// <summary>Checks every field at once (400 with all the errors) and writes the cleaned values (NFC, trimmed) into <paramref name="draft"/>.</summary>
    public void ApplyTo(Draft draft)
    {
        var v = new Validator();
        var type = DraftTypes.Find(Type);
        v.Check(type is not null, "type", "Loại văn bản phải là một trong: " + string.Join(", ", DraftTypes.All.Select(t => $"{t.Code} ({t.Name})")) + ". / Unknown type.");
        v.Require(Subject, "subject", "Trích yếu", 2000);
        v.MaxLength(Body, "body", "Nội dung", 100_000)
            .MaxLength(Signer, "signer", "Người ký", 200)
            .MaxLength(SignerPosition, "signerPosition", "Chức vụ người ký", 200)
            .MaxLength(SigningAuthority, "signingAuthority", "Thẩm quyền ký thay cho", 300);
        var recipients = (Recipients ?? []).Select(r => Clean(r) ?? "").Where(r => r.Length > 0).ToList();
        v.Check(recipients.Count <= MaxRecipients, "recipients", $"Tối đa {MaxRecipients} nơi nhận. / At most {MaxRecipients} recipients.");
        v.Check(recipients.All(r => r.Length <= 300 && !r.Contains('\n', StringComparison.Ordinal)), "recipients", "Mỗi nơi nhận một dòng, tối đa 300 ký tự. / One line of at most 300 characters per recipient.");
        v.Check(string.Join('\n', recipients).Length <= 4000, "recipients", "Danh sách nơi nhận quá dài. / Recipients too long.");
        var form = SigningForms.Normalise(SigningForm);
        v.Check(form is not null, "signingForm", "Hình thức ký phải để trống (người đứng đầu ký) hoặc là TM., KT., TL., TUQ. / signingForm must be empty, TM., KT., TL. or TUQ.");
        v.Check(form is null or "" || !string.IsNullOrWhiteSpace(SigningAuthority), "signingAuthority", "Ký thay, thay mặt, thừa lệnh hoặc thừa ủy quyền thì phải ghi cho ai (ví dụ “GIÁM ĐỐC”). / Name whom the signer signs for.");
        v.ThrowIfInvalid();

        draft.Type = type!.Code;
        draft.Subject = Clean(Subject)!;
        draft.Body = (Body ?? "").ReplaceLineEndings("\n").Trim().Normalize(NormalizationForm.FormC);
        draft.Recipients = string.Join('\n', recipients);
        draft.Signer = Clean(Signer);
        draft.SignerPosition = Clean(SignerPosition);
        draft.SigningForm = form!;
        draft.SigningAuthority = form == SigningForms.Direct ? null : Clean(SigningAuthority);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Normalize(NormalizationForm.FormC);
}
