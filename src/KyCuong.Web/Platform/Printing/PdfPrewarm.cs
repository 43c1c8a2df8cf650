using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Platform.Printing;

/// <summary>
/// After start, in the background, converts a one-line document once in each LibreOffice profile (<see cref="LibreOfficePdf"/>), one
/// after the other, so the profiles exist before the first user exports a PDF (<c>Pdf:Prewarm</c>). Nothing happens without LibreOffice;
/// a failure is logged and the first user's conversion creates the profile instead.
/// </summary>
internal sealed partial class PdfPrewarm(LibreOfficePdf pdf, IOptions<PdfOptions> options, IHostApplicationLifetime lifetime, ILogger<PdfPrewarm> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Prewarm || pdf.Soffice is null)
        {
            return;
        }

        // Only once the host serves: LibreOffice's first starts would otherwise take the cores from the migrations and the
        // demo's simulated past, which the cold start (issue 13, at most 10 s) is measured on.
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var docx = Decree30Docx.Write(body => body.Append(Decree30Docx.P("Khởi động bộ chuyển đổi PDF.")));
        for (var i = 0; i < pdf.Slots && !stoppingToken.IsCancellationRequested; i++)
        {
            try
            {
                await pdf.ConvertAsync(docx, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (PdfUnavailableException e)
            {
                Failed(logger, e.Message);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF pre-warm did not finish: {Reason}")]
    private static partial void Failed(ILogger logger, string reason);
}
