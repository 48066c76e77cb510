using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Plans.Contracts;
using Kpss.Plans.Data;
using Kpss.Plans.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Plans.Tests;

/// <summary>
/// <see cref="IPlans"/>, what other modules (Evaluation first) build on, proved member by member against frozen editions
/// on the run's database (SQLite, PostgreSQL, MariaDB): the kraj's plans with validity and editions; one year of an
/// edition as frozen, whatever the draft does after; comments in numbers; an item carried over keeping its code; and
/// nothing of another kraj.
/// </summary>
public sealed class PlansContractTests(PlansHost app) : IClassFixture<PlansHost>
{
    private Task<T> AsKrajAsync<T>(Func<IPlans, Task<T>> call) => app.InKrajAsync("CZ031", sp => call(sp.GetRequiredService<IPlans>()));

    /// <summary>A complete SPRSS 2025–2027 whose measure 1.1.1 has an activity with money and a change of the network in 2026, approved.</summary>
    private async Task<(PlansClient Api, PlansClient Admin, int Plan)> ApprovedPlanAsync(string title)
    {
        var api = await app.ClientAsync();
        var admin = await app.ClientAsync(PlansHost.Admin);
        var (plan, measure) = await api.CompletePlanAsync(title, 2025, 2027);
        await PlansClient.EnsureOkAsync(await api.Http.PutAsJsonAsync($"{api.Base}/{plan}/polozky/{measure}", new
        {
            parentId = await ParentOfAsync(api, plan, measure), title = "Odlehčovací služba", responsible = "Charita", responsibleIco = "25755277", partners = "obce",
            workingGroup = "PS Senioři", fromYear = 2025, toYear = 2026,
            costs = new object[] { new { year = 2025, source = "kraj", amount = 400_000L }, new { year = 2026, source = "mpsv", amount = 600_000L } },
            indicators = new object[]
            {
                new { name = "kapacita", unit = "lůžek", baseline = 4m, target = 10m, year = 2026 },
                new { name = "klientů", unit = "osob", target = 30m, year = 2025 },
            },
            capacities = new object[] { new { year = 2026, kind = "44", form = "pobytová", orpCsuCode = 3105, capacity = 6, unit = "lůžka", staff = 2.5m } },
            version = await api.VersionAsync(plan),
        }));
        await api.AddItemAsync(plan, new()
        {
            ["parentId"] = measure, ["title"] = "Nábor pečovatelek", ["responsible"] = "Město Tábor", ["fromYear"] = 2026, ["toYear"] = 2026,
            ["costs"] = new object[] { new { year = 2026, source = "obec", amount = 50_000L }, new { year = 2026, source = "mpsv", amount = 25_000L } },
        });
        await PlansClient.EnsureOkAsync(await admin.Http.PostAsJsonAsync($"{admin.Base}/{plan}/schvaleni",
            new { resolution = "211/2025/ZK-27", approvedOn = "2025-06-20", version = await api.VersionAsync(plan) }));
        return (api, admin, plan);
    }

    private static async Task WriteChaptersAsync(PlansClient api, int plan)
    {
        foreach (var chapter in (await api.GetAsync(plan)).GetProperty("chapters").EnumerateArray())
            await api.SaveChapterAsync(plan, chapter.GetProperty("key").GetString()!, "Text kapitoly.");
    }

    private static async Task<int> ParentOfAsync(PlansClient api, int plan, int measure) =>
        (await api.GetAsync(plan)).GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("id").GetInt32();

    [Fact]
    public async Task TheKrajsPlans_WithValidityOnTheDay_AndTheirApprovedEditions()
    {
        var (_, _, plan) = await ApprovedPlanAsync("SPRSS pro kontrakt: seznam");

        var mine = (await AsKrajAsync(p => p.ListAsync("CZ031", new DateOnly(2026, 3, 1)))).Single(p => p.Id == plan);
        var later = (await AsKrajAsync(p => p.ListAsync("CZ031", new DateOnly(2028, 1, 1)))).Single(p => p.Id == plan);

        Assert.Equal((PlanKind.Sprss, 2025, 2027, false), (mine.Kind, mine.FromYear, mine.ToYear, mine.InPreparation));
        Assert.Equal(PlanValidity.Platny, mine.Validity);
        Assert.Equal(PlanValidity.Ukonceny, later.Validity);
        var edition = Assert.Single(mine.Editions);
        Assert.Equal((1, "211/2025/ZK-27", new DateOnly(2025, 6, 20)), (edition.Edition, edition.Resolution, edition.ApprovedOn));
        // Another kraj's list does not have it.
        Assert.DoesNotContain(await app.InKrajAsync("CZ064", sp => sp.GetRequiredService<IPlans>().ListAsync("CZ064", new DateOnly(2026, 3, 1))),
            p => p.Id == plan);
    }

