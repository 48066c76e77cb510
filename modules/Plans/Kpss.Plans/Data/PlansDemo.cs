using Kpss.Plans.UseCases.CreatePlan;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Plans.Data;

/// <summary>
/// Demo plans replaying the seeds, written through the module's own use cases (so they pass every check a coordinator
/// meets): the Jihomoravský SPRSS 2009–2011 with systémové and skupinové priorities and its 17 ORP partners (seed 002),
/// the Jindřichův Hradec community plan 2020–2022 with its action plan 2020 and the next plan now in comment (seed 003),
/// the Valašskomeziříčsko-Kelečsko plan 2022–2024 approved and updated a year later (seed 004); Jihočeský kraj's own
/// medium-term plan and its action plan for this year (with the kraj's network from the catalogue). People are invented.
/// </summary>
internal static class PlansDemo
{
    private sealed record Measure(string Title, string Responsible, int From, int To, (int Year, string Source, long Amount)[] Money,
        (string Name, string Unit, decimal? Baseline, decimal Target, int Year)? Indicator = null, string? WorkingGroup = null);

    private sealed record Goal(string Title, Measure[] Measures);

    private sealed record Priority(string Category, string Title, string? TargetGroup, Goal[] Goals);

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        await InKrajAsync(root, "CZ064", async sp =>
        {
            if (await ExistsAsync(sp, "CZ064", ct)) return;
            var plan = await CreateAsync(sp, "CZ064", NewPlan(PlanKind.Sprss, "Střednědobý plán rozvoje sociálních služeb Jihomoravského kraje 2009–2011",
                2009, 2011, "Jihomoravský kraj", "Zastupitelstvo Jihomoravského kraje", null, null), ct);
            await ChaptersAsync(sp, "CZ064", plan, new()
            {
                ["popisna"] = "Plán připravila pracovní skupina zástupců 17 obcí s rozšířenou působností: Brno, Blansko, Bučovice, Slavkov, " +
                    "Židlochovice, Rosice, Pohořelice, Znojmo, Břeclav, Hodonín, Hustopeče, Tišnov, Moravský Krumlov, Vyškov, Veselí nad Moravou, " +
                    "Kuřim a Boskovice.\n\n- podklady a metodika: projekt *Podpora vytváření krajských plánů* (2007)\n- závěrečný seminář s partnerskými obcemi 18. 12. 2007",
                ["analyticka"] = "## Skupiny uživatelů\n\nNávrh skupin uživatelů vychází z praxe v přístupu k osobám v nepříznivé sociální situaci " +
                    "a z komunitních plánů 74 měst České republiky.\n\n## SWOT analýzy\n\nNejčastější priority obcí s rozšířenou působností kraje.",
                ["vyhodnoceni"] = "Předchozí strategická koncepce kraje pro rok 2008 byla podkladem tohoto plánu; její vyhodnocení je v příloze.",
                ["strategicka"] = "Priority se člení na **systémové** (tvůrčí prostředí, spolupráce a koordinace řídicích týmů měst, rovné podmínky " +
                    "zadavatelů, poskytovatelů a uživatelů) a **skupinové** (služby pro jednotlivé skupiny uživatelů).",
                ["sit"] = "Síť sociálních služeb kraje tvoří služby zařazené do krajské sítě; kapacity a úvazky určuje akční plán na každý rok.",
            }, ct);
            await StrategyAsync(sp, "CZ064", plan,
            [
                new("systemova", "Spolupráce a koordinace plánování v obcích", null,
                [
                    new("Řídicí týmy měst plánují podle společné metodiky", [
                        new("Metodická podpora obcí s rozšířenou působností", "Jihomoravský kraj", 2009, 2011,
                            [(2009, "kraj", 450_000), (2010, "kraj", 450_000), (2011, "eu", 900_000)], ("obce s rozšířenou působností s komunitním plánem", "ORP", 12, 21, 2011)),
                    ]),
                ]),
                new("skupinova", "Senioři doma co nejdéle", "senioři",
                [
                    new("Dostupná terénní péče", [
                        new("Rozšíření pečovatelské služby o večery a víkendy", "obce s rozšířenou působností", 2009, 2011,
                            [(2009, "obec", 1_200_000), (2010, "mpsv", 2_400_000), (2011, "mpsv", 2_600_000)], ("hodin péče týdně", "hodin", 320, 480, 2011)),
                        new("Odlehčovací služba v každém okrese", "poskytovatelé sociálních služeb", 2010, 2011,
                            [(2010, "mpsv", 3_100_000), (2011, "uzivatele", 800_000)]),
                    ]),
                ]),
                new("skupinova", "Osoby se zdravotním postižením", "osoby se zdravotním postižením",
                [
                    new("Bydlení v komunitě místo ústavu", [
                        new("Chráněné bydlení v Brně a Znojmě", "Jihomoravský kraj", 2010, 2011, [(2010, "kraj", 5_000_000), (2011, "eu", 12_000_000)],
                            ("míst chráněného bydlení", "lůžek", 24, 48, 2011)),
                    ]),
                ]),
            ], ct);
            await ApproveAsync(sp, "CZ064", plan, "1934/08/Z 23", new DateOnly(2008, 12, 18), ct);
        }, ct);

