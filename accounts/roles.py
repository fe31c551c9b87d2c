"""The staff groups and what each may do. Applied by a migration; re-applied by later ones
when apps add models (funds, reports), so the lists live here, in one place."""

from django.db.models import Q

COORDINATOR = "Coordinator"
EDITOR = "Editor"
FINANCE = "Finance"

# app_label -> models whose every permission a coordinator holds.
COORDINATOR_APPS = ("prisoners", "pages", "reports", "mentorships", "events", "appeals", "news")
COORDINATOR_EXTRA = ("prisoners.publish_prisoner", "accounts.view_user",
                     # Who looked at private data, and answering people's requests for theirs.
                     "dataprotection.view_accessrecord",
                     "dataprotection.answer_personal_data_request")

# Editors write public text and translations; they never see recognition files, consents,
# contacts, internal notes or risk flags.
EDITOR_PERMISSIONS = (
    "prisoners.view_prisoner", "prisoners.change_prisoner",
    "prisoners.view_caseevent", "prisoners.add_caseevent", "prisoners.change_caseevent",
    "prisoners.view_article", "prisoners.add_article", "prisoners.change_article",
    "prisoners.view_facility", "prisoners.add_facility", "prisoners.change_facility",
    "prisoners.view_region", "prisoners.change_region",
    "pages.view_page", "pages.change_page",
    # news: editors write, translate and publish posts.
    "news.view_post", "news.add_post", "news.change_post",
    # events: public events and their publication, never the registrations.
    "events.view_event", "events.add_event", "events.change_event", "events.publish_event",
    "events.view_organisation",
    # appeals: the appeal texts and their translations; never signatures or signatories.
    "appeals.view_appeal", "appeals.change_appeal",
)

# Coordinators read the ledger and edit the payment details shown on the donation page; the
# Finance group keeps the books (every funds permission, including import and export).
COORDINATOR_FUNDS = (
    "view_campaign", "view_income", "view_expense",
    "view_paymentmethod", "add_paymentmethod", "change_paymentmethod", "delete_paymentmethod",
)
FINANCE_APPS = ("funds",)
# Finance may look prisoners up to link expenses and campaigns, nothing private.
# Finance answers donors' requests for their data.
FINANCE_PERMISSIONS = ("prisoners.view_prisoner", "dataprotection.answer_personal_data_request")


def sync_groups(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def by_codes(codes):
        # Each app's migration calls this once its own models exist: permissions of apps not
        # migrated yet are skipped here and granted by their own migration's call.
        # tests/accounts/test_roles.py checks that every code exists after all migrations.
        wanted = Q()
        for code in codes:
            app_label, codename = code.split(".")
            wanted |= Q(content_type__app_label=app_label, codename=codename)
        return list(Permission.objects.filter(wanted))

    coordinator, _ = Group.objects.get_or_create(name=COORDINATOR)
    # Filters rather than look-ups for apps that may not be migrated yet when this first runs.
    coordinator.permissions.set([
        *Permission.objects.filter(content_type__app_label__in=COORDINATOR_APPS),
        *Permission.objects.filter(content_type__app_label="funds",
                                   codename__in=COORDINATOR_FUNDS),
        *by_codes(COORDINATOR_EXTRA),
    ])
    editor, _ = Group.objects.get_or_create(name=EDITOR)
    editor.permissions.set(by_codes(EDITOR_PERMISSIONS))
    finance, _ = Group.objects.get_or_create(name=FINANCE)
    finance.permissions.set([
        *Permission.objects.filter(content_type__app_label__in=FINANCE_APPS),
        *by_codes(FINANCE_PERMISSIONS),
    ])
