using System.Net.Http.Json;
using Kpss.Plans.Contracts;
using Kpss.Plans.Domain;
using Kpss.Testing;

namespace Kpss.Plans.Tests;

/// <summary>
/// An approved plan is in force within its period, replaced once a later plan of the same kind and area is, and ended
/// after its period with no successor — read from the dates, on the public list, the plan's page and the kraj's home page.
/// </summary>
public sealed class PlanValidityTests(PlansClockHost app) : IClassFixture<PlansClockHost>
{
    private static ApprovedPeriod Period(int id, int from, int to, string area = "celý kraj", PlanKind kind = PlanKind.Sprss) => new(id, kind, area, from, to);

    [Theory]
    [InlineData("2026-06-30", "Platny")]
    [InlineData("2024-12-31", "Schvaleny")]
    [InlineData("2028-01-01", "Nahrazeny")]
    public void APlan_IsInForce_UntilItsSuccessorBegins(string day, string validity)
    {
        var expected = Enum.Parse<PlanValidity>(validity);
        var current = Period(1, 2025, 2027);
        var next = Period(2, 2028, 2030);
        Assert.Equal(expected, PlanValidities.Of(current, [current, next], DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void APlan_WithoutSuccessor_EndsWithItsPeriod_AndOnlyThePlansOfItsKindAndAreaReplaceIt()
    {
        var old = Period(1, 2009, 2011, "Jihomoravský kraj");
        var otherArea = Period(2, 2012, 2014, "ORP Brno");
        var otherKind = Period(3, 2012, 2012, "Jihomoravský kraj", PlanKind.Akcni);
        var sameWords = Period(4, 2015, 2017, "  jihomoravský   kraj ");
        var today = new DateOnly(2013, 5, 1);

        Assert.Equal(PlanValidity.Ukonceny, PlanValidities.Of(old, [old, otherArea, otherKind], today));
        Assert.Equal(PlanValidity.Nahrazeny, PlanValidities.Of(old, [old, sameWords], new DateOnly(2015, 1, 1)));
        Assert.Equal(PlanValidity.Ukonceny, PlanValidities.Of(old, [old, sameWords], new DateOnly(2014, 12, 31)));
        // Another approved plan of the same first year is no successor (neither replaces the other).
        Assert.Equal(PlanValidity.Ukonceny, PlanValidities.Of(old, [old, Period(6, 2009, 2012, "Jihomoravský kraj")], today));
        // A plan replaced within its own period: the successor has begun.
        Assert.Equal(PlanValidity.Nahrazeny, PlanValidities.Of(Period(5, 2013, 2016, "Jihomoravský kraj"), [Period(5, 2013, 2016, "Jihomoravský kraj"), sameWords], new DateOnly(2015, 3, 1)));
    }

    [Fact]
    public async Task ThePublicPages_ShowThePlanInForceFirst_AndTheHistoryAfterIt_AsTheYearsGoBy()
    {
        var api = await app.ClientAsync();
        var admin = await app.ClientAsync(PlansHost.Admin);
        var (current, _) = await api.CompletePlanAsync("SPRSS platný 2025–2026", 2025, 2026);
        var (next, _) = await api.CompletePlanAsync("SPRSS příští 2027–2029", 2027, 2029);
        await ApproveAsync(admin, current, "10/2024/ZK", new DateOnly(2024, 12, 12));
        await ApproveAsync(admin, next, "5/2026/ZK", app.Today);
        var visitor = app.AnonymousClient();

        var list = Sections(await visitor.GetStringAsync("/jihocesky/plany"));
        Assert.Contains("SPRSS platný 2025–2026", list["platne"]);
        Assert.Contains("platný</strong>", list["platne"]);
        Assert.Contains("SPRSS příští 2027–2029", list["schvalene"]);
        Assert.Contains("schválený, platí od 1. 1. 2027", list["schvalene"]);
        Assert.Contains("platný", await visitor.GetStringAsync($"/jihocesky/plany/{current}"));
        var home = await visitor.GetStringAsync("/jihocesky");
        Assert.True(home.IndexOf("SPRSS platný 2025–2026", StringComparison.Ordinal) < home.IndexOf("SPRSS příští 2027–2029", StringComparison.Ordinal),
            "the plan in force first on the kraj's home page");

        app.Clock!.Set(new DateTime(2027, 1, 1, 8, 0, 0, DateTimeKind.Utc));
        list = Sections(await visitor.GetStringAsync("/jihocesky/plany"));
        Assert.Contains("SPRSS příští 2027–2029", list["platne"]);
        Assert.Contains("SPRSS platný 2025–2026", list["historie"]);
        Assert.Contains("nahrazený", list["historie"]);
        Assert.DoesNotContain("SPRSS platný 2025–2026", list["platne"]);
        Assert.Contains("nahrazený", await visitor.GetStringAsync($"/jihocesky/plany/{current}"));
        home = await visitor.GetStringAsync("/jihocesky");
        Assert.True(home.IndexOf("SPRSS příští 2027–2029", StringComparison.Ordinal) < home.IndexOf("SPRSS platný 2025–2026", StringComparison.Ordinal),
            "the successor in force first, the replaced plan after it");

        app.Clock!.Set(new DateTime(2030, 2, 1, 8, 0, 0, DateTimeKind.Utc));
        list = Sections(await visitor.GetStringAsync("/jihocesky/plany"));
        Assert.DoesNotContain("SPRSS", list["platne"]);
        Assert.Contains("SPRSS příští 2027–2029", list["historie"]);
        Assert.Contains("ukončený", list["historie"]);
    }

    private static async Task ApproveAsync(PlansClient admin, int plan, string resolution, DateOnly on) =>
        await PlansClient.EnsureOkAsync(await admin.Http.PostAsJsonAsync($"{admin.Base}/{plan}/schvaleni",
            new { approvedBy = "Zastupitelstvo kraje", resolution, approvedOn = on.ToString("yyyy-MM-dd"), version = await admin.VersionAsync(plan) }));

    /// <summary>The public list's sections by their anchor (platne, pripominkovani, schvalene, historie): the HTML up to the next heading.</summary>
    private static Dictionary<string, string> Sections(string html)
    {
        var parts = new Dictionary<string, string> { ["platne"] = "", ["pripominkovani"] = "", ["schvalene"] = "", ["historie"] = "" };
        foreach (var id in parts.Keys.ToList())
        {
            var start = html.IndexOf($"<h2 id=\"{id}\">", StringComparison.Ordinal);
            if (start < 0) continue;
            var end = html.IndexOf("<h2", start + 4, StringComparison.Ordinal);
            parts[id] = end < 0 ? html[start..] : html[start..end];
        }
        return parts;
    }
}