        await InKrajAsync(root, "CZ031", async sp =>
        {
            if (await ExistsAsync(sp, "CZ031", ct)) return;
            var today = PragueTime.Today(sp.GetRequiredService<KpssClock>());
            var previous = await CreateAsync(sp, "CZ031", NewPlan(PlanKind.Komunitni, "Komunitní plán sociálních služeb ORP Jindřichův Hradec 2020–2022",
                2020, 2022, "ORP Jindřichův Hradec", "Zastupitelstvo města Jindřichův Hradec", null, null), ct);
            await ChaptersAsync(sp, "CZ031", previous, JhChapters("2020–2022"), ct);
            await StrategyAsync(sp, "CZ031", previous, JhStrategy(2020, 2022), ct);
            await ApproveAsync(sp, "CZ031", previous, "ZM 512/2019", new DateOnly(2019, 12, 11), ct);
            var action = await CreateAsync(sp, "CZ031", NewPlan(PlanKind.Akcni, "Akční plán sociálních služeb ORP Jindřichův Hradec na rok 2020",
                2020, 2020, "ORP Jindřichův Hradec", "Rada města Jindřichův Hradec", previous, null), ct);
            await ChaptersAsync(sp, "CZ031", action, JhChapters("2020"), ct); // its measures: taken over from the plan, with the money of 2020
            await ApproveAsync(sp, "CZ031", action, "RM 88/2020", new DateOnly(2020, 2, 26), ct);

            var from = today.Year;
            // Tied to the Meetings demo's process (seed 003) when it is there: its facts and its public hearing.
            var process = (await sp.GetRequiredService<Kpss.Meetings.Contracts.IPlanningProcesses>().ListAsync("CZ031", ct))
                .FirstOrDefault(p => p.Name.Contains("ORP Jindřichův Hradec", StringComparison.Ordinal))?.Id;
            var current = await CreateAsync(sp, "CZ031", NewPlan(PlanKind.Komunitni, $"Komunitní plán sociálních služeb ORP Jindřichův Hradec {from}–{from + 2}",
                from, from + 2, "ORP Jindřichův Hradec", "Zastupitelstvo města Jindřichův Hradec", null, process), ct);
            await ChaptersAsync(sp, "CZ031", current, JhChapters($"{from}–{from + 2}"), ct);
            await StrategyAsync(sp, "CZ031", current, JhStrategy(from, from + 2), ct);
            Ok(await sp.GetRequiredService<UseCases.OpenComments.OpenComments>().OpenAsync("CZ031", current,
                new UseCases.OpenComments.OpenCommentsInput(today, today.AddDays(29), await VersionAsync(sp, current, ct)), ct), "comments");

            // The kraj's own medium-term plan and its action plan for this year, whose page shows the kraj's network from the catalogue.
            var sprss = await CreateAsync(sp, "CZ031", NewPlan(PlanKind.Sprss,
                $"Střednědobý plán rozvoje sociálních služeb Jihočeského kraje {from - 1}–{from + 1}", from - 1, from + 1, "Jihočeský kraj",
                "Zastupitelstvo Jihočeského kraje", null, null), ct);
            await ChaptersAsync(sp, "CZ031", sprss, new()
            {
                ["popisna"] = "Plán vznikl s obcemi s rozšířenou působností, poskytovateli a uživateli; návrh byl zveřejněn k připomínkám.",
                ["strategicka"] = "Priority kraje pro sociální služby v základní a podmíněné části sítě.",
            }, ct);
            await StrategyAsync(sp, "CZ031", sprss,
            [
                new("skupinova", "Senioři doma co nejdéle", "senioři",
                [
                    new("Terénní a odlehčovací služby v každé ORP", [
                        new("Odlehčovací služby v ORP, kde chybějí", "Jihočeský kraj", from - 1, from + 1,
                            [(from - 1, "kraj", 2_000_000), (from, "mpsv", 4_500_000), (from + 1, "mpsv", 4_800_000)],
                            ("ORP s odlehčovací službou", "ORP", 11, 17, from + 1), "PS Senioři"),
                    ]),
                ]),
            ], ct);
            await ApproveAsync(sp, "CZ031", sprss, $"{from - 2}/ZK-27", new DateOnly(from - 2, 6, 22), ct);
            var krajAction = await CreateAsync(sp, "CZ031", NewPlan(PlanKind.Akcni,
                $"Akční plán rozvoje sociálních služeb Jihočeského kraje na rok {from}", from, from, "Jihočeský kraj",
                "Zastupitelstvo Jihočeského kraje", sprss, null), ct);
            await ChaptersAsync(sp, "CZ031", krajAction, [], ct);
        }, ct);

