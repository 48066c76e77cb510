using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kpss.Plugins.Abstractions;

namespace Kpss.Kraj.Jihocesky;

/// <summary>Reads calendar.json; any mistake in it stops the plugin at start with the entry that is wrong.</summary>
internal static class CalendarFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static PlanningCalendar Read(Stream json)
    {
        var file = JsonSerializer.Deserialize<FileDto>(json, Options)
            ?? throw new InvalidDataException("calendar.json is empty.");
        if (string.IsNullOrWhiteSpace(file.Source))
            throw new InvalidDataException("calendar.json has no source note.");
        var deadlines = (file.Deadlines ?? []).Select((d, i) =>
        {
            if (string.IsNullOrWhiteSpace(d.Key) || string.IsNullOrWhiteSpace(d.Title))
                throw new InvalidDataException($"calendar.json deadline #{i + 1} needs a key and a title.");
            return new PlanningDeadline(d.Key, d.Title, d.Kind, ParseMonthDay(d.From, d.Key), ParseMonthDay(d.To, d.Key), d.MonthOnly, d.Note);
        }).ToList();
        var duplicate = deadlines.GroupBy(d => d.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"calendar.json has the key {duplicate.Key} twice.");
        return new PlanningCalendar(deadlines, file.Source, file.SourceCheckedOn);
    }

    private static MonthDay ParseMonthDay(string? value, string key)
    {
        var parts = value?.Split('-') ?? [];
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            throw new InvalidDataException($"calendar.json deadline {key}: '{value}' is not MM-DD.");
        try
        {
            return new MonthDay(month, day);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new InvalidDataException($"calendar.json deadline {key}: '{value}' is not a day of the year.", ex);
        }
    }

    private sealed record FileDto(string Source, DateOnly SourceCheckedOn, List<DeadlineDto>? Deadlines);

    private sealed record DeadlineDto(string Key, string Title, DeadlineKind Kind, string From, string To, bool MonthOnly, string? Note);
}
