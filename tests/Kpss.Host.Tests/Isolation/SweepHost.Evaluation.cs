using System.Net.Http.Json;
using System.Text.Json;

namespace Kpss.Host.Tests.Isolation;

/// <summary>What the sweeps' kraj has of Evaluation: a monitoring round of an approved plan of the seeded process, with
/// its measure's record filled in (<see cref="RouteValues"/>: <c>round</c>, <c>record</c>).</summary>
public partial class SweepHost
{
    /// <summary>
    /// An approved community plan of the seeded process (public, so without the marker), its round of 2027 with a
    /// deadline ahead, and the measure's record reported with a comment that carries <see cref="Secret"/>.
    /// </summary>
    private async Task SeedEvaluationAsync(HttpClient admin)
    {
        var plan = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/plany", new
        {
            kind = "Komunitni", title = "Komunitní plán ke sledování plnění", fromYear = 2027, toYear = 2029, area = "ORP Jindřichův Hradec",
            approvingBody = "Zastupitelstvo města", processId = int.Parse(Ids["process"], System.Globalization.CultureInfo.InvariantCulture),
        }));
        var priority = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/plany/{plan}/polozky",
            new { title = "Priorita ke sledování", category = "systemova", version = await PlanVersionAsync(admin, plan) }));
        await CompletePlanAsync(admin, plan, priority);
        var today = DateOnly.FromDateTime(Kpss.Modules.Abstractions.Time.PragueTime.FromUtc((Clock?.GetUtcNow() ?? DateTimeOffset.UtcNow).UtcDateTime));
        await OkAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/plany/{plan}/schvaleni", new
        {
            resolution = "45/2026/ZM", approvedOn = today.AddDays(-1).ToString("yyyy-MM-dd"), version = await PlanVersionAsync(admin, plan),
        }));
        var round = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/hodnoceni/plany/{plan}/kola",
            new { year = 2027, deadline = today.AddDays(60).ToString("yyyy-MM-dd") }));
        var records = (await admin.GetFromJsonAsync<JsonElement>($"/api/kraje/{Kraj}/hodnoceni/kola/{round}")).GetProperty("records");
        var measure = records.EnumerateArray().First(r => r.GetProperty("filledIn").GetBoolean()).GetProperty("id").GetInt32();
        await OkAsync(await admin.PutAsJsonAsync($"/api/kraje/{Kraj}/hodnoceni/kola/{round}/zaznamy/{measure}", new
        {
            state = "PlnenoPrubezne", money = new[] { new { source = "kraj", spent = 300_000L } }, comment = $"Komentář {Secret}", version = 0,
        }));
        Ids["evaluatedPlan"] = plan.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Ids["round"] = round.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Ids["record"] = measure.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
