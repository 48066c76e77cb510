using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Plans.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ActionPlanYears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ParentEdition",
                schema: "plans",
                table: "plans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceItemId",
                schema: "plans",
                table: "items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Year",
                schema: "plans",
                table: "capacity_changes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing data (issue 24): a change of the network takes effect in its plan's first year; an action plan took
            // over its parent's current edition, and its items come from the parent's items of the same numbers, level by level.
            migrationBuilder.Sql(@"UPDATE plans.capacity_changes c SET ""Year"" = p.""FromYear"" FROM plans.items i JOIN plans.plans p ON p.""Id"" = i.""PlanId"" WHERE i.""Id"" = c.""ItemId""");
            migrationBuilder.Sql(@"UPDATE plans.plans a SET ""ParentEdition"" = p.""Edition"" FROM plans.plans p WHERE p.""Id"" = a.""ParentPlanId""");
            migrationBuilder.Sql(@"UPDATE plans.items i SET ""SourceItemId"" = s.""Id"" FROM plans.plans a JOIN plans.items s ON s.""PlanId"" = a.""ParentPlanId"" WHERE a.""Id"" = i.""PlanId"" AND i.""ParentId"" IS NULL AND s.""ParentId"" IS NULL AND s.""Number"" = i.""Number""");
            foreach (var level in new[] { 2, 3, 4 })
                migrationBuilder.Sql(string.Format(System.Globalization.CultureInfo.InvariantCulture, @"UPDATE plans.items i SET ""SourceItemId"" = s.""Id"" FROM plans.items up JOIN plans.items s ON s.""ParentId"" = up.""SourceItemId"" WHERE up.""Id"" = i.""ParentId"" AND s.""Number"" = i.""Number"" AND i.""Level"" = {0}", level));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ParentEdition",
                schema: "plans",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "SourceItemId",
                schema: "plans",
                table: "items");

            migrationBuilder.DropColumn(
                name: "Year",
                schema: "plans",
                table: "capacity_changes");
        }
    }
}
