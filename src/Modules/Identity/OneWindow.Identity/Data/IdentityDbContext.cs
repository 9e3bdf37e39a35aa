using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OneWindow.Identity.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Identity.Data;

internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options)
{
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>(b =>
        {
            b.ToTable("identity_users");
            b.Property(x => x.DisplayName).HasMaxLength(100);
            b.Property(x => x.MobileCipher).HasMaxLength(200);
            b.Property(x => x.MobileIndex).HasMaxLength(64);
            b.Property(x => x.IdNumberCipher).HasMaxLength(200);
            b.Property(x => x.IdNumberIndex).HasMaxLength(64);
            b.Property(x => x.DepartmentCode).HasMaxLength(64);
            b.HasIndex(x => x.MobileIndex);
            b.HasIndex(x => x.IdNumberIndex);
        });
        builder.Entity<AppRole>().ToTable("identity_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("identity_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("identity_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("identity_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("identity_user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("identity_role_claims");
        builder.Entity<AuditEntry>(b =>
        {
            b.ToTable("identity_audit_log");
            b.HasKey(x => x.Sequence);
            b.Property(x => x.Sequence).ValueGeneratedNever();
            b.Property(x => x.Actor).HasMaxLength(256);
            b.Property(x => x.Action).HasMaxLength(64);
            b.Property(x => x.EntityType).HasMaxLength(128);
            b.Property(x => x.EntityId).HasMaxLength(256);
            b.Property(x => x.Details).HasMaxLength(2000);
            b.Property(x => x.ClientAddress).HasMaxLength(64);
            b.Property(x => x.PreviousHash).HasMaxLength(64);
            b.Property(x => x.Hash).HasMaxLength(64);
            b.HasIndex(x => x.At);
        });
    }
}
