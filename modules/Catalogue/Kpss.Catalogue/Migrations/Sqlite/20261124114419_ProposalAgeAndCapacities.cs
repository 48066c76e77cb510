using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Catalogue.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProposalAgeAndCapacities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AgeFrom",
                schema: "catalogue",
                table: "change_requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AgeTo",
                schema: "catalogue",
                table: "change_requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Capacities",
                schema: "catalogue",
                table: "change_requests",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AgeFrom",
                schema: "catalogue",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "AgeTo",
                schema: "catalogue",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "Capacities",
                schema: "catalogue",
                table: "change_requests");
        }
    }
}
