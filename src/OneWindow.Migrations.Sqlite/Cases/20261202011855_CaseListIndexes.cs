using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Sqlite.Cases
{
    /// <inheritdoc />
    public partial class CaseListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cs_cases_DepartmentCode_Status_Deadline",
                table: "cs_cases");

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_CreatedAt",
                table: "cs_cases",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_DepartmentCode_CreatedAt",
                table: "cs_cases",
                columns: new[] { "DepartmentCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_DepartmentCode_Status_CreatedAt",
                table: "cs_cases",
                columns: new[] { "DepartmentCode", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_Status_CreatedAt",
                table: "cs_cases",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_Warning_CreatedAt",
                table: "cs_cases",
                columns: new[] { "Warning", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cs_cases_CreatedAt",
                table: "cs_cases");

            migrationBuilder.DropIndex(
                name: "IX_cs_cases_DepartmentCode_CreatedAt",
                table: "cs_cases");

            migrationBuilder.DropIndex(
                name: "IX_cs_cases_DepartmentCode_Status_CreatedAt",
                table: "cs_cases");

            migrationBuilder.DropIndex(
                name: "IX_cs_cases_Status_CreatedAt",
                table: "cs_cases");

            migrationBuilder.DropIndex(
                name: "IX_cs_cases_Warning_CreatedAt",
                table: "cs_cases");

            migrationBuilder.CreateIndex(
                name: "IX_cs_cases_DepartmentCode_Status_Deadline",
                table: "cs_cases",
                columns: new[] { "DepartmentCode", "Status", "Deadline" });
        }
    }
}
