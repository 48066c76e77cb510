using Kpss.Plugins.Abstractions;

namespace Kpss.Kraj.Jihocesky;

/// <summary>
/// Jihočeský kraj (CZ031): its yearly planning calendar, kept as data (calendar.json) with a note on its source.
/// The kraj's network has two parts, základní and podmíněná.
/// </summary>
public sealed class JihoceskyKrajPlugin : IKrajPlugin, IPlanningCalendarSource, INetworkParts
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
}
