using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Host.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RoleGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GrantedBy",
                schema: "platform",
                table: "role_assignments",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GrantedBy",
                schema: "platform",
                table: "role_assignments");
        }
    }
}
