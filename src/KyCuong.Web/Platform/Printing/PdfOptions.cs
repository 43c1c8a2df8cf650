using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Platform.Printing;

/// <summary>
/// Settings of the PDF conversion by LibreOffice headless (section <c>Pdf</c>, docs/performance.md "Reports at a province's size, set-based"):
/// how many conversions run at once, how many may wait, how long each may take, where the reused LibreOffice profiles live, and
/// whether the host pays LibreOffice's first start in the background at start-up. Checked at start.
/// </summary>
internal sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>The soffice program; empty: the first of Debian's places (<c>/usr/bin/soffice</c>, …) that exists. An absolute path.</summary>
    public string SofficePath { get; set; } = "";

    /// <summary>Conversions running at once on this node, each with its own LibreOffice profile; 1–16.</summary>
    [Range(1, 16)]
    public int MaxConcurrent { get; set; } = 2;

    /// <summary>Conversions that may wait for a free profile; one more is answered 503 <c>pdfUnavailable</c> at once; 0–1000.</summary>
    [Range(0, 1000)]
    public int MaxQueued { get; set; } = 8;

    /// <summary>Seconds a waiting conversion waits for a free profile before it is answered 503; 1–600.</summary>
    [Range(1, 600)]
    public int QueueTimeoutSeconds { get; set; } = 30;

    /// <summary>Seconds one conversion may take; then LibreOffice is killed, its profile discarded and the answer is 503; 1–600.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// Folder of the reused LibreOffice profiles (one sub-folder per concurrent conversion), an absolute path of this node only; empty: a
    /// folder of this process under the system's temporary folder, removed at stop.
    /// </summary>
    public string ProfileDirectory { get; set; } = "";

    /// <summary>Convert a one-line document per profile in the background after start, so the first user does not pay LibreOffice's first start.</summary>
    public bool Prewarm { get; set; } = true;

    /// <summary>
    /// Ask glibc's allocator to back LibreOffice's large allocations with transparent huge pages (<c>GLIBC_TUNABLES=glibc.malloc.hugetlb=1</c>,
    /// effective where the kernel's THP mode is <c>madvise</c> or <c>always</c>; ignored elsewhere). A conversion fills a dozen 64 MiB raster
    /// buffers; with 4 KiB pages most of its time is page faults (docs/performance.md "PDF export: LibreOffice's page faults").
    /// </summary>
    public bool HugePages { get; set; } = true;

    /// <summary>The checks data annotations cannot state: the paths, when given, are absolute.</summary>
    public static bool PathsAreAbsolute(PdfOptions o) =>
        (o.SofficePath.Length == 0 || Path.IsPathFullyQualified(o.SofficePath)) && (o.ProfileDirectory.Length == 0 || Path.IsPathFullyQualified(o.ProfileDirectory));
}
