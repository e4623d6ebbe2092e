using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bimtek.Domain.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class DevelopmentRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bimtek_development_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    holder = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    jp = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bimtek_development_records", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bimtek_development_records_source_holder",
                table: "bimtek_development_records",
                columns: new[] { "source", "holder" });

            migrationBuilder.CreateIndex(
                name: "IX_bimtek_development_records_year_holder",
                table: "bimtek_development_records",
                columns: new[] { "year", "holder" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bimtek_development_records");
        }
    }
}
