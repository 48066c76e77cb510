using System.Net;
using System.Text.Json;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;

namespace Kpss.Host.Tests.Isolation;

/// <summary>The seeded kraj's member the GDPR tests look for, and the kraj's desk.</summary>
internal static class SeededPerson
{
    public static readonly string Email = $"jana.{SweepHost.Secret.ToLowerInvariant()}@members.test.example";
    public static readonly string Name = $"Jana {SweepHost.Secret}";
    public const string Desk = $"/{SweepHost.Kraj}/admin/osobni-udaje";
}

/// <summary>
/// A person's data across every module, by their e-mail (GDPR art. 15, 17, 20): the kraj's regional admin finds and
/// exports it, and erases it — names anonymised, addresses gone from every table, the account removed, the
/// statistics kept; another kraj's admin finds nothing of it; a signed-in person downloads their own.
/// </summary>
public sealed class PersonalDataTests(SweepHost app) : IClassFixture<SweepHost>
{
    private static readonly string Jana = SeededPerson.Email;
    private static readonly string JanaName = SeededPerson.Name;
    private const string Desk = SeededPerson.Desk;

    [Fact]
    public async Task TheRegionalAdmin_FindsAPersonInEveryModule_AndDownloadsItAsJsonAndAsText()
    {
        var admin = await app.SignedInClientAsync(SweepHost.Admin);

        var page = await admin.GetStringAsync($"{Desk}?email={Uri.EscapeDataString(Jana.ToUpperInvariant())}");
        var json = JsonDocument.Parse(await admin.GetByteArrayAsync($"{Desk}?email={Uri.EscapeDataString(Jana)}&handler=Json")).RootElement;
        var text = await admin.GetStringAsync($"{Desk}?email={Uri.EscapeDataString(Jana)}&handler=Text");

        Assert.Contains("Osoba v adresáři kraje", page);
        Assert.Contains("Člen skupiny", page);
        Assert.Contains("Pozvánka na jednání", page);
        Assert.Equal(Jana, json.GetProperty("email").GetString());
        Assert.Equal("Jihočeský kraj", json.GetProperty("rozsah").GetString());
        var meetings = json.GetProperty("moduly").EnumerateArray().Single(m => m.GetProperty("modul").GetString() == "Jednání a pracovní skupiny");
        var kinds = meetings.GetProperty("polozky").EnumerateArray().Select(i => i.GetProperty("druh").GetString()).ToList();
        Assert.Contains("Osoba v adresáři kraje", kinds);
        Assert.Contains("Člen skupiny", kinds);
        Assert.Contains("Pozvánka na jednání", kinds);
        var person = meetings.GetProperty("polozky").EnumerateArray().First(i => i.GetProperty("druh").GetString() == "Osoba v adresáři kraje");
        Assert.Equal(JanaName, person.GetProperty("udaje").GetProperty("Jméno").GetString());
        Assert.Equal("+420 777 000 111", person.GetProperty("udaje").GetProperty("Telefon").GetString());
        Assert.Contains(json.GetProperty("moduly").EnumerateArray(), m => m.GetProperty("modul").GetString() == "Oznámení e-mailem"
            && m.GetProperty("polozky").GetArrayLength() > 0); // the invitation sent to her
        Assert.StartsWith($"Osobní údaje osoby s e-mailem {Jana}", text);
        Assert.Contains("Člen skupiny (1):", text);
    }

    [Fact]
    public async Task AnotherKrajsAdmin_FindsNothingOfTheKraj_AndCannotOpenItsDesk()
    {
        var other = await app.SignedInClientAsync(SweepHost.OtherAdmin);

        var own = await other.GetStringAsync($"/{SweepHost.OtherKraj}/admin/osobni-udaje?email={Uri.EscapeDataString(Jana)}");
        var json = JsonDocument.Parse(await other.GetByteArrayAsync($"/{SweepHost.OtherKraj}/admin/osobni-udaje?email={Uri.EscapeDataString(Jana)}&handler=Json")).RootElement;
        var theirs = await other.GetAsync($"{Desk}?email={Uri.EscapeDataString(Jana)}");

        Assert.Contains("nic neuchovává", own);
        Assert.All(json.GetProperty("moduly").EnumerateArray(), m => Assert.Equal(0, m.GetProperty("polozky").GetArrayLength()));
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
    }

