using Kpss.Catalogue.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Catalogue.Tests;

/// <summary>The catalogue's host with its clock held still: a heartbeat's age is then exact to the tick.</summary>
public sealed class StillClockHost : KpssAppFactory
{
    public const string Admin = "admin@tep.test.example";

    public StillClockHost() => Clock = new FakeClock(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(Admin, KpssRoles.RegionalAdmin, "CZ031");
    }
}

/// <summary>A run on another host counts as gone only once its heartbeat is older than the 60 s it is given — not at
/// 60 s exactly (<c>HeartbeatAtUtc &lt; stale</c>; a microsecond, the servers' resolution, decides).</summary>
public sealed class ImportHeartbeatTests(StillClockHost app) : IClassFixture<StillClockHost>
{
    [Fact]
    public async Task ARunWhoseHeartbeatIsExactlySixtySecondsOld_StillRunsElsewhere_OneMicrosecondOlderItIsInterrupted()
    {
        var now = app.Clock!.GetUtcNow().UtcDateTime;
        Kpss.Catalogue.Domain.ImportRun Run(DateTime heartbeat) => new()
        {
            Id = Guid.NewGuid(), KrajCode = "CZ031", UserName = StillClockHost.Admin, FileName = "tep.json", Format = "json",
            Status = Kpss.Catalogue.Domain.ImportRunStatus.Running, StartedAtUtc = heartbeat, HeartbeatAtUtc = heartbeat, Instance = "jiny-server", Records = 10,
        };
        var boundary = Run(now - Kpss.Catalogue.UseCases.ImportRegister.ImportJobs.StaleAfter);
        var older = Run(now - Kpss.Catalogue.UseCases.ImportRegister.ImportJobs.StaleAfter - TimeSpan.FromMicroseconds(1));
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            db.ImportRuns.AddRange(boundary, older);
            await db.SaveChangesAsync();
        }
        var admin = await app.SignedInClientAsync(StillClockHost.Admin);

        Assert.Contains("Import probíhá na jiném serveru platformy", await admin.GetStringAsync($"/jihocesky/katalog/import/{boundary.Id}"));
        Assert.Contains("Import byl přerušen (server, který ho prováděl, skončil); nic nezapsal.", await admin.GetStringAsync($"/jihocesky/katalog/import/{older.Id}"));
    }
}
