using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.PersonalData;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Host.UseCases.FindPersonalData;

/// <summary>What every module holds about one person, under one module's title.</summary>
public sealed record PersonalDataSection(string Title, IReadOnlyList<PersonalDataItem> Items);

/// <summary>
/// A person's data across the platform, by their e-mail, through every module's <see cref="IPersonalData"/> (the
/// platform's own first): found and exported (one JSON file, and a readable Czech summary), or erased — all modules
/// in one transaction, so an erasure is whole or not at all. Acts in the scope's tenant: a kraj, or platform-wide.
/// </summary>
public sealed partial class PersonalDataRegister(IEnumerable<IPersonalData> modules, DbSession session, KpssClock clock)
{
    private readonly IReadOnlyList<IPersonalData> _modules = modules.OrderBy(m => m is PlatformPersonalData ? 0 : 1).ThenBy(m => m.Title, StringComparer.Ordinal).ToList();

    /// <summary>A Czech message when <paramref name="email"/> is not an address to search by; null when it is.</summary>
    public static string? Check(string? email) =>
        string.IsNullOrWhiteSpace(email) ? "Zadejte e-mail osoby."
        : email.Trim().Length > 320 || !Address().IsMatch(email.Trim()) ? $"„{email.Trim()}“ není e-mailová adresa."
        : null;

    public async Task<IReadOnlyList<PersonalDataSection>> FindAsync(string email, CancellationToken ct)
    {
        var sections = new List<PersonalDataSection>();
        foreach (var module in _modules)
            sections.Add(new(module.Title, await module.FindAsync(email.Trim(), ct)));
        return sections;
    }

    /// <summary>Erases the person in every module, all or nothing; how many rows each module changed.</summary>
    public async Task<IReadOnlyList<(string Title, int Changed)>> EraseAsync(string email, CancellationToken ct)
    {
        var done = new List<(string, int)>();
        await using var transaction = await session.BeginTransactionAsync(ct);
        foreach (var module in _modules)
            done.Add((module.Title, await module.EraseAsync(email.Trim(), ct)));
        await transaction.CommitAsync(ct);
        return done;
    }

    /// <summary>The export file (GDPR art. 20): Czech keys, every module's items with their stored values.</summary>
    public byte[] Json(string email, string scope, IReadOnlyList<PersonalDataSection> sections) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            email = email.Trim(),
            rozsah = scope,
            vytvoreno = PragueTime.Format(clock.GetUtcNow().UtcDateTime),
            moduly = sections.Select(s => new
            {
                modul = s.Title,
                polozky = s.Items.Select(i => new { druh = i.Kind, shrnuti = i.Summary, udaje = i.Fields }),
            }),
        }, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The same as a text a person reads (GDPR art. 15).</summary>
    public string Text(string email, string scope, IReadOnlyList<PersonalDataSection> sections)
    {
        var text = new StringBuilder()
            .AppendLine($"Osobní údaje osoby s e-mailem {email.Trim()}")
            .AppendLine($"Rozsah: {scope}. Vytvořeno {PragueTime.Format(clock.GetUtcNow().UtcDateTime)}.")
            .AppendLine();
        foreach (var section in sections)
        {
            text.AppendLine(section.Title).AppendLine(new string('-', section.Title.Length));
            if (section.Items.Count == 0)
                text.AppendLine("Nic.");
            foreach (var group in section.Items.GroupBy(i => i.Kind))
            {
                text.AppendLine($"{group.Key} ({group.Count()}):");
                foreach (var item in group)
                    text.AppendLine($"  – {item.Summary}");
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Address();
}
