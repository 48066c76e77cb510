using System;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kpss.Host.Migrations.MySql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "platform");

            migrationBuilder.AlterDatabase()
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    FriendlyName = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Xml = table.Column<string>(type: "longtext", nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_bin");

            migrationBuilder.CreateTable(
                name: "kraje",
                schema: "platform",
                columns: table => new
                {
                    Code = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Slug = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Name = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kraje", x => x.Code);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_bin");

            migrationBuilder.CreateTable(
                name: "users",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<string>(type: "varchar(255)", nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DisplayName = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    UserName = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    NormalizedUserName = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Email = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    NormalizedEmail = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    EmailConfirmed = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    PasswordHash = table.Column<string>(type: "longtext", nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    SecurityStamp = table.Column<string>(type: "longtext", nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ConcurrencyStamp = table.Column<string>(type: "longtext", nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    PhoneNumber = table.Column<string>(type: "longtext", nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    PhoneNumberConfirmed = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetime(6)", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_bin");

            migrationBuilder.CreateTable(
                name: "calendar_corrections",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    KrajCode = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    PluginId = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DeadlineKey = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    UpdatedBy = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_corrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_calendar_corrections_kraje_KrajCode",
                        column: x => x.KrajCode,
                        principalSchema: "platform",
                        principalTable: "kraje",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_bin");

            migrationBuilder.CreateTable(
                name: "kraj_plugins",
                schema: "platform",
                columns: table => new
                {
                    KrajCode = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    PluginId = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Enabled = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kraj_plugins", x => new { x.KrajCode, x.PluginId });
                    table.ForeignKey(
                        name: "FK_kraj_plugins_kraje_KrajCode",
                        column: x => x.KrajCode,
                        principalSchema: "platform",
                        principalTable: "kraje",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_bin");

            migrationBuilder.CreateTable(
                name: "orp",
                schema: "platform",
                columns: table => new
                {
                    CsuCode = table.Column<int>(type: "int", nullable: false),
                    RuianCode = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    KrajCode = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orp", x => x.CsuCode);
                    table.ForeignKey(
                        name: "FK_orp_kraje_KrajCode",
                        column: x => x.KrajCode,
                        principalSchema: "platform",
                        principalTable: "kraje",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_bin");

            migrationBuilder.CreateTable(
                name: "plugin_audit",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    KrajCode = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    PluginId = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Enabled = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    UserId = table.Column<string>(type: "varchar(450)", maxLength: 450, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    UserName = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plugin_audit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plugin_audit_kraje_KrajCode",
                        column: x => x.KrajCode,
                        principalSchema: "platform",
                        principalTable: "kraje",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_bin");

            migrationBuilder.CreateTable(
                name: "role_assignments",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    UserId = table.Column<string>(type: "varchar(255)", nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Role = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    KrajCode = table.Column<string>(type: "varchar(5)", maxLength: 5, nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ScopeId = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    GrantedBy = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_role_assignments_kraje_KrajCode",
                        column: x => x.KrajCode,
                        principalSchema: "platform",
                        principalTable: "kraje",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_role_assignments_users_UserId",
                        column: x => x.UserId,
                        principalSchema: "platform",
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_bin");

            migrationBuilder.CreateTable(
                name: "user_claims",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    UserId = table.Column<string>(type: "varchar(255)", nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ClaimType = table.Column<string>(type: "longtext", nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ClaimValue = table.Column<string>(type: "longtext", nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_user_claims_users_UserId",
                        column: x => x.UserId,
                        principalSchema: "platform",
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_bin");

            migrationBuilder.CreateTable(
                name: "user_logins",
                schema: "platform",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "varchar(255)", nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ProviderKey = table.Column<string>(type: "varchar(255)", nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ProviderDisplayName = table.Column<string>(type: "longtext", nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    UserId = table.Column<string>(type: "varchar(255)", nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_user_logins_users_UserId",
                        column: x => x.UserId,
                        principalSchema: "platform",
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_bin");

            migrationBuilder.CreateTable(
                name: "user_tokens",
                schema: "platform",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "varchar(255)", nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    LoginProvider = table.Column<string>(type: "varchar(255)", nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Name = table.Column<string>(type: "varchar(255)", nullable: false, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Value = table.Column<string>(type: "longtext", nullable: true, collation: "utf8mb4_bin")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_user_tokens_users_UserId",
                        column: x => x.UserId,
                        principalSchema: "platform",
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_bin");

            migrationBuilder.InsertData(
                schema: "platform",
                table: "kraje",
                columns: new[] { "Code", "Name", "Slug" },
                values: new object[,]
                {
                    { "CZ010", "Hlavní město Praha", "praha" },
                    { "CZ020", "Středočeský kraj", "stredocesky" },
                    { "CZ031", "Jihočeský kraj", "jihocesky" },
                    { "CZ032", "Plzeňský kraj", "plzensky" },
                    { "CZ041", "Karlovarský kraj", "karlovarsky" },
                    { "CZ042", "Ústecký kraj", "ustecky" },
                    { "CZ051", "Liberecký kraj", "liberecky" },
                    { "CZ052", "Královéhradecký kraj", "kralovehradecky" },
                    { "CZ053", "Pardubický kraj", "pardubicky" },
                    { "CZ063", "Kraj Vysočina", "vysocina" },
                    { "CZ064", "Jihomoravský kraj", "jihomoravsky" },
                    { "CZ071", "Olomoucký kraj", "olomoucky" },
                    { "CZ072", "Zlínský kraj", "zlinsky" },
                    { "CZ080", "Moravskoslezský kraj", "moravskoslezsky" }
                });

            migrationBuilder.InsertData(
                schema: "platform",
                table: "orp",
                columns: new[] { "CsuCode", "KrajCode", "Name", "RuianCode" },
                values: new object[,]
                {
                    { 1000, "CZ010", "Praha", 19 },
                    { 2101, "CZ020", "Benešov", 27 },
                    { 2102, "CZ020", "Beroun", 51 },
                    { 2103, "CZ020", "Brandýs nad Labem-Stará Boleslav", 213 },
                    { 2104, "CZ020", "Čáslav", 124 },
                    { 2105, "CZ020", "Černošice", 230 },
                    { 2106, "CZ020", "Český Brod", 108 },
                    { 2107, "CZ020", "Dobříš", 248 },
                    { 2108, "CZ020", "Hořovice", 60 },
                    { 2109, "CZ020", "Kladno", 78 },
                    { 2110, "CZ020", "Kolín", 94 },
                    { 2111, "CZ020", "Kralupy nad Vltavou", 132 },
                    { 2112, "CZ020", "Kutná Hora", 116 },
                    { 2113, "CZ020", "Lysá nad Labem", 183 },
                    { 2114, "CZ020", "Mělník", 141 },
                    { 2115, "CZ020", "Mladá Boleslav", 167 },
                    { 2116, "CZ020", "Mnichovo Hradiště", 175 },
                    { 2117, "CZ020", "Neratovice", 159 },
                    { 2118, "CZ020", "Nymburk", 191 },
                    { 2119, "CZ020", "Poděbrady", 205 },
                    { 2120, "CZ020", "Příbram", 256 },
                    { 2121, "CZ020", "Rakovník", 272 },
                    { 2122, "CZ020", "Říčany", 221 },
                    { 2123, "CZ020", "Sedlčany", 264 },
                    { 2124, "CZ020", "Slaný", 86 },
                    { 2125, "CZ020", "Vlašim", 35 },
                    { 2126, "CZ020", "Votice", 43 },
                    { 3101, "CZ031", "Blatná", 434 },
                    { 3102, "CZ031", "České Budějovice", 302 },
                    { 3103, "CZ031", "Český Krumlov", 329 },
                    { 3104, "CZ031", "Dačice", 337 },
                    { 3105, "CZ031", "Jindřichův Hradec", 345 },
                    { 3106, "CZ031", "Kaplice", 311 },
                    { 3107, "CZ031", "Milevsko", 396 },
                    { 3108, "CZ031", "Písek", 400 },
                    { 3109, "CZ031", "Prachatice", 418 },
                    { 3110, "CZ031", "Soběslav", 469 },
                    { 3111, "CZ031", "Strakonice", 442 },
                    { 3112, "CZ031", "Tábor", 477 },
                    { 3113, "CZ031", "Trhové Sviny", 281 },
                    { 3114, "CZ031", "Třeboň", 353 },
                    { 3115, "CZ031", "Týn nad Vltavou", 299 },
                    { 3116, "CZ031", "Vimperk", 426 },
                    { 3117, "CZ031", "Vodňany", 451 },
                    { 3201, "CZ032", "Blovice", 591 },
                    { 3202, "CZ032", "Domažlice", 485 },
                    { 3203, "CZ032", "Horažďovice", 558 },
                    { 3204, "CZ032", "Horšovský Týn", 493 },
                    { 3205, "CZ032", "Klatovy", 566 },
                    { 3206, "CZ032", "Kralovice", 639 },
                    { 3207, "CZ032", "Nepomuk", 604 },
                    { 3208, "CZ032", "Nýřany", 647 },
                    { 3209, "CZ032", "Plzeň", 582 },
                    { 3210, "CZ032", "Přeštice", 612 },
                    { 3211, "CZ032", "Rokycany", 655 },
                    { 3212, "CZ032", "Stod", 621 },
                    { 3213, "CZ032", "Stříbro", 680 },
                    { 3214, "CZ032", "Sušice", 574 },
                    { 3215, "CZ032", "Tachov", 698 },
                    { 4101, "CZ041", "Aš", 507 },
                    { 4102, "CZ041", "Cheb", 515 },
                    { 4103, "CZ041", "Karlovy Vary", 531 },
                    { 4104, "CZ041", "Kraslice", 663 },
                    { 4105, "CZ041", "Mariánské Lázně", 523 },
                    { 4106, "CZ041", "Ostrov", 540 },
                    { 4107, "CZ041", "Sokolov", 671 },
                    { 4201, "CZ042", "Bílina", 906 },
                    { 4202, "CZ042", "Děčín", 728 },
                    { 4203, "CZ042", "Chomutov", 752 },
                    { 4204, "CZ042", "Kadaň", 761 },
                    { 4205, "CZ042", "Litoměřice", 825 },
                    { 4206, "CZ042", "Litvínov", 884 },
                    { 4207, "CZ042", "Louny", 850 },
                    { 4208, "CZ042", "Lovosice", 833 },
                    { 4209, "CZ042", "Most", 892 },
                    { 4210, "CZ042", "Podbořany", 868 },
                    { 4211, "CZ042", "Roudnice nad Labem", 841 },
                    { 4212, "CZ042", "Rumburk", 736 },
                    { 4213, "CZ042", "Teplice", 914 },
                    { 4214, "CZ042", "Ústí nad Labem", 922 },
                    { 4215, "CZ042", "Varnsdorf", 744 },
                    { 4216, "CZ042", "Žatec", 876 },
                    { 5101, "CZ051", "Česká Lípa", 710 },
                    { 5102, "CZ051", "Frýdlant", 809 },
                    { 5103, "CZ051", "Jablonec nad Nisou", 779 },
                    { 5104, "CZ051", "Jilemnice", 1139 },
                    { 5105, "CZ051", "Liberec", 817 },
                    { 5106, "CZ051", "Nový Bor", 701 },
                    { 5107, "CZ051", "Semily", 1147 },
                    { 5108, "CZ051", "Tanvald", 787 },
                    { 5109, "CZ051", "Turnov", 1155 },
                    { 5110, "CZ051", "Železný Brod", 795 },
                    { 5201, "CZ052", "Broumov", 1031 },
                    { 5202, "CZ052", "Dobruška", 1104 },
                    { 5203, "CZ052", "Dvůr Králové nad Labem", 1201 },
                    { 5204, "CZ052", "Hořice", 1007 },
                    { 5205, "CZ052", "Hradec Králové", 965 },
                    { 5206, "CZ052", "Jaroměř", 1040 },
                    { 5207, "CZ052", "Jičín", 1015 },
                    { 5208, "CZ052", "Kostelec nad Orlicí", 1112 },
                    { 5209, "CZ052", "Náchod", 1066 },
                    { 5210, "CZ052", "Nová Paka", 1023 },
                    { 5211, "CZ052", "Nové Město nad Metují", 1058 },
                    { 5212, "CZ052", "Nový Bydžov", 973 },
                    { 5213, "CZ052", "Rychnov nad Kněžnou", 1121 },
                    { 5214, "CZ052", "Trutnov", 1210 },
                    { 5215, "CZ052", "Vrchlabí", 1228 },
                    { 5301, "CZ053", "Česká Třebová", 1279 },
                    { 5302, "CZ053", "Hlinsko", 990 },
                    { 5303, "CZ053", "Holice", 1074 },
                    { 5304, "CZ053", "Chrudim", 981 },
                    { 5305, "CZ053", "Králíky", 1236 },
                    { 5306, "CZ053", "Lanškroun", 1244 },
                    { 5307, "CZ053", "Litomyšl", 1163 },
                    { 5308, "CZ053", "Moravská Třebová", 1171 },
                    { 5309, "CZ053", "Pardubice", 1082 },
                    { 5310, "CZ053", "Polička", 1180 },
                    { 5311, "CZ053", "Přelouč", 1091 },
                    { 5312, "CZ053", "Svitavy", 1198 },
                    { 5313, "CZ053", "Ústí nad Orlicí", 1287 },
                    { 5314, "CZ053", "Vysoké Mýto", 1252 },
                    { 5315, "CZ053", "Žamberk", 1261 },
                    { 6101, "CZ063", "Bystřice nad Pernštejnem", 1678 },
                    { 6102, "CZ063", "Havlíčkův Brod", 949 },
                    { 6103, "CZ063", "Humpolec", 361 },
                    { 6104, "CZ063", "Chotěboř", 931 },
                    { 6105, "CZ063", "Jihlava", 1503 },
                    { 6106, "CZ063", "Moravské Budějovice", 1571 },
                    { 6107, "CZ063", "Náměšť nad Oslavou", 1589 },
                    { 6108, "CZ063", "Nové Město na Moravě", 1686 },
                    { 6109, "CZ063", "Pacov", 370 },
                    { 6110, "CZ063", "Pelhřimov", 388 },
                    { 6111, "CZ063", "Světlá nad Sázavou", 957 },
                    { 6112, "CZ063", "Telč", 1511 },
                    { 6113, "CZ063", "Třebíč", 1597 },
                    { 6114, "CZ063", "Velké Meziříčí", 1694 },
                    { 6115, "CZ063", "Žďár nad Sázavou", 1708 },
                    { 6201, "CZ064", "Blansko", 1295 },
                    { 6202, "CZ064", "Boskovice", 1309 },
                    { 6203, "CZ064", "Brno", 1317 },
                    { 6204, "CZ064", "Břeclav", 1384 },
                    { 6205, "CZ064", "Bučovice", 1627 },
                    { 6206, "CZ064", "Hodonín", 1473 },
                    { 6207, "CZ064", "Hustopeče", 1392 },
                    { 6208, "CZ064", "Ivančice", 1325 },
                    { 6209, "CZ064", "Kuřim", 1333 },
                    { 6210, "CZ064", "Kyjov", 1481 },
                    { 6211, "CZ064", "Mikulov", 1406 },
                    { 6212, "CZ064", "Moravský Krumlov", 1651 },
                    { 6213, "CZ064", "Pohořelice", 1414 },
                    { 6214, "CZ064", "Rosice", 1341 },
                    { 6215, "CZ064", "Slavkov u Brna", 1635 },
                    { 6216, "CZ064", "Šlapanice", 1368 },
                    { 6217, "CZ064", "Tišnov", 1350 },
                    { 6218, "CZ064", "Veselí nad Moravou", 1490 },
                    { 6219, "CZ064", "Vyškov", 1643 },
                    { 6220, "CZ064", "Znojmo", 1660 },
                    { 6221, "CZ064", "Židlochovice", 1376 },
                    { 7101, "CZ071", "Hranice", 1970 },
                    { 7102, "CZ071", "Jeseník", 2062 },
                    { 7103, "CZ071", "Konice", 1554 },
                    { 7104, "CZ071", "Lipník nad Bečvou", 1988 },
                    { 7105, "CZ071", "Litovel", 1881 },
                    { 7106, "CZ071", "Mohelnice", 2003 },
                    { 7107, "CZ071", "Olomouc", 1899 },
                    { 7108, "CZ071", "Prostějov", 1562 },
                    { 7109, "CZ071", "Přerov", 1996 },
                    { 7110, "CZ071", "Šternberk", 1911 },
                    { 7111, "CZ071", "Šumperk", 2020 },
                    { 7112, "CZ071", "Uničov", 1902 },
                    { 7113, "CZ071", "Zábřeh", 2011 },
                    { 7201, "CZ072", "Bystřice pod Hostýnem", 1520 },
                    { 7202, "CZ072", "Holešov", 1538 },
                    { 7203, "CZ072", "Kroměříž", 1546 },
                    { 7204, "CZ072", "Luhačovice", 1422 },
                    { 7205, "CZ072", "Otrokovice", 1431 },
                    { 7206, "CZ072", "Rožnov pod Radhoštěm", 2038 },
                    { 7207, "CZ072", "Uherské Hradiště", 1601 },
                    { 7208, "CZ072", "Uherský Brod", 1619 },
                    { 7209, "CZ072", "Valašské Klobouky", 1449 },
                    { 7210, "CZ072", "Valašské Meziříčí", 2046 },
                    { 7211, "CZ072", "Vizovice", 1457 },
                    { 7212, "CZ072", "Vsetín", 2054 },
                    { 7213, "CZ072", "Zlín", 1465 },
                    { 8101, "CZ080", "Bílovec", 1830 },
                    { 8102, "CZ080", "Bohumín", 1783 },
                    { 8103, "CZ080", "Bruntál", 1716 },
                    { 8104, "CZ080", "Český Těšín", 1821 },
                    { 8105, "CZ080", "Frenštát pod Radhoštěm", 1848 },
                    { 8106, "CZ080", "Frýdek-Místek", 1741 },
                    { 8107, "CZ080", "Frýdlant nad Ostravicí", 1759 },
                    { 8108, "CZ080", "Havířov", 1791 },
                    { 8109, "CZ080", "Hlučín", 1929 },
                    { 8110, "CZ080", "Jablunkov", 1767 },
                    { 8111, "CZ080", "Karviná", 1805 },
                    { 8112, "CZ080", "Kopřivnice", 1856 },
                    { 8113, "CZ080", "Kravaře", 1937 },
                    { 8114, "CZ080", "Krnov", 1724 },
                    { 8115, "CZ080", "Nový Jičín", 1864 },
                    { 8116, "CZ080", "Odry", 1872 },
                    { 8117, "CZ080", "Opava", 1945 },
                    { 8118, "CZ080", "Orlová", 1813 },
                    { 8119, "CZ080", "Ostrava", 1961 },
                    { 8120, "CZ080", "Rýmařov", 1732 },
                    { 8121, "CZ080", "Třinec", 1775 },
                    { 8122, "CZ080", "Vítkov", 1953 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_calendar_corrections_KrajCode_PluginId_DeadlineKey_Year",
                schema: "platform",
                table: "calendar_corrections",
                columns: new[] { "KrajCode", "PluginId", "DeadlineKey", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kraje_Slug",
                schema: "platform",
                table: "kraje",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orp_KrajCode",
                schema: "platform",
                table: "orp",
                column: "KrajCode");

            migrationBuilder.CreateIndex(
                name: "IX_plugin_audit_KrajCode_AtUtc",
                schema: "platform",
                table: "plugin_audit",
                columns: new[] { "KrajCode", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_role_assignments_KrajCode_Role",
                schema: "platform",
                table: "role_assignments",
                columns: new[] { "KrajCode", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_role_assignments_UserId",
                schema: "platform",
                table: "role_assignments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_user_claims_UserId",
                schema: "platform",
                table: "user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_user_logins_UserId",
                schema: "platform",
                table: "user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                schema: "platform",
                table: "users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                schema: "platform",
                table: "users",
                column: "NormalizedUserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_corrections",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "data_protection_keys",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "kraj_plugins",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "orp",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "plugin_audit",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "role_assignments",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "user_claims",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "user_logins",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "user_tokens",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "kraje",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "users",
                schema: "platform");
        }
    }
}
