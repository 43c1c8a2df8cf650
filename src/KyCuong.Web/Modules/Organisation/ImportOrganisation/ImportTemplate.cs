using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KyCuong.Web.Modules.Organisation.ImportOrganisation;

/// <summary>The Vietnamese template: a units sheet and a people sheet with the headers ImportFileReader recognises and one example row each.</summary>
internal static class ImportTemplate
{
    public static byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddSheet(workbook, 1, ImportFileReader.UnitsSheet, ImportFileReader.UnitColumns.Select(c => c.Vietnamese),
            [
                ["AG-SNV", "Sở Nội vụ tỉnh An Giang", "SNV", "Sở, ban, ngành", "<mã hoặc id đơn vị cấp trên>", "000.00.01.H01"],
                ["AG-SNV-CCHC", "Phòng Cải cách hành chính", "CCHC", "Phòng", "AG-SNV", ""],
            ]);
            AddSheet(workbook, 2, ImportFileReader.PeopleSheet, ImportFileReader.PeopleColumns.Select(c => c.Vietnamese),
            [
                ["nguyenvana", "Nguyễn Văn A", "nguyenvana@angiang.gov.vn", "AG-SNV-CCHC", "Chuyên viên", "specialist", "có"],
                ["tranthib", "Trần Thị B", "", "AG-SNV", "Giám đốc Sở", "leader; monitor", "có"],
                ["lethic", "", "", "", "", "", "không"],
            ]);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, uint id, string name, IEnumerable<string> header, string[][] rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, header));
        uint index = 2;
        foreach (var row in rows)
        {
            data.Append(Row(index++, row));
        }

        part.Worksheet = new Worksheet(data);
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Row Row(uint index, IEnumerable<string> values) =>
        new(values.Select(v => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v) { Space = SpaceProcessingModeValues.Preserve }) }))
        { RowIndex = index };
}
