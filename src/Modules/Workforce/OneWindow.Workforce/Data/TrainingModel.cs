using Microsoft.EntityFrameworkCore;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Data;

/// <summary>Tables of training and appraisal: wf_training_*, wf_assessment_scores*.</summary>
internal static class TrainingModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TrainingPlan>(b =>
        {
            b.ToTable("wf_training_plans");
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Property(x => x.Title).HasMaxLength(200);
            b.Property(x => x.CreatedBy).HasMaxLength(100);
            b.HasIndex(x => new { x.CenterCode, x.Year }).IsUnique();
        });
        modelBuilder.Entity<TrainingPlanItem>(b =>
        {
            b.ToTable("wf_training_plan_items", t => t.HasCheckConstraint("ck_wf_training_plan_items_sessions", "\"PlannedSessions\" >= 1"));
            b.Property(x => x.Period).HasMaxLength(7);
            b.Property(x => x.Topic).HasMaxLength(200);
            b.Property(x => x.Kind).HasMaxLength(32);
            b.Property(x => x.Form).HasMaxLength(16);
            b.Property(x => x.PlannedHours).HasPrecision(6, 1);
            b.PrimitiveCollection(x => x.Targets);
            b.HasIndex(x => x.PlanId);
            b.HasOne<TrainingPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TrainingSession>(b =>
        {
            b.ToTable("wf_training_sessions", t => t.HasCheckConstraint("ck_wf_training_sessions_time", "\"End\" > \"Start\""));
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Property(x => x.Topic).HasMaxLength(200);
            b.Property(x => x.Form).HasMaxLength(16);
            b.Property(x => x.Trainer).HasMaxLength(100);
            b.Property(x => x.Location).HasMaxLength(200);
            b.Property(x => x.Link).HasMaxLength(500);
            b.Property(x => x.CreatedBy).HasMaxLength(100);
            b.Property(x => x.IdempotencyKey).HasMaxLength(100);
            b.HasIndex(x => x.IdempotencyKey).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
            b.HasIndex(x => new { x.CenterCode, x.Date });
            b.HasIndex(x => x.PlanItemId);
            b.HasOne<TrainingPlanItem>().WithMany().HasForeignKey(x => x.PlanItemId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<TrainingMaterial>(b =>
        {
            b.ToTable("wf_training_materials");
            b.Property(x => x.FileName).HasMaxLength(200);
            b.Property(x => x.ContentType).HasMaxLength(100);
            b.Property(x => x.StoredAs).HasMaxLength(200);
            b.Property(x => x.By).HasMaxLength(100);
            b.HasIndex(x => x.SessionId);
            b.HasOne<TrainingSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TrainingAttendance>(b =>
        {
            b.ToTable("wf_training_attendance");
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.MarkedBy).HasMaxLength(100);
            b.HasIndex(x => new { x.SessionId, x.StaffId }).IsUnique();
            b.HasIndex(x => x.StaffId);
            b.HasOne<TrainingSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Staff>().WithMany().HasForeignKey(x => x.StaffId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AssessmentScore>(b =>
        {
            // The score's range (0-100) is checked in code: SQLite keeps decimals as text.
            b.ToTable("wf_assessment_scores", t => t.HasCheckConstraint("ck_wf_assessment_scores_quarter", "\"Quarter\" >= 1 AND \"Quarter\" <= 4"));
            b.Property(x => x.Kind).HasMaxLength(32);
            b.Property(x => x.Score).HasPrecision(4, 1);
            b.Property(x => x.Assessor).HasMaxLength(100);
            b.Property(x => x.Note).HasMaxLength(500);
            b.Property(x => x.By).HasMaxLength(100);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasIndex(x => new { x.StaffId, x.Year, x.Quarter, x.Kind }).IsUnique();
            b.HasIndex(x => new { x.Year, x.Quarter });
            b.HasOne<Staff>().WithMany().HasForeignKey(x => x.StaffId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AssessmentScoreHistory>(b =>
        {
            b.ToTable("wf_assessment_score_history");
            b.Property(x => x.Score).HasPrecision(4, 1);
            b.Property(x => x.Assessor).HasMaxLength(100);
            b.Property(x => x.Note).HasMaxLength(500);
            b.Property(x => x.By).HasMaxLength(100);
            b.HasIndex(x => x.ScoreId);
            b.HasOne<AssessmentScore>().WithMany().HasForeignKey(x => x.ScoreId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
