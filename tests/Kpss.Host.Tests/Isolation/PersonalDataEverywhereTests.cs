using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// The erasure's proof over everything that exists: the seeded member is put in every place a person can be — a
/// member and an invited guest, a commenter on a plan in comments, a provider's contact, an account with a role and an
/// API key they made, the recipient of mail the platform sent — then the platform admin erases her, and neither her
/// address nor her name is in any column of any table (text or not, packed or not), nor in the job scheduler's storage.
/// </summary>
public sealed class PersonalDataEverywhereTests(SweepHost app) : IClassFixture<SweepHost>
{
    private static readonly string Jana = SeededPerson.Email;
    private static readonly string JanaName = SeededPerson.Name;
    private static readonly string JanaAccount = Jana.Split('@')[0];
    private const string Kraj = SweepHost.Kraj;

    [Fact]
    public async Task AnErasure_LeavesNothingOfThePerson_InAnyPlaceAPersonCanBe_NorInTheJobStorage()
    {
        var admin = await app.SignedInClientAsync(SweepHost.Admin);
        await InviteAsAGuestAsync(admin);
        await CommentOnAPlanAsync(admin);
        await MakeAProvidersContactAsync(admin);
        await app.CreateUserAsync(Jana, KpssRoles.RegionalAdmin, "CZ031");
        var key = await app.InKrajAsync("CZ031", sp => sp.GetRequiredService<Kpss.Host.UseCases.ManageApiTokens.ApiTokenBook>()
            .MakeAsync("CZ031", "Klíč pro výkazy", KpssRoles.Coordinator, null, Jana, CancellationToken.None));
        Assert.NotNull(key.Secret);
        await app.RunJobAsync("notifications.outbox-dispatch"); // the delivery log: mail sent to her
        var places = await DatabaseFingerprint.WhereAsync(app.Database, Jana);
        foreach (var place in new[] { "people.Email", "invitations.Email", "comments.Email", "providers.Email", "users.Email", "api_tokens.CreatedBy", "outbox_messages.ToEmail" })
            Assert.True(places.Any(p => p.EndsWith(place, StringComparison.Ordinal)), $"{place} not seeded; she is in: {string.Join(", ", places)}");

        var platform = await app.SignedInClientAsync(SweepHost.PlatformAdmin);
        var erased = await KpssAppFactory.PostFormAsync(platform, "/admin/osobni-udaje?handler=Erase", new() { ["email"] = Jana, ["potvrzeni"] = Jana }, "/admin/osobni-udaje");

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        foreach (var trace in new[] { Jana, JanaName, JanaAccount })
        {
            Assert.Empty(await DatabaseFingerprint.InJobStorageAsync(app.Database, trace));
            var left = await DatabaseFingerprint.WhereAsync(app.Database, trace);
            // The audit log keeps naming the account that did something (accountability, GDPR art. 17(3)): her address
            // as who made the API key, never her as a member, guest, commenter or contact.
            Assert.DoesNotContain(left, c => !c.EndsWith("audit_log.Changes", StringComparison.Ordinal));
            foreach (var changes in left.Count > 0 ? await AuditChangesWithAsync(trace) : [])
            {
                var fields = JsonDocument.Parse(changes).RootElement.EnumerateObject()
                    .Where(f => f.Value.ToString().Contains(trace, StringComparison.OrdinalIgnoreCase)).Select(f => f.Name);
                Assert.All(fields, f => Assert.Equal("CreatedBy", f));
            }
        }
    }

