using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kpss.Modules.Abstractions.Data;
using Kpss.Testing;

// Invitations for a 500-member meeting: how long scheduling takes (rendering and queueing 500 invitations with their
// calendar parts and reminders, in one transaction), how soon the first one is handed to a local SMTP server (aiosmtpd)
// after it became due, and how fast they all reach it, next to how fast that server takes mail at all from a plain
// MailKit sender with the same parallelism. Also the host's cold start to a healthy /health.
//   dotnet run --project build/Kpss.Benchmarks -c Release -- [sqlite|postgres|mysql] [members] [runs]
if (args.Length > 0 && args[0] == "plans")
{
    await PlansBench.RunAsync(ProviderOf(args.Length > 1 ? args[1] : "sqlite"), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10);
    return;
}
var provider = ProviderOf(args.Length > 0 ? args[0] : "sqlite");
static DatabaseProvider ProviderOf(string name) => name.ToLowerInvariant() switch
{
    var a when a.StartsWith("post", StringComparison.Ordinal) => DatabaseProvider.Postgres,
    var a when a.StartsWith("my", StringComparison.Ordinal) || a.StartsWith("maria", StringComparison.Ordinal) => DatabaseProvider.MySql,
    _ => DatabaseProvider.Sqlite,
};
var members = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
const string Admin = "bench.admin@bench.test.example";
const string Password = "Benchmarkove-heslo-1";

var database = new TestDatabase(provider);
var smtp = new SmtpServer();
var host = new HostProcess();
await smtp.InitializeAsync();
database.ConfigureHost(host.Environment);
if (provider == DatabaseProvider.Sqlite)
    host.Environment["Database__ConnectionString"] = ""; // the default file in the host's data folder
host.Environment["Mail__Transport"] = "Smtp";
host.Environment["Mail__Smtp__Host"] = "127.0.0.1";
host.Environment["Mail__Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
host.Environment["Notifications__PollSeconds"] = "1";
host.Environment["Logging__LogLevel__Default"] = "Warning";
try
{
    await host.RunVerbAsync("create-admin", "--email", Admin, "--password", Password, "--kraj", "CZ031");
    var start = Stopwatch.StartNew();
    await host.InitializeAsync();
    var coldStart = start.Elapsed;
    var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(host.BaseUrl) };
    await KpssAppFactory.PostFormAsync(http, "/ucet/prihlaseni", new() { ["Input.Email"] = Admin, ["Input.Password"] = Password });

    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; database {provider}; {members} members");
    Console.WriteLine($"cold start of the built host (migrations of a new database included) to a healthy /health: {coldStart.TotalSeconds:F1} s");
    var baseline = await PlainSmtpRateAsync(smtp, members);
    Console.WriteLine($"plain MailKit to aiosmtpd, 4 connections in parallel, each reused: {baseline:F0} messages/s");

    for (var run = 1; run <= runs; run++)
    {
        var tag = $"r{run}-{Guid.NewGuid():N}"[..10];
        var processId = await Id(await http.PostAsJsonAsync("/api/kraje/jihocesky/procesy", new { name = "Benchmark " + tag, areaKind = "Kraj", areaName = "kraj", periodFrom = "2026-01-01", periodTo = "2027-12-31" }));
        var groupId = await Id(await http.PostAsJsonAsync($"/api/kraje/jihocesky/procesy/{processId}/skupiny", new { kind = "WorkingGroup", name = "Skupina " + tag }));
        var csv = new StringBuilder("jmeno;email;role\n");
        for (var i = 1; i <= members; i++)
            csv.Append(CultureInfo.InvariantCulture, $"Člen {i};{tag}-{i}@bench.test.example;poskytovatel\n");
        (await http.PostAsync($"/api/kraje/jihocesky/skupiny/{groupId}/clenove/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var meetingId = await Id(await http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{groupId}/jednani", new
        {
            kind = "WorkingGroup", title = "Benchmark " + tag, date = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            startTime = "15:00", endTime = "17:00", place = "MěÚ Jindřichův Hradec",
        }));

        var before = smtp.Messages.Count();
        var clock = Stopwatch.StartNew();
        (await http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}/naplanovat", new { emails = Array.Empty<string>() })).EnsureSuccessStatusCode();
        var enqueue = clock.Elapsed;
        // Counting files only, so that the measuring costs the 2 cores next to nothing.
        TimeSpan? first = null;
        while (smtp.Messages.Count() < before + members && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (first is null && smtp.Messages.Count() > before) first = clock.Elapsed;
            await Task.Delay(first is null ? 10 : 50);
        }
        var delivered = clock.Elapsed;
        var ours = smtp.Received().Count(m => m.Subject.Contains(tag, StringComparison.Ordinal));
        if (ours != members) throw new InvalidOperationException($"{ours} of {members} invitations arrived.");
        var sendingOnly = delivered - enqueue;
        Console.WriteLine($"run {run}: schedule (enqueue {members} invitations + reminders) {enqueue.TotalMilliseconds:F0} ms; " +
                          $"first handed to SMTP {((first ?? delivered) - enqueue).TotalMilliseconds:F0} ms after it was due; " +
                          $"all delivered after {delivered.TotalSeconds:F1} s; delivery {members / sendingOnly.TotalSeconds:F0} messages/s");
    }
}
finally
{
    await host.DisposeAsync();
    await smtp.DisposeAsync();
    await database.DisposeAsync();
}

static async Task<int> Id(HttpResponseMessage response)
{
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
}

static async Task<double> PlainSmtpRateAsync(SmtpServer smtp, int count)
{
    // About the size of an invitation (text, HTML and calendar parts), in lines of ordinary length.
    var body = string.Join("\r\n", Enumerable.Repeat(new string('x', 74), 120));
    var clock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, 4), async (lane, ct) =>
    {
        using var client = new MailKit.Net.Smtp.SmtpClient();
        await client.ConnectAsync("127.0.0.1", smtp.Port, MailKit.Security.SecureSocketOptions.None, ct);
        for (var i = lane; i < count; i += 4)
        {
            var message = new MimeKit.MimeMessage();
            message.From.Add(MimeKit.MailboxAddress.Parse("bench@bench.test.example"));
            message.To.Add(MimeKit.MailboxAddress.Parse($"plain-{i}@bench.test.example"));
            message.Subject = "baseline";
            message.Body = new MimeKit.TextPart("plain") { Text = body };
            await client.SendAsync(message, ct);
        }
        await client.DisconnectAsync(true, ct);
    });
    return count / clock.Elapsed.TotalSeconds;
}