    [Fact]
    public async Task ABadAddressOrAWrongConfirmation_IsACzechMessage_AndErasesNothing()
    {
        var admin = await app.SignedInClientAsync(SweepHost.Admin);

        var bad = await admin.GetAsync($"{Desk}?email=neni-adresa");
        var wrong = await KpssAppFactory.PostFormAsync(admin, $"{Desk}?handler=Erase", new() { ["email"] = Jana, ["potvrzeni"] = "jina@adresa.test.example" }, Desk);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("„neni-adresa“ není e-mailová adresa.", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Pro potvrzení napište znovu přesně tentýž e-mail.", await wrong.Content.ReadAsStringAsync());
        Assert.NotEmpty(await DatabaseFingerprint.WhereAsync(app.Database, Jana));
    }

    [Fact]
    public async Task ASignedInPerson_DownloadsTheirOwnData()
    {
        var petr = $"petr.{SweepHost.Secret.ToLowerInvariant()}@members.test.example";
        await app.CreateUserAsync(petr, KpssRoles.Member, "CZ031");
        var client = await app.SignedInClientAsync(petr);

        var page = await client.GetStringAsync("/ucet/moje-udaje");
        var json = JsonDocument.Parse(await client.GetByteArrayAsync("/ucet/moje-udaje?handler=Json")).RootElement;

        Assert.Contains("Člen skupiny", page);
        Assert.Equal(petr, json.GetProperty("email").GetString());
        Assert.Equal("všechny kraje", json.GetProperty("rozsah").GetString());
        var kinds = json.GetProperty("moduly").EnumerateArray().SelectMany(m => m.GetProperty("polozky").EnumerateArray())
            .Select(i => i.GetProperty("druh").GetString()).ToList();
        Assert.Contains("Účet", kinds);
        Assert.Contains("Role", kinds);
        Assert.Contains("Člen skupiny", kinds);
        Assert.DoesNotContain(Jana, json.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await app.AnonymousClient().GetAsync("/ucet/moje-udaje")).StatusCode);
    }

}

/// <summary>An erasure, on a host of its own (it changes the seeded kraj for good).</summary>
public sealed class PersonalDataErasureTests(SweepHost app) : IClassFixture<SweepHost>
{
    private static readonly string Jana = SeededPerson.Email;
    private static readonly string JanaName = SeededPerson.Name;
    private const string Desk = SeededPerson.Desk;

    [Fact]
    public async Task AnErasure_AnonymisesThePersonEverywhere_RemovesTheAccount_AndKeepsTheStatistics()
    {
        var admin = await app.SignedInClientAsync(SweepHost.Admin);
        var participation = $"/api/kraje/{SweepHost.Kraj}/skupiny/{app.Ids["group"]}/ucast";
        var before = await admin.GetStringAsync(participation);

        var erased = await KpssAppFactory.PostFormAsync(admin, $"{Desk}?handler=Erase", new() { ["email"] = Jana, ["potvrzeni"] = Jana.ToUpperInvariant() }, Desk);
        var editor = await KpssAppFactory.PostFormAsync(admin, $"{Desk}?handler=Erase",
            new() { ["email"] = SweepHost.ProviderEditor, ["potvrzeni"] = SweepHost.ProviderEditor }, Desk);

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);
        Assert.Contains("jsou vymazány", await admin.GetStringAsync(erased.Headers.Location!.OriginalString));
        // Nothing of her is left in any table but the audit log, which never held her name or address.
        Assert.Empty(Except(await DatabaseFingerprint.WhereAsync(app.Database, Jana), "audit_log"));
        Assert.Empty(Except(await DatabaseFingerprint.WhereAsync(app.Database, JanaName), "audit_log"));
        Assert.Empty(await DatabaseFingerprint.WhereAsync(app.Database, Jana));
        Assert.Empty(await DatabaseFingerprint.WhereAsync(app.Database, JanaName));
        // The editor's account is gone; the log keeps naming the account that made a change (accountability).
        Assert.Empty(Except(await DatabaseFingerprint.WhereAsync(app.Database, SweepHost.ProviderEditor), "audit_log"));
        var login = await app.AnonymousClient().GetAsync("/ucet/prihlaseni");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var signIn = await KpssAppFactory.PostFormAsync(app.AnonymousClient(), "/ucet/prihlaseni",
            new() { ["Input.Email"] = SweepHost.ProviderEditor, ["Input.Password"] = KpssAppFactory.Password });
        Assert.NotEqual(HttpStatusCode.Redirect, signIn.StatusCode);
        // What stays: the other member, the attendance by role, the meeting's list with the anonymised name.
        Assert.NotEmpty(await DatabaseFingerprint.WhereAsync(app.Database, $"Petr {SweepHost.Secret}"));
        Assert.Equal(before, await admin.GetStringAsync(participation));
        Assert.Contains("anonymizovaný účastník", await admin.GetStringAsync($"/{SweepHost.Kraj}/jednani/{app.Ids["meeting"]}/dochazka"));
        Assert.Contains("nic neuchovává", await admin.GetStringAsync($"{Desk}?email={Uri.EscapeDataString(Jana)}"));
    }

    private static IEnumerable<string> Except(IEnumerable<string> columns, string table) =>
        columns.Where(c => !c.Split('.')[^2].EndsWith(table, StringComparison.Ordinal));
}
