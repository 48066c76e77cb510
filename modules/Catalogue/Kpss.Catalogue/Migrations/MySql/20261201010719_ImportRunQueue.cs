using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Catalogue.Migrations.MySql
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
                type: "longblob",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProgressDone",
                schema: "catalogue",
                table: "import_runs",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ProgressPhase",
                schema: "catalogue",
                table: "import_runs",
                type: "varchar(100)",
                maxLength: 100,
                nullable: true,
                collation: "utf8mb4_bin")
                .Annotation("MySql:CharSet", "utf8mb4");
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
