namespace Kpss.Architecture.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Projects_ReferenceOnlyWhatTheirKindMay()
    {
        var projects = Solution.Projects();

        Assert.Contains(projects, p => p.Kind == ProjectKind.Host);
        Assert.Contains(projects, p => p.Kind == ProjectKind.Plugin);
        Assert.Empty(ArchitectureRules.Violations(projects));
    }

    [Fact]
    public void HostAssembly_ReferencesNoModuleOrPlugin()
    {
        var host = Path.Combine(Solution.Root, "host", "Kpss.Host", "bin", Solution.Configuration, "net10.0", "Kpss.Host.dll");

        var references = Solution.KpssReferencesOf(host);

        Assert.Contains("Kpss.Plugins.Abstractions", references);
        Assert.Empty(ArchitectureRules.AssemblyViolations("Kpss.Host", ProjectKind.Host, references));
    }

    [Theory]
    [InlineData("Kpss.Kraj.Jihocesky")]
    [InlineData("Kpss.Kraj.Template")]
    public void PluginAssembly_ReferencesOnlyAbstractionsAndContracts(string plugin)
    {
        var output = Path.Combine(Solution.Root, "plugins", plugin, "bin", Solution.Configuration, "net10.0");

        var references = Solution.KpssReferencesOf(Path.Combine(output, plugin + ".dll"));

        Assert.Equal(["Kpss.Plugins.Abstractions"], references);
        // The contract is shared with the host, never shipped inside the plugin.
        Assert.False(File.Exists(Path.Combine(output, "Kpss.Plugins.Abstractions.dll")));
    }

    [Fact]
    public void Rules_CatchAHostThatReferencesAPlugin_AModuleThatReferencesAnotherModule_AndAPluginThatReferencesAModule()
    {
        ProjectNode[] projects =
        [
            new("Kpss.Host", ProjectKind.Host, ["Kpss.Kraj.Jihocesky", "Kpss.Modules.Abstractions"]),
            new("Kpss.Meetings", ProjectKind.Module, ["Kpss.Notifications", "Kpss.Notifications.Contracts"]),
            new("Kpss.Notifications", ProjectKind.Module, ["Kpss.Modules.Abstractions"]),
            new("Kpss.Notifications.Contracts", ProjectKind.Contracts, ["Kpss.Meetings"]),
            new("Kpss.Kraj.Jihocesky", ProjectKind.Plugin, ["Kpss.Plugins.Abstractions", "Kpss.Meetings"]),
            new("Kpss.Modules.Abstractions", ProjectKind.ModuleAbstractions, []),
            new("Kpss.Plugins.Abstractions", ProjectKind.PluginAbstractions, []),
            new("Kpss.Meetings.Tests", ProjectKind.Test, ["Kpss.Meetings", "Kpss.Host"]),
        ];

        var violations = ArchitectureRules.Violations(projects);

        Assert.Equal(
        [
            "Kpss.Host (Host) → Kpss.Kraj.Jihocesky (Plugin)",
            "Kpss.Meetings (Module) → Kpss.Notifications (Module)",
            "Kpss.Notifications.Contracts (Contracts) → Kpss.Meetings (Module)",
            "Kpss.Kraj.Jihocesky (Plugin) → Kpss.Meetings (Module)",
        ], violations);
    }

    [Fact]
    public void AssemblyRules_CatchAHostThatReferencesAModuleAssembly()
    {
        var violations = ArchitectureRules.AssemblyViolations("Kpss.Host", ProjectKind.Host,
            ["Kpss.Modules.Abstractions", "Kpss.Meetings", "Kpss.Meetings.Contracts", "Kpss.Kraj.Zlinsky"]);

        Assert.Equal(
        [
            "Kpss.Host (Host) references assembly Kpss.Meetings",
            "Kpss.Host (Host) references assembly Kpss.Kraj.Zlinsky",
        ], violations);
    }
}
