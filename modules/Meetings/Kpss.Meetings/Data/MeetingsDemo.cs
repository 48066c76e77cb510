using Kpss.Meetings.UseCases.CreateProcess;
using Kpss.Meetings.UseCases.CreateGroup;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Meetings.Data;

/// <summary>
/// Demo data replaying seed 003: the planning process of ORP Jindřichův Hradec with its four target-group working
/// groups and steering group, a draft meeting at the town hall ready to schedule, and a scheduled public hearing at the
/// Museum of Photography. The process runs now rather than in 2018 so that its meetings lie ahead; the people are
/// invented (their addresses end in demo.kpss.example).
/// </summary>
internal static class MeetingsDemo
{
    private const string Kraj = "CZ031";
    private const string ProcessName = "Pokračování komunitního plánování sociálních služeb ORP Jindřichův Hradec";

    private static readonly string[] FirstNames = ["Jana", "Petr", "Marie", "Tomáš", "Lucie", "Martin", "Eva", "Jiří", "Hana", "Pavel"];
    private static readonly string[] LastNames = ["Nováková", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý", "Horáková", "Němec", "Marková", "Pokorný"];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ITenantScopes>().ActIn(Kraj);
        var db = sp.GetRequiredService<MeetingsDbContext>();
        if (await db.Processes.AnyAsync(p => p.KrajCode == Kraj && p.Name == ProcessName, ct))
            return;

        var createProcess = sp.GetRequiredService<UseCases.CreateProcess.CreateProcess>();
        var createGroup = sp.GetRequiredService<UseCases.CreateGroup.CreateGroup>();
        var addMember = sp.GetRequiredService<UseCases.AddMember.AddMember>();
        var create = sp.GetRequiredService<UseCases.CreateMeeting.CreateMeeting>();
        var schedule = sp.GetRequiredService<UseCases.ScheduleMeeting.ScheduleMeeting>();
        var today = PragueTime.Today(sp.GetRequiredService<KpssClock>());
        var process = await createProcess.CreateProcessAsync(Kraj, new ProcessInput
        {
            Name = ProcessName, AreaKind = AreaKind.Orp, AreaName = "ORP Jindřichův Hradec", OrpCsuCode = 3105,
            PeriodFrom = Dates.Text(new DateOnly(today.Year, 1, 1)), PeriodTo = Dates.Text(new DateOnly(today.Year + 1, 12, 31)),
            ProjectRegistrationNumber = "CZ.03.2.63/0.0/0.0/16_063/0006571", Implementer = "Centrum pro komunitní práci jižní Čechy",
            Partner = "Město Jindřichův Hradec",
        }, ct);
        var groups = new (GroupKind Kind, string Name, string? Target)[]
        {
            (GroupKind.SteeringGroup, "Řídicí skupina", null),
            (GroupKind.WorkingGroup, "Senioři", "senioři"),
            (GroupKind.WorkingGroup, "Osoby se zdravotním postižením", "osoby se zdravotním postižením"),
            (GroupKind.WorkingGroup, "Děti, mládež a rodina", "děti, mládež a rodina"),
            (GroupKind.WorkingGroup, "Osoby ohrožené sociálním vyloučením", "osoby ohrožené sociálním vyloučením"),
        };
        var roles = new[] { TriadRole.Zadavatel, TriadRole.Poskytovatel, TriadRole.Poskytovatel, TriadRole.Uzivatel, TriadRole.Zpracovatel };
        var person = 0;
        int lastGroup = 0;
        foreach (var (kind, name, target) in groups)
        {
            var group = await createGroup.CreateGroupAsync(Kraj, process.Id!.Value, new GroupInput
            {
                Kind = kind, Name = name, TargetGroup = target,
                CommunicationRules = "Dochvilnost; svoboda názoru; bezbariérový přístup; diskusi řídí moderátor (seed 000).",
            }, ct);
            lastGroup = group.Id!.Value;
            for (var i = 0; i < 5; i++, person++)
            {
                var first = FirstNames[person % FirstNames.Length];
                var last = LastNames[(person * 3 + 1) % LastNames.Length];
                var email = $"{CzechText.Fold(first)}.{CzechText.Fold(last)}.{person}@demo.kpss.example";
                await addMember.AddMemberAsync(Kraj, lastGroup, new MemberInput($"{first} {last}", email, null, null, roles[i],
                    i == 0 ? MemberFunction.Chair : i == 4 ? MemberFunction.Recorder : MemberFunction.Member, new DateOnly(today.Year, 1, 1), null), ct);
            }
        }

        var organizer = new Recipient("koordinator.jh@demo.kpss.example", "Petr Svoboda (demo)");
        var day = today.AddDays(10);
        await create.CreateAsync(Kraj, lastGroup, MeetingInput.Of(MeetingKind.WorkingGroup, "Jednání pracovní skupiny Osoby ohrožené sociálním vyloučením",
            day, new TimeOnly(14, 0), new TimeOnly(16, 0),
            "MěÚ Jindřichův Hradec, nám. Masarykovo 168/II, 1. patro (místnost krizového řízení)", true,
            [
                new AgendaInput("Základní informace o komunitním plánování sociálních služeb pro ORP Jindřichův Hradec", null, 20),
                new AgendaInput("Krajské plánování", null, 15),
                new AgendaInput("Organizační zajištění", null, 10),
                new AgendaInput("Hlavní aktivity", null, 30),
                new AgendaInput("Diskuze", null, 20),
            ]), organizer, ct);
        var hearing = await create.CreateAsync(Kraj, lastGroup, MeetingInput.Of(MeetingKind.PublicHearing, "Veřejné projednání komunitního plánu",
            today.AddDays(24), new TimeOnly(15, 0), new TimeOnly(17, 0),
            "Muzeum fotografie a moderních obrazových médií, Kostelní 20/I, Jindřichův Hradec (1. nadzemní podlaží)", true, []), organizer, ct);
        await schedule.ScheduleAsync(Kraj, hearing.Id!.Value, [], ct);
    }

}
