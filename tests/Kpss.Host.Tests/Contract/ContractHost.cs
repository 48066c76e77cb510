using Kpss.Host.Tests.Isolation;
using Kpss.Testing;

namespace Kpss.Host.Tests.Contract;

/// <summary>
/// The sweeps' kraj (<see cref="SweepHost"/>) at a fixed day before the dates the examples name (so that an example's
/// comment period or meeting is still ahead), with its draft plan made complete — every chapter written, the seeded
/// priority with a goal and a measure that has all a measure needs — so that the plan's whole way (comments, hearing,
/// approval, amendment) can be walked with the examples.
/// </summary>
public sealed class ContractHost : SweepHost
{
    /// <summary>The day the walk starts: 1 December 2026, 9:00 in Prague.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    public ContractHost() => Clock = new FakeClock(Start);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CompletePlanAsync(await SignedInClientAsync(Admin), int.Parse(Ids["plan"], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Ids["planItem"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
