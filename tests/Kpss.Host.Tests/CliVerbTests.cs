using Kpss.Host.Platform.Cli;
using Kpss.Testing;

namespace Kpss.Host.Tests;

[Trait(Runs.Key, Runs.Once)]
public sealed class CliVerbTests
{
    [Fact]
    public void NoArguments_MeansServe()
    {
        Assert.Null(CliVerb.Parse([]));
        Assert.Null(CliVerb.Parse(["--urls", "http://127.0.0.1:5000"]));
    }

    [Fact]
    public void CreateAdmin_ReadsItsOptions()
    {
        var verb = CliVerb.Parse(["create-admin", "--email", "a@b.cz", "--kraj", "CZ031", "--name", "Alena Dvořáková"]);

        Assert.NotNull(verb);
        Assert.Equal("create-admin", verb.Name);
        Assert.Equal("a@b.cz", verb.Options["email"]);
        Assert.Equal("CZ031", verb.Options["kraj"]);
        Assert.Equal("Alena Dvořáková", verb.Options["name"]);
    }

    [Fact]
    public async Task RunJob_NamesTheJobsThatExist_WhenGivenOneThatDoesNot()
    {
        var host = new Kpss.Testing.HostProcess();
        try
        {
            var exit = await host.ExitCodeOfVerbAsync("run-job", "--name", "neexistujici.uloha");

            Assert.Equal(2, exit);
            Assert.Contains("Úloha „neexistujici.uloha“ neexistuje. Úlohy: catalogue.import, notifications.outbox-dispatch", host.Log);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }
}
