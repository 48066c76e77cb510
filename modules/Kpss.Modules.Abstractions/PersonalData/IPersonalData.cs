namespace Kpss.Modules.Abstractions.PersonalData;

/// <summary>One thing a module holds about a person: what it is, a line a person reads, and its stored values.</summary>
/// <param name="Kind">e.g. "Člen skupiny", "Pozvánka", "Připomínka k plánu".</param>
/// <param name="Summary">One Czech sentence: "Senioři — poskytovatel, člen od 1. 1. 2026".</param>
/// <param name="Fields">The stored values by their Czech names, as the export file carries them.</param>
public sealed record PersonalDataItem(string Kind, string Summary, IReadOnlyDictionary<string, string?> Fields);

/// <summary>
/// What a module holds about a person, found by their e-mail address — for the person's right of access and
/// portability (GDPR art. 15, 20) and erasure (art. 17). Every module that stores an e-mail address implements it (an
/// architecture test fails for one that does not), so a new module cannot be forgotten. Both methods act in the
/// scope's tenant: a kraj (its regional admin's request) or platform-wide (the person's own download, the platform
/// admin), as the module's DbContext filters.
/// </summary>
public interface IPersonalData
{
    /// <summary>The module as a person knows it: "Jednání a pracovní skupiny".</summary>
    string Title { get; }

    /// <summary>Everything the module holds about the person with this address (compared without regard to case).</summary>
    Task<IReadOnlyList<PersonalDataItem>> FindAsync(string email, CancellationToken ct);

    /// <summary>
    /// Erases the person: their personal fields replaced (a name by <see cref="PersonalDataWords.Anonymised"/>, an address
    /// and phone removed), what the platform needs for its statistics kept (attendance by role, comments' texts in a
    /// published settlement). Saves in the caller's transaction; returns how many rows it changed or removed.
    /// </summary>
    Task<int> EraseAsync(string email, CancellationToken ct);
}

public static class PersonalDataWords
{
    /// <summary>What published minutes and settlements show in place of an erased person.</summary>
    public const string Anonymised = "anonymizovaný účastník";

    /// <summary>An e-mail address as the modules compare it: trimmed, lower case.</summary>
    public static string Normalise(string email) => email.Trim().ToLowerInvariant();
}