    private Task<List<string>> AuditChangesWithAsync(string text) => app.InKrajAsync(null, sp =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            sp.GetRequiredService<Kpss.Host.Platform.Data.PlatformDbContext>().AuditLog.Where(a => a.Changes.Contains(text)).Select(a => a.Changes)));

    /// <summary>A guest at another group's meeting: invited by address when it was scheduled.</summary>
    private async Task InviteAsAGuestAsync(HttpClient admin)
    {
        var group = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/procesy/{app.Ids["process"]}/skupiny", new { kind = "WorkingGroup", name = "Rodiny" }));
        var meeting = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/skupiny/{group}/jednani", new
        {
            kind = "WorkingGroup", title = "Jednání s hosty", date = DateTime.UtcNow.AddDays(25).ToString("yyyy-MM-dd"), startTime = "10:00", endTime = "12:00",
            place = "MěÚ Jindřichův Hradec", barrierFree = true, version = 0, agenda = Array.Empty<object>(),
        }));
        await OkAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/jednani/{meeting}/naplanovat", new { emails = new[] { Jana } }));
    }

    /// <summary>A complete plan put to comments today, and her comment on it from its public page (not yet confirmed).</summary>
    private async Task CommentOnAPlanAsync(HttpClient admin)
    {
        const string Base = $"/api/kraje/{Kraj}/plany";
        var plan = await IdAsync(await admin.PostAsJsonAsync(Base, new
        {
            kind = "Sprss", title = "Plán k připomínkám", fromYear = 2027, toYear = 2029, area = "celý kraj", approvingBody = "Zastupitelstvo kraje",
        }));
        async Task<int> VersionAsync() => (await admin.GetFromJsonAsync<JsonElement>($"{Base}/{plan}")).GetProperty("version").GetInt32();
        foreach (var chapter in (await admin.GetFromJsonAsync<JsonElement>($"{Base}/{plan}")).GetProperty("chapters").EnumerateArray())
            await OkAsync(await admin.PutAsJsonAsync($"{Base}/{plan}/kapitoly/{chapter.GetProperty("key").GetString()}", new { text = "Text kapitoly.", version = await VersionAsync() }));
        var priority = await IdAsync(await admin.PostAsJsonAsync($"{Base}/{plan}/polozky", new { title = "Senioři doma", category = "skupinova", targetGroup = "senioři", version = await VersionAsync() }));
        var goal = await IdAsync(await admin.PostAsJsonAsync($"{Base}/{plan}/polozky", new { parentId = priority, title = "Péče v domácnosti", version = await VersionAsync() }));
        await IdAsync(await admin.PostAsJsonAsync($"{Base}/{plan}/polozky", new
        {
            parentId = goal, title = "Odlehčovací služba", responsible = "Charita", fromYear = 2027, toYear = 2028,
            costs = new[] { new { year = 2027, source = "kraj", amount = 400_000L } }, version = await VersionAsync(),
        }));
        var today = Kpss.Modules.Abstractions.Time.PragueTime.Today(TimeProvider.System);
        await OkAsync(await admin.PostAsJsonAsync($"{Base}/{plan}/pripominkovani", new
        {
            commentsFrom = today.ToString("yyyy-MM-dd"), commentsTo = today.AddDays(14).ToString("yyyy-MM-dd"), version = await VersionAsync(),
        }));
        var visitor = app.AnonymousClient();
        var page = $"/{Kraj}/plany/{plan}";
        var fields = PageForms.Find(await visitor.GetStringAsync(page), page, null) ?? [];
        fields["Comment.Text"] = "Doplňte dostupnost služeb na Prachaticku.";
        fields["Comment.AuthorName"] = JanaName;
        fields["Comment.Email"] = Jana;
        var comment = await KpssAppFactory.PostFormAsync(visitor, page, fields);
        Assert.True(comment.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"the comment answered {(int)comment.StatusCode}");
    }

    /// <summary>The provider's service gets her address as its contact: the editor proposes it, the kraj approves.</summary>
    private async Task MakeAProvidersContactAsync(HttpClient admin)
    {
        await OkAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/katalog/navrhy/{app.Ids["changeRequest"]}/rozhodnuti", new { approve = true }));
        var editor = await app.SignedInClientAsync(SweepHost.ProviderEditor);
        var request = await IdAsync(await editor.PostAsJsonAsync($"/api/kraje/{Kraj}/katalog/{app.Ids["service"]}/navrhy", new
        {
            description = "Pečovatelská služba v Kardašově Řečici", openingHours = "po–pá 7:00–15:30", targetGroups = new[] { "senioři" },
            email = Jana, phone = "+420 384 000 222", web = "https://recice.test.example",
        }));
        await OkAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/katalog/navrhy/{request}/rozhodnuti", new { approve = true }));
    }

    private static async Task<int> IdAsync(HttpResponseMessage response)
    {
        await OkAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static async Task OkAsync(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
}
