using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneWindow.Migrations.Sqlite.Workforce
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wf_posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CenterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: false),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_posts", x => x.Id);
                    table.CheckConstraint("ck_wf_posts_headcount", "\"Headcount\" >= 1");
                });

            migrationBuilder.CreateTable(
                name: "wf_rosters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CenterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SolverStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Objective = table.Column<double>(type: "REAL", nullable: false),
                    BestBound = table.Column<double>(type: "REAL", nullable: false),
                    ElapsedMs = table.Column<int>(type: "INTEGER", nullable: false),
                    Shortfalls = table.Column<int>(type: "INTEGER", nullable: false),
                    Edits = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_rosters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_staff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CenterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdNumberEncrypted = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdNumberIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    PhoneEncrypted = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    HiredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    Certificates = table.Column<string>(type: "TEXT", nullable: false),
                    ConfidentialitySignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UniformSize = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_staff", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_roster_comp_days",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RosterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_roster_comp_days", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wf_roster_comp_days_wf_rosters_RosterId",
                        column: x => x.RosterId,
                        principalTable: "wf_rosters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wf_roster_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RosterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PostCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Coverage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_roster_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wf_roster_entries_wf_rosters_RosterId",
                        column: x => x.RosterId,
                        principalTable: "wf_rosters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wf_roster_shifts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RosterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ShiftCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CenterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    OwesCompDay = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_roster_shifts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wf_roster_shifts_wf_rosters_RosterId",
                        column: x => x.RosterId,
                        principalTable: "wf_rosters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wf_roster_shortfalls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RosterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Missing = table.Column<int>(type: "INTEGER", nullable: false),
                    IsShift = table.Column<bool>(type: "INTEGER", nullable: false),
                    CenterCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_roster_shortfalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wf_roster_shortfalls_wf_rosters_RosterId",
                        column: x => x.RosterId,
                        principalTable: "wf_rosters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wf_duties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_duties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wf_duties_wf_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "wf_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wf_leaves",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsAfternoon = table.Column<bool>(type: "INTEGER", nullable: false),
                    EndsMorning = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_leaves", x => x.Id);
                    table.CheckConstraint("ck_wf_leaves_range", "\"To\" >= \"From\"");
                    table.ForeignKey(
                        name: "FK_wf_leaves_wf_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "wf_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wf_post_holders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_post_holders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wf_post_holders_wf_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "wf_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_wf_post_holders_wf_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "wf_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wf_punches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClockIn = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    ClockOut = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_punches", x => x.Id);
                    table.CheckConstraint("ck_wf_punches_order", "\"ClockIn\" IS NULL OR \"ClockOut\" IS NULL OR \"ClockOut\" >= \"ClockIn\"");
                    table.ForeignKey(
                        name: "FK_wf_punches_wf_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "wf_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wf_duties_Date",
                table: "wf_duties",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_wf_duties_StaffId",
                table: "wf_duties",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_wf_leaves_StaffId_From",
                table: "wf_leaves",
                columns: new[] { "StaffId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_leaves_Status_From",
                table: "wf_leaves",
                columns: new[] { "Status", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_post_holders_PostId_StaffId",
                table: "wf_post_holders",
                columns: new[] { "PostId", "StaffId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_post_holders_StaffId_Role",
                table: "wf_post_holders",
                columns: new[] { "StaffId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_posts_CenterCode",
                table: "wf_posts",
                column: "CenterCode");

            migrationBuilder.CreateIndex(
                name: "IX_wf_posts_Code",
                table: "wf_posts",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_punches_Date",
                table: "wf_punches",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_wf_punches_StaffId_Date",
                table: "wf_punches",
                columns: new[] { "StaffId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_roster_comp_days_RosterId_StaffId_Date",
                table: "wf_roster_comp_days",
                columns: new[] { "RosterId", "StaffId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_roster_entries_RosterId_Date_PostCode",
                table: "wf_roster_entries",
                columns: new[] { "RosterId", "Date", "PostCode" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_roster_entries_RosterId_StaffId_Date",
                table: "wf_roster_entries",
                columns: new[] { "RosterId", "StaffId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_roster_shifts_RosterId_Date",
                table: "wf_roster_shifts",
                columns: new[] { "RosterId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_roster_shifts_RosterId_StaffId_Date_ShiftCode",
                table: "wf_roster_shifts",
                columns: new[] { "RosterId", "StaffId", "Date", "ShiftCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_roster_shortfalls_RosterId_Date",
                table: "wf_roster_shortfalls",
                columns: new[] { "RosterId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_rosters_CenterCode_Year_Month_Version",
                table: "wf_rosters",
                columns: new[] { "CenterCode", "Year", "Month", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_rosters_Year_Month_Status",
                table: "wf_rosters",
                columns: new[] { "Year", "Month", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_staff_CenterCode",
                table: "wf_staff",
                column: "CenterCode");

            migrationBuilder.CreateIndex(
                name: "IX_wf_staff_Code",
                table: "wf_staff",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_staff_IdNumberIndex",
                table: "wf_staff",
                column: "IdNumberIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_staff_UserName",
                table: "wf_staff",
                column: "UserName",
                unique: true,
                filter: "\"UserName\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_duties");

            migrationBuilder.DropTable(
                name: "wf_leaves");

            migrationBuilder.DropTable(
                name: "wf_post_holders");

            migrationBuilder.DropTable(
                name: "wf_punches");

            migrationBuilder.DropTable(
                name: "wf_roster_comp_days");

            migrationBuilder.DropTable(
                name: "wf_roster_entries");

            migrationBuilder.DropTable(
                name: "wf_roster_shifts");

            migrationBuilder.DropTable(
                name: "wf_roster_shortfalls");

            migrationBuilder.DropTable(
                name: "wf_posts");

            migrationBuilder.DropTable(
                name: "wf_staff");

            migrationBuilder.DropTable(
                name: "wf_rosters");
        }
    }
}
