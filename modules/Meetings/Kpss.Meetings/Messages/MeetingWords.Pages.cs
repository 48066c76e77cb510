namespace Kpss.Meetings.Messages;

internal static partial class MeetingWords
{
    /// <summary>The pages' titles, as the menu, the crumbs and the pages themselves say them.</summary>
    public static class Pages
    {
        public const string Public = "Veřejná projednání a zápisy";
        public const string Processes = "Plánovací procesy";
        public const string ProcessesAndGroups = "Plánovací procesy a skupiny";
        public const string Participation = "Účast podle rolí";
        public const string Attendance = "Docházka";
        public const string AttendanceSheet = "Prezenční listina";
        public const string Minutes = "Zápis z jednání";
        public const string Rsvp = "Odpověď na pozvánku";

        public static string PublicMinutesOf(string meeting) => "Zápis: " + meeting;
    }

    /// <summary>The meetings' sections of the coordinator's desk and of the kraj's home page.</summary>
    public static class Desk
    {
        public const string Drafts = "Návrhy jednání k naplánování";
        public const string NoDrafts = "Žádné rozpracované návrhy. Nové jednání naplánujete ve skupině.";
        public const string Week = "Jednání v příštích 7 dnech";
        public const string NoneThisWeek = "Tento týden žádná jednání. Naplánujte první ve skupině.";
        public const string MissingMinutes = "Chybějící zápisy";
        public const string NoMissingMinutes = "Ke všem proběhlým jednáním jsou zápisy zveřejněny.";
        public const string Tasks = "Úkoly ze zápisů k termínu";
        public static string NoTasks(int days) => $"Žádné úkoly s termínem v příštích {days} dnech.";
        public const string Hearings = "Veřejná projednání";
        public const string NoHearings = "Zatím nejsou vypsána žádná veřejná projednání.";
        public const string AllHearings = "Všechna projednání a zápisy";
        public const string LatestMinutes = "Nejnovější zápisy z jednání";
        public const string NoMinutes = "Zatím nebyly zveřejněny žádné zápisy.";
        public const string AllMinutes = "Všechny zveřejněné zápisy";
    }

    /// <summary>What a page says after its form did what was asked.</summary>
    public static class Done
    {
        public const string ProcessCreated = "Proces je založen. Přidejte mu skupiny.";
        public const string GroupCreated = "Skupina je založena. Přidejte jí členy.";
        public const string MeetingCreated = "Návrh jednání je založen. Zkontrolujte ho a naplánujte: tím se rozešlou pozvánky.";
        public const string MeetingSaved = "Změny jsou uloženy.";
        public const string Scheduled = "Jednání je naplánováno a pozvánky jsou na cestě.";
        public const string GuestsInvited = "Hosté jsou pozváni.";
        public const string Cancelled = "Jednání je zrušeno.";
        public const string AttendanceSaved = "Docházka je uložena.";
        public const string MinutesSaved = "Zápis je uložen.";
        public static string MinutesNow(string state) => $"Zápis je nyní: {state}.";
        public static string MemberAdded(string? name) => $"{name} je členem skupiny.";
        public static string MembersImported(int count) => $"Naimportováno členů: {count}.";
    }

    /// <summary>What the public answer page (a link from an invitation) says when it cannot take the answer.</summary>
    public static class RsvpPage
    {
        public const string AnswerMissing = "Vyberte prosím odpověď: Přijdu, Nepřijdu, nebo Možná.";
        public const string LinkBroken = "Tento odkaz je neplatný: mohl se při kopírování poškodit. Použijte prosím odkaz přímo z e-mailu s pozvánkou.";
        public const string InvitationGone = "Pozvánka k tomuto odkazu už neexistuje.";
        public const string LinkExpired = "Platnost tohoto odkazu vypršela: jednání proběhlo před více než 30 dny.";
        public const string Cancelled = "Toto jednání bylo zrušeno. Odpověď už není potřeba.";
        public const string Held = "Toto jednání už proběhlo.";
    }
}
