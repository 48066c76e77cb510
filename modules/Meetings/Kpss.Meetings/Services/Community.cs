using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Time;
using System.Globalization;
using System.Security.Cryptography;
using Kpss.Meetings.Data;
using Kpss.Meetings.Domain;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Meetings.Services;

/// <summary>Planning processes, their groups, and the people in them (one by one or from a CSV file).</summary>
internal sealed class Community(MeetingsDbContext db, DbSession session, IKrajDirectory kraje, KpssClock clock, ProcessScope scope)
{
    public const string OnlyKrajWideCoordinators = "Nový plánovací proces může založit jen koordinátor celého kraje nebo správce kraje.";

    public async Task<OperationResult> CreateProcessAsync(string krajCode, ProcessInput input, CancellationToken ct)
    {
        if (scope.IsNarrowed)
            return OperationResult.Denied(OnlyKrajWideCoordinators);
        var result = new OperationResult();
        Check.Required(result, "Name", input.Name, "název procesu", 300);
        Check.Required(result, "AreaName", input.AreaName, "území", 200);
        if (input.PeriodFrom is null) result.Add("PeriodFrom", "Zadejte začátek období.");
        if (input.PeriodTo is null) result.Add("PeriodTo", "Zadejte konec období.");
        if (input.PeriodFrom is { } from && input.PeriodTo is { } to && to < from)
            result.Add("PeriodTo", "Konec období musí být po jeho začátku.");
        if (input.OrpCsuCode is { } orp && kraje.OrpOf(krajCode).All(o => o.CsuCode != orp))
            result.Add("OrpCsuCode", "Zvolená ORP neleží v tomto kraji.");
        if (input.AreaKind == AreaKind.Orp && input.OrpCsuCode is null)
            result.Add("OrpCsuCode", "Vyberte ORP.");
        Check.Optional(result, "ProjectRegistrationNumber", input.ProjectRegistrationNumber, "registrační číslo", 60);
        Check.Optional(result, "Implementer", input.Implementer, "realizátor", 200);
        Check.Optional(result, "Partner", input.Partner, "partner", 200);
        if (!result.Ok) return result;

        var process = new PlanningProcess
        {
            KrajCode = krajCode,
            Name = input.Name!.Trim(),
            AreaKind = input.AreaKind,
            AreaName = input.AreaName!.Trim(),
            OrpCsuCode = input.OrpCsuCode,
            PeriodFrom = input.PeriodFrom!.Value,
            PeriodTo = input.PeriodTo!.Value,
            ProjectRegistrationNumber = Check.Clean(input.ProjectRegistrationNumber),
            Implementer = Check.Clean(input.Implementer),
            Partner = Check.Clean(input.Partner),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Processes.Add(process);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(process.Id);
    }

    public async Task<OperationResult> CreateGroupAsync(string krajCode, GroupInput input, CancellationToken ct)
    {
        if (!await db.Processes.AnyAsync(p => p.Id == input.ProcessId && p.KrajCode == krajCode, ct))
            return OperationResult.Missing("Plánovací proces neexistuje.");
        var result = new OperationResult();
        Check.Required(result, "Name", input.Name, "název skupiny", 200);
        Check.Optional(result, "TargetGroup", input.TargetGroup, "cílová skupina", 200);
        Check.Optional(result, "CommunicationRules", input.CommunicationRules, "pravidla komunikace", 4000);
        if (!result.Ok) return result;
        var group = new Group
        {
            KrajCode = krajCode,
            ProcessId = input.ProcessId,
            Kind = input.Kind,
            Name = input.Name!.Trim(),
            TargetGroup = Check.Clean(input.TargetGroup),
            CommunicationRules = Check.Clean(input.CommunicationRules),
            CalendarToken = NewToken(),
        };
        db.Groups.Add(group);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(group.Id);
    }

    public async Task<OperationResult> AddMemberAsync(string krajCode, int groupId, MemberInput input, CancellationToken ct)
    {
        if (!await db.Groups.AnyAsync(g => g.Id == groupId && g.KrajCode == krajCode, ct))
            return OperationResult.Missing("Skupina neexistuje.");
        var result = ValidateMember(input, "");
        if (!result.Ok) return result;
        var member = await AddMemberCoreAsync(krajCode, groupId, input, result, "", ct);
        if (!result.Ok) return result;
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(member!.Id);
    }

    /// <summary>
    /// Imports members from CSV (see <see cref="MemberCsv"/>). Every bad line is reported with its number and reason,
    /// and nothing is imported until the whole file is clean.
    /// </summary>
    public async Task<(OperationResult Result, int Imported)> ImportMembersAsync(string krajCode, int groupId, string csv, CancellationToken ct)
    {
        if (!await db.Groups.AnyAsync(g => g.Id == groupId && g.KrajCode == krajCode, ct))
            return (OperationResult.Missing("Skupina neexistuje."), 0);
        var (rows, result) = MemberCsv.Parse(csv, Today);
        foreach (var (line, input) in rows)
            foreach (var error in ValidateMember(input, $"Řádek {line}: ").AllMessages)
                result.Add("Csv", error);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, input) in rows.Where(r => r.Input.Email is not null))
        {
            if (seen.TryGetValue(input.Email!.Trim(), out var first))
                result.Add("Csv", $"Řádek {line}: e-mail {input.Email} už je v souboru na řádku {first}.");
            else
                seen[input.Email!.Trim()] = line;
        }
        if (!result.Ok) return (result, 0);

