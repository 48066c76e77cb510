using Kpss.Host.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kpss.Host.Migrations.MySql
{
    /// <summary>
    /// TRUNCATE fires no trigger, so the append-only triggers alone let the platform's own account empty the audit log.
    /// On MariaDB a system-versioned table refuses TRUNCATE (error 4137), whatever the account may do, and the
    /// versioning keeps nothing more here (the log's rows are never changed). The clause is in a MariaDB-only comment
    /// (<c>/*M! … */</c>): MySQL 8 ignores it and keeps only the triggers (docs/security.md says what its account must
    /// lack instead). A later migration that alters this table on MariaDB first says
    /// <c>SET @@system_versioning_alter_history = KEEP;</c>.
    /// </summary>
    [DbContext(typeof(MySqlPlatformDbContext))]
    [Migration("20261207040000_AuditLogRefusesTruncate")]
    public partial class AuditLogRefusesTruncate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE platform_audit_log COMMENT = 'Záznam změn: jen přibývá' /*M! , ADD SYSTEM VERSIONING */;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE platform_audit_log COMMENT = '' /*M! , DROP SYSTEM VERSIONING */;");
        }
    }
}
