"""End to end in real headless Chromium: the review app served by waitress on a loopback port."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from db.review import flag_detail, timeline
from tests.web.conftest import MakeWeb, Web
from tracker.web.server import BackgroundServer

pytestmark = pytest.mark.browser
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
WAIT_SECONDS = 15


def _unless_replaced(condition, driver):  # type: ignore[no-untyped-def]
    """The condition, or False while the element it read was in a page being replaced (Chromium may report that
    as an inspector error, not as a stale element)."""
    try:
        return condition(driver)
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return False
        raise


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.skip(f"{', '.join(missing)} missing: run tests/setup-browser.sh (make test does) to install them")
    profile = tempfile.mkdtemp(prefix="ssbtrack-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--window-size=1280,1000",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


class Served:
    def __init__(self, web: Web, url: str, driver: webdriver.Chrome):
        self.web, self.url, self.driver = web, url, driver

    def open(self, path: str) -> None:
        self.driver.get(self.url + path)

    def wait(self, condition, message: str):  # type: ignore[no-untyped-def]
        # a page being replaced leaves stale elements behind: look again until the new one is there
        waiting = WebDriverWait(self.driver, WAIT_SECONDS, ignored_exceptions=(StaleElementReferenceException,))
        return waiting.until(lambda d: _unless_replaced(condition, d), message)

    def state(self, key: str) -> str:
        with self.web.app.db.sessions() as session:
            return flag_detail(session, self.web.flags[key]).state

    def card(self, key: str):  # type: ignore[no-untyped-def]
        return self.driver.find_element(By.ID, f"flag-{self.web.flags[key]}")

    def selected_id(self) -> int:
        return int(self.driver.find_element(By.CSS_SELECTOR, ".flag-card.selected").get_attribute("data-flag-id"))

    def keys(self, *keys: str) -> None:
        ActionChains(self.driver).send_keys(*keys).perform()

    def flash(self, containing: str) -> str:
        """The flash message saying ``containing``, once the page after a decision has loaded."""

        def found(driver: webdriver.Chrome) -> str | None:
            texts = [element.text for element in driver.find_elements(By.CSS_SELECTOR, ".flash")]
            return next((text for text in texts if containing in text), None)

        return self.wait(found, f"no flash message saying {containing!r}")


@pytest.fixture
def served(make_web: MakeWeb, browser: webdriver.Chrome) -> Iterator[Served]:
    def serve(*fixtures: str) -> Served:
        web = make_web(fixtures=fixtures or ("review-seed.json",))
        server = BackgroundServer(web.flask).__enter__()
        running.append(server)
        return Served(web, server.url, browser)

    running: list[BackgroundServer] = []
    yield serve  # type: ignore[misc]
    for server in running:
        server.__exit__(None, None, None)


def _no_alert(driver: webdriver.Chrome) -> bool:
    try:
        _ = driver.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def test_accept_a_flag_and_see_the_milestone_change_with_its_history(served) -> None:  # type: ignore[no-untyped-def]
    app = served()
    app.open("/")
    card = app.card("toyota-delay")
    assert "planned → delayed" in card.find_element(By.CSS_SELECTOR, ".status-change").text
    assert card.find_element(By.CSS_SELECTOR, "blockquote mark").text.startswith("Toyota has pushed back")
    card.find_element(By.CSS_SELECTOR, "textarea.note-field").send_keys("confirmed by two outlets")
    card.find_element(By.CSS_SELECTOR, "button.accept").click()
    app.flash("accepted: Toyota mass production of all-solid-state batteries is now delayed, 2028")
    assert app.state("toyota-delay") == "accepted"
    app.open("/milestones/toyota-assb-mass-production")
    assert app.driver.find_element(By.ID, "milestone-status").text == "delayed"
    assert app.driver.find_element(By.ID, "milestone-window").text == "2028"
    (entry,) = [
        e
        for e in app.driver.find_elements(By.CSS_SELECTOR, ".history-entry")
        if f"(flag #{app.web.flags['toyota-delay']})" in e.text
    ]
    assert "tester" in entry.text and "window 2027..2028 → 2028" in entry.text
    assert "confirmed by two outlets" in entry.text and "Toyota has pushed back" in entry.text


def test_reject_a_flag(served) -> None:  # type: ignore[no-untyped-def]
    app = served()
    app.open("/")
    app.card("gac-started").find_element(By.CSS_SELECTOR, "button.reject").click()
    app.flash(f"Flag #{app.web.flags['gac-started']} rejected.")
    assert not app.driver.find_elements(By.ID, f"flag-{app.web.flags['gac-started']}")
    assert app.state("gac-started") == "rejected"


def test_a_post_without_the_csrf_token_is_refused(served) -> None:  # type: ignore[no-untyped-def]
    app = served()
    app.open("/")
    card = app.card("toyota-delay")
    # the test harness (not the page) strips the token, as a forged cross-site form would lack it
    app.driver.execute_script("arguments[0].querySelector('input[name=csrf_token]').remove()", card)
    card.find_element(By.CSS_SELECTOR, "button.accept").click()
    app.wait(lambda d: d.find_element(By.TAG_NAME, "h1").text == "400 Bad Request", "the post was not refused")
    assert "CSRF token is missing" in app.driver.find_element(By.CSS_SELECTOR, "p.error").text
    assert app.state("toyota-delay") == "pending"


def test_a_hostile_article_stays_inert(served) -> None:  # type: ignore[no-untyped-def]
    app = served("hostile-seed.json")
    flag_id = app.web.flags["hostile"]
    pages = (("/", "Review queue · ssbtrack review"), (f"/flags/{flag_id}", f"Flag #{flag_id} · ssbtrack review"))
    for path, title in pages:
        app.open(path)
        card = app.card("hostile")
        ActionChains(app.driver).move_to_element(card.find_element(By.CSS_SELECTOR, ".flag-title")).perform()
        assert app.driver.title == title, "a payload ran"
        assert _no_alert(app.driver)
        assert "<script>document.title='PWNED'</script>" in card.find_element(By.CSS_SELECTOR, ".flag-title").text
        assert "onerror=" in card.find_element(By.CSS_SELECTOR, "blockquote mark").text
        assert not card.find_elements(By.CSS_SELECTOR, "img, svg, script, b, a[href^='javascript']")
    app.card("hostile").find_element(By.CSS_SELECTOR, "button.accept").click()
    app.flash(f"Flag #{flag_id} accepted")
    app.open("/milestones/changan-assb-pilot")
    assert app.driver.title.startswith("Changan small-scale pilot") and _no_alert(app.driver)
    assert not app.driver.find_elements(By.CSS_SELECTOR, "main img, main script, a[href^='javascript']")


def test_the_whole_review_works_with_the_keyboard_alone(served) -> None:  # type: ignore[no-untyped-def]
    app = served()
    flags = app.web.flags
    app.open("/")
    app.wait(lambda d: d.find_elements(By.CSS_SELECTOR, ".flag-card.selected"), "no card selected on load")
    assert app.selected_id() == flags["toyota-delay"]
    app.keys("j")
    assert app.selected_id() == flags["gac-started"]
    app.keys("j", "j", "k")
    assert app.selected_id() == flags["gac-started"]
    app.keys("?")
    help_dialog = app.driver.find_element(By.ID, "shortcuts")
    assert help_dialog.is_displayed() and "next / previous flag" in help_dialog.text
    app.keys(Keys.ESCAPE)
    app.wait(lambda d: not help_dialog.is_displayed(), "help did not close")
    # note, then accept: the queue comes back with the next flag selected
    app.keys("n")
    assert "note-field" in app.driver.switch_to.active_element.get_attribute("class")
    app.keys("started in Guangzhou", Keys.ESCAPE, "a")
    app.flash("accepted: GAC small-scale pilot")
    app.wait(lambda d: app.selected_id() == flags["toyota-reaffirm"], "the next flag is not selected")
    assert app.state("gac-started") == "accepted"
    # merge the reaffirmation into the delay: m, the number, Enter
    app.keys("m", str(flags["toyota-delay"]), Keys.ENTER)
    app.flash(f"merged into #{flags['toyota-delay']}")
    app.wait(lambda d: app.selected_id() == flags["toyota-delay"], "the remaining flag is not selected")
    app.keys("r")
    app.flash(f"Flag #{flags['toyota-delay']} rejected")
    assert "Nothing to review" in app.driver.find_element(By.ID, "queue").text
    assert [app.state(k) for k in ("gac-started", "toyota-reaffirm", "toyota-delay")] == [
        "accepted",
        "merged",
        "rejected",
    ]
    with app.web.app.db.sessions() as session:
        gac = next(e for e in timeline(session) if e.id == "gac-assb-pilot")
    assert gac.status == "in_progress" and gac.last_change.reason == "started in Guangzhou"
