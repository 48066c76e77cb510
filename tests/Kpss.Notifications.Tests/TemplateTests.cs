using System.Reflection;
using Kpss.Notifications.Contracts;
using Kpss.Notifications.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Notifications.Tests;

/// <summary>A module writes its own messages; Notifications lays them out, adds the footer and sends.</summary>
public sealed class TemplateTests(NotificationsHost app) : IClassFixture<NotificationsHost>
{
    [Fact]
    public async Task AModulesTemplate_IsSentInTheSharedLayout_WithItsCalendarPart_AndEscapedHtml()
    {
        app.Clock.Set(new DateTime(2026, 5, 8, 8, 0, 0, DateTimeKind.Utc));
        await app.Smtp.InitializeAsync();
        const string email = "sablona@test.example";
        await app.EnqueueAsync([new NotificationRequest("CZ031", new Recipient(email, "Jana Nováková"),
            new Notice("Vlastní šablona modulu", Detail: "řádek 1\nřádek 2"))]);

        Assert.Equal(1, (await app.DispatchAsync()).Sent);

        var mail = Assert.Single(app.Smtp.Received(), m => m.IsTo(email));
        Assert.Equal("Oznámení: Vlastní šablona modulu", mail.Subject);
        var text = mail.Message.Text("text/plain");
        Assert.StartsWith("Dobrý den, Jana Nováková,\n\noznamujeme: Vlastní šablona modulu.\n\nKomu: sablona@test.example\n", text.ReplaceLineEndings("\n"));
        Assert.Contains("Body:\n1. první <b>\n2. druhý\n", text.ReplaceLineEndings("\n"));
        Assert.Contains("řádek 1\nřádek 2", text.ReplaceLineEndings("\n"));
        Assert.Contains("Dotazy: Koordinátorka <koordinator@jh.test.example>", text);
        Assert.Contains("Nastavení oznámení (např. vypnutí připomínek): http", text);
        var html = mail.Message.Text("text/html");
        Assert.Contains("<li>první &lt;b&gt;</li>", html);
        Assert.Contains("<a href=\"https://kpss.test.example/a?b=1&amp;c=2\">", html);
        Assert.Contains("METHOD:PUBLISH", mail.Message.Text("text/calendar"));
    }

    [Fact]
    public async Task AReminder_GetsTheFooterThatSaysItCanBeSwitchedOff()
    {
        app.Clock.Set(new DateTime(2026, 5, 8, 9, 0, 0, DateTimeKind.Utc));
        await app.Smtp.InitializeAsync();
        const string email = "sablona-pripominka@test.example";
        await app.EnqueueAsync([new NotificationRequest("CZ031", new Recipient(email, null), new Notice("Termín", NotificationCategory.Reminder))]);

        await app.DispatchAsync();

        var text = Assert.Single(app.Smtp.Received(), m => m.IsTo(email)).Message.Text("text/plain");
        Assert.StartsWith("Dobrý den,\n\n", text.ReplaceLineEndings("\n"));
        Assert.Contains("Připomínky si můžete vypnout v nastavení oznámení: http", text);
    }

    [Fact]
    public async Task AContentTypeWithoutATemplate_IsRefusedBeforeAnythingIsQueued()
    {
        const string first = "pred-sirotkem@test.example";
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.EnqueueAsync(
        [
            new NotificationRequest("CZ031", new Recipient(first, null), new Notice("Má šablonu"), Key: "sirotek:1:"),
            new NotificationRequest("CZ031", new Recipient("sirotek@test.example", null), new Orphan("nemá šablonu")),
        ]));

        Assert.Contains("No message template for " + typeof(Orphan).FullName, error.Message);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        Assert.False(await db.Outbox.IgnoreQueryFilters().AnyAsync(m => m.ToEmail == first || m.ToEmail == "sirotek@test.example"));
    }

    [Fact]
    public void EveryMessageAModuleDeclares_HasItsTemplateRegistered()
    {
        _ = app.Server;
        var modules = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name is { } name && name.StartsWith("Kpss.", StringComparison.Ordinal) && !name.EndsWith(".Tests", StringComparison.Ordinal))
            .ToList();
        var contents = modules.SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(NotificationContent)) && !t.IsAbstract)
            .ToList();
        var registered = app.Services.GetServices<MessageTemplateRegistration>().Select(r => r.ContentType).ToHashSet();

        Assert.Contains(contents, t => t.Assembly.GetName().Name == "Kpss.Meetings"); // the modules are loaded
        Assert.All(contents, t => Assert.True(registered.Contains(t), $"{t.FullName} has no template (services.AddMessageTemplate)"));
        Assert.All(contents, t => Assert.NotNull(app.Services.GetService(typeof(IMessageTemplate<>).MakeGenericType(t))));
    }
}
