using System.Net;
using Kpss.Host.Tests.Infrastructure;
using Kpss.Testing;
using Kpss.Modules.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Host.Tests;

/// <summary>The job scheduler (Hangfire): its dashboard only for the platform admin, the modules' jobs on it.</summary>
public sealed class JobsDashboardTests(SharedHost app) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task ThePlatformAdmin_SeesTheDashboard_WithTheModulesRecurringJobs()
    {
        var client = await app.SignedInClientAsync(SharedHost.PlatformAdmin);

        var recurring = await client.GetAsync("/admin/ulohy/recurring");
        var plugins = await client.GetStringAsync("/admin/pluginy");

        Assert.Equal(HttpStatusCode.OK, recurring.StatusCode);
        Assert.Contains("notifications.outbox-dispatch", await recurring.Content.ReadAsStringAsync());
        Assert.Contains("href=\"/admin/ulohy\"", plugins);
    }

    [Fact]
    public async Task ARegionalAdmin_AndAnonymousVisitors_AreRefused()
    {
        var regional = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);

        var asRegional = await regional.GetAsync("/admin/ulohy");
        var anonymous = await app.AnonymousClient().GetAsync("/admin/ulohy");

        Assert.Contains(asRegional.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized });
        Assert.Contains(anonymous.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized });
        Assert.DoesNotContain("outbox-dispatch", await asRegional.Content.ReadAsStringAsync());
    }

    [Fact]
    public void ARecurringJob_RunsOnIntervalsACronCanSay()
    {
        Assert.Equal("*/5 * * * * *", JobSchedule.CronOf(TimeSpan.FromSeconds(5)));
        Assert.Equal("0 */15 * * * *", JobSchedule.CronOf(TimeSpan.FromMinutes(15)));
        Assert.Equal("0 0 */6 * * *", JobSchedule.CronOf(TimeSpan.FromHours(6)));
        Assert.Equal("0 0 0 * * *", JobSchedule.CronOf(TimeSpan.FromHours(24))); // daily; "*/24" is refused by the scheduler's parser
        Assert.Throws<ArgumentOutOfRangeException>(() => JobSchedule.CronOf(TimeSpan.FromHours(25)));
        Assert.Throws<ArgumentOutOfRangeException>(() => JobSchedule.CronOf(TimeSpan.FromSeconds(7)));
        Assert.Throws<ArgumentOutOfRangeException>(() => JobSchedule.CronOf(TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public void AJobNoModuleDeclares_CannotBeQueued()
    {
        var jobs = app.Services.GetRequiredService<IBackgroundJobs>();

        Assert.Throws<ArgumentException>(() => jobs.Enqueue("nikdo.neceka"));
    }
}
