"""The prisoner admin as each staff group sees it: pages, search, filters, actions, saving.

Forms are posted the way a browser would post them: the data is read from the rendered change
form (every input, select and textarea of ``#prisoner_form``, inline management forms included),
then the test changes the fields it is about.
"""

import datetime
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from PIL import ExifTags, Image

from prisoners import services
from prisoners.choices import Category, RecognitionStatus, Status
from prisoners.images import sanitize_photo
from prisoners.models import (
    CaseEvent,
    Consent,
    InternalNote,
    Prisoner,
    PrisonerContact,
    RiskFlag,
)
from prisoners.selectors import prisoner_search
from tests.factories import (
    ArticleFactory,
    ConsentFactory,
    FacilityFactory,
    PrisonerFactory,
    PublicPrisonerFactory,
    RecognitionFactory,
    RegionFactory,
    UserFactory,
)
from tests.prisoners.test_photos import jpeg_with_gps, png

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/prisoners/prisoner/"
ADD = "/admin/prisoners/prisoner/add/"
PRIVATE_MODELS = ("prisonercontact", "internalnote", "riskflag", "recognition", "consent",
                  "verification")
PRIVATE_INLINES = {"recognitions", "consents", "contacts", "internal_notes", "risk_flags",
                   "verifications"}
PHOTO_NAME = re.compile(r"photos/prisoners/[0-9a-f]{32}\.jpg")
NOT_AN_IMAGE = "This file is not a JPEG, PNG or WebP image, or it is damaged."
TOO_MANY_PIXELS = "The image is too large: at most 40 megapixels."
JQUERY_UI = "/static/vendor/jquery-ui/jquery-ui.min.js"
CDN_HOSTS = ("googleapis", "gstatic", "jsdelivr", "unpkg", "cdnjs", "cloudflare", "code.jquery",
             "bootstrapcdn", "fontawesome")


# Helpers -----------------------------------------------------------------------------------


def change_url(prisoner):
    return f"{CHANGELIST}{prisoner.pk}/change/"


def delete_url(prisoner):
    return f"{CHANGELIST}{prisoner.pk}/delete/"


def photo_url(prisoner, variant):
    return f"/admin/prisoner-photos/{prisoner.pk}/{variant}.jpg"


def html(response):
    return response.content.decode()


def messages_of(response):
    return [(message.level_tag, str(message)) for message in get_messages(response.wsgi_request)]


def changed_message(prisoner):
    prisoner.refresh_from_db()
    link = f'<a href="{change_url(prisoner)}">{prisoner}</a>'
    return ("success", f"The prisoner “{link}” was changed successfully.")


def listed(response):
    """The prisoners on a changelist page, by Latin name."""
    assert response.status_code == 200
    return {prisoner.full_name_latin for prisoner in response.context["cl"].result_list}


def inline_prefixes(response):
    return {inline.formset.prefix for inline in response.context["inline_admin_formsets"]}


def inline_headings(response):
    """The inline sections rendered on a change page: prefix -> heading."""
    return dict(re.findall(r'<h2 id="([\w-]+)-heading" class="inline-heading">\s*(.*?)\s*</h2>',
                           html(response)))


