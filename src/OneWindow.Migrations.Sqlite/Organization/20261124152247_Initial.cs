using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Sqlite.Organization
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "org_centers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_centers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_centers_org_centers_ParentId",
                        column: x => x.ParentId,
                        principalTable: "org_centers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_departments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_departments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_halls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CenterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_halls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_halls_org_centers_CenterId",
                        column: x => x.CenterId,
                        principalTable: "org_centers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CenterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_units_org_centers_CenterId",
                        column: x => x.CenterId,
                        principalTable: "org_centers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TicketPrefix = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_categories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_categories_org_halls_HallId",
                        column: x => x.HallId,
                        principalTable: "org_halls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_department_halls",
                columns: table => new
                {
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallsId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_department_halls", x => new { x.DepartmentId, x.HallsId });
                    table.ForeignKey(
                        name: "FK_org_department_halls_org_departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "org_departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_org_department_halls_org_halls_HallsId",
                        column: x => x.HallsId,
                        principalTable: "org_halls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_windows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Categories = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_windows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_windows_org_halls_HallId",
                        column: x => x.HallId,
                        principalTable: "org_halls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_org_categories_HallId_Code",
                table: "org_categories",
                columns: new[] { "HallId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_centers_Code",
                table: "org_centers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_centers_ParentId",
                table: "org_centers",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_org_centers_Path",
                table: "org_centers",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_org_department_halls_HallsId",
                table: "org_department_halls",
                column: "HallsId");

            migrationBuilder.CreateIndex(
                name: "IX_org_departments_Code",
                table: "org_departments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_halls_CenterId",
                table: "org_halls",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_org_halls_Code",
                table: "org_halls",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_units_CenterId",
                table: "org_units",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_org_units_Code",
                table: "org_units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_windows_HallId_Code",
                table: "org_windows",
                columns: new[] { "HallId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "org_categories");

            migrationBuilder.DropTable(
                name: "org_department_halls");

            migrationBuilder.DropTable(
                name: "org_units");

            migrationBuilder.DropTable(
                name: "org_windows");

            migrationBuilder.DropTable(
                name: "org_departments");

            migrationBuilder.DropTable(
                name: "org_halls");

            migrationBuilder.DropTable(
                name: "org_centers");
        }
    }
}
