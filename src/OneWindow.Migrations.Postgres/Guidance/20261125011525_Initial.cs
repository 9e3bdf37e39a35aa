using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Postgres.Guidance
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "guide_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    ItemCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Post = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guide_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "guide_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Guide = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CenterCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Query = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Suggestions = table.Column<List<string>>(type: "text[]", nullable: false),
                    Chosen = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guide_sessions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_guide_entries_Code",
                table: "guide_entries",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_guide_sessions_At",
                table: "guide_sessions",
                column: "At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "guide_entries");

            migrationBuilder.DropTable(
                name: "guide_sessions");
        }
    }
}
