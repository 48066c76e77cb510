using Kpss.Plugins.Abstractions;

namespace Kpss.Kraj.Template;

/// <summary>The smallest useful kraj plugin: copy this project to start a new one (see plugins/README.md).</summary>
public sealed class TemplateKrajPlugin : IKrajPlugin, IPlanningCalendarSource, IReminderDefaults, IPlanFormat
{
    public string Id => "sablona";

    public string Name => "Šablona kraj pluginu";

    public string Description => "Vzorový plugin s jedním termínem v kalendáři plánování.";

    // The NUTS 3 codes of the kraje the plugin is for, e.g. ["CZ064"]; empty: any kraj.
    public IReadOnlyCollection<string> KrajCodes { get; } = [];

    public void Start()
    {
    }

    // The kraj's default meeting reminder: three days before the meeting at 8:00 Prague time.
    public int ReminderDaysBefore => 3;

    public TimeOnly ReminderTime => new(8, 0);

    public PlanningCalendar GetPlanningCalendar() => new(
        [
            new PlanningDeadline(
                Key: "provider-annual-report",
                Title: "Výkazy poskytovatelů sociálních služeb za předchozí rok",
                Kind: DeadlineKind.Report,
                From: new MonthDay(6, 30),
                To: new MonthDay(6, 30),
                MonthOnly: false,
                Note: "§ 85 odst. 5 zákona č. 108/2006 Sb."),
        ],
        Source: "Zákon č. 108/2006 Sb., o sociálních službách, § 85 odst. 5.",
        SourceCheckedOn: new DateOnly(2026, 11, 22));

    // The kraj's plan format: start from the platform's (vyhláška 505 § 39a) and change what differs, here the comment
    // period and an optional chapter of annexes.
    public PlanFormat GetPlanFormat() => PlanFormat.Default with
    {
        Chapters = [.. PlanFormat.Default.Chapters, new PlanChapterFormat("prilohy", "Přílohy", false, 6, "Podklady, na které plán odkazuje.") { Purpose = ChapterPurpose.Other }],
        CommentPeriodDays = 21,
    };
}
