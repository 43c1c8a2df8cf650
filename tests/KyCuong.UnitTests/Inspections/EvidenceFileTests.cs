using System.IO.Compression;
using System.Text;
using KyCuong.Web.Modules.Inspections.Domain;

namespace KyCuong.UnitTests.Inspections;

/// <summary>docs/domain.md "Checks of official duties: plans and evidence": a file is what its bytes prove, and its name and type must agree.</summary>
public sealed class EvidenceFileTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static byte[] Zip(params string[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var e in entries)
            {
                using var w = new StreamWriter(zip.CreateEntry(e).Open());
                w.Write("<x/>");
            }
        }

        return ms.ToArray();
    }

    [Theory]
    [InlineData("anh.jpg", "image/jpeg")]
    [InlineData("ANH.JPEG", null)]
    [InlineData("anh.jpg", "application/octet-stream")]
    public void Jpeg_Accepted_WhateverTheCaseOfTheExtension(string name, string? declared) =>
        EvidenceFile.Check(name, declared, Jpeg).ShouldBe((EvidenceFile.Jpeg, (string?)null));

    [Fact]
    public void Png_Pdf_Docx_Accepted()
    {
        EvidenceFile.Check("a.png", "image/png", Png).ContentType.ShouldBe(EvidenceFile.Png);
        EvidenceFile.Check("a.pdf", "application/pdf; charset=binary", Encoding.ASCII.GetBytes("%PDF-1.7\n")).ContentType.ShouldBe(EvidenceFile.Pdf);
        EvidenceFile.Check("a.docx", null, Zip("[Content_Types].xml", "word/document.xml")).ContentType.ShouldBe(EvidenceFile.Docx);
    }

    [Fact]
    public void ContentThatIsNotWhatTheNameSays_Refused()
    {
        EvidenceFile.Check("anh.jpg", "image/jpeg", Encoding.UTF8.GetBytes("<html><script></script></html>")).ContentType.ShouldBeNull();
        EvidenceFile.Check("anh.jpg", "image/jpeg", Png).ContentType.ShouldBeNull();
        EvidenceFile.Check("a.docx", null, Zip("[Content_Types].xml", "xl/workbook.xml")).ContentType.ShouldBeNull();
        EvidenceFile.Check("a.docx", null, [.. "PK\u0003\u0004"u8, 1, 2, 3]).ContentType.ShouldBeNull();
    }

    [Fact]
    public void DeclaredTypeContradictingTheContent_Refused() =>
        EvidenceFile.Check("a.png", "application/pdf", Png).Error.ShouldNotBeNull();

    [Theory]
    [InlineData("a.exe")]
    [InlineData("a.svg")]
    [InlineData("a.html")]
    [InlineData("a")]
    public void KindsNotAccepted_Refused(string name) => EvidenceFile.Check(name, null, Png).ContentType.ShouldBeNull();

    [Fact]
    public void PackageWithTooManyEntries_Refused()
    {
        var entries = new[] { "[Content_Types].xml", "word/document.xml" }.Concat(Enumerable.Range(0, EvidenceFile.MaxPackageEntries).Select(i => $"x/{i}.xml")).ToArray();
        EvidenceFile.Check("a.docx", null, Zip(entries)).ContentType.ShouldBeNull();
    }
}