    [Fact]
    public async Task AYearOfAFrozenEdition_HasTheYearsItems_MoneyWithActivities_IndicatorKeys_AndChanges_WhateverTheDraftDoesAfter()
    {
        var (api, _, plan) = await ApprovedPlanAsync("SPRSS pro kontrakt: rok");
        // The amendment's draft changes the money; edition 1 stays as approved.
        await PlansClient.EnsureOkAsync(await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/aktualizace", new { version = await api.VersionAsync(plan) }));
        var activity = (await api.GetAsync(plan)).GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("children")[0].GetProperty("children")[0];
        await PlansClient.EnsureOkAsync(await api.Http.DeleteAsync($"{api.Base}/{plan}/polozky/{activity.GetProperty("id").GetInt32()}?verze={await api.VersionAsync(plan)}"));

        var year = await AsKrajAsync(p => p.YearAsync("CZ031", plan, 1, 2026));

        Assert.NotNull(year);
        Assert.Equal(["1", "1.1", "1.1.1", "1.1.1.1"], year.Items.Select(i => i.Code));
        Assert.Equal([ItemLevel.Priorita, ItemLevel.Cil, ItemLevel.Opatreni, ItemLevel.Aktivita], year.Items.Select(i => i.Level));
        var measure = year.Items[2];
        Assert.Equal(("Charita", "25755277"), (measure.Responsible, measure.ResponsibleIco));
        // The measure's money of 2026 includes its activity's; the activity has its own; a goal has none of its own.
        Assert.Equal([new YearMoney(FundingSource.Obec, 50_000), new YearMoney(FundingSource.Mpsv, 625_000)], measure.Money);
        Assert.Equal([new YearMoney(FundingSource.Obec, 50_000), new YearMoney(FundingSource.Mpsv, 25_000)], year.Items[3].Money);
        Assert.Empty(year.Items[1].Money);
        Assert.Equal([new YearIndicator("1.1.1/1", "kapacita", "lůžek", 4m, 10m)], measure.Indicators);
        Assert.Equal([new YearNetworkChange("44", "pobytová", 3105, 6, "lůžka", 2.5m)], measure.NetworkChanges);

        var first = await AsKrajAsync(p => p.YearAsync("CZ031", plan, 1, 2025));
        Assert.Equal(["1", "1.1", "1.1.1"], first!.Items.Select(i => i.Code));
        Assert.Equal([new YearIndicator("1.1.1/2", "klientů", "osob", null, 30m)], first.Items[2].Indicators);
        Assert.Empty(first.Items[2].NetworkChanges);
        // Outside the period, an edition that does not exist, another kraj: nothing.
        Assert.Null(await AsKrajAsync(p => p.YearAsync("CZ031", plan, 1, 2028)));
        Assert.Null(await AsKrajAsync(p => p.YearAsync("CZ031", plan, 2, 2026)));
        Assert.Null(await app.InKrajAsync("CZ064", sp => sp.GetRequiredService<IPlans>().YearAsync("CZ064", plan, 1, 2026)));
    }

    [Fact]
    public async Task CommentsOfEachEdition_AreCountedByTheirAnswer_OnlyConfirmedOnes()
    {
        var api = await app.ClientAsync();
        var (plan, _) = await api.CompletePlanAsync("SPRSS pro kontrakt: připomínky", 2025, 2027);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await PlansClient.EnsureOkAsync(await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/pripominkovani", new
        {
            commentsFrom = today.ToString("yyyy-MM-dd"), commentsTo = today.AddDays(20).ToString("yyyy-MM-dd"), version = await api.VersionAsync(plan),
        }));
        await app.InKrajAsync("CZ031", async sp =>
        {
            var db = sp.GetRequiredService<PlansDbContext>();
            var n = 0;
            foreach (var (answer, confirmed) in new[]
                     {
                         (CommentAnswer.Akceptovano, true), (CommentAnswer.Akceptovano, true), (CommentAnswer.CastecneAkceptovano, true),
                         (CommentAnswer.Neakceptovano, true), (CommentAnswer.BereSeNaVedomi, true), (CommentAnswer.Zadna, true), (CommentAnswer.Zadna, false),
                     })
                db.Comments.Add(new PlanComment
                {
                    PlanId = plan, Edition = 1, Text = "Připomínka", Email = $"pisatel{++n}@kontrakt.test.example", TokenHash = $"{plan:D8}{n:D56}",
                    CreatedAtUtc = DateTime.UtcNow, ConfirmedAtUtc = confirmed ? DateTime.UtcNow : null, Answer = answer,
                });
            return await db.SaveChangesAsync();
        });

        var counts = await AsKrajAsync(p => p.CommentsAsync("CZ031", plan));

        Assert.Equal([new EditionComments(1, Received: 6, Accepted: 2, PartlyAccepted: 1, Refused: 1, Noted: 1, Unanswered: 1)], counts!);
        Assert.Null(await app.InKrajAsync("CZ064", sp => sp.GetRequiredService<IPlans>().CommentsAsync("CZ064", plan)));
    }

