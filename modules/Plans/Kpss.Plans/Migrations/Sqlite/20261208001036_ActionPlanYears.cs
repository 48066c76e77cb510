using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Plans.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceItemId",
                schema: "plans",
                table: "items",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Year",
                schema: "plans",
                table: "capacity_changes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing data (issue 24): a change of the network takes effect in its plan's first year; an action plan took
            // over its parent's current edition, and its items come from the parent's items of the same numbers, level by level.
            migrationBuilder.Sql(@"UPDATE capacity_changes SET Year = (SELECT p.FromYear FROM items i JOIN plans p ON p.Id = i.PlanId WHERE i.Id = capacity_changes.ItemId)");
            migrationBuilder.Sql(@"UPDATE plans SET ParentEdition = (SELECT parent.Edition FROM plans parent WHERE parent.Id = plans.ParentPlanId) WHERE ParentPlanId IS NOT NULL");
            migrationBuilder.Sql(@"UPDATE items SET SourceItemId = (SELECT s.Id FROM plans a JOIN items s ON s.PlanId = a.ParentPlanId WHERE a.Id = items.PlanId AND s.ParentId IS NULL AND s.Number = items.Number) WHERE ParentId IS NULL AND PlanId IN (SELECT Id FROM plans WHERE ParentPlanId IS NOT NULL)");
            foreach (var level in new[] { 2, 3, 4 })
                migrationBuilder.Sql(string.Format(System.Globalization.CultureInfo.InvariantCulture, @"UPDATE items SET SourceItemId = (SELECT s.Id FROM items up JOIN items s ON s.ParentId = up.SourceItemId WHERE up.Id = items.ParentId AND s.Number = items.Number) WHERE Level = {0} AND PlanId IN (SELECT Id FROM plans WHERE ParentPlanId IS NOT NULL)", level));
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
