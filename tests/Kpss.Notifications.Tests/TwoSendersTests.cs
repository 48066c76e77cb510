using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kpss.Testing;

namespace Kpss.Notifications.Tests;

/// <summary>
/// Two sender processes on one database (PostgreSQL in the SQLite pass, else the pass's own) dispatch the same 200 due
/// invitations at the same moment, with nothing that keeps them apart but the outbox's claim: each message arrives once,
/// and both processes sent some. (The scheduled dispatch runs one at a time across hosts; this is the claim itself.)
/// </summary>
public sealed partial class TwoSendersTests : IAsyncLifetime
{
    private const string Admin = "krajsky.admin@odesilatele.test.example";
    private const string Password = "Odesilaci-heslo-1";
    private readonly TestDatabase _database = new(TestDatabase.SharedByHosts);
    // A slow server (100 ms a message): one sender alone would need seconds, so two that start together overlap.
    private readonly SmtpServer _smtp = new() { DelayMs = 100 };
    private readonly HostProcess _web = new();

    public async Task InitializeAsync()
    {
        await _smtp.InitializeAsync();
        await _database.CreateFromTemplateAsync();
        Configure(_web);
        await _web.RunVerbAsync("create-admin", "--email", Admin, "--password", Password, "--kraj", "CZ031");
        await _web.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _web.DisposeAsync();
        await _smtp.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TwoSendersAtOnce_DeliverEachOf200InvitationsOnce_AndBothSendSome()
    {
        var emails = Enumerable.Range(1, 200).Select(i => $"odesilatel-{i}@dva.test.example").ToList();
        await ScheduleMeetingForAsync(emails, "Dva odesilatelé");

        var senders = new[] { new HostProcess(), new HostProcess() };
        foreach (var sender in senders)
            Configure(sender);
        try
        {
            await Task.WhenAll(senders.Select(s => s.RunVerbAsync("run-job", "--name", "notifications.outbox-dispatch")));

            var received = _smtp.Received().Where(m => m.Subject.StartsWith("Pozvánka: Dva odesilatelé", StringComparison.Ordinal))
                .Select(m => emails.Single(m.IsTo)).ToList();
            Assert.Equal(emails.Order(), received.Order()); // every one, none twice
            var sent = senders.Select(s => Sent().Matches(s.Log).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))).ToList();
            Assert.Equal(200, sent.Sum());
            Assert.All(sent, n => Assert.True(n > 0, $"each sender sent some: {string.Join(" + ", sent)}"));
            // What the outbox says afterwards: each row sent, once, with no lock left behind.
            var rows = await OutboxRowsAsync("Pozvánka: Dva odesilatelé");
            Assert.Equal(200, rows.Count);
            Assert.All(rows, r => Assert.Equal(("Sent", 1, (string?)null, false), (r.Status, r.Attempts, r.LockedBy, r.Locked)));
            // And a later dispatch finds nothing to send.
            var later = new HostProcess();
            Configure(later);
            await later.RunVerbAsync("run-job", "--name", "notifications.outbox-dispatch");
            await later.DisposeAsync();
            Assert.Equal(200, _smtp.Received().Count(m => m.Subject.StartsWith("Pozvánka: Dva odesilatelé", StringComparison.Ordinal)));
            Assert.Equal(0, Sent().Matches(later.Log).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
        }
        finally
        {
            foreach (var sender in senders)
                await sender.DisposeAsync();
        }
    }

    private async Task<List<(string Status, int Attempts, string? LockedBy, bool Locked)>> OutboxRowsAsync(string subjectStart)
    {
        var mySql = _database.Provider == Kpss.Modules.Abstractions.Data.DatabaseProvider.MySql;
        await using System.Data.Common.DbConnection connection = mySql
            ? new MySqlConnector.MySqlConnection(_database.ConnectionString)
            : new Npgsql.NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = mySql
            ? "SELECT `Status`, `Attempts`, `LockedBy`, `LockedUntilUtc` FROM notifications_outbox_messages WHERE `Subject` LIKE @s"
            : "SELECT \"Status\", \"Attempts\", \"LockedBy\", \"LockedUntilUtc\" FROM notifications.outbox_messages WHERE \"Subject\" LIKE @s";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@s";
        parameter.Value = subjectStart + "%";
        command.Parameters.Add(parameter);
        var rows = new List<(string, int, string?, bool)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2), !reader.IsDBNull(3)));
        return rows;
    }

    [GeneratedRegex(@"Outbox batch: (\d+) sent")]
    private static partial Regex Sent();

    private void Configure(HostProcess host)
    {
        _database.ConfigureHost(host.Environment);
        host.Environment["Mail__Transport"] = "Smtp";
        host.Environment["Mail__Smtp__Host"] = "127.0.0.1";
        host.Environment["Mail__Smtp__Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture);
        host.Environment["Notifications__DispatchEnabled"] = "false"; // only the senders send
        host.Environment["Notifications__BatchSize"] = "10";
        host.Environment["Logging__LogLevel__Default"] = "Information";
    }

    private async Task ScheduleMeetingForAsync(IReadOnlyList<string> emails, string title)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(_web.BaseUrl) };
        var signIn = await KpssAppFactory.PostFormAsync(http, "/ucet/prihlaseni", new() { ["Input.Email"] = Admin, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var processId = await IdAsync(await http.PostAsJsonAsync("/api/kraje/jihocesky/procesy", new
        {
            name = "Komunitní plánování ORP Písek", areaKind = "Orp", areaName = "ORP Písek", orpCsuCode = 3108, periodFrom = "2026-01-01", periodTo = "2027-12-31",
        }));
        var groupId = await IdAsync(await http.PostAsJsonAsync($"/api/kraje/jihocesky/procesy/{processId}/skupiny", new { kind = "WorkingGroup", name = "Rodiny" }));
        var csv = new StringBuilder("jmeno;email;role\n");
        foreach (var (email, i) in emails.Select((e, i) => (e, i)))
            csv.Append(CultureInfo.InvariantCulture, $"Člen {i + 1};{email};poskytovatel\n");
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"/api/kraje/jihocesky/skupiny/{groupId}/clenove/import",
            new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"))).StatusCode);
        var meetingId = await IdAsync(await http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{groupId}/jednani", new
        {
            kind = "WorkingGroup", title, date = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            startTime = "15:00", endTime = "17:00", place = "MěÚ Písek",
        }));
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}/naplanovat", new { })).StatusCode);
    }

    private static async Task<int> IdAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
