using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Meetings.Shared;

internal sealed record MemberInput(
    string? Name, string? Email, string? Phone, string? Organisation, TriadRole Role, MemberFunction Function,
    DateOnly? From, DateOnly? To);

/// <summary>Adding a person to a group, one by one or from a file: the checks of a member and the person found or made.</summary>
internal sealed class Memberships(MeetingsDbContext db, KpssClock clock)
{
    public static OperationResult Validate(MemberInput input, string prefix)
    {
        var result = new OperationResult();
        if (string.IsNullOrWhiteSpace(input.Name)) result.Add("Name", prefix + MeetingWords.NameMissing);
        else if (input.Name.Trim().Length > 200) result.Add("Name", prefix + MeetingWords.NameTooLong);
        if (Check.Clean(input.Email) is { } email && !Check.IsEmail(email))
            result.Add("Email", MeetingWords.MemberEmailInvalid(prefix, email));
        if (Check.Clean(input.Phone) is { } phone && (phone.Length > 40 || phone.Any(c => !(char.IsDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '/'))))
            result.Add("Phone", MeetingWords.MemberPhoneInvalid(prefix, phone));
        if (input.From is { } from && input.To is { } to && to < from)
            result.Add("To", prefix + MeetingWords.MembershipEndsBeforeStart);
        Check.Optional(result, "Organisation", input.Organisation, prefix + "organizace", 200);
        return result;
    }

    /// <summary>Finds the person by email in the kraj (or creates them) and adds the membership; reports a duplicate.</summary>
    public async Task<Membership?> AddAsync(string krajCode, int groupId, MemberInput input, OperationResult result, string prefix, CancellationToken ct)
    {
        var email = Check.Clean(input.Email);
        Person? person = null;
        if (email is not null)
        {
            var lower = email.ToLowerInvariant();
            person = db.People.Local.FirstOrDefault(p => p.KrajCode == krajCode && p.Email?.ToLowerInvariant() == lower)
                ?? await db.People.FirstOrDefaultAsync(p => p.KrajCode == krajCode && p.Email != null && p.Email.ToLower() == lower, ct);
        }
        var from = input.From ?? PragueTime.Today(clock);
        if (person is not null && person.Id != 0 &&
            await db.Memberships.AnyAsync(m => m.GroupId == groupId && m.PersonId == person.Id && (m.To == null || m.To >= from), ct))
        {
            result.Add("Email", MeetingWords.AlreadyMember(prefix, person.Name, email));
            return null;
        }
        if (person is null)
        {
            person = new Person
            {
                KrajCode = krajCode,
                Name = input.Name!.Trim(),
                Email = email,
                Phone = Check.Clean(input.Phone),
                Organisation = Check.Clean(input.Organisation),
                CalendarToken = CalendarTokens.New(),
            };
            db.People.Add(person);
        }
        var membership = new Membership
        {
            KrajCode = krajCode, GroupId = groupId, Role = input.Role, Function = input.Function, From = from, To = input.To,
            Person = person,
        };
        db.Memberships.Add(membership);
        return membership;
    }
}
