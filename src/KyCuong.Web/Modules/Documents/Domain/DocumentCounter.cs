namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>
/// The last number given in one series: arrival numbers per registering unit and year, outgoing numbers per issuing body,
/// series and year (NĐ 30/2020 art. 15: numbers run from 01 each 1 January). One row per key, incremented by a conditional
/// update inside the registering transaction, so two clerks never get the same number on either database.
/// </summary>
internal sealed class DocumentCounter
{
    public const string Arrival = "arrival";
    public const string Regular = "regular";
    public const string Secret = "secret";

    public Guid UnitId { get; set; }

    public string Series { get; set; } = "";

    public int Year { get; set; }

    public int Value { get; set; }
}
