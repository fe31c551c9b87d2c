from modeltranslation.translator import TranslationOptions, register

from coalition.history import track
from events.models import Event, Organisation, Registration


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "description")


# History, registered after the translated columns exist (coalition/history.py).
# Cancelling is an action of its own (calendars learn of it); a registration deleted on
# request takes its history with it.
track(Organisation)
track(Event, m2m_fields=["featured_prisoners"],
      keep_current=["is_public", "published_at", "status"])
track(Registration, delete_with_record=True, keep_current=["status", "seat"])
