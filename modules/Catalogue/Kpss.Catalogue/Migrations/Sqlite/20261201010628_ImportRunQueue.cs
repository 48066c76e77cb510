using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Catalogue.Migrations.Sqlite
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
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProgressDone",
                schema: "catalogue",
                table: "import_runs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ProgressPhase",
                schema: "catalogue",
                table: "import_runs",
                type: "TEXT",
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
