"""A coordinator imports a spreadsheet in a real browser, finds a duplicate flagged in another
script, fixes the file and imports it: the people exist, unpublished."""

import pytest
from playwright.sync_api import expect

from accounts import roles
from prisoners.models import Prisoner
from tests.e2e.test_history import no_horizontal_scroll, sign_in
from tests.factories import PublicPrisonerFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

HEADER = "id,full_name_original,full_name_latin,birth_date,region,status\n"
SOKOLOVA = ",Соколова Анна Сергеевна,Anna Sokolova,02.04.1990,RU-MOW,serving_sentence\n"


def choose_and_submit(page, tmp_path, content):
    path = tmp_path / "registry.csv"
    path.write_text(content, encoding="utf-8")
    page.locator("#id_import_file").set_input_files(str(path))
    page.locator("#id_format").select_option(label="csv")
    page.get_by_role("button", name="Submit").click()


@pytest.mark.parametrize("width", [1280, 375])
def test_coordinator_imports_a_list_and_fixes_a_duplicate(live_server, watched_page, tmp_path,
                                                          width):
    UserFactory(username="coord", is_staff=True, groups=[roles.COORDINATOR])
    zhuchkov = PublicPrisonerFactory(full_name_original="Жучков Иван Петрович",
                                     full_name_latin="Ivan Zhuchkov", slug="ivan-zhuchkov",
                                     birth_date="1978-11-18")
    page = watched_page
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server, "coord")

    page.goto(f"{live_server.url}/admin/prisoners/prisoner/")
    page.get_by_role("link", name="Import").click()
    choose_and_submit(page, tmp_path, HEADER + SOKOLOVA
                      + ",Жучков Иван,Iwan Schutschkow,18.11.1978,,serving_sentence\n")
    expect(page.get_by_text(f"Possibly a duplicate of Ivan Zhuchkov / Жучков Иван Петрович "
                            f"(id {zhuchkov.pk}")).to_be_visible()
    page.screenshot(path=f"/tmp/registry-duplicate-{width}.png", full_page=True)
    assert no_horizontal_scroll(page)
    assert Prisoner.objects.count() == 1

    # The fix the message offers: the existing record's id, so the row updates it.
    choose_and_submit(page, tmp_path, HEADER + SOKOLOVA
                      + f"{zhuchkov.pk},Жучков Иван Петрович,Ivan Zhuchkov,18.11.1978,,"
                        "serving_sentence\n")
    page.get_by_role("button", name="Confirm import").click()
    expect(page.locator(".messagelist")).to_contain_text("Import finished")
    page.screenshot(path=f"/tmp/registry-import-{width}.png", full_page=True)
    assert no_horizontal_scroll(page)

    sokolova = Prisoner.objects.get(full_name_latin="Anna Sokolova")
    assert (sokolova.is_published, sokolova.region.code) == (False, "RU-MOW")
    assert Prisoner.objects.count() == 2
    assert page.problems == []
