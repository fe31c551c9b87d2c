from modeltranslation.translator import TranslationOptions, register

from reports.models import MonthlyReport, ReportCorrection


@register(MonthlyReport)
class MonthlyReportTranslation(TranslationOptions):
    fields = ("introduction", "closing")


@register(ReportCorrection)
class ReportCorrectionTranslation(TranslationOptions):
    fields = ("text",)
    required_languages = ("en",)
