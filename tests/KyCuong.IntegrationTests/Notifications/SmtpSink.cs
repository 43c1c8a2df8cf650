using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KyCuong.IntegrationTests.Notifications;

/// <summary>One message the sink received: envelope and raw DATA (headers and body as sent).</summary>
public sealed record SinkMessage(string From, IReadOnlyList<string> To, string Data)
{
    /// <summary>The Message-ID header, or null.</summary>
    public string? MessageId => Header("Message-ID");

    /// <summary>
    /// The message's body parts decoded (base64 or quoted-printable, UTF-8), one after another, to search for words; the
    /// headers and MIME boundaries are left out.
    /// </summary>
    public string Text
    {
        get
        {
            var text = new System.Text.StringBuilder();
            var encoding = "";
            var inBody = false;
            var chunk = new System.Text.StringBuilder();
            void Flush()
            {
                var raw = chunk.ToString();
                chunk.Clear();
                if (raw.Length == 0)
                {
                    return;
                }

                if (encoding == "base64")
                {
                    text.Append(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(raw.Replace("\r\n", "", StringComparison.Ordinal))));
                }
                else if (encoding == "quoted-printable")
                {
                    var joined = raw.Replace("=\r\n", "", StringComparison.Ordinal);
                    var bytes = new List<byte>();
                    for (var i = 0; i < joined.Length; i++)
                    {
                        if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
                        {
                            bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                            i += 2;
                        }
                        else
                        {
                            bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(joined[i].ToString()));
                        }
                    }

                    text.Append(System.Text.Encoding.UTF8.GetString(bytes.ToArray()));
                }
                else
                {
                    text.Append(raw);
                }

                text.Append('\n');
            }

            foreach (var line in Data.Split("\r\n"))
            {
                if (line.StartsWith("--", StringComparison.Ordinal))
                {
                    Flush();
                    inBody = false;
                    encoding = "";
                    continue;
                }

                if (!inBody)
                {
                    if (line.StartsWith("Content-Transfer-Encoding:", StringComparison.OrdinalIgnoreCase))
                    {
                        encoding = line["Content-Transfer-Encoding:".Length..].Trim().ToLowerInvariant();
                    }

                    inBody = line.Length == 0;
                    continue;
                }

                chunk.Append(line).Append(encoding == "base64" ? "" : "\r\n");
            }

            Flush();
            return text.ToString();
        }
    }

    public string? Header(string name)
    {
        foreach (var line in Data.Split("\r\n"))
        {
            if (line.Length == 0)
            {
                return null;
            }

            if (line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            {
                return line[(name.Length + 1)..].Trim();
            }
        }

        return null;
    }
}

/// <summary>
/// A local SMTP server for tests: speaks enough SMTP (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) for
/// <c>System.Net.Mail.SmtpClient</c>, records every message, and can be stopped and started again on the same port to
/// play a mail server that is down.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly ConcurrentQueue<SinkMessage> _messages = new();
    private readonly ConcurrentDictionary<TcpClient, byte> _clients = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _cts;
    private Task? _loop;
    private int _connections;
    private int _logins;

    public int Port { get; private set; }

    public bool IsRunning => _listener is not null;

    /// <summary>Connections accepted since the sink was made.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Successful AUTH PLAIN logins since the sink was made.</summary>
    public int Logins => Volatile.Read(ref _logins);

    /// <summary>The user name and password AUTH must give; null takes any.</summary>
    public (string User, string Password)? Account { get; set; }

    /// <summary>Closes every open connection without a word, as a server that restarts or drops idle clients; keeps listening.</summary>
    public void DropConnections()
    {
        foreach (var c in _clients.Keys)
        {
            c.Client.Close();
        }
    }

    public IReadOnlyList<SinkMessage> Messages => _messages.ToArray();

    public IReadOnlyList<SinkMessage> To(string address) =>
        Messages.Where(m => m.To.Any(t => string.Equals(t, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public void Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _cts = new CancellationTokenSource();
        _loop = AcceptAsync(listener, _cts.Token);
    }

    public async Task StopAsync()
    {
        if (_listener is null)
        {
            return;
        }

        await _cts!.CancelAsync();
        _listener.Stop();
        foreach (var c in _clients.Keys)
        {
            c.Dispose();
        }

        try
        {
            await _loop!;
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        catch (SocketException)
        {
        }

        _cts.Dispose();
        _listener = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task AcceptAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(ct);
            Interlocked.Increment(ref _connections);
            _clients[client] = 0;
            _ = Task.Run(async () =>
            {
                try
                {
                    await ServeAsync(client, ct);
                }
                catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
                {
                    // the client went away or the sink stopped
                }
                finally
                {
                    _clients.TryRemove(client, out _);
                    client.Dispose();
                }
            }, CancellationToken.None);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken ct)
    {
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, new UTF8Encoding(false), false, 4096, leaveOpen: true);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 4096, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink.test ESMTP ready");
        var from = "";
        var to = new List<string>();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteAsync("250-sink.test\r\n250-8BITMIME\r\n250-AUTH PLAIN\r\n250 OK\r\n");
                    break;
                case "AUTH":
                    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var initial = parts.Length > 2 ? parts[2] : null;
                    if (parts.Length < 2 || !parts[1].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
                    {
                        await writer.WriteLineAsync("504 Unrecognized authentication type");
                        break;
                    }

                    if (initial is null)
                    {
                        await writer.WriteLineAsync("334 ");
                        initial = await reader.ReadLineAsync(ct) ?? "";
                    }

                    var fields = Encoding.UTF8.GetString(Convert.FromBase64String(initial)).Split('\0');
                    if (Account is { } account && (fields.Length != 3 || fields[1] != account.User || fields[2] != account.Password))
                    {
                        await writer.WriteLineAsync("535 Authentication credentials invalid");
                        break;
                    }

                    Interlocked.Increment(ref _logins);
                    await writer.WriteLineAsync("235 Authentication successful");
                    break;
                case "HELO":
                    await writer.WriteLineAsync("250 sink.test");
                    break;
                case "MAIL":
                    from = Address(line);
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    to.Add(Address(line));
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(ct) is { } d && d != ".")
                    {
                        data.Append(d.StartsWith("..", StringComparison.Ordinal) ? d[1..] : d).Append("\r\n");
                    }

                    _messages.Enqueue(new SinkMessage(from, to.ToList(), data.ToString()));
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "RSET":
                    from = "";
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 Command not implemented");
                    break;
            }
        }
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
