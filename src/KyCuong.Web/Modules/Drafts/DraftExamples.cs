namespace KyCuong.Web.Modules.Drafts;

/// <summary>The OpenAPI examples of the drafts API (docs/api.md "Drafts").</summary>
internal static class DraftExamples
{
    public const string Create = """{"unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d41","type":"congVan","subject":"Báo cáo kết quả cải cách hành chính quý IV năm 2026","body":"Thực hiện Kế hoạch số 120/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh, Sở Nội vụ đề nghị các sở, ban, ngành báo cáo kết quả trước ngày 15/12/2026.","recipients":["Các sở, ban, ngành tỉnh"],"signer":"Lê Minh Cường","signerPosition":"Giám đốc","signingForm":"","signingAuthority":null}""";

    public const string Save = """{"version":1,"type":"congVan","subject":"Báo cáo kết quả cải cách hành chính quý IV năm 2026","body":"Sở Nội vụ đề nghị các sở, ban, ngành báo cáo kết quả trước ngày 15/12/2026.","recipients":["Các sở, ban, ngành tỉnh"],"signer":"Trần Văn Bảo","signerPosition":"Phó Giám đốc","signingForm":"KT.","signingAuthority":"Giám đốc"}""";

    public const string Draft = """{"id":"019ae3f0-1c2d-7e3f-8a9b-0c1d2e3f4a5b","unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d41","issuerUnitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","type":"congVan","subject":"Báo cáo kết quả cải cách hành chính quý IV năm 2026","body":"Sở Nội vụ đề nghị các sở, ban, ngành báo cáo kết quả trước ngày 15/12/2026.","recipients":["Các sở, ban, ngành tỉnh"],"signer":"Trần Văn Bảo","signerPosition":"Phó Giám đốc","signingForm":"KT.","signingAuthority":"Giám đốc","status":"issued","version":3,"number":5,"numberSymbol":"05/SNV-CCHC","issuedOn":"2026-12-05","documentId":"019ae3f2-5a6b-7c8d-9e0f-1a2b3c4d5e6f","createdAt":"2026-12-04T09:15:00+07:00","updatedAt":"2026-12-05T10:02:00+07:00"}""";

    public const string Page = """{"items":[{"id":"019ae3f0-1c2d-7e3f-8a9b-0c1d2e3f4a5b","unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d41","type":"congVan","subject":"Báo cáo kết quả cải cách hành chính quý IV năm 2026","status":"draft","numberSymbol":null,"issuedOn":null,"version":2,"updatedAt":"2026-12-04T16:40:00+07:00"}],"page":1,"pageSize":20,"total":1}""";

    public const string Findings = """{"findings":[{"rule":"nd30.signingDeputy","message":"“KT. GIÁM ĐỐC” (ký thay) phải có dòng chức vụ của cấp phó bên dưới (ví dụ “PHÓ GIÁM ĐỐC”).","severity":"error"}]}""";

    public const string Issue = """{"version":2}""";
}
