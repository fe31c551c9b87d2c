from modeltranslation.translator import TranslationOptions, register

from coalition.history import track
from reports.models import Activity, MonthlyReport, ReportCorrection


@register(MonthlyReport)
class MonthlyReportTranslation(TranslationOptions):
    fields = ("introduction", "closing")


@register(ReportCorrection)
class ReportCorrectionTranslation(TranslationOptions):
    fields = ("text",)
    required_languages = ("en",)


# History, registered after the translated columns exist (coalition/history.py).
# Publication (status, stored figures, who and when) is the publish service's alone.
track(Activity, m2m_fields=["prisoners"])
track(MonthlyReport, keep_current=["status", "figures", "published_at", "published_by"])
track(ReportCorrection)
