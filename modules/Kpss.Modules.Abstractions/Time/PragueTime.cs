using System.Globalization;

namespace Kpss.Modules.Abstractions.Time;

/// <summary>Instants are stored in UTC; people see and schedule them in Europe/Prague.</summary>
public static class PragueTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");

    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("cs-CZ");

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>
    /// The UTC instant of a Prague wall-clock time; null for a time that does not exist (skipped by the spring change).
    /// An ambiguous autumn time is taken as the first (summer-time) one.
    /// </summary>
    public static DateTime? ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local)) return null;
        if (Zone.IsAmbiguousTime(local))
            return DateTime.SpecifyKind(local - Zone.GetAmbiguousTimeOffsets(local).Max(), DateTimeKind.Utc);
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(FromUtc(clock.GetUtcNow().UtcDateTime));

    /// <summary>E.g. <c>22. 11. 2026 14:05</c>.</summary>
    public static string Format(DateTime utc) => FromUtc(utc).ToString("d. M. yyyy H:mm", Culture);
}
