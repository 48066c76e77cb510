using System.Diagnostics;
using System.Net;
using System.Text;
using Kpss.Tests.Shared;

namespace Kpss.Testing;

/// <summary>
/// The platform as a user meets it: the built host, started as its own process on a free loopback port, with its own
/// SQLite database and data folder, its plugins where a build of the solution put them.
/// </summary>
public class HostProcess : IAsyncLifetime
{
    private readonly StringBuilder _log = new();
    private Process? _process;

    /// <summary>Configuration for the host process as environment variables (e.g. <c>Database__Provider</c>).</summary>
    public Dictionary<string, string> Environment { get; } = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__Provider"] = "Sqlite",
        ["Database__ConnectionString"] = "",
        ["Logging__Console__FormatterName"] = "simple",
    };

    public static string Root => TestEnvironment.Root;

    public static string Configuration => TestEnvironment.Configuration;

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), $"kpss-browser-{Guid.NewGuid():N}");

    public string BaseUrl { get; } = $"http://127.0.0.1:{TestEnvironment.FreePort()}";

    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    /// <summary>Runs a verb of the host (e.g. create-admin) to completion; fails the test with its output otherwise.</summary>
    public async Task RunVerbAsync(params string[] args)
    {
        var exitCode = await ExitCodeOfVerbAsync(args);
        Assert.True(exitCode == 0, $"host {string.Join(' ', args)} exited with {exitCode}:\n{Log}");
    }

    /// <summary>Runs a verb of the host to completion and returns its exit code (its output is in <see cref="Log"/>).</summary>
    public async Task<int> ExitCodeOfVerbAsync(params string[] args)
    {
        using var process = Start(args);
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        process.WaitForExit(); // the output read to its end
        return process.ExitCode;
    }

    public virtual async Task InitializeAsync()
    {
        _process = Start([]);
        using var http = new HttpClient();
        // 60 s was once too short for a host started while the whole SQLite pass loaded two cores (its migrations took
        // 14 s instead of 1.5 s); a healthy start is 3–5 s.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}:\n{Log}");
            try
            {
                if ((await http.GetAsync(BaseUrl + "/health")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The host did not answer /health within 120 s:\n{Log}");
    }

    /// <summary>Kills the host (a test may do it early: nothing is sent after this returns). Safe to call again.</summary>
    public virtual Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process?.Dispose();
        _process = null;
        if (Directory.Exists(DataPath))
            Directory.Delete(DataPath, recursive: true);
        return Task.CompletedTask;
    }

    private Process Start(string[] args)
    {
        var hostDll = Path.Combine(Root, "host", "Kpss.Host", "bin", Configuration, "net10.0", "Kpss.Host.dll");
        if (!File.Exists(hostDll))
            throw new InvalidOperationException($"{hostDll} is missing: build the solution first.");
        var info = new ProcessStartInfo("dotnet", [hostDll, .. args])
        {
            // The project folder as content root: its appsettings.json and wwwroot, as with `dotnet run`.
            WorkingDirectory = Path.Combine(Root, "host", "Kpss.Host"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Tests sign in and post from one address: the abuse limits are tested in-process by RateLimitTests.
        foreach (var limit in new[] { "SignInPerMinute", "PublicFormPerMinute", "PublicApiPerMinute" })
            info.Environment["RateLimits__" + limit] = "100000";
        foreach (var (key, value) in Environment)
            info.Environment[key] = value;
        info.Environment["ASPNETCORE_URLS"] = BaseUrl;
        info.Environment["Storage__DataPath"] = DataPath;
        info.Environment["Platform__PublicUrl"] = BaseUrl;
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }
}
