using System.Net.Http.Json;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;

namespace Kpss.Meetings.Tests;

/// <summary>A host whose plugins are the Jihočeský plugin and the template, which sets reminders to 3 days at 8:00.</summary>
public sealed class TemplatePluginHost() : KpssAppFactory(Plugins())
{
    public const string Admin = "admin@defaults.test.example";
    public const string Coordinator = "koordinator@defaults.test.example";

    private static string Plugins()
    {
        var plugins = RepoPaths.NewTempDirectory("kpss-plugins");
        foreach (var (source, name) in new[]
                 {
                     (Path.Combine(RepoPaths.HostPlugins, "Kpss.Kraj.Jihocesky"), "Kpss.Kraj.Jihocesky"),
                     (RepoPaths.PluginOutput("Kpss.Kraj.Template"), "Kpss.Kraj.Template"),
                 })
        {
            Directory.CreateDirectory(Path.Combine(plugins, name));
            foreach (var file in Directory.GetFiles(source))
                File.Copy(file, Path.Combine(plugins, name, Path.GetFileName(file)));
        }
        return plugins;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(Admin, KpssRoles.RegionalAdmin, "CZ031");
        await CreateUserAsync(Coordinator, KpssRoles.Coordinator, "CZ031");
    }
}

public sealed class PluginDefaultsTests(TemplatePluginHost app) : IClassFixture<TemplatePluginHost>
{
    [Fact]
    public async Task AKrajPluginsReminderDefault_AppliesToNewMeetings_OnlyWhileEnabled()
    {
        var api = new MeetingsClient(await app.SignedInClientAsync(TemplatePluginHost.Coordinator), "jihocesky");
        var groupId = await api.CreateGroupAsync(await api.CreateProcessAsync());
        var before = await api.GetMeetingAsync(await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-12-10")));

        var admin = await app.SignedInClientAsync(TemplatePluginHost.Admin);
        await MeetingsClient.EnsureOkAsync(await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/sablona", new { enabled = true }));
        var after = await api.GetMeetingAsync(await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-12-10")));

        Assert.Equal(2, before.GetProperty("reminderDaysBefore").GetInt32());
        Assert.Equal("09:00:00", before.GetProperty("reminderTime").GetString());
        Assert.Equal(3, after.GetProperty("reminderDaysBefore").GetInt32());
        Assert.Equal("08:00:00", after.GetProperty("reminderTime").GetString());
    }
}
