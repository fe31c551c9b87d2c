"""The staff groups and what each may do. Applied by a migration; re-applied by later ones
when apps add models (funds, reports), so the lists live here, in one place."""

COORDINATOR = "Coordinator"
EDITOR = "Editor"
FINANCE = "Finance"

# app_label -> models whose every permission a coordinator holds.
COORDINATOR_APPS = ("prisoners", "pages", "reports", "mentorships")
COORDINATOR_EXTRA = ("prisoners.publish_prisoner", "accounts.view_user")

# Editors write public text and translations; they never see recognition files, consents,
# contacts, internal notes or risk flags.
EDITOR_PERMISSIONS = (
    "prisoners.view_prisoner", "prisoners.change_prisoner",
    "prisoners.view_caseevent", "prisoners.add_caseevent", "prisoners.change_caseevent",
    "prisoners.view_article", "prisoners.add_article", "prisoners.change_article",
    "prisoners.view_facility", "prisoners.add_facility", "prisoners.change_facility",
    "prisoners.view_region", "prisoners.change_region",
    "pages.view_page", "pages.change_page",
)

# Finance (funds arrive later) may look prisoners up to link expenses, nothing private.
FINANCE_PERMISSIONS = ("prisoners.view_prisoner",)


def sync_groups(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def by_codes(codes):
        permissions = []
        for code in codes:
            app_label, codename = code.split(".")
            permissions.append(Permission.objects.get(content_type__app_label=app_label,
                                                      codename=codename))
        return permissions

    coordinator, _ = Group.objects.get_or_create(name=COORDINATOR)
    coordinator.permissions.set([
        *Permission.objects.filter(content_type__app_label__in=COORDINATOR_APPS),
        *by_codes(COORDINATOR_EXTRA),
    ])
    editor, _ = Group.objects.get_or_create(name=EDITOR)
    editor.permissions.set(by_codes(EDITOR_PERMISSIONS))
    finance, _ = Group.objects.get_or_create(name=FINANCE)
    finance.permissions.set(by_codes(FINANCE_PERMISSIONS))
