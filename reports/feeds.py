from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from reports.models import MonthlyReport
from reports.selectors import report_contents


class ReportFeed(Feed):
    """Atom feed of published monthly reports, in the language of its address."""

    feed_type = Atom1Feed
    description_template = "reports/_report_summary.html"

    def title(self):
        return _("Monthly reports — Political prisoners in Russia")

    def subtitle(self):
        return _("What the coalition did each month, and where the money went.")

    def link(self):
        return reverse("reports:list")

    def feed_url(self):
        return reverse("reports:feed")

    def items(self):
        reports = list(MonthlyReport.objects.public()[:24])
        for report, content in zip(reports, report_contents(reports), strict=True):
            report.content = content
        return reports

    def item_title(self, report):
        return report.title

    def get_context_data(self, *, item, request, **kwargs):
        # Links in a feed reader need the site's address.
        return {"report": item, "content": item.content,
                "site": request.build_absolute_uri("/").rstrip("/")}

    def item_pubdate(self, report):
        return report.published_at

    def item_updateddate(self, report):
        return report.updated_at

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = translation.get_language()
        return feed

