using System.Globalization;

namespace Kpss.Modules.Abstractions.Time;

/// <summary>Instants are stored in UTC; people see and schedule them in Europe/Prague.</summary>
public static class PragueTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");

    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("cs-CZ");

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(FromUtc(clock.GetUtcNow().UtcDateTime));

    /// <summary>E.g. <c>22. 11. 2026 14:05</c>.</summary>
    public static string Format(DateTime utc) => FromUtc(utc).ToString("d. M. yyyy H:mm", Culture);
}
