using System.Net;
using Kpss.Testing;

namespace Kpss.Host.Tests;

/// <summary>
/// The backup verb on a running SQLite installation, and a restore that starts healthy with the same data: the backup
/// is taken while the host serves, put back as another installation's database and job file, and the account made
/// before the backup signs in there. An existing backup is not overwritten unless asked.
/// </summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class BackupTests
{
    private const string Email = "zaloha@test.kpss.example";
    private const string Password = "Zalohovane-heslo-1";

    [Fact]
    public async Task ABackupOfARunningInstallation_RestoresToAHealthyHostWithTheSameData()
    {
        var original = new HostProcess();
        var restored = new HostProcess();
        try
        {
            await original.InitializeAsync();
            await original.RunVerbAsync("create-admin", "--email", Email, "--password", Password, "--kraj", "CZ031");
            var target = Path.Combine(original.DataPath, "zalohy", "kpss-zaloha.db");

            await original.RunVerbAsync("backup", "--do", target);
            var again = await original.ExitCodeOfVerbAsync("backup", "--do", target);

            Assert.Equal(2, again);
            Assert.Contains($"Záloha {target} už existuje. Zvolte jiný soubor, nebo přidejte --prepsat.", original.Log);
            Assert.True(File.Exists(Path.Combine(original.DataPath, "zalohy", "kpss-zaloha-jobs.db")), "the job scheduler's file is backed up beside it");
            Assert.False(File.Exists(target + ".castecna"));

            Directory.CreateDirectory(restored.DataPath);
            File.Copy(target, Path.Combine(restored.DataPath, "kpss.db"));
            File.Copy(Path.Combine(original.DataPath, "zalohy", "kpss-zaloha-jobs.db"), Path.Combine(restored.DataPath, "kpss-jobs.db"));
            await original.DisposeAsync();
            await restored.InitializeAsync();

            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = new Uri(restored.BaseUrl) };
            var signIn = await KpssAppFactory.PostFormAsync(client, "/ucet/prihlaseni", new() { ["Input.Email"] = Email, ["Input.Password"] = Password });
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/jihocesky/admin/pluginy")).StatusCode);
        }
        finally
        {
            await original.DisposeAsync();
            await restored.DisposeAsync();
        }
    }

    [Fact]
    public async Task WithoutATarget_TheVerbSaysHowToCallIt()
    {
        var host = new HostProcess();
        try
        {
            Assert.Equal(2, await host.ExitCodeOfVerbAsync("backup"));
            Assert.Contains("Zadejte soubor zálohy: backup --do", host.Log);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }
}
