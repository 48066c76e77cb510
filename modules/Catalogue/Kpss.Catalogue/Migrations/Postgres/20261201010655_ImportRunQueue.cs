using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Catalogue.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ImportRunQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Payload",
                schema: "catalogue",
                table: "import_runs",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProgressDone",
                schema: "catalogue",
                table: "import_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ProgressPhase",
                schema: "catalogue",
                table: "import_runs",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Payload",
                schema: "catalogue",
                table: "import_runs");

            migrationBuilder.DropColumn(
                name: "ProgressDone",
                schema: "catalogue",
                table: "import_runs");

            migrationBuilder.DropColumn(
                name: "ProgressPhase",
                schema: "catalogue",
                table: "import_runs");
        }
    }
}
