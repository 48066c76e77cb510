using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Plans.Migrations.MySql
{
    /// <inheritdoc />
    public partial class Hearing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HearingMeetingId",
                schema: "plans",
                table: "plans",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HearingMeetingId",
                schema: "plans",
                table: "plans");
        }
    }
}
