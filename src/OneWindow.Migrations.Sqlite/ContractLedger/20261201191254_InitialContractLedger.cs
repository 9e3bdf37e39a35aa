using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Sqlite.ContractLedger
{
    /// <inheritdoc />
    public partial class InitialContractLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ct_contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BureauName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BureauContact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BureauPhone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BureauAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ContractorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContractorContact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContractorPhone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContractorAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Centers = table.Column<string>(type: "TEXT", nullable: false),
                    CalendarCenter = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VacancyStandard = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    VacancyStandardBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    GeneralPercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    MajorPercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    SeverePercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    EspeciallySeverePercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ErrorCapPercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ConfidentialityPercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    TerminationPercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ct_contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ct_error_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CenterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: true),
                    StoredAs = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ct_error_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ct_error_records_ct_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "ct_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ct_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Days = table.Column<int>(type: "INTEGER", nullable: true),
                    Condition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConditionMetOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConditionMetBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ct_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ct_milestones_ct_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "ct_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ct_contracts_Code",
                table: "ct_contracts",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ct_error_records_ContractId_Date",
                table: "ct_error_records",
                columns: new[] { "ContractId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ct_milestones_ContractId_Seq",
                table: "ct_milestones",
                columns: new[] { "ContractId", "Seq" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ct_error_records");

            migrationBuilder.DropTable(
                name: "ct_milestones");

            migrationBuilder.DropTable(
                name: "ct_contracts");
        }
    }
}
