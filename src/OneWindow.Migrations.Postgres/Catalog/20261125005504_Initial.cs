using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Postgres.Catalog
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_bundles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PromisedDays = table.Column<int>(type: "integer", nullable: true),
                    LeadDepartmentCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_bundles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalog_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalog_materials",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_materials", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "catalog_bundle_items",
                columns: table => new
                {
                    BundleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_bundle_items", x => new { x.BundleId, x.Position });
                    table.ForeignKey(
                        name: "FK_catalog_bundle_items_catalog_bundles_BundleId",
                        column: x => x.BundleId,
                        principalTable: "catalog_bundles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "catalog_item_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LegalDays = table.Column<int>(type: "integer", nullable: true),
                    PromisedDays = table.Column<int>(type: "integer", nullable: false),
                    DeadlineNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Basis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ImplementingBody = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Conditions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Audience = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResultName = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Fees = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Process = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReviewStandard = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Appointment = table.Column<bool>(type: "boolean", nullable: false),
                    Delivery = table.Column<bool>(type: "boolean", nullable: false),
                    OnlinePayment = table.Column<bool>(type: "boolean", nullable: false),
                    Location = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Hours = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Contact = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Supervision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Visits = table.Column<int>(type: "integer", nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_item_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_item_versions_catalog_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "catalog_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "catalog_material_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    MaterialCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Original = table.Column<bool>(type: "boolean", nullable: false),
                    Copies = table.Column<int>(type: "integer", nullable: false),
                    Required = table.Column<bool>(type: "boolean", nullable: false),
                    ElectronicLicense = table.Column<bool>(type: "boolean", nullable: false),
                    Tolerated = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SampleUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_material_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_material_lines_catalog_item_versions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "catalog_item_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_bundles_Code",
                table: "catalog_bundles",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_item_versions_ItemId_EffectiveFrom",
                table: "catalog_item_versions",
                columns: new[] { "ItemId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_item_versions_ItemId_Version",
                table: "catalog_item_versions",
                columns: new[] { "ItemId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_items_Code",
                table: "catalog_items",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_material_lines_MaterialCode",
                table: "catalog_material_lines",
                column: "MaterialCode");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_material_lines_VersionId",
                table: "catalog_material_lines",
                column: "VersionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_bundle_items");

            migrationBuilder.DropTable(
                name: "catalog_material_lines");

            migrationBuilder.DropTable(
                name: "catalog_materials");

            migrationBuilder.DropTable(
                name: "catalog_bundles");

            migrationBuilder.DropTable(
                name: "catalog_item_versions");

            migrationBuilder.DropTable(
                name: "catalog_items");
        }
    }
}
