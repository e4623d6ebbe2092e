using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bimtek.Domain.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bimtek_attendance",
                columns: table => new
                {
                    session_id = table.Column<string>(type: "text", nullable: false),
                    nip = table.Column<string>(type: "text", nullable: false),
                    enrolled_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    has_log = table.Column<bool>(type: "boolean", nullable: false),
                    attended_jp = table.Column<int>(type: "integer", nullable: false),
                    applicable_jp = table.Column<int>(type: "integer", nullable: false),
                    attendance_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    meets_minimum = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bimtek_attendance", x => new { x.session_id, x.nip });
                });

            migrationBuilder.CreateTable(
                name: "bimtek_certificate_counters",
                columns: table => new
                {
                    centre = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    programme_code = table.Column<string>(type: "text", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bimtek_certificate_counters", x => new { x.centre, x.year, x.programme_code });
                });

            migrationBuilder.CreateTable(
                name: "bimtek_certificates",
                columns: table => new
                {
                    number = table.Column<string>(type: "text", nullable: false),
                    verification_code = table.Column<string>(type: "text", nullable: false),
                    holder = table.Column<string>(type: "text", nullable: false),
                    programme_code = table.Column<string>(type: "text", nullable: false),
                    centre = table.Column<string>(type: "text", nullable: false),
                    issued_on = table.Column<LocalDate>(type: "date", nullable: false),
                    jp = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bimtek_certificates", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "bimtek_enrolment_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    session_id = table.Column<string>(type: "text", nullable: false),
                    arrival = table.Column<int>(type: "integer", nullable: false),
                    nip = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bimtek_enrolment_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bimtek_personal_data",
                columns: table => new
                {
                    nip = table.Column<string>(type: "text", nullable: false),
                    email = table.Column<string>(type: "text", nullable: true),
                    nik_ciphertext = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bimtek_personal_data", x => x.nip);
                });

            migrationBuilder.CreateTable(
                name: "bimtek_programmes",
                columns: table => new
                {
                    code = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    document = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bimtek_programmes", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "bimtek_results",
                columns: table => new
                {
                    session_id = table.Column<string>(type: "text", nullable: false),
                    nip = table.Column<string>(type: "text", nullable: false),
                    region = table.Column<string>(type: "text", nullable: false),
                    pre_test = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    post_test = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    final_score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    attendance_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    completed = table.Column<bool>(type: "boolean", nullable: true),
                    position = table.Column<string>(type: "text", nullable: true),
                    assessed = table.Column<string>(type: "jsonb", nullable: true),
                    evaluations_done = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bimtek_results", x => new { x.session_id, x.nip });
                });

            migrationBuilder.CreateTable(
                name: "bimtek_rosters",
                columns: table => new
                {
                    session_id = table.Column<string>(type: "text", nullable: false),
                    session_start = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    waitlist_policy = table.Column<string>(type: "text", nullable: false),
                    cancellation_cut_off = table.Column<Duration>(type: "interval", nullable: false),
                    cut_off_supplied = table.Column<bool>(type: "boolean", nullable: false),
                    province_quotas = table.Column<string>(type: "jsonb", nullable: false),
                    position_priority = table.Column<string>(type: "jsonb", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bimtek_rosters", x => x.session_id);
                });

            migrationBuilder.CreateTable(
                name: "bimtek_schedules",
                columns: table => new
                {
                    name = table.Column<string>(type: "text", nullable: false),
                    programme_code = table.Column<string>(type: "text", nullable: false),
                    session_count = table.Column<int>(type: "integer", nullable: false),
                    document = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bimtek_schedules", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "bimtek_attendance_items",
                columns: table => new
                {
                    session_id = table.Column<string>(type: "text", nullable: false),
                    nip = table.Column<string>(type: "text", nullable: false),
                    item_index = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<LocalDate>(type: "date", nullable: false),
                    start = table.Column<LocalTime>(type: "time", nullable: false),
                    end = table.Column<LocalTime>(type: "time", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    module_code = table.Column<string>(type: "text", nullable: true),
                    jp = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    present = table.Column<Duration>(type: "interval", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bimtek_attendance_items", x => new { x.session_id, x.nip, x.item_index });
                    table.ForeignKey(
                        name: "FK_bimtek_attendance_items_bimtek_attendance_session_id_nip",
                        columns: x => new { x.session_id, x.nip },
                        principalTable: "bimtek_attendance",
                        principalColumns: new[] { "session_id", "nip" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bimtek_enrolments",
                columns: table => new
                {
                    session_id = table.Column<string>(type: "text", nullable: false),
                    arrival = table.Column<int>(type: "integer", nullable: false),
                    nip = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    position_kind = table.Column<string>(type: "text", nullable: false),
                    position_title = table.Column<string>(type: "text", nullable: false),
                    agency_name = table.Column<string>(type: "text", nullable: false),
                    agency_region = table.Column<string>(type: "text", nullable: false),
                    agency_level = table.Column<string>(type: "text", nullable: false),
                    nominated_by_name = table.Column<string>(type: "text", nullable: false),
                    nominated_by_region = table.Column<string>(type: "text", nullable: false),
                    nominated_by_level = table.Column<string>(type: "text", nullable: false),
                    submitted_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    enrolled_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    changed_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bimtek_enrolments", x => new { x.session_id, x.arrival });
                    table.ForeignKey(
                        name: "FK_bimtek_enrolments_bimtek_rosters_session_id",
                        column: x => x.session_id,
                        principalTable: "bimtek_rosters",
                        principalColumn: "session_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bimtek_certificates_holder_programme_code",
                table: "bimtek_certificates",
                columns: new[] { "holder", "programme_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bimtek_certificates_issued_on_holder",
                table: "bimtek_certificates",
                columns: new[] { "issued_on", "holder" });

            migrationBuilder.CreateIndex(
                name: "IX_bimtek_enrolment_changes_session_id_arrival",
                table: "bimtek_enrolment_changes",
                columns: new[] { "session_id", "arrival" });

            migrationBuilder.CreateIndex(
                name: "IX_bimtek_enrolments_nip",
                table: "bimtek_enrolments",
                column: "nip");

            migrationBuilder.CreateIndex(
                name: "IX_bimtek_schedules_programme_code",
                table: "bimtek_schedules",
                column: "programme_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bimtek_attendance_items");

            migrationBuilder.DropTable(
                name: "bimtek_certificate_counters");

            migrationBuilder.DropTable(
                name: "bimtek_certificates");

            migrationBuilder.DropTable(
                name: "bimtek_enrolment_changes");

            migrationBuilder.DropTable(
                name: "bimtek_enrolments");

            migrationBuilder.DropTable(
                name: "bimtek_personal_data");

            migrationBuilder.DropTable(
                name: "bimtek_programmes");

            migrationBuilder.DropTable(
                name: "bimtek_results");

            migrationBuilder.DropTable(
                name: "bimtek_schedules");

            migrationBuilder.DropTable(
                name: "bimtek_attendance");

            migrationBuilder.DropTable(
                name: "bimtek_rosters");
        }
    }
}
