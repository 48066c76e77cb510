using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Kpss.Tests.Shared;

namespace Kpss.Testing;

/// <summary>
/// A real SMTP server for the test: Debian's aiosmtpd (tests/tools/smtp_server.py), storing what it accepts in a
/// Maildir (installed by build/test-deps.sh). Optionally with TLS, a login, and recipients it refuses with a 550 or
/// turns away for now with a 452.
/// </summary>
public sealed class SmtpServer : IAsyncLifetime, IAsyncDisposable
{
    private Process? _process;

    /// <summary>STARTTLS (required) with this certificate and key (PEM files).</summary>
    public (string Certificate, string Key)? StartTls { get; init; }

    /// <summary>TLS from the first byte (SMTPS) with this certificate and key (PEM files).</summary>
    public (string Certificate, string Key)? ImplicitTls { get; init; }

    /// <summary>The one account the server takes (AUTH required when set).</summary>
    public (string User, string Password)? Login { get; init; }

    /// <summary>Local parts of recipients the server refuses with "550 5.1.1".</summary>
    public IReadOnlyList<string> Refused { get; init; } = ["neexistuje"];

    /// <summary>Local parts of recipients the server turns away for now with "452 4.2.2" (a full mailbox).</summary>
    public IReadOnlyList<string> Deferred { get; init; } = ["plna-schranka"];

    /// <summary>How long the server takes before it accepts each message (a slow server); 0 by default.</summary>
    public int DelayMs { get; init; }

    /// <summary>Chosen at once, so a host can be told it before the server starts (an outage, then recovery).</summary>
    public int Port { get; } = TestEnvironment.FreePort();

    // aiosmtpd makes the Maildir (with its tmp/new/cur) only where no folder exists yet.
    public string Maildir { get; } = Path.Combine(Path.GetTempPath(), $"kpss-maildir-{Guid.NewGuid():N}");

    public IEnumerable<string> Messages =>
        Directory.Exists(Path.Combine(Maildir, "new")) ? Directory.GetFiles(Path.Combine(Maildir, "new")) : [];

    /// <summary>Every message received so far, parsed.</summary>
    public IReadOnlyList<ReceivedMail> Received() =>
        Messages.Select(path => new ReceivedMail(path, EmlMessage.Parse(File.ReadAllText(path).ReplaceLineEndings("\r\n")))).ToList();

    /// <summary>Waits until at least <paramref name="count"/> received messages match; returns them.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(Func<ReceivedMail, bool> match, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var found = Received().Where(match).ToList();
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                Assert.True(found.Count >= count, $"expected {count} messages, received {found.Count} within the time limit");
                return found;
            }
            await Task.Delay(200);
        }
    }

    public async Task InitializeAsync()
    {
        if (_process is { HasExited: false })
            return;
        const string python = "/usr/bin/python3";
        if (!File.Exists(python))
            throw new InvalidOperationException($"{python} is missing: run build/test-deps.sh.");
        List<string> arguments = [Path.Combine(TestEnvironment.Root, "tests", "tools", "smtp_server.py"), "--listen", $"127.0.0.1:{Port}", "--maildir", Maildir];
        if (StartTls is { } starttls) arguments.AddRange(["--starttls", starttls.Certificate, starttls.Key]);
        if (ImplicitTls is { } smtps) arguments.AddRange(["--smtps", smtps.Certificate, smtps.Key]);
        if (Login is { } login) arguments.AddRange(["--auth", $"{login.User}:{login.Password}"]);
        if (Refused.Count > 0) arguments.AddRange(["--reject", .. Refused]);
        if (Deferred.Count > 0) arguments.AddRange(["--defer", .. Deferred]);
        if (DelayMs > 0) arguments.AddRange(["--delay-ms", DelayMs.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        _process = Process.Start(new ProcessStartInfo(python, arguments)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"aiosmtpd exited: {await _process.StandardError.ReadToEndAsync()} (run build/test-deps.sh)");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("aiosmtpd did not start listening within 20 s.");
    }

    /// <summary>Stops the server (as an outage would); what it received stays readable.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process?.Dispose();
        _process = null;
    }

    public Task DisposeAsync()
    {
        Stop();
        if (Directory.Exists(Maildir))
            Directory.Delete(Maildir, recursive: true);
        return Task.CompletedTask;
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
