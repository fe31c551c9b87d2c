"""The public appeal pages, the signature form and the links in the e-mail."""

import re
import time

import pytest
from django.core.cache import cache
from django.utils import translation
from django.utils.html import escape

from appeals import services
from appeals.choices import AppealStatus
from appeals.models import Signature
from appeals.views import SIGNATURES_PER_HOUR
from coalition.public_forms import (
    EXPIRED_MESSAGE,
    HONEYPOT_MESSAGE,
    RATE_LIMIT_MESSAGE,
    TOO_FAST_MESSAGE,
    signup_token,
)
from tests.appeals.factories import (
    AppealFactory,
    NotableSignatoryFactory,
    SignatureFactory,
    today,
)
from tests.factories import MentorFactory, PrisonerFactory, PublicPrisonerFactory
from tests.languages import LANGUAGES
from tests.mentorships.test_public import content, count_queries, url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


def form_data(**overrides):
    return {"name": "Anna Berg", "country": "SE", "email": "anna.berg@example.eu",
            "role": "Teacher", "show_name": "on", "consent": "on", "website": "",
            "started": signup_token(time.time() - 5), **overrides}


def detail(appeal, language="en"):
    return url("appeals:detail", language, slug=appeal.slug)


def mailed_path(mail, action):
    link = re.search(rf"http\S+/{action}/", mail.body).group()
    return "/" + link.split("/", 3)[3]


# --- Pages -------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_list_in_every_language(anonymous, language):
    appeal = AppealFactory(slug="free-ivan")
    SignatureFactory.create_batch(2, appeal=appeal)
    AppealFactory(title_en="Private appeal", is_public=False)
    page = content(anonymous, url("appeals:list", language))
    assert f'<html lang="{language}">' in page
    title = {"en": appeal.title_en, "ru": appeal.title_ru, "de": appeal.title_de,
             "fr": appeal.title_fr, "pl": appeal.title_pl}[language]
    assert f'<a href="/{language}/appeals/free-ivan/">{title}</a>' in page
    assert "Private appeal" not in page
    with translation.override(language):
        assert escape(translation.ngettext("%(counter)s signature", "%(counter)s signatures",
                                           2) % {"counter": 2}) in page


def test_list_shows_open_appeals_first_and_the_status(anonymous):
    AppealFactory(title_en="Delivered one", status=AppealStatus.DELIVERED, outcome_on=today())
    AppealFactory(title_en="Open one")
    page = content(anonymous, url("appeals:list"))
    assert page.index("Open one") < page.index("Delivered one")
    assert '<span class="status status--appeal-open">Open for signatures</span>' in page
    assert "status--appeal-delivered" in page


