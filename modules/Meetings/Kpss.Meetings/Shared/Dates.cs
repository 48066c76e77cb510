using System.Globalization;

namespace Kpss.Meetings.Shared;

/// <summary>
/// Dates and times as people type them (an input keeps them as text, so a refused form shows what was typed), read
/// with Czech messages; and written back in the form the date and time fields use.
/// </summary>
internal static class Dates
{
    public static DateOnly? Parse(string? text, string field, string label, OperationResult errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim().Replace(" ", ""), ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        errors.Add(field, MeetingWords.NotADate(Capital(label), text));
        return null;
    }

    public static TimeOnly? ParseTime(string? text, string field, string label, OperationResult errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            return t;
        errors.Add(field, MeetingWords.NotATime(Capital(label), text));
        return null;
    }

    /// <summary>A date as the date field and the API write it (yyyy-MM-dd).</summary>
    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A time as the time field and the API write it (HH:mm).</summary>
    public static string Text(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
