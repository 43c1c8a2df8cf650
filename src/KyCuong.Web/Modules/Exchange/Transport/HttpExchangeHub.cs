using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Exchange.Transport;

/// <summary>
/// The hub over HTTP: <c>POST {HubUrl}/messages</c> with the XML body and the headers <c>X-EdXml-Kind</c>, <c>X-EdXml-From</c>,
/// <c>X-EdXml-To</c>; any 2xx is taken. The hub delivers to the recipient's <c>POST /api/v1/edxml/inbox</c>.
/// </summary>
internal sealed class HttpExchangeHub(IHttpClientFactory http, IOptions<ExchangeOptions> options) : IExchangeHub
{
    public const string HttpClientName = "edxml-hub";

    public async Task SendAsync(HubMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.HubUrl))
        {
            throw new InvalidOperationException("Chưa cấu hình trục liên thông (Exchange:HubUrl); thông điệp chờ trong hàng đợi. / No exchange hub configured.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, settings.HubUrl.TrimEnd('/') + "/messages")
        {
            Content = new ByteArrayContent(message.Body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("X-EdXml-Kind", message.Kind);
        request.Headers.TryAddWithoutValidation("X-EdXml-From", message.FromCode);
        request.Headers.TryAddWithoutValidation("X-EdXml-To", message.ToCode);
        if (!string.IsNullOrEmpty(settings.HubToken))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.HubToken);
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(settings.HubTimeout);
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, cts.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Trục liên thông trả lời HTTP {(int)response.StatusCode}. / The hub answered HTTP {(int)response.StatusCode}.");
        }
    }
}
