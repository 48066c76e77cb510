using System.Net;
using Kpss.Plans.Jobs;
using Kpss.Testing;

namespace Kpss.Plans.Tests;

/// <summary>
/// The plan format's approval month and usual comment length mean something: an action plan of year Y is due for
/// approval by the end of that month of Y − 1; its stage page says so with the last day it can go to comment, and the
/// kraj's coordinators are reminded 14 days before that day, once, while it is still a draft.
/// </summary>
public sealed class ActionPlanApprovalDueTests(PlansClockHost app) : IClassFixture<PlansClockHost>
{
    [Fact]
    public async Task AnActionPlansApprovalDeadline_IsOnItsStagePage_AndRemindedOnce()
    {
        var api = await app.ClientAsync();
        var sprss = await api.CreateAsync(PlansClient.Sprss("SPRSS s akčním plánem k termínu", 2026, 2028));
        var action = await api.CreateAsync(new { kind = "Akcni", title = "Akční plán 2027 k termínu", fromYear = 2027, toYear = 2027, area = "kraj", approvingBody = "Zastupitelstvo", parentPlanId = sprss });
        var stage = $"/jihocesky/plany/priprava/{action}/stav";

        // 2 March 2026, the default format: approved in June (of 2026, for 2027), 30 days of comments, 14 to settle them.
        var page = WebUtility.HtmlDecode(await api.Http.GetStringAsync(stage));
        Assert.Contains("Akční plán má být podle formátu kraje schválen do 30. 6. 2026. Aby stihl připomínkování v obvyklé délce 30 dní a jejich vypořádání, " +
                        "dejte ho k připomínkám nejpozději 18. 5. 2026.", page);
        Assert.DoesNotContain("id=\"termin-schvaleni\"", WebUtility.HtmlDecode(await api.Http.GetStringAsync($"/jihocesky/plany/priprava/{sprss}/stav")));
        await RunAsync();
        Assert.DoesNotContain(app.MessagesTo(PlansHost.Coordinator), m => m.Subject.Contains("Akční plán 2027 k termínu", StringComparison.Ordinal));

        // 4 May: 14 days before the last day to go to comment.
        app.Clock!.Advance(TimeSpan.FromDays(63));
        await RunAsync();
        await RunAsync();
        var reminder = Assert.Single(app.MessagesTo(PlansHost.Coordinator), m => m.Subject.Contains("Akční plán 2027 k termínu", StringComparison.Ordinal));
        Assert.Equal("Termín plánování: schválení akčního plánu „Akční plán 2027 k termínu“ (schválit do 30. 6. 2026)", reminder.Subject);
        Assert.Contains("dejte ho k připomínkám nejpozději 18. 5. 2026", reminder.Text("text/plain"));
        Assert.Contains("Akční plán 2027 k termínu (2027): návrh, schválit do 30. 6. 2026", reminder.Text("text/plain"));
        Assert.Single(app.MessagesTo(PlansHost.Admin), m => m.Subject.Contains("Akční plán 2027 k termínu", StringComparison.Ordinal));

        // 1 July: the deadline is past.
        app.Clock.Advance(TimeSpan.FromDays(58));
        Assert.Contains("Akční plán měl být podle formátu kraje schválen do 30. 6. 2026; termín uplynul.", WebUtility.HtmlDecode(await api.Http.GetStringAsync(stage)));
    }

    private async Task RunAsync()
    {
        await app.RunJobAsync(PlanDeadlinesJob.Name);
        await app.RunJobAsync("notifications.outbox-dispatch");
    }
}
