using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Kpss.Modules.Abstractions.Audit;

/// <summary>What the audit log keeps of a changed field: its value as text (long texts cut), or that it changed.</summary>
public static class AuditValues
{
    /// <summary>Stands for a withheld value (a personal field or a secret).</summary>
    public const string Withheld = "***";

    public const int MaxValueLength = 300;

    private static readonly string[] WithheldNames = ["email", "phone", "password", "stamp", "token", "hash", "secret", "username"];

    // Read once per property and type: a catalogue import saves thousands of rows at a time.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, string), bool> WithheldFields = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> Audited = new();

    /// <summary>Whether the audit log keeps only that the field changed.</summary>
    public static bool IsWithheld(IProperty property) =>
        WithheldFields.GetOrAdd((property.DeclaringType.ClrType, property.Name), _ =>
            WithheldNames.Any(n => property.Name.Contains(n, StringComparison.OrdinalIgnoreCase))
            || property.PropertyInfo?.GetCustomAttribute<PersonalFieldAttribute>() is not null);

    public static bool IsAudited(Type clrType) => Audited.GetOrAdd(clrType, t => t.GetCustomAttribute<NotAuditedAttribute>() is null);

    /// <summary>The changed fields of an entry about to be saved: field → [before, after] (null where there is none).</summary>
    public static Dictionary<string, string?[]> Changes(EntityEntry entry, Microsoft.EntityFrameworkCore.EntityState state)
    {
        var changes = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var p = property.Metadata;
            var before = state == Microsoft.EntityFrameworkCore.EntityState.Added ? null : Text(property.OriginalValue);
            var after = state == Microsoft.EntityFrameworkCore.EntityState.Deleted ? null : Text(property.CurrentValue);
            if (state == Microsoft.EntityFrameworkCore.EntityState.Modified && (!property.IsModified || before == after))
                continue;
            if (before is null && after is null)
                continue;
            // A generated key is known only after the save; the record names it as the entity's key.
            if (p.IsPrimaryKey() && state == Microsoft.EntityFrameworkCore.EntityState.Added)
                continue;
            changes[p.Name] = IsWithheld(p)
                ? [before is null ? null : Withheld, after is null ? null : Withheld]
                : [before, after];
        }
        return changes;
    }

    public static string? Text(object? value)
    {
        var text = value switch
        {
            null => null,
            DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
            byte[] bytes => $"({bytes.Length} B)",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return text is { Length: > MaxValueLength } ? text[..MaxValueLength] + "…" : text;
    }
}
