using Kpss.Modules.Abstractions;
using Kpss.Testing;

namespace Kpss.Host.Tests;

/// <summary>What every module shares instead of its own copy: Czech folding and sorting, the CSV reader.</summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class SharedKernelTests
{
    [Theory]
    [InlineData("Pečovatelská  služba ", "pecovatelska sluzba")]
    [InlineData("ŽĎÁR nad Sázavou", "zdar nad sazavou")]
    [InlineData("Jindřichův\tHradec", "jindrichuv hradec")]
    public void Fold_DropsMarksAndCase_AndJoinsWordsWithOneSpace(string text, string folded) =>
        Assert.Equal(folded, CzechText.Fold(text));

    [Fact]
    public void SortKeys_OrderAsACzechReaderExpects()
    {
        string[] names = ["Chrudim", "Cheb", "Hodonín", "Čáslav", "Cvikov"];

        var sorted = names.OrderBy(CzechText.SortKey, StringComparer.Ordinal).ToArray();

        Assert.Equal(["Cvikov", "Čáslav", "Hodonín", "Cheb", "Chrudim"], sorted); // ch after h
    }

    [Fact]
    public void Csv_KeepsTheLineEachRecordStartsOn_ThroughQuotedLineBreaksAndBlankLines()
    {
        const string text = "\uFEFFjmeno;poznamka\r\nJana;\"první řádek\r\ndruhý; se středníkem\"\r\n\r\n\"Petr \"\"Péťa\"\"\";x\r\n";

        var records = CsvRecords.Read(text);

        Assert.Equal([1, 2, 5], records.Select(r => r.Line));
        Assert.Equal(["Jana", "první řádek\r\ndruhý; se středníkem"], records[1].Fields);
        Assert.Equal(["Petr \"Péťa\"", "x"], records[2].Fields);
        Assert.True(CsvRecords.Read(";\n;;").All(r => r.IsBlank));
    }

    [Fact]
    public void Csv_TakesCommasWhenTheHeaderHasMoreOfThem()
    {
        var records = CsvRecords.Read("jmeno,email,role\nJana Nováková,jana@example.cz,uživatel");

        Assert.Equal(["Jana Nováková", "jana@example.cz", "uživatel"], records[1].Fields);
    }

    [Theory]
    [InlineData("  Pečovatelská služba ", "Pečovatelská služba")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Clean_TrimsAndTurnsBlankIntoNothing(string? text, string? clean) => Assert.Equal(clean, Check.Clean(text));

    [Fact]
    public void RequiredAndOptionalText_GiveTheirCzechMessages_AtTheLimitAndOver()
    {
        var result = new OperationResult();

        Check.Required(result, "A", " ", "název", 5);
        Check.Required(result, "B", "pětka", "název", 5);
        Check.Required(result, "C", "šestka", "název", 5);
        Check.Optional(result, "D", null, "popis", 5);
        Check.Optional(result, "E", " čtyřka ", "popis", 4);
        Check.Optional(result, "F", "  pět  ", "popis", 3);

        Assert.Equal(["A", "C", "E"], result.Errors.Keys);
        Assert.Equal(["Vyplňte název."], result.Errors["A"]);
        Assert.Equal(["Název může mít nejvýše 5 znaků."], result.Errors["C"]);
        Assert.Equal(["Popis může mít nejvýše 4 znaků."], result.Errors["E"]);
    }

    private static System.Security.Claims.ClaimsPrincipal Holding(params string[] scopes) =>
        new(new System.Security.Claims.ClaimsIdentity(
            scopes.Select(s => new System.Security.Claims.Claim(Kpss.Modules.Abstractions.Security.KpssClaimTypes.Scope, s)), "test"));

    [Fact]
    public void ARegionalAdminWhoIsAlsoANarrowedCoordinator_IsNotNarrowedInTheirKraj()
    {
        var user = Holding("regional-admin:CZ031", "coordinator:CZ031:5");

        Assert.Null(Kpss.Modules.Abstractions.Security.KpssScopes.NarrowedTo(user, "coordinator", "CZ031"));
    }

    [Fact]
    public void ANarrowedCoordinator_IsNarrowedToTheirProcessesOnly_NotToTheirOtherRolesScopes()
    {
        var user = Holding("coordinator:CZ031:5", "member:CZ031:7", "provider-editor:CZ031:12345678", "coordinator:CZ064:9");

        Assert.Equal(["5"], Kpss.Modules.Abstractions.Security.KpssScopes.NarrowedTo(user, "coordinator", "CZ031")!);
    }
}
