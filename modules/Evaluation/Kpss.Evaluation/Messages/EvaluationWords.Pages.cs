namespace Kpss.Evaluation.Messages;

internal static partial class EvaluationWords
{
    /// <summary>The pages' titles, as the menu, the crumbs and the pages themselves say them.</summary>
    public static class Pages
    {
        public const string Rounds = "Sledování plnění plánů";

        public static string Round(string plan, int year) => $"Plnění za rok {year}: {plan}";
    }

    /// <summary>What a page says after its form.</summary>
    public static class Done
    {
        public const string Opened = "Kolo sledování plnění je otevřené.";
        public const string Saved = "Záznam je uložený.";
    }
}
