namespace Kpss.Meetings.Messages;

/// <summary>What the use cases refuse, and why: one sentence each, by use case. Field names stay with the use case.</summary>
internal static partial class MeetingWords
{
    // Processes and groups (CreateProcess, CreateGroup, the hearing Plans asks for).
    public const string OnlyKrajWideCoordinators = "Nový plánovací proces může založit jen koordinátor celého kraje nebo správce kraje.";
    public const string NoProcess = "Plánovací proces neexistuje.";
    public const string NoProcessGroup = "Plánovací proces neexistuje nebo nemá žádnou skupinu.";
    public const string PeriodFromMissing = "Zadejte začátek období.";
    public const string PeriodToMissing = "Zadejte konec období.";
    public const string PeriodEndsBeforeStart = "Konec období musí být po jeho začátku.";
    public const string OrpInOtherKraj = "Zvolená ORP neleží v tomto kraji.";

    // Members (AddMember, ImportMembers: the prefix names the CSV's row).
    public static string Row(int line) => $"Řádek {line}: ";
    public const string NameMissing = "chybí jméno.";
    public const string NameTooLong = "jméno může mít nejvýše 200 znaků.";
    public static string MemberEmailInvalid(string prefix, string? email) => $"{prefix}e-mail „{email}“ není platná adresa.";
    public static string MemberPhoneInvalid(string prefix, string? phone) => $"{prefix}telefon „{phone}“ není platné číslo.";
    public const string MembershipEndsBeforeStart = "konec členství musí být po jeho začátku.";
    public static string AlreadyMember(string prefix, string name, string? email) => $"{prefix}{name} ({email}) už je členem skupiny.";

    /// <summary>A members' CSV that cannot be read (<c>MemberCsv</c>).</summary>
    public static class Csv
    {
        public const string Empty = "Soubor je prázdný.";
        public const string NoMember = "Soubor neobsahuje žádného člena.";
        public static string BadHeader(int line, IEnumerable<string> columns, IReadOnlyCollection<string> unknown) =>
            $"Řádek {line}: hlavička musí obsahovat sloupce jmeno a role; možné sloupce jsou {string.Join(", ", columns)}." +
            (unknown.Count > 0 ? $" Neznámé: {string.Join(", ", unknown)}." : "");
        public static string TooManyFields(int line, int fields, int columns) => $"Řádek {line}: má {fields} polí, hlavička jen {columns}.";
        public static string RoleMissing(int line) => $"Řádek {line}: chybí role (zadavatel, poskytovatel, uživatel, veřejnost, zpracovatel).";
        public static string RoleUnknown(int line, string role) => $"Řádek {line}: neznámá role „{role}“ (možné: zadavatel, poskytovatel, uživatel, veřejnost, zpracovatel).";
        public static string FunctionUnknown(int line, string function) => $"Řádek {line}: neznámá funkce „{function}“ (možné: člen, předseda, zapisovatel).";
        public static string FromNotADate(int line, string text) => $"Řádek {line}: datum od „{text}“ není datum (např. 1.1.2018).";
        public static string ToNotADate(int line, string text) => $"Řádek {line}: datum do „{text}“ není datum (např. 31.12.2019).";
        public static string EmailRepeated(int line, string? email, int first) => $"Řádek {line}: e-mail {email} už je v souboru na řádku {first}.";
    }

    // A meeting's fields (MeetingInput, Dates).
    public const string DateMissing = "Zadejte datum jednání.";
    public const string StartMissing = "Zadejte čas začátku.";
    public const string EndMissing = "Zadejte čas konce.";
    public const string EndBeforeStart = "Konec jednání musí být po jeho začátku.";
    public const string TimeSkippedByDst = "Tento čas v Praze neexistuje (přechod na letní čas). Zvolte jiný.";
    public const string PlaceMissing = "Zadejte místo konání nebo odkaz na online jednání.";
    public const string OnlineUrlInvalid = "Odkaz na online jednání musí být webová adresa (https://…).";
    public const string ReminderOutOfRange = "Připomínka může jít 0 až 14 dní předem.";
    public static string AgendaTitleMissing(int item) => $"Bod programu {item}: vyplňte název.";
    public static string AgendaLengthOutOfRange(int item) => $"Bod programu {item}: délka musí být 1 až 600 minut.";
    public static string NotADate(string label, string text) => $"{label} „{text}“ není platné datum (např. 12. 4. 2018).";
    public static string NotATime(string label, string text) => $"{label} „{text}“ není platný čas (např. 15:00).";
    public const string EmailsMissing = "Zadejte alespoň jednu e-mailovou adresu.";
    public static string EmailInvalid(string address) => $"Adresa „{address}“ není platná e-mailová adresa.";

    // A meeting's way (ChangeMeeting, ScheduleMeeting, InviteGuests, RecordAttendance, CancelMeeting, AnswerInvitation).
    public const string ChangeOnlyDraftOrScheduled = "Měnit lze jen návrh nebo naplánované jednání.";
    public const string MoveToPast = "Jednání nelze přesunout do minulosti.";
    public const string ScheduleOnlyDraft = "Naplánovat (a rozeslat pozvánky) lze jen návrh jednání.";
    public const string ScheduleInPast = "Jednání nelze naplánovat do minulosti.";
    public const string InviteOnlyScheduled = "Další hosty lze pozvat jen na naplánované jednání.";
    public const string AttendanceOnlyScheduledOrHeld = "Docházku lze zapsat jen u naplánovaného nebo proběhlého jednání.";
    public const string AttendanceOfUninvited = "Docházka obsahuje osoby, které na jednání nebyly pozvány.";
    public const string CancelOnlyDraftOrScheduled = "Zrušit lze jen návrh nebo naplánované jednání.";
    public const string NoInvitation = "Pozvánka neexistuje.";
    public const string AnswerToCancelled = "Jednání bylo zrušeno, odpověď už není potřeba.";
    public const string AnswerToHeld = "Jednání už proběhlo, odpověď už nelze změnit.";

    // Minutes (WriteMinutes, AdvanceMinutes).
    public const string NoMinutes = "Zápis neexistuje.";
    public const string MinutesOnlyScheduledOrHeld = "Zápis lze psát jen k naplánovanému nebo proběhlému jednání.";
    public const string MinutesPublished = "Zveřejněný zápis už nelze měnit.";
    public static string TaskTitleMissing(int task) => $"Úkol {task}: vyplňte, co je třeba udělat.";
    public static string TaskOwnerMissing(int task) => $"Úkol {task}: vyplňte, kdo úkol plní.";
    public static string TaskDueMissing(int task) => $"Úkol {task}: zadejte termín.";
    public static string TaskEmailInvalid(int task, string email) => $"Úkol {task}: e-mail „{email}“ není platný.";
    public static string MinutesCannotMove(string from, string to) => $"Zápis ve stavu „{from}“ nelze převést do stavu „{to}“.";
    public const string EmptyMinutes = "Prázdný zápis nelze zveřejnit.";
}