    [Fact]
    public async Task AMeasureNotFulfilled_IsCarriedIntoTheNextActionPlan_WithItsCode_AndWithoutItsMoney()
    {
        var (api, admin, sprss) = await ApprovedPlanAsync("SPRSS pro kontrakt: převod");
        var first = await api.CreateAsync(new { kind = "Akcni", title = "Akční plán 2025", fromYear = 2025, toYear = 2025, area = "kraj", approvingBody = "Rada", parentPlanId = sprss });
        await WriteChaptersAsync(api, first);
        var second = await api.CreateAsync(new { kind = "Akcni", title = "Akční plán 2026", fromYear = 2026, toYear = 2026, area = "kraj", approvingBody = "Rada", parentPlanId = sprss, fromParent = false });
        // The 2025 plan's own wording of the measure: what is carried is the action plan's item, not the SPRSS's.
        var firstMeasure = (await api.GetAsync(first)).GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("children")[0];
        await PlansClient.EnsureOkAsync(await api.Http.PutAsJsonAsync($"{api.Base}/{first}/polozky/{firstMeasure.GetProperty("id").GetInt32()}", new
        {
            parentId = (await api.GetAsync(first)).GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("id").GetInt32(),
            title = "Odlehčovací služba (2025)", responsible = "Charita", partners = "obce", workingGroup = "PS Senioři", fromYear = 2025, toYear = 2025,
            version = await api.VersionAsync(first),
        }));
        await PlansClient.EnsureOkAsync(await admin.Http.PostAsJsonAsync($"{admin.Base}/{first}/schvaleni",
            new { resolution = "12/2025/RK", approvedOn = "2025-06-20", version = await api.VersionAsync(first) }));
        // The 2026 plan already has a priority and a goal of its own with the same numbers: the measure goes under them.
        var ownPriority = await api.AddItemAsync(second, new() { ["title"] = "Vlastní priorita 2026", ["category"] = "systemova" });
        await api.AddItemAsync(second, new() { ["parentId"] = ownPriority, ["title"] = "Vlastní cíl 2026" });
        var version = await api.VersionAsync(second);

        var carried = await AsKrajAsync(p => p.CarryOverAsync("CZ031", first, "1.1.1", second));

        Assert.True(carried.Ok, string.Join(" ", carried.AllMessages));
        var target = await api.GetAsync(second);
        var measure = target.GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("children")[0];
        Assert.Equal(["1", "1.1", "1.1.1"], new[] { target.GetProperty("priorities")[0], target.GetProperty("priorities")[0].GetProperty("children")[0], measure }
            .Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(("Odlehčovací služba (2025)", 2026, 2026), (measure.GetProperty("title").GetString(), measure.GetProperty("fromYear").GetInt32(), measure.GetProperty("toYear").GetInt32()));
        Assert.Equal("Vlastní cíl 2026", target.GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("title").GetString());
        Assert.Equal(0, target.GetProperty("totals").GetProperty("total").GetInt64());
        Assert.Equal(carried.Id, measure.GetProperty("id").GetInt32());
        Assert.Equal(version + 1, target.GetProperty("version").GetInt32());

        // Once only; never into an approved plan, backwards, from another kraj, or a code the plan does not have.
        var again = await AsKrajAsync(p => p.CarryOverAsync("CZ031", first, "1.1.1", second));
        Assert.Equal(["Položka 1.1.1 už v cílovém akčním plánu je."], again.AllMessages);
        Assert.Equal([""], again.Errors.Keys);
        Assert.Equal(["Položku lze převést jen z akčního plánu do jiného akčního plánu téhož nadřazeného plánu."],
            (await AsKrajAsync(p => p.CarryOverAsync("CZ031", sprss, "1.1.1", second))).AllMessages);
        // … nor into a plan that is no action plan (the target's kind is checked as the source's is).
        Assert.Equal(["Položku lze převést jen z akčního plánu do jiného akčního plánu téhož nadřazeného plánu."],
            (await AsKrajAsync(p => p.CarryOverAsync("CZ031", first, "1.1.1", sprss))).AllMessages);
        Assert.True((await AsKrajAsync(p => p.CarryOverAsync("CZ031", first, "1.1.1", 999_999))).NotFound);
        Assert.Equal(["Položku lze převést jen do akčního plánu na pozdější rok než 2026."], (await AsKrajAsync(p => p.CarryOverAsync("CZ031", second, "1.1.1", first))).AllMessages);
        Assert.Equal(["Akční plán nemá položku s kódem 9.9.9."], (await AsKrajAsync(p => p.CarryOverAsync("CZ031", first, "9.9.9", second))).AllMessages);
        var third = await api.CreateAsync(new { kind = "Akcni", title = "Jiný akční plán 2026", fromYear = 2026, toYear = 2026, area = "kraj", approvingBody = "Rada", parentPlanId = sprss });
        await WriteChaptersAsync(api, third);
        await PlansClient.EnsureOkAsync(await admin.Http.PostAsJsonAsync($"{admin.Base}/{third}/schvaleni",
            new { resolution = "13/2026/RK", approvedOn = "2026-06-20", version = await api.VersionAsync(third) }));
        var approved = await AsKrajAsync(p => p.CarryOverAsync("CZ031", first, "1.1.1", third));
        Assert.Equal(["Položku lze převést jen do návrhu akčního plánu; schválený plán se mění aktualizací."], approved.AllMessages);
        Assert.Equal([""], approved.Errors.Keys);
        // A plan of the same year is no later plan (checked before whether it is a draft).
        Assert.Equal(["Položku lze převést jen do akčního plánu na pozdější rok než 2026."],
            (await AsKrajAsync(p => p.CarryOverAsync("CZ031", second, "1.1.1", third))).AllMessages);
        // Into a plan with nothing yet: the priority and goal come with it, each new level under the one added before.
        var empty = await api.CreateAsync(new { kind = "Akcni", title = "Akční plán 2027", fromYear = 2027, toYear = 2027, area = "kraj", approvingBody = "Rada", parentPlanId = sprss, fromParent = false });
        Assert.True((await AsKrajAsync(p => p.CarryOverAsync("CZ031", first, "1.1.1", empty))).Ok);
        var built = (await api.GetAsync(empty)).GetProperty("priorities");
        Assert.Equal(("1", "1.1", "1.1.1", "Odlehčovací služba (2025)"), (built[0].GetProperty("code").GetString(), built[0].GetProperty("children")[0].GetProperty("code").GetString(),
            built[0].GetProperty("children")[0].GetProperty("children")[0].GetProperty("code").GetString(),
            built[0].GetProperty("children")[0].GetProperty("children")[0].GetProperty("title").GetString()));
        var otherKraj = await app.InKrajAsync("CZ064", sp => sp.GetRequiredService<IPlans>().CarryOverAsync("CZ064", first, "1.1.1", second));
        Assert.True(otherKraj.NotFound);
        Assert.Equal(version + 1, await api.VersionAsync(second));
    }
}