        await InKrajAsync(root, "CZ072", async sp =>
        {
            if (await ExistsAsync(sp, "CZ072", ct)) return;
            var plan = await CreateAsync(sp, "CZ072", NewPlan(PlanKind.Komunitni,
                "Střednědobý plán rozvoje sociálních služeb Mikroregionu Valašskomeziříčsko-Kelečsko 2022–2024", 2022, 2024,
                "Mikroregion Valašskomeziříčsko-Kelečsko", "Zastupitelstvo města Valašské Meziříčí", null, null), ct);
            await ChaptersAsync(sp, "CZ072", plan, new()
            {
                ["popisna"] = "Na plánu pracovaly pracovní skupiny a manažerský tým komunitního plánování; zástupci obcí, poskytovatelů i uživatelů " +
                    "prošli vzděláváním v práci s potřebami klientů (projekt CZ.03.2.63/0.0/0.0/19_106/0015192).",
                ["analyticka"] = "Potřeby uživatelů, rozvojové záměry poskytovatelů a role obcí jako objednatelů služeb.",
                ["vyhodnoceni"] = "Plnění předchozího plánu vyhodnotil manažerský tým.",
                ["strategicka"] = "Opatření aktualizují potřebné služby a jejich kapacity; plán se každý rok aktualizuje.",
                ["sit"] = "Rozvojové záměry se podávají Zlínskému kraji nejméně rok dopředu.",
            }, ct);
            var ids = await StrategyAsync(sp, "CZ072", plan,
            [
                new("skupinova", "Rodiny s dětmi", "rodiny s dětmi",
                [
                    new("Podpora rodin v krizi", [
                        new("Sociálně aktivizační služba pro rodiny s dětmi", "Mikroregion Valašskomeziříčsko-Kelečsko", 2022, 2024,
                            [(2022, "kraj", 600_000), (2023, "kraj", 650_000), (2024, "kraj", 700_000)], WorkingGroup: "PS Rodina a děti"),
                    ]),
                ]),
            ], ct);
            await ApproveAsync(sp, "CZ072", plan, "ZM 77/2021", new DateOnly(2021, 11, 25), ct);
            Ok(await sp.GetRequiredService<UseCases.AmendPlan.AmendPlan>().AmendAsync("CZ072", plan, await VersionAsync(sp, plan, ct), ct), "amend");
            var change = sp.GetRequiredService<UseCases.ChangeItem.ChangeItem>();
            var measure = ids[^1];
            var parent = await sp.GetRequiredService<PlansDbContext>().Items.Where(i => i.Id == measure).Select(i => i.ParentId).SingleAsync(ct);
            Ok(await change.ChangeAsync("CZ072", plan, measure, new ItemInput
            {
                ParentId = parent, Title = "Sociálně aktivizační služba pro rodiny s dětmi", Responsible = "Mikroregion Valašskomeziříčsko-Kelečsko",
                FromYear = 2022, ToYear = 2024, WorkingGroup = "PS Rodina a děti",
                Costs = [Cost(2022, "kraj", 600_000), Cost(2023, "kraj", 820_000), Cost(2024, "kraj", 880_000)],
            }, await VersionAsync(sp, plan, ct), ct), "change");
            await ApproveAsync(sp, "CZ072", plan, "ZM 102/2022", new DateOnly(2022, 12, 8), ct);
        }, ct);
    }

    private static Dictionary<string, string> JhChapters(string period) => new()
    {
        ["popisna"] = "Plán připravilo 8 pracovních skupin (Senioři, Osoby se zdravotním postižením, Děti, mládež a rodina, Osoby ohrožené sociálním " +
            $"vyloučením a skupiny ve Strmilově, Kardašově Řečici, Nové Bystřici a Nové Včelnici), řídicí skupina a koordinační skupina; období {period}.\n\n" +
            "- informační kampaň\n- dvě veřejná projednání\n- dva kulaté stoly starostů",
        ["analyticka"] = "## Analýzy\n\nSociodemografická analýza regionu, analýza zajištění sociálních služeb, potřeby poskytovatelů, uživatelů a zadavatelů.",
        ["vyhodnoceni"] = "Evaluace předchozího procesu a monitoring plnění záměrů předchozího plánu.",
        ["strategicka"] = "Priority podle pracovních skupin; každé opatření má odpovědný subjekt, období, financování a ukazatel.",
        ["sit"] = "Služby v síti Jihočeského kraje na území ORP; úvazky podle Střednědobého plánu rozvoje sociálních služeb JČK.",
    };

    private static Priority[] JhStrategy(int from, int to) =>
    [
        new("skupinova", "Senioři", "senioři",
        [
            new("Péče v domácím prostředí", [
                new("Pečovatelská služba i ve spádových obcích", "Město Jindřichův Hradec", from, to,
                    Enumerable.Range(from, to - from + 1).Select(y => (y, "obec", 900_000L)).Concat([(to, "mpsv", 1_500_000L)]).ToArray(),
                    ("obcí s pečovatelskou službou", "obcí", 9, 14, to), "PS Senioři"),
            ]),
        ]),
        new("skupinova", "Osoby ohrožené sociálním vyloučením", "osoby ohrožené sociálním vyloučením",
        [
            new("Dostupné bydlení a poradenství", [
                new("Terénní program v sociálně vyloučených lokalitách", "Centrum pro komunitní práci jižní Čechy", from, to,
                    [(from, "eu", 1_100_000), (to, "kraj", 400_000)], ("klientů terénního programu", "osob", 40, 60, to),
                    "PS Osoby ohrožené sociálním vyloučením"),
            ]),
        ]),
    ];

    private static async Task InKrajAsync(IServiceProvider root, string kraj, Func<IServiceProvider, Task> work, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        scope.ServiceProvider.GetRequiredService<ITenantScopes>().ActIn(kraj);
        await work(scope.ServiceProvider);
        ct.ThrowIfCancellationRequested();
    }

    private static Task<bool> ExistsAsync(IServiceProvider sp, string kraj, CancellationToken ct) =>
        sp.GetRequiredService<PlansDbContext>().Plans.AnyAsync(p => p.KrajCode == kraj, ct);

    private static Task<int> VersionAsync(IServiceProvider sp, int plan, CancellationToken ct) =>
        sp.GetRequiredService<PlansDbContext>().Plans.AsNoTracking().Where(p => p.Id == plan).Select(p => p.Version).SingleAsync(ct);

    private static async Task<int> CreateAsync(IServiceProvider sp, string kraj, PlanInput input, CancellationToken ct) =>
        Ok(await sp.GetRequiredService<UseCases.CreatePlan.CreatePlan>().CreateAsync(kraj, input, ct), input.Title!).Id!.Value;

    private static PlanInput NewPlan(PlanKind kind, string title, int fromYear, int toYear, string area, string approvingBody, int? parentPlanId,
        int? processId, bool fromParent = true) => new()
    {
        Kind = kind, Title = title, FromYear = fromYear, ToYear = toYear, Area = area, ApprovingBody = approvingBody, ParentPlanId = parentPlanId,
        ProcessId = processId, FromParent = fromParent,
    };

    private static async Task ChaptersAsync(IServiceProvider sp, string kraj, int plan, Dictionary<string, string> texts, CancellationToken ct)
    {
        var book = sp.GetRequiredService<UseCases.WriteChapter.WriteChapter>();
        foreach (var chapter in (await sp.GetRequiredService<PlanFormats>().OfAsync(kraj, plan, ct)).Chapters.Where(c => c.Mandatory))
            Ok(await book.SaveChapterAsync(kraj, plan, chapter.Key, texts.GetValueOrDefault(chapter.Key, $"{chapter.Title}: {chapter.Guidance}"),
                await VersionAsync(sp, plan, ct), ct), chapter.Key);
    }

    private static ItemCost Cost(int year, string source, long amount) => new() { Year = year, Source = source, Amount = amount };

    /// <summary>Adds the priorities, goals and measures; returns the ids of the measures.</summary>
    private static async Task<List<int>> StrategyAsync(IServiceProvider sp, string kraj, int plan, Priority[] priorities, CancellationToken ct)
    {
        var add = sp.GetRequiredService<UseCases.AddItem.AddItem>();
        var measures = new List<int>();
        async Task<int> AddAsync(ItemInput input) => Ok(await add.AddAsync(kraj, plan, input, await VersionAsync(sp, plan, ct), ct), input.Title!).Id!.Value;
        foreach (var p in priorities)
        {
            var priority = await AddAsync(new ItemInput { Title = p.Title, Category = p.Category, TargetGroup = p.TargetGroup });
            foreach (var g in p.Goals)
            {
                var goal = await AddAsync(new ItemInput { ParentId = priority, Title = g.Title });
                foreach (var m in g.Measures)
                    measures.Add(await AddAsync(new ItemInput
                    {
                        ParentId = goal, Title = m.Title, Responsible = m.Responsible, Partners = "obce a poskytovatelé v území", FromYear = m.From, ToYear = m.To,
                        WorkingGroup = m.WorkingGroup ?? "řídicí skupina", Costs = m.Money.Select(x => Cost(x.Year, x.Source, x.Amount)).ToList(),
                        Indicators = [m.Indicator is { } i
                            ? new ItemIndicator { Name = i.Name, Unit = i.Unit, Baseline = i.Baseline, Target = i.Target, Year = i.Year }
                            : new ItemIndicator { Name = "splněno", Unit = "%", Baseline = 0, Target = 100, Year = m.To }],
                    }));
            }
        }
        return measures;
    }

    private static async Task ApproveAsync(IServiceProvider sp, string kraj, int plan, string resolution, DateOnly on, CancellationToken ct) =>
        Ok(await sp.GetRequiredService<UseCases.ApprovePlan.ApprovePlan>().ApproveAsync(kraj, plan,
            new UseCases.ApprovePlan.ApprovePlanInput(null, resolution, on, await VersionAsync(sp, plan, ct)), ct), resolution);

    private static OperationResult Ok(OperationResult result, string what) =>
        result.Ok ? result : throw new InvalidOperationException($"Demo plan data refused at {what}: {string.Join(" ", result.AllMessages)}");
}
