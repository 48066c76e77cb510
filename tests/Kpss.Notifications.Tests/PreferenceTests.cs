using System.Net;
using Kpss.Notifications.Contracts;
using Kpss.Notifications.Data;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Notifications.Tests;

public sealed class PreferenceTests(NotificationsHost app) : IClassFixture<NotificationsHost>
{
    [Fact]
    public async Task SwitchingRemindersOffFromTheEmailsLink_StopsReminders_ButNotInvitations()
    {
        app.Clock.Set(new DateTime(2026, 5, 4, 8, 0, 0, DateTimeKind.Utc));
        await app.Smtp.InitializeAsync();
        const string email = "bez-pripominek@test.example";
        await app.EnqueueAsync([NotificationsHost.Invitation(email)]);
        await app.DispatchAsync();
        var invitation = Assert.Single(app.Smtp.Received(), m => m.IsTo(email));
        var settings = new Uri(invitation.Link("Nastavení oznámení (např. vypnutí připomínek)")).PathAndQuery;
        var visitor = app.AnonymousClient();

        var page = await visitor.GetStringAsync(settings);
        var token = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + settings).Query)["t"]!;
        var off = await KpssAppFactory.PostFormAsync(visitor, "/oznameni/nastaveni?handler=VypnoutVse", new() { ["t"] = token }, formPageUrl: settings);

        Assert.Contains(email, page);
        Assert.False(invitation.Message.Headers.ContainsKey("List-Unsubscribe")); // invitations are not optional
        Assert.Contains("Připomínky a souhrny jsou vypnuté.", await off.Content.ReadAsStringAsync());
        await app.EnqueueAsync(
        [
            new NotificationRequest("CZ031", new Recipient(email, null), new Notice("Po vypnutí připomínek", NotificationCategory.Reminder)),
            new NotificationRequest("CZ031", new Recipient(email, null), new Notice("Po vypnutí připomínek")),
        ]);
        var result = await app.DispatchAsync();

        Assert.Equal(1, result.Sent);
        Assert.Equal(1, result.Suppressed);
        Assert.DoesNotContain(app.Smtp.Received(), m => m.IsTo(email) && m.Subject.StartsWith("Připomínka:"));
        Assert.Contains(app.Smtp.Received(), m => m.IsTo(email) && m.Subject.StartsWith("Oznámení:"));
    }

    [Fact]
    public async Task AReminder_OffersOneClickUnsubscribe_ThatWorksWithoutALogin()
    {
        app.Clock.Set(new DateTime(2026, 5, 4, 8, 0, 0, DateTimeKind.Utc));
        await app.Smtp.InitializeAsync();
        const string email = "jednim-klikem@test.example";
        await app.EnqueueAsync([new NotificationRequest("CZ031", new Recipient(email, null), new Notice("Jedním klikem", NotificationCategory.Reminder))]);
        await app.DispatchAsync();
        var reminder = Assert.Single(app.Smtp.Received(), m => m.IsTo(email));

        var header = reminder.Message.Headers["List-Unsubscribe"].Trim('<', '>');
        var response = await app.AnonymousClient().PostAsync(new Uri(header).PathAndQuery,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal("List-Unsubscribe=One-Click", reminder.Message.Headers["List-Unsubscribe-Post"]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.EnqueueAsync([new NotificationRequest("CZ031", new Recipient(email, null), new Notice("Jedním klikem", NotificationCategory.Reminder))]);
        Assert.Equal(1, (await app.DispatchAsync()).Suppressed);
    }

    [Fact]
    public async Task OneClickUnsubscribe_SwitchesOffReminders_AndATamperedLinkIsRefusedInCzech()
    {
        string token;
        using (var scope = app.Services.CreateScope())
            token = scope.ServiceProvider.GetRequiredService<Kpss.Notifications.Shared.PreferenceTokens>().Create("Jedno-Kliknuti@test.example");
        var client = app.AnonymousClient();

        var ok = await client.PostAsync($"/oznameni/odhlasit?t={token}", new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        var bad = await client.PostAsync("/oznameni/odhlasit?t=podvrh", new FormUrlEncodedContent(new Dictionary<string, string>()));
        var badPage = await client.GetAsync("/oznameni/nastaveni?t=podvrh");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.Contains("Odkaz na nastavení oznámení je neplatný", await badPage.Content.ReadAsStringAsync());
        using var check = app.Services.CreateScope();
        var pref = await check.ServiceProvider.GetRequiredService<NotificationsDbContext>().Preferences.SingleAsync(p => p.Email == "jedno-kliknuti@test.example");
        Assert.True(pref.RemindersOff);
    }
}
