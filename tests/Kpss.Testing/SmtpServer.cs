using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Kpss.Tests.Shared;

namespace Kpss.Testing;

/// <summary>
/// A real SMTP server for the test: Debian's aiosmtpd, storing what it accepts in a Maildir
/// (installed by build/test-deps.sh).
/// </summary>
public sealed class SmtpServer : IAsyncLifetime
{
    private Process? _process;

    public int Port { get; } = TestEnvironment.FreePort();

    // aiosmtpd makes the Maildir (with its tmp/new/cur) only where no folder exists yet.
    public string Maildir { get; } = Path.Combine(Path.GetTempPath(), $"kpss-maildir-{Guid.NewGuid():N}");

    public IEnumerable<string> Messages => Directory.GetFiles(Path.Combine(Maildir, "new"));

    public async Task InitializeAsync()
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python))
            throw new InvalidOperationException($"{python} is missing: run build/test-deps.sh.");
        _process = Process.Start(new ProcessStartInfo(python,
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir])
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

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process?.Dispose();
        Directory.Delete(Maildir, recursive: true);
        return Task.CompletedTask;
    }
}
