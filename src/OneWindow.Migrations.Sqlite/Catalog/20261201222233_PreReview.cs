using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class PreReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_prereviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    BundleCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Complete = table.Column<bool>(type: "INTEGER", nullable: false),
                    Missing = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_prereviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalog_prereview_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MaterialCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MaterialName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_prereview_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_prereview_files_catalog_prereviews_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "catalog_prereviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_prereview_files_SubmissionId",
                table: "catalog_prereview_files",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_prereviews_Code",
                table: "catalog_prereviews",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_prereviews_ExpiresAt",
                table: "catalog_prereviews",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_prereview_files");

            migrationBuilder.DropTable(
                name: "catalog_prereviews");
        }
    }
}
