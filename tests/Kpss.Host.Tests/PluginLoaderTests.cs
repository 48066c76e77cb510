using Kpss.Host.Platform.Plugins;
using Kpss.Host.Tests.Infrastructure;
using Kpss.Testing;
using Kpss.Plugins.Abstractions;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kpss.Host.Tests;

[Trait(Runs.Key, Runs.Once)]
public sealed class PluginLoaderTests
{
    private static IReadOnlyList<PluginDescriptor> Load(string plugins) => new PluginLoader(NullLogger.Instance).LoadAll(plugins);

    [Fact]
    public void TemplatePlugin_AsBuilt_LoadsAndGivesItsCalendar()
    {
        var plugins = RepoPaths.NewTempDirectory("kpss-plugins");
        FixturePlugins.CopyBuilt(RepoPaths.PluginOutput("Kpss.Kraj.Template"), plugins, "Kpss.Kraj.Template");

        var plugin = Assert.Single(Load(plugins));

        Assert.True(plugin.IsLoaded, plugin.FailureReason);
        Assert.Equal("sablona", plugin.Id);
        Assert.Equal("0.1.0", plugin.Version);
        Assert.True(plugin.AppliesTo("CZ080"));
        var calendar = ((IPlanningCalendarSource)plugin.Instance!).GetPlanningCalendar();
        Assert.Equal("provider-annual-report", Assert.Single(calendar.Deadlines).Key);
    }

    [Fact]
    public void Plugin_SharesTheContractTypeWithTheHost()
    {
        var plugins = RepoPaths.NewTempDirectory("kpss-plugins");
        FixturePlugins.CopyBuilt(Path.Combine(RepoPaths.HostPlugins, "Kpss.Kraj.Jihocesky"), plugins, "Kpss.Kraj.Jihocesky");

        var plugin = Assert.Single(Load(plugins));

        Assert.True(plugin.IsLoaded, plugin.FailureReason);
        // Loaded into its own context, yet implementing the host's IKrajPlugin: the contract assembly is shared.
        Assert.NotSame(System.Runtime.Loader.AssemblyLoadContext.Default,
            System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(plugin.Instance!.GetType().Assembly));
        Assert.IsAssignableFrom<IPlanningCalendarSource>(plugin.Instance);
    }

    [Fact]
    public void PluginFolderThatDoesNotExist_LoadsNothing()
    {
        Assert.Empty(Load(Path.Combine(Path.GetTempPath(), "kpss-none-" + Guid.NewGuid().ToString("N"))));
    }

    [Fact]
    public void TwoPluginsWithOneId_TheSecondFails()
    {
        var plugins = RepoPaths.NewTempDirectory("kpss-plugins");
        foreach (var name in new[] { "Kpss.Kraj.A", "Kpss.Kraj.B" })
            FixtureCompiler.Compile(Path.Combine(plugins, name), name, FixturePlugins.PluginSource(name, "stejny"));

        var loaded = Load(plugins);

        Assert.True(loaded[0].IsLoaded);
        Assert.False(loaded[1].IsLoaded);
        Assert.Equal("Identifikátor „stejny“ už používá jiný nainstalovaný plugin.", loaded[1].FailureReason);
    }

    [Fact]
    public void PluginWithAnInvalidId_Fails()
    {
        var plugins = RepoPaths.NewTempDirectory("kpss-plugins");
        FixtureCompiler.Compile(Path.Combine(plugins, "Kpss.Kraj.Spatny"), "Kpss.Kraj.Spatny", FixturePlugins.PluginSource("Kpss.Kraj.Spatny", "Špatné ID"));

        var plugin = Assert.Single(Load(plugins));

        Assert.False(plugin.IsLoaded);
        Assert.Contains("není platný", plugin.FailureReason);
    }

    [Fact]
    public void AssemblyThatIsNotAPlugin_Fails()
    {
        var plugins = RepoPaths.NewTempDirectory("kpss-plugins");
        FixtureCompiler.Compile(Path.Combine(plugins, "Kpss.Kraj.Knihovna"), "Kpss.Kraj.Knihovna", "public class Nothing { }");

        var plugin = Assert.Single(Load(plugins));

        Assert.Equal("Sestavení neodkazuje na Kpss.Plugins.Abstractions, nejde o kraj plugin.", plugin.FailureReason);
    }

    [Theory]
    [InlineData("1.0", true)]
    [InlineData("1.1", true)]
    [InlineData("1.2", true)]
    [InlineData("1.3", true)]
    [InlineData("1.4", true)]
    [InlineData("1.5", false)]
    [InlineData("0.9", false)]
    [InlineData("2.0", false)]
    public void ContractVersion_IsCompatibleOnlyWithinTheMajorUpToTheHostsMinor(string builtAgainst, bool compatible)
    {
        Assert.Equal("1.4", PluginContract.Version.ToString(2));
        Assert.Equal(compatible, PluginContract.IsCompatible(Version.Parse(builtAgainst)));
    }
}