class _BrowserForm(HTMLParser):
    """What a browser without JavaScript submits from the form with the given id."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.data = {}
        self._in_form = False
        self._select = None
        self._select_options = []
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._in_form = attrs.get("id") == self.form_id
        if not self._in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.data.setdefault(name, []).append(attrs.get("value") or
                                                  ("on" if kind == "checkbox" else ""))
        elif tag == "select" and name:
            self._select, self._select_options = (name, "multiple" in attrs), []
            self.data[name] = []
        elif tag == "option" and self._select:
            value = attrs.get("value", "")
            self._select_options.append(value)
            if "selected" in attrs:
                self.data[self._select[0]].append(value)
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = [""]

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][0] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "select" and self._select:
            name, multiple = self._select
            if not multiple and not self.data[name] and self._select_options:
                self.data[name] = [self._select_options[0]]
            self._select = None
        elif tag == "textarea" and self._textarea:
            # Browsers drop the line break that follows <textarea>.
            value = self.data[self._textarea][0]
            self.data[self._textarea] = [value.removeprefix("\n")]
            self._textarea = None


def form_data(response, form_id="prisoner_form"):
    assert response.status_code == 200
    parser = _BrowserForm(form_id)
    parser.feed(html(response))
    assert parser.data, f"no form #{form_id} on the page"
    return {name: values[0] if len(values) == 1 else values
            for name, values in parser.data.items()}


def post_change_form(client, prisoner, changes=None, files=None):
    """Open the change form, edit it like a browser would and press "Save"."""
    data = form_data(client.get(change_url(prisoner)))
    data.update(changes or {})
    data.update(files or {})
    data["_save"] = "Save"
    return client.post(change_url(prisoner), data)


def snapshot(prisoner):
    """Everything stored about a prisoner and their inlines, to prove nothing changed."""
    row = Prisoner.objects.filter(pk=prisoner.pk).values().get()
    return {
        "prisoner": row,
        "articles": list(prisoner.articles.values_list("pk", flat=True)),
        "consents": list(Consent.objects.filter(prisoner=prisoner).values()),
        "events": list(CaseEvent.objects.filter(prisoner=prisoner).values()),
    }


def stored_photo_files():
    folder = Path(settings.MEDIA_ROOT) / "photos" / "prisoners"
    return sorted(path.name for path in folder.glob("*")) if folder.exists() else []


def open_stored(field_file):
    with default_storage.open(field_file.name, "rb") as stored:
        return stored.read()


def plant_private_data(prisoner, label):
    """Put a unique token in every private field of a prisoner; return the tokens."""
    tokens = {field: f"CANARY{label.upper()}{field.upper().replace('_', '')}" for field in (
        "contact_name", "relation", "phone", "address", "contact_notes", "internal_note",
        "risk_note", "proposer", "evidence", "rationale", "consent_giver", "consent_note")}
    PrisonerContact.objects.create(
        prisoner=prisoner, kind="relative", name=tokens["contact_name"],
        relation=tokens["relation"], phone=tokens["phone"], address=tokens["address"],
        notes=tokens["contact_notes"])
    InternalNote.objects.create(prisoner=prisoner, text=tokens["internal_note"])
    RiskFlag.objects.create(prisoner=prisoner, kind="family_at_risk", note=tokens["risk_note"])
    RecognitionFactory(prisoner=prisoner, status=RecognitionStatus.UNDER_REVIEW, decided_on=None,
                       proposed_by_name=tokens["proposer"], evidence=tokens["evidence"],
                       rationale=tokens["rationale"])
    ConsentFactory(prisoner=prisoner, given_by_name=tokens["consent_giver"],
                   note=tokens["consent_note"])
    return list(tokens.values())


def leaked(tokens, *responses):
    text = "".join(html(response) for response in responses)
    return [token for token in tokens if token in text]


@pytest.fixture
def planted(db):
    """A public prisoner with every private model filled with canary tokens."""
    prisoner = PublicPrisonerFactory(full_name_latin="Canary Prisoner")
    return SimpleNamespace(prisoner=prisoner, tokens=plant_private_data(prisoner, "p"))


@pytest.fixture
def staff_without_permissions(db):
    user = UserFactory(username="staff-no-perms", is_staff=True)
    client = Client()
    client.force_login(user)
    client.user = user
    return client


# Coordinator: pages -------------------------------------------------------------------------


def test_coordinator_opens_changelist_add_and_change_pages(coordinator, planted):
    assert coordinator.get(CHANGELIST).status_code == 200
    assert coordinator.get(ADD).status_code == 200
    response = coordinator.get(change_url(planted.prisoner))
    assert response.status_code == 200
    assert inline_prefixes(response) == {"events", *PRIVATE_INLINES}


def test_coordinator_change_page_shows_every_private_section(coordinator, planted):
    response = coordinator.get(change_url(planted.prisoner))
    assert inline_headings(response) == {
        "events": "Case events", "recognitions": "Recognitions",
        "consents": "Consents to publicity", "contacts": "Private contacts",
        "internal_notes": "Internal notes", "risk_flags": "Risk flags",
        "verifications": "Verifications"}
    # The canary check used for other groups below really detects the private data.
    assert leaked(planted.tokens, response) == planted.tokens


def test_add_page_has_empty_inline_forms_for_coordinator(coordinator):
    response = coordinator.get(ADD)
    data = form_data(response)
    for prefix in ("events", *PRIVATE_INLINES):
        assert data[f"{prefix}-TOTAL_FORMS"] == "0", prefix
        assert data[f"{prefix}-INITIAL_FORMS"] == "0", prefix


def test_coordinator_adds_a_prisoner_who_stays_unpublished_without_recognition(coordinator):
    region = RegionFactory()
    data = form_data(coordinator.get(ADD))
    data.update({
        "full_name_original": "Жучков Иван Сергеевич", "full_name_latin": "Ivan Zhuchkov",
        "slug": "ivan-zhuchkov", "region": region.pk, "is_published": "on",
        "consents-TOTAL_FORMS": "1", "consents-0-given_by": "relative",
        "consents-0-given_on": "2024-01-05", "consents-0-scope": "full", "_save": "Save"})

    response = coordinator.post(ADD, data)

    assert response.status_code == 302
    prisoner = Prisoner.objects.get(slug="ivan-zhuchkov")
    assert (prisoner.region, prisoner.is_published) == (region, False)
    assert prisoner.consents.count() == 1
    assert ("warning", "Ivan Zhuchkov is not published: not recognised as a political "
                       "prisoner.") in messages_of(response)


# Coordinator: search ------------------------------------------------------------------------


@pytest.mark.parametrize("term", ["Жучков", "жучков", "Zhuchkov", "zhuchkov", "Schutschkow",
                                  "Joutchkov", "Žučkov", "Ivan Zhuchkov", "Zhuchkov Ivan"])
def test_search_finds_a_name_in_any_spelling(coordinator, term):
    PrisonerFactory(full_name_original="Жучков Иван Сергеевич", full_name_latin="Ivan Zhuchkov")
    PrisonerFactory(full_name_original="Жуков Пётр Ильич", full_name_latin="Pyotr Zhukov")
    PrisonerFactory(full_name_original="Чуйков Олег", full_name_latin="Oleg Chuikov")
    assert listed(coordinator.get(CHANGELIST, {"q": term})) == {"Ivan Zhuchkov"}


def test_search_without_match_lists_nobody(coordinator):
    PrisonerFactory(full_name_original="Жучков Иван Сергеевич", full_name_latin="Ivan Zhuchkov")
    assert listed(coordinator.get(CHANGELIST, {"q": "Zhuchkova Maria"})) == set()


def test_search_by_slug(coordinator):
    PrisonerFactory(full_name_latin="Ivan Zhuchkov", slug="ivan-zhuchkov-1990")
    PrisonerFactory(full_name_latin="Pyotr Zhukov", slug="pyotr-zhukov")
    assert listed(coordinator.get(CHANGELIST, {"q": "zhuchkov-1990"})) == {"Ivan Zhuchkov"}


# Coordinator: list filters ------------------------------------------------------------------


@pytest.fixture
def registry(db):
    """Four prisoners who differ in every filtered attribute.

    public:    serving, anti-war, region A, facility A, article A; recognised, consent, published.
    declined:  pretrial, religious, region B, facility B, article B; proposed then declined,
               consent, not published; German case summary empty.
    unknown:   released, journalism, region A, facility B; no recognition record, no consent,
               published flag left on; German case summary never written (NULL).
    removed:   house arrest, opposition, region B, facility A; recognised then removed,
               consent, not published; all translations present.
    """
    region_a, region_b = RegionFactory(), RegionFactory()
    facility_a, facility_b = FacilityFactory(region=region_a), FacilityFactory(region=region_b)
    article_a, article_b = ArticleFactory(), ArticleFactory()
    biography = {f"biography_{code}": f"Biography ({code})." for code in ("en", "ru", "de", "fr")}

    public = PublicPrisonerFactory(
        full_name_latin="Public Person", status=Status.SERVING_SENTENCE,
        category=Category.ANTI_WAR, region=region_a, facility=facility_a, **biography)
    public.articles.add(article_a)

    declined = PrisonerFactory(
        full_name_latin="Declined Person", status=Status.PRETRIAL_DETENTION,
        category=Category.RELIGIOUS, region=region_b, facility=facility_b, case_summary_de="",
        **biography)
    declined.articles.add(article_b)
    RecognitionFactory(prisoner=declined, status=RecognitionStatus.PROPOSED, decided_on=None)
    RecognitionFactory(prisoner=declined, status=RecognitionStatus.DECLINED)
    ConsentFactory(prisoner=declined)

    unknown = PrisonerFactory(
        full_name_latin="Unknown Person", status=Status.RELEASED, category=Category.JOURNALISM,
        region=region_a, facility=facility_b, is_published=True, case_summary_de=None,
        **biography)

    removed = PrisonerFactory(
        full_name_latin="Removed Person", status=Status.HOUSE_ARREST,
        category=Category.OPPOSITION, region=region_b, facility=facility_a, **biography)
    RecognitionFactory(prisoner=removed, decided_on=datetime.date(2024, 1, 10))
    RecognitionFactory(prisoner=removed, status=RecognitionStatus.REMOVED,
                       decided_on=datetime.date(2025, 3, 1))
    ConsentFactory(prisoner=removed)

    assert Prisoner.objects.filter(pk=unknown.pk, case_summary_de__isnull=True).exists()
    return SimpleNamespace(region_a=region_a, region_b=region_b, facility_a=facility_a,
                           facility_b=facility_b, article_a=article_a, article_b=article_b)


FILTER_CASES = [
    (lambda r: {"status__exact": "serving_sentence"}, {"Public Person"}),
    (lambda r: {"status__exact": "released"}, {"Unknown Person"}),
    (lambda r: {"category__exact": "religious"}, {"Declined Person"}),
    (lambda r: {"category__exact": "opposition"}, {"Removed Person"}),
    (lambda r: {"region__id__exact": r.region_a.pk}, {"Public Person", "Unknown Person"}),
    (lambda r: {"region__id__exact": r.region_b.pk}, {"Declined Person", "Removed Person"}),
    (lambda r: {"articles__id__exact": r.article_a.pk}, {"Public Person"}),
    (lambda r: {"articles__id__exact": r.article_b.pk}, {"Declined Person"}),
    (lambda r: {"facility__id__exact": r.facility_a.pk}, {"Public Person", "Removed Person"}),
    (lambda r: {"facility__id__exact": r.facility_b.pk}, {"Declined Person", "Unknown Person"}),
    (lambda r: {"standing": "recognised"}, {"Public Person"}),
    (lambda r: {"standing": "declined"}, {"Declined Person"}),
    (lambda r: {"standing": "removed"}, {"Removed Person"}),
    (lambda r: {"standing": "proposed"}, {"Declined Person"}),
    (lambda r: {"standing": "none"}, {"Unknown Person"}),
    (lambda r: {"is_published__exact": "1"}, {"Public Person", "Unknown Person"}),
    (lambda r: {"is_published__exact": "0"}, {"Declined Person", "Removed Person"}),
    (lambda r: {"visible": "yes"}, {"Public Person"}),
    (lambda r: {"visible": "no"}, {"Declined Person", "Unknown Person", "Removed Person"}),
    (lambda r: {"missing_translation": "de"}, {"Declined Person", "Unknown Person"}),
    (lambda r: {"missing_translation": "en"}, set()),
    (lambda r: {"standing": "recognised", "region__id__exact": r.region_b.pk}, set()),
    (lambda r: {}, {"Public Person", "Declined Person", "Unknown Person", "Removed Person"}),
]


@pytest.mark.parametrize(("params", "expected"), FILTER_CASES)
def test_list_filter(coordinator, registry, params, expected):
    assert listed(coordinator.get(CHANGELIST, params(registry))) == expected


def test_missing_translation_filter_offers_every_language(coordinator, registry):
    response = coordinator.get(CHANGELIST)
    page = html(response)
    for code in ("en", "ru", "de", "fr"):
        assert f'href="?missing_translation={code}"' in page


# Coordinator: bulk actions ------------------------------------------------------------------


def run_action(client, action, prisoners):
    return client.post(CHANGELIST, {"action": action,
                                    "_selected_action": [p.pk for p in prisoners]})


def published(*prisoners):
    return [Prisoner.objects.get(pk=p.pk).is_published for p in prisoners]


def test_publish_action_publishes_eligible_and_names_the_refused(coordinator):
    eligible = PublicPrisonerFactory(full_name_latin="Anna Eligible", is_published=False)
    declined = PrisonerFactory(full_name_latin="Boris Declined")
    RecognitionFactory(prisoner=declined, status=RecognitionStatus.DECLINED)
    ConsentFactory(prisoner=declined)
    nothing = PrisonerFactory(full_name_latin="Clara Nothing")
    withdrawn = PrisonerFactory(full_name_latin="Denis Withdrawn")
    RecognitionFactory(prisoner=withdrawn)
    ConsentFactory(prisoner=withdrawn, withdrawn_on=datetime.date(2025, 2, 1))

    response = run_action(coordinator, "publish_selected", [eligible, declined, nothing,
                                                            withdrawn])

    assert response.status_code == 302
    assert published(eligible, declined, nothing, withdrawn) == [True, False, False, False]
    assert messages_of(response) == [
        ("success", "1 prisoner published."),
        ("warning", "Not published: "
                    "Boris Declined (not recognised as a political prisoner), "
                    "Clara Nothing (not recognised as a political prisoner; "
                    "no consent to publicity in force), "
                    "Denis Withdrawn (no consent to publicity in force)"),
    ]


def test_publish_action_with_only_eligible_prisoners(coordinator):
    first = PublicPrisonerFactory(is_published=False)
    second = PublicPrisonerFactory(is_published=False)
    response = run_action(coordinator, "publish_selected", [first, second])
    assert published(first, second) == [True, True]
    assert messages_of(response) == [("success", "2 prisoners published.")]


def test_unpublish_action(coordinator):
    first, second, untouched = (PublicPrisonerFactory() for _ in range(3))
    response = run_action(coordinator, "unpublish_selected", [first, second])
    assert response.status_code == 302
    assert published(first, second, untouched) == [False, False, True]
    assert messages_of(response) == [("success", "2 prisoners unpublished.")]


def test_coordinator_sees_publish_actions(coordinator, registry):
    actions = dict(coordinator.get(CHANGELIST).context["action_form"].fields["action"].choices)
    assert {"publish_selected", "unpublish_selected", "delete_selected"} <= set(actions)


# Coordinator: saving the change form --------------------------------------------------------


def test_saving_the_unchanged_form_keeps_everything(coordinator, planted):
    before = snapshot(planted.prisoner)
    response = post_change_form(coordinator, planted.prisoner)
    assert response.status_code == 302
    after = snapshot(planted.prisoner)
    before["prisoner"].pop("updated_at")
    after["prisoner"].pop("updated_at")
    assert after == before
    assert messages_of(response) == [changed_message(planted.prisoner)]


def test_withdrawing_consent_unpublishes_with_a_warning(coordinator):
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov")
    today = timezone.localdate()

    response = post_change_form(coordinator, prisoner,
                                {"consents-0-withdrawn_on": today.isoformat()})

    assert response.status_code == 302
    prisoner.refresh_from_db()
    assert prisoner.is_published is False
    assert prisoner.consents.get().withdrawn_on == today
    assert Prisoner.objects.public().count() == 0
    assert messages_of(response) == [
        ("warning", "Ivan Zhuchkov is not published: no consent to publicity in force."),
        changed_message(prisoner)]


def test_ticking_published_for_an_ineligible_prisoner_is_undone(coordinator):
    prisoner = PrisonerFactory(full_name_latin="Ivan Zhuchkov")
    response = post_change_form(coordinator, prisoner, {"is_published": "on"})
    assert response.status_code == 302
    prisoner.refresh_from_db()
    assert prisoner.is_published is False
    assert messages_of(response) == [
        ("warning", "Ivan Zhuchkov is not published: not recognised as a political prisoner; "
                    "no consent to publicity in force."),
        changed_message(prisoner)]


def test_coordinator_adds_an_internal_note_signed_with_their_name(coordinator):
    prisoner = PrisonerFactory()
    response = post_change_form(coordinator, prisoner, {
        "internal_notes-TOTAL_FORMS": "1", "internal_notes-0-text": "Lawyer visited on Monday."})
    assert response.status_code == 302
    note = prisoner.internal_notes.get()
    assert (note.text, note.author) == ("Lawyer visited on Monday.", coordinator.user)


def test_uploaded_photo_is_stored_clean_under_random_names(coordinator):
    prisoner = PrisonerFactory()

    response = post_change_form(coordinator, prisoner, files={"photo": jpeg_with_gps()})

    assert response.status_code == 302
    prisoner.refresh_from_db()
    assert PHOTO_NAME.fullmatch(prisoner.photo.name)
    assert PHOTO_NAME.fullmatch(prisoner.photo_thumbnail.name)
    assert prisoner.photo.name != prisoner.photo_thumbnail.name
    for field_file, size in ((prisoner.photo, (640, 480)), (prisoner.photo_thumbnail, (320, 320))):
        data = open_stored(field_file)
        image = Image.open(io.BytesIO(data))
        assert (image.format, image.size) == ("JPEG", size)
        assert dict(image.getexif()) == {}
        assert image.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
        assert "exif" not in image.info and "comment" not in image.info
        assert b"CanaryCam" not in data and b"Lenina" not in data


def test_admin_preview_serves_the_uploaded_photo(coordinator):
    prisoner = PrisonerFactory()
    post_change_form(coordinator, prisoner, files={"photo": jpeg_with_gps()})
    page = html(coordinator.get(change_url(prisoner)))
    assert f'<img src="{photo_url(prisoner, "full")}"' in page
    response = coordinator.get(photo_url(prisoner, "full"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert Image.open(io.BytesIO(b"".join(response.streaming_content))).size == (640, 480)


@pytest.mark.parametrize(("upload", "message"), [
    (lambda: png((12_000, 12_000)), TOO_MANY_PIXELS),
    (lambda: SimpleUploadedFile("notes.txt", b"Lenina 5, flat 12", content_type="text/plain"),
     NOT_AN_IMAGE),
    (lambda: SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff\xe0 cut", content_type="image/jpeg"),
     NOT_AN_IMAGE),
])
def test_refused_upload_shows_the_error_and_saves_nothing(coordinator, upload, message):
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov")
    before, files_before = snapshot(prisoner), stored_photo_files()

    response = post_change_form(
        coordinator, prisoner,
        changes={"full_name_latin": "Changed Name", "case_summary_en": "Changed summary.",
                 "consents-0-withdrawn_on": timezone.localdate().isoformat()},
        files={"photo": upload()})

    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {"photo": [message]}
    assert message in html(response)
    assert snapshot(prisoner) == before
    assert stored_photo_files() == files_before


def test_clearing_the_photo_removes_both_files(coordinator, django_capture_on_commit_callbacks):
    prisoner = PrisonerFactory()
    services.photo_store(owner=prisoner, photo=sanitize_photo(jpeg_with_gps()))
    names = [prisoner.photo.name, prisoner.photo_thumbnail.name]
    assert all(default_storage.exists(name) for name in names)

    with django_capture_on_commit_callbacks(execute=True):
        response = post_change_form(coordinator, prisoner, {"photo-clear": "on"})

    assert response.status_code == 302
    prisoner.refresh_from_db()
    assert (prisoner.photo.name, prisoner.photo_thumbnail.name) == ("", "")
    assert [name for name in names if default_storage.exists(name)] == []


# Editor ------------------------------------------------------------------------------------


def test_editor_opens_changelist_and_change_page(editor, planted):
    assert listed(editor.get(CHANGELIST)) == {"Canary Prisoner"}
    assert editor.get(change_url(planted.prisoner)).status_code == 200


def test_editor_sees_no_private_inline_and_no_private_value(editor, planted):
    change_page = editor.get(change_url(planted.prisoner))
    assert inline_prefixes(change_page) == {"events"}
    assert inline_headings(change_page) == {"events": "Case events"}
    for prefix in PRIVATE_INLINES:
        assert f"{prefix}-TOTAL_FORMS" not in html(change_page)
    changelist = editor.get(CHANGELIST)
    assert leaked(planted.tokens, change_page, changelist) == []


def test_editor_edits_case_summary_translations(editor):
    prisoner = PublicPrisonerFactory()
    response = post_change_form(editor, prisoner, {
        "case_summary_de": "Neue Zusammenfassung.", "case_summary_fr": "Nouveau résumé."})
    assert response.status_code == 302
    prisoner.refresh_from_db()
    assert (prisoner.case_summary_de, prisoner.case_summary_fr) == (
        "Neue Zusammenfassung.", "Nouveau résumé.")
    assert prisoner.case_summary_en == "Arrested for anti-war posts."
    assert prisoner.is_published is True
    assert messages_of(response) == [changed_message(prisoner)]


def test_editor_cannot_switch_published(editor):
    published_one, private_one = PublicPrisonerFactory(), PrisonerFactory()
    page = html(editor.get(change_url(published_one)))
    assert 'name="is_published"' not in page
    assert post_change_form(editor, published_one, {"is_published": ""}).status_code == 302
    assert post_change_form(editor, private_one, {"is_published": "on"}).status_code == 302
    assert published(published_one, private_one) == [True, False]


def test_editor_has_no_publish_actions(editor, registry):
    response = editor.get(CHANGELIST)
    assert response.context["action_form"] is None
    assert "publish_selected" not in html(response)


def test_editor_cannot_run_the_publish_action_by_posting_it(editor):
    eligible = PublicPrisonerFactory(is_published=False)
    shown = PublicPrisonerFactory()
    responses = [run_action(editor, "publish_selected", [eligible]),
                 run_action(editor, "unpublish_selected", [shown])]
    assert published(eligible, shown) == [False, True]
    for response in responses:
        # Without any action the changelist ignores the POST and just shows the list again.
        assert response.status_code == 200
        assert response.context["action_form"] is None
        assert messages_of(response) == []


def test_editor_cannot_delete_prisoners(editor):
    prisoner = PrisonerFactory()
    assert editor.get(delete_url(prisoner)).status_code == 403
    assert editor.post(delete_url(prisoner), {"post": "yes"}).status_code == 403
    assert Prisoner.objects.filter(pk=prisoner.pk).exists()


@pytest.mark.parametrize("group", ["editor", "finance"])
def test_recognition_filter_is_only_for_those_who_see_recognitions(request, registry, group):
    client = request.getfixturevalue(group)
    response = client.get(CHANGELIST)
    assert "?standing=" not in html(response)
    filters = {type(spec).__name__ for spec in response.context["cl"].filter_specs}
    assert "StandingFilter" not in filters and "VisibilityFilter" in filters
    # Typed by hand, the parameter is an unknown lookup: Django's "bad filter" redirect.
    response = client.get(CHANGELIST, {"standing": "declined"})
    assert (response.status_code, response["Location"]) == (302, f"{CHANGELIST}?e=1")


# Private models and private relations, for editor and finance -------------------------------


@pytest.mark.parametrize("group", ["editor", "finance"])
@pytest.mark.parametrize("model", PRIVATE_MODELS)
def test_private_models_have_no_admin_pages(request, planted, group, model):
    # The private models exist only as inlines of the coordinator's prisoner form; their own
    # admin URLs do not exist, so they are 404 for everyone, whatever the permissions.
    client = request.getfixturevalue(group)
    for path in (f"/admin/prisoners/{model}/", f"/admin/prisoners/{model}/1/change/",
                 f"/admin/prisoners/{model}/add/"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert leaked(planted.tokens, response) == []


def test_private_models_have_no_admin_pages_for_the_coordinator_either(coordinator, planted):
    for model in PRIVATE_MODELS:
        assert coordinator.get(f"/admin/prisoners/{model}/").status_code == 404


@pytest.mark.parametrize("group", ["editor", "finance"])
@pytest.mark.parametrize("lookup", [
    "risk_flags__isnull", "contacts__isnull", "internal_notes__isnull", "consents__isnull",
    "recognitions__isnull", "recognitions__status", "contacts__phone__contains"])
def test_changelist_cannot_be_filtered_by_private_relations(request, registry, group, lookup):
    client = request.getfixturevalue(group)
    assert client.get(CHANGELIST, {lookup: "False"}).status_code == 400


def test_coordinator_may_filter_by_private_relations(coordinator, registry):
    response = coordinator.get(CHANGELIST, {"consents__isnull": "True"})
    assert listed(response) == {"Unknown Person"}


def add_private_records_through_the_admin(client, prisoner):
    response = post_change_form(client, prisoner, {
        "contacts-TOTAL_FORMS": "1", "contacts-0-kind": "relative",
        "contacts-0-name": "CANARYHISTORYCONTACT", "contacts-0-phone": "+7 900 000-00-00",
        "risk_flags-TOTAL_FORMS": "1", "risk_flags-0-kind": "family_at_risk",
        "risk_flags-0-note": "CANARYHISTORYRISK", "risk_flags-0-is_active": "on"})
    assert response.status_code == 302
    assert prisoner.contacts.get().name == "CANARYHISTORYCONTACT"


def test_coordinator_history_names_private_records(coordinator):
    prisoner = PrisonerFactory()
    add_private_records_through_the_admin(coordinator, prisoner)
    response = coordinator.get(f"{change_url(prisoner).removesuffix('change/')}history/")
    assert response.status_code == 200
    assert "Added private contact “CANARYHISTORYCONTACT (relative)”." in html(response)
    assert "Added risk flag “family at risk”." in html(response)


@pytest.mark.parametrize("group", ["editor", "finance"])
def test_history_with_private_records_is_closed_to_others(request, coordinator, group):
    # Change messages name private inline records (a relative's name, a risk flag's kind).
    prisoner = PrisonerFactory()
    add_private_records_through_the_admin(coordinator, prisoner)
    response = request.getfixturevalue(group).get(
        f"{change_url(prisoner).removesuffix('change/')}history/")
    assert response.status_code == 403
    assert "CANARYHISTORYCONTACT" not in html(response)
    assert "family at risk" not in html(response)


# Finance -----------------------------------------------------------------------------------


def test_finance_views_the_changelist(finance, planted):
    response = finance.get(CHANGELIST)
    assert listed(response) == {"Canary Prisoner"}
    assert response.context["action_form"] is None
    assert leaked(planted.tokens, response) == []


def test_finance_change_page_is_view_only(finance, planted):
    response = finance.get(change_url(planted.prisoner))
    assert response.status_code == 200
    page = html(response)
    assert response.context["has_change_permission"] is False
    assert 'name="_save"' not in page and 'name="_continue"' not in page
    assert 'name="full_name_latin"' not in page and 'name="case_summary_en"' not in page
    assert inline_prefixes(response) == set()
    assert leaked(planted.tokens, response) == []


def test_finance_cannot_post_changes(finance):
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov")
    before = snapshot(prisoner)
    response = finance.post(change_url(prisoner), {
        "full_name_latin": "Changed", "is_published": "", "_save": "Save"})
    assert response.status_code == 403
    assert snapshot(prisoner) == before


def test_finance_cannot_add_or_delete(finance):
    prisoner = PrisonerFactory()
    assert finance.get(ADD).status_code == 403
    assert finance.get(delete_url(prisoner)).status_code == 403
    assert finance.post(delete_url(prisoner), {"post": "yes"}).status_code == 403
    assert Prisoner.objects.filter(pk=prisoner.pk).exists()


def test_finance_cannot_run_actions(finance):
    shown = PublicPrisonerFactory()
    for action in ("unpublish_selected", "delete_selected"):
        response = run_action(finance, action, [shown])
        assert (response.status_code, messages_of(response)) == (200, [])
    assert published(shown) == [True]


# Anonymous visitors and the admin photo view ------------------------------------------------


@pytest.mark.parametrize("path", ["/admin/", CHANGELIST, ADD,
                                  "/admin/prisoners/prisoner/1/change/"])
def test_anonymous_is_sent_to_login(anonymous, path):
    response = anonymous.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/login/?next={path}"


@pytest.fixture
def with_photo(db):
    prisoner = PrisonerFactory()
    services.photo_store(owner=prisoner, photo=sanitize_photo(jpeg_with_gps()))
    return prisoner


def test_admin_photo_redirects_anonymous_to_login(anonymous, with_photo):
    path = photo_url(with_photo, "thumb")
    response = anonymous.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/login/?next={path}"


@pytest.mark.parametrize("group", ["coordinator", "editor", "finance"])
def test_admin_photo_is_served_to_staff_who_view_prisoners(request, with_photo, group):
    response = request.getfixturevalue(group).get(photo_url(with_photo, "thumb"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "private, max-age=300"
    assert Image.open(io.BytesIO(b"".join(response.streaming_content))).size == (320, 320)


def test_admin_photo_unknown_variant_is_404(coordinator, with_photo):
    assert coordinator.get(photo_url(with_photo, "original")).status_code == 404


def test_admin_photo_of_prisoner_without_photo_or_unknown_prisoner_is_404(coordinator):
    prisoner = PrisonerFactory()
    assert coordinator.get(photo_url(prisoner, "thumb")).status_code == 404
    assert coordinator.get(f"/admin/prisoner-photos/{prisoner.pk + 1000}/thumb.jpg"
                           ).status_code == 404


def test_admin_photo_is_404_for_staff_without_view_permission(staff_without_permissions,
                                                              with_photo):
    assert staff_without_permissions.get(photo_url(with_photo, "thumb")).status_code == 404
    assert staff_without_permissions.get(CHANGELIST).status_code == 403


# Static assets ----------------------------------------------------------------------------


def loaded_assets(response):
    page = html(response)
    return (re.findall(r'<script[^>]*\ssrc="([^"]*)"', page)
            + re.findall(r'<link[^>]*\shref="([^"]*)"', page))


def test_vendored_jquery_ui_exists():
    assert finders.find("vendor/jquery-ui/jquery-ui.min.js")


@pytest.mark.parametrize(("group", "view"), [
    ("coordinator", "change"), ("coordinator", "add"), ("coordinator", "changelist"),
    ("editor", "change"), ("editor", "changelist")])
def test_admin_uses_vendored_jquery_ui_and_no_cdn(request, planted, group, view):
    url = {"change": change_url(planted.prisoner), "add": ADD, "changelist": CHANGELIST}[view]
    response = request.getfixturevalue(group).get(url)
    assets = loaded_assets(response)
    assert JQUERY_UI in assets
    external = [asset for asset in assets if not asset.startswith("/") or asset.startswith("//")]
    assert external == []
    assert [host for host in CDN_HOSTS if host in html(response).lower()] == []


def test_coordinator_enters_the_press_spelling_of_a_name_per_language(coordinator):
    prisoner = PublicPrisonerFactory(full_name_original="Навальный Алексей Анатольевич",
                                     full_name_latin="Alexei Navalny", slug="navalny")
    page = html(coordinator.get(change_url(prisoner)))
    # One field per language whose spelling is derived, the derived one shown in grey.
    assert [f"name_{code}" for code in ("de", "fr", "pl")] == re.findall(
        r'name="(name_(?:de|fr|pl|en|ru))"', page)
    assert 'placeholder="Aleksej Nawalnyj"' in page
    response = post_change_form(coordinator, prisoner, {"name_de": " Alexej Nawalny "})
    assert response.status_code == 302
    prisoner.refresh_from_db()
    assert prisoner.name_spellings == {"de": "Alexej Nawalny"}
    assert "alexej nawalny" in prisoner.search_names
    content = coordinator.get("/de/prisoners/navalny/").content.decode()
    assert "<h1>Alexej Nawalny</h1>" in content
    # Polish derives the usual spelling itself.
    assert "<h1>Aleksiej Nawalny</h1>" in coordinator.get("/pl/prisoners/navalny/").content.decode()
    assert [p.slug for p in prisoner_search(query="Alexej Nawalny")] == ["navalny"]
    # Emptying the field goes back to the derived spelling.
    post_change_form(coordinator, prisoner, {"name_de": ""})
    prisoner.refresh_from_db()
    assert prisoner.name_spellings == {}
