namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>Vietnamese labels of unit kinds and succession kinds.</summary>
public static class UnitKinds
{
    public static string Label(UnitKind kind) => kind switch
    {
        UnitKind.Government => "Chính phủ",
        UnitKind.Ministry => "Bộ, cơ quan ngang bộ",
        UnitKind.Province => "Tỉnh, thành phố",
        UnitKind.Commune => "Xã, phường, đặc khu",
        UnitKind.Department => "Sở, ban, ngành",
        UnitKind.Division => "Phòng",
        UnitKind.Office => "Văn phòng",
        UnitKind.PublicServiceUnit => "Đơn vị sự nghiệp",
        _ => "Khác",
    };

    public static string Label(SuccessionKind kind) => kind switch
    {
        SuccessionKind.Merge => "sáp nhập",
        SuccessionKind.Split => "chia tách",
        SuccessionKind.Rename => "đổi tên",
        _ => "giải thể",
    };
}