        await using var tx = await session.BeginTransactionAsync(ct);
        foreach (var (line, input) in rows)
            await AddMemberCoreAsync(krajCode, groupId, input, result, $"Řádek {line}: ", ct);
        if (!result.Ok)
            return (result, 0);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (OperationResult.Success(), rows.Count);
    }

    private DateOnly Today => Kpss.Modules.Abstractions.Time.PragueTime.Today(clock);

    private static OperationResult ValidateMember(MemberInput input, string prefix)
    {
        var result = new OperationResult();
        if (string.IsNullOrWhiteSpace(input.Name)) result.Add("Name", prefix + "chybí jméno.");
        else if (input.Name.Trim().Length > 200) result.Add("Name", prefix + "jméno může mít nejvýše 200 znaků.");
        if (Check.Clean(input.Email) is { } email && !Check.IsEmail(email))
            result.Add("Email", $"{prefix}e-mail „{email}“ není platná adresa.");
        if (Check.Clean(input.Phone) is { } phone && (phone.Length > 40 || phone.Any(c => !(char.IsDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '/'))))
            result.Add("Phone", $"{prefix}telefon „{phone}“ není platné číslo.");
        if (input.From is { } from && input.To is { } to && to < from)
            result.Add("To", prefix + "konec členství musí být po jeho začátku.");
        Check.Optional(result, "Organisation", input.Organisation, prefix + "organizace", 200);
        return result;
    }

    /// <summary>Finds the person by email in the kraj (or creates them) and adds the membership; reports a duplicate.</summary>
    private async Task<Membership?> AddMemberCoreAsync(string krajCode, int groupId, MemberInput input, OperationResult result, string prefix, CancellationToken ct)
    {
        var email = Check.Clean(input.Email);
        Person? person = null;
        if (email is not null)
        {
            var lower = email.ToLowerInvariant();
            person = db.People.Local.FirstOrDefault(p => p.KrajCode == krajCode && p.Email?.ToLowerInvariant() == lower)
                ?? await db.People.FirstOrDefaultAsync(p => p.KrajCode == krajCode && p.Email != null && p.Email.ToLower() == lower, ct);
        }
        var from = input.From ?? Today;
        if (person is not null && person.Id != 0 &&
            await db.Memberships.AnyAsync(m => m.GroupId == groupId && m.PersonId == person.Id && (m.To == null || m.To >= from), ct))
        {
            result.Add("Email", $"{prefix}{person.Name} ({email}) už je členem skupiny.");
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
                CalendarToken = NewToken(),
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

    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
}
