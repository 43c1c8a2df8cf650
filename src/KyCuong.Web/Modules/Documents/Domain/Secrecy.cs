namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>Luật Bảo vệ bí mật nhà nước 2018: secrecy marks, ordered Mật &lt; Tối mật &lt; Tuyệt mật.</summary>
internal enum Secrecy
{
    None = 0,
    Mat = 1,
    ToiMat = 2,
    TuyetMat = 3,
}
