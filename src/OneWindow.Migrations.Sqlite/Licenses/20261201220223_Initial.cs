using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Sqlite.Licenses
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lc_licenses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MaterialCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HolderKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HolderNameEncrypted = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    HolderNameMasked = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HolderIdEncrypted = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HolderIdIndex = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HolderIdMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RevokeReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lc_licenses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_lc_licenses_HolderIdIndex_MaterialCode",
                table: "lc_licenses",
                columns: new[] { "HolderIdIndex", "MaterialCode" });

            migrationBuilder.CreateIndex(
                name: "IX_lc_licenses_Number",
                table: "lc_licenses",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lc_licenses");
        }
    }
}
