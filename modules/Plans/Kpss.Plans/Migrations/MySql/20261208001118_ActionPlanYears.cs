using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Plans.Migrations.MySql
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
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceItemId",
                schema: "plans",
                table: "items",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Year",
                schema: "plans",
                table: "capacity_changes",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Existing data (issue 24): a change of the network takes effect in its plan's first year; an action plan took
            // over its parent's current edition, and its items come from the parent's items of the same numbers, level by level.
            migrationBuilder.Sql(@"UPDATE plans_capacity_changes c JOIN plans_items i ON i.`Id` = c.`ItemId` JOIN plans_plans p ON p.`Id` = i.`PlanId` SET c.`Year` = p.`FromYear`");
            migrationBuilder.Sql(@"UPDATE plans_plans a JOIN plans_plans p ON p.`Id` = a.`ParentPlanId` SET a.`ParentEdition` = p.`Edition`");
            migrationBuilder.Sql(@"UPDATE plans_items i JOIN plans_plans a ON a.`Id` = i.`PlanId` JOIN plans_items s ON s.`PlanId` = a.`ParentPlanId` AND s.`ParentId` IS NULL AND s.`Number` = i.`Number` SET i.`SourceItemId` = s.`Id` WHERE i.`ParentId` IS NULL");
            foreach (var level in new[] { 2, 3, 4 })
                migrationBuilder.Sql(string.Format(System.Globalization.CultureInfo.InvariantCulture, @"UPDATE plans_items i JOIN plans_items up ON up.`Id` = i.`ParentId` JOIN plans_items s ON s.`ParentId` = up.`SourceItemId` AND s.`Number` = i.`Number` SET i.`SourceItemId` = s.`Id` WHERE i.`Level` = {0}", level));
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
