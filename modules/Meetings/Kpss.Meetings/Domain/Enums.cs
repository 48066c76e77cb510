namespace Kpss.Meetings.Domain;

internal enum AreaKind { Orp, Microregion, City, Kraj }

internal enum GroupKind { SteeringGroup, CoordinationTeam, WorkingGroup }

/// <summary>The triad of community planning (zadavatel, poskytovatel, uživatel) plus the public and the process's own staff.</summary>
internal enum TriadRole { Zadavatel, Poskytovatel, Uzivatel, Verejnost, Zpracovatel }

internal enum MemberFunction { Member, Chair, Recorder }

internal enum MeetingKind { WorkingGroup, SteeringGroup, PublicHearing, MayorsRoundTable, Training, ProvidersPresentation }

internal enum MeetingStatus { Draft, Scheduled, Cancelled, Held, MinutesPublished }

internal enum RsvpAnswer { None, Accepted, Declined, Tentative }

internal enum AttendanceMark { Unknown, Present, Excused, Absent }

internal enum MinutesStatus { Draft, SentForComments, Approved, Published }

/// <summary>Czech labels, kept together.</summary>
internal static class Labels
{
    public static string Of(AreaKind k) => k switch
    {
        AreaKind.Orp => "ORP", AreaKind.Microregion => "mikroregion", AreaKind.City => "město / obec", _ => "celý kraj",
    };

    public static string Of(GroupKind k) => k switch
    {
        GroupKind.SteeringGroup => "řídicí skupina", GroupKind.CoordinationTeam => "koordinační skupina", _ => "pracovní skupina",
    };

    public static string Of(TriadRole r) => r switch
    {
        TriadRole.Zadavatel => "zadavatel", TriadRole.Poskytovatel => "poskytovatel", TriadRole.Uzivatel => "uživatel",
        TriadRole.Verejnost => "veřejnost", _ => "zpracovatel",
    };

    public static string Of(MemberFunction f) => f switch
    {
        MemberFunction.Chair => "předseda/předsedkyně", MemberFunction.Recorder => "zapisovatel/ka", _ => "člen/ka",
    };

    public static string Of(MeetingKind k) => k switch
    {
        MeetingKind.WorkingGroup => "jednání pracovní skupiny",
        MeetingKind.SteeringGroup => "jednání řídicí skupiny",
        MeetingKind.PublicHearing => "veřejné projednání",
        MeetingKind.MayorsRoundTable => "kulatý stůl starostů",
        MeetingKind.Training => "vzdělávací seminář",
        _ => "prezentace poskytovatelů",
    };

    public static string Of(MeetingStatus s) => s switch
    {
        MeetingStatus.Draft => "návrh", MeetingStatus.Scheduled => "naplánováno", MeetingStatus.Cancelled => "zrušeno",
        MeetingStatus.Held => "proběhlo", _ => "zápis zveřejněn",
    };

    public static string Of(RsvpAnswer a) => a switch
    {
        RsvpAnswer.Accepted => "přijde", RsvpAnswer.Declined => "nepřijde", RsvpAnswer.Tentative => "možná", _ => "bez odpovědi",
    };

    public static string Of(AttendanceMark a) => a switch
    {
        AttendanceMark.Present => "přítomen/a", AttendanceMark.Excused => "omluven/a", AttendanceMark.Absent => "nepřítomen/a", _ => "nezapsáno",
    };

    public static string Of(MinutesStatus s) => s switch
    {
        MinutesStatus.Draft => "rozpracovaný", MinutesStatus.SentForComments => "k připomínkám",
        MinutesStatus.Approved => "schválený", _ => "zveřejněný",
    };
}
