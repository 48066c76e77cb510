using System.Net.Http.Json;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plans.Data;
using Kpss.Plans.Jobs;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Plans.Tests;

/// <summary>
/// The kraj's plan deadlines reminded by the scheduler: with the Jihočeský plugin enabled, its calendar's comment period
/// and approval of the action plan are announced 14 days before they start, with the dates the regional admin corrected,
/// to the kraj-wide coordinators and regional admins only, listing the kraj's plans in preparation and no other kraj's;
/// each occurrence once, however often the job runs.
/// </summary>
public sealed class DeadlineReminderTests(DeadlineReminderTests.Host app) : IClassFixture<DeadlineReminderTests.Host>
{
    public const string ProcessCoordinator = "koordinator-procesu@plany-jc.test.example";

    /// <summary>The clock host (2 March 2026) with a coordinator narrowed to one planning process as well.</summary>
    public sealed class Host : PlansClockHost
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await CreateUserAsync(ProcessCoordinator, KpssRoles.Coordinator, "CZ031", "3");
        }
    }

    /// <summary>The messages to an address, by subject.</summary>
    private List<EmlMessage> MailsTo(string email) => app.MessagesTo(email).OrderBy(m => m.Subject, StringComparer.Ordinal).ToList();

    private async Task RunAsync()
    {
        await app.RunJobAsync(PlanDeadlinesJob.Name);
        await app.RunJobAsync("notifications.outbox-dispatch");
    }

    [Fact]
    public async Task CoordinatorsAreRemindedOfTheKrajsPlanDeadlines_FourteenDaysAhead_WithTheAdminsDates_OncePerOccurrence()
    {
        var admin = await app.SignedInClientAsync(PlansHost.Admin);
        await PlansClient.EnsureOkAsync(await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = true }));
        // The kraj announces the 2026 approval for 10 April (the plugin's usual month is June).
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await admin.PutAsJsonAsync("/api/kraje/jihocesky/kalendar/jihocesky/action-plan-approval/2026",
            new { start = "10. 4. 2026", end = "10. 4. 2026", note = "Mimořádné zasedání zastupitelstva." })).StatusCode);
        var ours = await app.ClientAsync();
        await ours.CreateAsync(PlansClient.Sprss("Akční plán Jihočeského kraje 2027", 2027, 2027));
        var theirs = await app.ClientAsync(PlansHost.OtherCoordinator, "jihomoravsky");
        await theirs.CreateAsync(PlansClient.Sprss("Akční plán Jihomoravského kraje 2027", 2027, 2027));

        // 2 March: the comment period (15 April) is 44 days away, the approval 39: nothing yet.
        await RunAsync();
        Assert.Empty(MailsTo(PlansHost.Coordinator));

        // 1 April: both are 14 days or less away.
        app.Clock!.Advance(TimeSpan.FromDays(30));
        await RunAsync();
        var mails = MailsTo(PlansHost.Coordinator);
        Assert.Equal(
        [
            "Termín plánování: Připomínkování návrhu akčního plánu rozvoje sociálních služeb (15. 4. – 5. 5. 2026)",
            "Termín plánování: Schválení akčního plánu rozvoje sociálních služeb (10. 4. 2026)",
        ], mails.Select(m => m.Subject));
        var approval = mails[1].Text("text/plain");
        Assert.Contains("Mimořádné zasedání zastupitelstva.", approval);
        Assert.Contains("Co se děje: schválení", approval);
        Assert.Contains("Akční plán Jihočeského kraje 2027 (2027): návrh", approval);
        Assert.DoesNotContain("Jihomoravského", approval);
        Assert.Contains("/jihocesky/plany/priprava", approval);
        Assert.Equal(mails.Select(m => m.Subject), MailsTo(PlansHost.Admin).Select(m => m.Subject));
        Assert.Empty(MailsTo(ProcessCoordinator));
        Assert.Empty(MailsTo(PlansHost.Member));
        Assert.Empty(MailsTo(PlansHost.OtherCoordinator));

        // The job runs every hour: the same occurrences are not reminded again, that day or when they start.
        await RunAsync();
        app.Clock.Advance(TimeSpan.FromDays(14));
        await RunAsync();
        Assert.Equal(2, MailsTo(PlansHost.Coordinator).Count);
        var recorded = await app.InKrajAsync("CZ031", sp => sp.GetRequiredService<PlansDbContext>().DeadlineReminders
            .OrderBy(r => r.DeadlineKey).Select(r => new { r.DeadlineKey, r.Year, r.Start, r.Recipients }).ToListAsync());
        Assert.Equal(
            [("action-plan-approval", 2026, new DateOnly(2026, 4, 10), 2), ("action-plan-comments", 2026, new DateOnly(2026, 4, 15), 2)],
            recorded.Select(r => (r.DeadlineKey, r.Year, r.Start, r.Recipients)));
    }

    private static KrajDeadline Deadline(KrajDeadlineKind kind, DateOnly start, DateOnly end) =>
        new("k", "Termín", kind, start.Year, start, end, false, "", null);

    [Theory]
    [InlineData("2027-03-31", true)] // 14 days before the start
    [InlineData("2027-03-30", false)] // 15 days before
    [InlineData("2027-04-20", true)] // running
    [InlineData("2027-05-05", true)] // its last day
    [InlineData("2027-05-06", false)] // over
    public void ACommentPeriod_IsDueFromFourteenDaysBeforeItsStart_ToItsLastDay(string today, bool due)
    {
        var period = Deadline(KrajDeadlineKind.CommentPeriod, new DateOnly(2027, 4, 14), new DateOnly(2027, 5, 5));
        Assert.Equal(due, PlanDeadlines.Due([period], DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).Any());
    }

    [Theory]
    [InlineData(KrajDeadlineKind.CommentPeriod, true)]
    [InlineData(KrajDeadlineKind.Approval, true)]
    [InlineData(KrajDeadlineKind.Submission, false)]
    [InlineData(KrajDeadlineKind.Report, false)]
    public void OnlyCommentPeriodsAndApprovals_ArePlanDeadlines(KrajDeadlineKind kind, bool due) =>
        Assert.Equal(due, PlanDeadlines.Due([Deadline(kind, new DateOnly(2027, 4, 14), new DateOnly(2027, 4, 14))], new DateOnly(2027, 4, 14)).Any());
}
