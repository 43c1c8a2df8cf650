using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;

namespace KyCuong.UnitTests.Organisation;

public sealed class AccessPolicyTests
{
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 2, 3);

    private static Position P(OrgRole roles, DateOnly? from = null, DateOnly? to = null) =>
        new() { Id = Guid.NewGuid(), UserId = Guid.NewGuid(), UnitId = Unit, Title = "x", Roles = roles, ValidFrom = from, ValidTo = to };

    private static Delegation D(Permission scope, DateOnly from, DateOnly to, DateTime? revoked = null) =>
        new() { Id = Guid.NewGuid(), UnitId = Unit, Scope = scope, ValidFrom = from, ValidTo = to, Reason = "công tác", RevokedAtUtc = revoked };

    [Fact]
    public void For_Specialist_CannotAdministerOrAssign()
    {
        var p = RolePermissions.For(OrgRole.Specialist);
        p.HasFlag(Permission.ViewWork).ShouldBeTrue();
        p.HasFlag(Permission.HandleWork).ShouldBeTrue();
        p.HasFlag(Permission.ManageOrganisation).ShouldBeFalse();
        p.HasFlag(Permission.ManageUsers).ShouldBeFalse();
        p.HasFlag(Permission.AssignWork).ShouldBeFalse();
    }

    [Fact]
    public void For_Administrator_HasEveryPermission()
    {
        var p = RolePermissions.For(OrgRole.Administrator);
        foreach (var perm in Enum.GetValues<Permission>())
        {
            p.HasFlag(perm).ShouldBeTrue(perm.ToString());
        }
    }

    [Theory]
    [InlineData(OrgRole.Leader, Permission.AssignWork, true)]
    [InlineData(OrgRole.DeputyLeader, Permission.SignDocuments, true)]
    [InlineData(OrgRole.Clerk, Permission.RegisterDocuments, true)]
    [InlineData(OrgRole.Clerk, Permission.AssignWork, false)]
    [InlineData(OrgRole.Monitor, Permission.Monitor, true)]
    [InlineData(OrgRole.Monitor, Permission.HandleWork, false)]
    [InlineData(OrgRole.Inspector, Permission.Inspect, true)]
    [InlineData(OrgRole.Leader, Permission.ManageUsers, false)]
    public void For_Role_GivesExpectedPermission(OrgRole role, Permission permission, bool expected) =>
        RolePermissions.For(role).HasFlag(permission).ShouldBe(expected);

    [Fact]
    public void GrantsOn_PositionOutOfForce_GrantsNothing()
    {
        AccessPolicy.GrantsOn(Today, [P(OrgRole.Leader, to: Today.AddDays(-1))], []).ShouldBeEmpty();
        AccessPolicy.GrantsOn(Today, [P(OrgRole.Leader, from: Today.AddDays(1))], []).ShouldBeEmpty();
        AccessPolicy.GrantsOn(Today, [P(OrgRole.Leader, from: Today, to: Today)], []).Count.ShouldBe(1);
    }

    [Fact]
    public void GrantsOn_ExpiredOrRevokedDelegation_GrantsNothing()
    {
        AccessPolicy.GrantsOn(Today, [], [D(Permission.AssignWork, Today.AddDays(-10), Today.AddDays(-1))]).ShouldBeEmpty();
        AccessPolicy.GrantsOn(Today, [], [D(Permission.AssignWork, Today.AddDays(1), Today.AddDays(5))]).ShouldBeEmpty();
        AccessPolicy.GrantsOn(Today, [], [D(Permission.AssignWork, Today, Today, revoked: new DateTime(2026, 2, 2, 0, 0, 0, DateTimeKind.Utc))]).ShouldBeEmpty();
        var active = AccessPolicy.GrantsOn(Today, [], [D(Permission.AssignWork, Today, Today)]).Single();
        active.ViaDelegation.ShouldBeTrue();
        active.Permissions.ShouldBe(Permission.AssignWork);
    }

    [Fact]
    public void GrantsOn_DelegationOfAdministration_IsStripped()
    {
        var g = AccessPolicy.GrantsOn(Today, [], [D(Permission.ManageUsers | Permission.AssignWork, Today, Today)]).Single();
        g.Permissions.ShouldBe(Permission.AssignWork);
    }

    [Fact]
    public void CanDelegate_OnlyPowersHeldByPosition_NoRedelegation()
    {
        var byPosition = new Grant(Unit, RolePermissions.For(OrgRole.Leader), ViaDelegation: false);
        var byDelegation = new Grant(Unit, Permission.AssignWork | Permission.SignDocuments, ViaDelegation: true);
        AccessPolicy.CanDelegate([byPosition], Permission.AssignWork | Permission.SignDocuments, u => u == Unit).ShouldBeTrue();
        AccessPolicy.CanDelegate([byDelegation], Permission.AssignWork, u => u == Unit).ShouldBeFalse();
        AccessPolicy.CanDelegate([byPosition], Permission.ManageUsers, u => u == Unit).ShouldBeFalse();
        AccessPolicy.CanDelegate([byPosition], Permission.AssignWork, u => false).ShouldBeFalse();
        AccessPolicy.CanDelegate([new Grant(Unit, RolePermissions.For(OrgRole.Specialist), false)], Permission.HandleWork, u => u == Unit).ShouldBeFalse();
    }

    [Fact]
    public void EndWithSuccessor_EndsTheDayBefore_AndRefusesTwice()
    {
        var unit = new Unit(Guid.NewGuid(), "UBND tỉnh Kiên Giang", "UBND", UnitKind.Province, null, null);
        var successor = Guid.NewGuid();
        unit.EndWithSuccessor(successor, new DateOnly(2025, 7, 1));
        unit.ValidTo.ShouldBe(new DateOnly(2025, 6, 30));
        unit.IsInForceOn(new DateOnly(2025, 6, 30)).ShouldBeTrue();
        unit.IsInForceOn(new DateOnly(2025, 7, 1)).ShouldBeFalse();
        Should.Throw<KyCuong.Web.DomainException>(() => unit.EndWithSuccessor(successor, new DateOnly(2025, 8, 1))).Code.ShouldBe("org.unitAlreadyEnded");
        var self = new Unit(Guid.NewGuid(), "A", "A", UnitKind.Other, null, null);
        Should.Throw<KyCuong.Web.DomainException>(() => self.EndWithSuccessor(self.Id, new DateOnly(2025, 7, 1))).Code.ShouldBe("org.successorIsSelf");
    }

    [Fact]
    public void GrantsOn_OfficeMonitorAndClerk_ActOnTheParentsSubtree_OtherRolesStayOnTheOffice()
    {
        var body = Guid.NewGuid();
        var offices = new Dictionary<Guid, Guid> { [Unit] = body };

        var monitor = AccessPolicy.GrantsOn(Today, [P(OrgRole.Monitor)], [], offices).ShouldHaveSingleItem();
        monitor.UnitId.ShouldBe(body);
        monitor.Permissions.ShouldBe(Permission.ViewWork | Permission.Monitor);
        AccessPolicy.GrantsOn(Today, [P(OrgRole.Clerk)], [], offices).ShouldHaveSingleItem().UnitId.ShouldBe(body);

        // The office's deputy head who also monitors: chasing for the body, leading only the office.
        var both = AccessPolicy.GrantsOn(Today, [P(OrgRole.DeputyLeader | OrgRole.Monitor)], [], offices);
        both.Count.ShouldBe(2);
        both.Single(g => g.UnitId == body).Permissions.ShouldBe(Permission.ViewWork | Permission.Monitor);
        var onOffice = both.Single(g => g.UnitId == Unit).Permissions;
        onOffice.HasFlag(Permission.AssignWork).ShouldBeTrue();
        both.Single(g => g.UnitId == body).Permissions.HasFlag(Permission.AssignWork).ShouldBeFalse();

        // A specialist of the office, a monitor of an ordinary unit, and a delegation on the office are not widened.
        AccessPolicy.GrantsOn(Today, [P(OrgRole.Specialist)], [], offices).ShouldHaveSingleItem().UnitId.ShouldBe(Unit);
        AccessPolicy.GrantsOn(Today, [P(OrgRole.Monitor)], [], new Dictionary<Guid, Guid>()).ShouldHaveSingleItem().UnitId.ShouldBe(Unit);
        AccessPolicy.GrantsOn(Today, [], [D(Permission.Monitor, Today, Today)], offices).ShouldHaveSingleItem().UnitId.ShouldBe(Unit);
    }
}