def test_empty_list(anonymous):
    assert "There are no appeals at the moment." in content(anonymous, url("appeals:list"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_appeal_page_in_every_language(anonymous, language):
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov", slug="ivan-zhuchkov")
    hidden = PrisonerFactory(full_name_latin="Hidden Person", slug="hidden-person")
    appeal = AppealFactory(prisoners=[prisoner, hidden], addressee_en="the Russian authorities",
                           addressee_de="die russischen Behörden")
    page = content(anonymous, detail(appeal, language))
    assert f'<html lang="{language}">' in page
    assert f'href="/{language}/prisoners/ivan-zhuchkov/"' in page
    assert "Hidden Person" not in page and "hidden-person" not in page
    addressee = "die russischen Behörden" if language == "de" else "the Russian authorities"
    assert addressee in page
    assert 'name="consent"' in page and '<div class="hp" aria-hidden="true">' in page


def test_appeal_page_shows_notables_grouped_and_shown_names_only(anonymous):
    appeal = AppealFactory()
    mentor = MentorFactory(is_public=True, name="Sophie Laurent")
    NotableSignatoryFactory(appeal=appeal, name="Claire Dumont", group="artists",
                            role_en="Novelist", country="FR")
    NotableSignatoryFactory(appeal=appeal, name="Sophie Laurent", mentor=mentor,
                            affiliation="Greens")
    NotableSignatoryFactory(appeal=appeal, name="Unverified Person", is_verified=False)
    NotableSignatoryFactory(appeal=appeal, name="Hidden Notable", is_hidden=True)
    SignatureFactory(appeal=appeal, name="Shown Signer", country="SE", role="Self-made MEP")
    SignatureFactory(appeal=appeal, name="Quiet Signer", show_name=False)
    SignatureFactory(appeal=appeal, name="Unconfirmed Signer", confirmed_at=None)
    page = content(anonymous, detail(appeal))
    assert "<strong>2 signatures</strong>" in page  # counted: shown and quiet, none else
    assert page.index("Members of parliament") < page.index("Artists and writers")
    assert page.index("Artists and writers") < page.index("Shown Signer")
    assert (f'<a href="/en/mentors/#mentor-{mentor.pk}">Sophie Laurent</a>') in page
    assert '<span class="notable__role">Member of the Bundestag, Greens</span>' in page
    assert "<li>Shown Signer <span class=\"muted\">(Sweden)</span></li>" in page
    for absent in ("Unverified Person", "Hidden Notable", "Quiet Signer", "Unconfirmed Signer",
                   "Self-made MEP", "@example.org"):
        assert absent not in page, absent


def test_share_links_are_plain_links_with_the_absolute_address(anonymous):
    appeal = AppealFactory(slug="free-ivan", title_en="Free Ivan & Marina")
    page = content(anonymous, detail(appeal))
    address = "http%3A%2F%2Ftestserver%2Fen%2Fappeals%2Ffree-ivan%2F"
    for link in (f"mailto:?subject=Free%20Ivan%20%26%20Marina&amp;body={address}",
                 f"https://t.me/share/url?url={address}&amp;text=Free%20Ivan%20%26%20Marina",
                 f"https://wa.me/?text=Free%20Ivan%20%26%20Marina%20{address}",
                 f"https://x.com/intent/post?url={address}",
                 f"https://www.facebook.com/sharer/sharer.php?u={address}"):
        assert f'href="{link}' in page, link
    assert "<script" not in page


def test_unknown_and_private_appeals_are_404(anonymous):
    private = AppealFactory(is_public=False)
    for language in LANGUAGES:
        assert anonymous.get(url("appeals:detail", language, slug="no-such")).status_code == 404
        assert anonymous.get(detail(private, language)).status_code == 404
        assert anonymous.post(detail(private, language), form_data()).status_code == 404
    assert anonymous.get("/en/appeals/" + "x" * 5000 + "/").status_code == 404


def test_a_closed_appeal_has_no_form_and_refuses_posts(anonymous, mailoutbox):
    appeal = AppealFactory(status=AppealStatus.DELIVERED, outcome_on=today(),
                           outcome_en="Four officials were sanctioned.")
    page = content(anonymous, detail(appeal))
    assert 'name="consent"' not in page
    assert "Four officials were sanctioned." in page
    response = anonymous.post(detail(appeal), form_data())
    assert response.status_code == 200
    assert "This appeal no longer accepts signatures." in response.content.decode()
    assert Signature.objects.count() == 0 and mailoutbox == []


# --- Signing, confirming, withdrawing -----------------------------------------------------------

def test_the_whole_double_opt_in(anonymous, mailoutbox):
    appeal = AppealFactory(slug="free-ivan")
    response = anonymous.post(detail(appeal, "de"), form_data())
    assert response.status_code == 302
    assert response["Location"] == "/de/appeals/free-ivan/?signed=1#sign"
    signature = Signature.objects.get()
    assert (signature.language, signature.confirmed_at) == ("de", None)
    page = content(anonymous, "/de/appeals/free-ivan/?signed=1")
    assert 'class="notice notice--ok" role="status"' in page
    assert "Anna Berg" not in page

    confirm = mailed_path(mailoutbox[0], "confirm")
    assert confirm.startswith("/de/appeals/signatures/")
    page = content(anonymous, confirm)  # opening the link alone confirms nothing
    assert 'type="submit"' in page
    assert Signature.objects.counted().count() == 0

    page = anonymous.post(confirm).content.decode()
    assert "notice--ok" in page
    assert Signature.objects.counted().count() == 1
    assert "Anna Berg <span" in content(anonymous, "/en/appeals/free-ivan/")

    again = anonymous.post(confirm).content.decode()
    with translation.override("de"):
        assert escape(translation.gettext(
            "Your signature was already confirmed. It counts once.")) in again
    assert Signature.objects.counted().count() == 1

    withdraw = mailed_path(mailoutbox[0], "withdraw")
    assert 'type="submit"' in content(anonymous, withdraw)
    assert Signature.objects.counted().count() == 1
    anonymous.post(withdraw)
    assert Signature.objects.counted().count() == 0
    assert "Anna Berg" not in content(anonymous, "/en/appeals/free-ivan/")
    assert "Your signature was already withdrawn." in content(
        anonymous, withdraw.replace("/de/", "/en/"))


def test_signing_twice_with_the_same_address_counts_once_and_says_the_same(anonymous,
                                                                          mailoutbox):
    appeal = AppealFactory()
    first = anonymous.post(detail(appeal), form_data())
    second = anonymous.post(detail(appeal), form_data(email="ANNA.BERG@example.eu"))
    assert first["Location"] == second["Location"]
    assert Signature.objects.count() == 1
    assert len(mailoutbox) == 2
    page = content(anonymous, first["Location"].split("#")[0])
    assert ("An address can sign an appeal only once; if yours has signed already, the e-mail "
            "says so and nothing is counted twice.") in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_tampered_and_expired_links_give_a_clear_page(anonymous, language, monkeypatch):
    signature = SignatureFactory(confirmed_at=None)
    token = services.signature_token(signature, salt=services.CONFIRM_SALT)
    for bad in (token[:-3] + "abc", "nonsense", "x" * 3000, token.replace(":", "")):
        for name in ("appeals:confirm", "appeals:withdraw"):
            response = anonymous.get(url(name, language, token=bad))
            assert response.status_code == 400
            with translation.override(language):
                assert escape(translation.gettext("This link is not valid")) in (
                    response.content.decode())
            assert anonymous.post(url(name, language, token=bad)).status_code == 400
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() - 8 * 86400)
    old = services.signature_token(signature, salt=services.CONFIRM_SALT)
    monkeypatch.setattr(time, "time", real)
    response = anonymous.post(url("appeals:confirm", language, token=old))
    assert response.status_code == 400
    with translation.override(language):
        assert escape(translation.gettext("This link has expired")) in response.content.decode()
    signature.refresh_from_db()
    assert signature.confirmed_at is None


def test_a_withdrawal_link_still_works_after_the_appeal_closed(anonymous):
    appeal = AppealFactory()
    signature = SignatureFactory(appeal=appeal)
    token = services.signature_token(signature, salt=services.WITHDRAW_SALT)
    appeal.status = AppealStatus.CLOSED
    appeal.save()
    anonymous.post(url("appeals:withdraw", token=token))
    signature.refresh_from_db()
    assert signature.withdrawn_at is not None


def test_confirming_a_withdrawn_signature_says_so(anonymous):
    signature = SignatureFactory(confirmed_at=None)
    token = services.signature_token(signature, salt=services.CONFIRM_SALT)
    services.signature_withdraw(signature=signature)
    response = anonymous.post(url("appeals:confirm", token=token))
    assert response.status_code == 200
    assert ("This signature was withdrawn. To sign again, use the form on the appeal page."
            in response.content.decode())


def forged_token():
    token = signup_token(time.time() - 5)
    return token[:-1] + ("A" if token[-1] != "A" else "B")


REJECTIONS = {
    "honeypot": ({"website": "https://spam.example"}, HONEYPOT_MESSAGE),
    "too fast": (lambda: {"started": signup_token()}, TOO_FAST_MESSAGE),
    "expired": (lambda: {"started": signup_token(time.time() - 25 * 60 * 60)},
                EXPIRED_MESSAGE),
    "forged": (lambda: {"started": forged_token()}, EXPIRED_MESSAGE),
    "missing timestamp": ({"started": ""}, EXPIRED_MESSAGE),
    "invalid e-mail": ({"email": "anna.berg@"}, "Enter a valid email address."),
    "no consent": ({"consent": ""}, "Please agree to how your signature is used, or do not "
                                    "sign."),
    "huge name": ({"name": "x" * 201},
                  "Ensure this value has at most 200 characters (it has 201)."),
    "huge role": ({"role": "x" * 5000},
                  "Ensure this value has at most 200 characters (it has 5000)."),
    "huge e-mail": ({"email": "a" * 300 + "@example.org"},
                    "Ensure this value has at most 254 characters (it has 312)."),
    "unknown country": ({"country": "XX"},
                        "Select a valid choice. XX is not one of the available choices."),
    "no name": ({"name": ""}, "This field is required."),
    "null byte": ({"name": "Anna\x00Berg"}, "Null characters are not allowed."),
}


@pytest.mark.parametrize("case", REJECTIONS)
def test_rejected_signatures_keep_the_input_and_save_nothing(anonymous, mailoutbox, case):
    overrides, message = REJECTIONS[case]
    overrides = overrides() if callable(overrides) else overrides
    response = anonymous.post(detail(AppealFactory()), form_data(**overrides))
    assert response.status_code == 200
    page = response.content.decode()
    assert escape(str(message)) in page
    assert Signature.objects.count() == 0 and mailoutbox == []
    assert 'role="alert"' in page


def test_rejection_messages_are_translated(anonymous):
    response = anonymous.post(detail(AppealFactory(), "fr"), form_data(website="x"))
    with translation.override("fr"):
        assert escape(str(HONEYPOT_MESSAGE)) in response.content.decode()


def test_rate_limit_per_address(anonymous, mailoutbox):
    appeal = AppealFactory()
    for n in range(SIGNATURES_PER_HOUR):
        response = anonymous.post(detail(appeal), form_data(email=f"p{n}@example.org"))
        assert response.status_code == 302
    response = anonymous.post(detail(appeal), form_data(email="one-more@example.org"))
    assert response.status_code == 200
    assert escape(str(RATE_LIMIT_MESSAGE)) in response.content.decode()
    assert Signature.objects.count() == SIGNATURES_PER_HOUR
    other = anonymous.post(detail(appeal), form_data(email="elsewhere@example.org"),
                           REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


# --- Query counts and the prisoner page -----------------------------------------------------------

def test_list_query_count_is_constant(anonymous):
    prisoner = PublicPrisonerFactory()
    AppealFactory(prisoners=[prisoner])
    one = count_queries(anonymous, url("appeals:list"))
    for _ in range(4):
        appeal = AppealFactory(prisoners=[prisoner, PublicPrisonerFactory()])
        SignatureFactory.create_batch(2, appeal=appeal)
    assert count_queries(anonymous, url("appeals:list")) == one


def test_appeal_page_query_count_is_constant(anonymous):
    appeal = AppealFactory(slug="busy", prisoners=[PublicPrisonerFactory()])
    NotableSignatoryFactory(appeal=appeal)
    SignatureFactory(appeal=appeal)
    one = count_queries(anonymous, "/en/appeals/busy/")
    appeal.prisoners.add(*PublicPrisonerFactory.create_batch(3))
    NotableSignatoryFactory.create_batch(4, appeal=appeal, group="artists",
                                         mentor=MentorFactory(is_public=True))
    SignatureFactory.create_batch(5, appeal=appeal)
    assert count_queries(anonymous, "/en/appeals/busy/") == one


def test_prisoner_page_lists_the_public_appeals_for_them(anonymous):
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov", slug="ivan-zhuchkov")
    AppealFactory(title_en="Free Ivan", slug="free-ivan", prisoners=[prisoner])
    AppealFactory(title_en="Draft appeal", is_public=False, prisoners=[prisoner])
    AppealFactory(title_en="Someone else")
    page = content(anonymous, "/en/prisoners/ivan-zhuchkov/")
    assert '<h2 id="appeals-heading">Appeals for Ivan Zhuchkov</h2>' in page
    assert '<a href="/en/appeals/free-ivan/">Free Ivan</a>' in page
    assert "Draft appeal" not in page and "Someone else" not in page
    assert page.index("appeals-heading") < page.index('class="letters')


def test_prisoner_page_without_appeals_has_no_section(anonymous):
    PublicPrisonerFactory(slug="nobody-appeals")
    assert "appeals-heading" not in content(anonymous, "/en/prisoners/nobody-appeals/")


def test_prisoner_page_query_count_is_constant_in_appeals(anonymous):
    prisoner = PublicPrisonerFactory(slug="counted")
    AppealFactory(prisoners=[prisoner])
    one = count_queries(anonymous, "/en/prisoners/counted/")
    AppealFactory.create_batch(4, prisoners=[prisoner])
    assert count_queries(anonymous, "/en/prisoners/counted/") == one


def test_the_error_summary_names_both_kinds_of_error(anonymous):
    response = anonymous.post(detail(AppealFactory()), form_data(website="x", name=""))
    page = response.content.decode()
    summary = page[page.index('id="form-errors"'):]
    summary = summary[:summary.index("</div>")]
    assert escape(str(HONEYPOT_MESSAGE)) in summary
    assert "Please correct the fields marked below." in summary


def test_the_confirm_page_shows_what_will_be_published(anonymous, mailoutbox):
    appeal = AppealFactory(slug="free-ivan")
    anonymous.post(detail(appeal), form_data(name="Anna Berg", show_name=""))
    # Someone else signs again with the same address: the confirm page still shows the
    # details the owner of the address signed with.
    anonymous.post(detail(appeal), form_data(name="CANARY-Other", country="RU"))
    page = content(anonymous, mailed_path(mailoutbox[0], "confirm"))
    assert "CANARY" not in page
    details = page[page.index('<dl class="signature-details">'):page.index("</dl>")]
    assert "Anna Berg" in details and "Sweden" in details
    assert "<dd>no</dd>" in details


def test_the_withdrawal_link_works_after_the_appeal_is_unpublished(anonymous, mailoutbox):
    appeal = AppealFactory(slug="free-ivan")
    anonymous.post(detail(appeal), form_data())
    anonymous.post(mailed_path(mailoutbox[0], "confirm"))
    appeal.is_public = False
    appeal.save()
    withdraw = mailed_path(mailoutbox[0], "withdraw")
    assert anonymous.get(withdraw).status_code == 200
    anonymous.post(withdraw)
    assert Signature.objects.counted().count() == 0
    assert anonymous.get(mailed_path(mailoutbox[0], "confirm")).status_code == 400
