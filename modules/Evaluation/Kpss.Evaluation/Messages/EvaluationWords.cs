using System.Globalization;

namespace Kpss.Evaluation.Messages;

/// <summary>
/// The Czech words of the evaluation, in one place: states of a round and of a record, sources of money, amounts and
/// dates (here); what a use case refuses and why (<c>EvaluationWords.Refusals.cs</c>); the pages' titles
/// (<c>EvaluationWords.Pages.cs</c>).
/// </summary>
internal static partial class EvaluationWords
{
    private static readonly CultureInfo Cs = CultureInfo.GetCultureInfo("cs-CZ");

    /// <summary>The refusal (404) of every use case that reads a round of the kraj.</summary>
    public const string NoRound = "Kolo sledování plnění neexistuje.";

    public const string NoRecord = "Záznam v tomto kole sledování neexistuje.";

    public static string RoundState(RoundState state) => state == Domain.RoundState.Otevrene ? "otevřené" : "schválené (uzavřené)";

    /// <summary>The states of a record as people say them, with the name the API takes (the enum's).</summary>
    public static readonly IReadOnlyList<(RecordState State, string Name)> RecordStates =
    [
        (Domain.RecordState.Splneno, "splněno"),
        (Domain.RecordState.PlnenoPrubezne, "plněno průběžně"),
        (Domain.RecordState.CastecneSplneno, "částečně splněno"),
        (Domain.RecordState.Nesplneno, "nesplněno"),
        (Domain.RecordState.Zruseno, "zrušeno"),
        (Domain.RecordState.Presunuto, "přesunuto"),
    ];

    public static string RecordState(RecordState? state) => state is { } s ? RecordStates.Single(x => x.State == s).Name : "nevyplněno";

    public static string Level(ItemLevel level) => level switch
    {
        ItemLevel.Priorita => "priorita",
        ItemLevel.Cil => "cíl",
        ItemLevel.Opatreni => "opatření",
        _ => "aktivita",
    };

    public static string Source(FundingSource source) => source switch
    {
        FundingSource.Obec => "obec",
        FundingSource.Kraj => "kraj",
        FundingSource.Mpsv => "dotace MPSV",
        FundingSource.Eu => "fondy EU",
        FundingSource.Uzivatele => "úhrady uživatelů",
        _ => "jiné zdroje",
    };

    public static string Money(long amount) => amount.ToString("#,0", Cs).Replace('\u202F', '\u00A0') + "\u00A0Kč";

    public static string Date(DateOnly day) => day.ToString("d. M. yyyy", Cs);
}
