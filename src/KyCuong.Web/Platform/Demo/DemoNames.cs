namespace KyCuong.Web.Platform.Demo;

/// <summary>
/// Names the demo history's scenes share across modules: the demo organisation's units (README "Demo accounts") and the keys
/// under which a scene remembers what it created (<see cref="DemoDay.Remember"/>), e.g. the task a direction gave.
/// </summary>
internal static class DemoNames
{
    public const string Province = "Ủy ban nhân dân tỉnh An Giang";
    public const string ProvincialOffice = "Văn phòng Ủy ban nhân dân tỉnh An Giang";
    public const string HomeAffairs = "Sở Nội vụ tỉnh An Giang";
    public const string IndustryTrade = "Sở Công Thương tỉnh An Giang";
    public const string Justice = "Sở Tư pháp tỉnh An Giang";

    /// <summary>The annual administrative-reform report: handed down to a specialist, extended, completed on time.</summary>
    public const string ReformReport = "task:reform-report";

    /// <summary>A petition on market surveillance directed to Sở Nội vụ by mistake, returned citing the catalogue.</summary>
    public const string MarketPetition = "task:market-petition";

    /// <summary>The civil-servant staffing review: extended once, then a day or two overdue.</summary>
    public const string StaffingReview = "task:staffing-review";

    /// <summary>Market supply for Tết: never reported on, chased until the lead's head passes the transfer-review threshold.</summary>
    public const string TetMarket = "task:tet-market";

    /// <summary>Reviewing the province's legal documents after the 2025 merger: an extension waits for the Chairman.</summary>
    public const string LegalReview = "task:legal-review";

    /// <summary>The 2026 digital-transformation plan: handed down twice, extension refused, due within days.</summary>
    public const string DigitalPlan = "task:digital-plan";

    /// <summary>The province's letter to Sở Nội vụ issued in the outgoing register and sent as an edXML envelope (the exchange scene).</summary>
    public const string ExchangeLetter = "document:exchange-letter";

    /// <summary>The agency codes (mã định danh, QCVN 102:2016/BTTTT) the demo gives the province and its Sở Nội vụ.</summary>
    public const string ProvinceAgencyCode = "000.00.00.H01";

    public const string HomeAffairsAgencyCode = "000.00.12.H01";
}
