using KyCuong.Web.Modules.Consultations.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Consultations.DeadlineJob;

/// <summary>
/// Drafts the two documents the requester issues when the answer period ends (seed 002 §4: "Khi hết thời hạn, cơ quan
/// lấy ý kiến có văn bản thông báo lại cơ quan được lấy ý kiến, đồng thời báo cáo với cấp có thẩm quyền"), in the form of
/// Nghị định 30/2020/NĐ-CP: issuing body and its superior, number left blank until registration, symbol, place and date,
/// document type and trích yếu, body, recipients (Nơi nhận) and the signer's position.
/// </summary>
internal static class NoticeDrafter
{
    public const string Rule =
        "Công điện số 968/CĐ-TTg của Thủ tướng Chính phủ (mục 1.d) và Công điện số 280/CĐ-TTg (quá thời hạn mà cơ quan được lấy ý kiến không trả lời thì được xác định là đồng ý với ý kiến và đề xuất của cơ quan lấy ý kiến)";

    public sealed record Issuer(UnitDto Unit, UnitDto? Superior, string SignerPosition);

    public static ConsultationNotice DeemedAgreement(Consultation c, Issuer issuer, UnitDto silent, DateOnly today, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        ConsultationId = c.Id,
        Kind = NoticeKinds.DeemedAgreement,
        ToUnitId = silent.Id,
        IssuerSuperiorName = (issuer.Superior?.Name ?? "").ToUpperInvariant(),
        IssuerName = issuer.Unit.Name.ToUpperInvariant(),
        DocumentType = "Thông báo",
        Symbol = $"…/TB-{issuer.Unit.ShortName}",
        PlaceAndDate = PlaceAndDate(issuer, today),
        Summary = Cap($"Về việc {silent.Name} được xác định là đồng ý với đề xuất: {c.Subject}", 1000),
        Body = Cap(
            $"Ngày {Date(c.RequestedOn)}, {issuer.Unit.Name} đã đề nghị {silent.Name} tham gia ý kiến về: {c.Subject}, thời hạn trả lời đến hết ngày {Date(c.DueDate)}.\n\n"
            + $"Đến hết thời hạn nêu trên, {silent.Name} không có văn bản trả lời và không có văn bản báo chậm trả lời. Căn cứ {Rule}, "
            + $"{issuer.Unit.Name} thông báo: {silent.Name} được xác định là đồng ý với ý kiến và đề xuất của {issuer.Unit.Name}.\n\n"
            + $"{silent.Name} chịu trách nhiệm về việc không trả lời đúng thời hạn; ý kiến gửi sau thời hạn được lưu nhưng không làm thay đổi việc được xác định là đồng ý.",
            16000),
        Recipients = Cap($"- {silent.Name};\n- {issuer.Superior?.Name ?? "Cấp có thẩm quyền"} (để báo cáo);\n- Lưu: VT.", 2000),
        SignerPosition = issuer.SignerPosition,
        CreatedAtUtc = nowUtc,
    };

    public static ConsultationNotice Report(
        Consultation c, Issuer issuer, Guid toUnitId, IReadOnlyList<(UnitDto Unit, string Outcome, string? Note)> outcomes, DateOnly today, DateTime nowUtc)
    {
        var silent = outcomes.Where(o => o.Outcome == Outcomes.DeemedAgreed).Select(o => o.Unit.Name).ToList();
        var delayed = outcomes.Where(o => o.Outcome == Outcomes.DelayNotified).Select(o => $"{o.Unit.Name} (lý do: {o.Note})").ToList();
        var answered = outcomes.Where(o => o.Outcome is Outcomes.Agreed or Outcomes.AgreedWithConditions or Outcomes.Disagreed)
            .Select(o => $"{o.Unit.Name}: {Outcomes.Label(o.Outcome).ToLowerInvariant()}").ToList();
        var body = $"Ngày {Date(c.RequestedOn)}, {issuer.Unit.Name} đã lấy ý kiến {outcomes.Count} cơ quan, đơn vị về: {c.Subject}, thời hạn trả lời đến hết ngày {Date(c.DueDate)}. "
            + $"{issuer.Unit.Name} báo cáo kết quả như sau:\n\n"
            + $"1. Các đơn vị đã trả lời đúng hạn: {(answered.Count == 0 ? "không có" : string.Join("; ", answered))}.\n"
            + $"2. Các đơn vị không trả lời, được xác định là đồng ý theo {Rule}: {(silent.Count == 0 ? "không có" : string.Join("; ", silent))}.\n"
            + $"3. Các đơn vị đã có văn bản báo chậm trả lời trước khi hết hạn, đề nghị cấp có thẩm quyền xem xét: {(delayed.Count == 0 ? "không có" : string.Join("; ", delayed))}.\n\n"
            + "Các đơn vị không trả lời hoặc chậm trả lời chịu trách nhiệm theo quy định.";
        return new ConsultationNotice
        {
            Id = Guid.CreateVersion7(),
            ConsultationId = c.Id,
            Kind = NoticeKinds.ReportToSuperior,
            ToUnitId = toUnitId,
            IssuerSuperiorName = (issuer.Superior?.Name ?? "").ToUpperInvariant(),
            IssuerName = issuer.Unit.Name.ToUpperInvariant(),
            DocumentType = "Báo cáo",
            Symbol = $"…/BC-{issuer.Unit.ShortName}",
            PlaceAndDate = PlaceAndDate(issuer, today),
            Summary = Cap($"Kết quả lấy ý kiến về: {c.Subject}", 1000),
            Body = Cap(body, 16000),
            Recipients = Cap($"- {issuer.Superior?.Name ?? "Cấp có thẩm quyền"};\n{string.Concat(silent.Select(s => $"- {s};\n"))}- Lưu: VT.", 2000),
            SignerPosition = issuer.SignerPosition,
            CreatedAtUtc = nowUtc,
        };
    }

    /// <summary>Nghị định 30/2020, Phụ lục I: days below 10 and months 1–2 take a leading zero ("ngày 06 tháng 02 năm 2026").</summary>
    public static string PlaceAndDate(Issuer issuer, DateOnly d)
    {
        var place = PlaceOf(issuer.Unit.Name) ?? (issuer.Superior is { } s ? PlaceOf(s.Name) : null) ?? "……";
        var month = d.Month <= 2 ? d.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : d.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{place}, ngày {d.Day:00} tháng {month} năm {d.Year}";
    }

    private static string? PlaceOf(string name)
    {
        foreach (var marker in new[] { " tỉnh ", " thành phố ", " phường ", " xã ", " đặc khu " })
        {
            var i = name.IndexOf(marker, StringComparison.Ordinal);
            if (i >= 0)
            {
                return name[(i + marker.Length)..].Trim();
            }
        }

        return null;
    }

    private static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static string Cap(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
