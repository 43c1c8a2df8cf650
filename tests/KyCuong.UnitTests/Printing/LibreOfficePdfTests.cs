using KyCuong.Web.Platform.Printing;
using Microsoft.Extensions.Options;

namespace KyCuong.UnitTests.Printing;

/// <summary>
/// The bounds of the PDF conversion (README "Pdf__…", docs/performance.md "Reports at a province's size, set-based"), with a stand-in
/// for soffice written by the test (a shell script): a profile reused by the conversions that follow, a conversion past its time limit
/// killed and answered "too slow", one more than the running and waiting ones refused at once, a wait for a free profile bounded.
/// </summary>
public sealed class LibreOfficePdfTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kycuong-pdftest-");

    public void Dispose() => _dir.Delete(recursive: true);

    /// <summary>A stand-in soffice: logs its HOME, sleeps, then writes &lt;outdir&gt;/&lt;input's name&gt;.pdf like LibreOffice.</summary>
    private string FakeSoffice(int sleepSeconds)
    {
        var path = Path.Combine(_dir.FullName, $"soffice-{sleepSeconds}");
        File.WriteAllText(path, $$"""
            #!/bin/sh
            echo "$HOME" >> "{{_dir.FullName}}/homes.log"
            echo "$GLIBC_TUNABLES" >> "{{_dir.FullName}}/tunables.log"
            sleep {{sleepSeconds}}
            out=""; input=""
            while [ $# -gt 0 ]; do
              case "$1" in
                --outdir) out="$2"; shift ;;
                *.docx) input="$1" ;;
              esac
              shift
            done
            name=$(basename "$input" .docx)
            printf '%%PDF-1.4 stand-in' > "$out/$name.pdf"
            """.Replace("\r\n", "\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }

    private LibreOfficePdf Converter(string soffice, int concurrent = 1, int queued = 0, int timeout = 60, int queueTimeout = 30) =>
        new(Options.Create(new PdfOptions
        {
            SofficePath = soffice, MaxConcurrent = concurrent, MaxQueued = queued, TimeoutSeconds = timeout, QueueTimeoutSeconds = queueTimeout,
            ProfileDirectory = Path.Combine(_dir.FullName, "profiles"), Prewarm = false,
        }));

    private static readonly byte[] Docx = [0x50, 0x4b, 0x03, 0x04];

    [Fact]
    public async Task Conversions_OneAfterTheOther_ReuseTheSameProfile()
    {
        using var pdf = Converter(FakeSoffice(0));
        (await pdf.ConvertAsync(Docx, Ct)).ShouldBe("%PDF-1.4 stand-in"u8.ToArray());
        (await pdf.ConvertAsync(Docx, Ct)).ShouldBe("%PDF-1.4 stand-in"u8.ToArray());
        var homes = File.ReadAllLines(Path.Combine(_dir.FullName, "homes.log"));
        homes.Length.ShouldBe(2);
        homes[1].ShouldBe(homes[0]);
        homes[0].ShouldStartWith(Path.Combine(_dir.FullName, "profiles"));
    }

    [Fact]
    public async Task Conversions_AskForHugePages_UnlessTurnedOff()
    {
        using (var pdf = Converter(FakeSoffice(0)))
        {
            await pdf.ConvertAsync(Docx, Ct);
        }
        using (var pdf = new LibreOfficePdf(Options.Create(new PdfOptions
        {
            SofficePath = FakeSoffice(0), ProfileDirectory = Path.Combine(_dir.FullName, "profiles-2"), Prewarm = false, HugePages = false,
        })))
        {
            await pdf.ConvertAsync(Docx, Ct);
        }
        var tunables = File.ReadAllLines(Path.Combine(_dir.FullName, "tunables.log"));
        tunables[0].ShouldBe("glibc.malloc.hugetlb=1");
        tunables[1].ShouldBe(Environment.GetEnvironmentVariable("GLIBC_TUNABLES") ?? "");
    }

    [Theory]
    [InlineData(null, "glibc.malloc.hugetlb=1")]
    [InlineData("glibc.malloc.arena_max=2", "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1")]
    [InlineData("glibc.malloc.hugetlb=0:glibc.malloc.arena_max=2", "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1")]
    public void HugePages_KeepTheNodesOwnTunables(string? own, string expected) => LibreOfficePdf.WithHugePages(own).ShouldBe(expected);

    [Fact]
    public async Task ConversionPastItsTimeLimit_IsKilled_AndAnsweredTooSlow()
    {
        using var pdf = Converter(FakeSoffice(30), timeout: 1);
        var e = await Should.ThrowAsync<PdfUnavailableException>(() => pdf.ConvertAsync(Docx, Ct));
        e.Message.ShouldBe(PdfUnavailableException.TooSlow().Message);
    }

    [Fact]
    public async Task OneMoreThanTheRunningAndTheWaiting_IsRefusedAtOnce_AndAWaitIsBounded()
    {
        using var pdf = Converter(FakeSoffice(30), concurrent: 1, queued: 1, timeout: 4, queueTimeout: 1);
        var running = pdf.ConvertAsync(Docx, Ct);
        var waiting = pdf.ConvertAsync(Docx, Ct);
        // The profile is busy and the one waiting place taken: refused without waiting.
        (await Should.ThrowAsync<PdfUnavailableException>(() => pdf.ConvertAsync(Docx, Ct))).Message.ShouldBe(PdfUnavailableException.Busy().Message);
        // The waiting one gives up after a second; the running one passes its limit.
        (await Should.ThrowAsync<PdfUnavailableException>(() => waiting)).Message.ShouldBe(PdfUnavailableException.Busy().Message);
        (await Should.ThrowAsync<PdfUnavailableException>(() => running)).Message.ShouldBe(PdfUnavailableException.TooSlow().Message);
    }

    [Fact]
    public async Task WithoutLibreOffice_TheAnswerIsUnavailable()
    {
        using var pdf = Converter(Path.Combine(_dir.FullName, "no-such-soffice"));
        pdf.Soffice.ShouldBeNull();
        await Should.ThrowAsync<PdfUnavailableException>(() => pdf.ConvertAsync(Docx, Ct));
    }

    [Theory]
    [InlineData("", "", true)]
    [InlineData("/usr/bin/soffice", "/var/lib/kycuong/pdf", true)]
    [InlineData("soffice", "", false)]
    [InlineData("", "profiles", false)]
    public void Settings_PathsMustBeAbsolute(string soffice, string profiles, bool valid) =>
        PdfOptions.PathsAreAbsolute(new PdfOptions { SofficePath = soffice, ProfileDirectory = profiles }).ShouldBe(valid);
}
