using Kpss.Plugins.Abstractions;

namespace Kpss.Kraj.Jihocesky;

/// <summary>
/// Jihočeský kraj (CZ031): its yearly planning calendar, kept as data (calendar.json) with a note on its source.
/// The kraj's network has two parts, základní and podmíněná. Its plans follow vyhláška 505 § 39a with the network in
/// both parts and annexes; a measure names who is responsible, when and for how much; the action plan is out for
/// comments from mid-April for three weeks and approved in June.
/// </summary>
public sealed class JihoceskyKrajPlugin : IKrajPlugin, IPlanningCalendarSource, INetworkParts, IPlanFormat
{
    private PlanningCalendar? _calendar;

    public string Id => "jihocesky";

    public string Name => "Jihočeský kraj";

    public string Description =>
        "Kalendář plánování sociálních služeb Jihočeského kraje: žádosti o zařazení do sítě, aktualizace sítě, " +
        "připomínkování a schválení akčního plánu.";

    public IReadOnlyCollection<string> KrajCodes { get; } = ["CZ031"];

    public void Start()
    {
        using var stream = typeof(JihoceskyKrajPlugin).Assembly.GetManifestResourceStream("Kpss.Kraj.Jihocesky.calendar.json")
            ?? throw new InvalidOperationException("calendar.json is not embedded in the plugin.");
        _calendar = CalendarFile.Read(stream);
    }

    /// <summary>The network of Jihočeský kraj has a basic and a conditional part.</summary>
    public IReadOnlyList<string> NetworkParts { get; } = ["základní", "podmíněná"];

    public PlanningCalendar GetPlanningCalendar() =>
        _calendar ?? throw new InvalidOperationException("The plugin has not been started.");

    public PlanFormat GetPlanFormat() => PlanFormat.Default with
    {
        Chapters =
        [
            .. PlanFormat.Default.Chapters.Where(c => c.Key != "sit"),
            new PlanChapterFormat("sit", "Síť sociálních služeb Jihočeského kraje (základní a podmíněná část)", true, 5,
                "Služby v základní a v podmíněné části sítě, postup žádostí o zařazení (15. 9.–31. 10. před obdobím plánu) " +
                "a aktualizace sítě v červnu a v prosinci.") { Purpose = ChapterPurpose.Network },
            new PlanChapterFormat("prilohy", "Přílohy", false, 6, "Přehledy, mapy a podklady, na které plán odkazuje.") { Purpose = ChapterPurpose.Other },
        ],
        MandatoryMeasureFields = [MeasureField.Responsible, MeasureField.Period, MeasureField.Costs],
        CommentPeriodDays = 21,
        ActionPlanApprovalMonth = 6,
        Source = "Vyhláška č. 505/2006 Sb., § 39a; harmonogram akčního plánu a aktualizací sítě Jihočeského kraje (veřejné stránky kraje, ověřeno 22. 11. 2026).",
    };
}
