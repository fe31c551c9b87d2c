"""The sitemap of the public site and robots.txt.

``SITEMAPS`` is the one list of sections: an app adds its public pages with one line, e.g.
``"events": EventSitemap``. Every section lists only what its model's ``public()`` allows, in
every language, with the other languages as hreflang alternates. ``/sitemap.xml`` is an index
of the sections, so that a section longer than a sitemap's 50,000 addresses is split into
pages instead of being cut.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from appeals.models import Appeal
from events.models import Event
from funds import selectors as funds_selectors
from funds.models import Campaign
from news.sitemaps import PostSitemap
from pages.models import Page
from prisoners.models import Prisoner
from reports import statistics
from reports.models import MonthlyReport


class I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class StaticPageSitemap(I18nSitemap):
    """Pages without a model behind them, named by their URL."""

    NAMES = ("home", "prisoners:list", "mentors:list", "mentors:volunteer", "funds:donate",
             "funds:campaigns", "funds:transparency", "reports:list", "reports:statistics",
             "open_data", "news:list", "events:list", "events:past", "appeals:list")

    def items(self):
        return list(self.NAMES)

    def location(self, name):
        return reverse(name)


class PrisonerSitemap(I18nSitemap):
    def items(self):
        return Prisoner.objects.public().only("slug", "updated_at").order_by("slug")

    def lastmod(self, prisoner):
        return prisoner.updated_at

    def get_latest_lastmod(self):
        # One aggregate instead of reading every prisoner for the index.
        return Prisoner.objects.public().aggregate(latest=Max("updated_at"))["latest"]


class PageSitemap(I18nSitemap):
    def items(self):
        return Page.objects.public().only("slug", "updated_at").order_by("slug")

    def lastmod(self, page):
        return page.updated_at


class CampaignSitemap(I18nSitemap):
    def items(self):
        return Campaign.objects.public().only("slug").order_by("slug")


class EventSitemap(I18nSitemap):
    """Public events, cancelled ones included (they stay visible, marked cancelled)."""

    def items(self):
        return Event.objects.public().only("slug", "updated_at").order_by("-starts_at", "pk")

    def lastmod(self, event):
        return event.updated_at


class AppealSitemap(I18nSitemap):
    # Only the appeals themselves: the signature confirmation pages carry private links.
    def items(self):
        return Appeal.objects.public().only("slug", "updated_at").order_by("-opens_on", "pk")

    def lastmod(self, appeal):
        return appeal.updated_at


class ReportSitemap(I18nSitemap):
    def items(self):
        return MonthlyReport.objects.public().only("month").order_by("-month")


class YearSitemap(I18nSitemap):
    """A page per year that has figures (transparency, statistics)."""

    def __init__(self, url_name, years):
        self.url_name = url_name
        self.years = years

    def items(self):
        return self.years()

    def location(self, year):
        return reverse(self.url_name, kwargs={"year": year})


SITEMAPS = {
    "site": StaticPageSitemap,
    "prisoners": PrisonerSitemap,
    "pages": PageSitemap,
    "campaigns": CampaignSitemap,
    "transparency": YearSitemap("funds:transparency_year", funds_selectors.years_with_money),
    "reports": ReportSitemap,
    "statistics": YearSitemap("reports:statistics_year",
                              statistics.public_years),
    "news": PostSitemap,
    "events": EventSitemap,
    "appeals": AppealSitemap,
}


@require_safe
def robots_txt(request):
    # An admin path of the deployment's own (ADMIN_URL) is not named in a public file: that
    # would tell every scanner where to look. The admin's pages all need a login anyway.
    admin = ["Disallow: /admin/"] if settings.ADMIN_URL == "admin/" else []
    lines = ["User-agent: *", *admin, "Disallow: /portal/", "Disallow: /accounts/",
             # Signature confirmation and withdrawal pages: personal links from e-mails.
             "Disallow: /*/appeals/signatures/",
             "", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
