using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Host.Tests.Isolation;
using Kpss.Testing;

namespace Kpss.Host.Tests.Contract;

/// <summary>
/// The sweeps' kraj (<see cref="SweepHost"/>) at a fixed day before the dates the examples name (so that an example's
/// comment period or meeting is still ahead), with its draft plan made complete — every chapter written, the seeded
/// priority with a goal and a measure that has all a measure needs — so that the plan's whole way (comments, hearing,
/// approval, amendment) can be walked with the examples.
/// </summary>
public sealed class ContractHost : SweepHost
{
    /// <summary>The day the walk starts: 1 December 2026, 9:00 in Prague.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    public ContractHost() => Clock = new FakeClock(Start);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var admin = await SignedInClientAsync(Admin);
        var plan = $"/api/kraje/{Kraj}/plany/{Ids["plan"]}";
        async Task<int> VersionAsync() => (await admin.GetFromJsonAsync<JsonElement>(plan)).GetProperty("version").GetInt32();
        foreach (var chapter in (await admin.GetFromJsonAsync<JsonElement>(plan)).GetProperty("chapters").EnumerateArray())
            await OkAsync(await admin.PutAsJsonAsync($"{plan}/kapitoly/{chapter.GetProperty("key").GetString()}",
                new { text = $"Text kapitoly {chapter.GetProperty("title").GetString()}.", version = await VersionAsync() }));
        var goal = await IdAsync(await admin.PostAsJsonAsync($"{plan}/polozky", new
        {
            parentId = int.Parse(Ids["planItem"], System.Globalization.CultureInfo.InvariantCulture), title = "Péče v domácnosti", version = await VersionAsync(),
        }));
        await IdAsync(await admin.PostAsJsonAsync($"{plan}/polozky", new
        {
            parentId = goal, title = "Odlehčovací služba", responsible = "Charita Jindřichův Hradec", partners = "obce ORP", workingGroup = "PS Senioři",
            fromYear = 2027, toYear = 2028,
            costs = new object[] { new { year = 2027, source = "kraj", amount = 400_000L }, new { year = 2028, source = "mpsv", amount = 600_000L } },
            indicators = new object[] { new { name = "kapacita", unit = "lůžek", target = 10m, year = 2028 } },
            version = await VersionAsync(),
        }));
        var missing = (await admin.GetFromJsonAsync<JsonElement>(plan)).GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.True(missing.Count == 0, "the seeded plan is not complete: " + string.Join(" ", missing));
    }
}
