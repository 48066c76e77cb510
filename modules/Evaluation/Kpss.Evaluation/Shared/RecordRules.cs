namespace Kpss.Evaluation.Shared;

/// <summary>The limits of a record's free text.</summary>
internal static class RecordRules
{
    public const int MaxComment = 4000;
    public const int MaxEvidence = 1000;

    /// <summary>The largest amount of money a record takes (100 billion CZK): beyond it, a typo.</summary>
    public const long MaxAmount = 100_000_000_000;

    /// <summary>A record's state by the API's name (<c>Splneno</c>, <c>PlnenoPrubezne</c>…) or as people say it ("plněno průběžně").</summary>
    public static RecordState? ParseState(string? given)
    {
        if (string.IsNullOrWhiteSpace(given)) return null;
        if (Enum.TryParse<RecordState>(given.Trim(), ignoreCase: true, out var state) && Enum.IsDefined(state) && !char.IsDigit(given.Trim()[0])) return state;
        var folded = CzechText.Fold(given);
        return EvaluationWords.RecordStates.Where(s => CzechText.Fold(s.Name) == folded).Select(s => (RecordState?)s.State).FirstOrDefault();
    }

    /// <summary>A source of money by the API's name (<c>kraj</c>, <c>mpsv</c>…), as Plans takes it.</summary>
    public static FundingSource? ParseSource(string? given) =>
        !string.IsNullOrWhiteSpace(given) && !char.IsDigit(given.Trim()[0]) && Enum.TryParse<FundingSource>(given.Trim(), ignoreCase: true, out var source)
            && Enum.IsDefined(source) ? source : null;
}
