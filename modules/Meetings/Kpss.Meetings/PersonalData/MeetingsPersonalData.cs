using System.Globalization;
using Kpss.Modules.Abstractions.PersonalData;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Meetings.PersonalData;

/// <summary>
/// What Meetings holds about a person: their entry in the kraj's people (name, address, phone, organisation), their
/// memberships, invitations with answers and attendance, tasks from minutes, meetings they called. Erasure replaces the
/// name by "anonymizovaný účastník" and removes the address, phone and organisation everywhere; memberships, roles and
/// attendance stay (the participation statistics by role), and published minutes show the anonymised name.
/// </summary>
internal sealed class MeetingsPersonalData(MeetingsDbContext db) : IPersonalData
{
    public string Title => "Jednání a pracovní skupiny";

    public async Task<IReadOnlyList<PersonalDataItem>> FindAsync(string email, CancellationToken ct)
    {
        var lower = PersonalDataWords.Normalise(email);
        var items = new List<PersonalDataItem>();
        var people = await People(lower).AsNoTracking().ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        foreach (var p in people)
            items.Add(new("Osoba v adresáři kraje", $"{p.Name}{(p.Organisation is null ? "" : $", {p.Organisation}")}", Fields(
                ("Kraj", p.KrajCode), ("Jméno", p.Name), ("E-mail", p.Email), ("Telefon", p.Phone), ("Organizace", p.Organisation))));

        var memberships = await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.PersonId))
            .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new { m, Group = g.Name }).OrderBy(x => x.m.From).ToListAsync(ct);
        foreach (var x in memberships)
            items.Add(new("Člen skupiny", $"{x.Group} — {Labels.Of(x.m.Role)}, {Labels.Of(x.m.Function)} od {Day(x.m.From)}{(x.m.To is { } to ? $" do {Day(to)}" : "")}", Fields(
                ("Skupina", x.Group), ("Role", Labels.Of(x.m.Role)), ("Funkce", Labels.Of(x.m.Function)), ("Od", Day(x.m.From)), ("Do", x.m.To is { } t ? Day(t) : null))));

        var invitations = await Invitations(lower, ids).AsNoTracking()
            .Join(db.Meetings, i => i.MeetingId, m => m.Id, (i, m) => new { i, m.Title, m.StartUtc }).OrderBy(x => x.StartUtc).ToListAsync(ct);
        foreach (var x in invitations)
            items.Add(new("Pozvánka na jednání", $"{x.Title}, {PragueTime.Format(x.StartUtc)} — odpověď: {Labels.Of(x.i.Answer)}, účast: {Labels.Of(x.i.Attendance)}", Fields(
                ("Jednání", x.Title), ("Začátek", PragueTime.Format(x.StartUtc)), ("Jméno v pozvánce", x.i.Name), ("E-mail", x.i.Email),
                ("Odpověď", Labels.Of(x.i.Answer)), ("Odpověděl(a)", x.i.AnsweredAtUtc is { } a ? PragueTime.Format(a) : null), ("Účast", Labels.Of(x.i.Attendance)))));

        var tasks = await Tasks(lower).AsNoTracking().OrderBy(t => t.DueDate).ToListAsync(ct);
        foreach (var t in tasks)
            items.Add(new("Úkol ze zápisu", $"{t.Title} do {Day(t.DueDate)}{(t.Done ? " (splněno)" : "")}", Fields(
                ("Úkol", t.Title), ("Odpovídá", t.OwnerName), ("E-mail", t.OwnerEmail), ("Termín", Day(t.DueDate)), ("Splněno", t.Done ? "ano" : "ne"))));

        var organised = await Organised(lower).AsNoTracking().OrderBy(m => m.StartUtc).ToListAsync(ct);
        foreach (var m in organised)
            items.Add(new("Svolané jednání", $"{m.Title}, {PragueTime.Format(m.StartUtc)}", Fields(
                ("Jednání", m.Title), ("Začátek", PragueTime.Format(m.StartUtc)), ("Svolavatel", m.OrganizerName), ("E-mail", m.OrganizerEmail))));
        return items;
    }

    public async Task<int> EraseAsync(string email, CancellationToken ct)
    {
        var lower = PersonalDataWords.Normalise(email);
        var changed = 0;
        var people = await People(lower).ToListAsync(ct);
        var names = people.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var p in people)
        {
            (p.Name, p.Email, p.Phone, p.Organisation, p.CalendarToken) = (PersonalDataWords.Anonymised, null, null, null, CalendarTokens.New());
            changed++;
        }
        var ids = people.Select(p => p.Id).ToList();
        foreach (var i in await Invitations(lower, ids).ToListAsync(ct))
        {
            (i.Name, i.Email) = (PersonalDataWords.Anonymised, null);
            changed++;
        }
        foreach (var t in await Tasks(lower).ToListAsync(ct))
        {
            (t.OwnerName, t.OwnerEmail) = (PersonalDataWords.Anonymised, null);
            changed++;
        }
        foreach (var m in await Organised(lower).ToListAsync(ct))
        {
            (m.OrganizerName, m.OrganizerEmail) = (PersonalDataWords.Anonymised, "");
            changed++;
        }
        // A recorder is named in the minutes as text: the person's own name there goes too.
        if (names.Count > 0)
            foreach (var minutes in await db.Minutes.Where(m => names.Contains(m.Recorder)).ToListAsync(ct))
            {
                minutes.Recorder = PersonalDataWords.Anonymised;
                changed++;
            }
        await db.SaveChangesAsync(ct);
        return changed;
    }

    private IQueryable<Person> People(string lower) => db.People.Where(p => p.Email != null && p.Email.ToLower() == lower);

    private IQueryable<Invitation> Invitations(string lower, List<int> people) =>
        db.Invitations.Where(i => (i.Email != null && i.Email.ToLower() == lower) || (i.PersonId != null && people.Contains(i.PersonId.Value)));

    private IQueryable<MinutesTask> Tasks(string lower) => db.Tasks.Where(t => t.OwnerEmail != null && t.OwnerEmail.ToLower() == lower);

    private IQueryable<Meeting> Organised(string lower) => db.Meetings.Where(m => m.OrganizerEmail.ToLower() == lower);

    private static string Day(DateOnly day) => day.ToString("d. M. yyyy", CultureInfo.GetCultureInfo("cs-CZ"));

    private static IReadOnlyDictionary<string, string?> Fields(params (string Name, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value);
}
