using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Plans.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ItemNumberUniqueForPriorities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ParentKey",
                schema: "plans",
                table: "items",
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "COALESCE(\"ParentId\", 0)",
                stored: false);

            migrationBuilder.CreateIndex(
                name: "IX_items_PlanId_ParentKey_Number",
                schema: "plans",
                table: "items",
                columns: new[] { "PlanId", "ParentKey", "Number" },
                unique: true);

            // The new index first: MariaDB keeps the old one while it serves the foreign key on PlanId.
            migrationBuilder.DropIndex(
                name: "IX_items_PlanId_ParentId_Number",
                schema: "plans",
                table: "items");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_items_PlanId_ParentId_Number",
                schema: "plans",
                table: "items",
                columns: new[] { "PlanId", "ParentId", "Number" },
                unique: true);

            migrationBuilder.DropIndex(
                name: "IX_items_PlanId_ParentKey_Number",
                schema: "plans",
                table: "items");

            migrationBuilder.DropColumn(
                name: "ParentKey",
                schema: "plans",
                table: "items");
        }
    }
}
